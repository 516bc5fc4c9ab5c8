"""The tasks of a Dask run: the inputs cut into pieces that, read in order, read the inputs in order.

A JSON Lines or WARC file of many records is cut into ranges of records
(``Reader.scan``), small files are grouped, so that each worker gets a few
tasks of about a chunk of records each, and the last tasks of the run are
smaller (``_TaskSizes``): the workers then finish together, where one of them
sat idle while the other analysed a last whole chunk.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from telisik.pages.read import WARC_SUFFIXES, Reader, kind_suffix
from telisik.records import Rejection

CHUNK_RECORDS = 200  # most records (or pages) in one task
MIN_CHUNK_RECORDS = 16  # fewest, when a small run is cut finer to keep every worker busy
TASKS_PER_WORKER = 4
# near the end of a run a task holds at most 1/TAIL_SHARE of a worker's part of the records still to plan ...
TAIL_SHARE = 2
# ... and at least this fraction of a full task (nor fewer than ``MIN_CHUNK_RECORDS``): what one worker may still be
# analysing when the others have run out of tasks. 1,000 corpus records on 2 workers: tasks of 125 records, the last
# 32, 32, 32 and 21 instead of 125 (an NLP batch, ``engine.local.NLP_BATCH``, is 32 records)
TAIL_FRACTION = 4


class _TaskSizes:
    """How many records the next task holds, given how many of the run's ``total`` are planned already: ``size``, but
    never more than 1/``TAIL_SHARE`` of a worker's share of what is left, nor fewer than ``floor``."""

    def __init__(self, total: int, workers: int, size: int, min_chunk: int):
        self.left, self.workers, self.size = total, max(1, workers), size
        self.floor = min(size, max(min_chunk, math.ceil(size / TAIL_FRACTION), 1))

    def next(self) -> int:
        return max(self.floor, min(self.size, math.ceil(self.left / (self.workers * TAIL_SHARE))))

    def planned(self, records: int) -> None:
        self.left -= records


@dataclass(frozen=True)
class Unit:
    """One piece of a task: a whole file, a range of a container's records, or an input rejected unread."""

    path: str | None = None
    lo: int = 1  # first record number of a range
    hi: int | None = None  # records lo <= n < hi; None: to the end of the file
    last: int | None = None  # the last record number in the range (for messages)
    offset: int | None = None  # byte offset of line lo (plain JSON Lines)
    records: int = 1
    rejection: tuple[str, str] | None = None  # (source, reason)

    @property
    def whole(self) -> bool:
        return self.rejection is None and self.lo == 1 and self.hi is None and self.last is None

    @property
    def label(self) -> str:
        if self.rejection:
            return self.rejection[0]
        if self.whole:
            return str(self.path)
        mark = "R" if kind_suffix(Path(str(self.path)))[0] in WARC_SUFFIXES else "L"
        return f"{self.path}#{mark}{self.lo}-{mark}{self.last}"


def plan(
    inputs: Iterable[str | os.PathLike[str]],
    reader: Reader,
    workers: int = 2,
    chunk: int = CHUNK_RECORDS,
    min_chunk: int = MIN_CHUNK_RECORDS,
) -> list[list[Unit]]:
    """The tasks of a run: reading them in order reads ``inputs`` in ``Reader.read``'s order.

    Containers of more than a chunk of records are cut into ranges of a chunk
    each; everything else is grouped until a task holds about a chunk. A
    chunk is ``chunk`` records, or fewer on a small run, so that each worker
    gets a few tasks; fewer again for the last tasks of the run (``_TaskSizes``).
    """
    walked: list[tuple[Path | Rejection, tuple[list[int], list[int] | None] | None]] = []
    total = 0
    for item in reader.walk(inputs):
        scanned = reader.scan(item) if isinstance(item, Path) else None
        walked.append((item, scanned))
        total += len(scanned[0]) if scanned else 1
    size = max(1, min(chunk, max(min_chunk, math.ceil(total / max(1, workers * TASKS_PER_WORKER)))))
    sizes = _TaskSizes(total, workers, size, min_chunk)
    tasks: list[list[Unit]] = []
    group: list[Unit] = []
    weight = 0
    for item, scanned in walked:
        if isinstance(item, Rejection):
            group.append(Unit(rejection=(item.source, item.reason), records=0))
            continue
        if scanned is None or len(scanned[0]) <= size:
            group.append(Unit(str(item), records=len(scanned[0]) if scanned else 1))
            weight += group[-1].records
            if weight >= sizes.next():
                tasks.append(group)
                sizes.planned(weight)
                group, weight = [], 0
            continue
        if group:
            tasks.append(group)
            sizes.planned(weight)
            group, weight = [], 0
        tasks += _ranges(str(item), scanned, sizes)
    if group:
        tasks.append(group)
    return tasks


def _ranges(path: str, scanned: tuple[list[int], list[int] | None], sizes: _TaskSizes) -> list[list[Unit]]:
    """A container's records cut into tasks of one range each, as ``sizes`` says."""
    numbers, offsets = scanned
    tasks = []
    i = 0
    while i < len(numbers):
        n = sizes.next()
        part = numbers[i : i + n]
        hi = numbers[i + n] if i + n < len(numbers) else None
        tasks.append([Unit(path, lo=part[0], hi=hi, last=part[-1], offset=offsets[i] if offsets else None, records=len(part))])
        sizes.planned(len(part))
        i += n
    return tasks

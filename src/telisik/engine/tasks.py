"""The tasks of a Dask run: the inputs cut into pieces that, read in order, read the inputs in order.

The inputs are laid end to end, record after record, and cut into tasks of
about a chunk of records each, so that each worker gets a few: a JSON Lines,
WARC or table file is cut into ranges of records (``Reader.scan``) wherever a
task ends, and small files are grouped. The last tasks of the run are smaller
(``_TaskSizes``): the workers then finish together, where one of them sat idle
while the other analysed a last whole chunk.
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
TASKS_PER_WORKER = 4  # a worker here is a thread of analysis (a local cluster's worker processes have one each)
# near the end of a run a task holds at most 1/TAIL_SHARE of a worker's part of the records still to plan ...
TAIL_SHARE = 2
# ... and at least 1/TAIL_FRACTION of a full task (nor fewer than ``min_chunk``): what one worker may still be
# analysing when the others have run out of tasks. 1,000 corpus records on 2 workers: tasks of 125 records, the last
# 32, 32, 32 and 21 instead of 125 (a quarter of 125 rounded up is 32; of 200, 50). On one worker too: no other
# worker waits, but the driver's work on the last partition, which follows its analysis, is smaller
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


class _Tasks:
    """The tasks as they are planned: units go into the open task, which is closed once it holds ``sizes.next()``
    records."""

    def __init__(self, sizes: _TaskSizes):
        self.sizes = sizes
        self.done: list[list[Unit]] = []
        self.open: list[Unit] = []
        self.weight = 0  # records in the open task

    def room(self) -> int:
        """How many records the open task takes before it is closed (at least 1)."""
        return self.sizes.next() - self.weight

    def add(self, unit: Unit) -> None:
        self.open.append(unit)
        self.weight += unit.records
        if self.weight >= self.sizes.next():
            self.close()

    def close(self) -> None:
        if self.open:
            self.done.append(self.open)
            self.sizes.planned(self.weight)
            self.open, self.weight = [], 0


def plan(
    inputs: Iterable[str | os.PathLike[str]],
    reader: Reader,
    workers: int = 2,
    chunk: int = CHUNK_RECORDS,
    min_chunk: int = MIN_CHUNK_RECORDS,
) -> list[list[Unit]]:
    """The tasks of a run: reading them in order reads ``inputs`` in ``Reader.read``'s order.

    ``workers``: how many tasks the cluster analyses at once (its threads).
    Each task holds a chunk of records: ``chunk``, or fewer on a small run, so
    that each worker gets a few tasks; fewer again for the last tasks of the
    run (``_TaskSizes``). A container is cut into ranges where a task ends (a
    container that fits in the open task stays whole); a file that is read
    whole counts as one record, an input rejected unread as none.
    """
    walked: list[tuple[Path | Rejection, tuple[list[int], list[int] | None] | None]] = []
    total = 0
    for item in reader.walk(inputs):
        scanned = reader.scan(item) if isinstance(item, Path) else None
        walked.append((item, scanned))
        total += len(scanned[0]) if scanned else int(isinstance(item, Path))
    size = max(1, min(chunk, max(min_chunk, math.ceil(total / max(1, workers * TASKS_PER_WORKER)))))
    tasks = _Tasks(_TaskSizes(total, workers, size, min_chunk))
    for item, scanned in walked:
        if isinstance(item, Rejection):
            tasks.add(Unit(rejection=(item.source, item.reason), records=0))
        elif scanned is None:
            tasks.add(Unit(str(item)))
        else:
            _cut(str(item), scanned, tasks)
    tasks.close()
    return tasks.done


def _cut(path: str, scanned: tuple[list[int], list[int] | None], tasks: _Tasks) -> None:
    """A container's records into ``tasks``: whole if they fit in the open task, else a range to fill it, and ranges
    of the next tasks' sizes after it."""
    numbers, offsets = scanned
    if len(numbers) <= tasks.room():
        tasks.add(Unit(path, records=len(numbers)))
        return
    i = 0
    while i < len(numbers):
        n = tasks.room()
        part = numbers[i : i + n]
        hi = numbers[i + n] if i + n < len(numbers) else None
        tasks.add(Unit(path, lo=part[0], hi=hi, last=part[-1], offset=offsets[i] if offsets else None, records=len(part)))
        i += n

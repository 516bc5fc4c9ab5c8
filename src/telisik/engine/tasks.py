"""The tasks of a Dask run: the inputs cut into pieces that, read in order, read the inputs in order.

A JSON Lines or WARC file of many records is cut into ranges of records
(``Reader.scan``), small files are grouped, so that each worker gets a few
tasks of about a chunk of records each.
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
    gets a few tasks.
    """
    walked: list[tuple[Path | Rejection, tuple[list[int], list[int] | None] | None]] = []
    total = 0
    for item in reader.walk(inputs):
        scanned = reader.scan(item) if isinstance(item, Path) else None
        walked.append((item, scanned))
        total += len(scanned[0]) if scanned else 1
    size = max(1, min(chunk, max(min_chunk, math.ceil(total / max(1, workers * TASKS_PER_WORKER)))))
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
            if weight >= size:
                tasks.append(group)
                group, weight = [], 0
            continue
        if group:
            tasks.append(group)
            group, weight = [], 0
        numbers, offsets = scanned
        for i in range(0, len(numbers), size):
            part = numbers[i : i + size]
            hi = numbers[i + size] if i + size < len(numbers) else None
            tasks.append([Unit(str(item), lo=part[0], hi=hi, last=part[-1], offset=offsets[i] if offsets else None, records=len(part))])
    if group:
        tasks.append(group)
    return tasks

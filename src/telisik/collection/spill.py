"""Records kept on disk while a run streams: pickled one after another, each read back by its offset.

A run of 100,000 articles cannot hold them in memory (``output.streamed``):
each record is appended to a file and the caller keeps only its offset. A
record changed later (an undated article re-anchored) is appended again and
its new offset replaces the old one. The file lives in a temporary folder of
the run's own (``tempfile.TemporaryDirectory``, private to the user), which is
removed with everything in it when the run ends, also on error; nothing else
reads it, so pickle is the format.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any


class Spill:
    """An append-only file of pickled records: ``append`` returns a record's offset, ``read`` gives it back."""

    def __init__(self, path: Path):
        self.path = path
        self._out: IO[bytes] = open(path, "ab")  # noqa: SIM115 - open for the spill's life, closed by close()
        self._in: IO[bytes] | None = None
        self._unflushed = False

    def append(self, record: Any) -> int:
        """Write ``record`` at the end of the file; its offset."""
        offset = self._out.tell()
        pickle.dump(record, self._out, protocol=pickle.HIGHEST_PROTOCOL)
        self._unflushed = True
        return offset

    def flush(self) -> None:
        """What was appended made readable by other processes (``read_records``)."""
        if self._unflushed:
            self._out.flush()
            self._unflushed = False

    def read(self, offset: int) -> Any:
        """The record appended at ``offset``."""
        self.flush()
        if self._in is None:
            self._in = open(self.path, "rb")  # noqa: SIM115 - kept open across reads, closed by close()
        self._in.seek(offset)
        return pickle.load(self._in)

    def close(self) -> None:
        self._out.close()
        if self._in is not None:
            self._in.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def read_records(path: Path, offsets: Iterable[int]) -> Iterator[Any]:
    """The records of a spill file at ``offsets``, in that order (in another process: the spill flushed first)."""
    with open(path, "rb") as fh:
        for offset in offsets:
            fh.seek(offset)
            yield pickle.load(fh)

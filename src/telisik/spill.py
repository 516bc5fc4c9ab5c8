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

import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from pathlib import Path
from types import TracebackType
from typing import IO, Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")


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


class SpilledValues(MutableMapping[K, V]):
    """A mapping that holds some of its values on disk: a value ``spilled`` says so of is written (as ``pack`` makes it)
    to a spill file in a temporary folder of the mapping's own as it is set, and read back (``unpack``, given its key)
    each time it is read: a new object each time, so such values are read, not changed in place (set them again).
    Every other value is held as a dict holds it. Keys keep their order of first setting, as a dict's; a value set
    again keeps its key's place, and its old record is left in the file unread. ``close`` removes the folder (so does
    the mapping's collection by the garbage collector); a closed mapping reads no spilled value. ``inside``: the folder
    its own goes in (a run's temporary folder, so that a run killed before it cleans up leaves one folder to remove,
    not another in the system's temporary folder); by default the system's."""

    def __init__(
        self,
        spilled: Callable[[V], bool],
        pack: Callable[[V], Any],
        unpack: Callable[[K, Any], V],
        items: Iterable[tuple[K, V]] = (),
        inside: str | os.PathLike[str] | None = None,
    ):
        self._spilled, self._pack, self._unpack = spilled, pack, unpack
        self._folder = tempfile.TemporaryDirectory(prefix="telisik-spill-", dir=inside)
        self.path = Path(self._folder.name) / "values.pickle"
        self._file = Spill(self.path)
        self._held: dict[K, V | _Offset] = {}
        for key, value in items:
            self[key] = value

    def __getitem__(self, key: K) -> V:
        value = self._held[key]
        if isinstance(value, _Offset):
            return self._unpack(key, self._file.read(value))
        return value

    def __setitem__(self, key: K, value: V) -> None:
        self._held[key] = _Offset(self._file.append(self._pack(value))) if self._spilled(value) else value

    def __delitem__(self, key: K) -> None:
        del self._held[key]

    def __contains__(self, key: object) -> bool:
        return key in self._held  # (the mixin's would read a spilled value back)

    def __iter__(self) -> Iterator[K]:
        return iter(self._held)

    def __len__(self) -> int:
        return len(self._held)

    def close(self) -> None:
        self._file.close()
        self._folder.cleanup()


class _Offset(int):
    """Where a spilled value's record starts in the file (an int of its own type: a held value may be an int)."""

    __slots__ = ()

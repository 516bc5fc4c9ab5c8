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
from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator, MutableMapping
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# a key let go (``KeyIndex.remove``): equal to no key, so a lookup passes over its place
_GONE: Any = object()


class KeyIndex(Generic[K]):
    """Keys numbered in the order they are added (0, 1, 2, ...), each found again by its number: a hash table of
    numbers in a typed array (4 bytes a slot, open addressing as CPython's dict probes) over a list of the keys.
    A dict from ids to numbers held an entry (some 30 bytes) and an int object (some 32) per key; the index holds
    some 8 bytes of list and 6 to 12 of slots, and the values go in a typed array by the key's number (the
    deduplicator's places, the spilled values' offsets: 8 bytes each). A key removed keeps its number, unused; added
    again, it is given a new one (a dict too puts a key set again after its deletion last). Keys are compared by
    identity, then equality, as a dict compares them."""

    __slots__ = ("_mask", "_slots", "_used", "keys", "live")

    def __init__(self) -> None:
        self.keys: list[Any] = []  # by number; ``_GONE`` for a key removed
        self.live = 0  # keys not removed
        self._slots = array("i", bytes(4 * 8))  # a key's number + 1; 0: empty
        self._mask = 7
        self._used = 0  # slots not empty (removed keys' too)

    def find(self, key: K) -> int:
        """The number of ``key``, -1 when it is not in."""
        slots, keys, mask = self._slots, self.keys, self._mask
        h = hash(key)
        perturb = h & 0xFFFFFFFFFFFFFFFF
        i = h & mask
        while (n := slots[i]) != 0:
            k = keys[n - 1]
            if k is key or k == key:
                return n - 1
            perturb >>= 5
            i = (5 * i + 1 + perturb) & mask
        return -1

    def add(self, key: K) -> int:
        """A number for ``key``, which is not in (``find`` gave -1)."""
        if 3 * (self._used + 1) > 2 * len(self._slots):  # at most two thirds full
            self._rehash()
        number = len(self.keys)
        self.keys.append(key)
        self.live += 1
        self._place(hash(key), number)
        self._used += 1
        return number

    def remove(self, number: int) -> None:
        """The key of ``number`` let go: found no more, its slot kept for the keys probed past it."""
        self.keys[number] = _GONE
        self.live -= 1

    def __iter__(self) -> Iterator[tuple[int, K]]:
        """(number, key) of the keys not removed, in number order."""
        return ((n, k) for n, k in enumerate(self.keys) if k is not _GONE)

    def _place(self, h: int, number: int) -> None:
        slots, mask = self._slots, self._mask
        perturb = h & 0xFFFFFFFFFFFFFFFF
        i = h & mask
        while slots[i] != 0:
            perturb >>= 5
            i = (5 * i + 1 + perturb) & mask
        slots[i] = number + 1

    def _rehash(self) -> None:
        """The slots rebuilt for the keys not removed, at most half full."""
        size = 8
        while 2 * (self.live + 1) > size:
            size *= 2
        self._slots, self._mask, self._used = array("i", bytes(4 * size)), size - 1, 0
        for number, key in self:
            self._place(hash(key), number)
            self._used += 1


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
    again keeps its key's place, and its old record is left in the file unread. A spilled value's offset is held in a
    typed array by its key's number (``KeyIndex``): a run's driver held a dict entry and an int object (some 60 bytes)
    for each of its 85,000 closed stories at 100,000 articles, the index and the array some 25. ``close`` removes the
    folder (so does the mapping's collection by the garbage collector); a closed mapping reads no spilled value.
    ``inside``: the folder its own goes in (a run's temporary folder, so that a run killed before it cleans up leaves
    one folder to remove, not another in the system's temporary folder); by default the system's."""

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
        self._keys: KeyIndex[K] = KeyIndex()
        self._offsets = array("q")  # by key number: its value's offset in the file, HELD for a value held
        self._held: dict[K, V] = {}  # the values not spilled
        for key, value in items:
            self[key] = value

    def __getitem__(self, key: K) -> V:
        number = self._keys.find(key)
        if number < 0:
            raise KeyError(key)
        offset = self._offsets[number]
        if offset == HELD:
            return self._held[key]
        return self._unpack(key, self._file.read(offset))

    def __setitem__(self, key: K, value: V) -> None:
        number = self._keys.find(key)
        if number < 0:
            number = self._keys.add(key)
            self._offsets.append(HELD)
        if self._spilled(value):
            self._offsets[number] = self._file.append(self._pack(value))
            self._held.pop(key, None)
        else:
            self._offsets[number] = HELD
            self._held[key] = value

    def __delitem__(self, key: K) -> None:
        number = self._keys.find(key)
        if number < 0:
            raise KeyError(key)
        self._keys.remove(number)
        self._held.pop(key, None)

    def __contains__(self, key: object) -> bool:
        return self._keys.find(key) >= 0  # type: ignore[arg-type]  # (the mixin's would read a spilled value back)

    def __iter__(self) -> Iterator[K]:
        return (key for _, key in self._keys)

    def __len__(self) -> int:
        return self._keys.live

    def close(self) -> None:
        self._file.close()
        self._folder.cleanup()


# a held value's offset (``SpilledValues``): not spilled
HELD = -1

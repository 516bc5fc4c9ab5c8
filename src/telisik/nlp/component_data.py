"""Saving a component's data: one way for every telisik component.

A telisik component's data is its settings and its word tables, all of them
JSON. The component says what its parts are (``_data``) and how to take them
back (``_restore``); ``SavedData`` writes and reads them as spaCy's own rulers
do (``spacy.util.to_disk`` with one serializer per part, msgpack for bytes), so
``exclude`` names parts and a saved pipeline loads with ``spacy.load`` alone.

On disk a component's folder holds one ``<part>.json`` per part.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar, Self

import srsly
from spacy import util


class SavedData:
    """Mixin: ``to_disk``/``from_disk``/``to_bytes``/``from_bytes`` over ``_data`` and ``_restore``."""

    # the names of the parts, known before any is read: a component restored from disk must not
    # build its data (e.g. read the package's files) only to learn what to read
    saved_parts: ClassVar[tuple[str, ...]] = ("cfg", "lexicon")

    def _data(self) -> dict[str, Any]:
        """The parts to save, by name (``saved_parts``); each value JSON."""
        raise NotImplementedError

    def _restore(self, data: dict[str, Any]) -> None:
        """Take back the saved parts that were read: ``data`` lacks the ones excluded."""
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """One JSON file a part, ``<path>/<part>.json``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        # spaCy's serializers name files "<part>.<suffix>" and match ``exclude`` on the part
        writers = {f"{part}.json": _writer(value) for part, value in self._data().items()}
        util.to_disk(folder, writers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        read: dict[str, Any] = {}
        readers: dict[str, Callable[[Path], None]] = {f"{part}.json": _reader(read, part) for part in self.saved_parts}
        util.from_disk(Path(path), readers, exclude)
        self._restore(read)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        data = self._data()
        getters: dict[str, Callable[[], Any]] = {part: _getter(value) for part, value in data.items()}
        saved: bytes = util.to_bytes(getters, exclude)
        return saved

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        read: dict[str, Any] = {}
        setters: dict[str, Callable[[Any], None]] = {part: _setter(read, part) for part in self.saved_parts}
        util.from_bytes(data, setters, exclude)
        self._restore(read)
        return self


def _writer(value: Any) -> Callable[[Path], None]:
    return lambda p: srsly.write_json(p, value)


def _reader(read: dict[str, Any], part: str) -> Callable[[Path], None]:
    return lambda p: read.update({part: srsly.read_json(p)})


def _getter(value: Any) -> Callable[[], Any]:
    return lambda: value


def _setter(read: dict[str, Any], part: str) -> Callable[[Any], None]:
    return lambda value: read.update({part: value})

"""Quotes and cited media, as ``doc._.quotes`` and ``doc._.citations`` hold them.

The fields are in the order of the keys in ``analysis.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field

from telisik.records.base import Record, omit_when

# "in" is a Python keyword: the field is ``in_``, its key "in" in the dict; pydantic's alias gives
# the same key to ``from_dict`` and the JSON Schema
_KEYS = {"in_": "in"}


@dataclass
class Quote(Record):
    """A direct quote or reported speech: ``text == body[start:end]``, with its speaker."""

    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None
    speaker_entity: str | None
    cue: str | None


@dataclass
class Citation(Record):
    """A news organisation cited as a source: ``text`` spans the cue and the name.

    A citation read from a source line the cleaner removed ("kp/rs (AP, AFP)") has
    no body offsets (``start`` and ``end`` None) and carries ``in`` ("removed").
    """

    source: str
    text: str
    start: int | None
    end: int | None
    in_: Annotated[str | None, Field(alias="in")] = omit_when(None)

    def to_dict(self) -> dict[str, Any]:
        return {_KEYS.get(key, key): value for key, value in super().to_dict().items()}


__all__ = ["Citation", "Quote"]

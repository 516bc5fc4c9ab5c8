"""The event records: one mention of an event in an article's body or in a photo caption."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated, Any

from pydantic import Field

from telisik.records.base import Record, omit_when

# "in" is a Python keyword: the field is ``in_``, its key "in" in the dict; pydantic's alias gives
# the same key to ``from_dict`` and the JSON Schema
_KEYS = {"in_": "in"}


@dataclass
class Event(Record):
    """An event the text reports (``telisik_events``), with the offsets of its trigger in the text.

    ``when_span`` is the [start, end] of the date ``when`` was read from, so the date can follow
    when the text's dates are resolved again. A caption's events carry ``in`` ("caption") and
    ``caption`` (the caption's index); their offsets are into that caption.
    """

    type: str
    trigger: str
    who: list[str]
    where: str | None
    when: str | None
    status: str
    when_span: list[int] | None
    start: int
    end: int
    sentence: str
    phase: str | None = omit_when(None)  # "depart" for the start of a trip
    # the number the text gives with the event ("15 mahasiswa tewas" -> 15, "40 penerbangan dibatalkan" -> 40)
    count: int | None = omit_when(None)
    counted: str | None = omit_when(None)  # what ``count`` counts, as the text says it ("mahasiswa", "penerbangan")
    in_: Annotated[str | None, Field(alias="in")] = omit_when(None)
    caption: int | None = omit_when(None)

    def to_dict(self) -> dict[str, Any]:
        return {_KEYS.get(key, key): value for key, value in super().to_dict().items()}

    def in_caption(self, index: int) -> Event:
        """This event as stated in the article's caption number ``index``."""
        return replace(self, in_="caption", caption=index)


__all__ = ["Event"]

"""The words of citing (``lang/<lang>/citing_words.tsv``), one list read by the events and the time expressions.

A word of citing names the source of what is told ("menurut"), or the outlet a report is taken from and then
often the day it told it ("dilansir AFP, Kamis (19/6/2025)"); words of when after one name no source
("Diberitakan sebelumnya, pada 8 Juni 2025").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

CITING_FILE = "citing_words.tsv"


@dataclass(frozen=True)
class CitingWords:
    """The words of citing by kind, lower case, in file order (phrases of several words included)."""

    sources: tuple[str, ...] = ()  # a source of what is told follows ("menurut")
    outlets: tuple[str, ...] = ()  # an outlet or agency follows, then often its day ("dilansir", "dikutip dari")
    when: tuple[str, ...] = ()  # after a word of citing, when it was told, no source ("sebelumnya")
    day_leads: tuple[str, ...] = ()  # between an outlet's name and its day ("pada")

    @property
    def citing(self) -> tuple[str, ...]:
        """Every word of citing: the sources' and the outlets'."""
        return self.sources + self.outlets


_KINDS = {"source": "sources", "outlet": "outlets", "when": "when", "day_lead": "day_leads"}


def citing_words(rows: Iterable[Sequence[str]]) -> CitingWords:
    """The words of citing of the rows of ``citing_words.tsv`` (word or phrase, kind; other kinds left out)."""
    kinds: dict[str, list[str]] = {field: [] for field in _KINDS.values()}
    for row in rows:
        if len(row) > 1 and row[1].strip() in _KINDS:
            kinds[_KINDS[row[1].strip()]].append(" ".join(row[0].lower().split()))
    return CitingWords(**{field: tuple(words) for field, words in kinds.items()})

"""One figure written short by one outlet and in full by another: "Rp11,8 triliun" and "Rp11.880.351.802.619",
"1,3 juta rekening" and "1.323.459 KPM".

A summary compares the facts of two sentences by their figures as written ("#11.8", "#1323459"): the two forms of
one sum share none. ``short_forms`` gives each sentence of a story the short forms written elsewhere in the story
that one of its full figures cut or rounds to, at the short form's precision (11.880.351.802.619 is 11,8 triliun cut
to one decimal; 950.000.000 is not 990 juta), so that the two sentences share the figure's fact.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache

from telisik.lang import table
from telisik.pages.dates import alternation


@cache
def _magnitudes() -> dict[str, int]:
    """Scale words and their values (``number_scales.tsv``)."""
    return {row[0].lower(): int(row[1]) for row in table("id", "number_scales.tsv") if len(row) > 1}


@cache
def _short_form() -> re.Pattern[str]:
    """A figure written short ("11,8 triliun", "1,3 juta", "300 miliar"): digits, a decimal comma at most, a scale word."""
    return re.compile(rf"(?<![\d.,/])(\d{{1,3}})(?:,(\d{{1,3}}))?\s*({alternation(_magnitudes())})(?![\w-])", re.IGNORECASE)


@cache
def _full_form() -> re.Pattern[str]:
    """A figure written in full: digits grouped in thousands by dots, at least 1.000 ("1.323.459"), no scale word after."""
    scale = alternation(_magnitudes())
    return re.compile(rf"(?<![\d.,/])(\d{{1,3}}(?:\.\d{{3}})+)(?![\d,/]|\.\d)(?!\s*(?:{scale})(?![\w-]))", re.IGNORECASE)


def _short_figures(text: str) -> list[tuple[str, int, int]]:
    """The sentence's short forms: (the fact key of its digits as the summary writes them, "#11.8"; its value in
    units of its last written digit, 118; that unit, 10**11)."""
    out = []
    for whole, fraction, scale in _short_form().findall(text):
        decimals = len(fraction or "")
        unit = _magnitudes()[scale.lower()] // 10**decimals
        if unit < 1:
            continue
        key = "#" + whole + (f".{fraction}" if fraction else "")
        out.append((key, int(whole + (fraction or "")), unit))
    return out


def _full_figures(text: str) -> list[int]:
    """The sentence's figures written in full, at least 1.000."""
    return [int(m.replace(".", "")) for m in _full_form().findall(text)]


def short_forms(texts: Sequence[str]) -> list[set[str]]:
    """For each text, the fact keys of the story's short forms ("#11.8") that one of its full figures cuts or rounds
    to at that form's precision."""
    shorts = {(key, value, unit) for text in texts for key, value, unit in _short_figures(text)}
    out: list[set[str]] = []
    for text in texts:
        keys: set[str] = set()
        for figure in _full_figures(text):
            # cut (11.880.351.802.619 -> 118 units of 10**11) or rounded; a figure of another size gives another value
            keys.update(key for key, value, unit in shorts if value in (figure // unit, math.floor(figure / unit + 0.5)))
        out.append(keys)
    return out

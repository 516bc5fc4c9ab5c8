"""The timex grammar's language data: the word lists it is assembled from, their files, and its settings.

Each word list is a file of ``telisik/lang/id`` named by the component's config
(``LEXICON_FILES``); ``read_lexicon`` reads them as rows and ``Lexicon`` turns
the rows into the tables the rules and their handlers read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from telisik.lang.citing import CITING_FILE, CitingWords, citing_words

# The word lists of the grammar: config key -> file name in the lexicon folder.
LEXICON_FILES: dict[str, str] = {
    "months": "months.tsv",
    "weekdays": "weekdays.tsv",
    "zones": "timezones.tsv",
    "numbers": "numbers.tsv",
    "ordinals": "ordinals.tsv",
    "units": "time_units.tsv",
    "relative_days": "relative_days.tsv",
    "parts_of_day": "parts_of_day.tsv",
    "directions": "relative_directions.tsv",
    "vague": "vague_time.tsv",
    "modifiers": "period_modifiers.tsv",
    "period_parts": "period_parts.tsv",
    "tense_cues": "tense_cues.tsv",
    "year_cues": "year_cues.txt",
    "set_words": "set_words.txt",
    "name_prefixes": "timex_name_prefixes.txt",
    "not_timex": "not_timex.txt",
    "weekday_cues": "weekday_cues.txt",
    "centuries": "centuries.tsv",
    "words": "time_words.tsv",
    "hijri_month_starts": "hijri_month_starts.tsv",
    "citing": CITING_FILE,
}

Rows = tuple[tuple[str, ...], ...]


def read_rows(folder: Traversable | Path, name: str) -> Rows:
    """The rows of a language file (tab-separated columns; blank lines and ``#`` comments skipped)."""
    text = folder.joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return tuple(tuple(col.strip() for col in ln.split("\t")) for ln in lines)


def lexicon_folder(folder: str | None, lang: str = "id") -> Traversable | Path:
    """A lexicon folder named in config, or the package's ``telisik/lang/<lang>``."""
    return Path(folder) if folder else resources.files("telisik.lang").joinpath(lang)


def read_lexicon(folder: Traversable | Path, files: Mapping[str, str] = LEXICON_FILES) -> dict[str, Rows]:
    """Every word list of the grammar, by its config key."""
    return {key: read_rows(folder, name) for key, name in files.items()}


def _ints(rows: Rows) -> dict[str, int]:
    return {row[0]: int(row[1]) for row in rows}


def _pairs(rows: Rows) -> dict[str, str]:
    return {row[0]: row[1] for row in rows}


def _words(rows: Rows) -> frozenset[str]:
    return frozenset(row[0] for row in rows)


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    months_full: tuple[str, ...]  # month names without the abbreviations ("Sep" is read only with a day or a year)
    weekdays: dict[str, int]
    zones: dict[str, str]
    numbers: dict[str, tuple[str, str]]
    ordinals: dict[str, int]
    units: dict[str, str]
    one_units: dict[str, str]  # "setahun" -> "Y"
    relative_days: dict[str, int]
    parts_of_day: dict[str, int]
    directions: dict[str, str]
    vague: dict[str, str]
    modifiers: dict[str, str]
    period_parts: dict[str, tuple[str, int]]
    tense_cues: dict[str, str]
    year_cues: frozenset[str]
    set_words: frozenset[str]
    name_prefixes: frozenset[str]
    not_timex: frozenset[str]
    weekday_cues: frozenset[str]
    centuries: dict[str, int]
    words: dict[str, tuple[str, ...]]  # role -> the small words of time_words.tsv
    # (Hijri year, month) -> its first day where Indonesia's calendar differs from the Umm al-Qura
    hijri_month_starts: dict[tuple[int, int], date]
    citing: CitingWords = CitingWords()  # the words of citing, shared with the events (``citing_words.tsv``)

    @classmethod
    def from_rows(cls, rows: Mapping[str, Rows]) -> Lexicon:
        words: dict[str, tuple[str, ...]] = {}
        for role, word in rows["words"]:
            words[role] = (*words.get(role, ()), word)
        return cls(
            months=_ints(rows["months"]),
            months_full=tuple(row[0] for row in rows["months"] if len(row) < 3 or row[2] != "abbr"),
            weekdays=_ints(rows["weekdays"]),
            zones=_pairs(rows["zones"]),
            numbers={row[0]: (row[1], row[2]) for row in rows["numbers"]},
            ordinals=_ints(rows["ordinals"]),
            units=_pairs(rows["units"]),
            one_units={row[2]: row[1] for row in rows["units"] if len(row) > 2},
            relative_days=_ints(rows["relative_days"]),
            parts_of_day=_ints(rows["parts_of_day"]),
            directions=_pairs(rows["directions"]),
            vague=_pairs(rows["vague"]),
            modifiers=_pairs(rows["modifiers"]),
            period_parts={row[0]: (row[1], int(row[2])) for row in rows["period_parts"]},
            tense_cues=_pairs(rows["tense_cues"]),
            year_cues=_words(rows["year_cues"]),
            set_words=_words(rows["set_words"]),
            name_prefixes=_words(rows["name_prefixes"]),
            not_timex=_words(rows["not_timex"]),
            weekday_cues=_words(rows["weekday_cues"]),
            centuries=_ints(rows["centuries"]),
            words=words,
            hijri_month_starts={(int(r[0]), int(r[1])): date.fromisoformat(r[2]) for r in rows.get("hijri_month_starts", ())},
            citing=citing_words(rows.get("citing", ())),
        )

    def role(self, name: str) -> tuple[str, ...]:
        """The words of one role in ``time_words.tsv``."""
        return self.words.get(name, ())

    def hijri_months(self) -> dict[str, int]:
        """The Hijri months' names by their number: the roles ``hijri_month_<n>`` of ``time_words.tsv``."""
        prefix = "hijri_month_"
        return {w: int(role[len(prefix) :]) for role, names in self.words.items() if role.startswith(prefix) for w in names}


@dataclass(frozen=True)
class TimexSettings:
    """The grammar's knobs (the component's config besides its word lists)."""

    # the first two digits of a four-digit number read as a year
    year_centuries: tuple[str, ...] = ("19", "20")
    # how far before a date (characters) its clause is searched for a tense cue ("akan", "telah")
    tense_window: int = 120
    # the most characters between a date and a clock time that is on that date ("Sabtu (19/10) pukul 22.47")
    time_join_window: int = 40
    # how many days from the anchor the day an account is at may lie for a clock time or a bare
    # weekday to be read on it ("Selasa (10/6) ... pukul 10 pagi" in an article of 11 June); 0: never
    account_days: int = 10



def read_number(text: str, numbers: Mapping[str, tuple[str, str]]) -> float | None:
    """ "24", "1.000", "dua belas", "lima puluh", "dua puluh lima", "seratus" -> a number, by the number words ``numbers``.

    Returns None for a vague quantity ("beberapa") or anything unreadable.
    """
    text = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    if re.fullmatch(r"\d+(?:,\d+)?", text):
        return float(text.replace(",", "."))
    return _number_from_words(text.split(), numbers)


def _number_from_words(words: list[str], numbers: Mapping[str, tuple[str, str]]) -> float | None:
    total = chunk = digit = 0.0  # thousands and up; the part below a thousand; a digit word not yet placed
    for word in words:
        kind, value = numbers.get(word, ("", ""))
        if kind == "digit":
            chunk, digit = chunk + digit, float(value)
        elif kind == "word":
            chunk, digit = chunk + digit + float(value), 0.0
        elif kind == "teen":  # "dua belas"
            chunk, digit = chunk + (digit or 1) + 10, 0.0
        elif kind == "mult" and float(value) < 1000:  # "dua puluh", "tiga ratus"
            chunk, digit = chunk + (digit or 1) * float(value), 0.0
        elif kind == "mult":  # "tiga ribu"
            total += (chunk + digit or 1) * float(value)
            chunk = digit = 0.0
        else:
            return None
    return total + chunk + digit

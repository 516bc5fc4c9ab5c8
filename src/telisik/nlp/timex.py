"""Time expressions: every date and time in an article's body, normalised.

The ``telisik_timexes`` component finds date and time expressions in
``doc.text`` and gives each a TIMEX3 value (``2023-09-11``, ``2023-09``,
``2023-W37``, ``2023-09-10/2023-09-13``, ``2023-09-11T19``, ``P4Y``,
``PAST_REF``), a type (``DATE``, ``TIME``, ``DURATION``, ``SET``) and
character offsets, as :class:`~telisik.records.timex.Timex` records. Values
are resolved against ``doc._.published``; without one, the anchor is inferred
from the text (the latest fully specified date that is not a scheduled one)
and every value that depends on it is marked ``inferred``.

The grammar is a set of regular expressions assembled from the word lists in
``telisik/lang/id`` (months, weekdays, number words, units, parts of the day,
relative words, and the small words of ``time_words.tsv``), which the component
names in its config and saves with itself. Fully specified dates ("11 September
2023", "18/6/2024", "Senin, 11 September 2023 10:15 WIB") are read by a
:class:`telisik.pages.dates.DateGrammar`, the grammar that reads byline dates.
Each rule yields a candidate with a resolver (a function of the anchor), so the
anchor can be inferred from the candidates themselves; overlapping candidates
are settled longest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from telisik.nlp.doc import doc_text
from telisik.pages.dates import DIGIT, DateGrammar, DateStamp, alternation, safe_date, starting_with
from telisik.records.timex import Timex, TimexAnchor

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)
if not Doc.has_extension("timex_anchor"):
    Doc.set_extension("timex_anchor", default=None)
if not Doc.has_extension("anchor_hints"):
    # publication dates of other articles in the same collection: they give
    # the year of an undated article whose own dates lack one ("5 September")
    Doc.set_extension("anchor_hints", default=None)
if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)

# ---------------------------------------------------------------------------- values


@dataclass
class Value:
    """A resolved value; ``relative`` when it was computed from the anchor; ``extra``: more fields of its Timex."""

    value: str | None
    relative: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


Resolver = Callable[[TimexAnchor | None], Value]


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    resolve: Resolver
    rule: str
    # evidence for inferring an anchor: a date the text states in full, or a
    # day and month without a year; "future" when the clause schedules it
    full: date | None = None
    partial: tuple[int, int] | None = None
    weekday: int | None = None
    tense: str | None = None


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def shift(anchor: date, amount: int, unit: str) -> str | None:
    """The TIMEX value of ``anchor`` moved by ``amount`` units, at that unit's precision."""
    if unit == "D":
        return (anchor + timedelta(days=amount)).isoformat()
    if unit == "W":
        return iso_week(anchor + timedelta(weeks=amount))
    if unit == "M":
        y, m = _shift_months(anchor, amount)
        return f"{y:04d}-{m:02d}"
    if unit == "Y":
        return f"{anchor.year + amount:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(anchor.year + 100 * amount) // 100:02d}"
    return None


def duration(amount: float | None, unit: str) -> str:
    """``P4Y``, ``P2W``, ``PT24H``; ``PXY`` for an unknown count."""
    if amount is None:
        n = "X"
    elif float(amount).is_integer():
        n = str(int(amount))
    else:
        n = f"{amount:g}"
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    if unit == "8Y":  # windu
        return f"P{int(amount) * 8 if amount is not None else 'X'}Y"
    return f"P{n}{unit}"


# ---------------------------------------------------------------------------- language data

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
}

Rows = tuple[tuple[str, ...], ...]


def read_rows(folder: Traversable | Path, name: str) -> Rows:
    """The rows of a language file (tab-separated columns; blank lines and ``#`` comments skipped)."""
    text = folder.joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return tuple(tuple(col.strip() for col in ln.split("\t")) for ln in lines)


def write_rows(path: Path, rows: Rows) -> None:
    path.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")


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
        )

    def role(self, name: str) -> tuple[str, ...]:
        """The words of one role in ``time_words.tsv``."""
        return self.words.get(name, ())


@dataclass(frozen=True)
class TimexSettings:
    """The grammar's knobs (the component's config besides its word lists)."""

    # the first two digits of a four-digit number read as a year
    year_centuries: tuple[str, ...] = ("19", "20")
    # how far before a date (characters) its clause is searched for a tense cue ("akan", "telah")
    tense_window: int = 120
    # the most characters between a date and a clock time that is on that date ("Sabtu (19/10) pukul 22.47")
    time_join_window: int = 40


def parse_number(text: str, numbers: Mapping[str, tuple[str, str]] | None = None) -> float | None:
    """ "24", "1.000", "dua belas", "lima puluh", "dua puluh lima", "seratus" -> a number.

    ``numbers``: the number words (``numbers.tsv``), by default the package's.
    Returns None for a vague quantity ("beberapa") or anything unreadable.
    """
    text = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    if re.fullmatch(r"\d+(?:,\d+)?", text):
        return float(text.replace(",", "."))
    return _number_from_words(text.split(), default_grammar().lx.numbers if numbers is None else numbers)


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


# ---------------------------------------------------------------------------- the rules' patterns


@dataclass(frozen=True)
class Pieces:
    """The alternations the rules are assembled from, each built from one word list."""

    lx: Lexicon
    year: str
    mon: str
    mon_full: str
    wd: str
    pod: str
    zone: str
    num_words: str
    fuzzy: str
    unit: str
    one_unit: str
    directions: str
    mods: str
    ords: str
    parts: str

    @classmethod
    def of(cls, lx: Lexicon, settings: TimexSettings) -> Pieces:
        return cls(
            lx=lx,
            year=rf"(?:{'|'.join(settings.year_centuries)})\d\d",
            mon=alternation(lx.months),
            mon_full=alternation(lx.months_full),
            wd=alternation(lx.weekdays),
            pod=alternation(lx.parts_of_day),
            zone=alternation(lx.zones),
            num_words=alternation(w for w, (kind, _) in lx.numbers.items() if kind != "fuzzy"),
            fuzzy=alternation(w for w, (kind, _) in lx.numbers.items() if kind == "fuzzy"),
            unit=alternation(lx.units),
            one_unit=alternation(lx.one_units),
            directions=alternation(lx.directions),
            mods=alternation(lx.modifiers),
            ords=alternation(lx.ordinals),
            parts=alternation(lx.period_parts),
        )

    def w(self, role: str) -> str:
        """The alternation of one role's words in ``time_words.tsv``."""
        return alternation(self.lx.role(role))

    @property
    def num(self) -> str:
        return rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?|(?:{self.num_words})(?:\s+(?:{self.num_words}))*)"

    @property
    def dash(self) -> str:
        return rf"(?:\s*[-–—]\s*|\s+(?:{self.w('range_joiner')})\s+)"

    @property
    def ordinal_digits(self) -> str:
        """ "ke-3", "ke 3", "ke3": the digits come next."""
        return rf"(?:{self.w('ordinal_prefix')})-?\s?"

    @property
    def clock_time(self) -> str:
        """A clock time after a date: ", pukul 10.00 WIB"."""
        return (
            rf"(?:\s*,?\s*(?:{self.w('clock')})\s*(?P<hh>2[0-3]|[01]?\d)(?:[.:](?P<mm>[0-5]\d))?"
            rf"(?:\s*(?P<zone>{self.zone})\b)?)?"
        )


@dataclass(frozen=True)
class RuleText:
    """A rule's pattern and what a match of it can start with (its gate)."""

    name: str
    pattern: str
    openers: tuple[str, ...]


def _weekday_bracket(p: Pieces) -> RuleText:
    # Senin (11/9), Selasa malam (18/6/2024), Rabu (13/9/2023) silam
    pattern = (
        rf"\b(?:(?:{p.w('day_noun')})\s+)?(?P<wd>{p.wd})(?:\s+(?P<pod>{p.pod}))?\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
        rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)(?:\s+(?P<pod2>{p.pod})\b)?"
    )
    return RuleText("weekday_bracket", pattern, (*p.lx.role("day_noun"), *p.lx.weekdays))


def _range(p: Pieces) -> RuleText:
    # 10-13 September, 10 hingga 13 September 2023, 28 Agustus - 2 September
    pattern = (
        rf"\b(?:(?:{p.w('range_opener')})\s+)?(?P<d1>[0-3]?\d)(?:\s+(?P<mon1>{p.mon})\.?(?:\s+(?P<y1>{p.year}))?)?"
        rf"(?:{p.dash}|\s+(?:{p.w('range_and')})\s+(?=[0-3]?\d\s+(?:{p.mon})))(?P<d2>[0-3]?\d)\s+(?P<mon2>{p.mon})\b\.?"
        rf"(?:\s+(?P<y2>{p.year})\b)?"
    )
    return RuleText("range", pattern, (*p.lx.role("range_opener"), DIGIT))


def _day_month(p: Pieces) -> RuleText:
    # (Senin,) 25 April (2019) (pukul 10.00 WIB)
    pattern = (
        rf"\b(?:(?:(?:{p.w('day_noun')})\s+)?(?P<wd>{p.wd})\s*,?\s*)?(?:(?:{p.w('date_noun')})\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{p.mon})\b\.?"
        rf"(?:\s*,?\s*(?P<y>{p.year})(?!\d))?{p.clock_time}"
    )
    return RuleText("day_month", pattern, (*p.lx.role("day_noun"), *p.lx.weekdays, *p.lx.role("date_noun"), DIGIT))


def _month_range(p: Pieces) -> RuleText:
    # Januari hingga Mei 2024, Maret-April 2023
    pattern = rf"\b(?P<mon1>{p.mon_full})(?:\s+(?P<y1>{p.year}))?{p.dash}(?P<mon2>{p.mon_full})\s+(?P<y2>{p.year})\b"
    return RuleText("month_range", pattern, p.lx.months_full)


def _month_year(p: Pieces) -> RuleText:
    # September 2023, bulan Februari 2022, awal Juni 2024
    pattern = (
        rf"\b(?:(?P<mod>{p.mods})\s+)?(?:(?:{p.w('month_noun')})\s+)?(?P<mon>{p.mon_full})\s+(?:(?:{p.w('year_noun')})\s+)?"
        rf"(?P<y>{p.year})\b"
    )
    return RuleText("month_year", pattern, (*p.lx.modifiers, *p.lx.role("month_noun"), *p.lx.months_full))


def _month(p: Pieces) -> RuleText:
    # pada September, bulan Juni lalu, awal Agustus
    pattern = (
        rf"\b(?:(?:(?P<mod>{p.mods})|(?P<pre>{p.w('month_preposition')}))\s+"
        rf"(?:(?:{p.w('month_noun')})\s+)?(?P<mon>{p.mon_full})\b(?:\s+(?P<dir>{p.w('month_direction')})\b)?"
        rf"|(?P<mon_b>{p.mon_full})\s+(?P<dir_b>{p.w('bare_month_direction')})\b)"
    )
    return RuleText("month", pattern, (*p.lx.modifiers, *p.lx.role("month_preposition"), *p.lx.months_full))


def _year(p: Pieces) -> RuleText:
    # tahun 2019, pada 2019, sejak tahun 2000, 1990-an, 2020-2023
    pattern = (
        rf"\b(?:(?P<mod>{p.mods})\s+)?(?P<era>(?:{p.w('era_noun')})\s+)?(?P<y>{p.year})(?P<decade>{p.w('decade_suffix')})?"
        rf"(?:{p.dash}(?P<y2>{p.year}))?\b(?:\s+(?P<dir>{p.w('year_direction')})\b)?"
    )
    return RuleText("year", pattern, (*p.lx.modifiers, *p.lx.role("era_noun"), DIGIT))


def _period_part(p: Pieces) -> RuleText:
    # kuartal ketiga (2023), semester I tahun ini
    year_noun = p.w("year_noun")
    pattern = (
        rf"\b(?P<part>{p.parts})\s+(?:{p.ordinal_digits}(?P<n>\d)|(?P<ord>{p.ords}))\b(?:\s+(?:(?:{year_noun})\s+)?(?P<y>{p.year})\b"
        rf"|\s+(?:{year_noun})\s+(?P<dir>{p.w('year_part_direction')})\b)?"
    )
    return RuleText("period_part", pattern, tuple(p.lx.period_parts))


def _relative_day(p: Pieces) -> RuleText:
    # kemarin, hari ini, besok pagi, lusa
    pattern = rf"\b(?P<rel>{alternation(p.lx.relative_days)})\b(?:\s+(?P<pod>{p.pod})\b)?"
    return RuleText("relative_day", pattern, tuple(p.lx.relative_days))


def _part_of_day(p: Pieces) -> RuleText:
    # pagi ini, malam tadi, tadi malam
    pattern = rf"\b(?:(?P<pod>{p.pod})\s+(?P<rel>{p.w('day_part_after')})|(?P<earlier>{p.w('day_part_before')})\s+(?P<pod2>{p.pod}))\b"
    return RuleText("part_of_day", pattern, (*p.lx.parts_of_day, *p.lx.role("day_part_before")))


def _unit_relative(p: Pieces) -> RuleText:
    # pekan lalu, bulan ini, tahun depan, akhir pekan ini, awal tahun
    pattern = (
        rf"\b(?:(?P<mod>{p.mods})\s+)?(?P<unit>{p.w('calendar_unit')})"
        rf"(?:\s+(?P<dir>{p.w('unit_direction')})\b|(?<=\w)(?=\s|[,.;:]|$))"
    )
    return RuleText("unit_relative", pattern, (*p.lx.modifiers, *p.lx.role("calendar_unit")))


def _count(p: Pieces) -> RuleText:
    # dua hari lalu, tiga pekan mendatang, empat tahun terakhir, beberapa hari mendatang, setahun lalu
    pattern = (
        rf"(?<![-\w])(?:(?P<n>{p.num}|{p.fuzzy})\s+(?P<unit>{p.unit})|(?P<one>{p.one_unit}))\b"
        rf"(?:\s+(?P<dir>{p.directions})\b)?"
    )
    return RuleText("count", pattern, (DIGIT, *p.lx.numbers, *p.lx.one_units))


def _ordinal_count(p: Pieces) -> RuleText:
    # hari ke-559, tahun kedua
    pattern = rf"\b(?P<unit>{p.w('counted_unit')})\s+(?:{p.ordinal_digits}(?P<n>\d+)\b|(?P<ord>{p.ords})\b)(?!\s+(?:{p.mon}))"
    return RuleText("ordinal_count", pattern, p.lx.role("counted_unit"))


def _set(p: Pieces) -> RuleText:
    # setiap tahun, tiap Senin, setiap pagi; dua kali sehari
    pattern = (
        rf"\b(?:(?P<every>{alternation(p.lx.set_words)})\s+(?P<what>{p.unit}|{p.wd}|{p.pod})(?:{p.w('set_suffix')})?"
        rf"|(?P<n>{p.num})\s+(?:{p.w('times')})\s+(?P<per>{p.one_unit}))\b"
    )
    numbers = (w for w, (kind, _) in p.lx.numbers.items() if kind != "fuzzy")
    return RuleText("set", pattern, (*p.lx.set_words, DIGIT, *numbers))


def _time(p: Pieces) -> RuleText:
    # pukul 10.00 WIB, jam 7 malam, 19.30 WITA
    pattern = (
        rf"\b(?:(?:{p.w('clock')})\s*(?P<hh>2[0-4]|[01]?\d)(?:[.:](?P<mm>[0-5]\d))?(?![\d.:])"
        rf"|(?P<hh2>2[0-4]|[01]?\d)[.:](?P<mm2>[0-5]\d)(?=\s*(?:{p.zone})\b))"
        rf"(?:\s+(?P<pod>{p.pod}))?(?:\s*(?P<zone>{p.zone}|{p.w('local_time')})\b)?"
    )
    return RuleText("time", pattern, (*p.lx.role("clock"), DIGIT))


def _weekday(p: Pieces) -> RuleText:
    # hari Rabu, pada Senin, Selasa malam
    pattern = rf"\b(?:(?P<day_noun>{p.w('day_noun')})\s+)?(?P<wd>{p.wd})\b(?:\s+(?P<pod>{p.pod})\b)?"
    return RuleText("weekday", pattern, (*p.lx.role("day_noun"), *p.lx.weekdays))


def _day_of_month(p: Pieces) -> RuleText:
    # tanggal 17
    pattern = rf"\b(?:{p.w('date_noun')})\s+(?P<d>[0-3]?\d)\b(?!\s*(?:/|{p.mon}))"
    return RuleText("day_of_month", pattern, p.lx.role("date_noun"))


def _vague(p: Pieces) -> RuleText:
    # baru-baru ini, saat ini, kini
    return RuleText("vague", rf"\b(?P<v>{alternation(p.lx.vague)})\b", tuple(p.lx.vague))


def _century(p: Pieces) -> RuleText:
    # abad ke-21, abad XXI
    pattern = rf"\b(?:{p.w('century_noun')})\s+(?:{p.ordinal_digits}(?P<n>\d{{1,2}})|(?P<roman>{alternation(p.lx.centuries)}))\b"
    return RuleText("century", pattern, p.lx.role("century_noun"))


# in priority order: of two candidates of the same length, the earlier rule's wins
RULES: tuple[Callable[[Pieces], RuleText], ...] = (
    _weekday_bracket, _range, _day_month, _month_range, _month_year, _month, _year, _period_part, _relative_day,
    _part_of_day, _unit_relative, _count, _ordinal_count, _set, _time, _weekday, _day_of_month, _vague, _century,
)  # fmt: skip


def _not_timex(p: Pieces) -> RuleText:
    return RuleText("not_timex", rf"\b(?:{alternation(p.lx.not_timex)})\b", tuple(p.lx.not_timex))


def _named_date(p: Pieces) -> RuleText:
    # "Universitas 17 Agustus 1945", "Jl. 17 Agustus", "Jalan 10-12 Mei": the whole date belongs
    # to the name, so no rule may take any part of it
    pattern = (
        rf"(?<!\w)(?:{alternation(p.lx.name_prefixes)})\s+(?:[0-3]?\d(?:\s*[-–—]\s*[0-3]?\d)?\s+(?:{p.mon})\b\.?(?:\s+{p.year}\b)?"
        rf"|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}})"
    )
    return RuleText("named_date", pattern, tuple(p.lx.name_prefixes))


def compiled(rule: RuleText) -> re.Pattern[str]:
    return starting_with(rule.pattern, re.IGNORECASE, rule.openers)


# ---------------------------------------------------------------------------- the grammar

# how far a direction word moves a period: "bulan lalu" one back, "tahun depan" one ahead
_STEP = {"past": -1, "present": 0, "future": 1}

Handler = Callable[[re.Match[str], str], Candidate | None]


class TimexGrammar:
    """Compiled rules and the resolution of their matches."""

    def __init__(self, lx: Lexicon, settings: TimexSettings | None = None) -> None:
        self.lx = lx
        self.settings = settings or TimexSettings()
        p = Pieces.of(lx, self.settings)
        self.dates = DateGrammar(lx.months, lx.weekdays, lx.zones, lx.role("byline_clock"), p.year)
        # each rule is run over the whole text, behind a gate that skips positions where it cannot start
        self.rules: list[tuple[str, re.Pattern[str], Handler]] = [
            (rule.name, compiled(rule), getattr(self, f"_{rule.name}")) for rule in (make(p) for make in RULES)
        ]
        self._blocked = [compiled(_not_timex(p)), compiled(_named_date(p))]
        self._compile_cues(p)

    def _compile_cues(self, p: Pieces) -> None:
        """The small patterns the rules' handlers check around a match."""
        flags = re.IGNORECASE
        self._clause_start = re.compile(r"[,.;:!?\n\"“”()]")
        self._cue = re.compile(rf"\b(?:{alternation(self.lx.tense_cues)})\b", flags)
        self._tense_after = re.compile(rf"\s+({p.w('tense_after')})\b", flags)
        self._identifier_before = re.compile(rf"\b(?:{p.w('identifier')})\s*$", flags)
        self._quantity_after = re.compile(rf"\s*(?:{p.w('quantity')})\b", flags)
        self._weekday_direction = re.compile(rf"\s+(?:{p.w('weekday_direction')})\b", flags)
        self._year_number = re.compile(p.year)
        self._lower_case_words = frozenset(self.lx.role("lower_case_word"))
        self._month_nouns = frozenset(self.lx.role("month_noun"))
        self._week_weekdays = frozenset(self.lx.role("week_weekday"))
        self._sunday_cues = frozenset(self.lx.role("sunday_cue"))
        self._clock_words = frozenset(self.lx.role("clock"))

    def parse_number(self, text: str) -> float | None:
        return parse_number(text, self.lx.numbers)

    # ------------------------------------------------------------------ helpers

    def _tense(self, text: str, start: int, end: int) -> str | None:
        """Whether the clause around a date schedules it (future) or reports it (past).

        The nearest cue before the date in its clause wins ("akan bertemu pada
        Rabu"); a cue right after it ("30 Agustus lalu") overrides.
        """
        after = self._tense_after.match(text[end : end + 16])
        if after:
            return self.lx.tense_cues.get(after[1].lower())
        window = text[max(0, start - self.settings.tense_window) : start]
        cut = max((m.end() for m in self._clause_start.finditer(window)), default=0)
        clause = window[cut:]
        cues = list(self._cue.finditer(clause))
        if not cues:
            return None
        return self.lx.tense_cues.get(re.sub(r"\s+", " ", cues[-1][0].lower()))

    def _month_num(self, name: str) -> int:
        return self.lx.months[name.lower().rstrip(".")]

    def _weekday_num(self, name: str) -> int:
        return self.lx.weekdays[re.sub(r"\s+", " ", name.lower())]

    @staticmethod
    def _nearest_year(month: int, day: int, anchor: date, tense: str | None) -> date | None:
        options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := safe_date(y, month, day))]
        if tense == "past":
            options = [d for d in options if d <= anchor] or options
        elif tense == "future":
            options = [d for d in options if d >= anchor] or options
        return min(options, key=lambda d: abs((d - anchor).days), default=None)

    @staticmethod
    def _nearest_month(month: int, anchor: date, tense: str | None) -> tuple[int, int]:
        options = [(y, month) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        here = anchor.year * 12 + anchor.month

        def delta(ym: tuple[int, int]) -> int:
            return ym[0] * 12 + ym[1] - here

        if tense == "past":
            options = [o for o in options if delta(o) <= 0] or options
        elif tense == "future":
            options = [o for o in options if delta(o) >= 0] or options
        return min(options, key=lambda o: abs(delta(o)))

    def _hour(self, pod: str | None) -> int | None:
        return self.lx.parts_of_day.get(re.sub(r"\s+", " ", pod.lower())) if pod else None

    @staticmethod
    def _with_hour(value: str, hour: int | None) -> str:
        return f"{value}T{hour:02d}" if hour is not None else value

    # ------------------------------------------------------------------ rules

    def _weekday_bracket(self, m: re.Match[str], text: str) -> Candidate | None:
        weekday = self._weekday_num(m["wd"])
        day, month = int(m["d"]), int(m["m"])
        year = int(m["y"]) + (2000 if m["y"] and len(m["y"]) == 2 else 0) if m["y"] else None
        hour = self._hour(m["pod"] or m["pod2"])
        tense = self._tense(text, m.start(), m.end())
        type_ = "TIME" if hour is not None else "DATE"
        full = safe_date(year, month, day) if year else None
        valid = full is not None or (year is None and safe_date(2000, month, day) is not None)  # 29/2 fits a leap year

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not valid:
                return Value(None, extra={"invalid": f"{day}/{month} is not a date"})
            found: date | None
            if full:
                found, relative = full, False
            elif anchor:
                found, relative = self._nearest_year(month, day, anchor.day, None), True
            else:
                return Value(None)
            if found is None:
                return Value(None, extra={"invalid": f"{day}/{month} is not a date"})
            extra: dict[str, Any] = {}
            if found.weekday() != weekday:
                # the date wins; later stages report the mismatch as a conflict
                extra = {"weekday_mismatch": True, "weekday": m["wd"]}
            return Value(self._with_hour(found.isoformat(), hour), relative, extra)

        return Candidate(m.start(), m.end(), type_, resolve, "weekday_bracket", full=full,
                         partial=(month, day) if valid and not year else None, weekday=weekday, tense=tense)

    def _range(self, m: re.Match[str], text: str) -> Candidate | None:
        d1, d2 = int(m["d1"]), int(m["d2"])
        mon2 = self._month_num(m["mon2"])
        mon1 = self._month_num(m["mon1"]) if m["mon1"] else mon2
        y2 = int(m["y2"]) if m["y2"] else None
        y1 = int(m["y1"]) if m["y1"] else y2
        tense = self._tense(text, m.start(), m.end())
        if not (safe_date(2000, mon1, d1) and safe_date(2000, mon2, d2)):
            return None

        def resolve(anchor: TimexAnchor | None) -> Value:
            if y2 is not None:
                end = safe_date(y2, mon2, d2)
                start = safe_date(y1 or y2, mon1, d1)
                relative = False
            elif anchor:
                end = self._nearest_year(mon2, d2, anchor.day, tense)
                start = safe_date(end.year, mon1, d1) if end else None
                if start and end and start > end:  # 28 Desember - 3 Januari
                    start = safe_date(end.year - 1, mon1, d1)
                relative = True
            else:
                return Value(None)
            if not start or not end or start > end:
                return Value(None)
            return Value(f"{start.isoformat()}/{end.isoformat()}", relative)

        # as anchor evidence a scheduled range counts from its first day, a reported one from its last
        first_day, first_month, year = (d1, mon1, y1) if tense == "future" else (d2, mon2, y2)
        full = safe_date(year, first_month, first_day) if year else None
        return Candidate(m.start(), m.end(), "DATE", resolve, "range", full=full,
                         partial=None if y2 else (first_month, first_day), tense=tense)

    def _day_month(self, m: re.Match[str], text: str) -> Candidate | None:
        day, month = int(m["d"]), self._month_num(m["mon"])
        if m["mon"].lower() in self._lower_case_words and not m["y"] and m["mon"][0].islower():
            return None  # "2 mar" / "3 des" in running text are not dates
        year = int(m["y"]) if m["y"] else None
        weekday = self._weekday_num(m["wd"]) if m["wd"] else None
        hour = int(m["hh"]) if m["hh"] else None
        minute = m["mm"] or "00"
        zone = self.lx.zones.get((m["zone"] or "").upper())
        tense = self._tense(text, m.start(), m.end())
        full = safe_date(year, month, day) if year else None
        if year and not full or not safe_date(2000, month, day):
            return Candidate(m.start(), m.end(), "DATE", lambda a: Value(None, extra={"invalid": f"{day} {m['mon']} is not a date"}),
                             "day_month")

        def resolve(anchor: TimexAnchor | None) -> Value:
            found: date | None
            if full:
                found, relative = full, False
            elif anchor:
                found, relative = self._nearest_year(month, day, anchor.day, tense), True
            else:
                return Value(None)
            if found is None:
                return Value(None)
            extra: dict[str, Any] = {}
            if weekday is not None and found.weekday() != weekday:
                extra = {"weekday_mismatch": True, "weekday": m["wd"]}
            value = found.isoformat()
            if hour is not None:
                value += f"T{hour:02d}:{minute}"
                if zone:
                    extra["zone"] = zone
            return Value(value, relative, extra)

        return Candidate(m.start(), m.end(), "TIME" if hour is not None else "DATE", resolve, "day_month",
                         full=full, partial=None if year else (month, day), weekday=weekday, tense=tense)

    def _absolute(self, text: str, start: int, end: int, stamp: DateStamp) -> Candidate:
        value = stamp.day.isoformat()
        extra: dict[str, Any] = {}
        if stamp.hour is not None:
            value += f"T{stamp.hour:02d}:{stamp.minute or 0:02d}"
            if stamp.zone:
                extra["zone"] = stamp.zone
        if stamp.weekday is not None and stamp.weekday != stamp.day.weekday():
            extra.update(weekday_mismatch=True, weekday=text[start:end].split()[0].strip(","))
        return Candidate(start, end, "TIME" if stamp.hour is not None else "DATE", lambda a: Value(value, extra=extra), "absolute",
                         full=stamp.day, weekday=stamp.weekday, tense=self._tense(text, start, end))

    def _month_range(self, m: re.Match[str], text: str) -> Candidate | None:
        if not (m["mon1"][0].isupper() and m["mon2"][0].isupper()):
            return None
        y2 = int(m["y2"])
        mon1, mon2 = self._month_num(m["mon1"]), self._month_num(m["mon2"])
        y1 = int(m["y1"]) if m["y1"] else (y2 if mon1 <= mon2 else y2 - 1)
        if (y1, mon1) >= (y2, mon2):
            return None
        value = f"{y1:04d}-{mon1:02d}/{y2:04d}-{mon2:02d}"
        return Candidate(m.start(), m.end(), "DATE", lambda a: Value(value), "month_range")

    def _month_year(self, m: re.Match[str], text: str) -> Candidate | None:
        value = f"{int(m['y']):04d}-{self._month_num(m['mon']):02d}"
        extra = {"mod": self.lx.modifiers[m["mod"].lower()]} if m["mod"] else {}
        return Candidate(m.start(), m.end(), "DATE", lambda a: Value(value, extra=extra), "month_year")

    def _month(self, m: re.Match[str], text: str) -> Candidate | None:
        name = m["mon"] or m["mon_b"]
        if not name[0].isupper() or m["mon_b"] and re.search(r"\d\s*$", text[max(0, m.start() - 4) : m.start()]):
            return None  # "3 Januari mendatang" is a day, read by the day-month rule
        month = self._month_num(name)
        start = m.start() if m["mod"] or m["mon_b"] else m.start("mon") if (m["pre"] or "").lower() not in self._month_nouns else m.start()
        direction = (m["dir"] or m["dir_b"] or "").lower()
        tense = self.lx.directions.get(direction)
        if tense not in ("past", "future"):  # "Juni ini" or no word after: the clause decides
            tense = self._tense(text, start, m.end())
        extra = {"mod": self.lx.modifiers[m["mod"].lower()]} if m["mod"] else {}

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            y, mo = self._nearest_month(month, anchor.day, tense)
            return Value(f"{y:04d}-{mo:02d}", True, extra)

        return Candidate(start, m.end(), "DATE", resolve, "month")

    def _year(self, m: re.Match[str], text: str) -> Candidate | None:
        before = text[max(0, m.start() - 16) : m.start()].split()
        cued = bool(m["era"] or m["mod"] or m["decade"] or m["dir"] or (before and before[-1].lower() in self.lx.year_cues))
        if not cued or re.search(r"\d\s+$", text[max(0, m.start() - 16) : m.start()]) and self._identifier_before.search(
            text[max(0, m.start() - 16) : m.start()].rstrip().rstrip("0123456789")
        ):
            return None  # "Undang-Undang Nomor 22 Tahun 2009" names a law
        if self._quantity_after.match(text[m.end() : m.end() + 10]):
            return None
        y = int(m["y"])
        extra = {"mod": self.lx.modifiers[m["mod"].lower()]} if m["mod"] else {}
        if m["decade"]:
            value = f"{y // 10:03d}"
        elif m["y2"] and int(m["y2"]) > y:
            value = f"{y}/{m['y2']}"
        else:
            value = f"{y:04d}"
        end = m.end("y2") if m["y2"] else m.end("decade") if m["decade"] else m.end("y")
        return Candidate(m.start(), end, "DATE", lambda a: Value(value, extra=extra), "year")

    def _period_part(self, m: re.Match[str], text: str) -> Candidate | None:
        prefix, count = self.lx.period_parts[m["part"].lower()]
        n = int(m["n"]) if m["n"] else self.lx.ordinals.get(m["ord"].lower(), 0)
        if not 1 <= n <= count:
            return None
        year = int(m["y"]) if m["y"] else None
        offset = _STEP.get(self.lx.directions.get((m["dir"] or "").lower(), ""))

        def resolve(anchor: TimexAnchor | None) -> Value:
            if year:
                return Value(f"{year}-{prefix}{n}")
            if not anchor:
                return Value(None)
            return Value(f"{anchor.day.year + (offset or 0)}-{prefix}{n}", True)

        return Candidate(m.start(), m.end(), "DATE", resolve, "period_part")

    def _relative_day(self, m: re.Match[str], text: str) -> Candidate | None:
        offset = self.lx.relative_days[re.sub(r"\s+", " ", m["rel"].lower())]
        hour = self._hour(m["pod"])

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            return Value(self._with_hour((anchor.day + timedelta(days=offset)).isoformat(), hour), True)

        return Candidate(m.start(), m.end(), "TIME" if hour is not None else "DATE", resolve, "relative_day")

    def _part_of_day(self, m: re.Match[str], text: str) -> Candidate | None:
        pod = m["pod"] or m["pod2"]
        hour = self._hour(pod)
        # "tadi malam" said in the morning is last night
        offset = -1 if m["earlier"] and hour is not None and hour >= 18 else 0

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            return Value(self._with_hour((anchor.day + timedelta(days=offset)).isoformat(), hour), True)

        return Candidate(m.start(), m.end(), "TIME", resolve, "part_of_day")

    def _unit_relative(self, m: re.Match[str], text: str) -> Candidate | None:
        unit_word = m["unit"].lower()
        direction = re.sub(r"\s+", " ", (m["dir"] or "").lower())
        mod = self.lx.modifiers.get((m["mod"] or "").lower())
        if not direction and not mod:
            return None  # a bare "tahun" or "bulan" is a unit, not a time
        if not direction and unit_word in self._week_weekdays and m["unit"][0].isupper() and not mod:
            return None
        weekend = mod == "END" and self.lx.units.get(unit_word) == "W"
        unit = self.lx.units[unit_word]
        offset = _STEP.get(self.lx.directions.get(direction, "present"), 0)

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            value = shift(anchor.day, offset, unit)
            if weekend and value:
                return Value(value + "-WE", True)
            return Value(value, True, {"mod": mod} if mod else {})

        return Candidate(m.start(), m.end(), "DATE", resolve, "unit_relative")

    def _count(self, m: re.Match[str], text: str) -> Candidate | None:
        counted = self._counted(m, text)
        if counted is None:
            return None
        amount, unit, fuzzy = counted
        direction = self.lx.directions.get(re.sub(r"\s+", " ", (m["dir"] or "").lower()))
        if m["unit"] and m["unit"].lower() in self._clock_words and re.match(r"\s*[.:]\d", text[m.end("unit") :]):
            return None  # "jam 7.30" is a clock time
        # "usia 31 tahun ini": the age is the duration; "ini" belongs to the sentence
        end = m.end() if direction and direction != "present" else (m.end("unit") if m["unit"] else m.end("one"))
        if direction in ("past", "future"):
            return self._count_shifted(m.start(), end, amount, unit, fuzzy, -1 if direction == "past" else 1)
        if direction in ("span", "ahead") and fuzzy:
            ref = "PAST_REF" if direction == "span" else "FUTURE_REF"
            return Candidate(m.start(), end, "DATE", lambda a: Value(ref), "count")
        if fuzzy:
            return None  # "beberapa hari" alone is too vague to be worth a value
        value = duration(amount, unit)
        return Candidate(m.start(), end, "DURATION", lambda a: Value(value), "count")

    def _counted(self, m: re.Match[str], text: str) -> tuple[float | None, str, bool] | None:
        """The amount, the unit and whether the amount is vague ("beberapa"); None when the match counts no time."""
        if m["one"]:
            return 1.0, self.lx.one_units[m["one"].lower()], False
        unit = self.lx.units[m["unit"].lower()]
        fuzzy = self.lx.numbers.get(m["n"].lower(), ("", ""))[0] == "fuzzy"
        amount = None if fuzzy else self.parse_number(m["n"])
        if amount is None and not fuzzy:
            return None
        if self._year_number.fullmatch(m["n"]):
            return None  # "2025 hari ini" is a year and a day, not 2025 days
        if self._identifier_before.search(text[max(0, m.start() - 12) : m.start()]):
            return None  # "Nomor 22 Tahun 2009": a number, then the year of a law
        return amount, unit, fuzzy

    @staticmethod
    def _count_shifted(start: int, end: int, amount: float | None, unit: str, fuzzy: bool, sign: int) -> Candidate:
        """ "dua hari lalu", "tiga pekan mendatang": a count of units back or ahead of the anchor."""
        if fuzzy:
            ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Candidate(start, end, "DATE", lambda a: Value(ref), "count")
        if unit in ("H", "MIN", "S") or amount is None or not float(amount).is_integer():
            return Candidate(start, end, "DURATION", lambda a: Value(duration(amount, unit)), "count")
        count = int(amount) * (8 if unit == "8Y" else 1)  # a windu is eight years
        step = "Y" if unit == "8Y" else unit

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            return Value(shift(anchor.day, sign * count, step), True)

        return Candidate(start, end, "DATE", resolve, "count")

    def _ordinal_count(self, m: re.Match[str], text: str) -> Candidate | None:
        n = int(m["n"]) if m["n"] else self.lx.ordinals.get(m["ord"].lower())
        if not n:
            return None
        unit = self.lx.units[m["unit"].lower()]
        # "hari ke-559" counts days since an event: a duration, not a date
        return Candidate(m.start(), m.end(), "DURATION", lambda a: Value(duration(n, unit)), "ordinal_count")

    def _set(self, m: re.Match[str], text: str) -> Candidate | None:
        if m["per"]:
            unit = self.lx.one_units[m["per"].lower()]
            times = self.parse_number(m["n"])
            extra = {"freq": f"{int(times)}X"} if times else {}
            return Candidate(m.start(), m.end(), "SET", lambda a: Value(duration(1, unit), extra=extra), "set")
        what = re.sub(r"\s+", " ", m["what"].lower())
        if what in self.lx.units:
            value = duration(1, self.lx.units[what])
        elif what in self.lx.weekdays:
            value = f"XXXX-WXX-{self.lx.weekdays[what] + 1}"
        else:
            value = f"XXXX-XX-XXT{self.lx.parts_of_day[what]:02d}"
        return Candidate(m.start(), m.end(), "SET", lambda a: Value(value), "set")

    def _time(self, m: re.Match[str], text: str) -> Candidate | None:
        hour = int(m["hh"] if m["hh"] is not None else m["hh2"])
        minute = int(m["mm"] or m["mm2"] or 0)
        pod_hour = self._hour(m["pod"])
        if pod_hour is not None and pod_hour >= 12 and hour < 12:
            hour += 12  # "jam 7 malam"
        zone = self.lx.zones.get((m["zone"] or "").upper())
        extra = {"zone": zone} if zone else {}

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(f"XXXX-XX-XXT{hour:02d}:{minute:02d}", extra=extra)
            return Value(f"{anchor.day.isoformat()}T{hour:02d}:{minute:02d}", True, extra)

        return Candidate(m.start(), m.end(), "TIME", resolve, "time")

    def _weekday(self, m: re.Match[str], text: str) -> Candidate | None:
        name = m["wd"]
        if not (m["day_noun"] or name[0].isupper()):
            return None
        weekday = self._weekday_num(name)
        follow = text[m.end() : m.end() + 12].lower()
        if weekday == 6 and name.lower() in self._week_weekdays and not m["day_noun"]:
            # "Minggu" is also "week": Sunday only after "pada"/"hari" or with a part of the day
            words_before = text[max(0, m.start() - 8) : m.start()].lower().split()
            if not (m["pod"] or (words_before and words_before[-1] in self._sunday_cues)):
                return None
        if self._weekday_direction.match(follow):
            return None
        if not (m["day_noun"] or m["pod"]):
            before = text[max(0, m.start() - 16) : m.start()]
            words = before.split()
            cued = not words or before.rstrip()[-1:] in ",(-–" or words[-1].lower() in self.lx.weekday_cues
            if not cued:
                return None  # "gerakan Jumat Bersih" names a programme
        hour = self._hour(m["pod"])
        tense = self._tense(text, m.start(), m.end())

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            ahead = (weekday - anchor.day.weekday()) % 7
            future = anchor.day + timedelta(days=ahead)
            past = future - timedelta(days=7) if ahead else future
            if tense == "future":
                found = future
            elif tense == "past":
                found = past
            else:
                found = future if ahead and ahead < 7 - ahead else past
            return Value(self._with_hour(found.isoformat(), hour), True)

        return Candidate(m.start(), m.end(), "TIME" if hour is not None else "DATE", resolve, "weekday", weekday=weekday, tense=tense)

    def _day_of_month(self, m: re.Match[str], text: str) -> Candidate | None:
        day = int(m["d"])
        if not 1 <= day <= 31:
            return None
        tense = self._tense(text, m.start(), m.end())

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            options = [d for k in (-1, 0, 1) if (d := safe_date(*_shift_months(anchor.day, k), day))]
            if tense == "past":
                options = [d for d in options if d <= anchor.day] or options
            elif tense == "future":
                options = [d for d in options if d >= anchor.day] or options
            found = min(options, key=lambda d: abs((d - anchor.day).days), default=None)
            return Value(found.isoformat() if found else None, True)

        return Candidate(m.start(), m.end(), "DATE", resolve, "day_of_month")

    def _vague(self, m: re.Match[str], text: str) -> Candidate | None:
        value = self.lx.vague[re.sub(r"\s+", " ", m["v"].lower())]
        return Candidate(m.start(), m.end(), "DATE", lambda a: Value(value), "vague")

    def _century(self, m: re.Match[str], text: str) -> Candidate | None:
        n = int(m["n"]) if m["n"] else self.lx.centuries[m["roman"].lower()]
        return Candidate(m.start(), m.end(), "DATE", lambda a: Value(f"{n - 1:02d}"), "century")

    # ------------------------------------------------------------------ the whole text

    def candidates(self, text: str) -> list[Candidate]:
        """Non-overlapping candidates in text order (longest match wins an overlap)."""
        found = self._found(text)
        blocked = [(b.start(), b.end()) for rx in self._blocked for b in rx.finditer(text)]
        found = [(p, c) for p, c in found if all(c.end <= a or c.start >= b for a, b in blocked)]
        found.sort(key=lambda pc: (-(pc[1].end - pc[1].start), pc[0], pc[1].start))
        taken: list[Candidate] = []
        for _, cand in found:
            if all(cand.end <= t.start or cand.start >= t.end for t in taken):
                taken.append(cand)
        taken.sort(key=lambda c: c.start)
        return taken

    def _found(self, text: str) -> list[tuple[int, Candidate]]:
        """Every rule's candidates with the rule's priority; fully specified dates first among equals."""
        found = [(-1, self._absolute(text, start, end, stamp)) for start, end, stamp in self.dates.find(text)]
        for priority, (_, rx, handler) in enumerate(self.rules):
            for m in rx.finditer(text):
                try:
                    cand = handler(m, text)
                except (ValueError, KeyError, OverflowError):
                    cand = None  # an odd match ("ke-99999999 hari") gives no timex, never an error
                if cand and cand.end > cand.start:
                    # a sentence's full stop after "September" is not part of the date; "Sep." keeps its dot
                    if text[cand.end - 1] == "." and len(text[cand.start : cand.end - 1].split()[-1]) > 4:
                        cand.end -= 1
                    found.append((priority, cand))
        return found

    def tag(self, text: str, published: str | None = None, hints: Sequence[date] = ()) -> tuple[list[Timex], TimexAnchor | None]:
        """The time expressions of ``text`` and the anchor they were resolved against."""
        cands = self.candidates(text)
        anchor = anchor_from_published(published) or infer_anchor(cands, hints)
        out: list[Timex] = []
        for c in cands:
            try:
                val = c.resolve(anchor)
            except (ValueError, OverflowError):  # "1.000.000 hari lalu" falls off the calendar
                val = Value(None)
            item = Timex(text[c.start : c.end], c.start, c.end, c.type, val.value, **val.extra)
            relative = val.relative
            if c.rule == "time" and out and val.value:
                relative = self._on_date_before(text, item, out[-1], relative)
            if relative and anchor and anchor.inferred:
                item.inferred = True
            out.append(item)
        return out, anchor

    def _on_date_before(self, text: str, item: Timex, before: Timex, relative: bool) -> bool:
        """ "Sabtu (19/10/2024) pukul 22.47": the clock time is on the date just stated; whether it is relative then."""
        day = _DAY_VALUE.match(before.value or "")
        near = item.start - before.end <= self.settings.time_join_window
        if day and near and not _SENTENCE_END.search(text[before.end : item.start]) and item.value:
            item.value = day[0] + item.value[10:]
            return before.inferred
        return relative


@cache
def default_grammar() -> TimexGrammar:
    """The grammar of the package's word lists and the default settings: what :func:`tag` uses."""
    return TimexGrammar(Lexicon.from_rows(read_lexicon(lexicon_folder(None))))


# ---------------------------------------------------------------------------- anchors


def infer_anchor(candidates: Sequence[Candidate], hints: Sequence[date] = ()) -> TimexAnchor | None:
    """The anchor of an undated article, from the dates it states.

    1. The latest fully specified date that the text does not schedule
       ("akan ... pada 18/6/2024" is still to come, so it is not the anchor).
    2. Else the day before the earliest scheduled full date: a schedule is
       announced before it happens.
    3. Else the same two steps over day-and-month dates without a year
       ("5 September"), with the year taken from the publication dates of the
       other articles in the collection (``hints``): the year that puts the
       date nearest to one of them.
    """
    full = [(c.full, c.tense) for c in candidates if c.full]
    found = _from_dates(full, "the text")
    if found or not hints:
        return found
    partial = []
    for c in candidates:
        if c.partial:
            month, day = c.partial
            options = [d for h in hints for y in (h.year - 1, h.year, h.year + 1) if (d := safe_date(y, month, day))]
            if options:
                best = min(options, key=lambda d: min(abs((d - h).days) for h in hints))
                partial.append((best, c.tense))
    return _from_dates(partial, "the text, its year from the collection's publication dates")


def _from_dates(stated: list[tuple[date, str | None]], where: str) -> TimexAnchor | None:
    reported = [d for d, tense in stated if tense != "future"]
    if reported:
        day = max(reported)
        return TimexAnchor(day.isoformat(), True, f"latest date stated in {where} ({day.isoformat()})")
    scheduled = [d for d, _ in stated]
    if scheduled:
        day = min(scheduled) - timedelta(days=1)
        return TimexAnchor(day.isoformat(), True, f"day before the earliest scheduled date in {where} ({min(scheduled).isoformat()})")
    return None


def anchor_from_published(published: str | None) -> TimexAnchor | None:
    if not published:
        return None
    try:
        return TimexAnchor(date.fromisoformat(published[:10]).isoformat())
    except ValueError:
        return None


_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
_SENTENCE_END = re.compile(r"[.!?]\s")


def tag(text: str, published: str | None = None, hints: Sequence[date] = ()) -> tuple[list[Timex], TimexAnchor | None]:
    """The time expressions of ``text`` and the anchor used, by the package's grammar (the engine's entry)."""
    return default_grammar().tag(text, published, hints)


# ---------------------------------------------------------------------------- the component


class TimexTagger:
    """spaCy component: ``doc._.timexes``, ``doc._.timex_anchor`` and ``doc.spans["timexes"]``.

    Reads ``doc._.published`` (and ``doc._.anchor_hints``), which the caller sets.
    Its word lists are read from the files its config names and saved with it
    (``to_disk``), so a saved pipeline needs no package file.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "telisik_timexes",
        *,
        lexicon: str | None = None,
        files: Mapping[str, str] = LEXICON_FILES,
        year_centuries: Sequence[str] = ("19", "20"),
        tense_window: int = 120,
        time_join_window: int = 40,
        spans_key: str = "timexes",
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.settings = TimexSettings(tuple(year_centuries), tense_window, time_join_window)
        self.rows = read_lexicon(lexicon_folder(lexicon), {**LEXICON_FILES, **files})
        self.grammar = TimexGrammar(Lexicon.from_rows(self.rows), self.settings)

    def __call__(self, doc: Doc) -> Doc:
        hints = [d for h in doc._.anchor_hints or () if (d := _as_date(h))]
        timexes, anchor = self.grammar.tag(doc_text(doc), doc._.published, hints)
        set_timexes(doc, timexes, anchor, self.spans_key)
        return doc

    def _cfg(self) -> dict[str, Any]:
        return {**asdict(self.settings), "spans_key": self.spans_key}

    def _restore(self, cfg: dict[str, Any]) -> None:
        self.settings = TimexSettings(tuple(cfg["year_centuries"]), int(cfg["tense_window"]), int(cfg["time_join_window"]))
        self.spans_key = str(cfg["spans_key"])

    def _read_saved(self, folder: Path) -> None:
        self.rows = {key: read_rows(folder, f"{key}.tsv") for key in LEXICON_FILES}

    def _write_saved(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for key, rows in self.rows.items():
            write_rows(folder / f"{key}.tsv", rows)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """The word lists (one file each) and the settings."""
        serializers: dict[str, Callable[[Path], Any]] = {
            "cfg": lambda p: srsly.write_json(p, self._cfg()),
            "lexicon": self._write_saved,
        }
        util.to_disk(path, serializers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TimexTagger:
        """The tagger of a saved pipeline: its grammar built again from the saved word lists."""
        deserializers: dict[str, Callable[[Path], Any]] = {
            "cfg": lambda p: self._restore(srsly.read_json(p)),
            "lexicon": self._read_saved,
        }
        util.from_disk(path, deserializers, exclude)
        self.grammar = TimexGrammar(Lexicon.from_rows(self.rows), self.settings)
        return self


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@Language.factory(
    "telisik_timexes",
    default_config={
        "lexicon": None,
        "files": LEXICON_FILES,
        "year_centuries": ["19", "20"],
        "tense_window": 120,
        "time_join_window": 40,
        "spans_key": "timexes",
    },
    # it reads only the text and doc._.published, which the caller sets: it requires no other component
    assigns=["doc._.timexes", "doc._.timex_anchor", "doc.spans"],
)
def make_timex_tagger(
    nlp: Language,
    name: str,
    lexicon: str | None,
    files: dict[str, str],
    year_centuries: list[str],
    tense_window: int,
    time_join_window: int,
    spans_key: str,
) -> TimexTagger:
    """``lexicon``: a folder of word lists (None: the package's ``telisik/lang/id``); ``files``: their file names."""
    return TimexTagger(
        nlp, name, lexicon=lexicon, files=files, year_centuries=year_centuries,
        tense_window=tense_window, time_join_window=time_join_window, spans_key=spans_key,
    )  # fmt: skip


def _as_timex(item: Timex | Mapping[str, Any]) -> Timex:
    return item if isinstance(item, Timex) else Timex(**item)


def _as_anchor(anchor: TimexAnchor | Mapping[str, Any] | None) -> TimexAnchor | None:
    if anchor is None or isinstance(anchor, TimexAnchor):
        return anchor
    return TimexAnchor(**anchor)


def set_timexes(
    doc: Doc,
    timexes: Sequence[Timex | Mapping[str, Any]],
    anchor: TimexAnchor | Mapping[str, Any] | None,
    spans_key: str = "timexes",
) -> None:
    """What the timex component leaves on a Doc: ``doc._.timexes``, ``doc._.timex_anchor`` and ``doc.spans["timexes"]``.

    Dicts (time expressions found beforehand and moved, as the window reader does) are read into records.
    """
    records = [_as_timex(t) for t in timexes]
    doc._.timexes = records
    doc._.timex_anchor = _as_anchor(anchor)
    spans = []
    for t in records:
        span = doc.char_span(t.start, t.end, label=t.type, alignment_mode="expand")
        if span is not None:
            span._.timex = t
            spans.append(span)
    doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=spans)

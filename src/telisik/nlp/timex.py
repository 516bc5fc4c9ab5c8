"""Time expressions: every date and time in an article's body, normalised.

The ``telisik_timexes`` component finds date and time expressions in
``doc.text`` and gives each a TIMEX3 value (``2023-09-11``, ``2023-09``,
``2023-W37``, ``2023-09-10/2023-09-13``, ``2023-09-11T19``, ``P4Y``,
``PAST_REF``), a type (``DATE``, ``TIME``, ``DURATION``, ``SET``) and
character offsets. Values are resolved against ``doc._.published``; without
one, the anchor is inferred from the text (the latest fully specified date
that is not a scheduled one) and every value that depends on it is marked
``"inferred": true``.

The grammar is a set of regular expressions assembled from the word lists in
``telisik/lang/id`` (months, weekdays, number words, units, parts of the day,
relative words). Fully specified dates ("11 September 2023", "18/6/2024",
"Senin, 11 September 2023 10:15 WIB") are read by
:func:`telisik.pages.dates.find_dates`, the grammar that reads byline dates. Each
rule yields a candidate with a resolver (a function of the anchor), so the
anchor can be inferred from the candidates themselves; overlapping candidates
are settled longest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from telisik.lang import mapping, table, word_list
from telisik.nlp.doc import doc_text
from telisik.pages import dates
from telisik.pages.dates import safe_date

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


@dataclass(frozen=True)
class Anchor:
    """The date relative expressions are resolved against, and where it came from."""

    day: date
    inferred: bool = False
    evidence: str = "publication date"

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "inferred": self.inferred, "evidence": self.evidence}


@dataclass
class Value:
    """A resolved value; ``relative`` when it was computed from the anchor."""

    value: str | None
    relative: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


Resolver = Callable[[Anchor | None], Value]


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


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
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


@cache
def lexicon() -> Lexicon:
    units = {row[0]: row[1] for row in table("id", "time_units.tsv")}
    return Lexicon(
        months=dates.month_numbers(),
        weekdays=dates.weekday_numbers(),
        zones=dates.zone_offsets(),
        numbers={row[0]: (row[1], row[2]) for row in table("id", "numbers.tsv")},
        ordinals={k: int(v) for k, v in mapping("id", "ordinals.tsv").items()},
        units=units,
        one_units={row[2]: row[1] for row in table("id", "time_units.tsv") if len(row) > 2},
        relative_days={k: int(v) for k, v in mapping("id", "relative_days.tsv").items()},
        parts_of_day={k: int(v) for k, v in mapping("id", "parts_of_day.tsv").items()},
        directions=mapping("id", "relative_directions.tsv"),
        vague=mapping("id", "vague_time.tsv"),
        modifiers=mapping("id", "period_modifiers.tsv"),
        period_parts={row[0]: (row[1], int(row[2])) for row in table("id", "period_parts.tsv")},
        tense_cues=mapping("id", "tense_cues.tsv"),
        year_cues=word_list("id", "year_cues.txt"),
        set_words=word_list("id", "set_words.txt"),
        name_prefixes=word_list("id", "timex_name_prefixes.txt"),
        not_timex=word_list("id", "not_timex.txt"),
        weekday_cues=word_list("id", "weekday_cues.txt"),
    )


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first, with spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def parse_number(text: str) -> float | None:
    """ "24", "1.000", "dua belas", "lima puluh", "dua puluh lima", "seratus" -> a number.

    Returns None for a vague quantity ("beberapa") or anything unreadable.
    """
    text = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    if re.fullmatch(r"\d+(?:,\d+)?", text):
        return float(text.replace(",", "."))
    numbers = lexicon().numbers
    total = chunk = digit = 0.0  # thousands and up; the part below a thousand; a digit word not yet placed
    for word in text.split():
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


# ---------------------------------------------------------------------------- the grammar

# how far a direction word moves a period: "bulan lalu" one back, "tahun depan" one ahead
_STEP = {"past": -1, "present": 0, "future": 1}

# "Nomor 22", "No. 16": what follows is an identifier, not a count of time units
_IDENTIFIER_BEFORE = re.compile(r"\b(?:nomor|no\.?)\s*$", re.IGNORECASE)


class TimexGrammar:
    """Compiled rules and the resolution of their matches."""

    def __init__(self) -> None:
        lx = self.lx = lexicon()
        months_full = [row[0] for row in table("id", "months.tsv") if len(row) < 3 or row[2] != "abbr"]
        mon = _alt(lx.months)
        mon_full = _alt(months_full)
        wd = _alt(lx.weekdays)
        pod = _alt(lx.parts_of_day)
        zone = _alt(lx.zones)
        num_words = _alt(w for w, (kind, _) in lx.numbers.items() if kind != "fuzzy")
        fuzzy = _alt(w for w, (kind, _) in lx.numbers.items() if kind == "fuzzy")
        num = rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?|(?:{num_words})(?:\s+(?:{num_words}))*)"
        unit = _alt(lx.units)
        one_unit = _alt(lx.one_units)
        directions = _alt(lx.directions)
        mods = _alt(lx.modifiers)
        ords = _alt(lx.ordinals)
        parts = _alt(lx.period_parts)
        sets = _alt(lx.set_words)
        vague = _alt(lx.vague)
        rel_days = _alt(lx.relative_days)
        year = r"(?:19|20)\d\d"
        time = rf"(?:\s*,?\s*(?:pukul|jam|pk\.?)\s*(?P<hh>2[0-3]|[01]?\d)(?:[.:](?P<mm>[0-5]\d))?(?:\s*(?P<zone>{zone})\b)?)?"
        dash = r"(?:\s*[-–—]\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d)\s+)"
        flags = re.IGNORECASE
        self.rules: list[tuple[str, re.Pattern[str], Callable[[re.Match[str], str], Candidate | None]]] = [
            # Senin (11/9), Selasa malam (18/6/2024), Rabu (13/9/2023) silam
            (
                "weekday_bracket",
                re.compile(
                    rf"\b(?:hari\s+)?(?P<wd>{wd})(?:\s+(?P<pod>{pod}))?\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
                    rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)(?:\s+(?P<pod2>{pod})\b)?",
                    flags,
                ),
                self._weekday_bracket,
            ),
            # 10-13 September, 10 hingga 13 September 2023, 28 Agustus - 2 September
            (
                "range",
                re.compile(
                    rf"\b(?:antara\s+)?(?P<d1>[0-3]?\d)(?:\s+(?P<mon1>{mon})\.?(?:\s+(?P<y1>{year}))?)?"
                    rf"(?:{dash}|\s+dan\s+(?=[0-3]?\d\s+(?:{mon})))(?P<d2>[0-3]?\d)\s+(?P<mon2>{mon})\b\.?(?:\s+(?P<y2>{year})\b)?",
                    flags,
                ),
                self._range,
            ),
            # (Senin,) 25 April (2019) (pukul 10.00 WIB)
            (
                "day_month",
                re.compile(
                    rf"\b(?:(?:hari\s+)?(?P<wd>{wd})\s*,?\s*)?(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{mon})\b\.?"
                    rf"(?:\s*,?\s*(?P<y>{year})(?!\d))?{time}",
                    flags,
                ),
                self._day_month,
            ),
            # Januari hingga Mei 2024, Maret-April 2023
            (
                "month_range",
                re.compile(rf"\b(?P<mon1>{mon_full})(?:\s+(?P<y1>{year}))?{dash}(?P<mon2>{mon_full})\s+(?P<y2>{year})\b", flags),
                self._month_range,
            ),
            # September 2023, bulan Februari 2022, awal Juni 2024
            (
                "month_year",
                re.compile(rf"\b(?:(?P<mod>{mods})\s+)?(?:bulan\s+)?(?P<mon>{mon_full})\s+(?:tahun\s+)?(?P<y>{year})\b", flags),
                self._month_year,
            ),
            # pada September, bulan Juni lalu, awal Agustus
            (
                "month",
                re.compile(
                    rf"\b(?:(?:(?P<mod>{mods})|(?P<pre>pada|sejak|hingga|sampai|selama|jelang|menjelang|per|bulan|medio))\s+"
                    rf"(?:bulan\s+)?(?P<mon>{mon_full})\b(?:\s+(?P<dir>lalu|silam|mendatang|depan|ini|nanti)\b)?"
                    rf"|(?P<mon_b>{mon_full})\s+(?P<dir_b>lalu|silam|mendatang)\b)",
                    flags,
                ),
                self._month,
            ),
            # tahun 2019, pada 2019, sejak tahun 2000, 1990-an, 2020-2023
            (
                "year",
                re.compile(
                    rf"\b(?:(?P<mod>{mods})\s+)?(?P<tahun>(?:tahun|era|dekade|dasawarsa)\s+)?(?P<y>{year})(?P<decade>-?an)?"
                    rf"(?:{dash}(?P<y2>{year}))?\b(?:\s+(?P<dir>lalu|silam)\b)?",
                    flags,
                ),
                self._year,
            ),
            # kuartal ketiga (2023), semester I tahun ini
            (
                "period_part",
                re.compile(
                    rf"\b(?P<part>{parts})\s+(?:ke-?\s?(?P<n>\d)|(?P<ord>{ords}))\b(?:\s+(?:tahun\s+)?(?P<y>{year})\b"
                    rf"|\s+tahun\s+(?P<dir>ini|lalu|depan)\b)?",
                    flags,
                ),
                self._period_part,
            ),
            # kemarin, hari ini, besok pagi, lusa
            (
                "relative_day",
                re.compile(rf"\b(?P<rel>{rel_days})\b(?:\s+(?P<pod>{pod})\b)?", flags),
                self._relative_day,
            ),
            # pagi ini, malam tadi, tadi malam
            (
                "part_of_day",
                re.compile(rf"\b(?:(?P<pod>{pod})\s+(?P<rel>ini|tadi)|(?P<tadi>tadi)\s+(?P<pod2>{pod}))\b", flags),
                self._part_of_day,
            ),
            # pekan lalu, bulan ini, tahun depan, akhir pekan ini, awal tahun
            (
                "unit_relative",
                re.compile(
                    rf"\b(?:(?P<mod>{mods})\s+)?(?P<unit>pekan|minggu|bulan|tahun)"
                    rf"(?:\s+(?P<dir>ini|lalu|yang\s+lalu|silam|kemarin|depan|mendatang|berikutnya|yang\s+akan\s+datang)\b|(?<=\w)(?=\s|[,.;:]|$))",
                    flags,
                ),
                self._unit_relative,
            ),
            # dua hari lalu, tiga pekan mendatang, empat tahun terakhir, beberapa hari mendatang, setahun lalu
            (
                "count",
                re.compile(
                    rf"(?<![-\w])(?:(?P<n>{num}|{fuzzy})\s+(?P<unit>{unit})|(?P<one>{one_unit}))\b"
                    rf"(?:\s+(?P<dir>{directions})\b)?",
                    flags,
                ),
                self._count,
            ),
            # hari ke-559, tahun kedua
            (
                "ordinal_count",
                re.compile(
                    rf"\b(?P<unit>hari|pekan|minggu|bulan|tahun)\s+(?:ke-?\s?(?P<n>\d+)\b|(?P<ord>{ords})\b)(?!\s+(?:{mon}))", flags
                ),
                self._ordinal_count,
            ),
            # setiap tahun, tiap Senin, setiap pagi; dua kali sehari
            (
                "set",
                re.compile(
                    rf"\b(?:(?P<every>{sets})\s+(?P<what>{unit}|{wd}|{pod})(?:nya)?|(?P<n>{num})\s+kali\s+(?P<per>{one_unit}))\b",
                    flags,
                ),
                self._set,
            ),
            # pukul 10.00 WIB, jam 7 malam, 19.30 WITA
            (
                "time",
                re.compile(
                    rf"\b(?:(?:pukul|jam|pk\.?)\s*(?P<hh>2[0-4]|[01]?\d)(?:[.:](?P<mm>[0-5]\d))?(?![\d.:])|(?P<hh2>2[0-4]|[01]?\d)[.:](?P<mm2>[0-5]\d)(?=\s*(?:{zone})\b))"
                    rf"(?:\s+(?P<pod>{pod}))?(?:\s*(?P<zone>{zone}|waktu\s+setempat)\b)?",
                    flags,
                ),
                self._time,
            ),
            # hari Rabu, pada Senin, Selasa malam
            (
                "weekday",
                re.compile(rf"\b(?:(?P<hari>hari)\s+)?(?P<wd>{wd})\b(?:\s+(?P<pod>{pod})\b)?", flags),
                self._weekday,
            ),
            # tanggal 17
            (
                "day_of_month",
                re.compile(rf"\btanggal\s+(?P<d>[0-3]?\d)\b(?!\s*(?:/|{mon}))", flags),
                self._day_of_month,
            ),
            # baru-baru ini, saat ini, kini
            ("vague", re.compile(rf"\b(?P<v>{vague})\b", flags), self._vague),
            # abad ke-21
            ("century", re.compile(r"\babad\s+(?:ke-?\s?(?P<n>\d{1,2})|(?P<roman>XXI|XX|XIX))\b", flags), self._century),
        ]
        self._not_timex = re.compile(rf"\b(?:{_alt(lx.not_timex)})\b", flags)
        # "Universitas 17 Agustus 1945", "Jl. 17 Agustus", "Jalan 10-12 Mei": the whole date belongs
        # to the name, so no rule may take any part of it
        self._named_date = re.compile(
            rf"(?<!\w)(?:{_alt(lx.name_prefixes)})\s+(?:[0-3]?\d(?:\s*[-–—]\s*[0-3]?\d)?\s+(?:{mon})\b\.?(?:\s+{year}\b)?"
            rf"|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}})",
            flags,
        )
        self._clause_start = re.compile(r"[,.;:!?\n\"“”()]")
        self._cue = re.compile(rf"\b(?:{_alt(lx.tense_cues)})\b", flags)
        # each rule is run over the whole text: let it skip positions where it cannot start
        self.rules = [(name, dates.first_char_gate(rx), handler) for name, rx, handler in self.rules]
        self._not_timex = dates.first_char_gate(self._not_timex)
        self._named_date = dates.first_char_gate(self._named_date)

    # ------------------------------------------------------------------ helpers

    def _tense(self, text: str, start: int, end: int) -> str | None:
        """Whether the clause around a date schedules it (future) or reports it (past).

        The nearest cue before the date in its clause wins ("akan bertemu pada
        Rabu"); a cue right after it ("30 Agustus lalu") overrides.
        """
        after = re.match(r"\s+(lalu|silam|mendatang|nanti)\b", text[end : end + 16], re.IGNORECASE)
        if after:
            return self.lx.tense_cues.get(after[1].lower())
        window = text[max(0, start - 120) : start]
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

        def resolve(anchor: Anchor | None) -> Value:
            if not valid:
                return Value(None, extra={"invalid": f"{day}/{month} is not a date"})
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

        def resolve(anchor: Anchor | None) -> Value:
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
        if m["mon"].lower() in ("mar", "mei", "may", "des") and not m["y"] and m["mon"][0].islower():
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

        def resolve(anchor: Anchor | None) -> Value:
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

    def _absolute(self, text: str, start: int, end: int, stamp: dates.DateStamp) -> Candidate:
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
        start = m.start() if m["mod"] or m["mon_b"] else m.start("mon") if not m[0].lower().startswith("bulan") else m.start()
        direction = (m["dir"] or m["dir_b"] or "").lower()
        tense = self.lx.directions.get(direction) if direction != "ini" else None
        tense = tense or self._tense(text, start, m.end())
        extra = {"mod": self.lx.modifiers[m["mod"].lower()]} if m["mod"] else {}

        def resolve(anchor: Anchor | None) -> Value:
            if not anchor:
                return Value(None)
            y, mo = self._nearest_month(month, anchor.day, tense)
            return Value(f"{y:04d}-{mo:02d}", True, extra)

        return Candidate(start, m.end(), "DATE", resolve, "month")

    def _year(self, m: re.Match[str], text: str) -> Candidate | None:
        before = text[max(0, m.start() - 16) : m.start()].split()
        cued = bool(m["tahun"] or m["mod"] or m["decade"] or m["dir"] or (before and before[-1].lower() in self.lx.year_cues))
        if not cued or re.search(r"\d\s+$", text[max(0, m.start() - 16) : m.start()]) and _IDENTIFIER_BEFORE.search(
            text[max(0, m.start() - 16) : m.start()].rstrip().rstrip("0123456789")
        ):
            return None  # "Undang-Undang Nomor 22 Tahun 2009" names a law
        if re.match(r"\s*(?:orang|unit|ton|kg|km|meter|persen|%|rupiah|dolar)\b", text[m.end() : m.end() + 10], re.IGNORECASE):
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

        def resolve(anchor: Anchor | None) -> Value:
            if year:
                return Value(f"{year}-{prefix}{n}")
            if not anchor:
                return Value(None)
            return Value(f"{anchor.day.year + (offset or 0)}-{prefix}{n}", True)

        return Candidate(m.start(), m.end(), "DATE", resolve, "period_part")

    def _relative_day(self, m: re.Match[str], text: str) -> Candidate | None:
        offset = self.lx.relative_days[re.sub(r"\s+", " ", m["rel"].lower())]
        hour = self._hour(m["pod"])

        def resolve(anchor: Anchor | None) -> Value:
            if not anchor:
                return Value(None)
            return Value(self._with_hour((anchor.day + timedelta(days=offset)).isoformat(), hour), True)

        return Candidate(m.start(), m.end(), "TIME" if hour is not None else "DATE", resolve, "relative_day")

    def _part_of_day(self, m: re.Match[str], text: str) -> Candidate | None:
        pod = m["pod"] or m["pod2"]
        hour = self._hour(pod)
        # "tadi malam" said in the morning is last night
        offset = -1 if m["tadi"] and hour is not None and hour >= 18 else 0

        def resolve(anchor: Anchor | None) -> Value:
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
        if not direction and unit_word == "minggu" and m["unit"][0].isupper() and not mod:
            return None
        weekend = mod == "END" and unit_word in ("pekan", "minggu")
        unit = self.lx.units[unit_word]
        offset = _STEP.get(self.lx.directions.get(direction, "present"), 0)

        def resolve(anchor: Anchor | None) -> Value:
            if not anchor:
                return Value(None)
            value = shift(anchor.day, offset, unit)
            if weekend and value:
                return Value(value + "-WE", True)
            return Value(value, True, {"mod": mod} if mod else {})

        return Candidate(m.start(), m.end(), "DATE", resolve, "unit_relative")

    def _count(self, m: re.Match[str], text: str) -> Candidate | None:
        if m["one"]:
            amount: float | None = 1.0
            unit = self.lx.one_units[m["one"].lower()]
            fuzzy = False
        else:
            unit = self.lx.units[m["unit"].lower()]
            fuzzy = self.lx.numbers.get(m["n"].lower(), ("", ""))[0] == "fuzzy"
            amount = None if fuzzy else parse_number(m["n"])
            if amount is None and not fuzzy:
                return None
            if re.fullmatch(r"(?:19|20)\d\d", m["n"]):
                return None  # "2025 hari ini" is a year and a day, not 2025 days
            if _IDENTIFIER_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                return None  # "Nomor 22 Tahun 2009": a number, then the year of a law
        direction = self.lx.directions.get(re.sub(r"\s+", " ", (m["dir"] or "").lower()))
        if m["unit"] and m["unit"].lower() == "jam" and re.match(r"\s*[.:]\d", text[m.end("unit") :]):
            return None
        # "usia 31 tahun ini": the age is the duration; "ini" belongs to the sentence
        end = m.end() if direction and direction != "present" else (m.end("unit") if m["unit"] else m.end("one"))
        if direction in ("past", "future"):
            sign = -1 if direction == "past" else 1
            if fuzzy:
                ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
                return Candidate(m.start(), end, "DATE", lambda a: Value(ref), "count")
            if unit in ("H", "MIN", "S") or amount is None or not float(amount).is_integer():
                return Candidate(m.start(), end, "DURATION", lambda a: Value(duration(amount, unit)), "count")
            count = int(amount) * (8 if unit == "8Y" else 1)  # a windu is eight years
            step = "Y" if unit == "8Y" else unit

            def resolve(anchor: Anchor | None) -> Value:
                if not anchor:
                    return Value(None)
                return Value(shift(anchor.day, sign * count, step), True)

            return Candidate(m.start(), end, "DATE", resolve, "count")
        if direction in ("span", "ahead") and fuzzy:
            ref = "PAST_REF" if direction == "span" else "FUTURE_REF"
            return Candidate(m.start(), end, "DATE", lambda a: Value(ref), "count")
        if fuzzy:
            return None  # "beberapa hari" alone is too vague to be worth a value
        value = duration(amount, unit)
        return Candidate(m.start(), end, "DURATION", lambda a: Value(value), "count")

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
            times = parse_number(m["n"])
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

        def resolve(anchor: Anchor | None) -> Value:
            if not anchor:
                return Value(f"XXXX-XX-XXT{hour:02d}:{minute:02d}", extra=extra)
            return Value(f"{anchor.day.isoformat()}T{hour:02d}:{minute:02d}", True, extra)

        return Candidate(m.start(), m.end(), "TIME", resolve, "time")

    def _weekday(self, m: re.Match[str], text: str) -> Candidate | None:
        name = m["wd"]
        if not (m["hari"] or name[0].isupper()):
            return None
        weekday = self._weekday_num(name)
        follow = text[m.end() : m.end() + 12].lower()
        if weekday == 6 and name.lower() == "minggu" and not m["hari"]:
            # "Minggu" is also "week": Sunday only after "pada"/"hari" or with a part of the day
            before = text[max(0, m.start() - 8) : m.start()].lower().split()
            if not (m["pod"] or (before and before[-1] in ("pada", "setiap", "tiap", "sejak", "hingga"))):
                return None
        if re.match(r"\s+(?:lalu|ini|depan|mendatang)\b", follow):
            return None
        if not (m["hari"] or m["pod"]):
            before = text[max(0, m.start() - 16) : m.start()]
            words = before.split()
            cued = not words or before.rstrip()[-1:] in ",(-–" or words[-1].lower() in self.lx.weekday_cues
            if not cued:
                return None  # "gerakan Jumat Bersih" names a programme
        hour = self._hour(m["pod"])
        tense = self._tense(text, m.start(), m.end())

        def resolve(anchor: Anchor | None) -> Value:
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

        def resolve(anchor: Anchor | None) -> Value:
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
        n = int(m["n"]) if m["n"] else {"xix": 19, "xx": 20, "xxi": 21}[m["roman"].lower()]
        return Candidate(m.start(), m.end(), "DATE", lambda a: Value(f"{n - 1:02d}"), "century")

    # ------------------------------------------------------------------ the whole text

    def candidates(self, text: str) -> list[Candidate]:
        """Non-overlapping candidates in text order (longest match wins an overlap)."""
        found: list[tuple[int, Candidate]] = []
        # fully specified dates through the byline grammar, first among equals
        for start, end, stamp in dates.find_dates(text):
            found.append((-1, self._absolute(text, start, end, stamp)))
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
        blocked = [(b.start(), b.end()) for rx in (self._not_timex, self._named_date) for b in rx.finditer(text)]
        found = [(p, c) for p, c in found if all(c.end <= a or c.start >= b for a, b in blocked)]
        found.sort(key=lambda pc: (-(pc[1].end - pc[1].start), pc[0], pc[1].start))
        taken: list[Candidate] = []
        for _, cand in found:
            if all(cand.end <= t.start or cand.start >= t.end for t in taken):
                taken.append(cand)
        taken.sort(key=lambda c: c.start)
        return taken


@cache
def grammar() -> TimexGrammar:
    return TimexGrammar()


# ---------------------------------------------------------------------------- anchors


def infer_anchor(candidates: Sequence[Candidate], hints: Sequence[date] = ()) -> Anchor | None:
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


def _from_dates(stated: list[tuple[date, str | None]], where: str) -> Anchor | None:
    reported = [d for d, tense in stated if tense != "future"]
    if reported:
        day = max(reported)
        return Anchor(day, True, f"latest date stated in {where} ({day.isoformat()})")
    scheduled = [d for d, _ in stated]
    if scheduled:
        day = min(scheduled) - timedelta(days=1)
        return Anchor(day, True, f"day before the earliest scheduled date in {where} ({min(scheduled).isoformat()})")
    return None


def anchor_from_published(published: str | None) -> Anchor | None:
    if not published:
        return None
    try:
        return Anchor(date.fromisoformat(published[:10]))
    except ValueError:
        return None


_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
_SENTENCE_END = re.compile(r"[.!?]\s")


def tag(text: str, published: str | None = None, hints: Sequence[date] = ()) -> tuple[list[dict[str, Any]], Anchor | None]:
    """The time expressions of ``text`` as JSON-ready dicts, and the anchor used."""
    cands = grammar().candidates(text)
    anchor = anchor_from_published(published) or infer_anchor(cands, hints)
    out: list[dict[str, Any]] = []
    for c in cands:
        try:
            val = c.resolve(anchor)
        except (ValueError, OverflowError):  # "1.000.000 hari lalu" falls off the calendar
            val = Value(None)
        item: dict[str, Any] = {"text": text[c.start : c.end], "start": c.start, "end": c.end, "type": c.type, "value": val.value}
        item.update(val.extra)
        relative = val.relative
        if c.rule == "time" and out and val.value:
            # "Sabtu (19/10/2024) pukul 22.47": the clock time is on the date just stated
            day = _DAY_VALUE.match(out[-1]["value"] or "")
            if day and c.start - out[-1]["end"] <= 40 and not _SENTENCE_END.search(text[out[-1]["end"] : c.start]):
                item["value"] = day[0] + val.value[10:]
                relative = bool(out[-1].get("inferred"))
        if relative and anchor and anchor.inferred:
            item["inferred"] = True
        out.append(item)
    return out, anchor


# ---------------------------------------------------------------------------- the component


class TimexTagger:
    """spaCy component: ``doc._.timexes``, ``doc._.timex_anchor`` and ``doc.spans["timexes"]``."""

    def __call__(self, doc: Doc) -> Doc:
        hints = [d for h in doc._.anchor_hints or () if (d := _as_date(h))]
        timexes, anchor = tag(doc_text(doc), doc._.published, hints)
        set_timexes(doc, timexes, anchor.to_dict() if anchor else None)
        return doc


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@Language.factory("telisik_timexes", default_config={})
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger()


def set_timexes(doc: Doc, timexes: list[dict[str, Any]], anchor: dict[str, Any] | None) -> None:
    """What the timex component leaves on a Doc: ``doc._.timexes``, ``doc._.timex_anchor`` and ``doc.spans["timexes"]``."""
    doc._.timexes = timexes
    doc._.timex_anchor = anchor
    spans = []
    for t in timexes:
        span = doc.char_span(t["start"], t["end"], label=t["type"], alignment_mode="expand")
        if span is not None:
            span._.timex = t
            spans.append(span)
    doc.spans["timexes"] = spans

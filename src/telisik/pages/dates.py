"""Fully specified dates: in bylines and date lines, and in article text.

This is the part of the date grammar that needs no anchor; the
time-expression tagger (``timex.py``) reads full dates in the body through
:func:`find_dates` too, so a byline and a sentence give the same reading.

"12 September 2023", "Senin, 11 September 2023 10:15 WIB", "9/11/2023",
"Kompas.com - 18/06/2025, 21:35 WIB", "Diperbarui 18 Jun 2025, 14:05 WIB".
Month, weekday and time-zone names come from ``telisik/lang/id``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from telisik.lang import mapping


@dataclass(frozen=True)
class DateStamp:
    """A date as a page states it; the time and its zone when given."""

    day: date
    hour: int | None = None
    minute: int | None = None
    zone: str | None = None  # "+07:00"
    ambiguous: tuple[date, ...] = ()  # other readings of a numeric date (9/11 or 11/9)
    weekday: int | None = None  # the weekday the text names with the date (Monday = 0), if any

    def iso(self) -> str:
        if self.hour is None:
            return self.day.isoformat()
        stamp = f"{self.day.isoformat()}T{self.hour:02d}:{self.minute or 0:02d}"
        return stamp + (self.zone or "")


@cache
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations (lower case) -> month number."""
    return {name: int(num) for name, num in mapping("id", "months.tsv").items()}


@cache
def weekday_numbers() -> dict[str, int]:
    """Weekday names (lower case) -> ISO weekday index, Monday = 0."""
    return {name: int(num) for name, num in mapping("id", "weekdays.tsv").items()}


@cache
def zone_offsets() -> dict[str, str]:
    """Time-zone abbreviations (WIB, WITA, ...) -> UTC offset."""
    return mapping("id", "timezones.tsv")


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    months = "|".join(sorted((re.escape(m) for m in month_numbers()), key=len, reverse=True))
    weekdays = "|".join(sorted((re.escape(w) for w in weekday_numbers()), key=len, reverse=True))
    zones = "|".join(sorted(zone_offsets(), key=len, reverse=True))
    time = rf"(?:[\s,|-]*(?:pukul|jam|at)?\s*(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?:[:.][0-5]\d)?\s*(?P<zone>{zones})?\b)?"
    weekday = rf"(?:(?P<wd>{weekdays})\s*,?\s*)?"
    regexes = {
        # 12 September 2023 / Senin, 11 Sep. 2023 10:15 WIB
        "dmy": re.compile(
            rf"\b{weekday}(?P<d>[0-3]?\d)\s+(?P<mon>{months})\.?,?\s+(?P<y>(?:19|20)\d\d)(?!\d{{2}}){time}",
            re.IGNORECASE,
        ),
        # September 12, 2023
        "mdy": re.compile(
            rf"\b(?P<mon>{months})\.?\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)(?!\d{{2}}){time}",
            re.IGNORECASE,
        ),
        # 2023-09-12T10:15
        "iso": re.compile(
            r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?"
        ),
        # 18/06/2025, 21:35 WIB. The year may run into following digits in
        # scraped bylines ("9/11/20231 min read"), so no trailing boundary.
        "num": re.compile(
            rf"(?<![\d/]){weekday}(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)[/.-](?P<y>(?:19|20)\d\d){time}",
            re.IGNORECASE,
        ),
    }
    return {kind: first_char_gate(rx) for kind, rx in regexes.items()}


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _stamp(match: re.Match[str], day: date, ambiguous: tuple[date, ...] = ()) -> DateStamp:
    groups = match.groupdict()
    hour = int(groups["hh"]) if groups.get("hh") else None
    minute = int(groups["mm"]) if groups.get("mm") else None
    zone = zone_offsets().get((groups.get("zone") or "").upper())
    weekday = weekday_numbers().get(re.sub(r"\s+", " ", groups["wd"].lower())) if groups.get("wd") else None
    return DateStamp(day, hour, minute, zone, ambiguous, weekday)


def find_dates(text: str) -> list[tuple[int, int, DateStamp]]:
    """Every full date (day, month and year) in ``text`` with its span."""
    found: list[tuple[int, int, DateStamp]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    rx = _regexes()
    for kind in ("dmy", "mdy", "iso", "num"):
        for m in rx[kind].finditer(text):
            if not free(m.start(), m.end()):
                continue
            y = int(m["y"])
            stamp: DateStamp | None = None
            if kind in ("dmy", "mdy"):
                day = safe_date(y, month_numbers()[m["mon"].lower().rstrip(".")], int(m["d"]))
                stamp = _stamp(m, day) if day else None
            elif kind == "iso":
                day = safe_date(y, int(m["m"]), int(m["d"]))
                stamp = _stamp(m, day) if day else None
            else:
                a, b = int(m["a"]), int(m["b"])
                dm = safe_date(y, b, a)  # Indonesian order: day/month
                md = safe_date(y, a, b)
                if dm and md and dm != md:
                    stamp = _stamp(m, dm, (md,))
                elif dm or md:
                    stamp = _stamp(m, dm or md)  # type: ignore[arg-type]
            if stamp:
                found.append((m.start(), m.end(), stamp))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda t: t[0])
    return found


_LEFTOVER = re.compile(r"[^\W\d_]{2,}")


def parse_date_line(line: str) -> DateStamp | None:
    """The date of a line that is a date line (a byline stamp), else None.

    A line qualifies when, once its dates are taken out, only a few words are
    left ("Tayang:", "Diperbarui", an outlet name, "1 min read").
    """
    if len(line) > 120:
        return None
    dates = find_dates(line)
    if not dates:
        return None
    start, end, stamp = dates[0]
    rest = line[:start] + " " + line[end:]
    if len(_LEFTOVER.findall(rest)) > 4:
        return None
    return stamp


_DAY_MONTH_MENTION = re.compile(r"\((?:[A-Za-z]+,?\s*)?([0-3]?\d)/([01]?\d)(?:/((?:19|20)?\d\d))?\)")


def resolve_ambiguous(stamp: DateStamp, body: str) -> DateStamp:
    """Choose between the day/month and month/day readings of a numeric date.

    Indonesian pages write day/month, but some templates (blogs) print
    month/day. The text's own "(11/9)" mentions, which are always day/month,
    tell which reading fits: the one nearest to them wins.
    """
    if not stamp.ambiguous:
        return stamp
    mentions = []
    for m in _DAY_MONTH_MENTION.finditer(body):
        year = stamp.day.year
        if m[3]:
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        d = safe_date(year, int(m[2]), int(m[1]))
        if d:
            mentions.append(d)
    if not mentions:
        return stamp
    readings = [stamp.day, *stamp.ambiguous]

    def distance(d: date) -> int:
        return min(abs((d - x).days) for x in mentions)

    best = min(readings, key=distance)  # ties keep the day/month reading (first)
    return DateStamp(best, stamp.hour, stamp.minute, stamp.zone, weekday=stamp.weekday)


def iso_day(value: object) -> date | None:
    """The day an ISO date or datetime string starts with ("2025-06-18T09:24+07:00" -> 2025-06-18); a date as it is."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def parse_iso(value: str) -> str | None:
    """An ISO date or datetime string from metadata, normalised, or None."""
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = find_dates(value)
        return found[0][2].iso() if found else None
    if len(value) <= 10:
        return dt.date().isoformat()
    return dt.isoformat(timespec="minutes")


# ---------------------------------------------------------------- faster scanning

try:  # Python >= 3.11
    from re import _constants as _sre_c
    from re import _parser as _sre_p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]

_CATEGORY_CLASS = {_sre_c.CATEGORY_DIGIT: r"\d", _sre_c.CATEGORY_WORD: r"\w", _sre_c.CATEGORY_SPACE: r"\s"}
_REPEATS = tuple(op for op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", None)) if op is not None)


def _first_chars(items: list) -> tuple[set[int], set, bool] | None:
    """What the first character of a match of ``items`` (a parsed regex) can be:
    (code points, categories, whether the match can be empty). None when unsure."""
    chars: set[int] = set()
    cats: set = set()
    for op, av in items:
        if op is _sre_c.AT or op is _sre_c.ASSERT or op is _sre_c.ASSERT_NOT:
            continue  # zero-width: says nothing about the first character consumed
        if op is _sre_c.LITERAL:
            chars.add(av)
            return chars, cats, False
        if op is _sre_c.IN:
            for kind, value in av:
                if kind is _sre_c.LITERAL:
                    chars.add(value)
                elif kind is _sre_c.RANGE and value[1] - value[0] < 256:
                    chars.update(range(value[0], value[1] + 1))
                elif kind is _sre_c.CATEGORY and value in _CATEGORY_CLASS:
                    cats.add(value)
                else:
                    return None
            return chars, cats, False
        if op is _sre_c.SUBPATTERN or op is _sre_c.BRANCH or op in _REPEATS:
            if op is _sre_c.SUBPATTERN:
                bodies, needed = [av[-1]], True
            elif op is _sre_c.BRANCH:
                bodies, needed = av[1], True
            else:
                bodies, needed = [av[2]], av[0] > 0
            empty = False
            for body in bodies:
                found = _first_chars(list(body))
                if found is None:
                    return None
                chars |= found[0]
                cats |= found[1]
                empty = empty or found[2]
            if needed and not empty:
                return chars, cats, False
            continue
        return None
    return chars, cats, True


def first_char_gate(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a lookahead for the characters a match can start with.

    ``finditer`` tries a pattern at every position of the text; a pattern that
    opens with ``\\b`` and optional alternations ("hari", weekday names, ...)
    does real work at each word before failing. The lookahead is one class
    test, and it only refuses positions where no match can start, so the
    matches (spans and groups) are the same. ``rx`` itself when the first
    characters cannot be worked out.
    """
    try:
        found = _first_chars(list(_sre_p.parse(rx.pattern, rx.flags)))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply not gated
        return rx
    if found is None or found[2] or len(found[0]) > 512:
        return rx
    chars, cats, _ = found
    cls = "".join(re.escape(chr(c)) for c in sorted(chars)) + "".join(sorted(_CATEGORY_CLASS[c] for c in cats))
    if not cls:
        return rx
    gated = re.compile(f"(?=[{cls}])(?:{rx.pattern})", rx.flags)
    return gated if gated.groupindex == rx.groupindex and gated.groups == rx.groups else rx

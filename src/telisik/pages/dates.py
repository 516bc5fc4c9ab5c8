"""Fully specified dates: in bylines and date lines, and in article text.

This is the part of the date grammar that needs no anchor; the
time-expression tagger (``timex.py``) reads full dates in the body through a
:class:`DateGrammar` too, so a byline and a sentence give the same reading.

"12 September 2023", "Senin, 11 September 2023 10:15 WIB", "9/11/2023",
"Kompas.com - 18/06/2025, 21:35 WIB", "Diperbarui 18 Jun 2025, 14:05 WIB".
Month, weekday and time-zone names and the clock words come from
``telisik/lang/id``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cache

from telisik.lang import mapping, table, word_list


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


def role_words(rows: Iterable[tuple[str, ...]], role: str) -> list[str]:
    """The words of one role in a ``time_words.tsv`` table (role <TAB> word)."""
    return [row[1] for row in rows if row[0] == role]


# ---------------------------------------------------------------- faster scanning


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, a space matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def starting_with(pattern: str, flags: int, openers: Iterable[str]) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead for the first characters of ``openers``.

    ``finditer`` tries a pattern at every position of the text; a pattern that
    opens with ``\\b`` and optional alternations ("hari", weekday names, ...)
    does real work at each word before failing. ``openers`` are what a match
    can start with: the words the pattern's first alternatives are built from,
    ``"0"`` for a digit (``\\d``). The lookahead is one class test, compiled with
    the pattern's flags (so case folds as the pattern does), and it only
    refuses positions where no match can start: the matches are the same.
    """
    initials = {w[0] for w in openers if w}
    digit = bool(initials & set("0123456789"))
    cls = "".join(re.escape(c) for c in sorted(initials - set("0123456789"))) + (r"\d" if digit else "")
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


DIGIT = "0"  # the opener of a pattern that starts with a digit


# ---------------------------------------------------------------- the grammar of full dates


class DateGrammar:
    """The regular expressions of full dates, built from month, weekday and zone names and clock words."""

    def __init__(
        self,
        months: Mapping[str, int],
        weekdays: Mapping[str, int],
        zones: Mapping[str, str],
        clock_words: Iterable[str],
        year: str = r"(?:19|20)\d\d",
    ) -> None:
        self.months, self.weekdays, self.zones = dict(months), dict(weekdays), dict(zones)
        time = (
            rf"(?:[\s,|-]*(?:{alternation(clock_words)})?\s*(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?:[:.][0-5]\d)?"
            rf"\s*(?P<zone>{alternation(self.zones)})?\b)?"
        )
        weekday = rf"(?:(?P<wd>{alternation(self.weekdays)})\s*,?\s*)?"
        flags = re.IGNORECASE
        self.regexes = {
            # 12 September 2023 / Senin, 11 Sep. 2023 10:15 WIB
            "dmy": starting_with(
                rf"\b{weekday}(?P<d>[0-3]?\d)\s+(?P<mon>{alternation(self.months)})\.?,?\s+(?P<y>{year})(?!\d{{2}}){time}",
                flags,
                [*self.weekdays, DIGIT],
            ),
            # September 12, 2023
            "mdy": starting_with(
                rf"\b(?P<mon>{alternation(self.months)})\.?\s+(?P<d>[0-3]?\d),?\s+(?P<y>{year})(?!\d{{2}}){time}", flags, self.months
            ),
            # 2023-09-12T10:15
            "iso": starting_with(
                rf"\b(?P<y>{year})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?", 0, [DIGIT]
            ),
            # 18/06/2025, 21:35 WIB. The year may run into following digits in
            # scraped bylines ("9/11/20231 min read"), so no trailing boundary.
            "num": starting_with(
                rf"(?<![\d/]){weekday}(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)[/.-](?P<y>{year}){time}", flags, [*self.weekdays, DIGIT]
            ),
        }

    def find(self, text: str) -> list[tuple[int, int, DateStamp]]:
        """Every full date (day, month and year) in ``text`` with its span."""
        found: list[tuple[int, int, DateStamp]] = []
        for kind in ("dmy", "mdy", "iso", "num"):
            for m in self.regexes[kind].finditer(text):
                if any(m.start() < e and s < m.end() for s, e, _ in found):
                    continue
                stamp = self._read(kind, m)
                if stamp:
                    found.append((m.start(), m.end(), stamp))
        found.sort(key=lambda t: t[0])
        return found

    def _read(self, kind: str, m: re.Match[str]) -> DateStamp | None:
        y = int(m["y"])
        if kind in ("dmy", "mdy"):
            day = safe_date(y, self.months[m["mon"].lower().rstrip(".")], int(m["d"]))
            return self._stamp(m, day) if day else None
        if kind == "iso":
            day = safe_date(y, int(m["m"]), int(m["d"]))
            return self._stamp(m, day) if day else None
        a, b = int(m["a"]), int(m["b"])
        dm = safe_date(y, b, a)  # Indonesian order: day/month
        md = safe_date(y, a, b)
        if dm and md and dm != md:
            return self._stamp(m, dm, (md,))
        found = dm or md
        return self._stamp(m, found) if found else None

    def _stamp(self, match: re.Match[str], day: date, ambiguous: tuple[date, ...] = ()) -> DateStamp:
        groups = match.groupdict()
        hour = int(groups["hh"]) if groups.get("hh") else None
        minute = int(groups["mm"]) if groups.get("mm") else None
        zone = self.zones.get((groups.get("zone") or "").upper())
        weekday = self.weekdays.get(re.sub(r"\s+", " ", groups["wd"].lower())) if groups.get("wd") else None
        return DateStamp(day, hour, minute, zone, ambiguous, weekday)


@cache
def _grammar() -> DateGrammar:
    """The page reader's date grammar, from the package's language files."""
    return DateGrammar(month_numbers(), weekday_numbers(), zone_offsets(), role_words(table("id", "time_words.tsv"), "byline_clock"))


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, DateStamp]]:
    """Every full date (day, month and year) in ``text`` with its span."""
    return _grammar().find(text)


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


@cache
def local_zone() -> timezone:
    """The zone Indonesian outlets date their pages in (``local_zone.txt``, an offset of ``timezones.tsv``)."""
    name = next(iter(word_list("id", "local_zone.txt")))
    offset = datetime.fromisoformat("2000-01-01T00:00" + zone_offsets()[name]).utcoffset() or timedelta(0)
    return timezone(offset)


def in_stated_zone(iso: str, raw: str) -> str:
    """``iso`` in the zone its outlet's own date string names, when the two give the same day and clock time.

    A scraper that parses "Tayang: Selasa, 10 Juni 2025 00:08 WITA" with a WIB-only rule writes 00:08+07:00: the
    clock time the page shows, in the wrong zone. The page's zone is kept (00:08+08:00), so the day stays the one
    the page states.
    """
    found = find_dates(raw)
    stated = found[0][2] if found else None
    if stated is None or stated.hour is None or stated.zone is None:
        return iso
    try:
        stamp = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    same_clock = (stamp.date(), stamp.hour, stamp.minute) == (stated.day, stated.hour, stated.minute or 0)
    return stated.iso() if stamp.tzinfo is not None and same_clock else iso


def parse_iso(value: str) -> str | None:
    """An ISO date or datetime string from metadata, normalised, or None.

    A time given in UTC is written in the outlets' local zone (WIB): the same
    instant, on the day the page itself shows ("2016-02-16T20:10Z" is the 17th
    in Jakarta). A time with another offset keeps it.
    """
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = find_dates(value)
        return found[0][2].iso() if found else None
    if len(value) <= 10:
        return dt.date().isoformat()
    if dt.utcoffset() == timedelta(0):
        dt = dt.astimezone(local_zone())
    return dt.isoformat(timespec="minutes")

"""Days and months of the Hijri calendar as Gregorian dates: Indonesia's, the Umm al-Qura calendar of ``hijridate``
where the government's isbat does not set a month otherwise.

"10 Dzulhijjah 1446 H" is 6 June 2025; "1 Muharram 1447 H" is 27 June 2025 in Indonesia (26 June by Umm al-Qura). A
Hijri date without a year is the one nearest the anchor. The library covers 1343-1500 AH (1924-2077): outside that,
and on a day a month does not have, there is no date.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from hijridate import Gregorian, Hijri


class HijriCalendar:
    """The Umm al-Qura calendar with the months whose first day ``starts`` (by Hijri year and month) sets otherwise."""

    def __init__(self, starts: Mapping[tuple[int, int], date]) -> None:
        self.starts = dict(starts)

    def month_start(self, year: int, month: int) -> date | None:
        """The first Gregorian day of a Hijri month; None outside the library's years."""
        if (year, month) in self.starts:
            return self.starts[(year, month)]
        try:
            found = Hijri(year, month, 1).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return date(found.year, found.month, found.day)

    def month(self, year: int, month: int) -> tuple[date, date] | None:
        """The first and last Gregorian days of a Hijri month; None outside the library's years."""
        first = self.month_start(year, month)
        after = self.month_start(year + month // 12, month % 12 + 1)
        return (first, after - timedelta(days=1)) if first and after else None

    def day(self, year: int, month: int, day: int) -> date | None:
        """The Gregorian day of a Hijri date; None where the month has no such day or the library no such year."""
        span = self.month(year, month)
        if not span or day < 1:
            return None
        found = span[0] + timedelta(days=day - 1)
        return found if found <= span[1] else None

    def nearest_day(self, month: int, day: int, anchor: date, tense: str | None) -> tuple[int, date] | None:
        """The Hijri year and Gregorian day of "day month" nearest ``anchor``: of the anchor's Hijri year, the one
        before or the one after; a reported one ("past") on or before it, a scheduled one on or after it, where one is."""
        year = hijri_year_of(anchor)
        if year is None:
            return None
        options = [(y, d) for y in (year - 1, year, year + 1) if (d := self.day(y, month, day))]
        if tense == "past":
            options = [o for o in options if o[1] <= anchor] or options
        elif tense == "future":
            options = [o for o in options if o[1] >= anchor] or options
        return min(options, key=lambda o: abs((o[1] - anchor).days), default=None)

    def last_month(self, month: int, anchor: date) -> tuple[date, date] | None:
        """The first and last Gregorian days of the latest Hijri ``month`` ended before ``anchor`` ("Ramadan kemarin"
        said in June 2025 is 1-30 March 2025, said in March 2025 the Ramadan of 2024); None outside the library's years."""
        year = hijri_year_of(anchor)
        if year is None:
            return None
        spans = [s for y in (year, year - 1) if (s := self.month(y, month)) and s[1] < anchor]
        return spans[0] if spans else None

    def year_in(self, gregorian_year: int, month: int, day: int = 1) -> int | None:
        """The Hijri year whose "day month" falls in a Gregorian year ("1 Ramadan 2025", "Dzulhijjah 2025": of
        1446 AH); the first of the two where a year holds two; None where none does or the library has no such year."""
        try:
            first = hijri_year_of(date(gregorian_year, 1, 1))
        except ValueError:
            return None
        if first is None:
            return None
        return next((y for y in (first, first + 1) if (d := self.day(y, month, day)) and d.year == gregorian_year), None)


def hijri_year_of(day: date) -> int | None:
    """The Umm al-Qura Hijri year a Gregorian day is in; None outside the library's years."""
    try:
        return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
    except (ValueError, OverflowError):
        return None

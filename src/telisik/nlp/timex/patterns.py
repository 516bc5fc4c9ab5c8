"""The timex rules' regular expressions, each assembled from the grammar's word lists.

``Pieces`` holds the alternations built from one word list each; every rule
builder turns them into a ``RuleText``: its pattern and the words a match can
start with (its gate). ``RULES`` lists the rules in priority order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from telisik.nlp.timex.lexicon import Lexicon, TimexSettings
from telisik.pages.dates import DIGIT, alternation, starting_with

# the seconds of a clock written with them ("pukul 23.55.05 WIB", "04:17:32 WIB"): read past, so that the minute and
# the second are not taken for the hour and the minute; a timex is precise to the minute
SECONDS = r"(?:[.:][0-5]\d)?"
# a bare clock right after a date written day-month-year short ("09-Jun-25 23:55:06 WIB", BMKG's quake notices), a
# date no rule reads: the clock alone would be dated by the anchor, not by that date, so it is left unread
NO_SHORT_DATE = r"(?<!\d-[A-Za-z]{3}-\d\d\s)"
# where a clock ends: no more digits; a full stop after it ends the sentence ("sekitar pukul 21.34.") unless a digit
# follows it, the rest of a longer number ("pukul 1.234" is no clock)
CLOCK_END = r"(?![\d:]|\.\d)"
# the end of a range written with seconds, never before a full stop: "pukul 13.30-15.49.59." is a start and a
# lap time, not a range
SECONDS_THEN_END = r"[.:][0-5]\d(?![\d.:])"
# a weekday's date whose bracket was never closed: only after a four-digit year that no range or other date goes on
# from ("Selasa (3/6/2025. Polisi", "Kamis (19/6/2025Lebih lanjut", a page's next sentence glued on); "(3/6" alone
# may go on
UNCLOSED_AFTER_YEAR = r"(?(y)(?<=\d{4})(?![\d/]|\s*[-–—])|(?!))"


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
            rf"(?:\s*,?\s*(?:{self.w('clock')})\s*(?P<hh>2[0-3]|[01]?\d)(?:[.:](?P<mm>[0-5]\d){SECONDS})?"
            rf"(?:\s*(?P<zone>{self.zone})\b)?)?"
        )


@dataclass(frozen=True)
class RuleText:
    """A rule's pattern and what a match of it can start with (its gate)."""

    name: str
    pattern: str
    openers: tuple[str, ...]


def _weekday_bracket(p: Pieces) -> RuleText:
    # Senin (11/9), Selasa malam (18/6/2024), Rabu (13/9/2023) silam; "Senin (16//6/2025)" is a typing slip, and so is
    # a bracket left open after a written year ("Selasa (3/6/2025. Polisi ..."): the year ends the date all the same
    pattern = (
        rf"\b(?:(?:{p.w('day_noun')})\s+)?(?P<wd>{p.wd})(?:\s+(?P<pod>{p.pod}))?\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*//?\s*(?P<m>\d{{1,2}})"
        rf"(?:\s*//?\s*(?P<y>\d{{4}}|\d{{2}}))?(?:\s*\)(?:\s+(?P<pod2>{p.pod})\b)?|{UNCLOSED_AFTER_YEAR})"
    )
    return RuleText("weekday_bracket", pattern, (*p.lx.role("day_noun"), *p.lx.weekdays))


def _weekday_range_bracket(p: Pieces) -> RuleText:
    # Selasa-Kamis (10-12/6/2025), Senin dan Selasa (16-17/6), Jumat-Senin (28/2-3/3)
    pattern = (
        rf"\b(?:(?:{p.w('day_noun')})\s+)?(?P<wd1>{p.wd})(?:{p.dash}|\s+(?:{p.w('range_and')})\s+)(?P<wd2>{p.wd})\s*,?\s*\("
        rf"\s*(?P<d1>\d{{1,2}})(?:\s*/\s*(?P<m1>\d{{1,2}}))?\s*[-–—]\s*(?P<d2>\d{{1,2}})\s*/\s*(?P<m2>\d{{1,2}})"
        rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)"
    )
    return RuleText("weekday_range_bracket", pattern, (*p.lx.role("day_noun"), *p.lx.weekdays))


def _range(p: Pieces) -> RuleText:
    # 10-13 September, 10 hingga 13 September 2023, 28 Agustus - 2 September, 12-15 Februari tahun 2025
    pattern = (
        rf"\b(?:(?:{p.w('range_opener')})\s+)?(?P<d1>[0-3]?\d)(?:\s+(?P<mon1>{p.mon})\.?(?:\s+(?P<y1>{p.year}))?)?"
        rf"(?:{p.dash}|\s+(?:{p.w('range_and')})\s+(?=[0-3]?\d\s+(?:{p.mon})))(?P<d2>[0-3]?\d)\s+(?P<mon2>{p.mon})\b\.?"
        rf"(?:\s+(?:(?:{p.w('year_noun')})\s+)?(?P<y2>{p.year})\b)?"
    )
    return RuleText("range", pattern, (*p.lx.role("range_opener"), DIGIT))


def _day_month(p: Pieces) -> RuleText:
    # (Senin,) 25 April (2019) (pukul 10.00 WIB). After a day and a month four digits are a year of any
    # century ("22 Juni 1527", Jakarta's founding): a count that size is written with a dot ("1.500").
    # A calendar's list puts the weekday after the date, in brackets: "27 Juni (Jumat)".
    pattern = (
        rf"\b(?:(?:(?:{p.w('day_noun')})\s+)?(?P<wd>{p.wd})\s*,?\s*)?(?:(?:{p.w('date_noun')})\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{p.mon})\b\.?"
        rf"(?:\s*,?\s*(?:(?:{p.w('year_noun')})\s+)?(?P<y>{p.year}|1\d{{3}})(?!\d))?(?:\s*\(\s*(?P<wd_after>{p.wd})\s*\))?{p.clock_time}"
    )
    return RuleText("day_month", pattern, (*p.lx.role("day_noun"), *p.lx.weekdays, *p.lx.role("date_noun"), DIGIT))


def _month_range(p: Pieces) -> RuleText:
    # Januari hingga Mei 2024, Maret-April 2023
    pattern = rf"\b(?P<mon1>{p.mon_full})(?:\s+(?P<y1>{p.year}))?{p.dash}(?P<mon2>{p.mon_full})\s+(?P<y2>{p.year})\b"
    return RuleText("month_range", pattern, p.lx.months_full)


def _month_week(p: Pieces) -> RuleText:
    # pekan kedua Juni 2025, minggu ke-3 bulan Mei, pekan terakhir Juli
    pattern = (
        rf"\b(?P<unit>{p.w('week_noun')})\s+(?:{p.ordinal_digits}(?P<n>\d)|(?P<ord>{p.ords})|(?P<last>{p.w('last_week_of_month')}))"
        rf"\s+(?:(?:{p.w('month_noun')})\s+)?(?P<mon>{p.mon_full})\b(?:\s+(?:(?:{p.w('year_noun')})\s+)?(?P<y>{p.year})\b)?"
    )
    return RuleText("month_week", pattern, p.lx.role("week_noun"))


def _month_year(p: Pieces) -> RuleText:
    # September 2023, bulan Februari 2022, awal Juni 2024
    pattern = (
        rf"\b(?:(?P<mod>{p.mods})\s+)?(?:(?:{p.w('month_noun')})\s+)?(?P<mon>{p.mon_full})\s+(?:(?:{p.w('year_noun')})\s+)?"
        rf"(?P<y>{p.year})\b"
    )
    return RuleText("month_year", pattern, (*p.lx.modifiers, *p.lx.role("month_noun"), *p.lx.months_full))


def _month(p: Pieces) -> RuleText:
    # pada September, bulan Juni lalu, awal Agustus; September tahun lalu, pada Maret tahun depan
    year = rf"\s+(?:{p.w('year_noun')})\s+(?P<{{}}>{p.w('month_year_direction')})\b"
    pattern = (
        rf"\b(?:(?:(?P<mod>{p.mods})|(?P<pre>{p.w('month_preposition')}))\s+"
        rf"(?:(?:{p.w('month_noun')})\s+)?(?P<mon>{p.mon_full})\b(?:{year.format('ydir')}|\s+(?P<dir>{p.w('month_direction')})\b)?"
        rf"|(?P<mon_b>{p.mon_full})(?:{year.format('ydir_b')}|\s+(?P<dir_b>{p.w('bare_month_direction')})\b))"
    )
    return RuleText("month", pattern, (*p.lx.modifiers, *p.lx.role("month_preposition"), *p.lx.months_full))


def _year(p: Pieces) -> RuleText:
    # tahun 2019, pada 2019, sejak tahun 2000, 1990-an, 2020-2023, the season 2024/25
    pattern = (
        rf"\b(?:(?P<mod>{p.mods})\s+)?(?P<era>(?:{p.w('era_noun')})\s+)?(?P<y>{p.year})(?P<decade>{p.w('decade_suffix')})?"
        rf"(?:{p.dash}(?P<y2>{p.year})|/(?P<season>\d\d(?:\d\d)?))?\b(?:\s+(?P<dir>{p.w('year_direction')})\b)?"
    )
    return RuleText("year", pattern, (*p.lx.modifiers, *p.lx.role("era_noun"), DIGIT))


def _short_year(p: Pieces) -> RuleText:
    # "sejak tahun 72", "pada era 80-an": two digits after a year's noun, read only behind a cue word
    pattern = (
        rf"\b(?P<cue>{alternation(p.lx.year_cues)})\s+(?P<noun>{p.w('era_noun')})\s+(?P<yy>\d\d)(?P<decade>{p.w('decade_suffix')})?"
        rf"\b(?![.,:/]\d)"
    )
    return RuleText("short_year", pattern, tuple(p.lx.year_cues))


def _period_part(p: Pieces) -> RuleText:
    # kuartal ketiga (2023), semester I tahun ini
    year_noun = p.w("year_noun")
    pattern = (
        rf"\b(?P<part>{p.parts})\s+(?:{p.ordinal_digits}(?P<n>\d)|(?P<ord>{p.ords}))\b(?:\s+(?:(?:{year_noun})\s+)?(?P<y>{p.year})\b"
        rf"|\s+(?:{year_noun})\s+(?P<dir>{p.w('year_part_direction')})\b)?"
    )
    return RuleText("period_part", pattern, tuple(p.lx.period_parts))


def _relative_day(p: Pieces) -> RuleText:
    # kemarin, hari ini, besok pagi, lusa; "besok Selasa" names the day twice (a capitalised weekday that no date
    # follows: "besok Selasa 10 Juni 2025" leaves the date to the date's rule)
    weekday = alternation(w[0].upper() + w[1:] for w in p.lx.weekdays)
    pattern = (
        rf"\b(?P<rel>{alternation(p.lx.relative_days)})\b(?:\s+(?-i:(?P<wd>{weekday}))\b(?!\s*,?\s*\(?\s*\d))?"
        rf"(?:\s+(?P<pod>{p.pod})\b)?"
    )
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
    # dua hari lalu, tiga pekan mendatang, empat tahun terakhir, beberapa hari mendatang, setahun lalu; a scale word
    # after digits is that number's ("3 ribu tahun lalu", "3,7 miliar tahun lalu"), no count of its own
    scales = alternation(w for w, (kind, _) in p.lx.numbers.items() if kind == "mult")
    pattern = (
        rf"(?<![-\w])(?!(?<=\d\s)(?:{scales})\b)(?:(?P<n>{p.num}|{p.fuzzy})\s+(?P<unit>{p.unit})|(?P<one>{p.one_unit}))\b"
        rf"(?:\s+(?P<dir>{p.directions})\b)?"
    )
    return RuleText("count", pattern, (DIGIT, *p.lx.numbers, *p.lx.one_units))


def _ordinal_count(p: Pieces) -> RuleText:
    # memasuki hari ke-559, hingga tahun kedua: a word of how far the count has come first
    pattern = (
        rf"\b(?:{p.w('counted_reach')})\s+"
        rf"(?P<unit>{p.w('counted_unit')})\s+(?:{p.ordinal_digits}(?P<n>\d+)\b|(?P<ord>{p.ords})\b)(?!\s+(?:{p.mon}))"
    )
    return RuleText("ordinal_count", pattern, p.lx.role("counted_reach"))


def _set(p: Pieces) -> RuleText:
    # setiap tahun, tiap Senin, setiap pagi; dua kali sehari
    pattern = (
        rf"\b(?:(?P<every>{alternation(p.lx.set_words)})\s+(?P<what>{p.unit}|{p.wd}|{p.pod})(?:{p.w('set_suffix')})?"
        rf"|(?P<n>{p.num})\s+(?:{p.w('times')})\s+(?P<per>{p.one_unit}))\b"
    )
    numbers = (w for w, (kind, _) in p.lx.numbers.items() if kind != "fuzzy")
    return RuleText("set", pattern, (*p.lx.set_words, DIGIT, *numbers))


def _time(p: Pieces) -> RuleText:
    # pukul 10.00 WIB, jam 7 malam, 19.30 WITA, pukul 3 pagi hari ini, pukul 09.00 – 10.30 WIT, 13:40-14:10 WIB
    pattern = (
        rf"\b(?:(?:{p.w('clock')})\s*(?P<hh>2[0-4]|[01]?\d)(?:[.:](?P<mm>[0-5]\d){SECONDS})?{CLOCK_END}"
        rf"|(?<![\d.:]){NO_SHORT_DATE}(?P<hh2>2[0-4]|[01]?\d)[.:](?P<mm2>[0-5]\d){SECONDS}"
        rf"(?=(?:{p.dash}(?:2[0-4]|[01]?\d)[.:][0-5]\d)?\s*(?:{p.zone})\b))"  # "19.30 WITA", "13:40-14:10 WIB"
        rf"(?:{p.dash}(?:(?:{p.w('clock')})\s*)?(?P<hh_end>2[0-4]|[01]?\d)[.:](?P<mm_end>[0-5]\d)(?:{SECONDS_THEN_END}|{CLOCK_END}))?"
        rf"(?:\s+(?P<pod>{p.pod}))?(?:\s*(?P<zone>{p.zone}|{p.w('local_time')})\b)?"
        rf"(?:\s+(?P<rel>{alternation(p.lx.relative_days)})\b)?"
    )
    return RuleText("time", pattern, (*p.lx.role("clock"), DIGIT))


def _weekday(p: Pieces) -> RuleText:
    # hari Rabu, pada Senin, Selasa malam, Rabu pekan lalu; not "hari Minggu ketiga di bulan Juni", one of a month's
    pattern = (
        rf"\b(?:(?P<day_noun>{p.w('day_noun')})\s+)?(?P<wd>{p.wd})\b(?!\s+(?:{p.ords})\b)(?:\s+(?P<pod>{p.pod})\b)?"
        rf"(?:\s+(?:{p.w('week_noun')})\s+(?P<week>{p.w('unit_direction')})\b)?"
    )
    return RuleText("weekday", pattern, (*p.lx.role("day_noun"), *p.lx.weekdays))


def _hijri_date(p: Pieces) -> RuleText:
    # 10 Dzulhijjah 1446 H, tanggal 11, 12 dan 13 Dzulhijjah, 10-13 Zulhijah, 1 Syawal; Ramadan 1446 H, bulan Muharram 1447;
    # a Gregorian year after one: "13 Dzulhijjah 2025", "Ramadan 2025"
    hijri = alternation(p.lx.hijri_months())
    suffix, year_noun = p.w("hijri_year_suffix"), p.w("year_noun")

    def year(name: str) -> str:
        return rf"(?:(?:{year_noun})\s+)?(?P<{name}>\d{{4}})(?!\d)(?:\s*(?:{suffix})\b)?"

    more = rf"(?:\s*,\s*(?:(?:{p.w('range_and')})\s+)?|\s+(?:{p.w('range_and')})\s+|{p.dash})[0-3]?\d(?!\d)"
    # a day glued to the word before it or to its month, as pages run them together ("Islam1 Muharram", "10Dzulhijjah");
    # not a number's end after a hyphen ("COVID-19 Ramadan")
    pattern = (
        rf"(?:\b(?:{p.w('date_noun')})\s+|(?<![\d-]))(?P<days>[0-3]?\d(?!\d)(?:{more})*)\s*(?P<mon>{hijri})\b(?:\s*,?\s*{year('y')})?"
        rf"|\b(?:(?:{p.w('month_noun')})\s+)?(?P<mon_y>{hijri})\s+{year('y_m')}"
        # "bulan Ramadan kemarin", "Syawal lalu": the last such month
        rf"|\b(?:(?:{p.w('month_noun')})\s+)?(?P<mon_d>{hijri})\s+(?:{p.w('hijri_past_direction')})\b"
    )
    return RuleText("hijri_date", pattern, (*p.lx.role("date_noun"), *p.lx.role("month_noun"), *p.lx.hijri_months(), DIGIT))


def _day_of_month(p: Pieces) -> RuleText:
    # tanggal 17; not "tanggal 10 Dzulhijjah" nor "tanggal 11, 12 dan 13 Dzulhijjah", days of another calendar
    months = alternation((*p.lx.role("other_calendar_month"), *p.lx.hijri_months()))
    other = rf"(?:\s*,?\s*(?:(?:{p.w('range_and')})\s+)?[0-3]?\d\b)*\s+(?:{months})\b"
    pattern = rf"\b(?:{p.w('date_noun')})\s+(?P<d>[0-3]?\d)\b(?!\s*(?:/|{p.mon})|{other})"
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
    _weekday_bracket, _weekday_range_bracket, _range, _day_month, _hijri_date, _month_range, _month_week, _month_year, _month, _year,
    _short_year, _period_part, _relative_day, _part_of_day, _unit_relative, _count, _ordinal_count, _set, _time, _weekday, _day_of_month,
    _vague, _century,
)  # fmt: skip


def not_timex(p: Pieces) -> RuleText:
    return RuleText("not_timex", rf"\b(?:{alternation(p.lx.not_timex)})\b", tuple(p.lx.not_timex))


def named_date(p: Pieces) -> RuleText:
    # "Universitas 17 Agustus 1945", "Jl. 17 Agustus", "Jalan 10-12 Mei": the whole date belongs
    # to the name, so no rule may take any part of it
    pattern = (
        rf"(?<!\w)(?:{alternation(p.lx.name_prefixes)})\s+(?:[0-3]?\d(?:\s*[-–—]\s*[0-3]?\d)?\s+(?:{p.mon})\b\.?(?:\s+{p.year}\b)?"
        rf"|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}})"
    )
    return RuleText("named_date", pattern, tuple(p.lx.name_prefixes))


def compiled(rule: RuleText) -> re.Pattern[str]:
    return starting_with(rule.pattern, re.IGNORECASE, rule.openers)

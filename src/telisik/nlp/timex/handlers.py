"""What each timex rule's match means: a ``Candidate`` whose resolver computes its value from the anchor.

``RuleHandlers`` has one handler per rule of ``patterns.RULES`` (the
method ``_<rule name>``) and the checks they share around a match: the tense of
its clause, the nearest year or month to the anchor, the hour of a part of the day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any

from telisik.nlp.timex.hijri import HijriCalendar
from telisik.nlp.timex.lexicon import Lexicon, TimexSettings, read_number
from telisik.nlp.timex.patterns import Pieces
from telisik.nlp.timex.values import STATED_DAY, Candidate, Reference, Value, duration, precision_of, shift, shift_months
from telisik.pages.dates import DateStamp, alternation, safe_date
from telisik.records.timex import TimexAnchor


def _no_value(anchor: TimexAnchor | None) -> Value:
    return Value(None)


def _as_int(amount: float | None) -> int:
    return int(amount or 0)


# how far a direction word moves a period: "bulan lalu" one back, "tahun depan" one ahead
_STEP = {"past": -1, "present": 0, "future": 1}
# how far before a match the end-anchored "what comes right before" patterns look: a word and its spaces
BEFORE_REACH = 60


def _right_before(pattern: re.Pattern[str], text: str, at: int) -> re.Match[str] | None:
    """``pattern`` (anchored at its end, ``$``) matched just before ``at``: only the last ``BEFORE_REACH`` characters are
    searched, not the text from its start at every match of a long article."""
    return pattern.search(text, max(0, at - BEFORE_REACH), at)

Handler = Callable[[re.Match[str], str], Candidate | None]


# the digits of an amount before its scale word ("145 " in "USD 145 miliar"), and the space after them
_AMOUNT_DIGITS = re.compile(r"[\d.,]+\s*$")


class RuleHandlers:
    """The rules' handlers over one lexicon and settings."""

    def __init__(self, lx: Lexicon, settings: TimexSettings, p: Pieces) -> None:
        self.lx = lx
        self.settings = settings
        self._compile_cues(p)

    def handler(self, rule: str) -> Handler:
        """The handler of the rule named ``rule``."""
        found: Handler = getattr(self, f"_{rule}")
        return found

    def _compile_cues(self, p: Pieces) -> None:
        """The small patterns the rules' handlers check around a match."""
        flags = re.IGNORECASE
        self._clause_start = re.compile(r"[,.;:!?\n\"“”()]")
        self._cue = re.compile(rf"\b(?:{alternation(self.lx.tense_cues)})\b", flags)
        self._tense_after = re.compile(rf"\s+({p.w('tense_after')})\b", flags)
        self._identifier_before = re.compile(rf"\b(?:{p.w('identifier')})\s*$", flags)
        self._amount_before = re.compile(rf"(?<!\w)(?:{p.w('amount_before')})\s*$", flags)
        self._pod_before = re.compile(rf"\b(?P<pod>{p.pod})\s+$", flags)
        self._quantity_after = re.compile(rf"\s*(?:{p.w('quantity')})\b", flags)
        self._weekday_direction = re.compile(rf"\s+(?:{p.w('weekday_direction')})\b", flags)
        self._year_number = re.compile(p.year)
        joiner = p.w("list_joiner")
        # the year before this one in a list: "2015 dan ", "2013, 2016, dan "
        self._year_list = re.compile(rf"(?<!\d){p.year}\s*(?:,\s*(?:(?:{joiner})\s+)?|\s+(?:{joiner})\s+)$", flags)
        self._number_before = re.compile(rf"(?<![\w-])(?!{p.year}\s)(?:{p.num})\s+$", flags)
        self._count_words = frozenset(self.lx.role("count_before"))
        # an age's cue, perhaps with the lower end of a range of ages: "berusia ", "usia 24 hingga "
        self._age_before = re.compile(rf"\b(?:{p.w('age_cue')})\s+(?:[^\s.;:!?]+\s+){{0,3}}$", flags)
        self._age_after = re.compile(rf"\s+(?:{p.w('age_after')})\b", flags)
        # a person right before the count ("pemain 23 tahun"), or a name's bracket ("Sofian (27 tahun)"): an age
        # ... unless a word of holding the role comes before it ("menjadi pelatih 5 tahun": how long, no age)
        self._age_noun_before = re.compile(rf"(?:\b(?P<held>{p.w('age_noun_not_after')})\s+)?\b(?:{p.w('age_noun')})\s+$", flags)
        # a name's bracket around a count of years: "Sofian (27 tahun)"; not an acronym's ("KUHP (5 tahun)")
        self._age_bracket_before = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*\s*\(\s*$")
        self._lower_case_words = frozenset(self.lx.role("lower_case_word"))
        self._month_nouns = frozenset(self.lx.role("month_noun"))
        self._hijri_months = self.lx.hijri_months()
        self._hijri = HijriCalendar(self.lx.hijri_month_starts)
        # a feast named right before a relative day: "libur Iduladha kemarin" is the last such feast, no yesterday
        self._season_before = re.compile(rf"\b(?:{p.w('season_name')})\s+$", flags)
        self._week_weekdays = frozenset(self.lx.role("week_weekday"))
        self._sunday_cues = frozenset(self.lx.role("sunday_cue"))
        self._name_month_directions = frozenset(self.lx.role("name_month_direction"))
        self._name_word_before = re.compile(r"(?<![.!?:;\n\"“”'(\-–—]\s)(?<!^)\b[A-Z][a-z]+\s+$")
        # a weekday said after a comma that ends its sentence: "..., kata Sri, Minggu."
        self._attribution_day = re.compile(r"\w,\s+$")
        self._sentence_end_after = re.compile(r"\s*(?:[.;]|$)")
        self._day_noun_before = re.compile(rf"\b(?:{p.w('day_noun')})\s+$", flags)
        # what may come right before a sentence's first word; a dateline ends in a dash: "JAKARTA - Minggu ini, ..."
        self._sentence_start_before = re.compile(r"(?:^|[.!?:;\n\"“”'(\-–—]\s*)$")
        self._clock_words = frozenset(self.lx.role("clock"))
        self._earlier_words = frozenset(self.lx.role("day_part_before"))
        self._anaphoric = frozenset(self.lx.role("anaphoric_direction"))
        self._duration_before = re.compile(rf"\b(?:{p.w('duration_cue')})\s+$", flags)
        # one end of a span of weekdays, a schedule rather than a day: "buka Senin-Jumat", "setiap Senin hingga Kamis"
        span = rf"\s*(?:[-–—]|\s(?:{p.w('range_joiner')})\s)\s*"
        self._span_before = re.compile(rf"\b(?:{p.wd}){span}$", flags)
        self._span_after = re.compile(rf"{span}(?:{p.wd})\b", flags)
        # the weekdays before this one in a list that a recurring word leads: "setiap Selasa, Kamis, dan "
        self._set_list_before = re.compile(
            rf"\b(?:{alternation(self.lx.set_words)})\s+(?:(?:{p.w('day_noun')})\s+)?(?:{p.wd})(?:\s*,\s*(?:{p.wd}))*"
            rf"\s*(?:,\s*(?:(?:{joiner})\s+)?|\s+(?:{joiner})\s+)$",
            flags,
        )
        # the date a weekday names a few words on: "pada Sabtu menjelang tengah malam, 12 April 2025"
        self._date_after = re.compile(
            rf"(?:\s+[^\s\d,.;:!?()\"“”]+){{0,4}}?\s*,?\s*(?P<d>\d{{1,2}})\s+(?P<mon>{p.mon})\b(?:\s+(?P<y>{p.year})\b)?", flags
        )

    def parse_number(self, text: str) -> float | None:
        return read_number(text, self.lx.numbers)

    # ------------------------------------------------------------------ helpers

    def _tense(self, text: str, start: int, end: int) -> str | None:
        """Whether the clause around a date schedules it (future) or reports it (past).

        The nearest cue before the date in its clause wins ("akan bertemu pada
        Rabu"); a cue right after it ("30 Agustus lalu") overrides.
        """
        after = self._tense_after.match(text[end : end + 16])
        if after:
            # "Rabu depan": "depan" is a direction after a date, and no cue before one ("di depan gedung")
            word = after[1].lower()
            return self.lx.tense_cues.get(word) or self.lx.directions.get(word)
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

    def _weekday_range_bracket(self, m: re.Match[str], text: str) -> Candidate | None:
        d1, d2, m2 = int(m["d1"]), int(m["d2"]), int(m["m2"])
        m1 = int(m["m1"]) if m["m1"] else m2
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0) if m["y"] else None
        if not (safe_date(2000, m1, d1) and safe_date(2000, m2, d2)):
            return None

        def resolve(anchor: TimexAnchor | None) -> Value:
            if year is not None:
                end, relative = safe_date(year, m2, d2), False
            elif anchor:
                end, relative = self._nearest_year(m2, d2, anchor.day, None), True
            else:
                return Value(None)
            start = safe_date(end.year - (1 if (m1, d1) > (m2, d2) else 0), m1, d1) if end else None
            if not start or not end:
                return Value(None)
            return Value(f"{start.isoformat()}/{end.isoformat()}", relative)

        full = safe_date(year, m2, d2) if year else None
        return Candidate(m.start(), m.end(), "DATE", resolve, "weekday_range_bracket", full=full,
                         partial=None if year else (m2, d2))

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
        named = m["wd"] or m["wd_after"]
        weekday = self._weekday_num(named) if named else None
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
                extra = {"weekday_mismatch": True, "weekday": named}
            value = found.isoformat()
            if hour is not None:
                value += f"T{hour:02d}:{minute}"
                if zone:
                    extra["zone"] = zone
            return Value(value, relative, extra)

        return Candidate(m.start(), m.end(), "TIME" if hour is not None else "DATE", resolve, "day_month",
                         full=full, partial=None if year else (month, day), weekday=weekday, tense=tense)

    def absolute(self, text: str, start: int, end: int, stamp: DateStamp) -> Candidate:
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

    def _hijri_year(self, year: str | None, month: int, day: int = 1) -> int | None:
        """The Hijri year a year written after a Hijri date names: itself ("1446 H"), or the one whose date falls in
        a Gregorian year ("13 Dzulhijjah 2025"); 0 for none written."""
        if not year:
            return 0
        return self._hijri.year_in(int(year), month, day) if self._year_number.fullmatch(year) else int(year)

    def _hijri_date(self, m: re.Match[str], text: str) -> Candidate | None:
        """ "10 Dzulhijjah 1446 H" (2025-06-06), "tanggal 11, 12 dan 13 Dzulhijjah" (a range of days), "Ramadan 1446 H"
        (the range of its days); without a year, the Hijri year whose date is nearest the anchor."""
        month = self._hijri_months[re.sub(r"\s+", " ", (m["mon"] or m["mon_y"] or m["mon_d"]).lower())]
        if m["mon_d"]:
            return Candidate(m.start(), m.end(), "DATE", lambda a: self._last_hijri_month(month, a), "hijri_date")
        if m["mon_y"]:
            year_of_month = self._hijri_year(m["y_m"], month)
            span = self._hijri.month(year_of_month, month) if year_of_month else None
            value = f"{span[0].isoformat()}/{span[1].isoformat()}" if span else None
            return Candidate(m.start(), m.end(), "DATE", lambda a: Value(value), "hijri_date")
        days = [int(d) for d in re.findall(r"\d+", m["days"])]
        first, last = days[0], days[-1]
        if not 1 <= first <= last <= 30:
            return None
        year = self._hijri_year(m["y"], month, first)
        tense = self._tense(text, m.start(), m.end())

        def resolve(anchor: TimexAnchor | None) -> Value:
            hijri_year = year
            if hijri_year == 0:  # no year written: the nearest
                nearest = self._hijri.nearest_day(month, first, anchor.day, tense) if anchor else None
                hijri_year = nearest[0] if nearest else None
            start = self._hijri.day(hijri_year, month, first) if hijri_year else None
            end = self._hijri.day(hijri_year, month, last) if hijri_year else None
            if not start or not end:
                return Value(None)
            return Value(start.isoformat() if first == last else f"{start.isoformat()}/{end.isoformat()}", year == 0)

        return Candidate(m.start(), m.end(), "DATE", resolve, "hijri_date", tense=tense)

    def _last_hijri_month(self, month: int, anchor: TimexAnchor | None) -> Value:
        """The days of the last Hijri ``month`` ended before the anchor: "bulan Ramadan kemarin"."""
        span = self._hijri.last_month(month, anchor.day) if anchor else None
        return Value(f"{span[0].isoformat()}/{span[1].isoformat()}", True) if span else Value(None)

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

    def _month_week(self, m: re.Match[str], text: str) -> Candidate | None:
        """ "pekan kedua Juni 2025": the month's days 8 to 14; "pekan terakhir Juni": its last seven days."""
        n = int(m["n"]) if m["n"] else self.lx.ordinals.get((m["ord"] or "").lower(), 0)
        if not (m["last"] or 1 <= n <= 5) or not m["mon"][0].isupper():
            return None
        month = self._month_num(m["mon"])
        year = int(m["y"]) if m["y"] else None
        tense = None if year else self._tense(text, m.start(), m.end())

        def resolve(anchor: TimexAnchor | None) -> Value:
            if year is not None:
                y = year
            elif anchor:
                y = self._nearest_month(month, anchor.day, tense)[0]
            else:
                return Value(None)
            length = calendar.monthrange(y, month)[1]
            first = length - 6 if m["last"] else 7 * (n - 1) + 1
            if first > length:  # "pekan kelima Februari"
                return Value(None)
            days = f"{date(y, month, first).isoformat()}/{date(y, month, min(first + 6, length)).isoformat()}"
            return Value(days, year is None)

        return Candidate(m.start(), m.end(), "DATE", resolve, "month_week")

    def _month_year(self, m: re.Match[str], text: str) -> Candidate | None:
        value = f"{int(m['y']):04d}-{self._month_num(m['mon']):02d}"
        extra = {"mod": self.lx.modifiers[m["mod"].lower()]} if m["mod"] else {}
        return Candidate(m.start(), m.end(), "DATE", lambda a: Value(value, extra=extra), "month_year")

    def _month(self, m: re.Match[str], text: str) -> Candidate | None:
        name = m["mon"] or m["mon_b"]
        if not name[0].isupper() or m["mon_b"] and re.search(r"\d\s*$", text[max(0, m.start() - 4) : m.start()]):
            return None  # "3 Januari mendatang" is a day, read by the day-month rule
        if m["dir_b"] and m["dir_b"].lower() in self._name_month_directions and _right_before(self._name_word_before, text, m.start()):
            return None  # "Global Long March ini": a month after a capitalised word, then "ini", is a name's
        month = self._month_num(name)
        start = m.start() if m["mod"] or m["mon_b"] else m.start("mon") if (m["pre"] or "").lower() not in self._month_nouns else m.start()
        direction = (m["dir"] or m["dir_b"] or "").lower()
        tense = self.lx.directions.get(direction)
        if tense not in ("past", "future"):  # "Juni ini" or no word after: the clause decides
            tense = self._tense(text, start, m.end())
        extra = {"mod": self.lx.modifiers[m["mod"].lower()]} if m["mod"] else {}
        # "September tahun lalu": the month of the year before the anchor's, whatever the clause says
        year_step = _STEP.get(self.lx.directions.get(re.sub(r"\s+", " ", (m["ydir"] or m["ydir_b"] or "").lower()), ""))

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            y, mo = (anchor.day.year + year_step, month) if year_step is not None else self._nearest_month(month, anchor.day, tense)
            return Value(f"{y:04d}-{mo:02d}", True, extra)

        return Candidate(start, m.end(), "DATE", resolve, "month")

    def _year(self, m: re.Match[str], text: str) -> Candidate | None:
        head = text[max(0, m.start() - 24) : m.start()]
        if re.search(r"\d\s+$", head) and self._identifier_before.search(head.rstrip().rstrip("0123456789")):
            return None  # "Undang-Undang Nomor 22 Tahun 2009" names a law
        if self._quantity_after.match(text[m.end() : m.end() + 10]):
            return None
        if not (m["era"] or m["mod"] or m["decade"] or m["dir"] or self._year_cued(m, text, head)):
            return None
        y = int(m["y"])
        y2 = self._second_year(y, m["y2"] or m["season"])
        extra = {"mod": self.lx.modifiers[m["mod"].lower()]} if m["mod"] else {}
        if m["decade"]:
            value = f"{y // 10:03d}"
        elif y2 > y:
            value = f"{y}/{y2}"
        else:
            value = f"{y:04d}"
        end = m.end("y2") if m["y2"] else m.end("season") if y2 > y else m.end("decade") if m["decade"] else m.end("y")
        return Candidate(m.start(), end, "DATE", lambda a: Value(value, extra=extra), "year")

    def _year_cued(self, m: re.Match[str], text: str, head: str) -> bool:
        """Whether a bare four-digit number is a year: a year's cue word, a list of years, a range, or running text.

        "pada 2019", "pada 2015 dan 2018", "Eksplorasi 2006-2008", "produksi baru 2018,"; not
        "Piala Dunia 2026 zona Asia" (a name goes on), "sebanyak 2000." (a count).
        """
        words = head.split()
        before = words[-1].lower() if words else ""
        if before in self.lx.year_cues or self._year_list.search(head):
            return True
        if head[-1:] in "/.-:" or before.rstrip(".") in self._count_words:
            return False
        if m["y2"] or m["season"]:
            return self._second_year(int(m["y"]), m["y2"] or m["season"]) > int(m["y"])  # "2006-2008" is a span of years wherever it stands
        # a year that ends its clause after a lower-case word: "produksi baru 2018,"
        return bool(words and re.fullmatch(r"[a-z]+", words[-1])) and bool(re.match(r"\s*[,.;:)]", text[m.end() : m.end() + 3]))

    @staticmethod
    def _second_year(first: int, second: str | None) -> int:
        """The end of a span of years: 2008 of "2006-2008", 2025 of the season "2024/25"; 0 without one."""
        if not second:
            return 0
        return int(second) if len(second) == 4 else first // 100 * 100 + int(second)

    def _short_year(self, m: re.Match[str], text: str) -> Candidate | None:
        if self._quantity_after.match(text[m.end() : m.end() + 10]):
            return None
        yy = int(m["yy"])

        def resolve(anchor: TimexAnchor | None) -> Value:
            # "tahun 72" said in 2025 is 1972; "tahun 20" said in 2025 is 2020
            now = anchor.day.year if anchor else 2030
            century = now // 100 * 100 - (100 if yy > now % 100 else 0)
            if m["decade"]:
                return Value(f"{(century + yy) // 10:03d}", anchor is not None)
            return Value(f"{century + yy:04d}", anchor is not None)

        # "penghujung tahun 80-an" keeps its modifier, or "penghujung tahun" (this year's end) would outgrow it
        start = m.start("cue") if m["cue"].lower() in self.lx.modifiers else m.start("noun")
        return Candidate(start, m.end(), "DATE", resolve, "short_year")

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
        if offset < 0 and self._season_before.search(text[max(0, m.start() - 30) : m.start()]):
            return None  # "Lebaran hari ini" is today's, "Lebaran kemarin" the last one
        hour = self._hour(m["pod"])
        weekday = self._weekday_num(m["wd"]) if m["wd"] else None

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            day = anchor.day + timedelta(days=offset)
            # the relative word counts from the publication date; a weekday that disagrees is noted, as a date's is
            slip = {"weekday_mismatch": True, "weekday": m["wd"]} if weekday is not None and day.weekday() != weekday else {}
            return Value(self._with_hour(day.isoformat(), hour), True, slip)

        return Candidate(m.start(), m.end(), "TIME" if hour is not None else "DATE", resolve, "relative_day")

    def _part_of_day(self, m: re.Match[str], text: str) -> Candidate | None:
        pod = m["pod"] or m["pod2"]
        hour = self._hour(pod)
        # "tadi malam" and "malam tadi" said in the day are last night
        earlier = m["earlier"] or (m["rel"] or "").lower() in self._earlier_words
        offset = -1 if earlier and hour is not None and hour >= 18 else 0

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
        if not mod and self.lx.units[unit_word] == "Y" and self._years_counted_before(text, m.start()):
            return None  # "berusia 28 tahun ini": a count of years (the count rule's), then "ini"
        if not direction and unit_word in self._week_weekdays and m["unit"][0].isupper() and not mod:
            return None
        sunday = unit_word in self._week_weekdays and self._sunday_with_direction(m.start("unit"), m["unit"], text)
        if direction and not mod and sunday:
            return None  # "hari Minggu lalu", "dibandingkan Minggu kemarin": last Sunday, the weekday rule's
        weekend = mod == "END" and self.lx.units.get(unit_word) == "W"
        unit = self.lx.units[unit_word]
        offset = _STEP.get(self.lx.directions.get(direction, "present"), 0)
        # "tahun berikutnya" after "pada 2022" is 2023
        rebase = self._shift_from_reference(1, offset, unit) if direction in self._anaphoric and not weekend and not mod else None

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            value = shift(anchor.day, offset, unit)
            if weekend and value:
                return Value(value + "-WE", True)
            return Value(value, True, {"mod": mod} if mod else {})

        return Candidate(m.start(), m.end(), "DATE", resolve, "unit_relative", rebase=rebase)

    def _years_counted_before(self, text: str, start: int) -> bool:
        """Whether a number before "tahun" at ``start`` counts the years ("berusia 28 tahun ini"); not an amount of money
        ("USD 145 miliar tahun ini", "Rp 25 miliar tahun ini": this year's sum, which the count rule leaves too)."""
        before = text[max(0, start - 30) : start]
        number = self._number_before.search(before)
        if not number:
            return False
        return not self._amount_before.search(_AMOUNT_DIGITS.sub("", before[: number.start()]))

    def _count(self, m: re.Match[str], text: str) -> Candidate | None:
        counted = self._counted(m, text)
        if counted is None:
            return None
        amount, unit, fuzzy = counted
        direction = self.lx.directions.get(re.sub(r"\s+", " ", (m["dir"] or "").lower()))
        unit_end = m.end("unit") if m["unit"] else m.end("one")
        if m["unit"] and m["unit"].lower() in self._clock_words and re.match(r"\s*[.:]\d", text[unit_end:]):
            return None  # "jam 7.30" is a clock time
        if unit in ("D", "W", "M", "Y") and self._is_age(text, m.start(), unit_end, direction, unit):
            return None  # "berusia 21 tahun", "usia 24 hingga 28 tahun", "15 tahun ke atas", "pemain 23 tahun": an age
        # "usia 31 tahun ini": the age is the duration; "ini" belongs to the sentence
        end = m.end() if direction and direction != "present" else unit_end
        if direction in ("past", "future"):
            sign = -1 if direction == "past" else 1
            cand = self._count_shifted(m.start(), end, amount, unit, fuzzy, sign)
            if (m["dir"] or "").lower() in self._anaphoric and cand.type == "DATE" and not fuzzy:
                self._count_from_the_account(cand, amount, unit, sign)
            return cand
        return self._count_unshifted(m, text, end, amount if not fuzzy else None, unit, fuzzy, direction)

    def _count_from_the_account(self, cand: Candidate, amount: float | None, unit: str, sign: int) -> None:
        """ "setahun kemudian", "dua hari sebelumnya": counted from the last date the text stated, not the anchor."""
        years = unit == "8Y"  # a windu is eight years
        cand.rebase = self._shift_from_reference(_as_int(amount) * (8 if years else 1), sign, "Y" if years else unit)
        if sign > 0:
            # "18 tahun kemudian" after a year no rule reads ("di Piala Dunia 1998. Namun, 18 tahun kemudian"): later
            # than a time the text did not state is no time counted ahead of the publication date
            cand.resolve = _no_value

    def _count_unshifted(
        self, m: re.Match[str], text: str, end: int, amount: float | None, unit: str, fuzzy: bool, direction: str | None
    ) -> Candidate | None:
        """A count that no direction moves back or ahead: a duration; a vague one ("beberapa") a reference or nothing."""
        if fuzzy and direction in ("span", "ahead"):
            ref = "PAST_REF" if direction == "span" else "FUTURE_REF"
            return Candidate(m.start(), end, "DATE", lambda a: Value(ref), "count")
        if fuzzy and not self._duration_before.search(text[max(0, m.start() - 10) : m.start()]):
            return None  # "beberapa hari" alone is too vague to be worth a value; "dalam beberapa menit" is some minutes
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
        if self._amount_before.search(text[max(0, m.start() - 6) : m.start()]):
            return None  # "USD 112.000 pekan lalu": a price, then the week it was reached
        return amount, unit, fuzzy

    @staticmethod
    def _shift_from_reference(count: int, sign: int, unit: str) -> Callable[[TimexAnchor, Mapping[str, Reference]], Value | None]:
        """ "setahun kemudian", "dua hari sebelumnya": counted from the last date the text stated that precisely."""

        def rebase(anchor: TimexAnchor, refs: Mapping[str, Reference]) -> Value | None:
            ref = refs.get(precision_of(unit))
            return Value(shift(ref.day, sign * count, unit), True) if ref else None

        return rebase

    def _is_age(self, text: str, start: int, end: int, direction: str | None = None, unit: str = "Y") -> bool:
        """An age's cue before the count or after it; or, with no direction after it ("2 tahun lalu" is a date), a
        person right before it ("pemain 23 tahun itu") or a name's bracket around it ("Sofian (27 tahun)")."""
        if self._age_before.search(text[max(0, start - 40) : start]) or self._age_after.match(text[end : end + 12]):
            return True
        if direction:
            return False
        before = text[max(0, start - 30) : start]
        noun = self._age_noun_before.search(before)
        return bool((noun and not noun["held"]) or (unit == "Y" and self._age_bracket_before.search(before)))

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
        # "memasuki hari ke-559" counts days since an event: a duration, not a date; the word before it is no part
        return Candidate(m.start("unit"), m.end(), "DURATION", lambda a: Value(duration(n, unit)), "ordinal_count")

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
        elif pod_hour is None and 0 < hour < 12 and (before := self._pod_before.search(text[max(0, m.start() - 16) : m.start()])):
            hour = self._after_part_of_day(hour, self._hour(before["pod"]))
        zone = self.lx.zones.get((m["zone"] or "").upper())
        extra = {"zone": zone} if zone else {}
        offset = self.lx.relative_days[re.sub(r"\s+", " ", m["rel"].lower())] if m["rel"] else None
        clock = f"T{hour:02d}:{minute:02d}"
        # "pukul 09.00 – 10.30 WIT": one interval of the day
        until = f"T{int(m['hh_end']):02d}:{m['mm_end']}" if m["hh_end"] else None

        def on(day: date) -> str:
            return f"{day.isoformat()}{clock}/{day.isoformat()}{until}" if until else f"{day.isoformat()}{clock}"

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(f"XXXX-XX-XX{clock}", extra=extra)
            return Value(on(anchor.day + timedelta(days=offset or 0)), True, extra)

        def rebase(anchor: TimexAnchor, refs: Mapping[str, Reference]) -> Value | None:
            # "pukul 10 pagi" in the account of Tuesday's shooting is on that Tuesday
            ref = self._account_day(anchor, refs)
            if offset is not None or ref is None:
                return None
            return Value(on(ref.day), True, extra)

        return Candidate(m.start(), m.end(), "TIME", resolve, "time", rebase=rebase)

    @staticmethod
    def _after_part_of_day(hour: int, pod_hour: int | None) -> int:
        """A clock hour said after a part of the day: "Sabtu sore pukul 4.30" is 16.30, "makan malam jam 9" 21.00;
        "malam pukul 01.00" is the small hours, as written."""
        if pod_hour is None or pod_hour < 12 or pod_hour >= 19 and hour < 5:
            return hour
        # whichever reading is nearer the part of the day: "siang pukul 11.00" is 11.00, "siang pukul 1" 13.00
        return hour + 12 if abs(hour + 12 - pod_hour) < abs(hour - pod_hour) else hour

    def _account_day(self, anchor: TimexAnchor, refs: Mapping[str, Reference], key: str = "D") -> Reference | None:
        """The day the text last stated, when it is near enough the anchor to be the day an account is at."""
        ref = refs.get(key)
        return ref if ref and abs((anchor.day - ref.day).days) <= self.settings.account_days else None

    def _is_a_weekday(self, m: re.Match[str], text: str) -> bool:
        """Whether a weekday rule's match names a day: not "Minggu" the week, nor a name's word ("Jumat Bersih")."""
        name = m["wd"]
        if not (m["day_noun"] or name[0].isupper()):
            return False
        is_week = name.lower() in self._week_weekdays
        sunday = is_week and self._sunday_with_direction(m.start("wd"), name, text)
        if is_week and not m["day_noun"] and not sunday and not self._is_sunday(m, text):
            return False
        if is_week and not m["week"] and not sunday and self._weekday_direction.match(text[m.end() : m.end() + 12].lower()):
            return False  # "minggu lalu", "Minggu lalu" opening a sentence: last week
        return self._names_a_day(m, text)

    def _recurring_weekday(self, m: re.Match[str], text: str, weekday: int) -> Candidate | None:
        """A weekday listed after "setiap Selasa, ...": "setiap Selasa, Kamis, dan Sabtu" is every Saturday too."""
        if m["pod"] or m["week"] or not self._set_list_before.search(text, max(0, m.start() - 80), m.start()):
            return None
        value = f"XXXX-WXX-{weekday + 1}"
        return Candidate(m.start(), m.end(), "SET", lambda a: Value(value), "weekday")

    @staticmethod
    def _nearest_weekday(anchor_day: date, weekday: int, tense: str | None) -> date:
        """That weekday next (a future clause) or last (a past one), else whichever is nearer the anchor."""
        ahead = (weekday - anchor_day.weekday()) % 7
        future = anchor_day + timedelta(days=ahead)
        past = future - timedelta(days=7) if ahead else future
        if tense in ("future", "past"):
            return future if tense == "future" else past
        return future if ahead and ahead < 7 - ahead else past

    def _weekday(self, m: re.Match[str], text: str) -> Candidate | None:
        if not self._is_a_weekday(m, text):
            return None
        name = m["wd"]
        weekday = self._weekday_num(name)
        if recurring := self._recurring_weekday(m, text, weekday):
            return recurring
        hour = self._hour(m["pod"])
        week = _STEP.get(self.lx.directions.get(re.sub(r"\s+", " ", (m["week"] or "").lower()), ""))
        tense = self._tense(text, m.start(), m.end()) if week is None else ("past" if week < 0 else "future" if week else None)
        type_ = "TIME" if hour is not None else "DATE"

        # a date right after the weekday is its date even when they disagree ("Rabu sore, 22 Mei 2025"): slip noted
        stated, adjacent = self._stated_day(text, m.end())

        def given_day(anchor: TimexAnchor) -> date | None:
            day = stated(anchor.day) if stated else None
            return day if day and (adjacent or day.weekday() == weekday) else None

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            if day := given_day(anchor):  # the date the sentence gives wins over the nearest such weekday
                slip = {} if day.weekday() == weekday else {"weekday_mismatch": True, "weekday": name}
                return Value(self._with_hour(day.isoformat(), hour), True, slip)
            if week is not None:  # "Rabu pekan lalu": that weekday of the week before the anchor's
                monday = anchor.day - timedelta(days=anchor.day.weekday())
                return Value(self._with_hour((monday + timedelta(weeks=week, days=weekday)).isoformat(), hour), True)
            return Value(self._with_hour(self._nearest_weekday(anchor.day, weekday, tense).isoformat(), hour), True)

        def rebase(anchor: TimexAnchor, refs: Mapping[str, Reference]) -> Value | None:
            # in an account of last week ("sejak Rabu pekan kemarin ... pada hari Kamis"), a bare
            # weekday is the one nearest the day the account is at, and no later than the anchor
            # a day that was itself a bare weekday's guess places no other weekday ("... pada hari Sabtu. ... pada
            # Selasa dini hari" in a Monday preview is tomorrow, not the Tuesday before that Saturday)
            ref = self._account_day(anchor, refs, STATED_DAY)
            if tense or week is not None or ref is None or ref.day >= anchor.day or given_day(anchor):
                return None
            days = (ref.day + timedelta(days=k) for k in range(-6, 7))
            found = min((d for d in days if d.weekday() == weekday and d <= anchor.day), key=lambda d: abs((d - ref.day).days))
            return Value(self._with_hour(found.isoformat(), hour), True)

        # the direction word is part of the expression: "Sabtu kemarin" is last Saturday, not also yesterday
        end = m.end() if m["week"] or not (after := self._weekday_direction.match(text, m.end())) else after.end()
        guessed = tense is None and week is None and stated is None
        return Candidate(m.start(), end, type_, resolve, "weekday", weekday=weekday, tense=tense, rebase=rebase,
                         guessed=guessed)  # fmt: skip

    def _stated_day(self, text: str, end: int) -> tuple[Callable[[date], date | None] | None, bool]:
        """The day a date a few words after a weekday names, given the anchor's day ("Sabtu malam, 12 April 2025"),
        and whether that date comes right after the weekday, no word between ("Rabu sore, 22 Mei 2025")."""
        found = self._date_after.match(text, end, end + 60)
        if not found:
            return None, False
        adjacent = bool(re.fullmatch(r"\s*,?\s*", text[end : found.start("d")]))
        day, month = int(found["d"]), self._month_num(found["mon"])
        year = int(found["y"]) if found["y"] else None
        if year:
            return (lambda anchor_day: safe_date(year, month, day)), adjacent
        return (lambda anchor_day: self._nearest_year(month, day, anchor_day, None)), adjacent

    def _names_a_day(self, m: re.Match[str], text: str) -> bool:
        """A weekday name with a cue: "hari Rabu", "pada Rabu", "Rabu malam", ", Rabu", "digelar Rabu lalu".

        Without one it may name something else: "gerakan Jumat Bersih" is a programme.
        """
        before = text[max(0, m.start() - 16) : m.start()]
        if self._span_before.search(before) or self._span_after.match(text, m.end()):
            return False
        if m["day_noun"] or m["pod"] or m["week"]:
            return True
        words = before.split()
        if not words or before.rstrip()[-1:] in ",(-–" or words[-1].lower() in self.lx.weekday_cues:
            return True
        return bool(self._weekday_direction.match(text[m.end() : m.end() + 12]))

    def _sunday_with_direction(self, start: int, word: str, text: str) -> bool:
        """ "Minggu lalu"/"Minggu kemarin" names last Sunday after "hari" or capitalised inside a sentence.

        Lower case ("pada minggu lalu") or opening a sentence, it stays last week.
        """
        if not self._weekday_direction.match(text, start + len(word)):
            return False
        before = text[max(0, start - 12) : start]
        if self._day_noun_before.search(before):
            return True
        return word[0].isupper() and not self._sentence_start_before.search(before)

    def _is_sunday(self, m: re.Match[str], text: str) -> bool:
        """ "Minggu" is also "week": Sunday only after "pada"/"hari", with a part of the day, or as the day an
        attribution ends on ("kata Sri kepada wartawan di Bekasi, Minggu.")."""
        words_before = text[max(0, m.start() - 8) : m.start()].lower().split()
        if m["pod"] or (words_before and words_before[-1] in self._sunday_cues):
            return True
        return bool(_right_before(self._attribution_day, text, m.start()) and self._sentence_end_after.match(text, m.end()))

    def _day_of_month(self, m: re.Match[str], text: str) -> Candidate | None:
        day = int(m["d"])
        if not 1 <= day <= 31:
            return None
        tense = self._tense(text, m.start(), m.end())

        def resolve(anchor: TimexAnchor | None) -> Value:
            if not anchor:
                return Value(None)
            options = [d for k in (-1, 0, 1) if (d := safe_date(*shift_months(anchor.day, k), day))]
            if tense == "past":
                options = [d for d in options if d <= anchor.day] or options
            elif tense == "future":
                options = [d for d in options if d >= anchor.day] or options
            found = min(options, key=lambda d: abs((d - anchor.day).days), default=None)
            return Value(found.isoformat() if found else None, True)

        return Candidate(m.start(), m.end(), "DATE", resolve, "day_of_month")

    def _vague(self, m: re.Match[str], text: str) -> Candidate | None:
        words = m["v"].split()
        if len(words) > 1 and all(w[0].isupper() for w in words) and _right_before(self._name_word_before, text, m.start()):
            return None  # "Direktur Pusat Kesiapan Masa Depan IMD", "Membangun Masa Depan": a name's or a title's words
        value = self.lx.vague[re.sub(r"\s+", " ", m["v"].lower())]
        return Candidate(m.start(), m.end(), "DATE", lambda a: Value(value), "vague")

    def _century(self, m: re.Match[str], text: str) -> Candidate | None:
        n = int(m["n"]) if m["n"] else self.lx.centuries[m["roman"].lower()]
        return Candidate(m.start(), m.end(), "DATE", lambda a: Value(f"{n - 1:02d}"), "century")

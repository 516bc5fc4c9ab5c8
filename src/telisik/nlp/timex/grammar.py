"""The timex grammar: every rule run over a text, overlaps settled, values resolved against the anchor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from telisik.nlp.timex.anchors import anchor_from_published, infer_anchor
from telisik.nlp.timex.handlers import Handler, RuleHandlers
from telisik.nlp.timex.lexicon import Lexicon, TimexSettings
from telisik.nlp.timex.patterns import RULES, Pieces, compiled, named_date, not_timex
from telisik.nlp.timex.values import PRECISIONS, STATED_DAY, Candidate, Reference, Value
from telisik.pages.dates import DateGrammar, DateStamp, alternation
from telisik.records.timex import Timex, TimexAnchor

_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
# a pattern that matches nothing, for a word list left empty
NEVER = "(?!)"
_SENTENCE_END = re.compile(r"[.!?]\s")
# a calendar value of a day, a month or a year, alone or with a clock time ("2025-06-09T01:04")
_CALENDAR_VALUE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?(?:T[\d:]+)?$")
# the rules of a day that a clock time right before it is on
_DAY_RULES = frozenset({"weekday_bracket", "day_month", "absolute", "weekday", "relative_day"})
# the rules of a date that names its day: a relative day right before one, a comma between, is that day
_NAMED_DAY_RULES = frozenset({"weekday_bracket", "day_month", "absolute"})
# the rules of a date the text states (a day, a month, a year, a span of them), not counted from the anchor: a word of
# yesterday right after one is its "lalu" ("1 Juni kemarin")
_STATED_DATE_RULES = frozenset({
    "weekday_bracket", "weekday_range_bracket", "range", "day_month", "absolute", "hijri_date", "month_range", "month_week",
    "month_year", "year", "short_year", "period_part", "day_of_month", "clock_day",
})  # fmt: skip
# only spaces, on one line
_SAME_LINE_SPACE = re.compile(r"[^\S\n]+")
# a duration of minutes or seconds ("PT4M", "PTXM", "PT30S")
_MATCH_CLOCK_VALUE = re.compile(r"^PT[\dX.]+[MS]$")
# any day: an expression that a text without an anchor leaves unresolved is one whose value against it is relative
_PROBE_ANCHOR = TimexAnchor("2000-01-03")


class TimexGrammar:
    """Compiled rules and the resolution of their matches."""

    def __init__(self, lx: Lexicon, settings: TimexSettings | None = None) -> None:
        self.lx = lx
        self.settings = settings or TimexSettings()
        p = Pieces.of(lx, self.settings)
        self.dates = DateGrammar(lx.months, lx.weekdays, lx.zones, lx.role("byline_clock"), p.year)
        self.handlers = RuleHandlers(lx, self.settings, p)
        # each rule is run over the whole text, behind a gate that skips positions where it cannot start
        self.rules: list[tuple[str, re.Pattern[str], Handler]] = [
            (rule.name, compiled(rule), self.handlers.handler(rule.name)) for rule in (make(p) for make in RULES)
        ]
        self._blocked = [compiled(not_timex(p)), compiled(named_date(p))]
        self._full_months = frozenset(lx.months_full)
        # what may stand between a clock time and the day it is on: a comma, "pada" ("pukul 8 malam pada hari
        # Selasa (10/6/2025)"); on one line, for "18:00 WIB" ending a schedule's line is not on the next line's date
        self._clock_day_gap = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:(?:{alternation(lx.role('clock_day_joiner'))})[^\S\n]+)?", re.IGNORECASE)
        # what may stand between a relative day and the date that names it: a comma, "yakni" ("hari ini, Sabtu
        # (7/6/2025)", "kemarin yakni Jumat (6/6)"), on one line
        self._apposed_gap = re.compile(
            rf"[^\S\n]*,?[^\S\n]*(?:(?:{alternation(lx.role('apposed_day_joiner'))})[^\S\n]*,?[^\S\n]*)?", re.IGNORECASE
        )
        # a citing's source, then its day ("dikutip dari detikBali, Minggu (8/6)", "dilansir AFP pada Kamis (19/6)")
        # with no word of citing (a lexicon saved before citing_words.tsv) nothing is a citing: an empty alternation
        # would match before every word and take each day after a comma for an outlet's
        lead, day = alternation(lx.citing.day_leads) or NEVER, alternation(lx.role("day_noun")) or NEVER
        self._citing_before = re.compile(
            rf"\b(?:{alternation(lx.citing.outlets) or NEVER})\s+(?P<source>[^\W\d][^,.;:!?()\n]{{0,60}}?)[^\S\n]*"
            rf"(?:,[^\S\n]*(?:(?:{lead})\s+)?|\s+(?:{lead})\s+)(?:(?:{day})\s+)?$",
            re.IGNORECASE,
        )
        self._citing_when = frozenset(lx.citing.when)
        past_days = (w for w, offset in lx.relative_days.items() if offset < 0)
        self._past_day_word = re.compile(rf"(?:{alternation(past_days) or NEVER})\b", re.IGNORECASE)
        self._match_minute = re.compile(rf"\b(?:{alternation(lx.role('match_minute'))})-?\s?\d", re.IGNORECASE)

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
        return _clock_before_day(text, self._past_words_joined(text, taken), self._clock_day_gap)

    def _past_words_joined(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """ "1 Juni kemarin", "Minggu (8/6/2025) kemarin", "musim 2024/2025 kemarin": a word of yesterday right after a
        stated date says the date is past, as "lalu" does ("1 Juni lalu"); it is no day of its own, so it joins the date."""
        out: list[Candidate] = []
        for cand in cands:
            date_before = out[-1] if out and out[-1].rule in _STATED_DATE_RULES else None
            if (
                date_before
                and cand.rule == "relative_day"
                and self._past_day_word.match(text, cand.start, cand.end)
                and _SAME_LINE_SPACE.fullmatch(text, date_before.end, cand.start)
            ):
                _join_past_word(date_before, cand)
            else:
                out.append(cand)
        return out

    def _found(self, text: str) -> list[tuple[int, Candidate]]:
        """Every rule's candidates with the rule's priority; fully specified dates first among equals."""
        found = [
            (-1, self._trimmed(text, self.handlers.absolute(text, *_one_paragraph(text, start, end, stamp))))
            for start, end, stamp in self.dates.find(text)
        ]
        for priority, (_, rx, handler) in enumerate(self.rules):
            for m in rx.finditer(text):
                try:
                    cand = handler(m, text)
                except (ValueError, KeyError, OverflowError):
                    cand = None  # an odd match ("ke-99999999 hari") gives no timex, never an error
                if not cand or cand.end <= cand.start or _BLANK_LINE.search(text, cand.start, cand.end):
                    continue
                if not _repeats_the_word_before(text, cand):
                    found.append((priority, self._trimmed(text, cand)))
        return found

    def _trimmed(self, text: str, cand: Candidate) -> Candidate:
        """A candidate without the space a rule read past ("jam 05:06 " before the next word) and without a
        sentence's full stop after a word ("September.", "Juni."); an abbreviation keeps its dot ("Sep.")."""
        while cand.end > cand.start and text[cand.end - 1].isspace():
            cand.end -= 1
        if text[cand.end - 1] == "." and cand.end - 1 > cand.start:
            word = text[cand.start : cand.end - 1].split()[-1]
            if len(word) > 4 or word.lower() in self._full_months:
                cand.end -= 1
        return cand

    def tag(self, text: str, published: str | None = None, hints: Sequence[date] = ()) -> tuple[list[Timex], TimexAnchor | None]:
        """The time expressions of ``text`` and the anchor they were resolved against."""
        timexes, anchor, _ = self.tag_noting_unresolved(text, published, hints)
        return timexes, anchor

    def tag_noting_unresolved(
        self, text: str, published: str | None = None, hints: Sequence[date] = ()
    ) -> tuple[list[Timex], TimexAnchor | None, list[Timex]]:
        """``tag``, and the relative expressions left unresolved for want of an anchor ("Senin (16/6)",
        "kemarin" in a text with no publication date and no full date to infer one from)."""
        cands = self._without_match_time(text, self.candidates(text))
        anchor = anchor_from_published(published) or infer_anchor(cands, hints)
        out: list[Timex] = []
        unresolved: list[Timex] = []
        # the last calendar date stated at each precision ("Y", "M", "D"): the time the account is at
        references: dict[str, Reference] = {}
        for c in cands:
            try:
                val = c.resolve(anchor)
                if c.rebase and anchor and references:
                    val = c.rebase(anchor, references) or val
            except (ValueError, OverflowError):  # "1.000.000 hari lalu" falls off the calendar
                val = Value(None)
            item = Timex(text[c.start : c.end], c.start, c.end, c.type, val.value, **val.extra)
            relative = val.relative
            if c.rule == "time" and out and val.value:
                relative = self._on_date_before(text, item, out[-1], relative)
            if relative and anchor and anchor.inferred:
                item.inferred = True
            if anchor is None and _needs_anchor(c):
                unresolved.append(item)
            out.append(item)
            if not self._cited_on(text, c.start):
                _note_reference(references, item, c.guessed)
        self._on_apposed_days(text, cands, out)
        return out, anchor, unresolved

    def _cited_on(self, text: str, start: int) -> bool:
        """Whether the date at ``start`` is the day an outlet told what it cites ("dikutip dari detikBali, Minggu
        (8/6)", "dilansir AFP, Kamis (19/6/2025)"): the report's day, not the story's, so no reference for what
        follows; a word of when after the citing names no source ("Diberitakan sebelumnya, pada 8 Juni 2025")."""
        found = self._citing_before.search(text, max(0, start - 90), start)
        if not found:
            return False
        words = found["source"].lower().split()
        return len(words) <= 6 and not all(w in self._citing_when for w in words)

    def _on_apposed_days(self, text: str, cands: Sequence[Candidate], out: list[Timex]) -> None:
        """ "hari ini, Sabtu (7/6/2025)": a relative day followed by the date that names it is that date, whatever
        the publication date (a story written the day before it went out, a roundup quoting an older headline)."""
        for i in range(len(cands) - 1):
            rel, named = out[i], out[i + 1]
            if cands[i].rule != "relative_day" or cands[i + 1].rule not in _NAMED_DAY_RULES:
                continue
            day = _DAY_VALUE.match(named.value or "")
            if rel.value and day and self._apposed_gap.fullmatch(text[rel.end : named.start]):
                rel.value = _moved_to_day(rel.value, day[0])
                rel.inferred = named.inferred

    def _without_match_time(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """A match report's minutes ("menit ke-15", "empat menit berselang") are match time, not the story's."""
        if not self._match_minute.search(text):
            return cands
        return [c for c in cands if not (c.type == "DURATION" and _MATCH_CLOCK_VALUE.match(c.resolve(None).value or ""))]

    def _on_date_before(self, text: str, item: Timex, before: Timex, relative: bool) -> bool:
        """ "Sabtu (19/10/2024) pukul 22.47": the clock time is on the date just stated; whether it is relative then."""
        day = _DAY_VALUE.match(before.value or "")
        near = item.start - before.end <= self.settings.time_join_window
        if day and near and not _SENTENCE_END.search(text[before.end : item.start]) and item.value:
            item.value = item.value.replace(item.value[:10], day[0])  # both ends of "pukul 09.00-10.30"
            return before.inferred
        return relative


_WORD_AND_HYPHEN_BEFORE = re.compile(r"(\w+)-$")


def _repeats_the_word_before(text: str, cand: Candidate) -> bool:
    """Whether a candidate opens on the second half of a doubled word: "hari pertama" of "Hari-hari pertama" (the
    first days), "hari ini" of "hari-hari ini" (these days) are no day."""
    before = _WORD_AND_HYPHEN_BEFORE.search(text, max(0, cand.start - 20), cand.start)
    first = text[cand.start : cand.end].split()[0].lower() if cand.end > cand.start else ""
    return before is not None and before[1].lower() == first


def _needs_anchor(cand: Candidate) -> bool:
    """Whether a candidate's value is counted from the anchor: resolved against any day, it is relative."""
    try:
        return cand.resolve(_PROBE_ANCHOR).relative
    except (ValueError, OverflowError):
        return False


def _clock_before_day(text: str, cands: list[Candidate], gap: re.Pattern[str]) -> list[Candidate]:
    """ "pukul 01.04 Senin (9/6/2025) dini hari" is one expression: the clock time on the day that follows it."""
    out: list[Candidate] = []
    for cand in cands:
        clock = out[-1] if out else None
        if clock and clock.rule == "time" and cand.rule in _DAY_RULES and gap.fullmatch(text[clock.end : cand.start]):
            out[-1] = _joined(clock, cand)
        else:
            out.append(cand)
    return out


def _joined(clock: Candidate, day: Candidate) -> Candidate:
    def resolve(anchor: TimexAnchor | None) -> Value:
        on, at = day.resolve(anchor), clock.resolve(anchor)
        if not (on.value and at.value and _DAY_VALUE.match(on.value)):
            return at
        # every day of the clock's value is the day's: both ends of "pukul 02.00-05.00 pada 28 Mei"
        return Value(_moved_to_day(at.value, on.value[:10]), on.relative, {**on.extra, **at.extra})

    return Candidate(clock.start, day.end, "TIME", resolve, "clock_day", full=day.full, partial=day.partial,
                     weekday=day.weekday, tense=day.tense)  # fmt: skip


_CLOCK_END = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _moved_to_day(value: str, day: str) -> str:
    """A clock value (one time, or a range "A/B") moved to ``day``, its ends keeping their distance in days; a range
    whose end comes before its start runs past midnight ("pukul 22.00-02.00 WIB pada 28 Mei": 28 May 22:00 to 29 May
    02:00)."""
    ends = value.split("/")
    try:
        step = date.fromisoformat(day) - date.fromisoformat(ends[0][:10])
        moved = [(date.fromisoformat(end[:10]) + step).isoformat() + end[10:] for end in ends]
    except ValueError:
        return value
    if len(moved) == 2 and all(_CLOCK_END.fullmatch(end) for end in moved) and moved[1] < moved[0]:
        moved[1] = (date.fromisoformat(moved[1][:10]) + timedelta(days=1)).isoformat() + moved[1][10:]
    return "/".join(moved)


def _note_reference(references: dict[str, Reference], item: Timex, guessed: bool) -> None:
    """The calendar date ``item`` states as the time the account is at, at its precision and every coarser one ("9
    Juni 2025" is also the last month and year stated); a day not guessed is also the last day stated."""
    reference = _reference(item)
    if reference:
        references.update((p, reference) for p in PRECISIONS[: PRECISIONS.index(reference.precision) + 1])
        if reference.precision == "D" and not guessed:
            references[STATED_DAY] = reference


def _reference(item: Timex) -> Reference | None:
    """The calendar date a stated date or time puts the account at ("2025-06-09T01:04" -> 9 June); None for the rest."""
    if item.type not in ("DATE", "TIME") or not item.value:
        return None
    found = _CALENDAR_VALUE.match(item.value)
    if not found:
        return None
    year, month, day = found["y"], found["m"], found["d"]
    try:
        return Reference(date(int(year), int(month or 1), int(day or 1)), "D" if day else "M" if month else "Y")
    except ValueError:
        return None


# a blank line: no time expression runs across one ("6-12 Bulan\n\nIni patokan ...")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _one_paragraph(text: str, start: int, end: int, stamp: DateStamp) -> tuple[int, int, DateStamp]:
    """A full date up to a blank line: a schedule's "Sabtu, 7 Juni 2025" line is that day, the clock time opening the
    paragraph after it ("13:40-14:10 WIB: Moto3 Free Practice 2") is one of its own (a range, a time of that day)."""
    blank = _BLANK_LINE.search(text, start, end)
    if not blank or stamp.hour is None:
        return start, end, stamp
    return start, blank.start(), replace(stamp, hour=None, minute=None, zone=None)


def _join_past_word(date_before: Candidate, past_word: Candidate) -> None:
    """A word of yesterday joined to the stated date before it, and its part of the day with it: "Minggu (8/6) kemarin
    sore" is Sunday afternoon, a time as "kemarin sore" is, not the whole Sunday."""
    date_before.end = past_word.end
    if past_word.type != "TIME" or date_before.type != "DATE" or date_before.rule not in _NAMED_DAY_RULES:
        return
    stated, counted = date_before.resolve, past_word.resolve

    def resolve(anchor: TimexAnchor | None) -> Value:
        day, clock = stated(anchor), counted(anchor).value
        if day.value is None or not _DAY_VALUE.fullmatch(day.value) or clock is None or "T" not in clock:
            return day
        return replace(day, value=day.value + clock[clock.index("T") :])

    date_before.resolve = resolve
    date_before.type = "TIME"

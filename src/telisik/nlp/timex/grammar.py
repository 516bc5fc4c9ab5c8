"""The timex grammar: every rule run over a text, overlaps settled, values resolved against the anchor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from telisik.nlp.timex.anchors import anchor_from_published, infer_anchor
from telisik.nlp.timex.handlers import Handler, RuleHandlers
from telisik.nlp.timex.lexicon import Lexicon, TimexSettings
from telisik.nlp.timex.patterns import RULES, Pieces, compiled, named_date, not_timex
from telisik.nlp.timex.values import Candidate, Value
from telisik.pages.dates import DateGrammar
from telisik.records.timex import Timex, TimexAnchor

_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
_SENTENCE_END = re.compile(r"[.!?]\s")


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
        found = [(-1, self.handlers.absolute(text, start, end, stamp)) for start, end, stamp in self.dates.find(text)]
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

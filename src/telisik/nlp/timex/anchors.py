"""The anchor a timex is resolved against: the publication date, or one inferred from the dates an article states."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from telisik.nlp.timex.values import Candidate
from telisik.pages.dates import safe_date
from telisik.records.timex import TimexAnchor


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

"""The timeline plot of a story page: an inline SVG, one row per dated event on a shared date axis.

Every label and tooltip is escaped through markupsafe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup

from telisik.output.render import names, when_key
from telisik.stories.describe import interval

# the timeline plot draws at most this many events; the table lists them all
MAX_PLOTTED = 80
PLOT_WIDTH = 960
PLOT_LEFT = 16
PLOT_RIGHT = 16
PLOT_TOP = 34
ROW = 22
LABEL_MAX = 70
TICK_LABEL_HALF = 24  # half the width of the widest tick label ("30 Sep", "Sep 2023"), in plot units
# a story's plot shows this many days either side of the story's own days, events further off at the edges
FOCUS_MARGIN_DAYS = 45
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

Interval = tuple[date, date]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _day_of(value: Any) -> date | None:
    key = when_key(value)
    return date.fromisoformat(key[1]) if key[0] == 0 else None


def _day_ticks(lo: date, hi: date, span: int) -> list[tuple[date, str]]:
    ticks = []
    d = lo
    while d <= hi:
        ticks.append((d, f"{d.day} {MONTHS[d.month - 1]}"))
        d += timedelta(days=1 if span <= 8 else 2)
    return ticks


def _week_ticks(lo: date, hi: date, span: int) -> list[tuple[date, str]]:
    ticks = []
    d = lo + timedelta(days=(7 - lo.weekday()) % 7)  # Mondays
    while d <= hi:
        ticks.append((d, f"{d.day} {MONTHS[d.month - 1]}"))
        d += timedelta(days=7 if span <= 70 else 14)
    return ticks


def _month_ticks(lo: date, hi: date, span: int) -> list[tuple[date, str]]:
    step = next(s for s in (1, 2, 3, 6, 12) if (span // 30) / s <= 10)
    ticks = []
    y, m = lo.year, lo.month
    while (d := date(y, m, 1)) <= hi:
        if d >= lo and (m - 1) % step == 0:
            ticks.append((d, f"{MONTHS[m - 1]} {y}"))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return ticks


def _year_ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if (hi.year - lo.year) / s <= 10)
    return [(date(y, 1, 1), str(y)) for y in range(lo.year + 1, hi.year + 1) if y % step == 0]


def ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """The axis' ticks and their labels: days, weeks, months or years, by how long the axis is."""
    span = (hi - lo).days
    if span <= 16:
        return _day_ticks(lo, hi, span)
    if span <= 120:
        return _week_ticks(lo, hi, span)
    if span <= 3 * 366:
        return _month_ticks(lo, hi, span)
    return _year_ticks(lo, hi)


def focus_range(intervals: Sequence[Interval], focus: tuple[Any, Any] | None) -> Interval:
    """The axis' range: every event's days, or, when that spans far more than the story, the story's days and what lies near them."""
    lo = min(iv[0] for iv in intervals)
    hi = max(iv[1] for iv in intervals)
    f_lo, f_hi = (_day_of(focus[0]), _day_of(focus[1])) if focus else (None, None)
    if not f_lo or not f_hi or f_hi < f_lo or (hi - lo).days <= max(FOCUS_MARGIN_DAYS, 3 * (f_hi - f_lo).days):
        return lo, hi
    near_lo, near_hi = f_lo - timedelta(days=FOCUS_MARGIN_DAYS), f_hi + timedelta(days=FOCUS_MARGIN_DAYS)
    near = [iv for iv in intervals if iv[1] >= near_lo and iv[0] <= near_hi]
    lo = min([f_lo, *(max(iv[0], near_lo) for iv in near)])
    hi = max([f_hi, *(min(iv[1], near_hi) for iv in near)])
    return lo, hi


@dataclass(frozen=True)
class Axis:
    """The date axis: its padded range and the plot's width and height."""

    lo: date
    hi: date
    rows: int

    @property
    def width(self) -> int:
        return PLOT_WIDTH - PLOT_LEFT - PLOT_RIGHT

    @property
    def height(self) -> int:
        return PLOT_TOP + ROW * self.rows + 10

    def x(self, d: date) -> float:
        days = max(1, (self.hi - self.lo).days)
        return round(PLOT_LEFT + self.width * (min(max(d, self.lo), self.hi) - self.lo).days / days, 1)

    @classmethod
    def of(cls, intervals: Sequence[Interval], focus: tuple[Any, Any] | None) -> Axis:
        lo, hi = focus_range(intervals, focus)
        pad = max(1, (hi - lo).days // 25)
        return cls(lo - timedelta(days=pad), hi + timedelta(days=pad), len(intervals))


def _head(axis: Axis, title: str) -> list[Markup]:
    """The svg element, its title, the ticks and the axis line."""
    parts = [
        Markup('<svg class="timeline-plot" viewBox="0 0 {w} {h}" role="img" aria-label="{t}" xmlns="http://www.w3.org/2000/svg">').format(
            w=PLOT_WIDTH, h=axis.height, t=title
        ),
        Markup("<title>{}</title>").format(title),
    ]
    tick = Markup(
        '<g class="tick"><line x1="{x}" x2="{x}" y1="{y1}" y2="{y2}"/><text x="{x}" y="{ty}" text-anchor="{anchor}">{label}</text></g>'
    )
    for d, label in ticks(axis.lo, axis.hi):
        at = axis.x(d)
        # a label centred on a tick at either end of the axis would run out of the plot
        anchor = "start" if at - PLOT_LEFT < TICK_LABEL_HALF else "end" if PLOT_WIDTH - PLOT_RIGHT - at < TICK_LABEL_HALF else "middle"
        parts.append(tick.format(x=at, y1=PLOT_TOP - 8, y2=axis.height - 4, ty=PLOT_TOP - 14, anchor=anchor, label=label))
    axis_line = Markup('<line class="axis" x1="{}" x2="{}" y1="{y}" y2="{y}"/>')
    parts.append(axis_line.format(PLOT_LEFT, PLOT_WIDTH - PLOT_RIGHT, y=PLOT_TOP - 8))
    return parts


def _label(row: Mapping[str, Any], who: str, outside: bool) -> str:
    label = " · ".join(p for p in (_text(row.get("type")) or "event", who) if p)
    if outside:
        label = f"{_text(row.get('when'))} · {label}"
    if len(label) > LABEL_MAX:
        label = label[: LABEL_MAX - 1].rstrip() + "…"
    return "⚠ " + label if row.get("disputed") else label


def _tip(row: Mapping[str, Any], who: str) -> str:
    facts = (
        _text(row.get("when")),
        _text(row.get("type")),
        who,
        _text(row.get("where")),
        _text(row.get("status")),
        "sources disagree" if row.get("disputed") else "",
        _text(row.get("description")),
    )
    return " — ".join(p for p in facts if p)


def _mark(x0: float, x1: float, y: float, before: bool, after: bool) -> Markup:
    """An arrow at the edge for an event off the axis, a bar for a span, else a dot."""
    if before:
        return Markup('<path class="mark" d="M{} {}l9 -6v12z"/>').format(x0 - 4, y)
    if after:
        return Markup('<path class="mark" d="M{} {}l-9 -6v12z"/>').format(x0 + 4, y)
    if x1 - x0 >= 4:
        return Markup('<rect class="mark" x="{}" y="{}" width="{}" height="16" rx="3"/>').format(x0, y - 8, round(x1 - x0, 1))
    return Markup('<circle class="mark" cx="{}" cy="{}" r="5.5"/>').format(x0, y)


def _placed_label(axis: Axis, x0: float, x1: float, y: float, label: str) -> Markup:
    """Right of the mark where there is room, else left of it, else inside a long bar."""
    if x1 <= PLOT_LEFT + axis.width * 0.62:
        return Markup('<text class="label" x="{}" y="{}">{}</text>').format(x1 + 10, y + 4, label)
    if x0 >= PLOT_LEFT + axis.width * 0.38:
        return Markup('<text class="label" x="{}" y="{}" text-anchor="end">{}</text>').format(x0 - 10, y + 4, label)
    return Markup('<text class="label inbar" x="{}" y="{}">{}</text>').format(x0 + 6, y + 4, label)


def _row(axis: Axis, n: int, row: Mapping[str, Any], days: Interval) -> tuple[Markup, bool]:
    """One event's group, and whether it lies off the axis."""
    start, end = days
    y = PLOT_TOP + ROW * n + ROW / 2
    before, after = end < axis.lo, start > axis.hi
    classes = ["event", f"status-{_text(row.get('status')) or 'unknown'}"]
    if row.get("disputed"):
        classes.append("disputed")
    if before or after:
        classes.append("outside")
    who = names(row.get("who"))
    x0, x1 = axis.x(start), axis.x(end)
    group = Markup('<g class="{}"><title>{}</title><line class="guide" x1="{}" x2="{}" y1="{y}" y2="{y}"/>{}{}</g>').format(
        " ".join(classes),
        _tip(row, who),
        PLOT_LEFT,
        PLOT_WIDTH - PLOT_RIGHT,
        _mark(x0, x1, y, before, after),
        _placed_label(axis, x0, x1, y, _label(row, who, before or after)),
        y=y,
    )
    return group, before or after


def timeline_svg(
    timeline: Sequence[Mapping[str, Any]], focus: tuple[Any, Any] | None = None, title: str = "Timeline of the story's events"
) -> dict[str, Any]:
    """An inline SVG of dated timeline rows: one row a mark at its date (a bar for a span) on a shared date axis.

    ``focus`` (the story's first and last day) narrows the axis when the events
    reach far beyond the story (background from years before): events outside
    the axis are drawn at its edge, an arrow pointing their way, their date in
    the label. Returns the markup and how many rows were left out (no date, or
    past ``MAX_PLOTTED``).
    """
    rows = [(t, iv) for t in timeline if (iv := interval(_text(t.get("when")).strip()))]
    undated = len(timeline) - len(rows)
    left_out = max(0, len(rows) - MAX_PLOTTED)
    rows = rows[:MAX_PLOTTED]
    if not rows:
        return {"svg": None, "undated": undated, "left_out": left_out, "plotted": 0, "outside": 0}
    axis = Axis.of([iv for _, iv in rows], focus)
    parts = _head(axis, title)
    drawn = [_row(axis, n, t, iv) for n, (t, iv) in enumerate(rows)]
    parts += [group for group, _ in drawn]
    parts.append(Markup("</svg>"))
    outside = sum(1 for _, off in drawn if off)
    return {"svg": Markup("").join(parts), "undated": undated, "left_out": left_out, "plotted": len(rows), "outside": outside}

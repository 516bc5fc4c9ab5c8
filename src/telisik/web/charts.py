"""Bar charts of counts over time (articles per day, week or month): inline SVG, drawn on the server, no script.

``counts_svg`` draws one series, ``stacked_counts_svg`` a few (outlets) stacked
in each bar with a legend. A long range is counted per week or per month
(``bucketed``), the date axis's ticks are those of the story timeline
(``plot.ticks``). The chart is accessible: ``role="img"``, a ``<title>`` and a
``<desc>`` saying what it counts, and each bar its own ``<title>`` (a tooltip
and what a screen reader reads). Every label goes through markupsafe, so an
outlet or entity name from a page is text, never markup. Colours are SVG
presentation attributes, which the pages' CSP allows (it forbids inline styles).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from markupsafe import Markup

from telisik.web.plot import MONTHS, ticks

Unit = Literal["day", "week", "month"]
Series = Sequence[tuple[date, int]]

# a range of up to this many days is counted per day, up to LONGEST_WEEKLY per week, longer per month
LONGEST_DAILY = 92
LONGEST_WEEKLY = 2 * 366
WIDTH = 960
HEIGHT = 220
LEFT = 44  # room for the count axis' labels
RIGHT = 16
TOP = 16
BOTTOM = 28  # room for the date ticks' labels
LEGEND_ROW = 18
TICK_LABEL_HALF = 24
BAR_GAP = 0.15  # the share of a bar's slot left empty between bars
# the stacked chart's colours (Okabe-Ito, told apart with colour blindness too); the last one is "other"
PALETTE = ("#1f4e8c", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#999999")
BAR_COLOUR = PALETTE[0]
OTHER = "other"


def unit_for(lo: date, hi: date) -> Unit:
    """The bucket a range is counted in: a day, a week (from Monday) or a month, by how long the range is."""
    span = (hi - lo).days
    return "day" if span <= LONGEST_DAILY else "week" if span <= LONGEST_WEEKLY else "month"


def bucket_start(d: date, unit: Unit) -> date:
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    return d


def next_bucket(d: date, unit: Unit) -> date:
    if unit == "week":
        return d + timedelta(days=7)
    if unit == "month":
        return date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)
    return d + timedelta(days=1)


def bucketed(series: Iterable[tuple[date, int]], unit: Unit | None = None) -> tuple[list[tuple[date, int]], Unit]:
    """The counts summed per bucket, every bucket from the first to the last (an empty one 0), and the unit."""
    totals: dict[date, int] = defaultdict(int)
    days = [(d, n) for d, n in series if d is not None]
    if not days:
        return [], unit or "day"
    chosen: Unit = unit or unit_for(min(d for d, _ in days), max(d for d, _ in days))
    for d, n in days:
        totals[bucket_start(d, chosen)] += int(n)
    out: list[tuple[date, int]] = []
    b, last = min(totals), max(totals)
    while b <= last:
        out.append((b, totals.get(b, 0)))
        b = next_bucket(b, chosen)
    return out, chosen


def bucket_label(d: date, unit: Unit) -> str:
    """How a bucket is named in a tooltip: "4 Mar 2024", "week of 4 Mar 2024", "Mar 2024"."""
    if unit == "month":
        return f"{MONTHS[d.month - 1]} {d.year}"
    day = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"week of {day}" if unit == "week" else day


def _plural(n: int, what: str) -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


@dataclass(frozen=True)
class Frame:
    """The plot area: buckets along x (each a slot), counts up y."""

    first: date
    slots: int
    unit: Unit
    top: int  # the count the y axis reaches
    height: int = HEIGHT

    @property
    def plot_width(self) -> float:
        return WIDTH - LEFT - RIGHT

    @property
    def plot_height(self) -> float:
        return self.height - TOP - BOTTOM

    @property
    def slot(self) -> float:
        return self.plot_width / max(1, self.slots)

    def slot_of(self, d: date) -> int:
        if self.unit == "month":
            return (d.year - self.first.year) * 12 + d.month - self.first.month
        return (d - self.first).days // (7 if self.unit == "week" else 1)

    def x(self, d: date) -> float:
        """The left edge of the slot ``d`` falls in, in the fraction of it the day is (for ticks)."""
        start = bucket_start(d, self.unit)
        length = (next_bucket(start, self.unit) - start).days
        return round(LEFT + self.slot * (self.slot_of(start) + (d - start).days / length), 1)

    def y(self, count: float) -> float:
        return round(TOP + self.plot_height * (1 - count / max(1, self.top)), 1)


def _nice_top(largest: int) -> int:
    """The count the y axis reaches: the largest itself up to 10, else a round number above it (20, 50, 100, ...)."""
    if largest <= 10:
        return max(1, largest)
    step = 1
    while True:
        for m in (1, 2, 5):
            if step * m >= largest:
                return step * m
        step *= 10


def _open(frame: Frame, title: str, desc: str, css_class: str) -> list[Markup]:
    return [
        Markup(
            '<svg class="{c}" viewBox="0 0 {w} {h}" role="img" aria-label="{t}" '
            'xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="11">'
        ).format(c=css_class, w=WIDTH, h=frame.height, t=title),
        Markup("<title>{}</title><desc>{}</desc>").format(title, desc),
    ]


def _axes(frame: Frame) -> list[Markup]:
    """The count axis (0 and the top, with a gridline) and the date ticks under the bars."""
    base, top = frame.y(0), frame.y(frame.top)
    count_label = Markup('<text class="count-label" x="{}" y="{}" text-anchor="end" fill="#5f6368">{}</text>')
    parts = [
        Markup('<line class="axis" x1="{}" x2="{}" y1="{y}" y2="{y}" stroke="#999"/>').format(LEFT, WIDTH - RIGHT, y=base),
        Markup('<line class="grid" x1="{}" x2="{}" y1="{y}" y2="{y}" stroke="#e6e6e6"/>').format(LEFT, WIDTH - RIGHT, y=top),
        count_label.format(LEFT - 6, top + 4, frame.top),
        count_label.format(LEFT - 6, base + 4, 0),
    ]
    last = next_bucket(frame.first, frame.unit)
    for _ in range(frame.slots - 1):
        last = next_bucket(last, frame.unit)
    tick = Markup(
        '<g class="tick"><line x1="{x}" x2="{x}" y1="{y1}" y2="{y2}" stroke="#bbb"/>'
        '<text x="{x}" y="{ty}" text-anchor="{anchor}" fill="#5f6368">{label}</text></g>'
    )
    for d, tick_label in ticks(frame.first, last - timedelta(days=1)):
        at = frame.x(d)
        anchor = "start" if at - LEFT < TICK_LABEL_HALF else "end" if WIDTH - RIGHT - at < TICK_LABEL_HALF else "middle"
        parts.append(tick.format(x=at, y1=base, y2=base + 4, ty=base + 16, anchor=anchor, label=tick_label))
    return parts


def _bar(frame: Frame, d: date, below: int, count: int, colour: str, tip: str, css: str = "bar") -> Markup:
    x = frame.x(d) + frame.slot * BAR_GAP / 2
    top, bottom = frame.y(below + count), frame.y(below)
    return Markup('<rect class="{}" x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}</title></rect>').format(
        css, round(x, 1), top, round(frame.slot * (1 - BAR_GAP), 1), round(bottom - top, 1), colour, tip
    )


def counts_svg(
    series: Series, title: str, *, desc: str | None = None, what: str = "article", unit: Unit | None = None, css_class: str = "counts-chart"
) -> Markup:
    """A bar chart of ``series`` ((day, count) pairs, in any order, a day any number of times): one bar a
    day, or a week or month when the range is long (``unit_for``), each with a tooltip ("4 Mar 2024: 3
    articles"). ``what`` names a counted thing. No series (or only zeros): an empty Markup."""
    buckets, chosen = bucketed(series, unit)
    if not buckets or not any(n for _, n in buckets):
        return Markup("")
    frame = Frame(buckets[0][0], len(buckets), chosen, _nice_top(max(n for _, n in buckets)))
    total = sum(n for _, n in buckets)
    span = f"{bucket_label(buckets[0][0], chosen)} to {bucket_label(buckets[-1][0], chosen)}"
    summary = desc or f"{_plural(total, what)} per {chosen}, {span}"
    parts = _open(frame, title, summary, css_class) + _axes(frame)
    for d, n in buckets:
        if n:
            parts.append(_bar(frame, d, 0, n, BAR_COLOUR, f"{bucket_label(d, chosen)}: {_plural(n, what)}"))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def top_series(by_name: Mapping[str, Series], keep: int = len(PALETTE) - 1) -> dict[str, list[tuple[date, int]]]:
    """The ``keep`` largest series by total (ties by name), the rest summed as ``OTHER``."""
    ranked = sorted(by_name, key=lambda name: (-sum(n for _, n in by_name[name]), name.casefold(), name))
    out = {name: list(by_name[name]) for name in ranked[:keep]}
    rest = [point for name in ranked[keep:] for point in by_name[name]]
    if rest:
        out[OTHER if OTHER not in out else f"{OTHER} ({len(ranked) - keep})"] = rest
    return out


def stacked_counts_svg(by_name: Mapping[str, Series], title: str, *, what: str = "article", css_class: str = "stacked-chart") -> Markup:
    """Bars of counts over time with each name's (an outlet's) share stacked in them, a legend above:
    the six largest series, the rest as "other". Each segment's tooltip names its series, bucket and count."""
    named = top_series({k: v for k, v in by_name.items() if any(n for _, n in v)})
    if not named:
        return Markup("")
    every = [point for points in named.values() for point in points]
    totals, chosen = bucketed(every)
    per_name = {name: dict(bucketed(points, chosen)[0]) for name, points in named.items()}
    legend_rows = 1 + (len(named) - 1) // 3
    frame = Frame(totals[0][0], len(totals), chosen, _nice_top(max(n for _, n in totals)), HEIGHT + LEGEND_ROW * legend_rows)
    summary = (
        f"{_plural(sum(n for _, n in totals), what)} per {chosen} by {len(named)} series stacked, "
        f"{bucket_label(totals[0][0], chosen)} to {bucket_label(totals[-1][0], chosen)}"
    )
    parts = _open(frame, title, summary, css_class)
    parts.append(Markup('<g class="legend" transform="translate(0 {})">').format(frame.height - LEGEND_ROW * legend_rows + 4))
    for i, name in enumerate(named):
        x, y = LEFT + (i % 3) * 300, (i // 3) * LEGEND_ROW
        parts.append(
            Markup('<rect x="{}" y="{}" width="10" height="10" fill="{}"/><text x="{}" y="{}" fill="#1d1d1f">{}</text>').format(
                x, y, PALETTE[min(i, len(PALETTE) - 1)], x + 14, y + 9, name
            )
        )
    parts.append(Markup("</g>"))
    # the plot leaves the legend its rows at the bottom
    plot = Frame(frame.first, frame.slots, chosen, frame.top, HEIGHT)
    parts += _axes(plot)
    for d, _ in totals:
        below = 0
        for i, name in enumerate(named):
            if n := per_name[name].get(d, 0):
                tip = f"{name} · {bucket_label(d, chosen)}: {_plural(n, what)}"
                parts.append(_bar(plot, d, below, n, PALETTE[min(i, len(PALETTE) - 1)], tip, "bar segment"))
                below += n
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)

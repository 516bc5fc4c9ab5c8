"""Conflicts of a story not tied to one event: the same thing counted differently, a weekday that misses its date."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cache

from telisik.lang import mapping, table
from telisik.nlp.timex import parse_number
from telisik.pages.dates import weekday_numbers
from telisik.records.stories import Conflict
from telisik.stories.article import ArticleLike, StoryArticle, fact_field
from telisik.stories.timeline import day_value


@cache
def _scales() -> dict[str, float]:
    """Scale words after a number and their values: "2,5 ribu" is 2,500."""
    return {word.lower(): float(value) for word, value in mapping("id", "number_scales.tsv").items()}


@cache
def _count_patterns() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """Numbers of counted things ("3.412 warga mengungsi", "12 orang tewas") from lang/id/counted_facts.tsv."""
    nouns: dict[str, str] = {}
    predicates: dict[str, str] = {}
    for row in table("id", "counted_facts.tsv"):
        kind, word = row[0], row[1]
        if kind == "noun":
            nouns[word.lower()] = row[2] if len(row) > 2 else word
        elif kind == "predicate":
            predicates[word.lower()] = row[2] if len(row) > 2 else word
    scale = "|".join(sorted(_scales(), key=len, reverse=True))
    noun = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    pattern = re.compile(
        rf"\b(\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?)\s*(?:({scale})\s+)?({noun})\b(?=((?:\s+\S+){{0,4}}))",
        re.IGNORECASE,
    )
    return pattern, nouns, predicates


def counted_facts(body: str) -> list[tuple[str, float, str]]:
    """(what is counted, the number, the text) for each count in a body: ("warga mengungsi", 3412, "3.412 warga mengungsi")."""
    pattern, nouns, predicates = _count_patterns()
    scales = _scales()
    out = []
    for m in pattern.finditer(body):
        number = parse_number(m[1])
        if number is None:
            continue
        number *= scales.get((m[2] or "").lower(), 1)
        for word in m[4].split():
            if word[:1].isdigit():
                break  # the next count begins
            predicate = predicates.get(word.lower().strip(".,;:\"'()"))
            if predicate:
                out.append((f"{nouns.get(m[3].lower(), m[3].lower())} {predicate}", number, m[0].strip()))
                break
            if word[-1:] in ".;":
                break  # the sentence or clause ends
    return out


def count_conflicts(articles: Sequence[ArticleLike]) -> list[Conflict]:
    """The same thing counted differently by different articles (a toll may also have risen: the dates show which)."""
    by_key: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for a in map(StoryArticle.of, articles):
        for key, number, _text in counted_facts(a.body):
            value = f"{number:,.0f}".replace(",", ".") if number == int(number) else f"{number:g}"
            ids = by_key[key].setdefault(value, [])
            if a.id not in ids:
                ids.append(a.id)
    out = []
    for key, values in by_key.items():
        # one article giving two numbers is usually two counts (per village, in total); disagreement is between articles
        if len(values) >= 2 and len({i for ids in values.values() for i in ids}) >= 2:
            out.append(Conflict(about=f"number of {key}", kind="number", values=values))
    return out


def weekday_conflicts(articles: Sequence[ArticleLike]) -> list[Conflict]:
    """A weekday that does not fit the date it is given with ("Senin (12/9/2023)", a Tuesday)."""
    names: dict[int, str] = {}
    for name, number in weekday_numbers().items():
        names.setdefault(number, name.capitalize())
    out = []
    for a in map(StoryArticle.of, articles):
        for t in a.timexes:
            day_text = day_value(fact_field(t, "value")) if fact_field(t, "weekday_mismatch") else None
            if not day_text:
                continue
            day = date.fromisoformat(day_text)
            actual = names.get(day.weekday(), day.strftime("%A"))
            out.append(
                Conflict(
                    about=f"weekday of {day.isoformat()}",
                    kind="weekday",
                    # the page disagrees with the calendar, not with another page: one value, and what the calendar says
                    values={str(fact_field(t, "text")): [a.id]},
                    calendar=f"{day.isoformat()} is a {actual}",
                )
            )
    return out


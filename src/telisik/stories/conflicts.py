"""What a story's articles count in their bodies ("12 orang tewas"), a weekday that misses its date, and the
identifiers (a flight's number, a vehicle's plate) its sources write differently.

The counts are read here (``counted_facts``); ``telisik.stories.figures`` makes them developing
figures or conflicts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from typing import NamedTuple

from telisik.lang import lower_word_list, mapping, table
from telisik.nlp.timex import parse_number
from telisik.pages.dates import alternation, weekday_numbers
from telisik.records.stories import Conflict
from telisik.stories.article import ArticleLike, StoryArticle, fact_field
from telisik.stories.event_names import HAPPENINGS, day_value
from telisik.text import edit_distance


@cache
def _scales() -> dict[str, float]:
    """Scale words after a number and their values: "2,5 ribu" is 2,500."""
    return {word.lower(): float(value) for word, value in mapping("id", "number_scales.tsv").items()}


@cache
def spelled_numbers() -> str:
    """An alternation of the numbers written in words ("delapan", "dua puluh"), longest first; vague ones
    ("puluhan") are no count (``numbers.tsv``)."""
    return alternation(w for w, kind, *_ in table("id", "numbers.tsv") if kind != "fuzzy")


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
    # a number in words ("delapan orang tewas", "dua puluh lima warga")
    spelled = spelled_numbers()
    number = rf"\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?|(?:{spelled})(?:\s+(?:{spelled}))*"
    pattern = re.compile(
        rf"\b({number})\s*(?:({scale})\s+)?({noun})\b(?=((?:\s+\S+){{0,4}}))",
        re.IGNORECASE,
    )
    return pattern, nouns, predicates


def counted_facts(body: str) -> list[tuple[str, float, str]]:
    """(what is counted, the number, the text) for each count in a body: ("warga mengungsi", 3412, "3.412 warga mengungsi")."""
    return [(key, number, text) for key, number, text, _ in counted_facts_at(body)]


def counted_facts_at(body: str) -> list[tuple[str, float, str, int]]:
    """``counted_facts`` with where each count's text starts in the body (a text told twice is read at each place)."""
    pattern, nouns, predicates = _count_patterns()
    scales = _scales()
    negations = lower_word_list("id", "count_negations.txt")
    out: list[tuple[str, float, str, int]] = []
    for m in pattern.finditer(body):
        number = parse_number(m[1])
        if number is None:
            continue
        number *= scales.get((m[2] or "").lower(), 1)
        for word in m[4].split():
            bare = word.lower().strip(".,;:\"'()")
            if word[:1].isdigit() or bare in negations:
                break  # the next count begins, or what follows is denied ("3 rumah tanpa korban jiwa")
            predicate = predicates.get(bare)
            if predicate:
                at = m.start() + len(m[0]) - len(m[0].lstrip())
                out.append((f"{nouns.get(m[3].lower(), m[3].lower())} {predicate}", number, m[0].strip(), at))
                break
            if word[-1:] in ".;":
                break  # the sentence or clause ends
    return out


def _named_weekday(text: str) -> int | None:
    """The weekday a date's text names ("Senin (9/6/2026)" -> 0)."""
    numbers = weekday_numbers()
    return next((numbers[w] for w in re.findall(r"\w+", text.lower()) if w in numbers), None)


def _stated_days(articles: Sequence[StoryArticle]) -> dict[str, list[str]]:
    """Each day the articles' dates give -> the articles giving it; a date whose weekday does not fit it
    states no day (two pages slipping on the year do not make the wrong year a stated one)."""
    days: dict[str, list[str]] = {}
    for a in articles:
        for t in a.timexes:
            if fact_field(t, "weekday_mismatch"):
                continue
            if (day := day_value(fact_field(t, "value"))) and a.id not in days.setdefault(day, []):
                days[day].append(a.id)
    return days


def _year_slip(day: date, weekday: int | None, stated: dict[str, list[str]]) -> str | None:
    """The same day and month in another year that the story's articles state and the named weekday fits:
    "Senin (9/6/2026)" where the others say 9 June 2025, a Monday. The mismatch is then a slip of the year."""
    if weekday is None:
        return None
    for other in sorted(stated):
        d = date.fromisoformat(other)
        if (d.month, d.day) == (day.month, day.day) and d.year != day.year and d.weekday() == weekday:
            return other
    return None


def _dates_a_happening(article: StoryArticle, timex: object, day: str) -> bool:
    """Whether a date dates a happening its article tells (a crash "pada Senin (9/6/2026) dini hari"): what a reader of
    that page takes as the day it happened. A slipped year on the day someone spoke or posted ("ujar Purnomo, Jumat
    (20/6/2026)", "di akun Instagram-nya pada Jumat (20/6/2026)") dates no happening another source tells otherwise."""
    start = fact_field(timex, "start")
    for event in article.events:
        if fact_field(event, "type") not in HAPPENINGS:
            continue
        span = fact_field(event, "when_span")
        if isinstance(start, int) and isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(x, int) for x in span):
            if span[0] <= start < span[1]:
                return True
        elif day_value(fact_field(event, "when")) == day:
            return True
    return False


def _other_sources(a: StoryArticle, ids: Sequence[str], outlets: dict[str, str]) -> list[str]:
    """The articles of ``ids`` from another source than ``a``: another outlet (two pages of one outlet are one source)."""
    ours = outlets.get(a.id, a.id)
    return [x for x in ids if outlets.get(x, x) != ours]


def weekday_conflicts(articles: Sequence[ArticleLike]) -> list[Conflict]:
    """A weekday that does not fit the date it is given with ("Senin (12/9/2023)", a Tuesday).

    Where the page's date dates a happening it tells (``_dates_a_happening``), another outlet states the
    same day of another year, and the weekday fits that one, the page slipped on the year of the happening
    its readers are told: a date conflict between the two days, each with its sources' articles.
    Otherwise the page disagrees with the calendar alone (a slip on the day a remark was made, or one
    outlet's two pages): a "weekday" slip, one value and what the calendar says, which the story keeps
    apart from its conflicts (``Story.weekday_slips``).
    """
    names: dict[int, str] = {}
    for name, number in weekday_numbers().items():
        names.setdefault(number, name.capitalize())
    members = [StoryArticle.of(a) for a in articles]
    stated = _stated_days(members)
    outlets = {a.id: a.outlet for a in members if a.outlet}
    out = []
    slips: dict[tuple[str, str], Conflict] = {}  # (the slipped day, the day stated) -> one conflict, every page slipping
    for a in members:
        for t in a.timexes:
            day_text = day_value(fact_field(t, "value")) if fact_field(t, "weekday_mismatch") else None
            if not day_text:
                continue
            day, text = date.fromisoformat(day_text), str(fact_field(t, "text"))
            calendar = f"{day.isoformat()} is a {names.get(day.weekday(), day.strftime('%A'))}"
            other = _year_slip(day, _named_weekday(text), stated)
            # another outlet gives the other year, and the slip dates a happening: not the page against itself
            theirs = _other_sources(a, stated[other], outlets) if other and _dates_a_happening(a, t, day_text) else []
            if other and theirs:
                slip = slips.get((day_text, other))
                if slip is None:
                    values = {day_text: [a.id], other: theirs}
                    slip = Conflict(about=f"date: {text} against {other}", kind="date", values=values, calendar=calendar)
                    slips[day_text, other] = slip
                    out.append(slip)
                elif a.id not in slip.values[day_text]:
                    slip.values[day_text].append(a.id)
                    # a page slipping is no source of the day it slipped from
                    slip.values[other] = [x for x in slip.values[other] if x != a.id]
                continue
            # the page disagrees with the calendar, not with another page: one value, and what the calendar says
            out.append(Conflict(about=f"weekday of {day.isoformat()}", kind="weekday", values={text: [a.id]}, calendar=calendar))
    # a page repeating one date says it once; pages slipping on one year are one conflict (``slips``)
    return list({(c.about, str(c.values)): c for c in out}.values())


# the shapes of the identifiers of ``identifiers.tsv``, as the letters and digits are written (the words before them,
# which say what the code identifies, are language data): a flight's airline code and number ("SV-5276", "GA 716"),
# a vehicle's plate ("B 2829 UIL", "AD 4790 LA")
_IDENTIFIER_SHAPES = {
    "flight": r"(?:[A-Z][A-Z0-9]|[0-9][A-Z])[ -]?\d{1,4}",
    "plate": r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{1,3}",
}
# two codes of one kind this few edits apart (a swap of two neighbours counts one) can be one thing written
# differently: "SV-5276" and "SV-5726"; further apart they are two flights, two cars. Two edits would make one
# airline's flights one ("MH370" and "MH17", an old crash recalled beside a new one)
_CLOSE_EDITS = 1


class _IdentifierKind(NamedTuple):
    pattern: re.Pattern[str]
    nots: frozenset[str]  # a word right before the code that makes it none of this kind ("airbus")
    models: frozenset[str]  # codes that are never one of this kind: an aircraft model ("B737")
    about: str


@cache
def _identifier_patterns() -> dict[str, _IdentifierKind]:
    """Each kind of identifier -> the pattern of a code after its cue words, the words that make a code no identifier
    of the kind ("Airbus A320" is a model), the codes that are none ("B737"), and how a conflict names it
    (``identifiers.tsv``)."""
    rows = [r for r in table("id", "identifiers.tsv") if len(r) > 2]
    out = {}
    for kind, shape in _IDENTIFIER_SHAPES.items():
        cues = alternation(r[2].lower() for r in rows if r[0] == kind and r[1] == "cue") or "(?!)"
        nots = frozenset(r[2].lower() for r in rows if r[0] == kind and r[1] == "not")
        models = frozenset(_identifier_key(r[2].upper()) for r in rows if r[0] == kind and r[1] == "not_code")
        about = next((r[2] for r in rows if r[0] == kind and r[1] == "about"), kind)
        pattern = re.compile(rf"(?<!\w)(?i:{cues})((?:\s+[\w'’-]+){{0,2}}?)\s+({shape})(?![\w-])")
        out[kind] = _IdentifierKind(pattern, nots, models, about)
    return out


def _identifier_key(code: str) -> str:
    """A code without its spaces and hyphens: "SV 5276", "SV-5276" and "SV5276" are one."""
    return re.sub(r"[\s-]", "", code)


def _shown(kind: str, key: str) -> str:
    """A code as a conflict shows it: "SV-5276", "B 2829 UIL"."""
    if kind == "flight":
        return f"{key[:2]}-{key[2:]}"
    m = re.fullmatch(r"([A-Z]+)(\d+)([A-Z]*)", key)
    return " ".join(part for part in m.groups() if part) if m else key


def identifiers(body: str, kind: str) -> list[str]:
    """The codes of one kind a body gives after its cue words ("nomor penerbangan SV-5276" -> "SV-5276"), as shown."""
    pattern, nots, models, _ = _identifier_patterns()[kind]
    out = []
    for m in pattern.finditer(body):
        before = m[0][: m.start(2) - m.start(0)].split()
        key = _identifier_key(m[2])
        if (before and before[-1].lower() in nots) or key in models:
            continue  # "pesawat Airbus A320", "Lion Air B737 MAX": a model, not one aircraft's flight
        out.append(_shown(kind, key))
    return out


def _next_numbers(a: str, b: str) -> bool:
    """Whether two codes differ in their last digit only: a return leg or the next flight ("GA716" and "GA717",
    "GA402" and "GA404"), not one number slipping."""
    return len(a) == len(b) and a[:-1] == b[:-1] and a[-1:].isdigit() and b[-1:].isdigit()


def _close(a: str, b: str) -> bool:
    """Whether two codes may be one thing written differently (``_CLOSE_EDITS``, ``_next_numbers``)."""
    x, y = _identifier_key(a), _identifier_key(b)
    return edit_distance(x, y) <= _CLOSE_EDITS and not _next_numbers(x, y)


def _close_groups(codes: Sequence[str]) -> list[list[str]]:
    """The codes joined by closeness (``_close``): each group may be one thing written differently."""
    groups: list[list[str]] = []
    for code in sorted(codes):
        near = [g for g in groups if any(_close(code, c) for c in g)]
        merged = [code] + [c for g in near for c in g]
        groups = [g for g in groups if g not in near] + [sorted(merged)]
    return [g for g in groups if len(g) > 1]


def from_two_sources(values: Mapping[str, list[str]], sources: Mapping[str, str]) -> bool:
    """Whether two of the values come from different sources (a near-duplicate copy is its original's source)."""
    by_value = [{sources.get(a, a) for a in ids} for ids in values.values()]
    return any(x != y for i, xs in enumerate(by_value) for ys in by_value[i + 1 :] for x in xs for y in ys)


def identifier_conflicts(articles: Sequence[ArticleLike], sources: Mapping[str, str]) -> list[Conflict]:
    """One flight's number or one vehicle's plate written differently by different sources ("SV-5276" in one report,
    "SV-5726" in another): codes of one kind a few edits apart (``_CLOSE_EDITS``). An article giving two of them tells
    two flights or two cars apart (an outbound and a return flight), or slips against itself: no disagreement between
    sources, so such codes are left alone."""
    members = [StoryArticle.of(a) for a in articles]
    out = []
    for kind in _IDENTIFIER_SHAPES:
        given: dict[str, list[str]] = defaultdict(list)
        told: dict[str, set[str]] = defaultdict(set)  # article -> the codes it gives
        for a in members:
            for code in identifiers(a.body, kind):
                told[a.id].add(code)
                if a.id not in given[code]:
                    given[code].append(a.id)
        for group in _close_groups(list(given)):
            if any(len(codes & set(group)) > 1 for codes in told.values()):
                continue
            values = {code: given[code] for code in group}
            if from_two_sources(values, sources):
                about = _identifier_patterns()[kind].about
                out.append(Conflict(about=f"{about} ({' / '.join(group)})", kind="identifier", values=values))
    return out


# --- each value's source sentence

# the end of a sentence when the page gives no sentences (a stop, a question or an exclamation before a space, a line)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")
# a clock time or a day as the text writes it: "01.10", "9/6"
_ISO_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?)?")


def _sentence_spans(article: StoryArticle) -> list[tuple[int, int]]:
    """The body's sentences as (start, end): the page's own, else cut at the ends of sentences."""
    if article.sentence_spans:
        return article.sentence_spans
    starts = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(article.body))]
    return [(a, b) for a, b in zip(starts, [*starts[1:], len(article.body)], strict=True) if b > a]


def _timex_sentence(article: StoryArticle, value: str) -> str:
    """The sentence of the first date or time of the body whose value is the conflict's ("2025-06-09T01:10")."""
    for t in article.timexes:
        given, start = fact_field(t, "value"), fact_field(t, "start")
        if isinstance(given, str) and isinstance(start, int) and given[: len(value)] == value:
            return next((" ".join(article.body[a:b].split()) for a, b in _sentence_spans(article) if a <= start < b), "")
    return ""


def _value_pattern(value: str) -> re.Pattern[str]:
    """A value as the text may write it: its words with any spacing, "45+6" as "45 + 6", a day "2025-06-09" as
    "9/6", a clock time as "01.10"."""
    if m := _ISO_VALUE.fullmatch(value):
        # (an hour or a day may be written with its zero or without, "1.10" and "01.10", "09/06" and "9/6"; a clock is
        # no part of a longer figure, "01.10.2025" is a day)
        if m[5]:
            return re.compile(rf"(?<![\d.:])0?{int(m[4])}[.:]{m[5]}(?![.:]?\d)")
        return re.compile(rf"(?<![\d/])0?{int(m[3])}/0?{int(m[2])}(?![\d])") if not m[4] else re.compile("(?!)")
    words = r"\s*\+\s*".join(r"\s+".join(map(re.escape, part.split())) for part in value.split("+"))
    return re.compile(rf"(?<![\w.,/]){words}(?![\w]|[.,/]\d)", re.IGNORECASE)


def value_sentence(article: StoryArticle, value: str, about: str, others: Sequence[str] = ()) -> str:
    """The sentence of an article that most likely gives a conflict's value: one writing the value (not inside another
    value of the conflict: "siswa" in "mantan siswa"), the one naming most of the names the conflict is about
    ("Daichi Kamada's 2nd goal"); a date's or a time's from the article's dates. Empty when none writes it."""
    if _ISO_VALUE.fullmatch(value) and (found := _timex_sentence(article, value)):
        return found
    pattern = _value_pattern(value)
    wider = [re.compile(re.escape(o), re.IGNORECASE) for o in others if value.lower() in o.lower() and o != value]
    names = {w.lower() for w in re.findall(r"\b[A-Z][\w'-]{2,}", about)}
    best, score, before = "", -1, ""
    for a, b in _sentence_spans(article):
        sentence = " ".join(article.body[a:b].split())
        hits = [m for m in pattern.finditer(sentence) if not any(w.search(sentence, max(0, m.start() - 20), m.end() + 20) for w in wider)]
        # the names count twice in the sentence itself, once in the sentence before it, which a sentence may go on
        # from ("Shayne Pattynama dan Stefano Lilipaly masuk. Mereka menggantikan Thom Haye dan Dean James.")
        named = 2 * sum(n in sentence.lower() for n in names) + sum(n in before.lower() for n in names)
        if hits and named > score:
            best, score = sentence, named
        before = sentence
    return best


def fill_evidence(conflicts: Sequence[Conflict], articles: Sequence[StoryArticle]) -> None:
    """Give each value of each conflict, where its maker gave none, the sentence of each of its articles that gives it
    (``value_sentence``): what a reader checks the disagreement by. A value no sentence writes (a part of the day read
    as an hour) is left without."""
    by_id = {a.id: a for a in articles}
    for conflict in conflicts:
        for value, ids in conflict.values.items():
            have = {e.get("article") for e in conflict.evidence.get(value, [])}
            for article in ids:
                if article in have or article not in by_id:
                    continue
                if sentence := value_sentence(by_id[article], value, conflict.about, list(conflict.values)):
                    conflict.evidence.setdefault(value, []).append({"article": article, "sentence": sentence})
        for value, said in conflict.evidence.items():
            for e in said:
                e["sentence"] = clipped(e.get("sentence", ""), value)


# the most characters of a sentence an evidence shows: a page with no sentence ends (a list, a table read as text)
# gives one "sentence" of thousands of characters, which no reader reads and every output would carry
EVIDENCE_CHARS = 400


def clipped(sentence: str, value: str) -> str:
    """The sentence cut to ``EVIDENCE_CHARS`` at word ends, around where it writes the value (else from its start),
    with "…" where it was cut: a reader still sees the value in its words."""
    if len(sentence) <= EVIDENCE_CHARS:
        return sentence
    found = _value_pattern(value).search(sentence)
    middle = (found.start() + found.end()) // 2 if found else 0
    start = max(0, min(middle - EVIDENCE_CHARS // 2, len(sentence) - EVIDENCE_CHARS))
    end = start + EVIDENCE_CHARS
    if start:
        start = sentence.find(" ", start) + 1 or start
    if end < len(sentence):
        end = sentence.rfind(" ", start, end) if sentence.rfind(" ", start, end) > start else end
    return ("… " if start else "") + sentence[start:end].strip() + (" …" if end < len(sentence) else "")

"""Relations between a story's things that sources give differently: where a place lies, where a
statement was made, who among the victims, who the doer was.

Four relations are read from the article bodies (cues in ``lang/id/relation_cues.tsv``):

- where a named thing lies: "Pulau Gag, Kabupaten Raja Ampat", "PT Gag Nikel di Raja Ampat",
  "Desa X yang terletak di Kecamatan Y", and a sentence opening "Secara administratif, ..." that
  gives the region of the thing the sentence before named. Regions are compared at one
  administrative level only (``place_levels.tsv``; a bare name takes the level the story names it
  with elsewhere: "Raja Ampat" is a regency where another article writes "Kabupaten Raja Ampat"),
  so a regency and its province are one place told at two levels, not a conflict;
- the venue of a press conference or statement: "konferensi pers di Istana Negara", "ujar
  Prasetyo di Kantor Presiden". One occasion is one day and the same speakers; venues that are a
  complex around buildings ("Istana Kepresidenan") hold both and are left out; a source that
  gives both venues of a day tells two occasions, not one told differently;
- the breakdown of the dead or hurt: "korban tewas terdiri dari tujuh siswa dan satu orang
  dewasa". Each group is a figure of its own, compared between reports of the same moment
  (``figures.FigureConfig.same_report_hours``): a breakdown that grows over a day develops;
- the doer's role at the place struck, a current or a former one: "pelaku, yang dilaporkan seorang
  siswa" against "tersangka, yang diyakini sebagai mantan siswa" (``perpetrators.txt`` names doers).

A conflict is only between different sources (a near-duplicate copy is its original's source),
never inside one article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from itertools import combinations
from typing import TypeVar

from telisik.lang import calendar_words, lower_word_list, mapping, person_titles, table
from telisik.nlp.timex import parse_number
from telisik.pages.dates import alternation
from telisik.records.stories import Conflict
from telisik.stories.article import StoryArticle, fact_field
from telisik.stories.conflicts import spelled_numbers
from telisik.stories.event_names import day_value, place_level
from telisik.stories.figures import FigureConfig, count_text, report_time, same_moment

K = TypeVar("K", bound=Hashable)
ADMIN_LEVELS = frozenset({"province", "regency", "city", "district", "village"})
VENUE_LEVEL = "building"  # a complex ("Istana Kepresidenan") holds buildings: it agrees with each
LEVEL_SHARE = 0.75  # a bare name takes the level the story names it with this often
MAX_BODY = 200_000  # page text is untrusted: relations are read from this much of a body at most

# a name as a page writes it: up to five capitalised words (a number may follow: "Gedung Nusantara II")
_NAME = r"[A-Z][\w'-]*(?:[ \t]+(?:[A-Z][\w'-]*|[IVX]+\b|\d+\b)){0,4}"


def _alternatives(words: Iterable[str]) -> str:
    """A case-insensitive regex alternation of phrases, the longest first."""
    return f"(?i:{alternation(words)})"


@cache
def _cues() -> dict[str, dict[str, str]]:
    """kind -> {words: value} from relation_cues.tsv."""
    cues: dict[str, dict[str, str]] = {}
    for row in table("id", "relation_cues.tsv"):
        cues.setdefault(row[0], {})[row[1].lower()] = row[2] if len(row) > 2 else row[1]
    return cues


def _trim(name: str) -> str:
    """A name without the calendar words that ran into it."""
    words = name.split()
    while words and words[-1].lower() in calendar_words():
        words.pop()
    return " ".join(words)


def _sentences(article: StoryArticle) -> list[tuple[int, int]]:
    """The body's sentence spans, or the body as one when the article has none."""
    return [(s, e) for s, e in article.sentence_spans if s < MAX_BODY] or [(0, min(len(article.body), MAX_BODY))]


def _source(article: StoryArticle, sources: Mapping[str, str]) -> str:
    return sources.get(article.id, article.id)


def _key_words(name: str, generic: Iterable[str] = ()) -> frozenset[str]:
    """The words that tell a name apart, lower case: "PT Gag Nikel" -> {gag, nikel}."""
    drop = set(generic)
    return frozenset(w for w in re.findall(r"[\w-]+", name.lower()) if w not in drop)


def _same_thing(a: frozenset[str], b: frozenset[str]) -> bool:
    """One name's telling words all in the other's ("Gag" and "Gag Nikel")."""
    return bool(a and b) and (a <= b or b <= a)


def _group_names(keys: Iterable[K], same: Callable[[K, K], bool]) -> dict[K, int]:
    """Each key -> the index of its group of keys naming one thing."""
    groups: list[list[K]] = []
    out: dict[K, int] = {}
    for key in keys:
        if key in out:
            continue
        i = next((n for n, g in enumerate(groups) if any(same(key, k) for k in g)), len(groups))
        if i == len(groups):
            groups.append([])
        groups[i].append(key)
        out[key] = i
    return out


def _abbreviates(short: str, words: Sequence[str]) -> bool:
    """``short`` made of the heads of ``words`` in order: "kemensos" of "kementerian sosial", "kpk" of
    "komisi pemberantasan korupsi". Each word gives one piece, one letter or more."""
    if not words:
        return not short
    if not short or len(short) > 24 or len(words) > 6:
        return False
    first = words[0]
    return any(short[:n] == first[:n] and _abbreviates(short[n:], words[1:]) for n in range(1, min(len(first), len(short)) + 1))


# --- where a place lies


@dataclass(frozen=True)
class Placement:
    """One article's telling of the region a thing lies in."""

    article: str
    source: str
    thing: str
    region: str  # as the text writes it: "Raja Ampat", "Kabupaten Sorong"


@cache
def _placement_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The thing with its region after it; a thing alone; an administrative opener; an admin-level name."""
    cues = _cues()
    thing = rf"(?<![\w-]){_alternatives(cues['thing'])}[ \t]+{_NAME}"
    link = rf"(?:[ \t]*,[ \t]*|[ \t]+\([ \t]*|[ \t]+{_alternatives(cues['located'])}[ \t]+)"
    chain = rf"{_NAME}(?:[ \t]*,[ \t]*{_NAME}){{0,3}}"
    placed = re.compile(rf"({thing}){link}({chain})")
    heads = [h for h, level in mapping("id", "place_levels.tsv").items() if level in ADMIN_LEVELS]
    opener = re.compile(rf"^\W*{_alternatives(cues['administrative'])}\b")
    leveled = re.compile(rf"(?<![\w-])({_alternatives(heads)})[ \t]+({_NAME})")
    return placed, re.compile(f"({thing})"), opener, leveled


def _is_place(thing: str) -> bool:
    """A thing named as a place ("Pulau Gag", "tambang PT Gag"), not as a company ("PT Gag Nikel")."""
    return _cues()["thing"].get(thing.split()[0].lower()) == "place"


def _regions(chain: str) -> list[str]:
    """The names of a chain of regions ("Distrik Waigeo Selatan, Kabupaten Sorong, Papua")."""
    return [r for part in chain.split(",") if (r := _trim(part.strip()))]


def _article_placements(article: StoryArticle, source: str) -> list[Placement]:
    placed, thing_only, opener, _ = _placement_patterns()
    body, out = article.body, []
    spans = _sentences(article)
    for i, (start, end) in enumerate(spans):
        text = body[start:end]
        for m in placed.finditer(text):
            out += [Placement(article.id, source, m[1], r) for r in _regions(m[2])]
        if i and opener.match(text):
            # "Secara administratif, termasuk wilayah Kabupaten Sorong": the previous sentence's thing
            before = thing_only.search(body[spans[i - 1][0] : spans[i - 1][1]])
            if before:
                out += [Placement(article.id, source, before[1], r) for name in re.findall(_NAME, text) for r in _regions(name)]
    return out


def placements(articles: Sequence[StoryArticle]) -> list[tuple[str, str]]:
    """(thing, region it lies in) for each placement the articles tell ("Pulau Gag", "Raja Ampat")."""
    return [(p.thing, p.region) for a in articles for p in _article_placements(a, a.id)]


def _story_levels(articles: Sequence[StoryArticle]) -> dict[str, str]:
    """A bare name -> the one administrative level the story names it with ("raja ampat" -> regency)."""
    leveled = _placement_patterns()[3]
    seen: dict[str, list[str]] = {}
    for a in articles:
        for m in leveled.finditer(a.body[:MAX_BODY]):
            level = place_level(f"{m[1]} {m[2]}")
            if level and not m[0].isupper():  # an all-capital line (a caption, a shout) names loosely
                seen.setdefault(" ".join(_trim(m[2]).lower().split()), []).append(level)
    # the level the story nearly always names it with ("Kabupaten Raja Ampat", once "Kota Raja Ampat")
    majority = {name: max(set(levels), key=levels.count) for name, levels in seen.items()}
    return {name: level for name, level in majority.items() if seen[name].count(level) >= LEVEL_SHARE * len(seen[name])}


@cache
def _place_aliases() -> dict[str, str]:
    """Another name of a place -> its name, lower case, from the gazetteer ("jogja" -> "yogyakarta")."""
    out: dict[str, str] = {}
    for row in table("id", "gazetteer.tsv"):
        if len(row) > 2 and row[1] == "LOC":
            out.update({alias.lower(): row[0].lower() for alias in row[2].split("|") if alias})
    return out


def _region_key(region: str, levels: Mapping[str, str]) -> tuple[str, str] | None:
    """(administrative level, the name without its head word) of a region; None for no known level."""
    level = place_level(region)
    if level is None:
        bare = " ".join(region.lower().split())
        return (levels[bare], bare) if bare in levels else None
    words = region.lower().split()
    heads = {h.lower() for h in mapping("id", "place_levels.tsv")}
    head_words = next((n for n in (2, 1) if " ".join(words[:n]) in heads), 0)
    bare = " ".join(words[head_words:])
    return (level, bare) if level in ADMIN_LEVELS and bare else None


def _clashing_values(given: Mapping[str, set[str]]) -> set[str]:
    """The values of ``given`` (value -> sources) one source gives and another, not giving it, gives differently."""
    clashing: set[str] = set()
    for v1, v2 in combinations(given, 2):
        only1, only2 = given[v1] - given[v2], given[v2] - given[v1]
        if only1 and only2:
            clashing |= {v1, v2}
    return clashing


def _display(texts: Sequence[str]) -> str:
    """The form the most articles write a value in (the first of equals)."""
    return max(dict.fromkeys(texts), key=texts.count)


def _merge_names(values: Mapping[str, list[Placement]]) -> dict[str, list[Placement]]:
    """Region names one inside the other ("Papua" and "Papua Barat Daya") as one: the broader name is
    the loose naming of the region, not another one."""
    group_of = _group_names((_key_words(v) for v in values), _same_thing)
    merged: dict[int, tuple[str, list[Placement]]] = {}
    for v, ps in values.items():
        name, giving = merged.setdefault(group_of[_key_words(v)], (v, []))
        giving.extend(ps)
    return {name: giving for name, giving in merged.values()}


def place_conflicts(articles: Sequence[StoryArticle], sources: Mapping[str, str]) -> list[Conflict]:
    """The region a thing lies in, given at one level differently by different sources."""
    levels = _story_levels(articles)
    generic = _cues()["generic"]
    placements = [p for a in articles for p in _article_placements(a, _source(a, sources))]
    group_of = _group_names((_key_words(p.thing, generic) for p in placements), _same_thing)
    told: dict[tuple[int, str], dict[str, list[Placement]]] = {}
    for p in placements:
        key = _region_key(p.region, levels)
        if key is None or key[0] == place_level(p.thing) or not _key_words(p.thing, generic):
            continue  # no level to compare, or a list of things of one level ("Desa A, Desa B")
        bare = _place_aliases().get(key[1], key[1])  # "Kota Jogja" and "Kota Yogyakarta" name one city
        told.setdefault((group_of[_key_words(p.thing, generic)], key[0]), {}).setdefault(bare, []).append(p)
    out = []
    for (_, level), told_values in told.items():
        values = _merge_names(told_values)
        clashing = _clashing_values({v: {p.source for p in ps} for v, ps in values.items()})
        things = [p.thing for v in clashing for p in values[v]]
        if not any(_is_place(t) for t in things):
            continue  # a company's sites in two regencies, or no disagreement
        things = [t for t in things if _is_place(t)]
        shown = {_display([p.region for p in values[v]]): list(dict.fromkeys(p.article for p in values[v])) for v in sorted(clashing)}
        out.append(Conflict(about=f"{level} of {min(things, key=len)}", kind="place", values=shown))
    return out


# --- the venue of a statement


@dataclass(frozen=True)
class VenueMention:
    """One article's telling of where statements of one day were made, and who made them."""

    article: str
    source: str
    day: date | None
    venue: str
    speakers: frozenset[str]


@cache
def _venue_pattern() -> re.Pattern[str]:
    """ "konferensi pers (yang digelar) di VENUE", "ujar NAME di VENUE"."""
    verbs = [v for v, kind in mapping("id", "speech_verbs.tsv").items() if kind == "after"]
    occasion = _alternatives(_cues()["occasion"])
    said = rf"\b{_alternatives(verbs)}(?:nya)?[ \t]+{_NAME}"
    return re.compile(rf"(?:\b{occasion}(?:[ \t]+[a-z]+){{0,3}}?|{said})[ \t]+di[ \t]+({_NAME})")


@cache
def _not_speaker_words() -> frozenset[str]:
    """Capitalised words that name no speaker: titles, place heads, calendar words, the cues."""
    words = {w for t in person_titles("id") for w in t.split()}
    words |= {w for h in mapping("id", "place_levels.tsv") for w in h.split()}
    words |= {w for phrase in _cues()["occasion"] for w in phrase.split()}
    return frozenset(words | calendar_words())


_QUOTED = re.compile(r"[\"“”][^\"“”]{0,2000}[\"“”]")


def _speakers(text: str, venue_start: int) -> frozenset[str]:
    """The capitalised words of a sentence outside its quotes and its place-and-date tail: who spoke."""
    head = _QUOTED.sub(" ", text[:venue_start])
    # a word opening the sentence is capitalised for that alone
    opening = re.search(r"\w", head)
    words = [m[0] for m in re.finditer(r"(?<![\w-])[A-Z][a-z][\w-]+", head) if opening and m.start() != opening.start()]
    return frozenset(w.lower() for w in words if w.lower() not in _not_speaker_words())


def _sentence_day(article: StoryArticle, start: int, end: int) -> date | None:
    """The day a sentence dates ("Selasa (10/6/2025)"), else the article's."""
    for t in article.timexes:
        at = fact_field(t, "start")
        day = day_value(fact_field(t, "value")) if isinstance(at, int) and start <= at < end else None
        if day:
            return date.fromisoformat(day)
    return article.day


def _article_venues(article: StoryArticle, source: str) -> list[VenueMention]:
    out = []
    for start, end in _sentences(article):
        text = article.body[start:end]
        for m in _venue_pattern().finditer(text):
            venue = _trim(m[1])
            if place_level(venue) == VENUE_LEVEL:
                speakers = _speakers(text, m.start(1))
                out.append(VenueMention(article.id, source, _sentence_day(article, start, end), venue, speakers))
    return out


@cache
def _building_heads() -> frozenset[str]:
    return frozenset(
        h.lower() for h, level in mapping("id", "place_levels.tsv").items() if level in {"building", "complex"} and " " not in h
    )


def _venue_key(venue: str) -> tuple[str, ...]:
    """The words that tell a venue apart, in order, without its building word: "Kantor Kemensos" -> (kemensos,)."""
    words = tuple(re.findall(r"[\w-]+", venue.lower()))
    return words[1:] if len(words) > 1 and words[0] in _building_heads() else words


def _same_venue(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One venue: one's words in the other's ("Gedung Kejagung", "Gedung Bundar Kejagung"), or one the
    abbreviation of the other ("Kantor Kemensos", "Gedung Kementerian Sosial")."""
    if _same_thing(frozenset(a), frozenset(b)):
        return True
    return (len(a) == 1 and _abbreviates(a[0], b)) or (len(b) == 1 and _abbreviates(b[0], a))


def _venue_clashes(mentions: Sequence[VenueMention], group_of: Mapping[tuple[str, ...], int]) -> set[int]:
    """The venues (groups) of one day two sources give for one occasion: overlapping speakers, and no
    source giving both (a source telling two venues of a day tells two occasions)."""
    by_source: dict[str, set[int]] = {}
    for m in mentions:
        by_source.setdefault(m.source, set()).add(group_of[_venue_key(m.venue)])
    clashing: set[int] = set()
    for a, b in combinations(mentions, 2):
        va, vb = group_of[_venue_key(a.venue)], group_of[_venue_key(b.venue)]
        if a.source == b.source or va == vb or not a.speakers & b.speakers:
            continue
        if any({va, vb} <= given for given in by_source.values()):
            continue
        clashing |= {va, vb}
    return clashing


def venue_conflicts(articles: Sequence[StoryArticle], sources: Mapping[str, str]) -> list[Conflict]:
    """The venue of one day's press conference, given differently by different sources."""
    by_day: dict[date, list[VenueMention]] = {}
    for a in articles:
        for m in _article_venues(a, _source(a, sources)):
            if m.day:
                by_day.setdefault(m.day, []).append(m)
    out = []
    for day, mentions in sorted(by_day.items()):
        group_of = _group_names((_venue_key(m.venue) for m in mentions), _same_venue)
        clashing = _venue_clashes(mentions, group_of)
        if not clashing:
            continue
        values: dict[str, list[str]] = {}
        for g in sorted(clashing):
            giving = [m for m in mentions if group_of[_venue_key(m.venue)] == g]
            values[_display([m.venue for m in giving])] = list(dict.fromkeys(m.article for m in giving))
        out.append(Conflict(about=f"venue of the press conference of {day.isoformat()}", kind="venue", values=values))
    return out


# --- the breakdown of the victims


@dataclass(frozen=True)
class GroupCount:
    """One article's count of one group among the dead or hurt."""

    article: str
    source: str
    at: datetime | None
    day_only: bool
    kind: str  # the figure's event type: DIE, INJURE
    group: str
    value: float
    sentence: str = ""  # the sentence giving the breakdown


@cache
def _breakdown_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The breakdown after the dead ("tewas ... terdiri dari LIST", "orang tewas ...: LIST"), and one item of it."""
    cues = _cues()
    spelled = spelled_numbers()
    number = rf"(?:\d+|(?i:{spelled})(?:[ \t]+(?i:{spelled}))*)"
    item = rf"(?<![\w-])({number})[ \t]+({_alternatives(cues['group'])})(?![\w-])"
    joiner = r"[ \t]*(?:,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)"
    intro = rf"(?:(?:[ \t]*,)?[ \t]+{_alternatives(cues['breakdown'])}(?![\w-])|[ \t]*:)"
    opener = rf"(?<![\w-])({_alternatives(cues['dead'])})(?![\w-])(?:[ \t]+[^\s:;.,]+){{0,6}}?{intro}[ \t]*"
    breakdown = re.compile(rf"{opener}((?:{item})(?:{joiner}(?:{item}))*)")
    return breakdown, re.compile(item)


def _article_groups(article: StoryArticle, source: str) -> list[GroupCount]:
    breakdown, item = _breakdown_patterns()
    cues = _cues()
    at, day_only = report_time(article.published)
    counts: dict[tuple[str, str], tuple[float, str]] = {}
    for start, end in _sentences(article):
        sentence = " ".join(article.body[start:end].split())
        for m in breakdown.finditer(article.body[start:end]):
            kind = cues["dead"][" ".join(m[1].lower().split())]
            for it in item.finditer(m[2]):
                value = parse_number(it[1])
                group = cues["group"][" ".join(it[2].lower().split())]
                if value and value > counts.get((kind, group), (0.0,))[0]:
                    counts[(kind, group)] = (value, sentence)
    return [GroupCount(article.id, source, at, day_only, kind, group, *told) for (kind, group), told in counts.items()]


def breakdown_conflicts(articles: Sequence[StoryArticle], sources: Mapping[str, str], config: FigureConfig | None = None) -> list[Conflict]:
    """One group among the victims counted differently by sources of the same moment."""
    window = timedelta(hours=(config or FigureConfig()).same_report_hours)
    figures: dict[tuple[str, str], list[GroupCount]] = {}
    for a in articles:
        for c in _article_groups(a, _source(a, sources)):
            figures.setdefault((c.kind, c.group), []).append(c)
    whom = {"DIE": "the dead", "INJURE": "the injured"}
    out = []
    for (kind, group), counts in figures.items():
        pairs = [(a, b) for a, b in combinations(counts, 2) if a.source != b.source and a.value != b.value]
        clashing = {c.value for a, b in pairs if same_moment(a, b, window) for c in (a, b)}
        if not clashing:
            continue
        values: dict[str, list[str]] = {}
        evidence: dict[str, list[dict[str, str]]] = {}
        for c in sorted(counts, key=lambda c: c.value):
            if c.value in clashing:
                values.setdefault(count_text(c.value), []).append(c.article)
                evidence.setdefault(count_text(c.value), []).append({"article": c.article, "sentence": c.sentence})
        about = f"number of {group} among {whom.get(kind, kind)}"
        out.append(Conflict(about=about, kind="number", values=values, evidence=evidence))
    return out


# --- the role of the doer


@dataclass(frozen=True)
class DoerRole:
    """One article's telling of a role the doer had: a student, or a former one."""

    article: str
    source: str
    role: str  # as it counts ("siswa" for "murid")
    former: bool
    sentence: str = ""  # the sentence that tells it, the conflict's evidence


@cache
def _role_pattern() -> re.Pattern[str]:
    """ "pelaku penembakan, yang dilaporkan seorang siswa", "tersangka, yang diyakini sebagai mantan siswa"."""
    cues = _cues()
    doer = _alternatives(lower_word_list("id", "perpetrators.txt"))
    # up to ten words between (spaces and words kept apart: no run of text splits two ways)
    gap = r"(?:[ \t]+[^\s.,;:!?\"“”]+,?){0,10}?"
    after = r"(?:[ \t]+sebagai)?(?:[ \t]+seorang)?[ \t]+"
    return re.compile(
        rf"(?<![\w-]){doer}(?![\w-]),?({gap})[ \t]+{_alternatives(cues['role_cue'])}{after}"
        rf"(?:({_alternatives(cues['former'])})[ \t]+)?({_alternatives(cues['role'])})(?![\w-])"
    )


def _article_roles(article: StoryArticle, source: str) -> list[DoerRole]:
    cues = _cues()
    out = []
    for start, end in _sentences(article):
        for m in _role_pattern().finditer(article.body[start:end]):
            if any(w.strip(",").lower() in cues["not_gap"] for w in m[1].split()):
                continue  # the role is the victim's, not the doer's
            sentence = " ".join(article.body[start:end].split())
            out.append(DoerRole(article.id, source, cues["role"][m[3].lower()], bool(m[2]), sentence))
    return list(dict.fromkeys(out))


def _first_told(roles: Sequence[DoerRole]) -> list[dict[str, str]]:
    """Each article's first sentence telling the role, the evidence of its value."""
    first: dict[str, str] = {}
    for r in roles:
        first.setdefault(r.article, r.sentence)
    return [{"article": a, "sentence": said} for a, said in first.items()]


def role_conflicts(articles: Sequence[StoryArticle], sources: Mapping[str, str]) -> list[Conflict]:
    """The doer a current member by one source, a former one by another ("siswa" against "mantan siswa")."""
    told: dict[str, dict[bool, list[DoerRole]]] = {}
    for a in articles:
        for r in _article_roles(a, _source(a, sources)):
            told.setdefault(r.role, {}).setdefault(r.former, []).append(r)
    out = []
    for role, by_former in told.items():
        given = {former: {r.source for r in rs} for former, rs in by_former.items()}
        now, before = given.get(False, set()), given.get(True, set())
        if not (now - before and before - now):
            continue
        names = ((False, role), (True, f"mantan {role}"))
        values = {name: list(dict.fromkeys(r.article for r in by_former[former])) for former, name in names}
        evidence = {name: _first_told(by_former[former]) for former, name in names}
        about = f"the doer's relation to the place struck ({role} or mantan {role})"
        out.append(Conflict(about=about, kind="participant", values=values, evidence=evidence))
    return out


def relation_conflicts(articles: Sequence[StoryArticle], sources: Mapping[str, str]) -> list[Conflict]:
    """Relations (where a place lies, a statement's venue, who among the victims) different sources give differently."""
    members = [StoryArticle.of(a) for a in articles]
    if len({_source(a, sources) for a in members}) < 2:
        return []  # one source does not disagree with itself
    return (
        place_conflicts(members, sources)
        + venue_conflicts(members, sources)
        + breakdown_conflicts(members, sources)
        + role_conflicts(members, sources)
    )

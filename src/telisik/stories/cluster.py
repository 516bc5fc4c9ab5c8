"""Group articles into stories, incrementally, across outlets and days.

Each article joins the best existing story or starts one (the single-pass
scheme of Event Registry and Miranda et al. 2018, "Multilingual clustering of
streaming news"):

- An article is three TF-IDF vectors, as in Miranda et al.: its headline's
  words (the densest statement of what happened), its body's words (the lead
  first), and the names of its people, organisations and places.
- A story keeps the sum of its members' vectors, cut to its strongest terms.
- The similarity of an article to a story is a weighted mean of the three
  cosines (a space the article or the story lacks drops out of the mean).
- Candidate stories come from an inverted index from a story's strongest terms
  to the story, looked up with the article's strongest terms; so an article is
  compared with a handful of stories, never with all of them.
- A story leaves the index once its newest article is more than ``window_days``
  older than the stream, so the index holds only the stories still open and
  the cost per article stays flat as the corpus grows.
- The article joins the best candidate when the similarity (words and names
  mixed, lowered a little with the days between them) reaches
  ``join_threshold``; otherwise it starts a story.
- Near-duplicates (a syndicated copy, a rewrite of the same wire) are found
  with MinHash LSH (datasketch) over word 3-shingles; a near-duplicate joins the
  story of the article it copies and is marked as its copy.
- Articles that report no happening (``stories.kinds``) are kept from piling
  up by topic: an evergreen "series" piece (a listicle, a recipe, a synopsis)
  is a story of its own that only its copies join; a "routine" report (a
  schedule, a market close) groups only with the stories of its own day.
- Two guards keep two happenings apart when they share names and words. One
  outlet's pieces on its beat (a rider, a mayor) share its names but report
  different things: an article joins a story only its own outlet has reported
  when their bodies are alike too (``own_outlet_words_similarity``). And a
  headline that names a kind of happening (a shooting, an accident, a fire:
  ``kinds.headline_happenings``) does not join a story whose headlines name
  only other kinds, as an emergency landing and a school shooting in one city
  on one day would (``part_happening_kinds``). Both guards also hold for merges.
  The bodies (or headlines) of one outlet's pieces are compared without the
  words of their names: a rider's name in both is the beat, not one happening.
- How every outlet tells a happening is by the names most of its headlines
  give (a war's two countries, a couple, a volcano). An article whose headline
  gives all of them joins such a story, once several outlets report it, at a
  lower similarity than other articles need (``anchored_join_threshold``): the
  war's oil prices and a wedding guest's words are still the war and the wedding.

Articles are taken in date order. An article with no date (no publication date
and no anchor inferred from its text) is taken last, against the stories still
open at the end of the stream.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, filterfalse
from typing import Any

from datasketch import MinHash, MinHashLSH

from telisik.pages.dates import iso_day
from telisik.stories.kinds import ROUTINE, SERIES, article_kind, headline_happenings
from telisik.stories.similarity import DocumentFrequencies, Vector, add, dot, norm, top, weigh, words
from telisik.text import fold_name

ENTITY_TYPES = ("PER", "ORG", "LOC")
HEADLINE_CHARS = 400  # a headline is short; a longer one is read this far, so the work per article stays bounded


@dataclass(frozen=True)
class ClusterConfig:
    """The clustering's knobs.

    The threshold and the weights were chosen on the development day (10 June
    2025, ``bench/story_tune.py``); the test day (18 June) was scored once
    with them. The window is a prior: a story with no new article for a week
    has ended (the labelled days cannot tell 3 from 7).
    """

    window_days: float = 7.0  # a story stays open this long after its newest article
    join_threshold: float = 0.22  # similarity needed to join a story
    title_weight: float = 0.2  # weights of the headline's, the body's and the names' cosines
    words_weight: float = 0.5
    names_weight: float = 0.3
    decay_days: float = 10.0  # similarity is divided by (1 + gap / decay_days)
    centroid_terms: int = 120  # terms kept in a story's centroid, per space
    article_terms: int = 60  # terms kept of an article's vector, per space
    index_terms: int = 25  # a story's terms that point to it in the index
    query_terms: int = 15  # an article's terms looked up in the index
    candidates: int = 12  # stories scored in full per article
    max_postings: int = 5000  # a term pointing to more open stories than this is too common to look up
    body_words: int = 400  # words of the body that count (the lead carries the story)
    # two open stories whose centroids grow this alike become one (a story that
    # started twice, from two angles, before an article joined them up); None: never
    merge_threshold: float | None = 0.35
    merge_candidates: int = 4
    min_names_similarity: float = 0.1  # names cosine under which article and story are about different parties
    foreign_names_factor: float = 0.5  # what the similarity keeps then
    routine_names_similarity: float = 0.3  # names cosine a routine report needs with a story of its day
    # a later day's article joins a story only this like the story's first day (its core): a story whose
    # new articles no longer share what happened closes, and they start a story of their own; None: never
    core_threshold: float | None = 0.15
    # an outlet writes many pieces on one beat (a rider, a mayor, a club) that share its names and words but report
    # different happenings; another outlet's report of the same thing is what vouches for one happening. So an
    # article joins a story that only its own outlet has reported when their bodies are this alike beyond the
    # names (the words' cosine, counting no word of either side's names: a rider's name in both is the beat, not
    # what happened; 0.25 keeps the development day's B-cubed, 0.3 loses precision there); None: no such test
    own_outlet_words_similarity: float | None = 0.25
    # ... or when their headlines are this alike beyond the names ("... Korupsi Dana Hibah Pramuka" in both)
    own_outlet_title_similarity: float = 0.3
    # an article whose headline names a kind of happening (``kinds.headline_happenings``: a shooting, an accident,
    # a fire) does not join, nor is merged with, a story whose headlines name only other kinds
    part_happening_kinds: bool = True
    # the names most of a story's headlines give (a war's two countries, a couple's names, a volcano) are how every
    # outlet tells that happening, whatever else its piece is about (the war's oil prices, a wedding guest's words):
    # an article whose headline gives all of them joins a story of this many outlets and members at this lower
    # similarity (``headline_anchor``); None: never. A beat of one outlet (a rider's name) is no such story.
    anchored_join_threshold: float | None = 0.15
    anchor_outlets: int = 2
    anchor_members: int = 4
    duplicate_threshold: float = 0.6  # estimated Jaccard of word 3-shingles for a near-duplicate
    num_perm: int = 64


@dataclass(frozen=True)
class ClusterInput:
    """What the clustering reads of one article: its words, its day, and how often it names whom."""

    id: str
    title: str
    body: str
    day: date | None
    names: tuple[tuple[str, int], ...] = ()  # (name, mentions) of its people, organisations and places
    kind: str | None = None  # "series", "routine" or None (a news report): ``stories.kinds``
    outlet: str | None = None  # who published it; None when unknown
    happenings: frozenset[str] = frozenset()  # the kinds of happening its headline reports (``kinds.headline_happenings``)
    headline_names: frozenset[str] = frozenset()  # its names (folded) that its headline gives

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> ClusterInput:
        """From an article's dict or a ``cluster_record``: ``id``, ``title``, ``body`` (or ``text``), ``entities``,
        ``day`` or ``published``, and ``outlet`` when known; an entity's ``mentions`` are a list, or their count in a compact record."""
        entities = record.get("entities")
        title = str(record.get("title") or "")
        names = tuple(named for e in (entities if isinstance(entities, list) else []) if (named := _named(e)))
        return cls(
            id=str(record["id"]),
            title=title,
            body=str(record.get("body") or record.get("text") or ""),
            day=iso_day(record.get("day")) or iso_day(record.get("published")),
            names=names,
            kind=article_kind(title),
            outlet=str(record.get("outlet") or "") or None,
            happenings=headline_happenings(title),
            headline_names=headline_names(title, (name for name, _ in names)),
        )


def headline_key(title: str) -> str:
    """A headline folded as names are (``fold_name``), between spaces, so a folded name is found in it as whole words."""
    return f" {fold_name(title[:HEADLINE_CHARS])} "


def headline_names(title: str, names: Iterable[str]) -> frozenset[str]:
    """The names (folded) among ``names`` that the headline gives."""
    key = headline_key(title)
    return frozenset(folded for name in names if (folded := fold_name(name)) and f" {folded} " in key)


def _entity_field(entity: object, key: str) -> Any:
    # an entity is a dict until the entity family is typed, a record after
    return entity.get(key) if isinstance(entity, Mapping) else getattr(entity, key, None)


def _named(entity: object) -> tuple[str, int] | None:
    name, mentions = _entity_field(entity, "name"), _entity_field(entity, "mentions")
    if _entity_field(entity, "type") not in ENTITY_TYPES or not isinstance(name, str):
        return None
    return name, max(1, mentions if isinstance(mentions, int) else len(mentions or ()))


@dataclass
class Features:
    """What the clustering knows of one article."""

    id: str
    day: date | None
    spaces: dict[str, Counter[str]]  # "title", "words", "names" -> term counts
    shingles: set[bytes]
    kind: str | None = None
    outlet: str | None = None
    happenings: frozenset[str] = frozenset()
    headline: str = " "  # the headline folded as names are, between spaces (``headline_key``)
    headline_names: frozenset[str] = frozenset()


@dataclass
class Story:
    id: str
    number: int = 0  # order of creation
    members: list[str] = field(default_factory=list)
    first: date | None = None
    last: date | None = None
    centroid: dict[str, Vector] = field(default_factory=dict)  # space -> summed member vectors (not normalised)
    norm: dict[str, float] = field(default_factory=dict)
    indexed: tuple[str, ...] = ()
    kinds: set[str | None] = field(default_factory=set)  # the kinds of its members (``stories.kinds``)
    # the summed vectors of its first day's articles: what happened, before follow-ups drift from it
    core: dict[str, Vector] = field(default_factory=dict)
    core_norm: dict[str, float] = field(default_factory=dict)
    outlets: set[str] = field(default_factory=set)  # its members' outlets; "" for a member whose outlet is unknown
    happenings: set[str] = field(default_factory=set)  # the kinds of happening its members' headlines report
    headline_names: Counter[str] = field(default_factory=Counter)  # name -> how many of its members' headlines give it

    @property
    def anchors(self) -> list[str]:
        """The names that most of its headlines give (at least half of them)."""
        return [name for name, count in self.headline_names.items() if 2 * count >= len(self.members)]

    @property
    def closed_to_topic(self) -> bool:
        """A story of series pieces only: its copies join it, no article joins it by topic."""
        return self.kinds == {SERIES}

    @property
    def routine(self) -> bool:
        """A story of routine reports only: other days' articles do not join it."""
        return self.kinds == {ROUTINE}


# a shingle needs a fast, stable 32-bit hash, not a cryptographic one (datasketch's default is SHA-1);
# zlib's own function, not a wrapper: it is called once per shingle
_crc32 = zlib.crc32


def features(article: ClusterInput, config: ClusterConfig, df: DocumentFrequencies) -> Features:
    """An article's term counts in the three spaces, and its body's word 3-shingles."""
    body_words = words(article.body, config.body_words)
    common = df.common_words(0.3)
    title_counts = Counter(filterfalse(common.__contains__, words(article.title)))
    counts = Counter(filterfalse(common.__contains__, body_words))
    names: Counter[str] = Counter()
    for name, mentions in article.names:
        names["e:" + fold_name(name)] += mentions
    # the words encoded in one call: the UTF-8 of "a b c" is the UTF-8 of a, b and c joined by b" ", and a word
    # (letters only) holds no space, so splitting the whole at b" " gives each word's UTF-8 back
    encoded = " ".join(body_words).encode("utf-8", "surrogatepass").split(b" ") if body_words else []
    shingles = set(map(b" ".join, zip(encoded, encoded[1:], encoded[2:], strict=False)))  # the last two start none
    # the headline's terms live in a space of their own: "t:iran" is not "iran"
    spaces = {"title": Counter({"t:" + w: c for w, c in title_counts.items()}), "words": counts, "names": names}
    return Features(
        article.id,
        article.day,
        spaces,
        shingles,
        article.kind,
        article.outlet,
        article.happenings,
        headline_key(article.title),
        article.headline_names,
    )


def story_id(first_article: str) -> str:
    """A story is named after its first article, so it keeps its id as it grows."""
    return "S" + hashlib.sha1(first_article.encode("utf-8", "surrogatepass")).hexdigest()[:12]


class StoryClusterer:
    """Single-pass story clustering; call ``add`` in date order, or use ``cluster_articles``."""

    def __init__(self, config: ClusterConfig | None = None, use_background: bool = True):
        self.config = config or ClusterConfig()
        self.df = DocumentFrequencies(use_background)
        cfg = self.config
        self.weights = {"title": cfg.title_weight, "words": cfg.words_weight, "names": cfg.names_weight}
        self.stories: dict[str, Story] = {}
        self._number: dict[str, int] = {}  # story -> its ``number``, a key the candidates are sorted by in C
        self.story_of: dict[str, str] = {}
        self.duplicate_of: dict[str, tuple[str, float]] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self.open: set[str] = set()  # stories still in the index
        self.lsh = MinHashLSH(threshold=self.config.duplicate_threshold, num_perm=self.config.num_perm)
        self.signatures: dict[str, MinHash] = {}
        # every signature uses the same permutations; made once, not per article
        template = MinHash(num_perm=self.config.num_perm, seed=1)
        self._permutations, self._scheme = template.permutations, template.scheme
        self.lsh_day: list[tuple[date, str]] = []  # (day, article) in the LSH, oldest first
        self.now: date | None = None

    # ------------------------------------------------------------------ the stream

    def add(self, record: Mapping[str, Any] | ClusterInput) -> str:
        """Put one article in a story; returns the story id."""
        article = record if isinstance(record, ClusterInput) else ClusterInput.of(record)
        f = features(article, self.config, self.df)
        if f.id in self.story_of:
            return self.story_of[f.id]
        if f.day and (self.now is None or f.day > self.now):
            self.now = f.day
            self._expire()
        # a term is in one space only ("t:" headline words, "e:" names, and body words, which have no ":")
        self.df.add_distinct(chain.from_iterable(f.spaces.values()))
        vectors = {space: top(weigh(counts, self.df), self.config.article_terms) for space, counts in f.spaces.items()}

        signature = self._signature(f)
        copy = self._near_duplicate(f, signature)
        sid: str | None
        if copy:
            original, similarity = copy
            sid = self.story_of[original]
            self.duplicate_of[f.id] = (original, similarity)
        elif f.kind != SERIES:
            sid = self._best_story(f, vectors)
        else:
            sid = None
        if sid is None:
            sid = story_id(f.id)
            self.stories[sid] = Story(sid, number=len(self.stories))
            self._number[sid] = self.stories[sid].number
        self._join(self.stories[sid], f, vectors)
        self._merge_similar(self.stories[sid])
        if signature is not None:
            self.lsh.insert(f.id, signature)
            self.signatures[f.id] = signature
            self.lsh_day.append((f.day or self.now or date.min, f.id))
        return sid

    def assignments(self) -> dict[str, str]:
        return dict(self.story_of)

    # ------------------------------------------------------------------ scoring

    def similarity(self, story: Story, day: date | None, vectors: Mapping[str, Vector]) -> float:
        cfg = self.config
        # the article's vectors are unit length: the cosine needs only the story's norm; the names' cosine is
        # both a part of the mean and a test of its own, so it is worked out once
        total = weight_sum = 0.0
        names = None
        for space, vec in vectors.items():
            other = story.centroid.get(space)
            if not vec or not other:
                continue
            weight, product, length = self.weights[space], dot(vec, other), story.norm[space] or 1.0
            total += weight * product / length  # (weight x product) / length, as _weighted_cosine rounds it
            weight_sum += weight
            if space == "names":
                names = product / length
        sim = total / weight_sum if weight_sum else 0.0
        if names is not None and names < cfg.min_names_similarity:
            # both say whom they are about, and hardly anyone in common: the same topic, another
            # happening (two companies' dividends, two clubs' signings)
            sim *= cfg.foreign_names_factor
        gap = _gap(day, story)
        if gap is None:
            return sim
        if gap > cfg.window_days:
            return 0.0
        return sim / (1.0 + gap / cfg.decay_days)

    def _weighted_cosine(
        self, a: Mapping[str, Vector], a_norm: Mapping[str, float], b: Mapping[str, Vector], b_norm: Mapping[str, float]
    ) -> float:
        """The weighted mean of the spaces' cosines; a space either side lacks drops out of the mean."""
        total = weight_sum = 0.0
        for space, vec in a.items():
            other = b.get(space)
            if not vec or not other:
                continue
            weight = self.weights[space]
            total += weight * dot(vec, other) / ((a_norm[space] * b_norm[space]) or 1.0)
            weight_sum += weight
        return total / weight_sum if weight_sum else 0.0

    def _candidates(self, vectors: Mapping[str, Vector], limit: int, exclude: str | None = None) -> list[str]:
        """Open stories sharing the most of these vectors' strongest terms, looked up in the index."""
        index_get, max_postings, query_terms = self.index.get, self.config.max_postings, self.config.query_terms
        found = [postings for vec in vectors.values() for term in top(vec, query_terms) if (postings := index_get(term))]
        # counted in one call, not one ``update`` per term: the count of each story is the same, and the ranking below
        # does not follow the order stories were first counted in
        hits: Counter[str] = Counter(chain.from_iterable(postings for postings in found if len(postings) <= max_postings))
        if exclude is not None:
            hits.pop(exclude, None)
        # most shared terms first, ties broken by age, not by set order, so a run gives the same stories whatever
        # the hash seed: two stable sorts in C (by age, then by hits, reversed, which keeps equal ones in order)
        # rank as one sort by (-hits, age) would
        ranked = sorted(hits, key=self._number.__getitem__)
        ranked.sort(key=hits.__getitem__, reverse=True)
        return ranked[:limit]

    def _best_story(self, f: Features, vectors: Mapping[str, Vector]) -> str | None:
        best, best_sim = None, 0.0
        unit = {space: 1.0 for space in vectors}
        for sid in self._candidates(vectors, self.config.candidates):
            story = self.stories[sid]
            if not self._may_join(story, f):
                continue
            sim = self.similarity(story, f.day, vectors)
            if (
                sim >= max(best_sim, self._join_threshold(story, f))
                and self._holds_to_core(story, f.day, vectors, unit)
                and self._same_parties(story, f, vectors)
                and self._vouched(story, f, vectors)
                and self._same_happening(story.happenings, f.happenings)
            ):
                best, best_sim = sid, sim
        return best

    def _join_threshold(self, story: Story, f: Features) -> float:
        """The similarity an article needs to join a story: lower when its headline gives the names most of the
        story's headlines give, in a story several outlets report (``headline_anchor``)."""
        anchored = self.config.anchored_join_threshold
        if anchored is None or not self.headline_anchor(story, f):
            return self.config.join_threshold
        return min(anchored, self.config.join_threshold)

    def headline_anchor(self, story: Story, f: Features) -> bool:
        """Whether an article's headline gives every name that most of a story's headlines give (the story told by
        enough outlets and articles to tell its happening by them)."""
        cfg = self.config
        if len(story.members) < cfg.anchor_members or len(story.outlets - {""}) < cfg.anchor_outlets:
            return False
        anchors = story.anchors
        return bool(anchors) and all(f" {name} " in f.headline for name in anchors)

    def _same_parties(self, story: Story, f: Features, vectors: Mapping[str, Vector]) -> bool:
        """A routine report joins a story of its day only about the same parties: the day's dividends of
        two companies, or the results of two matches, are two stories."""
        if f.kind != ROUTINE and not story.routine:
            return True
        names = _names_cosine(story, vectors)
        return names is None or names >= self.config.routine_names_similarity

    def _vouched(self, story: Story, f: Features, vectors: Mapping[str, Vector]) -> bool:
        """Whether an article may join a story that only its own outlet has reported: their bodies or headlines must
        be alike, not only the names of the outlet's beat (another outlet's article always may)."""
        if not f.outlet or story.outlets != {f.outlet}:
            return True
        lengths = {space: norm(vector) for space, vector in vectors.items()}  # (short of 1 where a vector was cut to its top terms)
        return self._sides_vouch({f.outlet}, story.outlets, vectors, lengths, story.centroid, story.norm)

    def _same_happening(self, mine: AbstractSet[str], theirs: AbstractSet[str]) -> bool:
        """Whether two kinds of happening may be one: unless both sides name one and they share none."""
        return not self.config.part_happening_kinds or not mine or not theirs or not mine.isdisjoint(theirs)

    def _stories_vouched(self, a: Story, b: Story) -> bool:
        """Two stories only one outlet has reported, the same outlet, are one only when their bodies or headlines are alike."""
        return self._sides_vouch(a.outlets, b.outlets, a.centroid, a.norm, b.centroid, b.norm)

    def _sides_vouch(
        self,
        mine: AbstractSet[str],
        theirs: AbstractSet[str],
        a: Mapping[str, Vector],
        a_norm: Mapping[str, float],
        b: Mapping[str, Vector],
        b_norm: Mapping[str, float],
    ) -> bool:
        """Whether two sides (an article's vectors or a story's centroid, each with its norms) may be one: unless both were
        reported by one and the same outlet alone, always; else only when, the words of either side's names left out
        (one rider, club or mayor named in both is the outlet's beat, not one happening), their bodies' cosine
        reaches ``own_outlet_words_similarity`` or their headlines' ``own_outlet_title_similarity``."""
        cfg = self.config
        a_words, b_words = a.get("words"), b.get("words")
        if cfg.own_outlet_words_similarity is None or len(mine) != 1 or mine != theirs or "" in mine or not a_words or not b_words:
            return True
        beat = {word for side in (a, b) for name in side.get("names", ()) for word in name[2:].split()}
        words = _dot_without(a_words, b_words, beat) / ((a_norm.get("words", 1.0) * b_norm.get("words", 1.0)) or 1.0)
        if words >= cfg.own_outlet_words_similarity:
            return True
        a_title, b_title = a.get("title"), b.get("title")
        if not a_title or not b_title:
            return False
        title = _dot_without(a_title, b_title, {"t:" + word for word in beat})
        return title / ((a_norm.get("title", 1.0) * b_norm.get("title", 1.0)) or 1.0) >= cfg.own_outlet_title_similarity

    def _holds_to_core(self, story: Story, day: date | None, vectors: Mapping[str, Vector], norms: Mapping[str, float]) -> bool:
        """Whether what a later day brings is still about the story's first day (always, on that day)."""
        threshold = self.config.core_threshold
        if threshold is None or day is None or story.first is None or day <= story.first or not story.core:
            return True
        return self._weighted_cosine(vectors, norms, story.core, story.core_norm) >= threshold

    @staticmethod
    def _may_join(story: Story, f: Features) -> bool:
        """A routine report joins (and is joined) only on its own day; a series story by copies only."""
        if story.closed_to_topic:
            return False
        if f.kind == ROUTINE or story.routine:
            return f.day is None or (story.first == story.last == f.day)
        return True

    # ------------------------------------------------------------------ near-duplicates

    def _signature(self, f: Features) -> MinHash | None:
        if len(f.shingles) < 8:  # too short to call anything a copy of it
            return None
        m = MinHash(num_perm=self.config.num_perm, seed=1, hashfunc=_crc32, permutations=self._permutations, scheme=self._scheme)
        m.update_batch(f.shingles)
        return m

    def _near_duplicate(self, f: Features, signature: MinHash | None) -> tuple[str, float] | None:
        if signature is None:
            return None
        best = None
        for other in sorted(self.lsh.query(signature)):
            sim = signature.jaccard(self.signatures[other])
            if sim >= self.config.duplicate_threshold and (best is None or sim > best[1]):
                best = (other, sim)
        if best:
            # the copy of a copy points at the first original
            original, sim = best
            while original in self.duplicate_of:
                original = self.duplicate_of[original][0]
            return original, round(sim, 3)
        return None

    # ------------------------------------------------------------------ stories and the index

    def _join(self, story: Story, f: Features, vectors: Mapping[str, Vector]) -> None:
        story.members.append(f.id)
        story.kinds.add(f.kind)
        story.outlets.add(f.outlet or "")
        story.happenings |= f.happenings
        story.headline_names.update(f.headline_names)
        self.story_of[f.id] = story.id
        if f.day:
            story.first = min(story.first or f.day, f.day)
            story.last = max(story.last or f.day, f.day)
        if f.day is None or f.day == story.first:
            self._sum_into(story.core, story.core_norm, vectors)
        self._absorb(story, vectors)
        self.open.add(story.id)

    def _absorb(self, story: Story, vectors: Mapping[str, Vector]) -> None:
        """Add vectors (an article's, or a merged story's centroid) to a story's centroid, and index it anew."""
        self._sum_into(story.centroid, story.norm, vectors)
        self._reindex(story)

    def _sum_into(self, sums: dict[str, Vector], norms: dict[str, float], vectors: Mapping[str, Vector]) -> None:
        """Add vectors to summed vectors (a centroid, a core), space by space, cut to their strongest terms."""
        for space, vec in vectors.items():
            sums[space] = top(add(sums.get(space, {}), vec), self.config.centroid_terms)
            norms[space] = norm(sums[space])

    def _merge_similar(self, story: Story) -> None:
        """Merge into ``story`` the open story most like it, when their centroids are alike enough."""
        cfg = self.config
        if cfg.merge_threshold is None or len(story.members) < 2 or story.closed_to_topic or story.routine:
            return
        best, best_sim = None, cfg.merge_threshold
        # a story to merge with shares many of this one's strongest terms: a few candidates suffice
        for sid in self._candidates(story.centroid, cfg.merge_candidates, exclude=story.id):
            other = self.stories[sid]
            if other.routine:
                continue
            sim = self._story_similarity(story, other)
            if (
                sim >= best_sim
                and self._cores_agree(story, other)
                and self._stories_vouched(story, other)
                and self._same_happening(story.happenings, other.happenings)
            ):
                best, best_sim = other, sim
        if best is None:
            return
        # the older story keeps its id, so ids stay those of the first article
        keep, gone = (story, best) if story.number < best.number else (best, story)
        for member in gone.members:
            self.story_of[member] = keep.id
        keep.members.extend(gone.members)
        keep.kinds |= gone.kinds
        keep.outlets |= gone.outlets
        keep.happenings |= gone.happenings
        keep.headline_names += gone.headline_names
        self._merge_cores(keep, gone)
        keep.first = min((d for d in (keep.first, gone.first) if d), default=None)
        keep.last = max((d for d in (keep.last, gone.last) if d), default=None)
        self._unindex(gone)
        self.open.discard(gone.id)
        del self.stories[gone.id]
        del self._number[gone.id]
        self._absorb(keep, gone.centroid)

    def _merge_cores(self, keep: Story, gone: Story) -> None:
        """The merged story's core: the first day's, both if they began the same day."""
        if gone.first == keep.first:
            self._sum_into(keep.core, keep.core_norm, gone.core)
        elif gone.first is not None and (keep.first is None or gone.first < keep.first):
            keep.core, keep.core_norm = gone.core, gone.core_norm

    def _cores_agree(self, a: Story, b: Story) -> bool:
        """Two stories that began on different days are one only if the later began about the earlier's core."""
        early, late = (a, b) if (a.first or date.min) <= (b.first or date.min) else (b, a)
        return self._holds_to_core(early, late.first, late.core, late.core_norm)

    def _story_similarity(self, a: Story, b: Story) -> float:
        if a.last and b.first and b.last and a.first:
            gap = max((b.first - a.last).days, (a.first - b.last).days, 0)
            if gap > self.config.window_days:
                return 0.0
        return self._weighted_cosine(a.centroid, a.norm, b.centroid, b.norm)

    def _unindex(self, story: Story) -> None:
        for term in story.indexed:
            postings = self.index.get(term)
            if postings is not None:
                postings.discard(story.id)
                if not postings:
                    del self.index[term]
        story.indexed = ()

    def _reindex(self, story: Story) -> None:
        if story.closed_to_topic:  # no article joins it by its terms: it needs no postings
            self._unindex(story)
            return
        terms = tuple(t for centroid in story.centroid.values() for t in top(centroid, self.config.index_terms))
        before, after = set(story.indexed), set(terms)
        for term in before - after:
            self.index[term].discard(story.id)
        # a term it was indexed under already points to it (only ``_unindex`` takes it out, and empties ``indexed``):
        # only its new terms need a posting; each term's postings get the same ids in the same order as adding all would
        for term in after - before:
            self.index[term].add(story.id)
        story.indexed = terms

    def _expire(self) -> None:
        """Close the stories, and forget the signatures, that the window has passed."""
        if self.now is None:
            return
        horizon = self.now.toordinal() - self.config.window_days
        for sid in [s for s in self.open if (last := self.stories[s].last) and last.toordinal() < horizon]:
            story = self.stories[sid]
            self._unindex(story)
            # the centroid is no longer needed to compare; keep the members only
            story.centroid, story.norm, story.core, story.core_norm = {}, {}, {}, {}
            story.headline_names = Counter()
            self.open.discard(sid)
        keep = 0
        while keep < len(self.lsh_day) and self.lsh_day[keep][0].toordinal() < horizon:
            _, article = self.lsh_day[keep]
            self.lsh.remove(article)
            del self.signatures[article]
            keep += 1
        if keep:
            del self.lsh_day[:keep]


def _dot_without(a: Vector, b: Vector, left_out: AbstractSet[str]) -> float:
    """The dot product of two vectors without the terms ``left_out``: what they share beyond those terms (divided by
    the whole vectors' lengths, a pair alike only in those terms stays unlike)."""
    return dot(a, b) - sum(a[term] * b[term] for term in left_out if term in a and term in b)


def _names_cosine(story: Story, vectors: Mapping[str, Vector]) -> float | None:
    """The cosine of an article's (unit) names vector with a story's names; None when either names nobody."""
    names, story_names = vectors.get("names"), story.centroid.get("names")
    if not names or not story_names:
        return None
    return dot(names, story_names) / (story.norm["names"] or 1.0)


def _gap(day: date | None, story: Story) -> float | None:
    if day is None or story.last is None:
        return None
    if story.first and day < story.first:
        return float((story.first - day).days)
    if day > story.last:
        return float((day - story.last).days)
    return 0.0


def stream_order(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Dated articles oldest first, then the undated ones, each group in input order."""
    items = list(records)
    keyed = [(iso_day(r.get("day")) or iso_day(r.get("published")), i, r) for i, r in enumerate(items)]
    keyed.sort(key=lambda k: (k[0] is None, k[0] or date.min, k[1]))
    return [r for _, _, r in keyed]


def cluster_articles(records: Iterable[Mapping[str, Any]], config: ClusterConfig | None = None) -> dict[str, str]:
    """Article id -> story id, for records with ``id``, ``title``, ``body``, ``published``, optional ``entities`` and ``outlet``."""
    clusterer = StoryClusterer(config)
    for record in stream_order(records):
        clusterer.add(record)
    return clusterer.assignments()

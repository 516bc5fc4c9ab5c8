"""Threads: the stories of one developing situation, and why each story is in it.

A story is one happening and its direct follow-ups; a thread groups the
stories of one situation (a war's strikes, the evacuation of citizens, the
diplomacy and the oil price; an eruption, the flights it closed and the aid
sent). Each story of a thread says why it is there: the happening that links
it and the salient names it shares with the thread (``Story.thread_why``),
which Event Registry's events-in-stories and Google News' full coverage do
not say.

- A story's profile (``story_profile``): the salient names of its articles
  (people, organisations and places, each weighted by its mentions and its
  IDF from the clusterer's ``DocumentFrequencies``) with the participants and
  places of its timeline, and the words of its headlines. A name is salient
  when it is not an everyday one: not in ``lang/id/everyday_names.txt``
  ("Indonesia", "Jakarta", "Presiden") and rarer than ``salient_idf``.
- One pass over the profiles in the order of their first day (``assign_threads``),
  as the story clustering does for articles: a thread keeps the sum of its
  stories' profiles; an inverted index from a thread's strongest names to the
  thread gives the candidates; a thread closes once its newest story is more
  than ``window_days`` older than the stream, so the cost per story stays flat.
- A story of a kind (``Story.kind``: one outlet's listicle series, a routine
  market report or fixtures list) is in no thread; but a numbered headline
  that reports a happening or names a situation ("5 Rumah Sakit di Iran Rusak
  Dihantam Serangan Israel") is news, whatever its count made it look like.
- Names shared are not enough: two matters of one official, club or company
  share them (a minister at a demo and at a charity, every signing rumour of
  one club). A story joins a candidate only by a happening (``thread_links``):
  a situation both headlines name ("Erupsi Gunung Lewotobi"), with a salient
  name shared and a likeness of ``situation_threshold``; or events of one
  situation (a strike and an evacuation sharing Israel and Iran), with at
  least ``min_shared`` salient names shared (one of them no place, or
  ``min_shared_places`` places) and the weighted cosine of names and headline
  words, with the thread's sum or with one of its ``recent_stories`` latest
  stories, of ``join_threshold``; or a headline that names two parties of
  one of the thread's happenings ("Iran-Israel Memanas, Perusahaan Migas
  Was-Was"); or headlines that tell one happening alike, sharing a name and
  words beyond it ("Empat Pulau di Anambas Dijual Online"), which need that
  likeness only. An event of a kind others tell as a backdrop (a strike, a
  disaster) links a story whose headlines report no happening only when they
  give one of its names: the war in the articles of the Fed's rate decision
  does not. Of the candidates so linked it joins the likest; otherwise it
  starts a thread. A thread of fewer than ``min_stories``
  stories is no thread (its stories' ``thread`` stays None); nor is one whose stories are all look-backs
  (``is_lookback``: "3 Pembalap yang Pernah Kecelakaan di Sirkuit X", "Kisah Pembalap X ..."), which retell an old
  happening and share its names: a thread is a developing situation, so one story at least tells a happening of the
  days. The stories of one match
  link by its two sides, whichever a headline gives first ("Jepang vs Indonesia",
  ``thread_links.pairings_of``), and two matches are two matters.
- Then each story left alone joins the thread whose distinctive names its headlines or leads
  give (``Threader.attach_alone``): names the thread's stories give up front and hold at least
  ``distinctive_share`` of the run's other stories naming, seldom in the news before the run
  ("Desa Balung", "Pulau Gag"; not "Semarang", "Dedi Mulyadi" or "Donald Trump"): two of them
  (three where each is a person), or one site its headline gives. The DNA identification of a
  crash's dead and a Kapolda's visit to a clearing report no happening of the thread's, and
  tell it by its own names. The parties of a standing war ("Israel", "Gaza", "Hamas":
  ``thread_links.backdrop_names``) link no two stories alone. A story left alone whose lead names a thread's
  wedding, mine dispute or city unrest (``thread_links.LEAD_SITUATIONS``: a guest's dress "di acara pernikahan
  Al Ghazali") joins it too (``Threader._lead_situation_target``).
- Two parties both headlines give (a player and his club) link two stories only where they tell one matter of
  theirs (``Threader._beyond_parties``): a club's unpaid fee for its captain and a pundit's advice to sell all
  but him share the two names and nothing else.
- The ``threads`` of the analysis document are read back from the stories
  (``threads_of``), so a store that holds stories holds their threads.
"""

from __future__ import annotations

import hashlib
import math
import pickle
import sys
import tempfile
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from telisik.lang import lower_word_list, table
from telisik.pages.dates import iso_day
from telisik.records.stories import Story, Thread
from telisik.stories.article import ArticleLike, StoryArticle, article_field, as_list, fact_field
from telisik.stories.event_names import is_country
from telisik.stories.kinds import ROUTINE, SERIES, headline_happenings
from telisik.stories.similarity import DocumentFrequencies, Vector, add, dot, norm, normalise, top, words
from telisik.stories.thread_links import (
    LABEL_NAMES,
    LEAD_SITUATIONS,
    MATCH,
    PLACE_KINDS,
    Happening,
    Situation,
    ThreadHappenings,
    backdrop_names,
    completed_link,
    event_kinds,
    happenings_of,
    headline_parties,
    headline_subject,
    headline_types,
    holds_frame,
    kind_type,
    match_key,
    one_side_shared,
    pairings_of,
    same_match,
    same_name,
    situations_of,
    told_apart,
    words_beyond,
)
from telisik.text import fold_name

NAME_TYPES = ("PER", "ORG", "LOC")
FRONT_LEADS = " || "  # between a story's headlines and its leads in ``StoryProfile.front``


@dataclass(frozen=True)
class ThreadConfig:
    """The threading's knobs (set by reading the threads of 18 June 2025, then of 19-20 June 2025)."""

    window_days: float = 14.0  # a thread stays open this long after its newest story's last day
    # weighted cosine of names and headline words needed to join by events (``thread_links``): a trial's
    # two witnesses share the case's names, not their headlines' words
    join_threshold: float = 0.12
    situation_threshold: float = 0.1  # ... by a situation both headlines name
    # headlines that tell one happening alike (``thread_links.headline_subject``): the cosine of their words, the
    # part of it the words they share besides the name they share give, and how many such words (read on 10, 18
    # and 19-20 June 2025: "Pulau Anambas Dijual Online"; "Jessica Iskandar Gak ... soal" is two matters)
    subject_likeness: float = 0.4
    subject_words_likeness: float = 0.15
    subject_words: int = 2
    # two parties both headlines give (``thread_links.headline_parties``) link two stories as alike as this: one
    # matter's stories weigh its own people most ("Sherly Tjoanda" and "Dedi Mulyadi" in each story of their
    # matchmaking), where two matters of one official share the official and differ in the rest; one party
    # shared is too little (one player's transfer and his wealth) (read on 9, 10 and 16-17 June 2025)
    parties_likeness: float = 0.4
    # events of one kind that share one name both headlines give (``ThreadHappenings.named_event_link``) link two
    # stories as alike as this: the crash of "Helikopter Jatuh di Himalaya" and of "Kecelakaan Helikopter di
    # Himalaya", whose bodies name its villages and its operator apart (read on 9, 10 and 16-17 June 2025)
    named_event_likeness: float = 0.3
    # a situation the story's headlines give only as the time of what they report ("Kapal Induk AS ... di Tengah
    # Konflik Israel dan Iran"; ``thread_links.told_apart``) links it as alike as this: a carrier sent to the war
    # tells of the war, a company's bitcoin purchase "di Tengah Ketegangan Israel-Iran" does not (16-17 June 2025)
    amid_likeness: float = 0.4
    # ... and a kind of happening and a name both headlines report and give (``Threader._headline_happening``)
    headline_happening_likeness: float = 0.2
    # a situation (or match) or a headline name (``headline_names``, ``written``) fewer than this share of a large
    # story's headlines give is a side matter of it: one headline of a state visit's thirty-three names the war the
    # talks touched (read on 19-20 June 2025); a story of 1/share headlines or fewer keeps every one
    side_matter_share: float = 0.05
    # ... and at most this many headlines are needed, however large the story: four headlines of a war's eighty-four
    # that name the strait it closed tell a matter of it, not a side one
    side_matter_most: int = 2
    min_shared: int = 2  # salient names a story must share with a thread
    # ... of which one is a person or an organisation, or this many are places: two places alone (a city
    # and its province, "Bandung" and "Jepang") are where things happen, not what a situation is about
    min_shared_places: int = 3
    # fewer stories than this are no thread: two stories linked by a happening (``thread_links``) are one
    # situation's (read on 10 and 19-20 June 2025: a trial's two witnesses, a talk and the markets awaiting it)
    min_stories: int = 2
    salient_idf: float = 4.0  # a name with a lower IDF is everyday ("Indonesia", "Jakarta")
    names_weight: float = 0.7
    words_weight: float = 0.3
    profile_terms: int = 40  # terms kept of a story's profile, per space
    thread_terms: int = 80  # terms kept of a thread's sum, per space
    index_terms: int = 12  # a thread's names that point to it in the index
    query_terms: int = 12  # a story's names looked up in the index
    candidates: int = 12
    recent_stories: int = 20  # a thread's latest stories a story is compared with, beside the thread's sum
    why_names: int = 5  # names given as why a story is in its thread
    title_names: int = 3
    # a match both headlines name by its two sides (``thread_links.pairings_of``) links two stories as alike as this:
    # the venue's story and the coach's share no more than the two sides
    pairing_likeness: float = 0.02  # (not nil: two sides' words alone, a name the entities missed, join nothing)
    # a story left alone joins the thread whose distinctive names its headline or lead gives (``Threader.attach_alone``):
    # names the thread's stories hold at least this share of the run's other stories naming them (a site, a victim,
    # a flight: "Desa Balung", "Air India"; not "Semarang" or "Dedi Mulyadi", named in many matters), with this likeness
    # (read on 9, 10 and 16-17 June 2025: the DNA identification of a crash's dead, a Kapolda at the site of a clearing)
    distinctive_share: float = 0.5
    # ... and that the news before the run named seldom: in at most this share of the background's documents ("Donald
    # Trump", "Air India" and "Provinsi Papua Barat Daya" are in many matters of any month)
    distinctive_background: float = 0.005
    distinctive_persons: int = 3  # ... or this many, where each is a person
    headline_name_likeness: float = 0.3  # ... one such name the story's headline gives, and this likeness, is enough
    attach_likeness: float = 0.08
    front_headlines: int = 5  # a story's headlines read for the names it gives up front, and ...
    front_leads: int = 3  # ... its articles' leads, each ``front_chars`` long
    front_chars: int = 400
    # a story is a look-back (``is_lookback``) when this share of its headlines give a look-back's word, and none of its
    # events is dated this many days before its first day or later (read on 9 and 19-20 June 2025)
    lookback_share: float = 0.5
    lookback_days: int = 7


@dataclass
class StoryProfile:
    """What the threading knows of one story (``story_profile``)."""

    id: str
    first: date | None
    last: date | None
    size: int
    names: Vector  # folded salient name -> weight (unit length)
    words: Vector  # headline word -> weight (unit length)
    shown: dict[str, str]  # folded name -> the form the articles write most
    places: list[str] = field(default_factory=list)  # the names (folded) the articles call places
    happenings: list[Happening] = field(default_factory=list)  # its events with salient names (``thread_links``)
    situations: list[Situation] = field(default_factory=list)  # the situations its headlines name
    headline_kinds: list[str] = field(default_factory=list)  # the kinds of happening its headlines report
    headline_names: list[str] = field(default_factory=list)  # the salient names (folded) its headlines give
    # the situations its headlines give only as the time of what they report ("... di Tengah Konflik Iran-Israel")
    amid: list[Situation] = field(default_factory=list)
    reported: list[str] = field(default_factory=list)  # the event types its headlines report (``headline_types``)
    # the names (folded) its headlines give by no word of a place: "Kecelakaan di Medan" gives no "Satlantas Polrestabes Medan"
    written: list[str] = field(default_factory=list)
    front: str = ""  # its headlines and leads, folded: where a thread's distinctive names are looked for
    widely: list[str] = field(default_factory=list)  # its names (folded) the news before the run named often
    persons: list[str] = field(default_factory=list)  # its names (folded) the articles call persons
    # a feature that retells what happened long ago (``is_lookback``): it tells no happening of the days
    lookback: bool = False

    def to_tuple(self) -> tuple[Any, ...]:
        """A plain form to send between processes (``telisik.engine.batch``)."""
        days = [d.isoformat() if d else None for d in (self.first, self.last)]
        happenings = [(h.type, list(h.names), h.where) for h in self.happenings]
        situations = [(s.kind, s.name, s.shown, s.window) for s in self.situations]
        return (
            *(self.id, *days, self.size, self.names, self.words, self.shown, self.places),
            *(happenings, situations, self.headline_kinds, self.headline_names),
            [(s.kind, s.name, s.shown, s.window) for s in self.amid],
            self.reported,
            self.written,
            self.front,
            self.widely,
            self.persons,
            self.lookback,
        )

    @classmethod
    def of_tuple(cls, t: Sequence[Any]) -> StoryProfile:
        happenings = [Happening(h[0], tuple(h[1]), h[2]) for h in _field(t, 8)]
        days = iso_day(t[1]), iso_day(t[2])
        # each distinct string held once (many stories share their names and words): the threading holds every profile
        names, words = {_i(k): v for k, v in dict(t[4]).items()}, {_i(k): v for k, v in dict(t[5]).items()}
        shown = {_i(k): _i(v) for k, v in dict(t[6]).items()}
        situations, kinds, named = _situations_at(t, 9), _strings(t, 10), _strings(t, 11)
        profile = cls(
            t[0], *days, t[3], names, words, shown, [_i(x) for x in t[7]], happenings, situations, kinds, named, _situations_at(t, 12)
        )
        profile.reported, profile.written, profile.widely, profile.persons = (
            _strings(t, 13),
            _strings(t, 14),
            _strings(t, 16),
            _strings(t, 17),
        )
        profile.front = str(t[15]) if len(t) > 15 else ""
        profile.lookback = bool(t[18]) if len(t) > 18 else False
        return profile


def _field(t: Sequence[Any], at: int) -> Sequence[Any]:
    """Field ``at`` of a profile's plain form, empty where an older, shorter form has none."""
    return t[at] if len(t) > at else ()


def _strings(t: Sequence[Any], at: int) -> list[str]:
    return [_i(x) for x in _field(t, at)]


def _situations_at(t: Sequence[Any], at: int) -> list[Situation]:
    return [Situation(*x) for x in _field(t, at)]


# one copy of each distinct string across every story's profile (``StoryProfile.of_tuple``)
_i = sys.intern


@cache
def everyday_names() -> tuple[frozenset[str], frozenset[str]]:
    """The folded names that never make a thread (``lang/id/everyday_names.txt``, and the news
    organisations an article cites, ``news_organisations.tsv``), and the words of the everyday names:
    a name made only of them ("Pemprov DKI Jakarta") is everyday too."""
    names = {fold_name(n) for n in lower_word_list("id", "everyday_names.txt")}
    everyday_words = {w for n in names for w in n.split()}
    for row in table("id", "news_organisations.tsv"):
        names.update(fold_name(n) for n in [row[0], *(row[2].split(",") if len(row) > 2 else [])] if n.strip())
    return frozenset(names), frozenset(everyday_words)


@cache
def _place_unit_words() -> frozenset[str]:
    return frozenset(lower_word_list("id", "thread_place_units.txt"))


def place_unit(key: str) -> bool:
    """Whether a folded name is a body named after the place it serves ("polresta denpasar", "pemkab tulungagung":
    ``lang/id/thread_place_units.txt``): its first word is such a body's and more words follow (the place)."""
    first, _, rest = key.partition(" ")
    return bool(rest) and first in _place_unit_words()


@cache
def _place_lead_words() -> frozenset[str]:
    return _place_unit_words() | frozenset(lower_word_list("id", "thread_place_levels.txt"))


def place_core(key: str) -> str:
    """A folded name less the leading words that give a place's level or a body serving it
    (``lang/id/thread_place_levels.txt``, ``thread_place_units.txt``): "tulungagung" of "kabupaten tulungagung" and
    of "pemkab tulungagung"; only leading words, so "nusa tenggara barat" and "nusa tenggara timur" stay two."""
    words = key.split()
    lead = _place_lead_words()
    while len(words) > 1 and words[0] in lead:
        words = words[1:]
    return " ".join(words)


def one_name_each(names: Sequence[str], places: AbstractSet[str]) -> list[str]:
    """The names, in their order, less the other forms of a place written two ways (``distinct_names`` by
    ``place_core``), keeping the form that is a place where one is: the one-name test reads "Kabupaten Tulungagung",
    which is where things happen, not "Pemkab Tulungagung", named more often."""
    kept = set(distinct_names(sorted(names, key=lambda k: k not in places), place_core))
    return [k for k in names if k in kept]


def _is_salient(key: str, df: DocumentFrequencies, config: ThreadConfig) -> bool:
    names, everyday_words = everyday_names()
    if len(key) <= 2 or key in names or all(w in everyday_words for w in key.split()):
        return False
    return df.idf("e:" + key) >= config.salient_idf


def _as_written(key: str) -> str:
    return key


def distinct_names(keys: Iterable[str], core: Callable[[str], str] = _as_written) -> list[str]:
    """The names less those that are part of another ("Pramono Anung" in "Pramono Anung Wibowo"): one
    person or place written two ways is one shared name, not two. Of the names left, those of one ``core`` are
    one name too, the first staying: "Kabupaten X" and "Pemkab X" by ``place_core``."""
    ordered = list(keys)
    sets = [set(k.split()) for k in ordered]
    # a name goes when another holds all its words (of two names with the same words, the later goes)
    whole = [
        k
        for i, k in enumerate(ordered)
        if not any(j != i and sets[i] <= sets[j] and (sets[i] != sets[j] or j < i) for j in range(len(ordered)))
    ]
    # (then by core, so a part that went does not take the whole with it: "flores timur" of "kabupaten flores timur")
    firsts: dict[str, str] = {}
    for k in whole:
        firsts.setdefault(core(k), k)
    return list(firsts.values())


def _article_names(
    members: Iterable[ArticleLike],
) -> tuple[defaultdict[str, float], Counter[tuple[str, str]], Counter[str], Counter[str]]:
    """Mentions of each folded name across the members (once per article, log-damped), its written forms,
    and how many articles call it a place (then a person) less how many call it something else."""
    weights: defaultdict[str, float] = defaultdict(float)
    forms: Counter[tuple[str, str]] = Counter()
    place_votes: Counter[str] = Counter()
    person_votes: Counter[str] = Counter()
    for article in members:
        if isinstance(article, StoryArticle):
            continue  # read no entities: the stage passes the articles themselves
        per_article: Counter[str] = Counter()
        for entity in as_list(article_field(article, "entities")):
            name, kind, mentions = fact_field(entity, "name"), fact_field(entity, "type"), fact_field(entity, "mentions")
            if kind not in NAME_TYPES or not isinstance(name, str):
                continue
            key = fold_name(name)
            per_article[key] += max(1, mentions if isinstance(mentions, int) else len(mentions or ()))
            forms[(key, name)] += 1
            place_votes[key] += 1 if kind == "LOC" else -1
            person_votes[key] += 1 if kind == "PER" else -1
        for key, count in per_article.items():
            weights[key] += 1.0 + math.log(count)
    return weights, forms, place_votes, person_votes


def _timeline_names(story: Story, weights: defaultdict[str, float], forms: Counter[tuple[str, str]], place_votes: Counter[str]) -> None:
    """The timeline's participants and places count once more (into ``_article_names``'s counts)."""
    for entry in story.timeline:
        for name, vote in [*((w, -1) for w in entry.who), (entry.where, 1)]:
            if isinstance(name, str) and name:
                weights[fold_name(name)] += 1.0
                forms[(fold_name(name), name)] += 1
                place_votes[fold_name(name)] += vote


def _headline_words(titles: Iterable[object], df: DocumentFrequencies) -> Vector:
    common = df.common_words(0.3)
    title_counts = Counter(w for t in titles if t for w in words(str(t)) if w not in common)
    return {w: (1.0 + math.log(c)) * df.idf(w) for w, c in title_counts.items()}


def _profile_names(
    story: Story, members: Sequence[ArticleLike], df: DocumentFrequencies, cfg: ThreadConfig
) -> tuple[Vector, dict[str, str], Counter[str], Counter[str]]:
    """The story's salient names (its articles' and its timeline's) TF-IDF weighted, the form the articles
    write each most, and each name's place and person votes (``_article_names``)."""
    weights, forms, place_votes, person_votes = _article_names(members)
    _timeline_names(story, weights, forms, place_votes)
    names = {k: w * df.idf("e:" + k) for k, w in weights.items() if _is_salient(k, df, cfg)}
    shown: dict[str, str] = {}
    for (key, form), _ in sorted(forms.items(), key=lambda kv: -kv[1]):
        shown.setdefault(key, form)
    return names, shown, place_votes, person_votes


def _titles(members: Sequence[ArticleLike]) -> list[str]:
    return [str(t) for a in members if (t := a.title if isinstance(a, StoryArticle) else article_field(a, "title"))]


@cache
def name_words_alone() -> frozenset[str]:
    """The words that do not name a name alone in a headline (``lang/id/thread_name_words.txt``, and the
    words of the everyday names): "Kota", "Pulau", "Utara"."""
    return frozenset(lower_word_list("id", "thread_name_words.txt")) | everyday_names()[1]


def headline_names(titles: Iterable[str], keys: Iterable[str], not_alone: AbstractSet[str] = frozenset()) -> list[str]:
    """The names (folded) the headlines name: the whole name, or a word of it that names it alone ("Trump" for
    "Donald Trump", "Hormuz" for "Selat Hormuz"; not "Kota" or "Utara", ``name_words_alone``, nor a word of
    ``not_alone``)."""
    folded = [f" {fold_name(t)} " for t in titles]
    title_words = {w for t in folded for w in t.split()}
    alone = name_words_alone() | not_alone
    return sorted(
        key
        for key in keys
        if any(f" {key} " in t for t in folded) or any(len(w) >= 4 and w not in alone and w in title_words for w in key.split())
    )


def _side_matter_floor(headlines: int, config: ThreadConfig) -> float | None:
    """How many of a story's headlines must give a situation or a name for it to be the story's, not a side matter
    (``side_matter_share`` of them, at most ``side_matter_most``); None where every one counts (a story of
    1/share headlines or fewer: its one headline is its share)."""
    share = config.side_matter_share
    if headlines * share <= 1:
        return None
    return min(share * headlines, config.side_matter_most)


def often_named(
    titles: Sequence[str], keys: Iterable[str], config: ThreadConfig | None = None, not_alone: AbstractSet[str] = frozenset()
) -> list[str]:
    """The names (folded) the headlines name (``headline_names``), less in a large story those fewer headlines give
    than ``_side_matter_floor``: a large story's one headline that names a side matter ("... Bantu Turunkan Eskalasi
    Iran Vs Israel" of a state visit's thirty-three) does not make the side matter's parties the story's. A story of
    1/``side_matter_share`` headlines or fewer keeps every name."""
    found = headline_names(titles, keys, not_alone)
    need = _side_matter_floor(len(titles), config or ThreadConfig())
    if need is None or not found:
        return found
    named = Counter(k for t in titles for k in headline_names([t], found, not_alone))
    return [k for k in found if named[k] >= need]


def _words_of(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(w for key in keys for w in key.split())


def _threadable(kind: str | None, headline_kinds: AbstractSet[str], situations: Sequence[Situation]) -> bool:
    """Whether a story of this kind (``Story.kind``) may be in a thread. A routine report or a listicle series
    is part of no situation; but a numbered headline that reports a happening ("5 Rumah Sakit di Iran Rusak
    Dihantam Serangan Israel") or names a situation ("3 Rekomendasi DPR Terkait Kasus Agnez Mo", "Head to Head
    Jepang vs Indonesia") is news the headline's count made look like a series piece, and a routine report naming
    a situation tells what it did to the market."""
    if not kind:
        return True
    named = any(s.name for s in situations)
    # (a routine report that names a situation tells its effect: "Begini Dampak Perang Iran Israel terhadap IHSG")
    return (kind == SERIES and bool(headline_kinds or named)) or (kind == ROUTINE and named)


def story_profile(
    story: Story, members: Sequence[ArticleLike], df: DocumentFrequencies, config: ThreadConfig | None = None
) -> StoryProfile:
    """A story's salient names (its articles' and its timeline's) and headline words, TF-IDF weighted, and the
    happenings that may link it to a thread (``thread_links``): its events, its headlines' situations, and the
    names its headlines give."""
    cfg = config or ThreadConfig()
    names, shown, place_votes, person_votes = _profile_names(story, members, df, cfg)
    titles = _titles(members)
    # (what the headlines report, less a situation they give as its time: ``thread_links.told_apart``)
    told = [told_apart(t) for t in titles]
    kinds = {k for t in told for k in headline_happenings(t)}
    # the situations its headlines name after one of its salient names
    places = sorted((k for k in names if place_votes[k] > 0), key=lambda k: (-names[k], k))
    written = {k: shown.get(k, k) for k in names}
    situations, amid = _situations(titles, told, written, places, cfg)
    if not _threadable(story.kind, kinds, situations):  # no names, so no thread
        names, situations, amid = {}, [], []
    kept = top(names, cfg.profile_terms)
    happenings = happenings_of(story, members, lambda key: _is_salient(key, df, cfg)) if names else []
    event_names = {n for h in happenings for n in h.names}
    return StoryProfile(
        id=story.id,
        first=iso_day(story.first),
        last=iso_day(story.last),
        size=len(story.articles),
        names=normalise(kept),
        words=normalise(top(_headline_words(titles, df), cfg.profile_terms)) if names else {},
        shown={k: shown.get(k, k) for k in (*kept, *sorted(event_names - kept.keys()))},
        places=sorted(k for k in kept if place_votes[k] > 0),
        happenings=happenings,
        situations=situations,
        headline_kinds=sorted(kinds),
        headline_names=often_named(told, {*names, *event_names}, cfg),
        amid=amid,
        reported=sorted(headline_types(told)),
        # (a place's word names the place, not the police unit named after it: "Satlantas Polrestabes Medan")
        written=often_named(told, {*names, *event_names}, cfg, _words_of(places)),
        **_front_names(told, members, kept, person_votes, df, cfg),
        lookback=is_lookback(titles, _event_days(story, members), iso_day(story.first), cfg),
    )


@cache
def lookback_cues() -> frozenset[str]:
    """The folded headline words of a look-back (``lang/id/thread_lookback_cues.txt``: "pernah", "kisah")."""
    return frozenset(fold_name(w) for w in lower_word_list("id", "thread_lookback_cues.txt") if fold_name(w))


def _event_days(story: Story, members: Sequence[ArticleLike]) -> list[date]:
    """The days the story's timeline and its articles' events are dated on (those dated to a day)."""
    whens: list[object] = [entry.when for entry in story.timeline]
    for article in members:
        if not isinstance(article, StoryArticle):
            whens.extend(fact_field(event, "when") for event in as_list(article_field(article, "events")))
    return [day for w in whens if (day := iso_day(w)) is not None]


def is_lookback(titles: Sequence[str], event_days: Iterable[date], first: date | None, config: ThreadConfig) -> bool:
    """Whether a story is a look-back: at least ``lookback_share`` of its headlines give a look-back's word
    (``lookback_cues``: "3 Pembalap yang Pernah Kecelakaan di Sirkuit X", "Kisah Pembalap X yang Nyaris Meninggal")
    and none of its events is dated within ``lookback_days`` before its first day or later ("Kisah Jemaah Haji yang
    Wafat di Makkah", dated three days before, is of the days). A look-back tells no happening of the days: a
    thread of look-backs alone is no developing situation (``Threader.telling``)."""
    if not titles:
        return False
    cues = lookback_cues()
    cued = sum(1 for t in titles if any(f" {c} " in f" {fold_name(t)} " for c in cues))
    if cued < config.lookback_share * len(titles):
        return False
    since = first.toordinal() - config.lookback_days if first else None
    return not any(since is None or day.toordinal() >= since for day in event_days)


def _situations(
    titles: Sequence[str], told: Sequence[str], written: Mapping[str, str], places: Sequence[str], config: ThreadConfig
) -> tuple[list[Situation], list[Situation]]:
    """The situations the headlines name (``situations_of``) with the matches they name by their two sides
    (``pairings_of``), and those they give only as the time of what they report (``told_apart``); none for a
    story with no salient name."""
    if not written:
        return [], []
    situations = sorted([*situations_of(told, written, places), *pairings_of(told, written)], key=lambda s: (s.kind, s.name, s.window))
    amid = [x for x in situations_of(titles, written, places) if x not in situations]
    need = _side_matter_floor(len(told), config)
    if need is None:  # (a small story's one headline is its share)
        return situations, amid
    return _named_often(situations, told, written, places, need), _named_often(amid, titles, written, places, need)


def _named_often(
    situations: Sequence[Situation], titles: Sequence[str], written: Mapping[str, str], places: Sequence[str], need: float
) -> list[Situation]:
    """The situations at least ``need`` of a large story's headlines name (``_side_matter_floor``): one headline of a state visit's thirty
    ("Prabowo ke Rusia Bisa Bantu Turunkan Eskalasi Iran Vs Israel") names a war the visit is not part of. A headline
    naming it another way counts ("Tambang PT Gag" and "Tambang Pulau Gag", ``Situation.names_same``)."""
    if not situations:
        return []
    named: Counter[int] = Counter()
    for title in titles:  # (a copy's headline counts as the story's other headlines do)
        told = [*situations_of([title], written, places), *pairings_of([title], written)]
        named.update(i for i, x in enumerate(situations) if x in told or any(x.names_same(t) for t in told))
    return [x for i, x in enumerate(situations) if named[i] >= need]


def _front_names(
    told: Sequence[str],
    members: Sequence[ArticleLike],
    kept: Vector,
    person_votes: Counter[str],
    df: DocumentFrequencies,
    cfg: ThreadConfig,
) -> dict[str, Any]:
    """What a story left alone is joined to a thread by (``Threader.attach_alone``): its headlines and leads
    (``_front``), its names the news before the run named often, and its persons."""
    if not kept:
        return {}
    common = cfg.distinctive_background * df.n_background
    return {
        "front": _front(told, members, cfg),
        "widely": sorted(k for k in kept if df.background_df("e:" + k) > common),
        "persons": sorted(k for k in kept if person_votes[k] > 0),
    }


def _front(told: Sequence[str], members: Sequence[ArticleLike], cfg: ThreadConfig) -> str:
    """The story's first headlines and its first articles' leads, folded (``StoryProfile.front``)."""
    leads = [
        str(body)[: cfg.front_chars]
        for a in members[: cfg.front_leads]
        if not isinstance(a, StoryArticle) and (body := article_field(a, "body"))
    ]
    heads = " | ".join(fold_name(t) for t in list(dict.fromkeys(told))[: cfg.front_headlines])
    return f"{heads}{FRONT_LEADS}{' | '.join(fold_name(t) for t in leads)}"


def thread_id(first_story: str) -> str:
    """A thread is named after its first story, so it keeps its id as stories join it."""
    return "T" + hashlib.sha1(first_story.encode("utf-8", "surrogatepass")).hexdigest()[:12]


# the profiles the threading holds in memory before it writes them to a temporary file (``ProfileStore``): a run of
# 100k stories held some 3 KB of profile a story to the end; a day's run (a thousand or two stories) never reaches it
HOLD_PROFILES = 5_000
READ_CACHE = 4_096  # profiles read back kept at hand: the final attachment reads a thread's stories again and again


class ProfileStore(Mapping[str, StoryProfile]):
    """The stories' profiles by id: in memory up to ``hold`` of them; past that, in a temporary file, read back by
    offset, and in memory only those of the open threads (``keep``; ``release`` once a thread closes). Reading one back
    gives the same profile (pickled), so the threads do not depend on where a profile was held."""

    def __init__(self, hold: int = HOLD_PROFILES):
        self.hold = hold
        self.ids: list[str] = []  # in the order stashed
        self.held: dict[str, StoryProfile] = {}
        self.at: dict[str, int] = {}  # id -> offset << 32 | length in the file
        self.file: Any = None
        self.cache: OrderedDict[str, StoryProfile] = OrderedDict()

    def stash(self, profile: StoryProfile) -> None:
        """A profile added to the store (in memory, or in the file once more than ``hold`` are stashed)."""
        self.ids.append(profile.id)
        if self.file is None and len(self.ids) <= self.hold:
            self.held[profile.id] = profile
            return
        if self.file is None:
            self.file = tempfile.TemporaryFile(prefix="telisik-profiles-")  # noqa: SIM115 - read back until ``close``
            for held in self.held.values():
                self._write(held)
            self.held = {}
        self._write(profile)

    def keep(self, profile: StoryProfile) -> None:
        """A profile the threading compares (its thread is open): in memory until ``release``."""
        if profile.id not in self.held and profile.id not in self.at:
            self.ids.append(profile.id)
        self.held[profile.id] = profile

    def release(self, ids: Iterable[str]) -> None:
        """The profiles of a closed thread let go of memory (those in the file only)."""
        for sid in ids:
            if sid in self.at:
                self.held.pop(sid, None)

    def _write(self, profile: StoryProfile) -> None:
        data = pickle.dumps(profile, protocol=pickle.HIGHEST_PROTOCOL)
        self.file.seek(0, 2)
        self.at[profile.id] = self.file.tell() << 32 | len(data)
        self.file.write(data)

    def _read(self, sid: str) -> StoryProfile:
        profile = self.cache.get(sid)
        if profile is not None:
            self.cache.move_to_end(sid)
            return profile
        where = self.at[sid]
        self.file.seek(where >> 32)
        profile = pickle.loads(self.file.read(where & 0xFFFFFFFF))
        self.cache[sid] = profile
        if len(self.cache) > READ_CACHE:
            self.cache.popitem(last=False)
        return profile

    def close(self) -> None:
        """The file removed (the profiles in it can no longer be read)."""
        if self.file is not None:
            self.file.close()

    def __getitem__(self, sid: str) -> StoryProfile:
        held = self.held.get(sid)
        return held if held is not None else self._read(sid)

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class _Thread:
    id: str
    number: int
    stories: list[str] = field(default_factory=list)
    why: dict[str, list[str]] = field(default_factory=dict)
    names: Vector = field(default_factory=dict)  # summed profiles, cut to the strongest terms
    words: Vector = field(default_factory=dict)
    last: date | None = None
    indexed: tuple[str, ...] = ()
    happen: ThreadHappenings = field(default_factory=ThreadHappenings)
    links: dict[str, str] = field(default_factory=dict)  # story -> the happening that links it to the thread


class Threader:
    """Single-pass threading of story profiles; call ``add`` in the order of the stories' first day."""

    def __init__(self, config: ThreadConfig | None = None, profiles: ProfileStore | None = None):
        self.config = config or ThreadConfig()
        self.threads: dict[str, _Thread] = {}
        self.thread_of: dict[str, str] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self.open: set[str] = set()
        self.shown: dict[str, str] = {}
        # every story's profile; those of closed threads may be on disk (``ProfileStore``)
        self.profiles = profiles if profiles is not None else ProfileStore(sys.maxsize)
        self.now: date | None = None
        self.scores: dict[str, float] = {}  # story -> its similarity to the thread it joined (0: it started one)

    def add(self, profile: StoryProfile) -> str:
        """Put one story in a thread (perhaps a new one); returns the thread id."""
        if profile.first and (self.now is None or profile.first > self.now):
            self.now = profile.first
            self._expire()
        self.profiles.keep(profile)
        for key, form in profile.shown.items():
            self.shown.setdefault(key, form)
        best, shared, score, link = self._best_thread(profile)
        if best is None:
            best = _Thread(thread_id(profile.id), len(self.threads))
            self.threads[best.id] = best
        best.stories.append(profile.id)
        best.why[profile.id] = shared
        if link:
            best.links[profile.id] = link
        self.scores[profile.id] = score
        self.thread_of[profile.id] = best.id
        self._absorb(best, profile)
        return best.id

    def _shared(self, profile: StoryProfile, thread: _Thread) -> list[str]:
        """The salient names of the story the thread has too, strongest together first."""
        common = [k for k in profile.names if k in thread.names]
        return sorted(common, key=lambda k: (-profile.names[k] * thread.names[k], k))

    def _enough(self, profile: StoryProfile, shared: list[str]) -> bool:
        """Enough salient names shared: ``min_shared``, one of them no place nor a body named after its place
        (``place_unit``: "Polresta Denpasar" handles every crime of the city), or ``min_shared_places`` places."""
        cfg = self.config
        places = set(profile.places)
        return len(shared) >= cfg.min_shared and (
            any(k not in places and not place_unit(k) for k in shared) or len(shared) >= cfg.min_shared_places
        )

    def _similarity(self, profile: StoryProfile, thread: _Thread) -> float:
        """The story's likeness to the thread's sum, or to the most alike of its latest stories: a thread's sum
        spreads over every name its stories bring, so a story close to one of them may be far from the sum."""
        recent = (self.profiles[sid] for sid in thread.stories[-self.config.recent_stories :])
        return max(self._cosine(profile, thread.names, thread.words), *(self._cosine(profile, p.names, p.words) for p in recent))

    def _cosine(self, profile: StoryProfile, names: Vector, title_words: Vector) -> float:
        """The weighted mean of the names' and the headline words' cosines (a space either side lacks drops out)."""
        cfg = self.config
        total = weight = 0.0
        for mine, theirs, w in ((profile.names, names, cfg.names_weight), (profile.words, title_words, cfg.words_weight)):
            if mine and theirs:
                total += w * dot(mine, theirs) / (norm(theirs) or 1.0)
                weight += w
        return total / weight if weight else 0.0

    def _link(self, profile: StoryProfile, thread: _Thread, names: list[str]) -> tuple[str | None, float]:
        """The happening that links the story to the thread, and the likeness it then needs: a situation both
        headlines name ("Erupsi Gunung Lewotobi") needs little more; events that follow one another need the
        names shared (``_enough``) and the likeness of ``join_threshold``, as does a headline naming two parties
        of one of the thread's happenings (``ThreadHappenings.headline_link``); headlines telling one happening
        alike (``_headline_subject``) need that likeness alone."""
        cfg = self.config
        pairing = thread.happen.pairing_link(profile.situations)
        if pairing is not None:  # one match's two sides: its venue's story and its coach's share little else
            return pairing, cfg.pairing_likeness
        if _other_match(profile, thread):
            return None, cfg.join_threshold
        situation = thread.happen.situation_link(profile.situations)
        if situation is not None and names:
            return situation, cfg.situation_threshold
        amid = thread.happen.situation_link(profile.amid) if profile.amid else None
        if amid is not None and names:
            return amid, cfg.amid_likeness
        subject = self._headline_subject(profile, thread)
        if not self._enough(profile, names):
            return subject, cfg.join_threshold
        named, named_kinds = frozenset(profile.headline_names), frozenset(profile.headline_kinds)
        link = thread.happen.event_link(profile.happenings, self.shown, named_kinds, profile.names, named, frozenset(profile.reported))
        # (a headline naming the parties links a story that reports a happening of its own: an evergreen piece
        # comparing the two countries' wealth names them too)
        reported = frozenset(profile.reported)
        by_headline = thread.happen.headline_link(named, self.shown, profile.names, reported) if profile.happenings else None
        if link or by_headline or subject:
            return link or by_headline or subject, cfg.join_threshold
        parties = self._headline_parties(profile, thread)
        if parties:
            return parties, cfg.parties_likeness
        both = self._headline_names_shared(profile, thread)
        named_event = thread.happen.named_event_link(profile.happenings, both, self.shown, named_kinds)
        if named_event:
            return named_event, cfg.named_event_likeness
        return self._headline_happening(profile, thread), cfg.headline_happening_likeness

    def _headline_happening(self, profile: StoryProfile, thread: _Thread) -> str | None:
        """The kind of happening and the name the story's headlines and one of the thread's latest stories'
        headlines both report and write (``_shared_headline_names``: "Kecelakaan Helikopter di Himalaya" and
        "Helikopter yang Kecelakaan di Himalaya"), as "TYPE name" ("ACCIDENT Himalaya", ``kind_type``); None: none."""
        # (the kinds that tell an event, ``thread_event_kinds.tsv``: a crash, a quake; not a forecast's weather)
        kinds = set(profile.headline_kinds) & {k for told in event_kinds().values() for k in told}
        for sid in reversed(thread.stories[-self.config.recent_stories :]):
            other = self.profiles[sid]
            shared_kinds = sorted(kinds & set(other.headline_kinds))
            names = self._shared_headline_names(profile, other) if shared_kinds else []
            if names:
                name = max(names, key=lambda n: (len(n.split()), n))
                return f"{kind_type(shared_kinds[0], frozenset(profile.reported))} {self.shown.get(name, name)}"
        return None

    def _headline_names_shared(self, profile: StoryProfile, thread: _Thread) -> frozenset[str]:
        """The names (folded) the story's headlines and one of the thread's latest stories' headlines write
        (``_shared_headline_names``)."""
        recent = thread.stories[-self.config.recent_stories :]
        return frozenset(n for sid in recent for n in self._shared_headline_names(profile, self.profiles[sid]))

    @staticmethod
    def _shared_headline_names(profile: StoryProfile, other: StoryProfile) -> list[str]:
        """The names (folded) both stories' headlines give by no word of a place (``StoryProfile.written``), no
        country. A place shared is where both happened, which two matters of one city share too ("Kecelakaan Truk
        di Medan", "Kecelakaan Bus di Medan"): it counts where both headlines report a kind of happening tied to one
        place (a quake, ``PLACE_KINDS``), or share a word beyond names and happenings ("helikopter", ``words_beyond``)."""
        names = [a for a in profile.written if not is_country(a) and any(same_name(a, b) for b in other.written)]
        kinds = set(profile.headline_kinds) & set(other.headline_kinds)
        if (kinds and kinds <= PLACE_KINDS) or words_beyond(profile.words, other.words, names, name_words_alone()):
            return names
        places = {*profile.places, *other.places}
        return [a for a in names if a not in places]

    def _headline_parties(self, profile: StoryProfile, thread: _Thread) -> str | None:
        """The two parties the story's headlines and those of one of the thread's latest stories both give
        (``thread_links.headline_parties``)."""
        places = frozenset(profile.places)
        for sid in reversed(thread.stories[-self.config.recent_stories :]):
            other = self.profiles[sid]
            parties = headline_parties(profile.headline_names, other.headline_names, places, self.shown, profile.names)
            if parties and self._beyond_parties(profile, other):
                return parties
        return None

    @staticmethod
    def _beyond_parties(profile: StoryProfile, other: StoryProfile) -> bool:
        """Whether two stories whose headlines give the same two parties tell one matter of theirs: both headlines give
        no name the other story lacks ("Ronaldo Pilih Bertahan di Al Nassr"), or they share more than the two: a third
        salient name or headline name ("Fuji" of "Fuji Utami"), or a headline word beyond the names (``words_beyond``).
        A player and his club are in every matter of either: the club's unpaid fee for him and a pundit's advice to
        sell all but him ("Saran Teddy Sheringham untuk Manchester United") share them and nothing else. The price: a
        right pair whose one headline gives one more person the other story lacks (a coach welcoming the new contract)
        and shares no other name or word is no thread either (tests/test_thread_recall.py)."""
        if len(distinct_names(profile.names.keys() & other.names.keys())) > 2:
            return True
        heads = [*profile.headline_names, *other.headline_names]
        if words_beyond(profile.words, other.words, heads, name_words_alone()):
            return True
        shared_heads = distinct_names(a for a in profile.headline_names if any(same_name(a, b) for b in other.headline_names))
        own = [a for p, q in ((profile, other), (other, profile)) for a in p.headline_names if not any(same_name(a, b) for b in q.names)]
        return len(shared_heads) > 2 or not own

    def _headline_subject(self, profile: StoryProfile, thread: _Thread) -> str | None:
        """The happening the story's headlines and those of one of the thread's latest stories tell alike
        (``thread_links.headline_subject``)."""
        cfg = self.config
        likeness = cfg.subject_likeness, cfg.subject_words_likeness
        for sid in reversed(thread.stories[-cfg.recent_stories :]):
            other = self.profiles[sid]
            mine, theirs = (profile.words, profile.headline_names), (other.words, other.headline_names)
            subject = headline_subject(mine, theirs, self.shown, likeness, cfg.subject_words)
            if subject:
                return subject
        return None

    def _best_thread(self, profile: StoryProfile) -> tuple[_Thread | None, list[str], float, str | None]:
        """The thread the story joins (None: it starts one), the names it shares with it, its likeness, and
        the happening that links it: names shared are not enough (``thread_links``)."""
        cfg = self.config
        hits: Counter[str] = Counter()
        for key in (*top(profile.names, cfg.query_terms), *_pairing_keys(profile.situations)):
            hits.update(self.index.get(key, ()))
        best, best_sim, best_shared, best_link = None, 0.0, [], None
        for tid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], self.threads[kv[0]].number))[: cfg.candidates]:
            thread = self.threads[tid]
            shared = self._shared(profile, thread)
            names = distinct_names(shared)
            link, threshold = self._link(profile, thread, names)
            if link is None:
                continue
            sim = self._similarity(profile, thread)
            if sim >= max(best_sim, threshold):
                best, best_sim, best_shared, best_link = thread, sim, shared, link
        return best, distinct_names(best_shared)[: cfg.why_names], best_sim if best else 0.0, best_link

    def _absorb(self, thread: _Thread, profile: StoryProfile) -> None:
        cfg = self.config
        thread.names = top(add(thread.names, profile.names), cfg.thread_terms)
        thread.happen.absorb(profile.happenings, profile.situations)
        thread.words = top(add(thread.words, profile.words), cfg.thread_terms)
        day = profile.last or profile.first
        if day and (thread.last is None or day > thread.last):
            thread.last = day
        # (and the matches its stories name: the venue's story and the coach's may share no name beside the sides)
        terms = (*top(thread.names, cfg.index_terms), *_pairing_keys(thread.happen.situations))
        for key in set(thread.indexed) - set(terms):
            self.index[key].discard(thread.id)
        for key in terms:
            self.index[key].add(thread.id)
        thread.indexed = terms
        self.open.add(thread.id)

    def _expire(self) -> None:
        """Close the threads the window has passed: out of the index, their sums dropped."""
        if self.now is None:
            return
        horizon = self.now.toordinal() - self.config.window_days
        for tid in [t for t in self.open if (last := self.threads[t].last) and last.toordinal() < horizon]:
            thread = self.threads[tid]
            for key in thread.indexed:
                self.index[key].discard(tid)
            thread.indexed, thread.names, thread.words, thread.happen = (), {}, {}, ThreadHappenings()
            self.open.discard(tid)
            self.profiles.release(thread.stories)  # no longer compared: read again only by ``attach_alone`` and ``why``

    def attach_alone(self) -> None:
        """Put each story left alone in the thread whose distinctive names its headlines or leads give
        (``_attach_target``), the stories in their order: a side story of one situation (the DNA identification of a
        crash's dead, a Kapolda's visit to the site of a clearing) tells it by the situation's own names, though it
        reports no happening the thread's stories report. The threads already made stay as they are."""
        cfg = self.config
        spread, alone = self._spread_and_alone()
        threads = [t for t in self.threads.values() if self.is_thread(t)]
        named = {t.id: self._thread_names(t) for t in threads}
        by_word: defaultdict[str, set[str]] = defaultdict(set)  # a word -> the threads' names that hold it
        holders: defaultdict[str, list[_Thread]] = defaultdict(list)  # a name -> the threads that give it
        for thread in threads:
            for key in named[thread.id]:
                holders[key].append(thread)
                for word in key.split():
                    by_word[word].add(key)
        situated = self._lead_situation_index(threads)
        parties = self._party_index(threads)
        for sid in alone:
            profile = self.profiles[sid]
            target, names, likeness = self._attach_target(profile, holders, named, by_word, spread)
            label = ", ".join(self.shown.get(k, k) for k in names[:LABEL_NAMES])
            if target is None:
                target, label, likeness = self._lead_situation_target(profile, situated)
            if target is None:
                target, label, likeness = self._party_target(profile, parties)
            if target is None:
                continue
            self.threads[self.thread_of[profile.id]].stories.remove(profile.id)
            target.stories.append(profile.id)
            shared = distinct_names(sorted(named[target.id].keys() & profile.names.keys(), key=lambda k: (-profile.names[k], k)))
            target.why[profile.id] = [k for k in shared if k not in names][: cfg.why_names]
            target.links[profile.id] = label
            self.thread_of[profile.id], self.scores[profile.id] = target.id, likeness
            named[target.id].update(k for k in profile.names if k in named[target.id])

    def is_thread(self, thread: _Thread) -> bool:
        """Whether a group of stories is a thread: ``min_stories`` of them, one at least telling a happening of the
        days: look-backs alone (``is_lookback``: two features on the old crashes of one circuit) share names and an old
        happening, no developing situation."""
        if len(thread.stories) < self.config.min_stories:
            return False
        return any(not self.profiles[sid].lookback for sid in thread.stories)

    @staticmethod
    def _party_index(threads: Sequence[_Thread]) -> dict[str, list[_Thread]]:
        """A name of the threads' happenings, no standing war's party (``backdrop_names``) -> the threads whose
        happenings name it."""
        index: defaultdict[str, list[_Thread]] = defaultdict(list)
        backdrop = backdrop_names()
        for thread in threads:
            for name in sorted(thread.happen.by_name):
                if name not in backdrop:
                    index[name].append(thread)
        return index

    def _party_target(self, profile: StoryProfile, parties: Mapping[str, list[_Thread]]) -> tuple[_Thread | None, str, float]:
        """The thread one of whose happenings a story left alone completes (``thread_links.completed_link``: its
        event of one party its headline gives, the other party in its body: a hack of a bursa in Iran by the hackers
        of Israel, of the strikes of Israel and Iran), the happening as "TYPE names", and the likeness of
        ``attach_likeness`` to one of the thread's stories it has."""
        headline, named = frozenset(profile.headline_names), frozenset(profile.names)
        linked: dict[str, tuple[_Thread, str]] = {}
        for mine in sorted(profile.happenings, key=Happening.order):
            for thread in {t.id: t for n in sorted(headline & set(mine.names)) for t in parties.get(n, ())}.values():
                for theirs in sorted({h for n in mine.names for h in thread.happen.by_name.get(n, ())}, key=Happening.order):
                    names = completed_link(mine, theirs, headline, named)
                    if names and thread.id not in linked:
                        linked[thread.id] = (thread, f"{theirs.type} {', '.join(self.shown.get(n, n) for n in names[:LABEL_NAMES])}")
        best: tuple[_Thread | None, str, float] = (None, "", 0.0)
        for thread, label in linked.values():
            if not self._within(profile, thread) or _other_match(profile, thread):
                continue
            likeness = max(self._cosine(profile, self.profiles[sid].names, self.profiles[sid].words) for sid in thread.stories)
            if likeness >= max(self.config.attach_likeness, best[2] + 1e-9):
                best = (thread, label, likeness)
        return best

    def _lead_situation_index(self, threads: Sequence[_Thread]) -> dict[str, list[tuple[Situation, _Thread]]]:
        """A kind of situation a lead may name (``thread_links.LEAD_SITUATIONS``) -> the named situations of that kind
        the threads' stories' headlines give, with their thread."""
        index: defaultdict[str, list[tuple[Situation, _Thread]]] = defaultdict(list)
        for thread in threads:
            seen: set[Situation] = set()
            for sid in thread.stories:
                for situation in self.profiles[sid].situations:
                    if situation.kind in LEAD_SITUATIONS and situation.name and situation not in seen:
                        seen.add(situation)
                        index[situation.kind].append((situation, thread))
        return index

    def _lead_situation_target(
        self, profile: StoryProfile, situated: Mapping[str, list[tuple[Situation, _Thread]]]
    ) -> tuple[_Thread | None, str, float]:
        """The thread whose situation a story left alone names in its leads (a wedding, a mine's dispute, a city's
        unrest: ``thread_links.LEAD_SITUATIONS``), the situation as the thread writes it, and the likeness of
        ``attach_likeness`` to one of its stories it has: "Potret Busana Adat ... di Momen Ngunduh Mantu" opens on
        "momen ngunduh mantu pasangan Al Ghazali"."""
        _, _, leads = profile.front.partition(FRONT_LEADS)
        if not leads or not situated:
            return None, "", 0.0
        written = {k: self.shown.get(k, k) for k in profile.names}
        # a lead's "di tengah kerusuhan di X" is the time of what it reports, as in a headline (``told_apart``)
        told = [told_apart(lead) for lead in leads.split(" | ")]
        mine = [s for s in situations_of(told, written, profile.places) if s.kind in situated and s.name]
        best: tuple[_Thread | None, str, float] = (None, "", 0.0)
        for situation in mine:
            for theirs, thread in situated[situation.kind]:
                if not situation.names_same(theirs) or not self._within(profile, thread) or _other_match(profile, thread):
                    continue
                likeness = max(self._cosine(profile, self.profiles[sid].names, self.profiles[sid].words) for sid in thread.stories)
                if likeness >= max(self.config.attach_likeness, best[2] + 1e-9):
                    best = (thread, theirs.shown, likeness)
        return best

    def _spread_and_alone(self) -> tuple[Counter[str], list[str]]:
        """How many stories name each name, and the stories left alone that have names and a front, in ``profile_order``
        (their ids only, read in one pass: the profiles may be on disk)."""
        spread: Counter[str] = Counter()
        alone = []
        for sid, p in self.profiles.items():
            spread.update(p.names.keys())
            if p.names and p.front and len(self.threads[self.thread_of[sid]].stories) == 1:
                alone.append(_order_key(p))
        return spread, [key[-1] for key in sorted(alone)]

    def _thread_names(self, thread: _Thread) -> Counter[str]:
        """How many of a thread's stories name each name that one of them gives up front (``_fronted``) and that the
        news before the run named seldom (``StoryProfile.widely``): the names its situation may be told by."""
        members = [self.profiles[sid] for sid in thread.stories]
        counts = Counter(k for p in members for k in p.names)
        widely = {k for p in members for k in p.widely}
        # (the fronts joined once, "|" between them, so a name is looked for once; the names most named only, so a
        # long thread's cost stays flat)
        front = " | ".join(p.front for p in members if p.front)
        front_words = frozenset(front.split())
        named = [k for k, _ in counts.most_common(self.config.thread_terms) if k not in widely]
        return Counter({k: counts[k] for k in named if self._fronted(k, f" {front} ", front_words)})

    def _attach_target(
        self,
        profile: StoryProfile,
        holders: Mapping[str, list[_Thread]],
        named: Mapping[str, Counter[str]],
        by_word: Mapping[str, set[str]],
        spread: Counter[str],
    ) -> tuple[_Thread | None, list[str], float]:
        """The thread a story left alone joins (None: none), the distinctive names it gives up front, and its likeness.
        A thread's name is distinctive when its stories hold ``distinctive_share`` of the run's other stories naming
        it, and it is no standing war's party, country or frame (``holds_frame``): "Desa Balung", "Air India"; a city or an
        official named in many matters is not. The story's headlines or leads give it (``_fronted``); it gives two, or
        one and reports a type of happening the thread's stories have (the crash, of "Pilot Helikopter yang Jatuh di
        Himalaya"), with the likeness of ``attach_likeness`` to one of the thread's stories."""
        cfg = self.config
        front, front_words = f" {profile.front} ", frozenset(profile.front.split())
        candidates = {k for w in front_words for k in by_word.get(w, ())}
        widely = set(profile.widely)
        up_front = [k for k in sorted(candidates) if k not in widely and self._fronted(k, front, front_words) and _distinct_kind(k)]
        best: tuple[int, float] = (0, 0.0)
        chosen: tuple[_Thread | None, list[str], float] = (None, [], 0.0)
        for thread in sorted({t.id: t for k in up_front for t in holders.get(k, ())}.values(), key=lambda t: t.number):
            counts = named[thread.id]
            mine = [k for k in up_front if counts[k] and counts[k] >= cfg.distinctive_share * (spread[k] - (k in profile.names))]
            if not mine:
                continue  # nothing of its own to attach by: the thread's profiles need not be read back
            # (one place written two ways is one name: "Kabupaten X", "Pemkab X"; the place form is kept)
            where = {*profile.places, *(k for sid in thread.stories for k in self.profiles[sid].places)}
            names = one_name_each(sorted(mine, key=lambda k: (-counts[k], k)), where)
            likeness = self._attach_likeness(profile, thread, names) if names and self._within(profile, thread) else None
            if likeness is not None and (len(names), likeness) > best:
                best, chosen = (len(names), likeness), (thread, names, likeness)
        return chosen

    def _attach_likeness(self, profile: StoryProfile, thread: _Thread, names: list[str]) -> float | None:
        """The story's likeness to the thread whose distinctive names it gives (``_attach_target``), None where they
        do not link it: one name alone (``_one_name_enough``), or fewer than ``distinctive_persons`` names where each
        is a person (two people are a couple's or a club's many matters, a third of one case's is its case), or a
        likeness under ``attach_likeness``."""
        cfg = self.config
        if _other_match(profile, thread):
            return None
        members = [self.profiles[sid] for sid in thread.stories]
        likeness = max(self._cosine(profile, p.names, p.words) for p in members)
        if likeness < cfg.attach_likeness:
            return None
        if len(names) < 2 and not self._one_name_enough(profile, names[0], members, likeness):
            return None
        if self._where_alone(profile, names, members):
            return None
        persons = {*profile.persons, *(k for p in members for k in p.persons)}
        return None if len(names) < cfg.distinctive_persons and all(k in persons for k in names) else likeness

    def _where_alone(self, profile: StoryProfile, names: Sequence[str], members: Sequence[StoryProfile]) -> bool:
        """Whether the distinctive names a story shares with a thread are all where things happened (places, and bodies
        named after their place: "Denpasar Timur" and "Polresta Denpasar", ``place_unit``) and its headlines give none
        of them: every happening of the city names its district and its police in the body (a travel warning for the
        island, a detainee's death), while a side story of the thread's situation says where in its headline
        ("Transportasi Menuju Pulau Gag", "Penumpang ... dari Labuan Bajo yang Penerbangannya Dibatalkan")."""
        where = {*profile.places, *(k for p in members for k in p.places)}
        if not all(k in where or place_unit(k) for k in names):
            return False
        heads = profile.front.split(FRONT_LEADS)[0]
        return not any(self._fronted(k, f" {heads} ", frozenset(heads.split())) for k in names)

    def _one_name_enough(self, profile: StoryProfile, name: str, members: Sequence[StoryProfile], likeness: float) -> bool:
        """Whether one distinctive name links a story to a thread: a place its headline gives (a site is what "Ini
        Daftar Pulau Raja Ampat yang Masuk Konsesi Tambang" is about), with the likeness of ``headline_name_likeness``,
        in a story that reports no happening of another type than the thread's. One person or one organisation is
        the party of many matters (a governor's matchmaking and his remark on a gang), and a district a lead names
        is where a festival was held, not the crash there."""
        heads = profile.front.split(FRONT_LEADS)[0]
        if name not in {*profile.places, *(k for p in members for k in p.places)} or likeness < self.config.headline_name_likeness:
            return False
        types = set(profile.reported) | {kind_type(k) for k in profile.headline_kinds}
        if types and not types & {h.type for p in members for h in p.happenings}:
            return False
        return self._fronted(name, f" {heads} ", frozenset(heads.split()))

    @staticmethod
    def _fronted(key: str, front: str, front_words: AbstractSet[str]) -> bool:
        """Whether headlines and leads (``front``, folded, and its words) give a name: whole, or by what is left of
        it less the words that name nothing alone (``name_words_alone``: "Kampar" of "Kabupaten Kampar", "Gag" of "Pulau
        Gag"), unless that is a country ("Jepang" of "Timnas Jepang")."""
        if f" {key} " in front:
            return True
        alone = name_words_alone()
        rest = " ".join(w for w in key.split() if w not in alone)
        if len(rest) < 3 or rest == key or is_country(rest):
            return False
        return rest in front_words if " " not in rest else f" {rest} " in front

    def _within(self, profile: StoryProfile, thread: _Thread) -> bool:
        """Whether the story's first day is within the thread's window (``window_days`` of its days)."""
        days = [d for sid in thread.stories for d in (self.profiles[sid].first, self.profiles[sid].last) if d]
        if profile.first is None or not days:
            return True
        window = self.config.window_days
        return min(days).toordinal() - window <= profile.first.toordinal() <= max(days).toordinal() + window

    def why(self, thread: _Thread, story: str) -> list[str]:
        """Why a story is in its thread: the happening that links it ("ATTACK Iran, Israel", "Erupsi Gunung Lewotobi"),
        then the names it shares, as the articles write them. The first story, which joined nothing, gives
        the happening that linked most of the others (one of a type its headlines report first) and the names it
        shares with them."""
        keys = thread.why.get(story) or []
        link = thread.links.get(story)
        if not keys and link is None:
            others: Counter[str] = Counter(k for s in thread.stories if s != story for k in thread.why.get(s, []))
            mine = self.profiles[story].names
            shared = sorted((k for k in others if k in mine), key=lambda k: (-others[k], -mine[k], k))
            keys = distinct_names(shared)[: self.config.why_names]
            links = Counter(thread.links.values())
            # (a link of a type its own headlines report first: "Dian Tewas di Kamar Hotel" is her death's)
            reported = set(self.profiles[story].reported)
            link = min(links, key=lambda k: (k.split()[0] not in reported, -links[k], k)) if links else None
        names = [self.shown.get(k, k) for k in keys]
        # (a name the link gives already is not given twice: the link's names end it, each before a comma)
        return [link, *(n for n in names if f" {n}," not in f" {link},")] if link else names


def _pairing_keys(situations: Iterable[Situation]) -> list[str]:
    """The keys of the matches (``thread_links.pairings_of``) in the threads' index: "indonesia|jepang" (no name
    holds the bar)."""
    return [match_key(s.name) for s in situations if s.kind == MATCH]


def _other_match(profile: StoryProfile, thread: _Thread) -> bool:
    """Whether the story's headlines name a match (``thread_links.pairings_of``) and the thread's another of one of
    its sides: one team's two games ("Pacers vs Knicks" and "Pacers vs Thunder") are two matters, however alike their
    guides. (Two pairings sharing no side may be one match by other words, "Garuda vs Samurai Biru": the other links
    decide.)"""
    mine = [s.name for s in profile.situations if s.kind == MATCH]
    theirs = [s.name for s in thread.happen.situations if s.kind == MATCH]
    if any(same_match(a, b) for a in mine for b in theirs):
        return False
    return any(one_side_shared(a, b) for a in mine for b in theirs)


def _distinct_kind(key: str) -> bool:
    """Whether a name may be a thread's distinctive name: no standing war's party, no country, no frame of many
    matters ("MotoGP", "Samsung"), and not made of words that name nothing alone ("Grup C", "Ronde": a common
    noun the entities took for a name, ``name_words_alone``)."""
    alone = name_words_alone()
    named = any(len(w) > 1 and w not in alone for w in key.split())
    return named and key not in backdrop_names() and not is_country(key) and not holds_frame(key)


def _order_key(p: StoryProfile) -> tuple[bool, date, int, str]:
    return (p.first is None, p.first or date.min, -p.size, p.id)


def profile_order(profiles: Iterable[StoryProfile]) -> list[StoryProfile]:
    """Stories by their first day (undated last), the larger first on a day, then by id."""
    return sorted(profiles, key=_order_key)


def thread_assignment(profiles: Iterable[StoryProfile], config: ThreadConfig | None = None) -> dict[str, tuple[str, list[str]]]:
    """Story id -> (its thread's id, why it is there), for the stories in a thread of ``min_stories`` or more."""
    store = ProfileStore(HOLD_PROFILES)
    order = []
    for profile in profiles:  # stashed as they come: past ``HOLD_PROFILES``, on disk, in order by their keys alone
        order.append(_order_key(profile))
        store.stash(profile)
    order.sort()
    threader = Threader(config, store)
    for key in order:
        threader.add(store[key[-1]])
    del order
    threader.attach_alone()
    assigned = {
        sid: (thread.id, threader.why(thread, sid))
        for thread in threader.threads.values()
        if threader.is_thread(thread)
        for sid in thread.stories
    }
    store.close()
    return assigned


def assign_threads(stories: Sequence[Story], profiles: Iterable[StoryProfile], config: ThreadConfig | None = None) -> None:
    """Set each story's ``thread`` and ``thread_why`` (a thread of one story is none)."""
    assigned = thread_assignment(profiles, config)
    for story in stories:
        story.thread, why = assigned.get(story.id, (None, []))
        story.thread_why = list(why)


def threads_of(stories: Iterable[Story | Mapping[str, Any]], config: ThreadConfig | None = None) -> list[Thread]:
    """The threads the stories name (``Story.thread``), largest first: read back from the stories alone,
    so the analysis document and the store give the same threads."""
    cfg = config or ThreadConfig()
    grouped: dict[str, list[Story]] = defaultdict(list)
    for story in stories:
        record = story if isinstance(story, Story) else Story.from_dict(dict(story))
        if record.thread:
            grouped[record.thread].append(record)
    threads = [_thread_record(tid, members, cfg) for tid, members in grouped.items()]
    threads.sort(key=lambda t: (-len(t.stories), -t.articles, t.first or "", t.id))
    return threads


def _thread_record(tid: str, members: list[Story], config: ThreadConfig) -> Thread:
    members.sort(key=lambda s: (s.first is None, s.first or "", -len(s.articles), s.id))
    counts: Counter[str] = Counter(n for s in members for n in s.thread_why)
    names = [n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if counts[n] > 1 or len(members) == 1]
    largest = max(members, key=lambda s: (len(s.articles), -members.index(s)))
    title = " · ".join(names[: config.title_names]) if len(names) >= 2 else (largest.title or tid)
    days = [d for s in members for d in (s.first, s.last) if d]
    return Thread(
        id=tid,
        title=title,
        names=names,
        stories=[s.id for s in members],
        why={s.id: list(s.thread_why) for s in members},
        articles=sum(len(s.articles) for s in members),
        first=min(days) if days else None,
        last=max(days) if days else None,
    )


__all__ = [
    "StoryProfile",
    "ThreadConfig",
    "Threader",
    "assign_threads",
    "story_profile",
    "thread_assignment",
    "thread_id",
    "threads_of",
]

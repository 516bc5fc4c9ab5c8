"""The happenings that link a story to a thread (``telisik.stories.threads``): names shared are not enough.

Two stories that share names may be two matters of one official, club or company (a governor at a demo and at
a charity, every signing rumour of one club). What makes them one developing situation is a happening:

- a named situation in their headlines: a word of ``lang/id/thread_situations.tsv`` ("erupsi", "kasus")
  with the same salient name right after it ("Erupsi Gunung Lewotobi" and "Letusan Gunung Lewotobi Laki-laki";
  "Kasus Sritex" and "Dugaan Korupsi Sritex"), of the same kind; a war by its two parties ("Konflik
  Iran-Israel" and "Perang Israel dan Iran", not "Serangan Israel" on Gaza);
- events that follow one another in one situation (``lang/id/thread_relations.tsv``: a strike and an
  evacuation, an eruption and the flights closed, an arrest and a trial), or two of one type, which share two
  salient parties or places (Israel and Iran), or two disasters' one place (Gunung Lewotobi). Two events of
  the kinds an official or a company makes every week (``lang/id/thread_talk_types.txt``: a meeting, a visit,
  a statement) link only by three names, or by one venue (no country) and one more party (Prabowo at the
  palace where he met Putin). An event of a kind the story's headlines do not report (the eruption in the
  story of a tourist who drowned, ``thread_event_kinds.tsv``) is a backdrop, and links nothing; so is one of
  those kinds when the headlines report no happening and give none of its names (the war in the Fed's story);
- a headline that names two parties of one of the thread's happenings (``ThreadHappenings.headline_link``:
  "Iran-Israel Memanas, Perusahaan Migas Was-Was" of the strikes of Israel and Iran);
- headlines that tell one happening alike (``headline_subject``): one name shared and words beyond it and
  beyond a beat's ("Empat Pulau di Anambas Dijual Online", "KKP Jelaskan Kondisi 4 Pulau Anambas yang Dijual
  Online"), for the stories of one local case whose events share no party.
- a match both headlines name by its two sides (``pairings_of``: "Head to Head Jepang vs Indonesia" and "Prediksi
  Skor Indonesia Vs Jepang").

The parties of a standing war (``lang/id/thread_backdrop_names.txt``: "Israel", "Gaza", "Hamas", "Rusia") are named
by every story of the war, whatever it reports: no event link, headline link or two-party situation rests on them
alone (the seizure of an aid ship and a commander's body found are two matters).

A story's happenings are read from its timeline and its articles' events (``happenings_of``) and its
headlines' named situations (``situations_of``); ``ThreadHappenings`` finds what a story shares with a
thread's, and says it ("ATTACK Teheran, Iran"; "Erupsi Gunung Lewotobi") first in the story's ``thread_why``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from telisik.lang import lower_word_list, table, word_list
from telisik.records.stories import Story
from telisik.stories.article import ArticleLike, StoryArticle, article_field, as_list, fact_field
from telisik.stories.event_names import is_country
from telisik.text import fold_name

# the words after a situation's word in which its name is looked for ("Konflik [Iran-Israel]", "Erupsi [Gunung Lewotobi]")
SITUATION_WINDOW = 4
SITUATION_NAME_START = 2  # ... and the words one of them starts in
MATCH = "match"  # a match a headline names by its two sides ("Jepang vs Indonesia", ``pairings_of``)
TWO_PARTY_KINDS = frozenset({"conflict", MATCH})  # situations named by two parties (``thread_situations.tsv``'s kinds)
PARTIES = "|"  # between the two parties' names in a two-party situation's name
MAX_HAPPENINGS = 60  # a story's happenings kept (the most reported first), and ...
# ... those reported at least this share as often as its most reported: a long story of the war on Iran tells
# of the war in Gaza too, a few times, and would link Gaza's stories to its thread
MAIN_SHARE = 0.25
THREAD_HAPPENINGS = 200  # ... a thread's
DISASTER = "DISASTER"
# situations named by a place (``thread_situations.tsv``'s kinds): "di tengah tambang" is where, not when
PLACE_SITUATIONS = frozenset({"mining", "forest"})
# situations told by the place they are in (``thread_situations.tsv``'s kinds): its name may follow a word of where
# (``thread_situation_places.txt``: "di") further on, "Kerusuhan Meluas di Los Angeles"; a case's place is not its name.
# Only a place below a province names one (``_too_wide``): two riots "di Papua" or "di Jakarta" are two matters
# ("Kasus Pencurian di Bekasi" and "Kasus Pembunuhan di Bekasi" are two matters)
PLACE_TOLD_SITUATIONS = frozenset({"unrest", "mining", "forest"})
# situations a story's lead may name to tie it to their thread (``Threader.attach_alone``): a wedding, a mine's dispute,
# a city's unrest are what a side piece's lead opens on (a guest's dress "di acara pernikahan Al Ghazali"); a war, a
# disaster or a case is the time of many matters' leads (the Fed's rate decision "di tengah konflik Iran-Israel")
LEAD_SITUATIONS = frozenset({"wedding", "mining", "forest", "unrest"})
WEDDING = "wedding"  # a wedding is named by the one who weds, never by a relative, and no marriage's end is one
# kinds of happening (``story_happenings.tsv``) tied to one place: a city's quake is one quake, its crashes are many
PLACE_KINDS = frozenset({"quake", "flood", "eruption"})
LABEL_NAMES = 3  # names given in a link's label


@dataclass(frozen=True)
class Happening:
    """One event of a story: its type, the salient names (folded) of its parties and place, and its place."""

    type: str
    names: tuple[str, ...]
    where: str | None = None

    def order(self) -> tuple[str, tuple[str, ...], str]:
        return (self.type, self.names, self.where or "")


@dataclass(frozen=True)
class Situation:
    """A situation a headline names: its kind ("conflict"), the salient name after the word (folded), as written."""

    kind: str
    name: str  # "" when no salient name of the story follows the word: the window may hold a thread's
    shown: str
    window: str = ""  # the folded words after the situation's word

    def names_same(self, other: Situation) -> bool:
        """Whether two headlines name one situation: one kind, and one's name in the other's (name or window)."""
        if self.kind != other.kind:
            return False
        if self.kind == MATCH:  # the two sides, each written longer or shorter ("Persib" / "Persib Bandung")
            return same_match(self.name, other.name)
        if self.kind in TWO_PARTY_KINDS:  # both parties, one of them no party of a standing war ("Perang Rusia-Ukraina")
            shared = set(self.name.split(PARTIES)) & set(other.name.split(PARTIES))
            return len(shared) >= 2 and beyond_backdrop(shared)
        if self.name and other.name and same_name(self.name, other.name):
            return True
        return bool(self.name and f" {self.name} " in f" {other.window} ") or bool(other.name and f" {other.name} " in f" {self.window} ")


@cache
def backdrop_names() -> frozenset[str]:
    """The folded names of a standing war's parties (``thread_backdrop_names.txt``): "Israel", "Gaza", "Hamas"."""
    return frozenset(fold_name(n) for n in word_list("id", "thread_backdrop_names.txt") if fold_name(n))


def beyond_backdrop(names: Iterable[str]) -> bool:
    """Whether the names hold one that is no standing war's party (``backdrop_names``): the parties every story of
    the war names link no two of its stories alone (the seizure of an aid ship and a commander's body found)."""
    backdrop = backdrop_names()
    return any(n not in backdrop for n in names)


# two sides of one match in a headline: the word before "vs" (or "kontra") and the one after it, an age group kept
# ("Timnas Indonesia U-17 vs Jepang U-17" is no senior match); "Timnas" before a side is the team's word, not its name
# (a side's word is bounded: a garbage run of letters costs no quadratic time)
_SIDE = r"([A-Z][\w'-]{0,40})(?:\s+U-?(\d{2})\b)?"
_PAIRING = re.compile(rf"{_SIDE}\s+(?i:vs\.?|versus|kontra)\s+(?:(?i:timnas)\s+)?{_SIDE}")
_AGE = re.compile(r"u\d\d")


def _widened(word: str, text: str, names: Iterable[str], before: bool) -> str:
    """A side's word widened to the longest of the story's names (folded) the headline writes there: the name that
    ends at it before "vs" ("Bali United"), or begins at it after ("Al Hilal"); the word alone where none does."""
    folded = f" {fold_name(text)} "
    edge = (lambda n: f" {n} ".endswith(f" {word} ")) if before else (lambda n: f" {n} ".startswith(f" {word} "))
    fits = [n for n in names if (folded.endswith(f" {n} ") if before else folded.startswith(f" {n} ")) and edge(n)]
    return max(fits, key=lambda n: (len(n.split()), n), default=word)


def _sides(match: re.Match[str], title: str, names: Iterable[str]) -> tuple[str, str]:
    """The two sides of a match the headline names, widened (``_widened``), an age group written as "u17" and given
    to both when the headline gives it to one ("Indonesia U17 vs Jepang")."""
    a_word, a_age, b_word, b_age = match.groups()
    a = _widened(fold_name(a_word), title[: match.end(1)], names, True)
    b = _widened(fold_name(b_word), title[match.start(3) :], names, False)
    age = a_age or b_age
    return (f"{a} u{age}", f"{b} u{age}") if age else (a, b)


def pairings_of(titles: Iterable[str], names: Iterable[str] = ()) -> list[Situation]:
    """The matches the headlines name by their two sides ("Head to Head Jepang vs Indonesia", "Prediksi Skor
    Indonesia Vs Jepang"), as two-party situations of kind ``MATCH``: every story of one match (its preview, its
    venue, its broadcast, its result) names the two sides, whichever it gives first. A side is the story's longest
    name (``names``, folded) the headline writes at the word by "vs" ("Bali United vs Persib" is no "Madura United vs
    Persib"). A headline naming two pairings or more is a matchday's roundup and names none."""
    found: dict[str, Situation] = {}
    known = sorted({fold_name(n) for n in names if fold_name(n)})
    for title in titles:
        title = (title or "")[:300]  # (a headline's length: a garbage title costs no more)
        pairs = {tuple(sorted(_sides(m, title, known))) for m in _PAIRING.finditer(title)}
        pairs = {p for p in pairs if p[0] != p[1] and all(p)}
        if len(pairs) == 1:
            a, b = next(iter(pairs))
            found.setdefault(f"{a}{PARTIES}{b}", Situation(MATCH, f"{a}{PARTIES}{b}", f"{a.title()} vs {b.title()}"))
    return sorted(found.values(), key=lambda s: s.name)


def same_side(a: str, b: str) -> bool:
    """Two sides (``pairings_of``) one team: one age group, and one's words all in the other's ("Persib" and "Persib
    Bandung", "Indonesia" and "Timnas Indonesia"; not "Bali United" and "Madura United", nor "Indonesia" and
    "Indonesia U17")."""
    a_words, b_words = set(a.split()), set(b.split())
    a_age, b_age = {w for w in a_words if _AGE.fullmatch(w)}, {w for w in b_words if _AGE.fullmatch(w)}
    return a_age == b_age and (a_words <= b_words or b_words <= a_words)


def match_sides(name: str) -> tuple[str, str]:
    a, _, b = name.partition(PARTIES)
    return a, b


def same_match(a: str, b: str) -> bool:
    """Two matches' names (``pairings_of``) one match: each side the other's (``same_side``), in either order."""
    (a1, a2), (b1, b2) = match_sides(a), match_sides(b)
    return (same_side(a1, b1) and same_side(a2, b2)) or (same_side(a1, b2) and same_side(a2, b1))


def one_side_shared(a: str, b: str) -> bool:
    """Two matches' names share one side and not the other: one team's two games ("Pacers vs Knicks", "Pacers vs
    Thunder")."""
    (a1, a2), (b1, b2) = match_sides(a), match_sides(b)
    return sum(same_side(x, y) for x in (a1, a2) for y in (b1, b2)) == 1


def match_key(name: str) -> str:
    """A match's index key: each side's last word before its age group ("hilal|madrid", "indonesia u17|jepang u17"):
    the two headlines of one match that write a side longer or shorter meet by it (``same_match`` then decides)."""
    keys = []
    for side in match_sides(name):
        words = side.split()
        age = [w for w in words if _AGE.fullmatch(w)]
        base = [w for w in words if not _AGE.fullmatch(w)]
        keys.append(" ".join([*base[-1:], *age]))
    return PARTIES.join(sorted(keys))


@cache
def related_types() -> frozenset[tuple[str, str]]:
    """Pairs of event types one situation brings one after the other, both ways (``thread_relations.tsv``)."""
    pairs = {(row[0], row[1]) for row in table("id", "thread_relations.tsv") if len(row) >= 2}
    return frozenset(pairs | {(b, a) for a, b in pairs})


@cache
def talk_types() -> frozenset[str]:
    return frozenset(t.upper() for t in word_list("id", "thread_talk_types.txt"))


@cache
def event_kinds() -> dict[str, frozenset[str]]:
    """Event type -> the kinds of happening a headline tells it with (``thread_event_kinds.tsv``)."""
    return {row[0]: frozenset(k.strip() for k in row[1].split(",")) for row in table("id", "thread_event_kinds.tsv") if len(row) >= 2}


def told_as_backdrop(happening: Happening, headline_kinds: AbstractSet[str]) -> bool:
    """Whether a story whose headlines report ``headline_kinds`` tells the happening as a backdrop only:
    its headlines report happenings, none of the kinds that tell this one."""
    kinds = event_kinds().get(happening.type)
    return bool(kinds and headline_kinds and not kinds & headline_kinds)


@cache
def situation_words() -> dict[tuple[str, ...], str]:
    """Folded word sequence -> the kind of situation it names (``thread_situations.tsv``)."""
    return {tuple(fold_name(row[1]).split()): row[0] for row in table("id", "thread_situations.tsv") if len(row) >= 2}


@cache
def situation_place_words() -> frozenset[str]:
    """The words after which a situation told by its place gives it (``thread_situation_places.txt``: "di")."""
    return lower_word_list("id", "thread_situation_places.txt")


@cache
def _wide_places() -> frozenset[str]:
    """Places too wide to name a situation told by its place, beside countries and provinces (``thread_wide_places.txt``)."""
    return lower_word_list("id", "thread_wide_places.txt")


def _too_wide(name: str) -> bool:
    """Whether a place is a country, a province or the capital as a whole (``is_country``, ``thread_wide_places.txt``)."""
    return is_country(name) or name in _wide_places()


@cache
def _wedding_kin_words() -> frozenset[str]:
    """Kin words after which a name is a relative of the one who weds (``thread_wedding_kin_words.txt``)."""
    return lower_word_list("id", "thread_wedding_kin_words.txt")


@cache
def _wedding_ends() -> frozenset[str]:
    """Words that tell a marriage's end, not a wedding (``thread_wedding_ends.txt``)."""
    return lower_word_list("id", "thread_wedding_ends.txt")


def _right_after(words: AbstractSet[str], after: Sequence[str], key: str) -> bool:
    """Whether a name comes right after one of ``words`` in the words after a situation's word ("Anak Raka Pratama",
    "di Papua")."""
    first = key.split()[0]
    return any(w == first and i and after[i - 1] in words for i, w in enumerate(after))


@cache
def _amid_situation() -> re.Pattern[str]:
    """A backdrop cue (``thread_backdrop_cues.txt``: "di tengah") then a situation's word, up to the clause's end."""
    cues = sorted(lower_word_list("id", "thread_backdrop_cues.txt"), key=len, reverse=True)
    # (a situation that names a place, a mine, is where a happening was: "Tewas di Tengah Tambang Emas Ilegal")
    words = sorted((" ".join(w) for w, kind in situation_words().items() if kind not in PLACE_SITUATIONS), key=len, reverse=True)

    def spaced(phrase: str) -> str:
        return r"[\s-]+".join(map(re.escape, phrase.split()))

    return re.compile(rf"\b(?:{'|'.join(map(spaced, cues))})\s+(?:{'|'.join(map(spaced, words))})\b[^,:;.!?|]*", re.IGNORECASE)


def told_apart(title: str) -> str:
    """The headline less a situation it gives as its happening's time ("Strategy Borong 10.100 Bitcoin di Tengah
    Ketegangan Israel-Iran" -> "Strategy Borong 10.100 Bitcoin"): the war is when the company bought, not what the
    headline reports, so it names no situation of the story and none of the war's parties."""
    return _amid_situation().sub(" ", title) if title else title


def _event_names(who: Iterable[object], where: object, salient: Callable[[str], bool]) -> tuple[tuple[str, ...], str | None]:
    place = fold_name(where) if isinstance(where, str) and where else None
    place = place if place and salient(place) else None
    # a party written in lower case is a noun ("warga", "korban"), not a name: every story has its victims
    names = {fold_name(w) for w in who if isinstance(w, str) and w[:1].isupper()}
    names = {n for n in names if n and salient(n)}
    if place:
        names.add(place)
    return tuple(sorted(names)), place


def happenings_of(story: Story, members: Sequence[ArticleLike], salient: Callable[[str], bool]) -> list[Happening]:
    """The story's events with salient names: its timeline's entries (not its background) and its articles'
    events, the most reported first (at most ``MAX_HAPPENINGS``, those reported ``MAIN_SHARE`` as often as the first)."""
    counts: Counter[Happening] = Counter()
    for entry in story.timeline:
        names, place = _event_names(entry.who, entry.where, salient)
        if names:
            counts[Happening(entry.type, names, place)] += 1
    for article in members:
        if isinstance(article, StoryArticle):
            continue
        for event in as_list(article_field(article, "events")):
            kind = fact_field(event, "type")
            names, place = _event_names(as_list(fact_field(event, "who")), fact_field(event, "where"), salient)
            if isinstance(kind, str) and names:
                counts[Happening(kind, names, place)] += 1
    ranked = sorted(counts, key=lambda h: (-counts[h], h.order()))[:MAX_HAPPENINGS]
    return [h for h in ranked if counts[h] >= MAIN_SHARE * counts[ranked[0]]]


def situations_of(titles: Iterable[str], names: Mapping[str, str], places: Sequence[str] = ()) -> list[Situation]:
    """The situations the headlines name: a word of ``thread_situations.tsv`` with one of the story's salient
    ``names`` (folded -> as written) right after it (``_named_after``); ``places``: the story's places (folded),
    the one it names most first, the other party of a war its headlines name one party of."""
    phrases = situation_words()
    longest = max((len(p) for p in phrases), default=0)
    found: dict[tuple[str, str], Situation] = {}
    for title in titles:
        words = fold_name(title).split()
        ended = not _wedding_ends().isdisjoint(words)  # "Pernikahan X Kandas": a marriage's end, no wedding
        for start in range(len(words)):
            for size in range(min(longest, len(words) - start), 0, -1):
                kind = phrases.get(tuple(words[start : start + size]))
                if kind == WEDDING and ended:
                    break
                if kind is not None:
                    word = " ".join(words[start : start + size]).capitalize()
                    after = words[start + size : start + size + SITUATION_WINDOW]
                    for situation in _named_after(kind, word, after, names, places):
                        found.setdefault((situation.kind, situation.name or "/" + situation.window), situation)
                    break
    return sorted(found.values(), key=lambda s: (s.kind, s.name, s.window))


def _named_after(kind: str, word: str, after: list[str], names: Mapping[str, str], places: Sequence[str] = ()) -> list[Situation]:
    """The situations one situation's word names with the words after it. A war is named by two parties
    ("Konflik Iran-Israel", "Perang Israel dan Iran"): one alone ("Serangan Israel") may be another of its wars,
    so the other is the place the story names most ("Gaza" in "Serangan Israel Tewaskan 40 Warga Gaza"). Else the
    name right after the word, or after one more ("Kasus Dugaan Korupsi Sritex"): "Korupsi Chromebook, Ini Kata
    Kejagung" is no case of the Kejagung's; with no name of the story there, the words themselves."""
    window = " ".join(after)
    inside = [key for key in names if f" {key} " in f" {window} "]
    # the whole name only: "Laut China Selatan", not the "China" in it
    whole = sorted(k for k in inside if not any(k != o and f" {k} " in f" {o} " for o in inside))
    if kind in TWO_PARTY_KINDS:
        if len(whole) == 1:
            whole = sorted({*whole, *[p for p in places if not same_name(p, whole[0])][:1]})
        if len(whole) < 2:
            return []
        return [Situation(kind, PARTIES.join(whole), f"{word} {', '.join(names.get(k, k) for k in whole)}", window)]
    near = _name_starts(kind, after)
    named = [Situation(kind, key, f"{word} {names[key]}", window) for key in whole if key.split()[0] in near and _names(kind, key, after)]
    return named or ([Situation(kind, "", f"{word} {window}", window)] if window and not whole else [])


def _names(kind: str, key: str, after: Sequence[str]) -> bool:
    """Whether a name near a situation's word may name it: a place after a word of where is below a province
    ("Kerusuhan di Papua" names no unrest, "Kerusuhan Meluas di Los Angeles" does), and a wedding's name follows no
    kin word ("Pernikahan Anak Raka Pratama" is his child's)."""
    if kind in PLACE_TOLD_SITUATIONS:
        return not (_too_wide(key) and _right_after(situation_place_words(), after, key))
    return kind != WEDDING or not _right_after(_wedding_kin_words(), after, key)


def _name_starts(kind: str, after: Sequence[str]) -> set[str]:
    """The words after a situation's word that its name may start with: the first ``SITUATION_NAME_START``, and for a
    situation told by its place (``PLACE_TOLD_SITUATIONS``) a word after one of where ("di Los Angeles")."""
    near = set(after[:SITUATION_NAME_START])
    if kind in PLACE_TOLD_SITUATIONS:
        near.update(w for before, w in pairwise(after) if before in situation_place_words())
    return near


def same_name(a: str, b: str) -> bool:
    """One name, or one in the other ("gunung lewotobi" in "gunung lewotobi laki laki")."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _shared(a: Happening, b: Happening) -> list[str]:
    return sorted(set(a.names) & set(b.names))


def events_link(a: Happening, b: Happening) -> list[str]:
    """The names by which two events are one situation's (empty: they are not): related types (or one type)
    sharing two salient names, or two disasters one place. Two events of the everyday kinds (a meeting and
    a statement) need three names, or the same place and one more: one official's or one club's two meetings
    share that official or club (and their office), two parties' talks share both of them and their venue."""
    if a.type != b.type and (a.type, b.type) not in related_types():
        return []
    shared = _shared(a, b)
    talk = talk_types()
    if a.type == b.type == DISASTER and a.where is not None and a.where == b.where:  # two quakes one place, even a war's
        return shared if len(shared) >= 2 else [a.where]
    if not beyond_backdrop(shared):  # a standing war's parties alone: two of its matters (``backdrop_names``)
        return []
    if a.type in talk and b.type in talk:
        # a venue, not a country: every visit to Russia is in Russia
        same_place = a.where is not None and a.where == b.where and not is_country(a.where)
        return shared if len(shared) >= 3 or (same_place and len(shared) >= 2) else []
    return shared if len(shared) >= 2 else []


@cache
def _trigger_types() -> dict[str, frozenset[str]]:
    """Folded trigger phrase -> the event types it triggers (``event_triggers.tsv``)."""
    triggers: dict[str, set[str]] = {}
    for row in table("id", "event_triggers.tsv"):
        if len(row) >= 2:
            for phrase in row[0].split("|"):
                if fold_name(phrase):
                    triggers.setdefault(fold_name(phrase), set()).add(row[1].strip())
    return {phrase: frozenset(types) for phrase, types in triggers.items()}


@cache
def _negations() -> frozenset[str]:
    """The words that deny what follows them in a clause (the event lexicon's role "negation": "tidak", "tak")."""
    from telisik.nlp.events.lexicon import Lexicon, read_tables

    return frozenset(Lexicon.of(read_tables()).roles.get("negation", frozenset()))


NEGATION_WINDOW = 3  # words before a trigger a negation denies it from ("Tidak Ada Korban Tewas"; events' window_negation)
_CLAUSE_END = re.compile(r"[,:;|!?]")


def headline_types(titles: Iterable[str]) -> frozenset[str]:
    """The event types whose triggers (``event_triggers.tsv``) the headlines write ("Tewas" -> DIE), less those a
    negation of their clause denies ("Tidak Ada Korban Tewas"): which of a story's events its headlines report,
    whatever its sentences tell besides."""
    triggers, negations = _trigger_types(), _negations()
    longest = max((len(p.split()) for p in triggers), default=0)
    found: set[str] = set()
    for clause in (c for t in titles if t for c in _CLAUSE_END.split(t)):
        words = fold_name(clause).split()
        for i in range(len(words)):
            if negations.isdisjoint(words[max(0, i - NEGATION_WINDOW) : i]):
                for n in range(1, longest + 1):
                    found.update(_types_at(" ".join(words[i : i + n]), words[i + n] if i + n < len(words) else "", triggers))
    return frozenset(found)


def _types_at(phrase: str, next_word: str, triggers: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The types ``phrase`` triggers, less those whose rows deny it before ``next_word`` (the events' not_next:
    "Pemukulan Gong" is no assault)."""
    from telisik.nlp.events.lexicon import denied_before

    return frozenset(t for t in triggers.get(phrase, ()) if not denied_before((phrase,), t, next_word))


def kind_type(kind: str, reported: AbstractSet[str] = frozenset()) -> str:
    """The event type a kind of happening tells (``thread_event_kinds.tsv``, "accident" -> ACCIDENT), one the
    headlines report (``reported``) first; the kind itself when none does."""
    types = [t for t, kinds in event_kinds().items() if kind in kinds]
    return next((t for t in types if t in reported), types[0] if types else kind)


@cache
def told_words() -> frozenset[str]:
    """The words that tell a kind of happening or an event alone (``story_happenings.tsv``, ``event_triggers.tsv``)
    and a beat's (``thread_beat_words.txt``): two crashes share "Kecelakaan" and "Tewas", not what crashed (the
    "helikopter" of the phrase "helikopter jatuh" is what crashed)."""
    from telisik.stories.kinds import happening_phrases

    phrases = [*(" ".join(p) for p in happening_phrases("id")), *_trigger_types()]
    return frozenset(p for p in phrases if " " not in p) | beat_words()


def words_beyond(
    mine: Mapping[str, float], theirs: Mapping[str, float], names: Iterable[str], also: AbstractSet[str] = frozenset()
) -> list[str]:
    """The headline words two stories share besides the names', a happening's, an event's, a beat's (``told_words``)
    and ``also``: "helikopter" of "Kecelakaan Helikopter di Jayawijaya" and "Penerbangan Helikopter Dihentikan
    Usai Kecelakaan di Jayawijaya"."""
    name_words = {w for n in names for w in n.split()}
    return sorted(mine.keys() & theirs.keys() - name_words - told_words() - also)


def _unnamed_backdrop(mine: Happening, theirs: Happening, named: AbstractSet[str]) -> bool:
    """Whether two linked events are of a kind others tell as a backdrop (``thread_event_kinds.tsv``: a strike,
    a disaster) and the story's headlines give none of their names (``named``)."""
    kinds = event_kinds()
    return (mine.type in kinds or theirs.type in kinds) and not named & {*mine.names, *theirs.names}


def _two_parties(names: Sequence[str]) -> bool:
    """Whether the names are two parties or places at least: two that share no word ("Iran" and "Israel"; not
    "Kawasan Bromo" and "Taman Nasional Bromo Tengger Semeru", one place)."""
    return any(not set(a.split()) & set(b.split()) for i, a in enumerate(names) for b in names[i + 1 :])


def completed_link(mine: Happening, theirs: Happening, headline: AbstractSet[str], named: AbstractSet[str]) -> list[str]:
    """The names by which a story's event of one party completes one of a thread's events (empty: it does not): one
    type, no everyday kind (``thread_talk_types.txt``); a name both events give, which the story's headline gives
    (``headline``) and which is no standing war's party, and another party of the thread's event that the story names
    in its body (``named``). An event's parties are those its sentence gives, and the other side is often in the next
    sentence: the hack of "Peretas Bobol Rp 1 Triliun dari Bursa Kripto Iran" names Iran alone, its body the hackers'
    Israel, of the strikes of Israel and Iran."""
    if mine.type != theirs.type or mine.type in talk_types():
        return []
    backdrop = backdrop_names()
    others = [n for n in theirs.names if n not in mine.names and n in named]
    for party in sorted(n for n in mine.names if n in theirs.names and n in headline and n not in backdrop):
        if others and _two_parties([party, *others]):
            return [party, *sorted(others)]
    return []


@cache
def beat_words() -> frozenset[str]:
    return lower_word_list("id", "thread_beat_words.txt")


def headline_subject(
    mine: tuple[Mapping[str, float], Sequence[str]],
    theirs: tuple[Mapping[str, float], Sequence[str]],
    shown: Mapping[str, str],
    likeness: tuple[float, float],
    min_words: int,
) -> str | None:
    """The happening two stories' headlines tell alike, as "Name: words" ("Kabupaten Anambas: dijual, online,
    pulau"): each is (its headline words' weights, the names its headlines give). They name one name that is no
    country, share ``min_words`` words besides the names' and a beat's or a frame's (``thread_beat_words.txt``:
    "HUT", "Jadwal", "Benarkah"), and their headline words have a cosine of ``likeness[0]``, of which those shared
    words give ``likeness[1]``: two stories of one local case whose events name no shared party ("Empat Pulau di
    Anambas Dijual Online" and "KKP Jelaskan Kondisi 4 Pulau Anambas yang Dijual"), not two of one person's
    matters whose headlines share only the person ("Jessica Iskandar Gak ... soal" twice), nor two matches of one
    league ("Nonton BRI Liga 1 di Vidio" twice)."""
    (my_words, my_names), (their_words, their_names) = mine, theirs
    # (a competition, a platform or a maker names many matters: "BRI Liga 1" of every match, ``frame_names``)
    both = set(my_names) & set(their_names)
    names = sorted(n for n in both if not is_country(n) and not holds_frame(n))
    if not names or sum(w * their_words.get(k, 0.0) for k, w in my_words.items()) < likeness[0]:
        return None
    name_words = {w for n in both for w in n.split() if not is_country(n)}
    # (the words both weigh most first, so that either story's link reads the same)
    shared = sorted(my_words.keys() & their_words.keys() - name_words - beat_words(), key=lambda k: (-my_words[k] * their_words[k], k))
    if len(shared) < min_words or sum(my_words[k] * their_words[k] for k in shared) < likeness[1]:
        return None
    name = max(names, key=lambda n: (len(n.split()), n))
    return f"{shown.get(name, name)}: {', '.join(shared[:LABEL_NAMES])}"


@cache
def frame_names() -> frozenset[str]:
    """The names (folded) of competitions and makers that frame many matters (``thread_frame_names.txt``,
    ``product_makers.txt``): "MotoGP", "Liga 1", "Honda"."""
    return frozenset(fold_name(n) for n in [*word_list("id", "thread_frame_names.txt"), *word_list("id", "product_makers.txt")])


def holds_frame(name: str) -> bool:
    """Whether a name is or holds a frame's ("Honda" in "PT Honda Prospect Motor")."""
    frames = frame_names()
    return any(f" {frame} " in f" {name} " for frame in frames)


def headline_parties(
    mine: Sequence[str],
    theirs: Sequence[str],
    places: AbstractSet[str],
    shown: Mapping[str, str],
    weights: Mapping[str, float] | None = None,
) -> str | None:
    """The two parties two stories' headlines both give, as "A, B" (``mine`` and ``theirs``: the names each story's
    headlines give, folded; ``places``: the story's places); None: fewer. A party is no country, no place and no
    frame of many matters (``frame_names``: "MotoGP", "Honda"); two are two names that share no word ("Sherly
    Tjoanda" and "Dedi Mulyadi"; not "Marc Marquez" and "Alex Marquez"), one name written two ways ("Dedi
    Mulyadi", "Dedi Mulyadi Channel") is one. One party shared is one person's or one club's many matters. The
    two the story weighs most (``weights``) are given."""
    weight = weights or {}
    backdrop = backdrop_names()
    names = sorted(
        (
            a
            for a in mine
            if a not in places and a not in backdrop and not is_country(a) and not holds_frame(a) and any(same_name(a, b) for b in theirs)
        ),
        key=lambda n: (-weight.get(n, 0.0), -len(n.split()), n),
    )
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if not set(a.split()) & set(b.split()):
                return f"{shown.get(a, a)}, {shown.get(b, b)}"
    return None


@dataclass
class ThreadHappenings:
    """What a thread's stories have happen: their events (the most reported kept) and their named situations."""

    happenings: Counter[Happening] = field(default_factory=Counter)
    situations: list[Situation] = field(default_factory=list)  # the first story's to name each first
    by_name: dict[str, set[Happening]] = field(default_factory=dict)  # a name -> the happenings it is in

    def absorb(self, happenings: Iterable[Happening], situations: Iterable[Situation]) -> None:
        self.happenings.update(happenings)
        if len(self.happenings) > THREAD_HAPPENINGS:
            kept = sorted(self.happenings, key=lambda h: (-self.happenings[h], h.order()))[:THREAD_HAPPENINGS]
            self.happenings = Counter({h: self.happenings[h] for h in kept})
        self.by_name = {}
        for h in self.happenings:
            for name in h.names:
                self.by_name.setdefault(name, set()).add(h)
        known = {(s.kind, s.name, s.window) for s in self.situations}
        self.situations.extend(s for s in situations if (s.kind, s.name, s.window) not in known)

    def pairing_link(self, situations: Sequence[Situation]) -> str | None:
        """The match (``pairings_of``) a story's headlines and the thread's name both, as the thread first wrote it."""
        pairings = [s for s in situations if s.kind == MATCH]
        return next((t.shown for t in self.situations if t.kind == MATCH and any(s.names_same(t) for s in pairings)), None)

    def situation_link(self, situations: Sequence[Situation]) -> str | None:
        """The situation a story's headlines and the thread's name both, as the thread first wrote it."""
        for theirs in self.situations:
            if theirs.name and any(s.names_same(theirs) for s in situations):
                return theirs.shown
        for theirs in self.situations:  # a name the story's headline gives after the word, though not as a name
            if any(s.names_same(theirs) for s in situations):
                return next((s.shown for s in situations if s.name and s.names_same(theirs)), theirs.shown)
        return None

    def event_link(
        self,
        happenings: Sequence[Happening],
        shown: Mapping[str, str],
        headline_kinds: AbstractSet[str] = frozenset(),
        weights: Mapping[str, float] | None = None,
        named: AbstractSet[str] | None = None,
        reported: AbstractSet[str] = frozenset(),
    ) -> str | None:
        """The events by which a story follows one of the thread's, as "TYPE names" (the names the story weighs
        most first, as ``weights`` gives them; a type its headlines report first, ``reported``); None: none does.
        An event the story's headlines do not report (``told_as_backdrop``) links nothing; nor, when its headlines
        report no kind of happening, does an event of a kind that is a backdrop to others (a strike, a disaster)
        none of whose names its headlines give (``named``, ``_unnamed_backdrop``): the war in a story of the Fed's
        rate decision."""
        weight = weights or {}
        best: tuple[bool, int, int, str] | None = None
        for mine in happenings:
            if told_as_backdrop(mine, headline_kinds):
                continue
            for theirs in sorted({h for n in mine.names for h in self.by_name.get(n, ())}, key=Happening.order):
                # (a story about another kind of happening: its deaths and evacuations are its own happening's)
                names = [] if told_as_backdrop(theirs, headline_kinds) else events_link(mine, theirs)
                if names and not headline_kinds and named is not None and _unnamed_backdrop(mine, theirs, named):
                    names = []
                if names:
                    # the link of a kind the story's headlines report first ("Dian Novita Sari Tewas di Kamar Hotel":
                    # her death, not the arrest whose sentence names her as its victim), then the one the thread's
                    # stories report most, then the one with the most names
                    label = self._label(theirs, names, shown, weight)
                    key = (theirs.type not in reported, -self.happenings[theirs], -len(names), label)
                    if best is None or key < best:
                        best = key
        return best[-1] if best else None

    def named_event_link(
        self,
        happenings: Sequence[Happening],
        both: AbstractSet[str],
        shown: Mapping[str, str],
        headline_kinds: AbstractSet[str] = frozenset(),
    ) -> str | None:
        """The event of the story and one of the thread's of one type or related types (no everyday kind, no
        backdrop: ``told_as_backdrop``) that share a name both stories' headlines give (``both``: "Helikopter Jatuh
        di Himalaya" and "Kecelakaan Helikopter di Himalaya" with their crash), as "TYPE name"; None: none. One
        shared name is enough where the headlines give it: two events that share one name the headlines do not
        give are two of its matters (the accidents of one city)."""
        talk = talk_types()
        for mine in sorted(happenings, key=Happening.order):
            if mine.type in talk or told_as_backdrop(mine, headline_kinds):
                continue
            for name in sorted(both & set(mine.names) - backdrop_names()):
                for theirs in sorted(self.by_name.get(name, ()), key=lambda h: (-self.happenings[h], h.order())):
                    related = theirs.type == mine.type or (theirs.type, mine.type) in related_types()
                    if related and theirs.type not in talk and not told_as_backdrop(theirs, headline_kinds):
                        return f"{theirs.type} {shown.get(name, name)}"
        return None

    def headline_link(
        self,
        named: AbstractSet[str],
        shown: Mapping[str, str],
        weights: Mapping[str, float] | None = None,
        reported: AbstractSet[str] = frozenset(),
    ) -> str | None:
        """The thread's happening (one of a type the headlines report first, ``reported``; then the most reported)
        two of whose parties or places a story's headlines name ("Iran-Israel Memanas, Perusahaan Migas Was-Was" of
        the strikes of Israel and Iran), as "TYPE names"; None: none. The everyday kinds (``thread_talk_types.txt``)
        are left out: a headline naming an official and a country names no one of their meetings."""
        talk = talk_types()
        for theirs in sorted(self.happenings, key=lambda h: (h.type not in reported, -self.happenings[h], h.order())):
            names = sorted(set(theirs.names) & named)
            if theirs.type not in talk and _two_parties(names) and beyond_backdrop(names):
                return self._label(theirs, names, shown, weights or {})
        return None

    @staticmethod
    def _label(theirs: Happening, names: Iterable[str], shown: Mapping[str, str], weight: Mapping[str, float]) -> str:
        ordered = sorted(names, key=lambda n: (-weight.get(n, 0.0), n))
        return f"{theirs.type} {', '.join(shown.get(n, n) for n in ordered[:LABEL_NAMES])}"


__all__ = [
    "MATCH",
    "Happening",
    "Situation",
    "ThreadHappenings",
    "backdrop_names",
    "beyond_backdrop",
    "completed_link",
    "event_kinds",
    "events_link",
    "happenings_of",
    "LEAD_SITUATIONS",
    "headline_parties",
    "holds_frame",
    "headline_subject",
    "headline_types",
    "kind_type",
    "match_key",
    "one_side_shared",
    "pairings_of",
    "same_match",
    "related_types",
    "situations_of",
    "told_apart",
    "words_beyond",
]

"""The event word lists (``lang/<lang>/event_*.tsv``) and their index for the rules: triggers with their
conditions, status words, role words, clause boundaries and the grammar patterns."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar, cast

from telisik.lang import lower_word_list, table
from telisik.lang.citing import CITING_FILE, citing_words
from telisik.lang.roots import root_candidates
from telisik.nlp.citations import organisations_of

# words and single punctuation marks; "tiba-tiba" and "anti-tank" stay one word. The rules count
# distances in these words, not in spaCy's tokens ("10.00", "(9/6)" and "Rp10" are one token there).
# "tiba‑tiba" with a non-breaking hyphen is one word too. The quantifiers are possessive: a run of word characters
# is always followed by a character that is none, so giving one back never lets the pattern match otherwise, and
# the engine need not remember where it could have
TOKEN = re.compile(r"\w++(?:[-\u2010\u2011'’]\w++)*+|[^\w\s]")
_BOUNDARIES = frozenset({"break", "clause", "purpose", "conjunct"})
SHARED = frozenset({"purpose", "conjunct"})  # clauses whose subject is always the one before
_T = TypeVar("_T")

# the word lists a component reads, by config key; their files are in lang/<lang>
TABLES = {
    "triggers": "event_triggers.tsv",
    "status": "event_status.tsv",
    "words": "event_words.tsv",
    "grammar": "event_grammar.tsv",
    "participants": "event_participants.tsv",
    "numbers": "numbers.tsv",
    "media": "news_organisations.tsv",
    "citing": CITING_FILE,  # the words of citing, shared with the time expressions
}


@dataclass(frozen=True)
class Trigger:
    """One trigger form with its type and conditions (a row of ``event_triggers.tsv``)."""

    words: tuple[str, ...]
    type: str
    flags: frozenset[str]
    next_any: frozenset[str] = frozenset()
    not_next: frozenset[str] = frozenset()
    not_prev: frozenset[str] = frozenset()
    prev_any: frozenset[str] = frozenset()
    # the kinds of noun (event_participants.tsv) that may stand for its participants when none is named
    unnamed: frozenset[str] = frozenset()
    # none of these within a few words before it (``not_near``): "Pertempuran gerilya telah meletus" is no eruption
    not_near: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Phrases:
    """Phrases (word tuples) indexed by their first word, longest first."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    longest: int = 1
    # the same phrases by their last word, longest first: ``ending_at`` runs for most words before a name or a
    # trigger, and looking up the word itself is cheaper than trying every start up to ``longest`` words back
    by_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.by_last:
            by_last: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
            for phrases in self.by_first.values():
                for phrase, value in phrases:
                    by_last[phrase[-1]].append((phrase, value))
            # longest first, as ``ending_at`` tried the furthest start first; among phrases of one length the
            # order of ``by_first`` stays (sorted is stable)
            ordered = {k: tuple(sorted(v, key=lambda p: len(p[0]), reverse=True)) for k, v in by_last.items()}
            object.__setattr__(self, "by_last", ordered)

    def at(self, words: list[str], i: int) -> tuple[int, str]:
        """(length, value) of the longest phrase starting at ``words[i]``, (0, "") when none."""
        for phrase, value in self.by_first.get(words[i], ()):
            n = len(phrase)
            if n == 1 or tuple(words[i : i + n]) == phrase:  # a phrase of one word is the word its index found
                return n, value
        return 0, ""

    def ending_at(self, words: list[str], i: int) -> tuple[int, str]:
        """(length, value) of the longest phrase ending at ``words[i]``, (0, "") when none."""
        for phrase, value in self.by_last.get(words[i], ()):
            n = len(phrase)
            if n <= i + 1 and (n == 1 or tuple(words[i - n + 1 : i + 1]) == phrase):
                return n, value
        return 0, ""


def _by_next_word(cands: tuple[Trigger, ...], suffix: str) -> tuple[tuple[Trigger, ...], dict[str, tuple[Trigger, ...]]]:
    """An opener's triggers (``cands``, in their order) as (those of one word, {a word after the opener: those that may
    stand before it}). A trigger of two words or more stands only before its second word, one of two words also before
    its second word with ``suffix`` ("kunjungan kerjanya"): any other word after the opener leaves the one-word triggers."""

    def may_follow(trig: Trigger, word: str) -> bool:
        words = trig.words
        return len(words) == 1 or words[1] == word or (len(words) == 2 and bool(suffix) and words[1] + suffix == word)

    nexts = {t.words[1] for t in cands if len(t.words) > 1}
    nexts |= {t.words[1] + suffix for t in cands if len(t.words) == 2 and suffix}
    singles = tuple(t for t in cands if len(t.words) == 1)
    return singles, {word: tuple(t for t in cands if may_follow(t, word)) for word in sorted(nexts)}


def _phrases(rows: Iterable[tuple[str, str]]) -> Phrases:
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for phrase, value in rows:
        words = tuple(TOKEN.findall(phrase.lower()))
        if words:
            by_first[words[0]].append((words, value))
    longest = max((len(p) for v in by_first.values() for p, _ in v), default=1)
    return Phrases({k: tuple(sorted(v, key=lambda p: len(p[0]), reverse=True)) for k, v in by_first.items()}, longest)


def _word_set(value: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in value.split("/") if w.strip())


def _trigger_flags(row: Sequence[str]) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The flags of a trigger row, and its conditions (next, not_next, not_prev, prev, the noun kinds of
    ``unnamed``: "unnamed" alone means people, and not_near)."""
    flags: set[str] = set()
    cond: dict[str, frozenset[str]] = {}
    for flag in row[2].split(",") if len(row) > 2 else []:
        flag = flag.strip()
        if "=" in flag:
            key, value = flag.split("=", 1)
            cond[key.strip()] = _word_set(value)
        elif flag:
            flags.add(flag)
    if "unnamed" in flags:
        cond.setdefault("unnamed", frozenset({"person"}))
    return frozenset(flags | ({"unnamed"} if "unnamed" in cond else set())), tuple(
        cond.get(key, frozenset()) for key in ("next", "not_next", "not_prev", "prev", "unnamed", "not_near")
    )


def _triggers(rows: Iterable[Sequence[str]]) -> dict[str, tuple[Trigger, ...]]:
    """First word -> the triggers starting with it, longest first."""
    triggers: dict[str, list[Trigger]] = defaultdict(list)
    for row in rows:
        flags, conditions = _trigger_flags(row)
        for form in row[0].split("|"):
            words = tuple(TOKEN.findall(form.strip().lower()))
            if words:
                triggers[words[0]].append(Trigger(words, row[1], flags, *conditions))
    return {k: tuple(sorted(v, key=lambda t: len(t.words), reverse=True)) for k, v in triggers.items()}


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@dataclass(frozen=True)
class Lexicon:
    """The event word lists, indexed for the rules."""

    triggers: dict[str, tuple[Trigger, ...]]  # first word -> triggers starting with it, longest first
    status: Phrases
    words: Phrases
    boundaries: Phrases  # the clause boundaries among ``words``
    roles: dict[str, frozenset[str]]  # role -> single-word entries (for quick membership tests)
    coordination: re.Pattern[str]  # the text between the names of one subject ("Kim Jong Un dan Putin")
    list_gap: re.Pattern[str]  # the text between places under one preposition ("dari AS dan Tiongkok")
    suffix: str  # the possessive suffix of a nominal trigger ("kunjungannya")
    participants: Phrases  # the nouns an article names unnamed participants by ("orang", "pelaku", "penerbangan")
    numbers: dict[str, tuple[str, str]]  # number words: word -> (kind, value), as ``numbers.tsv``
    media: frozenset[str]  # the names news organisations go by ("detikcom", "Reuters"): the reporter, never a party
    joiners: frozenset[str] = frozenset()  # the words joining names or nouns of one subject or object ("dan", "serta")
    # ``triggers`` by the words a trigger may open with, the possessive suffix included ("kunjungannya"): a word's
    # own triggers first; one lookup a token where a test of the suffix on every word cost more
    trigger_openers: dict[str, tuple[Trigger, ...]] = field(default_factory=dict)
    # the one-word nominal triggers of happenings that need no setting ("serangan", not "kebakaran"): a name right after
    # one is its doer ("di tengah serangan militer Israel"), read for every word between a preposition and a name
    owned_nouns: frozenset[str] = frozenset()
    # ``trigger_openers`` by the word after the opener (``follow``): of an opener's triggers, the one-word ones stand
    # wherever it does, a longer one only before its second word (or, two words long, that word with the suffix).
    # Most openers are words as common as "dalam" and "menjadi", whose longer triggers' second words rarely follow
    trigger_follow: dict[str, tuple[tuple[Trigger, ...], dict[str, tuple[Trigger, ...]]]] = field(default_factory=dict)
    # what the rules derive from the word lists alone (``derived``), made once per lexicon, not once per article
    _derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.trigger_openers:
            openers = {word + self.suffix: cands for word, cands in self.triggers.items()} if self.suffix else {}
            openers.update(self.triggers)
            object.__setattr__(self, "trigger_openers", openers)
        if not self.trigger_follow:
            follow = {word: _by_next_word(cands, self.suffix) for word, cands in self.trigger_openers.items()}
            object.__setattr__(self, "trigger_follow", follow)
        if not self.owned_nouns:
            owned = frozenset(
                word for word, cands in self.triggers.items()
                if any("noun" in t.flags and "setting" not in t.flags and len(t.words) == 1 for t in cands)
            )  # fmt: skip
            object.__setattr__(self, "owned_nouns", owned)

    def derived(self, key: str, build: Callable[[Lexicon], _T]) -> _T:
        """``build(self)``, made on the first call with ``key`` and kept: a word set the rules derive from the lists (a
        union of roles), the same for every article, so no article builds it again. Each key has one builder."""
        try:
            return cast(_T, self._derived[key])
        except KeyError:
            value = self._derived[key] = build(self)
            return value

    @classmethod
    def of(cls, tables: Mapping[str, Sequence[Sequence[str]]]) -> Lexicon:
        """The lexicon of the rows of the word lists (``TABLES``' keys)."""
        word_rows = [(row[0], row[1]) for row in tables["words"]]
        roles: dict[str, set[str]] = defaultdict(set)
        # roles citing and citing_when: the words of citing the timexes read too (``citing_words.tsv``)
        cited = citing_words(tables.get("citing", ()))
        for word, role in [*word_rows, *((w, "citing") for w in cited.citing), *((w, "citing_when") for w in cited.when)]:
            if len(TOKEN.findall(word)) == 1:
                roles[role].add(word.lower())
        grammar: dict[str, list[str]] = defaultdict(list)
        for row in tables["grammar"]:
            grammar[row[1]].append(row[0])
        return cls(
            _triggers(tables["triggers"]),
            _phrases((row[0], row[1]) for row in tables["status"]),
            _phrases(word_rows),
            _phrases((w, role) for w, role in word_rows if role in _BOUNDARIES),
            {k: frozenset(v) for k, v in roles.items()},
            # "Kim Jong Un dan Putin", "AS, Inggris dan Presiden Korea Selatan ...": a joiner, then capitalised words
            re.compile(rf"^[\s,]*(?:(?:{_alternatives(grammar['coordination'])})\s+)?(?:[A-Z][\w.'’-]*\s+)*$"),
            re.compile(rf"^\s*(?:,\s*)?(?:{_alternatives(grammar['list'])})?\s*$"),
            next(iter(grammar["suffix"]), ""),
            _phrases(_with_owner_suffix(tables.get("participants", ()), next(iter(grammar["suffix"]), ""))),
            {row[0].lower(): (row[1], row[2]) for row in tables.get("numbers", ()) if len(row) > 2},
            frozenset(_media_names(tables.get("media", ()))),
            frozenset(w.lower() for w in grammar["coordination"] if w.isalpha()),
        )


def _with_owner_suffix(rows: Iterable[Sequence[str]], suffix: str) -> Iterable[tuple[str, str]]:
    """(noun, kinds) of each participant noun, and of each one-word noun of people with the possessive suffix:
    "Pilotnya terluka", "kedua anaknya tewas" name the people by "pilot", "anak" too."""
    for row in rows:
        kinds = row[1] if len(row) > 1 else ""
        yield row[0], kinds
        if suffix and " " not in row[0].strip() and "person" in kinds.split("/") and not row[0].endswith(suffix):
            yield row[0] + suffix, kinds


def _media_names(rows: Iterable[Sequence[str]]) -> Iterable[str]:
    """Each news organisation's name and aliases."""
    for name, aliases in organisations_of(rows):
        yield name
        yield from aliases


def read_tables(lang: str = "id", **files: str) -> dict[str, list[list[str]]]:
    """The rows of the word lists named by ``files`` (``TABLES``' keys; the defaults for those not given)."""
    return {key: [list(row) for row in table(lang, files.get(key, name))] for key, name in TABLES.items()}


@cache
def words_denying_next() -> dict[tuple[str, str], frozenset[str]]:
    """(form, type) -> the words that, right after the form, make it no trigger of that type in every row of it
    (``event_triggers.tsv``, not_next: "pemukulan gong" is no assault): for readers of the trigger forms without the
    event rules (headlines, summaries), so that they keep the same words out."""
    out: dict[tuple[str, str], frozenset[str]] = {}
    for row in table("id", TABLES["triggers"]):
        if len(row) < 2:
            continue
        not_next = _trigger_flags(row)[1][1]
        for form in row[0].split("|"):
            key = (" ".join(TOKEN.findall(form.lower())), row[1].strip())
            out[key] = out[key] & not_next if key in out else not_next
    return {key: words for key, words in out.items() if words}


def denied_before(forms: Sequence[str], kind: str, next_word: str) -> bool:
    """Whether a trigger written as ``forms`` (its form as written first, then forms it may stand for: "-nya" off) is
    no trigger of ``kind`` before ``next_word`` (``words_denying_next``: the first form with denials decides)."""
    denied = words_denying_next()
    return next_word in next((denied[(f, kind)] for f in forms if (f, kind) in denied), frozenset())


@cache
def _killing_roots() -> frozenset[str]:
    return lower_word_list("id", "killing_roots.txt")


def a_killing(trigger: str) -> bool:
    """Whether a death's trigger tells a killing by its doer ("membunuh", "pembunuhan"; ``killing_roots.txt``): the
    events' 'korban' then names no victim of it, and the story's dead of it are not its doer."""
    return any(root_candidates(word) & _killing_roots() for word in trigger.lower().split())

"""Term weights for comparing articles: tokens, TF-IDF vectors, cosine.

Shared by the story clustering and the story summaries so that both read a
text the same way. IDF comes from two counts added together: a background
table of document frequencies shipped in ``data/background_df.tsv`` (built by
``scripts/build_background_df.py`` from the CC BY-SA IndoSum articles) and the
documents seen so far in this run. The background keeps a small batch (five
articles about one summit) from calling the summit's own words common.

A name counts as one term however an outlet writes it (``name_term``): its
short form and its long form ("KPK", "Komisi Pemberantasan Korupsi"; "Kemenkes",
"Kementerian Kesehatan"; "Polda Sumut", "Polda Sumatera Utara") are one name.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter, mul

from telisik.lang import lower_word_list, table
from telisik.text import fold_name

Vector = dict[str, float]

_WORD = re.compile(r"[^\W\d_]{3,}")
# the same words in lower-case ASCII text, found faster (a range, not Unicode categories)
_ASCII_WORD = re.compile(r"[a-z]{3,}")
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CHARS_PER_WORD = 12  # a generous guess of the characters a counted word takes, spaces and short words included


@cache
def _is_letter(char: str) -> bool:
    return _LETTER.fullmatch(char) is not None


def _words_of(lowered: str) -> list[str]:
    """``_WORD``'s words of a lower-cased text. A word is a run of letters: in a text whose only letters are
    ASCII ones (no "é"), each other character (a curly quote, a dash) ends a run as a space would, so with
    them made spaces the ASCII pattern finds the same words."""
    if not lowered.isascii():
        others = set(_NON_ASCII.findall(lowered))
        if any(map(_is_letter, others)):
            return _WORD.findall(lowered)
        for char in others:
            lowered = lowered.replace(char, " ")
    return _ASCII_WORD.findall(lowered)


def words(text: str, limit: int | None = None) -> list[str]:
    """Lower-case word tokens of three letters or more (digits and punctuation dropped); the first ``limit`` only, if given."""
    lowered = text.lower()
    if limit is None or limit < 0:  # (a negative limit drops the last words, as a slice does)
        return _words_of(lowered)[:limit]
    # a long body's tail is not read when only its lead counts: the words of a prefix holding more than
    # ``limit`` of them are the text's first words (each is followed by a non-letter inside the prefix)
    prefix = _CHARS_PER_WORD * (limit + 1)
    found = _words_of(lowered[:prefix])
    if len(found) > limit or len(lowered) <= prefix:  # (a text no longer than the prefix is read whole already)
        return found[:limit]
    return _words_of(lowered)[:limit]


# 1 + log(count) of the counts a term has in one text, worked out once (the same floats as computed each time)
_SUBLINEAR = [0.0] + [1.0 + math.log(count) for count in range(1, 512)]


@cache
def background() -> tuple[int, dict[str, int]]:
    """(number of documents, word -> document frequency) of the background table."""
    text = resources.files("telisik").joinpath("data", "background_df.tsv").read_text(encoding="utf-8")
    n_docs, df = 0, {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, count = line.partition("\t")
        if word == "__documents__":
            n_docs = int(count)
        else:
            df[word] = int(count)
    return n_docs, df


class DocumentFrequencies:
    """Background document frequencies plus the run's own, updated as documents arrive."""

    def __init__(self, use_background: bool = True):
        self.n_background, self.background = background() if use_background else (0, {})
        self.n_seen = 0
        self.seen: Counter[str] = Counter()
        self._common: dict[float, frozenset[str]] = {}
        self._named: dict[str, int] = {}  # background counts of names, worked out once

    def add(self, features: Iterable[str]) -> None:
        """One more document, with these features (each counted once, however often it is given)."""
        self.add_distinct(set(features))

    def add_distinct(self, features: Iterable[str]) -> None:
        """One more document, with these features, each given once (no set needed to count it once)."""
        self.n_seen += 1
        self.seen.update(features)

    def background_df(self, feature: str) -> int:
        # headline words ("t:iran") have no background count: the run's own counts weigh them
        if not feature.startswith("e:"):
            return self.background.get(feature, 0)
        cached = self._named.get(feature)
        if cached is None:  # a name is at most as common as its rarest word
            cached = self._named[feature] = min((self.background.get(p, 0) for p in feature[2:].split()), default=0)
        return cached

    def idf(self, feature: str) -> float:
        n = self.n_background + self.n_seen + 1
        return math.log(n / (self.background_df(feature) + self.seen[feature] + 1)) + 1.0

    def tf_idf(self, counts: Counter[str]) -> Vector:
        """Sublinear TF times IDF of each term counted (not normalised): ``idf`` inlined, the same sums in the same order."""
        n = self.n_background + self.n_seen + 1
        log, seen_get, background_get, background_df = math.log, self.seen.get, self.background.get, self.background_df
        out = {}
        for term, count in counts.items():
            if count > 0:
                known = background_df(term) if term[:2] == "e:" else background_get(term, 0)
                try:
                    sublinear = _SUBLINEAR[count]
                except (IndexError, TypeError):  # a count past the table, or not a whole number
                    sublinear = 1.0 + log(count)
                out[term] = sublinear * (log(n / (known + seen_get(term, 0) + 1)) + 1.0)
        return out

    def common_words(self, share: float) -> frozenset[str]:
        """The words found in more than ``share`` of the background documents ("yang", "dan", "tersebut")."""
        if share not in self._common:
            self._common[share] = frozenset(w for w, c in self.background.items() if c > share * self.n_background)
        return self._common[share]


def weigh(counts: Counter[str], df: DocumentFrequencies) -> Vector:
    """Sublinear TF times IDF, L2-normalised."""
    return normalise(df.tf_idf(counts))


def norm(vec: Vector) -> float:
    # map and sum run in C; the squares are added in the same order as a Python loop would
    values = vec.values()
    return math.sqrt(sum(map(mul, values, values)))


def normalise(vec: Vector) -> Vector:
    length = norm(vec)
    return {t: v / length for t, v in vec.items()} if length else {}


def add(a: Vector, b: Vector) -> Vector:
    """The sum of two vectors, as a new one (a's terms first, then b's new ones, in their order)."""
    out = {**a, **b}
    # only the shared terms need a sum; the rest are already b's values
    for t in a.keys() & b.keys():
        out[t] = a[t] + b[t]
    return out


def centroid(vectors: Iterable[Vector]) -> Vector:
    """The sum of vectors (not normalised)."""
    out: Vector = {}
    for vec in vectors:
        for t, v in vec.items():
            out[t] = out.get(t, 0.0) + v
    return out


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # in C: the shared terms' products summed in a's order; a term b lacks would add 0.0, which leaves a sum
    # of finite floats as it is, so leaving it out gives the same float (and the vectors share few terms)
    shared = list(filter(b.__contains__, a))
    return sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def top(vec: Vector, k: int) -> Vector:
    """The k heaviest terms; equal weights keep their order (a stable sort, reversed)."""
    if len(vec) <= k:
        return vec
    return dict(sorted(vec.items(), key=itemgetter(1), reverse=True)[:k])


# the words a body's long name ends with that say whose it is, not which body it is ("Kementerian Kesehatan RI")
_NATION_TAILS = (("ri",), ("republik", "indonesia"))
INITIALS = 3  # initials a long name must give to count as the short form they spell (two letters name too many things)


@cache
def _name_forms() -> tuple[dict[str, str], frozenset[str]]:
    """(folded form -> the term every form of one body or place counts as, the folded forms of places): the rows of
    ``body_short_forms.tsv`` (the term: the row's first long form, "Kemenkes" is "kementerian kesehatan"), then the
    gazetteer's organisations and places (the term: the gazetteer's name, "Sumut" is "sumatera utara"). The long form
    is the term because the names stage already names a body by its long form wherever a text writes both, and the
    clustering reads a name's words as the outlet's beat (``StoryClusterer._sides_vouch``): a short form of one body
    read as its long form changes nothing for the texts that give both. A form an earlier row gives keeps
    that row's term, and a row one of whose forms is known already counts as that term (the gazetteer's "Kemlu RI"
    row and this file's "Kemlu" row are one body)."""
    forms: dict[str, str] = {}
    places: set[str] = set()
    rows = []
    for row in table("id", "body_short_forms.tsv"):
        if len(row) > 1:
            written = [row[0], *row[1].split("|")]
            rows.append((next((f for form in written if " " in (f := fold_name(form))), fold_name(row[0])), written, "ORG"))
    for row in table("id", "gazetteer.tsv"):
        if len(row) > 2 and row[1] in ("ORG", "LOC") and row[2]:
            rows.append((fold_name(row[0]), [row[0], *row[2].split("|")], row[1]))
    for key, written, kind in rows:
        folded = [f for form in written if (f := fold_name(form))]
        term = next((forms[f] for f in folded if f in forms), key)
        for f in folded:
            forms.setdefault(f, term)
            if kind == "LOC":
                places.add(f)
    return forms, frozenset(places)


@cache
def _legal_forms() -> frozenset[str]:
    """The legal-form words a company's name may end with (``company_suffixes.txt``: "tbk", "persero")."""
    return lower_word_list("id", "company_suffixes.txt")


@cache
def _body_heads() -> frozenset[str]:
    """The words that open a body's long name spelled by its short form's initials (``body_head_words.txt``)."""
    return lower_word_list("id", "body_head_words.txt")


@cache
def _little_words() -> frozenset[str]:
    """The function words a short form made of initials leaves out ("dan" of "Badan Pengawas Obat dan Makanan")."""
    return lower_word_list("id", "stopwords.txt")


def _core_name(folded: str) -> str:
    """A folded name without what says its legal form or its nation: "pt gag nikel" is "gag nikel", "aneka tambang
    tbk" is "aneka tambang", "kementerian kesehatan ri" is "kementerian kesehatan" (a name of one word is kept)."""
    words = folded.split()
    if len(words) > 1 and words[0] == "pt":
        words = words[1:]
    while len(words) > 1 and words[-1] in _legal_forms():
        words = words[:-1]
    for tail in _NATION_TAILS:
        if len(words) > len(tail) + 1 and tuple(words[-len(tail) :]) == tail:
            words = words[: -len(tail)]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def name_term(name: str) -> str:
    """The term (folded) a name counts as in the story clustering's names space: one for a body's or a place's short
    and long forms ("Kemenkes", "Kementerian Kesehatan RI": "kementerian kesehatan"; "Basarnas", "Badan SAR Nasional"), a body
    named by its long name spelled by its short form's initials (``body_head_words.txt``: "Komisi Pemberantasan
    Korupsi" is "kpk"), and a body of a place named by the place's short form ("Polda Sumut" is "polda sumatera
    utara"); any other name is its folded self, without its legal form ("PT", "Tbk")."""
    folded = fold_name(name)
    forms, places = _name_forms()
    if folded in forms:
        return forms[folded]
    core = _core_name(folded)
    if core in forms:
        return forms[core]
    words = core.split()
    for size in (2, 1):  # a body and its place ("polda sumut", "kejati jawa timur")
        tail = " ".join(words[-size:])
        if len(words) > size and tail in places:
            return " ".join([*words[:-size], forms[tail]])
    significant = [word for word in words if word not in _little_words()]
    if words and words[0] in _body_heads() and len(significant) >= INITIALS:
        return "".join(word[0] for word in significant)
    return core

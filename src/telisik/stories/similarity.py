"""Term weights for comparing articles: tokens, TF-IDF vectors, cosine.

Shared by the story clustering and the story summaries so that both read a
text the same way. IDF comes from two counts added together: a background
table of document frequencies shipped in ``data/background_df.tsv`` (built by
``scripts/build_background_df.py`` from the CC BY-SA IndoSum articles) and the
documents seen so far in this run. The background keeps a small batch (five
articles about one summit) from calling the summit's own words common.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from operator import itemgetter, mul

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

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

Vector = dict[str, float]

_WORD = re.compile(r"[^\W\d_]{3,}")


def words(text: str) -> list[str]:
    """Lower-case word tokens of three letters or more (digits and punctuation dropped)."""
    return _WORD.findall(text.lower())


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
        self.n_seen += 1
        self.seen.update(set(features))

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

    def common_words(self, share: float) -> frozenset[str]:
        """The words found in more than ``share`` of the background documents ("yang", "dan", "tersebut")."""
        if share not in self._common:
            self._common[share] = frozenset(w for w, c in self.background.items() if c > share * self.n_background)
        return self._common[share]


def weigh(counts: Counter[str], df: DocumentFrequencies) -> Vector:
    """Sublinear TF times IDF, L2-normalised."""
    vec = {t: (1.0 + math.log(c)) * df.idf(t) for t, c in counts.items() if c > 0}
    return normalise(vec)


def norm(vec: Vector) -> float:
    return math.sqrt(sum(v * v for v in vec.values()))


def normalise(vec: Vector) -> Vector:
    length = norm(vec)
    return {t: v / length for t, v in vec.items()} if length else {}


def add(a: Vector, b: Vector) -> Vector:
    """The sum of two vectors, as a new one."""
    out = dict(a)
    for t, v in b.items():
        out[t] = out.get(t, 0.0) + v
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
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def top(vec: Vector, k: int) -> Vector:
    if len(vec) <= k:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: -kv[1])[:k])

"""A story's extractive summary (maximal marginal relevance) and its title."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from telisik.lang import table, word_list
from telisik.records.stories import SummarySentence
from telisik.stories.article import ArticleLike, StoryArticle
from telisik.stories.similarity import DocumentFrequencies, Vector, centroid, dot, norm, weigh, words

_DATELINE_DASH = re.compile(r"^[\s,]*[-\u2013\u2014]\s*")
# "PARIS –Portugal ...", "JAKARTA, KOMPAS.com - ...": a dateline the cleaner left in the first sentence
_CAPS_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'/]+(?:\s+[A-Z][A-Z.'/]+){0,3})(?:,\s*[\w.]+(?:\s[\w.]+)?)?\s*[-\u2013\u2014]{1,2}\s*(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…][\"'\u201d\u2019)]*$")


@cache
def _outlet_dateline() -> re.Pattern[str]:
    """"Liputan6.com, Washington D.C -Donald ...", "KOMPAS.com-Wilmar ...": an outlet's dateline (domains in lang/id)."""
    domains = "|".join(re.escape(row[0]) for row in table("id", "outlet_domains.txt"))
    return re.compile(rf"^[\w-]+\.(?:{domains})\b(?:,\s*[^-\u2013\u2014\n]{{1,40}}?)?\s*[-\u2013\u2014]{{1,2}}\s*(?=\S)", re.IGNORECASE)


def _without_dateline(first: str, dateline: str) -> str:
    """The first sentence without its dateline ("JAKARTA - "), which says nothing of the story."""
    if dateline and first.startswith(dateline):
        rest = first[len(dateline) :]
        if dash := _DATELINE_DASH.match(rest):
            first = rest[dash.end() :]
    if caps := _CAPS_DATELINE.match(first) or _outlet_dateline().match(first):
        first = first[caps.end() :]
    return first


def sentences(article: StoryArticle) -> list[tuple[int, str]]:
    """The body's sentences (position, text), the first without its dateline."""
    body = article.body
    if article.sentences:
        out = [(i, body[s:e].strip()) for i, (s, e) in enumerate(article.sentences)]
    else:
        out = [(i, p.strip()) for i, p in enumerate(body.split("\n\n"))]
    if out:
        out[0] = (0, _without_dateline(out[0][1], article.dateline))
    return out


def _broken_quote(text: str) -> bool:
    """A piece of a quote cut at a sentence stop: an odd number of straight marks, or a closing mark before any opening one."""
    if text.count('"') % 2:
        return True
    close, open_ = text.find("\u201d"), text.find("\u201c")
    return close != -1 and (open_ == -1 or close < open_)


@dataclass(frozen=True)
class SummaryConfig:
    """The summary's knobs (chosen by eye on the development day's stories)."""

    min_words: int = 6  # a shorter sentence says too little alone
    max_words: int = 70  # a longer one is a scrape's glued paragraph, not a sentence
    lead_bonus: float = 0.5  # relevance x (1 + lead_bonus / (1 + position)): news puts what happened first
    redundancy: float = 0.6  # a sentence this like a pick is never picked
    same_sentence: float = 0.8  # a sentence this like a pick is that pick's, and names its article as a source
    trade_off: float = 0.7  # relevance against likeness to the picks


@dataclass
class _Candidate:
    """A sentence that may go into the summary."""

    article: str
    position: int
    text: str
    vector: Vector


def _stands_alone(text: str, openers: frozenset[str], config: SummaryConfig) -> bool:
    """A whole sentence of a summary's length that does not lean on the one before it."""
    tokens = text.split()
    if not config.min_words <= len(tokens) <= config.max_words or tokens[0].lower().strip(",.\"“”") in openers:
        return False
    # a subheading or a list item is not a sentence; half a quote is not one either
    return bool(_SENTENCE_END.search(text)) and not _broken_quote(text)


def _summary_candidates(articles: Sequence[StoryArticle], df: DocumentFrequencies, config: SummaryConfig) -> list[_Candidate]:
    openers = word_list("id", "anaphoric_openers.txt")
    out = []
    for a in articles:
        for pos, text in sentences(a):
            if _stands_alone(text, openers, config) and (vec := weigh(Counter(words(text)), df)):
                out.append(_Candidate(a.id, pos, text, vec))
    return out


@dataclass
class _Selection:
    """Maximal marginal relevance: the candidates, their relevance, and the picks made so far."""

    candidates: list[_Candidate]
    config: SummaryConfig
    relevance: list[float] = field(default_factory=list)
    chosen: list[int] = field(default_factory=list)

    def rate(self) -> None:
        """Relevance: the cosine with the story's centroid, raised for an article's first sentences."""
        center = centroid(c.vector for c in self.candidates)
        length = norm(center) or 1.0
        self.relevance = [dot(c.vector, center) / length * (1.0 + self.config.lead_bonus / (1 + c.position)) for c in self.candidates]

    def pick(self, size: int) -> None:
        while len(self.chosen) < size and (best := self._next()) is not None:
            self.chosen.append(best)

    def _next(self) -> int | None:
        """The best relevance less likeness to the picks; a sentence too like one of them is never picked."""
        best, best_score = None, None
        for i, c in enumerate(self.candidates):
            if i in self.chosen:
                continue
            overlap = max((dot(c.vector, self.candidates[j].vector) for j in self.chosen), default=0.0)
            if overlap > self.config.redundancy:
                continue
            trade_off = self.config.trade_off
            score = trade_off * self.relevance[i] - (1 - trade_off) * overlap
            if best_score is None or score > best_score:
                best, best_score = i, score
        return best

    def sentences(self, articles: Sequence[StoryArticle]) -> list[SummarySentence]:
        """The picks in the story's article order, each naming every article with a sentence nearly the same."""
        rank = {a.id: i for i, a in enumerate(articles)}
        outlet = {a.id: a.outlet for a in articles}
        out = []
        for i in sorted(self.chosen, key=lambda i: (rank[self.candidates[i].article], self.candidates[i].position)):
            picked = self.candidates[i]
            alike = self.config.same_sentence
            sources = [picked.article] + [
                c.article for c in self.candidates if c.article != picked.article and dot(picked.vector, c.vector) > alike
            ]
            out.append(SummarySentence(text=picked.text, sources=list(dict.fromkeys(sources)), outlet=outlet.get(picked.article)))
        return out


def summarise(
    articles: Sequence[ArticleLike], df: DocumentFrequencies, size: int, config: SummaryConfig | None = None
) -> list[SummarySentence]:
    """Extractive summary by maximal marginal relevance.

    A sentence's relevance is its cosine with the story's centroid, raised for
    the first sentences of an article (news puts what happened first); each
    pick is the sentence with the best relevance less its likeness to what was
    already picked, so the summary covers the story instead of repeating the
    lead of every outlet. A picked sentence names every article that has a
    sentence nearly the same.
    """
    story_articles = [StoryArticle.of(a) for a in articles]
    config = config or SummaryConfig()
    selection = _Selection(_summary_candidates(story_articles, df, config), config)
    if not selection.candidates:
        return []
    selection.rate()
    selection.pick(size)
    return selection.sentences(story_articles)


def story_title(articles: Sequence[StoryArticle], df: DocumentFrequencies) -> str:
    """The headline of the article closest to the story's centre; without headlines, the start of the first sentence."""
    titled = [(a, a.title) for a in articles if a.title]
    if not titled:
        first = sentences(articles[0])
        return first[0][1][:120] if first else ""
    vecs = [weigh(Counter(words(title + " " + a.body[:1500])), df) for a, title in titled]
    center = centroid(vecs)
    best = max(range(len(titled)), key=lambda i: (dot(vecs[i], center), -i))
    return titled[best][1]


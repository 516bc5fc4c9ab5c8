"""From raw documents to analysed articles: ingest -> extract/clean -> article NLP.

Data flows one way. ``Analyzer.analyze`` returns the analysis document of
``shared/spec/output.md``; ``Analyzer.process`` handles one raw document and
never raises for bad input.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from types import FrameType
from typing import Any

from spacy.language import Language

from telisik import __version__
from telisik.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_PAGE_SECONDS
from telisik.nlp import timex
from telisik.nlp.citations import source_line_citations
from telisik.nlp.entities import link_across
from telisik.nlp.events import refresh_when
from telisik.nlp.pipeline import WINDOW_CHARS, Facts, analyse_windows, build_pipeline
from telisik.pages import dates, metadata
from telisik.pages.clean import CleanPage, clean_blocks, fold, split_blocks
from telisik.pages.extract import HtmlError, parse_html
from telisik.pages.read import Reader
from telisik.records import Article, RawDocument, Rejection
from telisik.stories.describe import build_stories

log = logging.getLogger(__name__)

# a gallery page can carry dozens of captions; the first few say what the photos are of
MAX_CAPTIONS = 8
# documents a call of the NLP pipeline takes (nlp.pipe)
NLP_BATCH = 32
MAX_CAPTION_CHARS = 1000

# A lone surrogate (a JSON "\\ud800") cannot be encoded in UTF-8, which spaCy hashes every
# token in; the NLP reads U+FFFD in its place, one character for one, so offsets hold.
_SURROGATE = re.compile("[\ud800-\udfff]")
# A run of this many characters without a space is no word (the corpus's longest are URLs of
# ~250): the tokenizer's prefix and suffix search is quadratic in a token's length, one
# uninterruptible call (20,000 brackets took 35 s), so the NLP reads such a run as letters.
MAX_WORD_CHARS = 500
# (?<!\S): tried only where a run starts, so the search stays linear on text of long runs
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_WORD_CHARS},}}")


def nlp_text(text: str) -> str:
    """``text`` as the NLP reads it, offsets unchanged: lone surrogates replaced, runs too long to be words masked."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _LONG_RUN.search(text):
        text = _LONG_RUN.sub(lambda run: "x" * len(run[0]), text)
    return text


def _true_to(body: str, facts: Facts) -> None:
    """The texts the facts quote from the body taken from ``body`` itself, where ``nlp_text`` changed it."""
    if not (_SURROGATE.search(body) or _LONG_RUN.search(body)):
        return
    spans = [*facts.timexes, *facts.quotes, *facts.citations, *(m for e in facts.entities for m in e.get("mentions", []))]
    for item in spans:
        if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
            item["text"] = body[item["start"] : item["end"]]
    for ev in facts.events:
        ev["trigger"] = body[ev["start"] : ev["end"]]


class PageTimeout(BaseException):
    """A page's time budget ran out (raised by ``time_budget``'s alarm).

    A BaseException, as KeyboardInterrupt is: the libraries a page goes through
    (trafilatura, htmldate) catch ``Exception`` broadly and would swallow it.
    """


def _alarm_possible() -> bool:
    # a signal handler runs in the main thread only: a Dask worker runs tasks in other threads
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _ring(signum: int, frame: FrameType | None) -> None:
    raise PageTimeout


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``PageTimeout`` in the block once ``seconds`` have passed.

    In the main thread, a SIGALRM timer; the previous handler and any timer already
    set are put back after. In another thread (a Dask worker runs its tasks in one),
    a timer thread raises ``PageTimeout`` in this one (``_thread_budget``). Either
    interrupts Python code only: a long call into C (lxml's parser, a regular
    expression) ends first, which is why the inputs that make those slow are refused
    before they run. ``seconds`` None: no budget.
    """
    if seconds is None:
        yield
        return
    if not _alarm_possible():
        with _thread_budget(seconds):
            yield
        return
    try:
        previous = signal.signal(signal.SIGALRM, _ring)
    except ValueError:  # not the main interpreter
        yield
        return
    started = time.monotonic()
    outer = signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3))
    try:
        yield
    finally:
        while True:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
                break
            except PageTimeout:  # it rang as the block ended: the block is done, the alarm is void
                continue
        signal.signal(signal.SIGALRM, previous)
        if outer[0] > 0:  # someone else's timer: what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(outer[0] - (time.monotonic() - started), 1e-3), outer[1])


@contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    """``time_budget`` off the main thread, where no signal reaches.

    A timer thread sets ``PageTimeout`` as this thread's asynchronous exception
    (``PyThreadState_SetAsyncExc``, CPython's way of interrupting another thread),
    raised at this thread's next bytecode. Disarming and ringing hold one lock, and
    an exception set but not yet raised when the block ends is cleared, so it never
    lands in the code after the block.
    """
    target = threading.get_ident()
    lock = threading.Lock()
    armed = [True]

    def ring() -> None:
        with lock:
            if armed[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(PageTimeout))

    timer = threading.Timer(max(seconds, 1e-3), ring)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            armed[0] = False
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)  # NULL: clear a pending one
        timer.cancel()


@dataclass
class Prepared:
    """A page extracted and cleaned, waiting for the NLP; ``budget``: seconds left of its time budget."""

    article: Article
    page: CleanPage
    budget: float | None


def article_id(doc: RawDocument) -> str:
    """Stable across runs and paths: the same page gives the same id."""
    given = doc.given.get("id")
    if isinstance(given, (str, int)) and str(given).strip():
        return str(given).strip()
    digest = hashlib.sha1()
    digest.update(str(doc.given.get("url") or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\n")
    digest.update(doc.content.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return metadata.clean_names(value.replace("\n", ","))
    if isinstance(value, list):
        return [n for v in value if isinstance(v, str) for n in metadata.clean_names(v)]
    return []


class Analyzer:
    """Runs the article stages over inputs. One instance loads the NLP once."""

    def __init__(
        self,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_chars: int = DEFAULT_MAX_CHARS,
        page_seconds: float | None = DEFAULT_PAGE_SECONDS,
        window_chars: int = WINDOW_CHARS,
        follow_links: bool = False,
    ):
        """``max_bytes``: the largest page read; ``max_chars``: the longest body analysed;
        ``page_seconds``: one page's time budget (None: none); ``window_chars``: the longest
        body the NLP takes whole, longer ones going through in windows of that size;
        ``follow_links``: read links in input folders that point outside them."""
        self.reader = Reader(max_bytes=max_bytes, follow_links=follow_links)
        self.max_chars = max_chars
        self.page_seconds = page_seconds
        # spaCy refuses a Doc over nlp.max_length (1,000,000 characters; build_pipeline keeps it)
        self.window_chars = min(window_chars, 1_000_000)

    @cached_property
    def nlp(self) -> Language:
        # built on first use: `telisik ingest` of pages already stored never needs it
        return build_pipeline()

    # ------------------------------------------------------------------ one document

    def process(self, doc: RawDocument) -> Article | Rejection:
        """One raw document analysed; bad input gives a ``Rejection``, never an exception."""
        return next(self.process_all([doc]))

    def process_all(self, items: Iterable[RawDocument | Rejection]) -> Iterator[Article | Rejection]:
        """Each item analysed (a rejection passed through), in input order.

        The NLP runs ``NLP_BATCH`` documents at a time through ``nlp.pipe``:
        the NER model is a network, and one document a call leaves it working
        on batches of one. No page's failure escapes: it becomes its rejection.
        An error reading ``items`` is raised once what was read is analysed.
        """
        pending: list[Rejection | Prepared] = []
        stream = iter(items)
        while True:
            try:
                item = next(stream)
            except StopIteration:
                break
            except Exception:
                yield from self._annotate(pending)
                raise
            pending.append(item if isinstance(item, Rejection) else self._prepare_safely(item))
            if len(pending) >= NLP_BATCH:
                yield from self._annotate(pending)
                pending = []
        yield from self._annotate(pending)

    def _prepare_safely(self, doc: RawDocument) -> Rejection | Prepared:
        started = time.monotonic()
        try:
            with time_budget(self.page_seconds):
                prepared = self._prepare(doc)
        except PageTimeout:
            return self._too_slow(doc.where)
        except HtmlError as err:
            return Rejection(doc.where, str(err))
        except Exception as err:  # noqa: BLE001 - one page's bug must not end a batch
            return self._internal_error(doc.where, err)
        if isinstance(prepared, Rejection):
            return prepared
        budget = None
        if self.page_seconds is not None:
            budget = self.page_seconds - (time.monotonic() - started)
            if budget <= 0:  # over already, where no alarm could stop it
                return self._too_slow(doc.where)
        return Prepared(*prepared, budget)

    @staticmethod
    def _internal_error(where: str, err: Exception) -> Rejection:
        log.debug("internal error on %s", where, exc_info=True)
        return Rejection(where, f"internal error while analysing ({type(err).__name__}: {err})")

    def _too_slow(self, where: str) -> Rejection:
        return Rejection(where, f"took over {self.page_seconds:g} s to analyse; skipped")

    def _annotate(self, pending: list[Rejection | Prepared]) -> Iterator[Article | Rejection]:
        """The NLP of the prepared pages among ``pending``, which come back in their order."""
        done = iter(self._annotate_prepared([p for p in pending if isinstance(p, Prepared)]))
        for item in pending:
            yield item if isinstance(item, Rejection) else next(done)

    def _windowed(self, article: Article) -> bool:
        return len(article.body) > self.window_chars

    def _annotate_prepared(self, prepared: list[Prepared]) -> list[Article | Rejection]:
        """Each page's article with its facts, or its rejection.

        The pages go through one ``nlp.pipe`` stream, each page's turn within its
        own budget. The stream ends at its first failure or timeout, and from there
        each page goes alone (``_annotate_alone``): a failure in ``nlp.pipe`` may be
        another page's (the NER runs a batch at once), and the first page's turn
        also paid for the batch's NER. Long bodies go alone, in windows.
        """
        if not prepared:
            return []
        nlp = self.nlp  # loaded outside every page's budget
        stream = nlp.pipe((self._doc(p.article) for p in prepared if not self._windowed(p.article)), batch_size=NLP_BATCH)
        broken = False
        out: list[Article | Rejection] = []
        for p in prepared:
            if not broken and not self._windowed(p.article):
                try:
                    with time_budget(p.budget):
                        out.append(self._fill(p.article, p.page, Facts.of(next(stream))))
                    continue
                except (Exception, PageTimeout):  # noqa: BLE001 - this page and the rest go alone
                    log.debug("the NLP stream failed at %s; the rest alone", p.article.where, exc_info=True)
                    broken = True
            out.append(self._annotate_alone(p))
        return out

    def _annotate_alone(self, p: Prepared) -> Article | Rejection:
        try:
            with time_budget(p.budget):
                return self._fill(p.article, p.page, self._facts(p.article))
        except PageTimeout:
            return self._too_slow(p.article.where)
        except Exception as err:  # noqa: BLE001
            return self._internal_error(p.article.where, err)

    def _doc(self, article: Article) -> Any:
        doc = self.nlp.make_doc(nlp_text(article.body))
        doc._.published = article.published
        return doc

    def _facts(self, article: Article) -> Facts:
        """The NLP's facts of one article's body: whole, or in windows when it is long."""
        if self._windowed(article):
            return analyse_windows(self.nlp, nlp_text(article.body), article.published, self.window_chars)
        return Facts.of(self.nlp(self._doc(article)))

    def _prepare(self, doc: RawDocument) -> Rejection | tuple[Article, CleanPage]:
        """The clean article and its metadata, before the NLP; a ``Rejection`` when no text is left."""
        given = doc.given
        given_title = given.get("title") if isinstance(given.get("title"), str) else None
        html_page = None
        if doc.kind == "html":
            html_page = parse_html(doc.content, url=given.get("url"))
            page = clean_blocks(split_blocks(html_page.text), title=given_title or html_page.title)
        else:
            page = clean_blocks(split_blocks(doc.content), title=given_title)
        if not page.paragraphs:
            return Rejection(doc.where, "no article text found (everything on the page is chrome, captions or bylines)")

        body = page.body
        if len(body) > self.max_chars:
            return Rejection(doc.where, f"body too long: {len(body)} characters (limit {self.max_chars}; --max-chars)")
        url = given.get("url") or (html_page.url if html_page else None) or page.url
        html_authors, html_editors = (html_page.authors, html_page.editors) if html_page else ([], [])
        article = Article(
            id=article_id(doc),
            source=doc.source,
            record=doc.record,
            outlet=self._outlet(given, html_page, page, url),
            url=url,
            title=page.title,
            authors=metadata.merge_names(_names(given.get("authors") or given.get("author")), html_authors, page.authors)
            or page.initials[0],
            editors=metadata.merge_names(_names(given.get("editors")), html_editors, page.editors) or page.initials[1],
            published=self._published(given, html_page, page, body),
            language=metadata.detect_language(body),
            body=body,
            captions=self._captions(page, html_page, body),
            removed=page.removed,
            dateline=page.dateline,
            standfirst=page.standfirst,
            warnings=list(doc.warnings),
        )
        return article, page

    def _fill(self, article: Article, page: CleanPage, facts: Facts) -> Article:
        """The article with its facts."""
        _true_to(article.body, facts)
        article.timexes = facts.timexes
        article.timex_anchor = facts.timex_anchor
        article.entities = facts.entities
        article.quotes = facts.quotes
        article.citations = facts.citations
        article.events = facts.events
        # DW's closing "kp/rs (AP, AFP, Reuters)" names the agencies the article draws on; the
        # cleaner moved it to `removed`, so it is read there ("in": "removed", no body offsets)
        cited = {c["source"] for c in article.citations}
        for citation in source_line_citations(article.removed):
            if citation["source"] not in cited:
                article.citations.append({**citation, "in": "removed"})
        article.sentences = facts.sentences
        article.caption_events = self.caption_events(article.captions, article.published or (article.timex_anchor or {}).get("date"))
        article.stats = {
            "paragraphs": len(page.paragraphs),
            "sentences": len(article.sentences),
            "tokens": facts.tokens,
        }
        return article

    def caption_events(self, captions: list[str], anchor: str | None) -> list[dict[str, Any]]:
        """Events a photo caption states ("Kim dan Putin bertemu, Selasa (13/6/2023)"), kept apart from the body's.

        A caption's date can contradict the text; the story stage compares them.
        """
        docs = []
        for caption in captions[:MAX_CAPTIONS]:
            doc = self.nlp.make_doc(nlp_text(caption[:MAX_CAPTION_CHARS]))
            doc._.published = anchor
            docs.append(doc)
        # one pipe call for an article's captions: the NER network takes them as one batch
        return [
            {**event, "in": "caption", "caption": i}
            for i, doc in enumerate(self.nlp.pipe(docs, batch_size=MAX_CAPTIONS))
            for event in doc._.events or []
        ]

    @staticmethod
    def _outlet(given: dict, html_page: Any, page: CleanPage, url: str | None) -> str | None:
        if isinstance(given.get("outlet"), str) and given["outlet"].strip():
            return metadata.normalise_outlet(given["outlet"])
        return (
            metadata.outlet_from_url(url)
            or (html_page.outlet if html_page else None)
            or (page.outlet_hints[0] if page.outlet_hints else None)
        )

    @staticmethod
    def _published(given: dict, html_page: Any, page: CleanPage, body: str) -> str | None:
        if isinstance(given.get("published"), str) and given["published"].strip():
            iso = dates.parse_iso(given["published"])
            if iso:
                return iso
        if html_page and html_page.published:
            return html_page.published
        if page.published:
            return dates.resolve_ambiguous(page.published, body).iso()
        return None

    @staticmethod
    def _captions(page: CleanPage, html_page: Any, body: str) -> list[str]:
        captions = list(page.captions)
        if html_page:
            folded_body = fold(body)
            for cap in html_page.captions:
                # a caption that is also body text (photo pages) stays in the body only
                if fold(cap) not in folded_body and cap not in captions:
                    captions.append(cap)
        return captions

    # ------------------------------------------------------------------ a batch

    def analyze(
        self,
        inputs: Iterable[str | os.PathLike[str]],
        on_item: Callable[[Article | Rejection], None] | None = None,
    ) -> dict[str, Any]:
        """The analysis document for ``inputs`` (files and directories)."""
        articles: list[Article] = []
        rejected: list[Rejection] = []
        seen: dict[str, str] = {}
        for result in self.process_all(self.reader.read(inputs)):
            if isinstance(result, Article):
                first = seen.get(result.id)
                if first is not None:
                    result = duplicate(result.where, first, result.id)
                else:
                    seen[result.id] = result.where
            if isinstance(result, Article):
                articles.append(result)
            else:
                rejected.append(result)
            if on_item:
                on_item(result)
        reanchor_undated(articles, self.caption_events)
        return build_document(articles, rejected)


def duplicate(where: str, first: str, aid: str) -> Rejection:
    """The rejection of a page met again: the first occurrence is the one analysed."""
    return Rejection(where, f"duplicate of {first} (same page, article id {aid})")


def story_stage_failed(err: Exception) -> str:
    """Log a failure of the whole story stage and say it in the document's ``warnings``."""
    log.warning("story stage failed: %s: %s", type(err).__name__, err, exc_info=log.isEnabledFor(logging.DEBUG))
    return f"stories not made: internal error in the story stage ({type(err).__name__}: {err})"


def anchor_days(articles: Iterable[Article]) -> set[date]:
    """The publication days of the dated articles: what ``reanchor_undated`` resolves undated ones against."""
    return {anchor.day for a in articles if (anchor := timex.anchor_from_published(a.published))}


def reanchor_undated(
    articles: list[Article],
    caption_events: Callable[[list[str], str | None], list[dict[str, Any]]] | None = None,
    days: Iterable[date] | None = None,
) -> list[Article]:
    """Resolve the time expressions of undated articles that state no year.

    An undated page that says "5 September" but no year has no anchor of its
    own; the publication dates of the collection's dated articles give the
    year that puts its dates nearest to them (``timex.infer_anchor``).
    Their events' dates move with the new anchor, and so do their caption
    events when ``caption_events`` (``Analyzer.caption_events``) is given.
    ``days`` are those days when the dated articles are not all in
    ``articles`` (``telisik.engine.batch`` re-anchors a partition at a time).
    Returns the articles that got an anchor.
    """
    days = sorted(anchor_days(articles) if days is None else days)
    if not days:
        return []
    changed = []
    for article in articles:
        if article.published or article.timex_anchor:
            continue
        try:
            reanchored = _reanchor(article, days, caption_events)
        except Exception as err:  # noqa: BLE001 - one article's failure must not cost the others theirs
            log.debug("re-anchoring failed on %s", article.where, exc_info=True)
            article.warnings.append(f"dates not re-anchored on the collection's: internal error ({type(err).__name__}: {err})")
            continue
        if reanchored:
            changed.append(article)
    return changed


def _reanchor(
    article: Article,
    days: list[date],
    caption_events: Callable[[list[str], str | None], list[dict[str, Any]]] | None,
) -> bool:
    """``reanchor_undated`` of one article: all of it or, when anything fails, nothing."""
    timexes, anchor = timex.tag(article.body, None, days)
    if not anchor:
        return False
    timex_anchor = anchor.to_dict()
    events = [dict(ev) for ev in article.events]  # refresh_when writes into them
    refresh_when(events, timexes)
    captions = article.caption_events
    if caption_events is not None:
        captions = caption_events(article.captions, timex_anchor["date"])
    article.timexes, article.timex_anchor, article.events, article.caption_events = timexes, timex_anchor, events, captions
    return True


def _linked(articles: list[Article], rejected: list[Rejection]) -> tuple[list[Article], list[dict[str, Any]]]:
    """``link_across`` of the articles; when it fails, of those it does not fail on alone (the others rejected)."""
    try:
        return articles, link_across(articles)
    except Exception:  # noqa: BLE001 - find the article it fails on
        log.debug("linking entities failed; trying each article", exc_info=True)
    kept = []
    for article in articles:
        try:
            link_across([article])
        except Exception as err:  # noqa: BLE001
            rejected.append(Analyzer._internal_error(article.where, err))
        else:
            kept.append(article)
    return kept, link_across(kept)


def build_document(articles: list[Article], rejected: list[Rejection]) -> dict[str, Any]:
    rejected = list(rejected)
    articles, entities = _linked(articles, rejected)
    article_dicts = [a.to_dict() for a in articles]
    warnings: list[str] = []
    try:
        stories = build_stories(article_dicts)
    except Exception as err:  # noqa: BLE001 - the analysed articles are kept whatever the story stage does
        stories = []
        warnings.append(story_stage_failed(err))
    story_of = {aid: s["id"] for s in stories for aid in s["articles"]}
    for a in article_dicts:
        a["story"] = story_of.get(a["id"])
    document = {
        "telisik_version": __version__,
        "rejected": [r.to_dict() for r in rejected],
        "articles": article_dicts,
        "entities": entities,
        "stories": stories,
    }
    if warnings:
        document["warnings"] = warnings
    return document

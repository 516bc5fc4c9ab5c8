"""From raw documents to analysed articles: ingest -> extract/clean -> article NLP.

Data flows one way. ``Analyzer.analyze`` returns the analysis document of
``shared/spec/output.md``; ``Analyzer.process`` handles one raw document and
never raises for bad input.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import cached_property
from typing import Any

from spacy.language import Language

from telisik import __version__, dates, metadata, timex
from telisik.citations import source_line_citations
from telisik.clean import CleanPage, clean_blocks, fold, split_blocks
from telisik.entities import link_across
from telisik.events import refresh_when
from telisik.extract import HtmlError, parse_html
from telisik.ingest import DEFAULT_MAX_BYTES, Reader
from telisik.nlp import build_pipeline
from telisik.records import Article, RawDocument, Rejection
from telisik.stories import build_stories

log = logging.getLogger(__name__)

# a gallery page can carry dozens of captions; the first few say what the photos are of
MAX_CAPTIONS = 8
# documents a call of the NLP pipeline takes (nlp.pipe)
NLP_BATCH = 32
MAX_CAPTION_CHARS = 1000


def article_id(doc: RawDocument) -> str:
    """Stable across runs and paths: the same page gives the same id."""
    given = doc.given.get("id")
    if isinstance(given, (str, int)) and str(given).strip():
        return str(given).strip()
    digest = hashlib.sha1()
    digest.update(str(doc.given.get("url") or "").encode("utf-8"))
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

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES):
        self.reader = Reader(max_bytes=max_bytes)

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
        on batches of one.
        """
        pending: list[Rejection | tuple[Article, CleanPage]] = []
        for item in items:
            pending.append(item if isinstance(item, Rejection) else self._prepare_safely(item))
            if len(pending) >= NLP_BATCH:
                yield from self._annotate(pending)
                pending = []
        yield from self._annotate(pending)

    def _prepare_safely(self, doc: RawDocument) -> Rejection | tuple[Article, CleanPage]:
        try:
            return self._prepare(doc)
        except HtmlError as err:
            return Rejection(doc.where, str(err))
        except Exception as err:  # noqa: BLE001 - one page's bug must not end a batch
            return self._internal_error(doc.where, err)

    @staticmethod
    def _internal_error(where: str, err: Exception) -> Rejection:
        log.debug("internal error on %s", where, exc_info=True)
        return Rejection(where, f"internal error while analysing ({type(err).__name__}: {err})")

    def _annotate(self, pending: list[Rejection | tuple[Article, CleanPage]]) -> Iterator[Article | Rejection]:
        """The NLP of the prepared articles among ``pending``, which come back in their order."""
        prepared = [p for p in pending if not isinstance(p, Rejection)]
        docs = []
        for article, _page in prepared:
            doc = self.nlp.make_doc(article.body)
            doc._.published = article.published
            docs.append(doc)
        try:
            annotated: list[Any] = list(self.nlp.pipe(docs, batch_size=NLP_BATCH))
        except Exception:  # noqa: BLE001 - one document's failure must not cost its batch: each alone
            log.debug("a batch failed in the NLP; analysing its documents one by one", exc_info=True)
            annotated = []
            for doc in docs:
                try:
                    annotated.append(self.nlp(doc))
                except Exception as err:  # noqa: BLE001
                    annotated.append(err)
        done = iter(annotated)
        for item in pending:
            if isinstance(item, Rejection):
                yield item
                continue
            article, page = item
            nlp_doc = next(done)
            try:
                if isinstance(nlp_doc, Exception):
                    raise nlp_doc
                yield self._fill(article, page, nlp_doc)
            except Exception as err:  # noqa: BLE001
                yield self._internal_error(article.where, err)

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

    def _fill(self, article: Article, page: CleanPage, nlp_doc: Any) -> Article:
        """The article's facts from its annotated doc."""
        article.timexes = nlp_doc._.timexes or []
        article.timex_anchor = nlp_doc._.timex_anchor
        article.entities = nlp_doc._.entities or []
        article.quotes = nlp_doc._.quotes or []
        article.citations = nlp_doc._.citations or []
        article.events = nlp_doc._.events or []
        # DW's closing "kp/rs (AP, AFP, Reuters)" names the agencies the article draws on; the
        # cleaner moved it to `removed`, so it is read there ("in": "removed", no body offsets)
        cited = {c["source"] for c in article.citations}
        for citation in source_line_citations(article.removed):
            if citation["source"] not in cited:
                article.citations.append({**citation, "in": "removed"})
        article.sentences = [[s.start_char, s.end_char] for s in nlp_doc.sents]
        article.caption_events = self.caption_events(article.captions, article.published or (article.timex_anchor or {}).get("date"))
        article.stats = {
            "paragraphs": len(page.paragraphs),
            "sentences": len(article.sentences),
            "tokens": len(nlp_doc),
        }
        return article

    def caption_events(self, captions: list[str], anchor: str | None) -> list[dict[str, Any]]:
        """Events a photo caption states ("Kim dan Putin bertemu, Selasa (13/6/2023)"), kept apart from the body's.

        A caption's date can contradict the text; the story stage compares them.
        """
        docs = []
        for caption in captions[:MAX_CAPTIONS]:
            doc = self.nlp.make_doc(caption[:MAX_CAPTION_CHARS])
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
    ``articles`` (``telisik.batch`` re-anchors a partition at a time).
    Returns the articles that got an anchor.
    """
    days = sorted(anchor_days(articles) if days is None else days)
    if not days:
        return []
    changed = []
    for article in articles:
        if article.published or article.timex_anchor:
            continue
        timexes, anchor = timex.tag(article.body, None, days)
        if anchor:
            article.timexes, article.timex_anchor = timexes, anchor.to_dict()
            refresh_when(article.events, article.timexes)
            if caption_events is not None:
                article.caption_events = caption_events(article.captions, article.timex_anchor["date"])
            changed.append(article)
    return changed


def build_document(articles: list[Article], rejected: list[Rejection]) -> dict[str, Any]:
    entities = link_across(articles)
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

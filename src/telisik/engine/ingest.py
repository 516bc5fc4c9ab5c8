"""``telisik ingest``: pages analysed and stored in a store a batch at a time, then its stories remade.

Pages whose id is stored already are not analysed again; a page met twice in
one run is a duplicate, rejected as ``telisik analyze`` rejects it
(``collection.steps.Deduplicator``). The store links each batch's entities as it
writes it, and the stories the run touches are remade at the end
(``store.collection.remake_stories``) with the undated articles re-anchored
through the pipeline (``Analyzer.reanchor``).
"""

from __future__ import annotations

import logging
from collections import ChainMap
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import sqlalchemy as sa

from telisik.collection.steps import Deduplicator
from telisik.engine.local import Analyzer
from telisik.records import Article, RawDocument, Rejection
from telisik.store.connection import CHUNK
from telisik.store.identity import Page, place
from telisik.store.repository import Store

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    added: int = 0
    already_stored: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    stories_remade: int = 0
    articles_reclustered: int = 0


def one_page_fault(err: Exception) -> bool:
    """Whether a database error is one page's (a value it refuses), not the database's (a connection lost)."""
    if isinstance(err, (sa.exc.OperationalError, sa.exc.InterfaceError)):
        return False
    return isinstance(err, sa.exc.SQLAlchemyError) and not getattr(err, "connection_invalidated", False)


def db_error(err: sa.exc.SQLAlchemyError) -> str:
    orig = getattr(err, "orig", None) or err
    return f"{type(orig).__name__}: {orig}"


class _Ingest:
    """One ``ingest`` run: the pages read are sifted against the store, analysed, and stored a batch at a time."""

    def __init__(self, store: Store, analyzer: Analyzer, batch_size: int, on_item: Callable[[Article | Rejection | str], None] | None):
        self.store, self.analyzer, self.batch_size, self.on_item = store, analyzer, batch_size, on_item
        self.report = IngestReport()
        self.articles: list[Article] = []
        self.rejected: list[Rejection] = []
        # the content key of each id taken in this run: a page repeated within the input is analysed once
        self.taken: dict[str, str | None] = {}
        # and the second time, it is a duplicate, as in `telisik analyze`
        self.seen = Deduplicator()

    def run(self, inputs: Iterable[str]) -> IngestReport:
        for result in self.analyzer.process_all(self.fresh(inputs)):
            self.take(result)
        self.flush()
        remade = self.store.remake_stories(reanchor=self.analyzer.reanchor, map_stories=self.analyzer.story_map)
        self.report.stories_remade, self.report.articles_reclustered = remade
        return self.report

    def take(self, result: Article | Rejection) -> None:
        if isinstance(result, Article):
            self.articles.append(result)
            self.report.added += 1
        else:
            self.rejected.append(result)
            self.report.rejected.append(result)
        if self.on_item:
            self.on_item(result)
        if len(self.articles) >= self.batch_size:
            self.flush()

    def fresh(self, inputs: Iterable[str]) -> Iterator[RawDocument | Rejection]:
        """The items to analyse: pages not stored yet (nor met earlier in this run), and rejections."""
        chunk: list[RawDocument | Rejection] = []
        for item in self.analyzer.reader.read(inputs):
            chunk.append(item)
            if len(chunk) >= CHUNK:
                # one look-up a chunk for the pages already stored, not one a page
                yield from self.sift(chunk)
                chunk = []
        yield from self.sift(chunk)

    def sift(self, chunk: list[RawDocument | Rejection]) -> Iterator[RawDocument | Rejection]:
        pages = {n: Page.read(item) for n, item in enumerate(chunk) if isinstance(item, RawDocument)}
        stored, failed = self.look_up(pages)
        known = ChainMap(self.taken, stored)
        for n, item in enumerate(chunk):
            page = pages.get(n)
            if page is None or n in failed:
                yield failed.get(n, item)
                continue
            placed = place(page, known)
            if isinstance(placed, str) and placed in self.taken:
                yield self.seen.check(placed, page.doc.where) or Rejection(page.doc.where, f"duplicate of article {placed}")
            elif isinstance(placed, str):
                self.report.already_stored += 1
                if self.on_item:
                    self.on_item(placed)
            elif placed is None:
                yield Rejection(page.doc.where, f"id {page.id} and the ids made from it all name other pages")
            else:
                self.taken[placed.id] = placed.key
                self.seen.check(placed.id, page.doc.where)
                yield placed.document()

    def look_up(self, pages: Mapping[int, Page]) -> tuple[dict[str, str | None], dict[int, Rejection]]:
        """The content keys of the ids the pages could take that are stored, and a rejection for each page
        whose look-up the database refuses."""
        try:
            return self.store.content_keys(i for p in pages.values() for i in p.wanted()), {}
        except sa.exc.SQLAlchemyError as err:
            if not one_page_fault(err):
                raise
            log.debug("a chunk's look-up failed; looking up its pages one by one: %s", err)
        stored: dict[str, str | None] = {}
        failed: dict[int, Rejection] = {}
        for n, page in pages.items():
            try:
                stored.update(self.store.content_keys(page.wanted()))
            except sa.exc.SQLAlchemyError as err:
                if not one_page_fault(err):
                    raise
                failed[n] = Rejection(page.doc.where, f"could not be looked up in the store: {db_error(err)}")
        return stored, failed

    def flush(self) -> None:
        keys = {a.id: key for a in self.articles if (key := self.taken.get(a.id))}
        try:
            self.store.add(self.articles, self.rejected, keys)
        except sa.exc.SQLAlchemyError as err:
            if not one_page_fault(err):
                raise
            # one article the database refuses must not cost its batch: store them one by one
            log.debug("batch refused, storing one by one: %s", err)
            self.store.add([], self.rejected)
            for article in self.articles:
                self.add_alone(article, keys)
        self.articles.clear()
        self.rejected.clear()

    def add_alone(self, article: Article, keys: Mapping[str, str]) -> None:
        try:
            self.store.add([article], content_keys=keys)
        except sa.exc.SQLAlchemyError as err:
            if not one_page_fault(err):
                raise
            rejection = Rejection(article.where, f"could not be stored: {db_error(err)}")
            self.store.add([], [rejection])
            self.report.added -= 1
            self.report.rejected.append(rejection)


def ingest(
    store: Store,
    inputs: Iterable[str],
    analyzer: Analyzer,
    *,
    batch_size: int = 50,
    on_item: Callable[[Article | Rejection | str], None] | None = None,
    wait: float | None = None,
) -> IngestReport:
    """Analyse what is not stored yet, store it batch by batch, then remake the stories it touches.

    ``analyzer`` is a ``telisik.engine.local.Analyzer``. ``on_item`` gets each
    article, rejection, or the id of an article already stored. The run holds
    the store's write lock (``Store.writing``) throughout: it waits for another
    run writing to the store, ``wait`` seconds at most (``None``: as long as
    that run takes; then ``StoreBusy``), and then finds that run's pages stored.
    """
    with store.writing(timeout=wait):
        return _Ingest(store, analyzer, batch_size, on_item).run(inputs)

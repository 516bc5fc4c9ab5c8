"""The local engine: raw documents to analysed articles in this process, then the collection steps.

Data flows one way: pages (read, extract, clean: ``pages.assemble``) -> the
article NLP (``nlp``) -> the collection (``collection.steps``). ``Analyzer.analyze``
returns the analysis document of ``shared/spec/output.md``; ``Analyzer.process``
handles one raw document and never raises for bad input.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, partial
from importlib import resources
from typing import Any

from spacy.language import Language

from telisik.collection.steps import REANCHORED_FIELDS, CollectionStream, Deduplicator, internal_error
from telisik.engine.budget import PageTimeout, time_budget
from telisik.engine.pool import WorkerPool, read_in_batches, start_worker
from telisik.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_PAGE_SECONDS
from telisik.nlp import timex
from telisik.nlp.citations import source_line_records
from telisik.nlp.facts import Facts, nlp_text, true_to
from telisik.nlp.pipeline import PIPELINE_LANGUAGES, build_pipeline
from telisik.nlp.windows import WINDOW_CHARS, analyse_windows, text_windows
from telisik.pages.assemble import prepare_article
from telisik.pages.extract import HtmlError
from telisik.pages.read import Reader
from telisik.records import Article, RawDocument, Rejection
from telisik.records.events import Event
from telisik.stories.describe import StoryMap

log = logging.getLogger(__name__)

# a gallery page can carry dozens of captions; the first few say what the photos are of
MAX_CAPTIONS = 8
# documents a call of the NLP pipeline takes (nlp.pipe)
NLP_BATCH = 32
MAX_CAPTION_CHARS = 1000

# the pipeline built by ``preload`` in a process that forks workers (a forkserver): theirs, built once for them all
_PRELOADED: Language | None = None


def _warm_page(lang: str = "id") -> RawDocument:
    """An invented page whose analysis loads what an article's first page loads lazily (``preload``):
    ``lang/<lang>/warm_page.txt``, its title on the first line, then its body."""
    text = resources.files("telisik.lang").joinpath(lang, "warm_page.txt").read_text(encoding="utf-8")
    title, *body = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return RawDocument(
        source="pemanasan.jsonl",
        kind="text",
        content="\n".join(body).strip(),
        record="L1",
        given={"title": title, "outlet": "Kompas", "published": "2025-06-09T10:00:00+07:00"},
    )


WARM_PAGE = _warm_page()


@dataclass
class Prepared:
    """A page made an article, waiting for the NLP; ``budget``: seconds left of its time budget."""

    article: Article
    budget: float | None


class Analyzer:
    """Runs the article stages over inputs. One instance loads the NLP once."""

    def __init__(
        self,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_chars: int = DEFAULT_MAX_CHARS,
        page_seconds: float | None = DEFAULT_PAGE_SECONDS,
        window_chars: int = WINDOW_CHARS,
        follow_links: bool = False,
        fields: Mapping[str, str] | None = None,
        workers: int = 1,
    ):
        """``max_bytes``: the largest page read; ``max_chars``: the longest body analysed;
        ``page_seconds``: one page's time budget (None: none); ``window_chars``: the longest
        body the NLP takes whole, longer ones going through in windows of that size;
        ``follow_links``: read links in input folders that point outside them; ``fields``: telisik
        field -> the column of tables and JSON records it is read from (``--field text=isi``);
        ``workers``: processes that analyse the pages (``engine.pool``; 1: this process alone), each
        with its own pipeline. The result is the same whatever their number. ``close`` ends them."""
        self.reader = Reader(max_bytes=max_bytes, follow_links=follow_links, fields=fields)
        self.max_chars = max_chars
        self.page_seconds = page_seconds
        # spaCy refuses a Doc over nlp.max_length (1,000,000 characters; build_pipeline keeps it)
        self.window_chars = min(window_chars, 1_000_000)
        self.workers = max(1, workers)
        self._pool: WorkerPool | None = None

    @property
    def pool(self) -> WorkerPool | None:
        """The worker processes (started on first use), or None when this process analyses alone."""
        if self.workers > 1 and self._pool is None:
            settings = {"max_chars": self.max_chars, "page_seconds": self.page_seconds, "window_chars": self.window_chars}
            self._pool = WorkerPool(self.workers, settings, chunk=NLP_BATCH, start=partial(start_worker, Analyzer))
        return self._pool

    @property
    def story_map(self) -> StoryMap | None:
        """How the collection describes its stories (``build_stories``): in the workers when there are some."""
        return self.pool.map if self.pool is not None else None

    def close(self) -> None:
        """End the worker processes, if any (a later call starts them again)."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def __enter__(self) -> Analyzer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def nlp(self) -> Language:
        # built on first use: `telisik ingest` of pages already stored never needs it; a forked worker's is its
        # forkserver's (``preload``)
        return _PRELOADED if _PRELOADED is not None else build_pipeline()

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
        With workers, they analyse the batches (``WorkerPool.process_all``).
        """
        if self.pool is not None:
            yield from self.pool.process_all(items)
            return
        for batch in read_in_batches(items, NLP_BATCH):
            yield from self._annotate([item if isinstance(item, Rejection) else self._prepare_safely(item) for item in batch])

    def prepare(self, doc: RawDocument) -> Article | Rejection:
        """One raw document's pages stage alone (extract, repair, clean: ``pages.assemble``), no NLP: its article as the
        NLP would get it, or its rejection, within the page's time budget."""
        prepared = self._prepare_safely(doc)
        return prepared.article if isinstance(prepared, Prepared) else prepared

    def prepare_all(self, items: Iterable[RawDocument | Rejection]) -> Iterator[Article | Rejection]:
        """``prepare`` of each item (a rejection passed through), in input order; with workers, in the workers, in the
        chunks ``process_all`` gives them (``bench/pipeline.py`` times the engine's extract + clean with it)."""
        if self.pool is not None:
            yield from self.pool.process_all(items, prepare_only=True)
            return
        for item in items:
            yield item if isinstance(item, Rejection) else self.prepare(item)

    def _prepare_safely(self, doc: RawDocument) -> Rejection | Prepared:
        started = time.monotonic()
        try:
            with time_budget(self.page_seconds):
                prepared = prepare_article(doc, self.max_chars)
        except PageTimeout:
            return self._too_slow(doc.where)
        except HtmlError as err:
            return Rejection(doc.where, str(err))
        except Exception as err:  # noqa: BLE001 - one page's bug must not end a batch
            return internal_error(doc.where, err)
        if isinstance(prepared, Rejection):
            return prepared
        budget = None
        if self.page_seconds is not None:
            budget = self.page_seconds - (time.monotonic() - started)
            if budget <= 0:  # over already, where no alarm could stop it
                return self._too_slow(doc.where)
        return Prepared(prepared, budget)

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
        stream = nlp.pipe((self._doc(p.article) for p in prepared if self._streamed(p.article)), batch_size=NLP_BATCH)
        broken = False
        out: list[Article | Rejection] = []
        # an undated article's warning goes into its record (``_fill``), not to stderr once a page
        with timex.undated_warnings_silenced():
            for p in prepared:
                if not broken and self._streamed(p.article):
                    try:
                        with time_budget(p.budget):
                            out.append(self._fill(p.article, Facts.of(next(stream))))
                        continue
                    except (Exception, PageTimeout):  # noqa: BLE001 - this page and the rest go alone
                        log.debug("the NLP stream failed at %s; the rest alone", p.article.where, exc_info=True)
                        broken = True
                out.append(self._annotate_alone(p))
        return out

    def _streamed(self, article: Article) -> bool:
        """Whether an article goes through the ``nlp.pipe`` stream: an Indonesian body short enough to take whole."""
        return article.language in PIPELINE_LANGUAGES and not self._windowed(article)

    def _annotate_alone(self, p: Prepared) -> Article | Rejection:
        try:
            with time_budget(p.budget):
                return self._fill(p.article, self._facts(p.article))
        except PageTimeout:
            return self._too_slow(p.article.where)
        except Exception as err:  # noqa: BLE001
            return internal_error(p.article.where, err)

    def _doc(self, article: Article) -> Any:
        doc = self.nlp.make_doc(nlp_text(article.body))
        doc._.published = article.published
        doc._.title = article.title
        return doc

    def _facts(self, article: Article, hints: Sequence[date] = ()) -> Facts:
        """The NLP's facts of one article's body: whole, or in windows when it is long; a
        non-Indonesian body's language-neutral ones. ``hints``: the days an undated article's anchor is inferred near."""
        if article.language not in PIPELINE_LANGUAGES:
            return self._neutral_facts(article)
        with timex.undated_warnings_silenced():
            if self._windowed(article):
                return analyse_windows(self.nlp, nlp_text(article.body), article.published, self.window_chars, hints, article.title)
            doc = self._doc(article)
            doc._.anchor_hints = list(hints) or None
            return Facts.of(self.nlp(doc))

    def _neutral_facts(self, article: Article) -> Facts:
        """The facts of a body in another language than Indonesian: its sentences and tokens alone.

        Every other component reads Indonesian (its words, names, dates and speech verbs): on an
        English page they would make "Therefore" a place. The sentence splitter reads punctuation.
        """
        text = nlp_text(article.body)
        splitter = self.nlp.get_pipe("telisik_sentences")
        sentences: list[list[int]] = []
        tokens = 0
        for start, end in text_windows(text, self.window_chars):
            doc = splitter(self.nlp.make_doc(text[start:end]))
            sentences += [[s.start_char + start, s.end_char + start] for s in doc.sents]
            tokens += len(doc)
        return Facts([], None, [], [], [], [], sentences, tokens)

    def reanchor(self, article: Article, hints: Sequence[date]) -> bool:
        """Analyse an undated article again, its anchor inferred near ``hints`` (the collection's
        publication days); False, the article unchanged, when those give it no anchor.
        All of it or nothing: the facts are made on a copy, which replaces the article's at the end."""
        if self.pool is not None:
            again = self.pool.reanchor(article, hints)
            if again is None:
                return False
            for name in REANCHORED_FIELDS:
                setattr(article, name, getattr(again, name))
            return True
        facts = self._facts(article, hints)
        if not facts.timex_anchor:
            return False
        again = self._fill(replace(article, citations=[]), facts)
        for name in REANCHORED_FIELDS:
            setattr(article, name, getattr(again, name))
        return True

    def _fill(self, article: Article, facts: Facts) -> Article:
        """The article with its facts."""
        true_to(article.body, facts)
        article.timexes = facts.timexes
        article.timex_anchor = facts.timex_anchor
        article.entities = facts.entities
        article.quotes = facts.quotes
        # "kata X kepada Kompas.com" in a Kompas article is the outlet's own reporting, not a source
        article.citations = [c for c in facts.citations if c.source != article.outlet]
        article.events = facts.events
        # DW's closing "kp/rs (AP, AFP, Reuters)" names the agencies the article draws on; the
        # cleaner moved it to `removed`, so it is read there ("in": "removed", no body offsets)
        cited = {c.source for c in article.citations}
        article.citations += [c for c in source_line_records(article.removed) if c.source not in cited]
        article.sentences = facts.sentences
        # a new list: a re-anchored copy (``reanchor``) must leave the article it may replace as it was
        article.warnings = [w for w in article.warnings if not w.startswith(timex.UNDATED)] + facts.timex_warnings
        anchor = article.published or (article.timex_anchor.date if article.timex_anchor else None)
        article.caption_events = []
        if article.language in PIPELINE_LANGUAGES:
            with timex.undated_warnings_silenced():
                article.caption_events = self.caption_events(article.captions, anchor)
        article.stats = {
            "paragraphs": article.stats.get("paragraphs", 0),
            "sentences": len(article.sentences),
            "tokens": facts.tokens,
        }
        return article

    def caption_events(self, captions: list[str], anchor: str | None) -> list[Event]:
        """Events a photo caption states ("Kim dan Putin bertemu, Selasa (13/6/2023)"), kept apart from the body's.

        A caption's date can contradict the text; the story stage compares them.
        """
        docs = []
        for caption in captions[:MAX_CAPTIONS]:
            doc = self.nlp.make_doc(nlp_text(caption[:MAX_CAPTION_CHARS]))
            doc._.published = anchor
            docs.append(doc)
        # one pipe call for an article's captions: the NER network takes them as one batch
        return [event.in_caption(i) for i, doc in enumerate(self.nlp.pipe(docs, batch_size=MAX_CAPTIONS)) for event in doc._.events or []]

    def analyze(
        self,
        inputs: Iterable[str | os.PathLike[str]],
        on_item: Callable[[Article | Rejection], None] | None = None,
    ) -> dict[str, Any]:
        """The analysis document for ``inputs`` (files and directories)."""
        return self.analyze_items(self.reader.read(inputs), on_item)

    def analyze_items(
        self,
        items: Iterable[RawDocument | Rejection],
        on_item: Callable[[Article | Rejection], None] | None = None,
    ) -> dict[str, Any]:
        """The analysis document for raw documents however they were read (files, records of a table
        or a DataFrame: ``pages.tables.raw_documents``); a rejection among them is kept as it is."""
        # linked and clustered as they come, while the workers (if any) analyse the next pages; made at the first
        # article (it loads the entity lexicon), once the first batches are with the workers
        collection: CollectionStream | None = None
        rejected: list[Rejection] = []
        for result in self.results(items, on_item):
            if isinstance(result, Article):
                collection = collection or CollectionStream()
                collection.add(result)
            else:
                rejected.append(result)
        return (collection or CollectionStream()).finish(rejected, self.reanchor, self.story_map).document()

    def results(
        self,
        items: Iterable[RawDocument | Rejection],
        on_item: Callable[[Article | Rejection], None] | None = None,
    ) -> Iterator[Article | Rejection]:
        """Each item analysed, in input order, a second page of an article id rejected as its duplicate:
        what the collection steps take (``collect``, ``output.streamed.write_streamed``)."""
        seen = Deduplicator()
        for result in self.process_all(items):
            if isinstance(result, Article):
                result = seen.check(result.id, result.where) or result
            if on_item:
                on_item(result)
            yield result


def preload() -> None:
    """Build the article pipeline, and load what the first page of a process loads lazily (the glue splitter's lexicon,
    the language identifier's model, the gazetteer's matchers, the citation patterns...), in this process, for the
    processes forked from it to share: the forkserver of the worker pool (``engine.pool``) and of the Dask engine's
    local cluster runs it before it forks a worker (``engine.preload``). A worker that built its own paid some 3.5 CPU
    seconds for its pipeline and as many again on its first pages (300 corpus records, one worker's first task of 38
    records: 5.6 CPU s, against 1.7 s for the same records in a process already warm), every worker alike. The
    pipeline's output does not depend on what it analysed before (the pool's workers give the single process's bytes)."""
    global _PRELOADED
    analyzer = Analyzer()
    for _ in analyzer.process_all([WARM_PAGE]):
        pass
    _PRELOADED = analyzer.nlp

"""Runs of pages written for the collection's tests: a page as the reader hands it over, the run's results as
``analyze_items`` gathers them, the outputs of the in-memory collection, and a process pool's map stood in for."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from telisik.collection.steps import Deduplicator, collect
from telisik.output.render import write_outputs
from telisik.records import Article, RawDocument, Rejection


def page(n: int, paragraphs: list[str] | str, **given: str) -> RawDocument:
    """Record ``L{n}`` of berita.jsonl: the paragraphs one body, and the fields given beside it (title, published, ...)."""
    body = paragraphs if isinstance(paragraphs, str) else "\n\n".join(paragraphs)
    return RawDocument(source="berita.jsonl", kind="text", content=body, record=f"L{n}", given=given)


def analysed(analyzer: Any, pages: list[RawDocument]) -> list[Article | Rejection]:
    """The pages analysed in input order, a page met again rejected as a duplicate (``Deduplicator``)."""
    seen = Deduplicator()
    return [seen.check(r.id, r.where) or r if isinstance(r, Article) else r for r in analyzer.process_all(pages)]


def in_memory(results: list[Article | Rejection], out: Path, reanchor: Any) -> bytes:
    """analysis.json as ``telisik analyze`` wrote it before the streamed collection: the collection held whole
    (``collect``) on a copy of the results; report.html is written beside it."""
    items = copy.deepcopy(results)
    articles = [r for r in items if isinstance(r, Article)]
    write_outputs(collect(articles, [r for r in items if not isinstance(r, Article)], reanchor).document(), out)
    return (out / "analysis.json").read_bytes()


def through_pickle(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
    """An ordered map whose function, arguments and results go through pickle, as a process pool's do."""
    call = pickle.loads(pickle.dumps(fn))
    for item in items:
        yield pickle.loads(pickle.dumps(call(pickle.loads(pickle.dumps(item)))))

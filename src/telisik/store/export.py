"""``telisik export``: everything in a store, written out.

- ``json``: one analysis document in the contract of ``shared/spec/output.md``,
  streamed article by article so a large store never sits in memory whole;
- ``jsonl``: a directory with ``articles.jsonl``, ``stories.jsonl``,
  ``entities.jsonl``, ``rejected.jsonl`` and ``threads.jsonl``, one record a line;
- ``parquet``: the same five tables as Parquet files (pyarrow). Flat fields
  are columns; lists of names are list columns; the nested facts (timexes,
  entities, quotes, events, timelines, ...) are JSON text columns, since their
  records differ in shape.
- ``graphml``, ``gexf``: the entity co-mention network (``store.network``), one
  file for Gephi or networkx.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from telisik import __version__
from telisik.analyses.network import FORMATS as NETWORK_FORMATS
from telisik.analyses.network import NetworkFilter, write_graph
from telisik.extras import require
from telisik.output.render import JSON_ERRORS, dump_document, write_document, write_jsonl
from telisik.store.network import network
from telisik.store.repository import Store

TABLES = ("articles", "stories", "entities", "rejected", "threads")

# Parquet columns: (name, kind); kind "str", "list" (list of strings) or "json" (nested, as JSON text)
PARQUET_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "str"), ("source", "str"), ("outlet", "str"), ("url", "str"), ("title", "str"), ("published", "str"),
        ("language", "str"), ("story", "str"), ("dateline", "str"), ("standfirst", "str"), ("body", "str"),
        ("authors", "list"), ("editors", "list"), ("captions", "list"), ("removed", "list"), ("removed_by", "list"),
        ("timexes", "json"), ("timex_anchor", "json"), ("entities", "json"), ("quotes", "json"), ("citations", "json"),
        ("events", "json"), ("caption_events", "json"), ("sentences", "json"), ("stats", "json"), ("warnings", "list"),
    ],
    "stories": [
        ("id", "str"), ("title", "str"), ("first", "str"), ("last", "str"), ("articles", "list"), ("outlets", "list"),
        ("summary", "json"), ("timeline", "json"), ("background", "json"), ("updates", "json"), ("conflicts", "json"),
        ("weekday_slips", "json"), ("duplicates", "json"), ("kind", "str"), ("thread", "str"), ("thread_why", "list"),
    ],
    "threads": [
        ("id", "str"), ("title", "str"), ("names", "list"), ("stories", "list"), ("why", "json"), ("articles", "str"),
        ("first", "str"), ("last", "str"),
    ],
    "entities": [("id", "str"), ("name", "str"), ("type", "str"), ("aliases", "list"), ("articles", "list")],
    "rejected": [("source", "str"), ("reason", "str")],
}
PARQUET_BATCH = 500


def _records(store: Store, table: str) -> Iterator[dict[str, Any]]:
    if table == "articles":
        return store.iter_articles()
    if table == "stories":
        return store.iter_stories()
    if table == "entities":
        return store.iter_entities()
    if table == "threads":
        return iter(store.all_threads())
    return iter(store.rejections())


def export(store: Store, fmt: str, out: str, network_filter: NetworkFilter | None = None) -> list[str]:
    """Write the store in ``fmt`` to ``out``; returns what was written. ``network_filter``: the part of the
    network graphml and gexf write (default: all of it)."""
    head = {"telisik_version": __version__}
    if fmt == "json":
        if out == "-":
            # standard output's own encoding fails on a lone surrogate: write escapes, as the files do
            sys.stdout.flush()
            stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors=JSON_ERRORS, write_through=True)
            dump_document(stdout, head, document_lists(store))
            stdout.write("\n")
            stdout.detach()
            return ["standard output"]
        path = Path(out)
        if path.is_dir():
            path = path / "analysis.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_document(path, head, document_lists(store))
        return [str(path)]
    if fmt in NETWORK_FORMATS:
        return [write_network(store, fmt, out, network_filter)]
    directory = Path(out)
    directory.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        written = []
        for table in TABLES:
            path = directory / f"{table}.jsonl"
            write_jsonl(path, _records(store, table))
            written.append(str(path))
        return written
    if fmt == "parquet":
        return [write_parquet(_records(store, table), PARQUET_COLUMNS[table], directory / f"{table}.parquet") for table in TABLES]
    raise ValueError(f"unknown export format {fmt!r} (json, jsonl, parquet, graphml or gexf)")


def write_network(store: Store, fmt: str, out: str, spec: NetworkFilter | None = None) -> str:
    """The store's entity co-mention network (``spec``: all of it) as GraphML or GEXF at ``out``: a file, a directory
    (``network.<fmt>`` in it) or ``-`` (standard output)."""
    graph = network(store, spec)
    if out == "-":
        sys.stdout.flush()
        write_graph(graph, sys.stdout.buffer, fmt)
        sys.stdout.buffer.flush()
        return "standard output"
    path = Path(out)
    if path.is_dir():
        path = path / f"network.{fmt}"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_graph(graph, path, fmt)
    return str(path)


def document_lists(store: Store) -> list[tuple[str, Iterable[dict[str, Any]]]]:
    """The analysis document's lists, each read from the store as it is written."""
    return [(table, _records(store, table)) for table in ("rejected", "articles", "entities", "stories", "threads")]


def write_parquet(records: Iterable[dict[str, Any]], columns: list[tuple[str, str]], path: Path) -> str:
    require("Parquet output", "pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"str": pa.string(), "list": pa.list_(pa.string()), "json": pa.string()}
    arrow_schema = pa.schema([(name, types[kind]) for name, kind in columns])

    def cell(value: Any, kind: str) -> Any:
        if kind == "json":
            return None if value is None else json.dumps(value, ensure_ascii=False, default=str)
        if kind == "list":
            return [str(v) for v in value] if isinstance(value, list) else None
        return None if value is None else str(value)

    with pq.ParquetWriter(path, arrow_schema) as writer:
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            if batch:
                rows = [{name: cell(r.get(name), kind) for name, kind in columns} for r in batch]
                writer.write_table(pa.Table.from_pylist(rows, schema=arrow_schema))
                batch.clear()

        for record in records:
            batch.append(record)
            if len(batch) >= PARQUET_BATCH:
                flush()
        flush()
    return str(path)

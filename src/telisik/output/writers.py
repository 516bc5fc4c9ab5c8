"""An analysis written in the formats of ``telisik analyze --format`` and ``Analysis.write``.

- ``json``: ``analysis.json`` and ``report.html``, as ever (``render.write_outputs``);
- ``jsonl``, ``csv``, ``parquet``: one file a table of ``output.tables`` (``articles.csv``,
  ``mentions.csv``, ...) and ``report.html``.

CSV is UTF-8 with a header row and RFC 4180 quoting (``csv`` module, CRLF line ends);
an empty cell is a missing value, a list is joined with ``tables.LIST_SEPARATOR``,
a date or time is ISO 8601, a boolean ``true``/``false``. Cells are page text as it
is: nothing is escaped for spreadsheets, so a cell starting with ``=`` stays so.
JSON Lines keeps lists as arrays and writes dates and times as ISO 8601 strings.
Parquet (pyarrow, the ``telisik[parquet]`` extra) has real types: ``date32``, a
timestamp in the outlets' zone, ``list<string>``. Every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from telisik.extras import require
from telisik.output import render
from telisik.output.render import atomic_writer, render_report, write_text_atomic
from telisik.output.tables import LIST_SEPARATOR, Column, ColumnKind, Table, tables
from telisik.pages.dates import local_zone

FORMATS = ("json", "jsonl", "csv", "parquet")
PARQUET_PURPOSE = "Parquet output"


def write_analysis(document: dict[str, Any], out_dir: str | os.PathLike[str], fmt: str = "json") -> list[Path]:
    """``document`` (an analysis document) written to ``out_dir`` in ``fmt``; the paths written."""
    if fmt not in FORMATS:
        raise ValueError(f"no format {fmt!r}; the formats are {', '.join(FORMATS)}")
    if fmt == "json":
        # through the module, looked up at the call: render.write_outputs stays the one writer of analysis.json
        return list(render.write_outputs(document, out_dir))
    if fmt == "parquet":
        require(PARQUET_PURPOSE, "pyarrow")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = [write_table(table, out / f"{table.name}.{fmt}", fmt) for table in tables(document).values()]
    report = out / "report.html"
    write_text_atomic(report, render_report(document), errors="backslashreplace")
    return [*written, report]


def write_table(table: Table, path: Path, fmt: str) -> Path:
    writers = {"csv": write_csv, "jsonl": write_jsonl_table, "parquet": write_parquet}
    writers[fmt](table, path)
    return path


# --- CSV -------------------------------------------------------------------------


def csv_cell(value: Any, kind: ColumnKind) -> Any:
    if value is None:
        return ""
    if kind == "list":
        return LIST_SEPARATOR.join(value)
    if kind == "bool":
        return "true" if value else "false"
    if isinstance(value, date):  # a datetime is a date too
        return value.isoformat()
    return value


def write_csv(table: Table, path: Path) -> None:
    with atomic_writer(path) as out:
        fh = cast(io.TextIOWrapper, out)  # what atomic_writer opens
        fh.reconfigure(newline="")  # the csv module writes the line ends itself (CRLF, RFC 4180)
        writer = csv.writer(fh)
        writer.writerow([c.name for c in table.columns])
        writer.writerows([csv_cell(row[c.name], c.kind) for c in table.columns] for row in table.rows)


# --- JSON Lines --------------------------------------------------------------------


def json_record(row: dict[str, Any], columns: Iterable[Column]) -> dict[str, Any]:
    return {c.name: row[c.name].isoformat() if isinstance(row[c.name], date) else row[c.name] for c in columns}


def write_jsonl_table(table: Table, path: Path) -> None:
    with atomic_writer(path) as fh:
        for row in table.rows:
            fh.write(json.dumps(json_record(row, table.columns), ensure_ascii=False) + "\n")


# --- Parquet -------------------------------------------------------------------------


def zone_name() -> str:
    """The outlets' zone as an offset Arrow and pandas read ("+07:00")."""
    offset = local_zone().utcoffset(None)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def arrow_table(table: Table) -> Any:
    """``table`` as a ``pyarrow.Table`` with a typed schema."""
    require(PARQUET_PURPOSE, "pyarrow")
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz=zone_name()),
        "list": pa.list_(pa.string()),
    }
    schema = pa.schema([pa.field(c.name, types[c.kind]) for c in table.columns])
    return pa.Table.from_pylist(table.rows, schema=schema)


def write_parquet(table: Table, path: Path) -> None:
    import pyarrow.parquet as pq

    data = arrow_table(table)
    with atomic_writer(path) as out:
        # Parquet is bytes: written through the text file's binary buffer, so the write stays atomic
        pq.write_table(data, cast(io.TextIOWrapper, out).buffer)


# --- analysis.json from encoded items ------------------------------------------


def json_item(value: Any) -> str:
    """``value`` as ``json.dumps(document, ensure_ascii=False, indent=1)`` writes an item of one of the document's
    lists (two levels deep): what ``render.dump_document`` writes of it. Encoded where the item is, the text is all a
    writer needs: a Dask worker encodes its partition's articles, and the driver writes text it never parses
    (``write_json_items``)."""
    return "  " + json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n  ")


def json_items(items: Iterable[Any]) -> str:
    """Several items' ``json_item`` texts, as they follow one another in the list."""
    return ",\n".join(json_item(item) for item in items)


def write_json_items(
    path: Path, head: dict[str, Any], lists: Iterable[tuple[str, Iterable[str]]], tail: dict[str, Any] | None = None
) -> None:
    """``render.write_document`` for lists whose items come encoded (``json_item``; a piece may hold several,
    ``json_items``; an empty piece holds none): the same bytes as ``json.dumps({**head, **lists, **tail},
    ensure_ascii=False, indent=1)``, written atomically."""
    with atomic_writer(path) as fh:
        fh.write("{")
        first = True
        for name, text in _json_fields(head, lists, tail or {}):
            fh.write(("\n " if first else ",\n ") + json.dumps(name, ensure_ascii=False) + ": ")
            first = False
            for piece in text:
                fh.write(piece)
        fh.write("}" if first else "\n}")


def _json_fields(
    head: dict[str, Any], lists: Iterable[tuple[str, Iterable[str]]], tail: dict[str, Any]
) -> Iterator[tuple[str, Iterable[str]]]:
    """Each field's name and the pieces of its value's text."""
    for name, value in head.items():
        yield name, [json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n ")]
    for name, pieces in lists:
        yield name, _json_list(pieces)
    for name, value in tail.items():
        yield name, [json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n ")]


def _json_list(pieces: Iterable[str]) -> Iterator[str]:
    empty = True
    for piece in pieces:
        if piece:
            yield ("[\n" if empty else ",\n") + piece
            empty = False
    yield "[]" if empty else "\n ]"

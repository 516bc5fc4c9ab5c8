"""telisik's Python API: ``telisik.analyze(data)`` and the ``Analysis`` it returns.

``data`` is what the command line reads (a path, or a list of files and folders),
records (dicts, one an article: a news-watch export read with ``csv``), or a pandas
DataFrame (a row a record). Records go through ``pages.tables.raw_documents``, as
the rows of a CSV or XLSX file do; ``fields`` maps telisik's fields to other column
names (``{"text": "isi", "published": "tanggal"}``). Bad records are rejected, each
with its reason (``Analysis.rejected``); the rest are analysed.

An ``Analysis`` holds the analysis document (``to_dict()``: what ``analysis.json``
holds), its parts as the typed records of ``telisik.records`` (``articles``,
``stories``, ...), its flat tables (``output.tables``) as rows or as pandas
DataFrames, and writes itself in every format of ``telisik analyze --format``.

Only this module's functions import the NLP, pandas or pyarrow, and only when called:
``import telisik`` stays light.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from telisik.extras import require
from telisik.output.tables import TABLES, Column, Table
from telisik.output.tables import table as build_table
from telisik.pages.dates import local_zone
from telisik.records import Rejection
from telisik.records.document import AnalysisDocument, DocumentArticle
from telisik.records.entities import CollectionEntity
from telisik.records.stories import Story, Thread

if TYPE_CHECKING:
    from pandas import DataFrame, Series

    from telisik.engine.local import Analyzer
    from telisik.records import RawDocument

PathLike = str | os.PathLike[str]
# DataFrame rows are turned into records this many at a time: a large frame is never copied whole
FRAME_CHUNK_ROWS = 1000
_NOTHING = object()


class Analysis:
    """One analysis: the document of ``analysis.json``, its typed records and its flat tables."""

    def __init__(self, document: dict[str, Any]):
        self._document = document
        self._tables: dict[str, Table] = {}

    @classmethod
    def load(cls, path: PathLike) -> Analysis:
        """The analysis an ``analysis.json`` (of ``telisik analyze``) holds."""
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(self._document.get(key) or [])} {key}" for key in ("articles", "stories", "threads", "rejected"))
        return f"<Analysis: {counts}>"

    def to_dict(self) -> dict[str, Any]:
        """The analysis document itself (not a copy), as ``analysis.json`` holds it (``shared/spec/output.md``)."""
        return self._document

    # --- typed records ---------------------------------------------------------

    @cached_property
    def _records(self) -> AnalysisDocument:
        return AnalysisDocument.from_dict(self._document)

    @property
    def articles(self) -> list[DocumentArticle]:
        return self._records.articles

    @property
    def stories(self) -> list[Story]:
        return self._records.stories

    @property
    def threads(self) -> list[Thread]:
        return self._records.threads

    @property
    def entities(self) -> list[CollectionEntity]:
        return self._records.entities

    @property
    def rejected(self) -> list[Rejection]:
        return self._records.rejected

    @property
    def warnings(self) -> list[str]:
        return self._records.warnings

    # --- flat tables -------------------------------------------------------------

    def table(self, name: str) -> Table:
        """The flat table ``name`` (one of ``TABLES``) as plain rows and typed columns; no pandas needed."""
        if name not in self._tables:
            self._tables[name] = build_table(self._document, name)
        return self._tables[name]

    @overload
    def to_pandas(self) -> dict[str, DataFrame]: ...

    @overload
    def to_pandas(self, table: str) -> DataFrame: ...

    def to_pandas(self, table: str | None = None) -> DataFrame | dict[str, DataFrame]:
        """Every flat table as a DataFrame, by name; or only the table ``table``."""
        require("Analysis.to_pandas", "pandas")
        if table is not None:
            return data_frame(self.table(table))
        return {name: data_frame(self.table(name)) for name in TABLES}

    def write(self, out_dir: PathLike, format: str = "json") -> list[Path]:
        """Write this analysis to the folder ``out_dir`` as ``telisik analyze --format FORMAT`` does; the paths written."""
        from telisik.output.writers import write_analysis

        return write_analysis(self._document, out_dir, format)


# --- DataFrames --------------------------------------------------------------------


def data_frame(table: Table) -> DataFrame:
    """``table`` as a DataFrame: nullable integers and booleans, the ``string`` dtype, timestamps in the
    outlets' zone; dates (``datetime.date``) and lists of strings as objects, as pyarrow gives them."""
    import pandas as pd

    return pd.DataFrame({column.name: _series(pd, column, [row[column.name] for row in table.rows]) for column in table.columns})


def _series(pd: Any, column: Column, values: list[Any]) -> Series:
    if column.kind == "timestamp":
        return pd.Series(pd.to_datetime(values, utc=True).tz_convert(local_zone()), name=column.name)
    dtypes = {"int": "Int64", "bool": "boolean", "float": "float64", "str": pd.StringDtype()}
    return pd.Series(values, dtype=dtypes.get(column.kind, object), name=column.name)


def _is_pandas(data: Any, kind: str) -> bool:
    """Whether ``data`` is a pandas ``kind`` (DataFrame, Series): one exists only once pandas is
    imported, so nothing is imported to tell."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(data, getattr(pandas, kind))


def frame_records(frame: DataFrame) -> Iterator[dict[str, Any]]:
    """A DataFrame's rows as records (column name -> cell), a chunk of rows at a time.

    The cells stay as pandas gives them: ``raw_documents`` reads NaN and NaT as empty,
    a Timestamp as a time and NumPy scalars as Python's."""
    for start in range(0, len(frame), FRAME_CHUNK_ROWS):
        for row in frame.iloc[start : start + FRAME_CHUNK_ROWS].to_dict(orient="records"):
            yield {str(key): value for key, value in row.items()}


# --- analyze ---------------------------------------------------------------------------


def analyze(
    data: Any,
    *,
    fields: Mapping[str, str] | None = None,
    analyzer: Analyzer | None = None,
    **limits: Any,
) -> Analysis:
    """Analyse ``data``: a path or a list of paths (files and folders, anything ``telisik analyze`` reads),
    an iterable of records (dicts), or a pandas DataFrame.

    ``fields``: telisik's field -> the column that holds it, for records and tables whose columns are
    named otherwise. ``limits``: the bounds of ``engine.local.Analyzer`` (``max_chars``, ``page_seconds``,
    ..., and ``workers``: processes that analyse the pages, 1 by default; a script that asks for more
    needs the ``if __name__ == "__main__":`` guard of Python's multiprocessing). ``analyzer``: one already
    made, to reuse its loaded NLP across calls (then give no limits).
    Raises ``TypeError`` for data of no kind above, before any model loads.
    """
    if analyzer is not None and limits:
        raise TypeError("give either an analyzer or its limits, not both")
    run, reads_files = _runner(data, fields)
    if analyzer is not None:
        if reads_files and fields:
            raise TypeError("files read with an analyzer given take its fields: give them to the Analyzer")
        return Analysis(run(analyzer))
    from telisik.engine.local import Analyzer

    # files' columns are mapped by the reader; records' by raw_documents (in the runner)
    with Analyzer(fields=fields if reads_files else None, **limits) as made:  # its worker processes end with the call
        return Analysis(run(made))


def _runner(data: Any, fields: Mapping[str, str] | None) -> tuple[Callable[[Analyzer], dict[str, Any]], bool]:
    """How to analyse ``data`` with an Analyzer (a function of it, made before any model loads),
    and whether that reads files."""
    if isinstance(data, str | os.PathLike):
        data = [data]
    if _is_pandas(data, "Series"):
        raise TypeError("telisik.analyze reads a DataFrame (a row an article), not a Series: give the frame its columns are in")
    if _is_pandas(data, "DataFrame"):
        return (lambda analyzer: analyzer.analyze_items(_raw_documents(frame_records(data), "DataFrame", fields))), False
    if isinstance(data, Mapping):
        data = [data]  # one record
    if not isinstance(data, Iterable) or isinstance(data, bytes | bytearray):
        raise TypeError(f"telisik.analyze reads paths, records (dicts) or a pandas DataFrame, not {type(data).__name__}")
    stream = iter(data)
    first = next(stream, _NOTHING)
    if first is _NOTHING:
        return (lambda analyzer: analyzer.analyze_items([])), False
    items = chain([first], stream)
    if isinstance(first, str | os.PathLike):
        paths = _checked_paths(list(items))  # a list of paths is short: checked whole before the run
        return (lambda analyzer: analyzer.analyze(paths)), True
    return (lambda analyzer: analyzer.analyze_items(_raw_documents(items, "records", fields))), False


def _checked_paths(paths: list[Any]) -> list[PathLike]:
    stray = next((p for p in paths if not isinstance(p, str | os.PathLike)), None)
    if stray is not None:
        raise TypeError(f"a list of paths holds a {type(stray).__name__}: give paths or records, not both")
    # as on the command line: one missing path among others is a rejection, none there at all an error
    if not any(Path(p).exists() or Path(p).is_symlink() for p in paths):
        raise FileNotFoundError(f"no such file or directory: {', '.join(map(str, paths))}")
    return paths


def _raw_documents(records: Iterable[Any], source: str, fields: Mapping[str, str] | None) -> Iterator[RawDocument | Rejection]:
    from telisik.pages.tables import raw_documents

    return raw_documents(records, source=source, fields=fields)

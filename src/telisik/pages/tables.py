"""Records of columns (a table's rows, a JSON object, a DataFrame's rows) made raw documents.

Every record telisik reads as fields, whatever its format (a JSON line, a CSV
or XLSX row, a JSON array's element, a Parquet row, a dict handed to the Python
API), goes through ``record_item``: its columns are matched to telisik's fields
(``text``, ``html``, ``title``, ``published``, ``authors``, ``editors``,
``outlet``, ``url``, ``id``) by the names in ``data/columns.tsv`` (news-watch's
``content``, ``publish_date``, ``author``, ``source``, ``link`` among them) or
by the user's own mapping (``--field text=isi``), and the values are made the
shapes the later stages read. A record that gives no text is a ``Rejection``
naming its source and row; nothing here raises for any record.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from telisik.limits import DEFAULT_MAX_BYTES
from telisik.pages.dates import local_zone
from telisik.pages.streams import size_text
from telisik.records import RawDocument, Rejection, location

__all__ = ["FIELD_NAMES", "columns_of", "fold_column", "given_fields", "parse_fields", "raw_documents", "record_item"]

Item = RawDocument | Rejection

# The fields a record may state about its page, and the shapes they may take: the later
# stages read them as such, so a field of another shape is left out (with a warning), never
# passed on to fail there.
_TEXT_FIELDS = ("url", "outlet", "title", "published", "published_raw")
_NAME_FIELDS = ("authors", "author", "editors")
# A user may name these for the fields they stand for (--field author=penulis)
_TARGET_ALIASES = {"author": "authors", "editor": "editors", "content": "text", "date": "published", "source": "outlet", "link": "url"}


def fold_column(name: str) -> str:
    """A column name as the table of names holds it: lower case, words joined by "_" ("Publish Date" -> "publish_date")."""
    return "_".join(name.replace("\ufeff", "").strip().lower().replace("-", " ").split())


@cache
def _column_table() -> dict[str, tuple[str, ...]]:
    """telisik field -> the column names it is read from, in the order they are tried (``data/columns.tsv``)."""
    text = resources.files("telisik.data").joinpath("columns.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        field, _, names = line.partition("\t")
        table[field.strip()] = tuple(fold_column(n) for n in names.split(",") if n.strip())
    return table


FIELD_NAMES = ("text", "html", "title", "published", "published_raw", "authors", "editors", "outlet", "url", "id")


def parse_fields(value: str | Iterable[str]) -> dict[str, str]:
    """``--field`` values ("text=isi,published=tanggal", repeatable) as {telisik field: column}.

    Raises ValueError with a one-line reason for a malformed pair or a field
    telisik does not have.
    """
    parts = [value] if isinstance(value, str) else list(value)
    fields: dict[str, str] = {}
    for part in parts:
        for pair in part.split(","):
            if not pair.strip():
                continue
            target, sep, column = pair.partition("=")
            target = _TARGET_ALIASES.get(target.strip().lower(), target.strip().lower())
            if not sep or not column.strip() or not target:
                raise ValueError(f"--field takes FIELD=COLUMN pairs (e.g. text=isi,published=tanggal), not {pair.strip()!r}")
            if target not in FIELD_NAMES:
                raise ValueError(f"--field: unknown field {target!r}; telisik's fields are {', '.join(FIELD_NAMES)}")
            fields[target] = column.strip()
    return fields


def columns_of(names: Sequence[str], fields: Mapping[str, str] | None = None) -> tuple[dict[str, str], list[str]]:
    """Which column each telisik field is read from ({field: column as the record names it}), and the
    user's columns not found among ``names`` (each a reason).

    The user's mapping comes first; the other fields take the first of their
    usual names (``data/columns.tsv``) that is a column and not taken already.
    """
    by_fold: dict[str, str] = {}
    for name in names:
        by_fold.setdefault(fold_column(str(name)), str(name))
    chosen: dict[str, str] = {}
    missing: list[str] = []
    for target, column in (fields or {}).items():
        found = column if column in names else by_fold.get(fold_column(column))
        if found is None:
            missing.append(f"no column {column!r} (--field {target}={column})")
        else:
            chosen[target] = found
    taken = set(chosen.values())
    for target, aliases in _column_table().items():
        if target in chosen:
            continue
        for alias in aliases:
            found = by_fold.get(alias)
            if found is not None and found not in taken:
                chosen[target] = found
                taken.add(found)
                break
    return chosen, missing


@lru_cache(maxsize=256)
def _columns_cached(names: tuple[str, ...], fields: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], list[str]]:
    return columns_of(names, dict(fields))


# ---------------------------------------------------------------------------- values


def _missing(value: Any) -> bool:
    """None, NaN, pandas' NA and NaT: a cell left empty."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def _plain(value: Any) -> Any:
    """A value as Python's own types (numpy and pandas scalars and arrays have ``item``/``tolist``)."""
    if isinstance(value, (str, bool, int, float, list, dict, datetime, date)) or value is None:
        return value
    if isinstance(value, tuple):
        return list(value)
    tolist = getattr(value, "tolist", None)
    if callable(tolist):  # numpy arrays, pandas lists, pyarrow scalars' lists
        try:
            return tolist()
        except Exception:  # noqa: BLE001 - a value that cannot be converted is left as it is: given_fields says so
            return value
    to_py = getattr(value, "to_pydatetime", None) or getattr(value, "as_py", None)
    if callable(to_py):
        try:
            return to_py()
        except Exception:  # noqa: BLE001 - as above
            return value
    return value


def _published(value: Any) -> Any:
    """A publication time as the ISO text the assembler reads; a time without a zone is WIB's.

    news-watch writes "2025-06-10 14:30:00" (the outlet's own clock, Jakarta
    time), a spreadsheet a date cell without zone: both are the time the page
    shows, in the outlets' local zone (``dates.local_zone``).
    """
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return value  # "Selasa, 10 Juni 2025 14:30 WIB": the date parser reads it later
        if len(value.strip()) <= 10:
            return value
        value = parsed
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            value = value.replace(tzinfo=local_zone())
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _value(target: str, value: Any) -> Any:
    if type(value) is str:  # what most cells are: no conversion to try
        return _published(value) if target == "published" else value
    value = _plain(value)
    if _missing(value):
        return None
    if target == "published":
        return _published(value)
    if target == "id" and isinstance(value, float) and value.is_integer():
        return int(value)  # a spreadsheet's numbers are floats: row 7's id is 7, not "7.0"
    if isinstance(value, numbers.Integral) and not isinstance(value, (bool, int)):
        return int(value)
    return value


def given_fields(obj: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The fields a record states, each of the shape the stages read, and a warning for each left out."""
    given: dict[str, Any] = {}
    odd: list[str] = []
    ident = obj.get("id")
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        odd += ["id"] if ident not in (None, "") else []
    elif str(ident).strip():
        given["id"] = str(ident)
    for key in _TEXT_FIELDS:
        value = obj.get(key)
        if isinstance(value, str):
            if value.strip():
                given[key] = value
        elif value is not None:
            odd.append(key)
    for key in _NAME_FIELDS:
        value = obj.get(key)
        if isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            if value:
                given[key] = value
        elif value is not None:
            odd.append(key)
    return given, [f"ignored the fields {', '.join(odd)}: not of the shape telisik reads"] if odd else []


# ---------------------------------------------------------------------------- records


def _record_size(obj: Mapping[str, Any]) -> int:
    """The bytes a record's text values take (what is bounded by ``max_bytes``)."""
    return sum(len(v.encode("utf-8", "surrogatepass")) for v in obj.values() if isinstance(v, str))


def record_item(
    source: str,
    record: str | None,
    row: Mapping[str, Any],
    fields: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    what: str = "record",
    notes: Sequence[str] = (),
) -> Item:
    """One record (column -> value) as a raw document, or the reason it gives none.

    ``what`` names the record in reasons ("JSON line", "row"); ``notes``: warnings from reading it.
    """
    where = location(source, record)
    names = tuple(str(k) for k in row)
    chosen, missing = _columns_cached(names, tuple(sorted((fields or {}).items())))
    if missing:
        return Rejection(where, f"{what}: {'; '.join(missing)}")
    obj = {target: _value(target, row.get(column)) for target, column in chosen.items()}
    size = _record_size(obj)
    if size > max_bytes:
        return Rejection(where, f"{what} too large: {size_text(size)} (limit {size_text(max_bytes)})")
    given, odd = given_fields(obj)
    warnings = [*notes, *odd]
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str) and html.strip():
        return RawDocument(source, "html", html, record, given, warnings)
    if isinstance(text, str) and text.strip():
        return RawDocument(source, "text", text, record, given, warnings)
    return Rejection(where, _no_text(what, chosen))


def _no_text(what: str, chosen: Mapping[str, str]) -> str:
    if what == "JSON line" and "text" not in chosen and "html" not in chosen:
        return "JSON line has neither 'text' nor 'html'"
    if "text" in chosen or "html" in chosen:
        column = chosen.get("html") or chosen["text"]
        return f"{what} has no text (its {column!r} is empty or not text)"
    usual = ", ".join(_column_table()["text"][:6])
    return f"{what} has no text column (none of {usual}...; name yours with --field text=COLUMN)"


def raw_documents(
    records: Iterable[Mapping[str, Any]],
    source: str = "records",
    fields: Mapping[str, str] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[RawDocument | Rejection]:
    """In-memory records (column -> value; a DataFrame's rows as dicts) as raw documents and rejections.

    Record n (from 1) is ``source#row<n>`` in ids and rejections. Values may
    be text, None or NaN (empty), a datetime or pandas Timestamp for
    ``published`` (one without a zone is WIB), a list of names for
    ``authors``. ``fields`` maps telisik's fields to the records' columns
    ({"text": "isi", "published": "tanggal"}); unmapped fields take their usual
    column names (``data/columns.tsv``). Never raises for a record: a bad one
    is a ``Rejection`` and the next are read.
    """
    for n, row in enumerate(records, start=1):
        record = f"row{n}"
        if not isinstance(row, Mapping):
            yield Rejection(location(source, record), f"record is not a mapping of columns to values ({type(row).__name__})")
            continue
        try:
            yield record_item(source, record, row, fields, max_bytes)
        except Exception as err:  # noqa: BLE001 - this record is rejected; the next are read
            yield Rejection(location(source, record), f"internal error while reading ({type(err).__name__}: {err})")

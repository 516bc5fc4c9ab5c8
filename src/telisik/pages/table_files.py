"""The rows of table files: CSV and TSV, XLSX, JSON arrays, Parquet; and telling a file's format by its content.

Each reader yields ``(n, row)``: ``n`` the record's number from 1 (the first
row after the header), ``row`` a dict of column -> value, or a string, the
reason that record is rejected. A problem that ends the file (a broken
stream, JSON that cannot be followed past a point, a missing library) is a
``TableProblem``; the rows before it have been read. Everything is read as a
stream and each record bounded by ``max_bytes``: a row over it is skipped in
pieces, never held whole.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import zipfile
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from telisik.pages.streams import CHUNK, BoundedStream, StreamError, size_text
from telisik.pages.tables import columns_of, fold_column

Row = tuple[int, "dict[str, Any] | str"]

SNIFF_BYTES = 64 * 1024  # the head of a file its format and encoding are judged on
_DELIMITERS = ",;\t|"
# keys of a JSON object whose array holds the articles ({"articles": [...]})
_WRAPPER_KEYS = frozenset({"articles", "data", "items", "records", "results", "rows", "documents", "docs", "news", "berita", "hits"})


class Cells(dict[str, Any]):
    """A row's cells (column -> value), with what reading them had to say (how the file was decoded)."""

    warnings: list[str]

    def __init__(self, cells: Mapping[str, Any], warnings: Sequence[str] = ()):
        super().__init__(cells)
        self.warnings = list(warnings)


class TableProblem(Exception):
    """Why the rest of a table file cannot be read (the rows before it were)."""


class _RowTooLarge(Exception):
    pass


# ---------------------------------------------------------------------------- format by content


def sniff_format(head: bytes, suffix: str, fields: Mapping[str, str] | None = None) -> str | None:
    """The format of a file from its first bytes: "xlsx", "parquet", "json", "jsonl", "csv", or None (a page).

    JSON Lines: the first line is a whole JSON object (one that does not wrap
    an array of articles). A JSON array, or any other object ({"articles":
    [...]}, pretty-printed, or a first line too long to judge), is "json". A
    table: a first line that a delimiter splits into at least two columns
    telisik knows, one of them the text (``table_header``; the user's
    ``--field`` columns count); a .csv or .tsv is a table whatever its header
    (a header without a text column is then refused, saying so). Anything
    else is a page.
    """
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"PK\x03\x04") and suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    text = _head_text(head)
    if text is None:
        return None
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "json" if stripped[1:].lstrip().startswith(("{", "]")) or not stripped[1:].strip() else None
    if stripped.startswith("{"):
        return _json_kind(stripped)
    if suffix in (".csv", ".tsv", ".tab") or table_header(text, suffix, fields) is not None:
        return "csv"
    return None


def _json_kind(text: str) -> str:
    """"jsonl" when the first line is a whole JSON object (not one wrapping an array of articles), else "json".

    A first line longer than the head is read as "json": ``json_rows`` reads
    objects one after another too, so JSON lines come out right either way.
    """
    first, newline, _ = text.partition("\n")
    if not newline:
        return "json"
    try:
        obj = json.loads(first)
    except (ValueError, RecursionError):
        return "json"  # "{" alone on its line: a pretty-printed document
    if isinstance(obj, dict) and any(fold_column(k) in _WRAPPER_KEYS and isinstance(v, list) for k, v in obj.items()):
        return "json"
    return "jsonl"


def _head_text(head: bytes) -> str | None:
    """The head of a file as text, for sniffing (a multi-byte character cut at the end is dropped); None: binary."""
    codec = text_codec(head)
    if codec is None:
        return None
    text = codecs.getincrementaldecoder(codec)(errors="replace").decode(head)
    return None if "\x00" in text else text


def text_codec(head: bytes) -> str | None:
    """The codec a text file is read in, judged on its head: a byte order mark, UTF-8, else charset detection."""
    for mark, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(mark):
            return codec
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)  # not final: a character cut at the end is fine
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(head).best()
    if best is None or not best.encoding or best.encoding.startswith(("utf_16", "utf_32")):
        return None
    return "cp1252" if _fits(head, "cp1252") else best.encoding


def _fits(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def table_header(text: str, suffix: str, fields: Mapping[str, str] | None = None) -> tuple[str, list[str]] | None:
    """(delimiter, header) when ``text`` (a file's head) starts with a header row telisik can read; None otherwise.

    The delimiter is the one (of , ; tab |; tab alone for .tsv) that splits the
    first line into the most columns telisik knows, at least two, one of them
    the text: judged on the header, which must be known anyway, so a page
    full of commas is never taken for a table, and no sample is sniffed for it.
    """
    first = text.lstrip("\r\n").split("\n", 1)[0]
    best: tuple[int, str, list[str]] | None = None
    for delimiter in ("\t",) if suffix in (".tsv", ".tab") else tuple(_DELIMITERS):
        if delimiter not in first:
            continue
        try:
            header = next(csv.reader([first], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        chosen, missing = columns_of(header, fields)
        if missing or not ({"text", "html"} & chosen.keys()) or len(chosen) < 2:
            continue
        if best is None or len(chosen) > best[0]:
            best = (len(chosen), delimiter, header)
    return (best[1], best[2]) if best else None


# ---------------------------------------------------------------------------- CSV and TSV

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")  # a line and its end: \r\n, \n, or an old Mac's \r


class TextLines:
    """The text lines of a byte stream (line ends kept, as the csv module wants them), decoded as it goes.

    A line over ``limit`` characters is skipped in pieces, never held, and
    ``__next__`` raises ``_RowTooLarge`` in its place; so does a row whose
    lines (counted since ``row_done``) pass the limit. Reading goes on after
    either: the csv reader starts its next row on the next line.
    """

    def __init__(self, stream: BoundedStream, codec: str, limit: int):
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        self.limit = limit
        self.lines: deque[str | None] = deque()
        self.pending: list[str] = []  # the pieces of a line not ended yet (kept as pieces: no quadratic joining)
        self.pending_chars = 0
        self.skipping = False  # inside a line over the limit: its pieces are dropped until it ends
        self.eof = False
        self.row_chars = 0

    def __iter__(self) -> TextLines:
        return self

    def __next__(self) -> str:
        while not self.lines:
            if self.eof:
                raise StopIteration
            self._fill()
        line = self.lines.popleft()
        if line is None:
            raise _RowTooLarge
        self.row_chars += len(line)
        if self.row_chars > self.limit:
            raise _RowTooLarge
        return line

    def row_done(self) -> None:
        self.row_chars = 0

    def _fill(self) -> None:
        try:
            chunk = self.stream.read(CHUNK)
        except StreamError as err:
            raise TableProblem(str(err)) from err
        self.eof = not chunk
        new = self.decoder.decode(chunk, final=self.eof)
        # the line ends are looked for in the new text only, and a "\r" at its very end waits for
        # the next chunk (it may be the first half of "\r\n")
        searched = new if self.eof or not new.endswith("\r") else new[:-1]
        end = max(searched.rfind("\n"), searched.rfind("\r")) + 1
        if end:
            lines = _LINE.findall(new, 0, end)
            lines[0] = self._take_pending() + lines[0]
            for line in lines:
                self.lines.append(None if self.skipping else line)
                self.skipping = False
        self._add_pending(new[end:])
        if self.eof and (self.pending or self.skipping):
            self.lines.append(None if self.skipping else self._take_pending())
            self.skipping = False

    def _take_pending(self) -> str:
        text = "".join(self.pending)
        self.pending, self.pending_chars = [], 0
        return "" if self.skipping else text

    def _add_pending(self, text: str) -> None:
        if not text or self.skipping:
            return
        self.pending.append(text)
        self.pending_chars += len(text)
        if self.pending_chars > self.limit:
            self.pending, self.pending_chars, self.skipping = [], 0, True


def csv_rows(stream: BoundedStream, head: bytes, suffix: str, fields: Mapping[str, str] | None, limit: int) -> Iterator[Row]:
    """The rows of a CSV or TSV file (the delimiter told by the header, or the suffix's), from its header on."""
    codec = text_codec(head)
    if codec is None:
        raise TableProblem("not text: no encoding fits its first bytes")
    found = table_header(_head_text(head) or "", suffix, fields)
    delimiter = found[0] if found else ("\t" if suffix in (".tsv", ".tab") else _fallback_delimiter(head))
    if csv.field_size_limit() < limit + 1:
        csv.field_size_limit(limit + 1)  # the rows are bounded by TextLines: the csv module's own bound must not come first
    lines = TextLines(stream, codec, limit)
    reader = csv.reader(lines, delimiter=delimiter)
    header = _header(reader, lines)
    _check_header(header, fields)
    n = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except _RowTooLarge:
            n += 1
            yield n, f"row too large (over {size_text(limit)})"
            lines.row_done()
            continue
        except csv.Error as err:
            n += 1
            yield n, f"not a valid CSV row ({err})"
            lines.row_done()
            continue
        lines.row_done()
        if not any(cell.strip() for cell in cells):
            continue  # a blank line is no record
        n += 1
        if len(cells) != len(header):
            yield n, f"row has {len(cells)} fields, the header {len(header)} (a stray delimiter, quote or line break?)"
        else:
            yield n, Cells(_row(header, cells), _decoding_notes(codec, cells))


def _decoding_notes(codec: str, cells: Sequence[str]) -> list[str]:
    """How a row was decoded, when not plainly: another encoding than UTF-8, bytes that fit none replaced."""
    notes = [] if codec in ("utf-8", "utf-8-sig") else [f"not UTF-8; the file read as {codec}"]
    if any("\ufffd" in cell for cell in cells):
        notes.append(f"bytes not valid {codec} replaced by U+FFFD")
    return notes


def _fallback_delimiter(head: bytes) -> str:
    first = head.split(b"\n", 1)[0]
    counts = {d: first.count(d.encode()) for d in _DELIMITERS}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _header(reader: Any, lines: TextLines) -> list[str]:
    for _ in range(1000):  # blank lines before the header are passed over, not forever
        try:
            header = next(reader)
        except StopIteration:
            raise TableProblem("empty table (no header row)") from None
        except (_RowTooLarge, csv.Error) as err:
            raise TableProblem(f"cannot read the header row ({err or 'too large'})") from None
        lines.row_done()
        if any(cell.strip() for cell in header):
            return [cell.replace("\ufeff", "").strip() for cell in header]
    raise TableProblem("no header row in the first 1,000 lines")


def _check_header(header: Sequence[str], fields: Mapping[str, str] | None) -> None:
    """A header without a text column (or without the user's columns) is the whole file's problem, said once."""
    chosen, missing = columns_of(header, fields)
    if missing:
        raise TableProblem(f"{'; '.join(missing)} among the columns {_listed(header)}")
    if "text" not in chosen and "html" not in chosen:
        raise TableProblem(f"no text column among {_listed(header)} (name it with --field text=COLUMN)")


def _listed(header: Sequence[Any]) -> str:
    names = [str(h) for h in header if h is not None and str(h).strip()]
    shown = ", ".join(repr(n[:40]) for n in names[:12])
    return shown + (f" and {len(names) - 12} more" if len(names) > 12 else "")


def _row(header: Sequence[str], cells: Sequence[Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, value in zip(header, cells, strict=False):
        if name not in row:  # a repeated column name: the first one counts
            row[name] = value
    return row


# ---------------------------------------------------------------------------- XLSX


def xlsx_rows(path: Path, fields: Mapping[str, str] | None, limit: int, max_container_bytes: int) -> Iterator[Row]:
    """The rows of an XLSX workbook's first sheet (openpyxl in read-only mode), from its header on."""
    from openpyxl import load_workbook

    _check_zip(path, max_container_bytes)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001 - whatever openpyxl says of a broken workbook, the file is rejected with it
        raise TableProblem(f"not a readable XLSX workbook ({type(err).__name__}: {err})") from err
    try:
        if not book.worksheets:
            raise TableProblem("workbook has no sheets")
        rows = book.worksheets[0].iter_rows(values_only=True)
        header: list[str] | None = None
        n = 0
        for values in rows:
            if not any(v is not None and str(v).strip() for v in values):
                continue
            if header is None:
                header = [str(v).strip() if v is not None else "" for v in values]
                _check_header(header, fields)
                continue
            n += 1
            size = sum(len(v) for v in values if isinstance(v, str))
            yield n, (f"row too large: {size_text(size)} (limit {size_text(limit)})" if size > limit else _row(header, values))
        if header is None:
            raise TableProblem("empty workbook (its first sheet has no rows)")
    finally:
        book.close()


def _check_zip(path: Path, max_container_bytes: int) -> None:
    """A workbook whose parts unzip to more than the container limit is refused before openpyxl opens it."""
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise TableProblem(f"not a readable XLSX workbook ({err})") from err
    if size > max_container_bytes:
        raise TableProblem(f"too large once unzipped: {size_text(size)} (limit {size_text(max_container_bytes)})")


# ---------------------------------------------------------------------------- Parquet


def parquet_rows(path: Path, fields: Mapping[str, str] | None, limit: int) -> Iterator[Row]:
    """The rows of a Parquet file, a batch at a time (pyarrow, the optional ``telisik[parquet]``)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise TableProblem("reading Parquet needs pyarrow: pip install 'telisik[parquet]'") from None
    try:
        table = pq.ParquetFile(path)
        _check_header(table.schema_arrow.names, fields)
        n = 0
        for batch in table.iter_batches(batch_size=64):
            for record in batch.to_pylist():
                n += 1
                size = sum(len(v) for v in record.values() if isinstance(v, str))
                yield n, (f"row too large: {size_text(size)} (limit {size_text(limit)})" if size > limit else record)
    except TableProblem:
        raise
    except Exception as err:  # noqa: BLE001 - pyarrow's errors on a broken file end it with their reason
        raise TableProblem(f"not a readable Parquet file ({type(err).__name__}: {err})") from err


# ---------------------------------------------------------------------------- JSON arrays


class _JsonText:
    """A JSON document's text, read in chunks as the values in it are taken one at a time."""

    def __init__(self, stream: BoundedStream, limit: int):
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
        self.text = ""
        self.pos = 0
        self.eof = False
        self.limit = limit
        self.json = json.JSONDecoder()

    def _more(self, size: int = CHUNK) -> bool:
        if self.eof:
            return False
        try:
            chunk = self.stream.read(size)
            self.text = self.text[self.pos :] + self.decoder.decode(chunk, final=not chunk)
        except StreamError as err:
            raise TableProblem(str(err)) from err
        except UnicodeDecodeError as err:
            raise TableProblem(f"not UTF-8 JSON ({err.reason})") from err
        self.pos = 0
        self.eof = not chunk
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.text) or not self._more():
                return self.text[self.pos : self.pos + 1]

    def take(self, char: str) -> None:
        if self.peek() != char:
            found = self.peek()
            raise TableProblem(f"not valid JSON (expected {char!r}, found {found!r})" if found else f"JSON cut short (expected {char!r})")
        self.pos += 1

    def value(self) -> Any:
        """The next JSON value; a ``TableProblem`` when it is not valid JSON or over the limit (what follows cannot be found)."""
        self.peek()
        size = CHUNK
        while True:
            try:
                value, end = self.json.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as err:
                if len(self.text) - self.pos > self.limit:
                    over = f"a record over {size_text(self.limit)} or not valid JSON"
                    raise TableProblem(f"{over}: the records after it cannot be told apart") from err
                if not self._more(size):
                    raise TableProblem(f"not valid JSON ({err.msg})") from err
                size *= 2
                continue
            except RecursionError as err:
                raise TableProblem("JSON nested too deep") from err
            except ValueError as err:  # a number of more digits than Python converts
                raise TableProblem(f"not valid JSON ({err})") from err
            self.pos = end
            return value


def json_rows(stream: BoundedStream, limit: int) -> Iterator[Row]:
    """The records of a JSON array of objects, or of an object wrapping one ({"articles": [...]}); a lone object is one record."""
    doc = _JsonText(stream, limit)
    first = doc.peek()
    if first == "[":
        yield from _array(doc)
    elif first == "{":
        n = 0
        for _, row in _object(doc):
            n += 1
            yield n, row
        while doc.peek() == "{":  # objects one after another: JSON lines whose first line was too long to judge
            value = doc.value()
            n += 1
            yield n, value
    else:
        raise TableProblem("not a JSON array or object")
    if doc.peek():
        raise TableProblem("not valid JSON (more after the end of the document)")


def _array(doc: _JsonText) -> Iterator[Row]:
    doc.take("[")
    n = 0
    if doc.peek() == "]":
        doc.take("]")
        return
    while True:
        value = doc.value()
        n += 1
        yield n, value if isinstance(value, dict) else f"JSON array element is not an object ({type(value).__name__})"
        if doc.peek() == ",":
            doc.take(",")
            continue
        doc.take("]")
        return


def _object(doc: _JsonText) -> Iterator[Row]:
    """A top-level object: the records of its wrapped array, or the object itself as one record."""
    doc.take("{")
    whole: dict[str, Any] = {}
    wrapped = False
    while doc.peek() != "}":
        key = doc.value()
        doc.take(":")
        if isinstance(key, str) and fold_column(key) in _WRAPPER_KEYS and doc.peek() == "[" and not wrapped:
            wrapped = True
            yield from _array(doc)
        else:
            whole[str(key)] = doc.value()
        if doc.peek() == ",":
            doc.take(",")
        elif doc.peek() != "}":
            doc.take("}")
    doc.take("}")
    if not wrapped:
        yield 1, whole

"""Read inputs into raw documents: files, directories, gzip, JSON Lines, WARC, tables.

Tables (CSV, TSV, XLSX, JSON arrays, Parquet) and JSON lines give a document
a record, their columns mapped to telisik's fields by ``telisik.pages.tables``
(news-watch's columns, the usual English and Indonesian names, a user's
``--field``); a file's format is told by its content as well as its suffix
(``telisik.pages.table_files.sniff_format``), so a table is never read as one page.

Every problem with an input becomes a ``Rejection`` with a reason a person can
act on; nothing here raises for any input, so one broken file never stops a
batch (an unexpected error becomes an "internal error while reading"
rejection of the file or record it happened in). Page text is untrusted and
is never used as a path.

Everything is read with bounds, so that no file can take the memory of a
run: a page is at most ``max_bytes``, a JSON line too (a longer one is
skipped without being held), a container at most ``max_container_bytes``
once decompressed, a WARC or HTTP header at most ``warc.MAX_HEADER_BYTES``,
JSON at most ``streams.MAX_JSON_DEPTH`` levels deep. A container cut short is
never silent: the records before the cut are read, the cut one is rejected.

The ``Reader`` here walks the inputs and makes documents and rejections;
``telisik.pages.encodings`` turns bytes into text, ``telisik.pages.streams`` reads with
bounds (and JSON with limits), ``telisik.pages.warc`` frames WARC records and
decodes the HTTP content in them.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from telisik.limits import DEFAULT_MAX_BYTES
from telisik.pages.encodings import binary_reason, declared_charset, decode, http_charset, one_line
from telisik.pages.streams import JSONProblem, Line, StreamError, cannot_read, load_json, open_stream, read_lines, size_text
from telisik.pages.table_files import SNIFF_BYTES, Cells, TableProblem, csv_rows, json_rows, parquet_rows, sniff_format, xlsx_rows
from telisik.pages.tables import given_fields, record_item
from telisik.pages.warc import RecordProblem, WarcError, WarcRecord, html_head, http_content, open_warc, warc_records
from telisik.records import RawDocument, Rejection, location
from telisik.records.pages import OTHER_FORMAT

# decode and binary_reason are telisik.pages.encodings', re-exported: callers import them from here
__all__ = ["DEFAULT_MAX_CONTAINER_BYTES", "KNOWN_SUFFIXES", "WARC_SUFFIXES", "Item", "Reader"]
__all__ += ["binary_reason", "decode", "given_fields", "kind_suffix"]

DEFAULT_MAX_CONTAINER_BYTES = 4 * 1024**3  # one container file, once decompressed

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
# tables: their format is told by their content too (a .txt holding a CSV is read as one)
TABLE_SUFFIXES = {".csv", ".tsv", ".tab", ".xlsx", ".xlsm", ".parquet", ".json"}
KNOWN_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | TABLE_SUFFIXES
# the formats read as records, each a document: a file of another format is one page
TABLE_FORMATS = ("csv", "json", "xlsx", "parquet")

Item = RawDocument | Rejection


def _internal(err: Exception) -> str:
    return f"internal error while reading ({type(err).__name__}: {one_line(err)})"


def kind_suffix(path: Path) -> tuple[str, bool]:
    """The format suffix and whether the file is gzip-compressed (x.jsonl.gz -> .jsonl, True)."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz




def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head


def _binary_line(line: Line) -> str | None:
    """Why the first line of a JSON Lines file shows it is a binary file, or None.

    JSON may not hold raw control bytes, so this never refuses a JSON line.
    """
    if line.data is None or not line.data.strip():
        return None
    reason = binary_reason(line.data[:8192])
    return reason.replace("not a news page", "not JSON Lines") if reason else None


class _InputError(Exception):
    pass


def _guarded(where: str, items: Iterator[Item]) -> Iterator[Item]:
    """``items``, with a rejection of ``where`` instead of any exception they raise: no input may stop a batch."""
    try:
        yield from items
    except OSError as err:
        yield Rejection(where, cannot_read(err))
    except Exception as err:  # noqa: BLE001 - reported as a rejection; reading goes on with the next file
        yield Rejection(where, _internal(err))


def _stat_problem(path: Path, err: OSError) -> str:
    """Why ``path`` cannot be looked at, from the error of stat (which follows links)."""
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if err.errno in (errno.ENOENT, errno.ENOTDIR):
        return "broken symbolic link" if path.is_symlink() else "no such file or directory"
    return cannot_read(err)


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class _Folder(NamedTuple):
    path: Path  # as it is listed (under a followed link: through the link)
    key: tuple[int, int]  # (device, inode), to read each folder once
    link: bool  # reached through a symbolic link


class Reader:
    """Turns input paths into raw documents and rejections; no method raises, whatever the input."""

    def __init__(
        self,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_container_bytes: int = DEFAULT_MAX_CONTAINER_BYTES,
        follow_links: bool = False,
        fields: Mapping[str, str] | None = None,
    ):
        self.max_bytes = max_bytes
        self.max_container_bytes = max_container_bytes
        # a symbolic link in an input folder to a file or folder outside it is
        # read only when asked (a link to /etc/passwd in a crawl folder is not news)
        self.follow_links = follow_links
        # telisik field -> the input's column for it (--field text=isi), before the usual names
        self.fields = dict(fields or {})

    # ------------------------------------------------------------------ walking

    def read(self, inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Item]:
        for item in self.walk(inputs):
            if isinstance(item, Rejection):
                yield item
            else:
                yield from self.read_file(item)

    def walk(self, inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Rejection]:
        """The files ``read`` reads, in its order (directories expanded), and the inputs it rejects unread."""
        for given in inputs:
            try:
                yield from self._walk_input(Path(given))
            except Exception as err:  # noqa: BLE001 - reported as a rejection; the other inputs are walked
                yield Rejection(str(given), _internal(err))

    def _walk_input(self, path: Path) -> Iterator[Path | Rejection]:
        try:
            info = path.stat()  # follows links: a link named on the command line is read (the user named it)
        except OSError as err:
            yield Rejection(str(path), _stat_problem(path, err))
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self._walk_folder(path, info)
        elif stat.S_ISREG(info.st_mode):
            yield path
        else:
            yield Rejection(str(path), "not a regular file or directory")

    def _walk_folder(self, root: Path, info: os.stat_result) -> Iterator[Path | Rejection]:
        """A folder's files, sorted by path, and its rejected entries in their place among them.

        Hidden files are skipped. Links are not followed through to other
        folders except out of the input folder with ``follow_links``, and each
        folder is read once (no loops).
        """
        inside = os.path.realpath(root)
        found: list[tuple[tuple[str, ...], Path | Rejection]] = []
        seen = {(info.st_dev, info.st_ino)}
        pending = [root]
        while pending:
            folder = pending.pop()
            try:
                with os.scandir(folder) as listing:
                    entries = list(listing)
            except OSError as err:
                found.append((folder.parts, Rejection(str(folder), f"cannot read folder: {err.strerror or one_line(err)}")))
                continue
            for entry in entries:
                try:
                    item = self._entry(entry, inside)
                except OSError as err:
                    item = Rejection(entry.path, cannot_read(err))
                if isinstance(item, _Folder):
                    if item.key in seen:
                        why = "folder read already (through a link)"
                        if item.link:
                            why = "symbolic link loop (it leads to a folder read already)"
                        found.append((item.path.parts, Rejection(str(item.path), why)))
                    else:
                        seen.add(item.key)
                        pending.append(item.path)
                elif item is not None:
                    found.append((Path(item.source).parts if isinstance(item, Rejection) else item.parts, item))
        if not found:
            yield Rejection(str(root), "directory holds no files")
        for _, item in sorted(found, key=lambda pair: pair[0]):
            yield self._known(item) if isinstance(item, Path) else item

    def _entry(self, entry: os.DirEntry[str], inside: str) -> Path | Rejection | _Folder | None:
        """What a folder entry gives: a file, a rejection, a folder to read, or None (hidden, or read elsewhere)."""
        path = Path(entry.path)
        if entry.is_symlink():
            return None if entry.name.startswith(".") else self._link(path, inside)
        if entry.is_dir(follow_symlinks=False):
            info = entry.stat(follow_symlinks=False)
            return _Folder(path, (info.st_dev, info.st_ino), link=False)
        if entry.name.startswith("."):
            return None
        if entry.is_file(follow_symlinks=False):
            return path
        return Rejection(str(path), "not a regular file or directory")

    def _link(self, path: Path, inside: str) -> Path | Rejection | _Folder | None:
        """What a symbolic link in an input folder gives (see ``_entry``)."""
        try:
            info = path.stat()
        except OSError as err:
            return Rejection(str(path), _stat_problem(path, err))
        is_dir = stat.S_ISDIR(info.st_mode)
        if not _within(os.path.realpath(path), inside):
            if not self.follow_links:
                what = "folder" if is_dir else "file"
                return Rejection(str(path), f"symbolic link to a {what} outside the input folder (pass --follow-links to read it)")
        elif is_dir:
            return None  # a folder inside the input folder: its files are read where they are
        if is_dir:
            return _Folder(path, (info.st_dev, info.st_ino), link=True)
        if stat.S_ISREG(info.st_mode):
            return path
        return Rejection(str(path), "symbolic link to something that is not a regular file or directory")

    @staticmethod
    def _known(path: Path) -> Path | Rejection:
        if kind_suffix(path)[0] in KNOWN_SUFFIXES:
            return path
        return Rejection(str(path), f"{OTHER_FORMAT}{path.suffix or 'no suffix'} is not a page format telisik reads")

    # ------------------------------------------------------------------ files

    def read_file(self, path: Path) -> Iterator[Item]:
        yield from _guarded(str(path), self._read_file(path))

    def read_records(self, path: Path, lo: int, hi: int | None, offset: int | None = None) -> Iterator[Item]:
        """The items of a container's records ``lo`` <= n < ``hi`` (JSON lines by line number, WARC records by number).

        What ``read_file`` yields for those records, without the verdicts on the
        whole file (empty, too large, no records): a caller splitting a file into
        ranges checks those first (``telisik.engine.batch``). A problem inside the range
        (a truncated record, a stream that breaks) is reported as ``read_file``
        reports it. ``offset`` is the byte offset of line ``lo`` in a plain (not
        gzipped) JSON Lines file, to seek to instead of reading the lines before it.
        """
        suffix, gz = kind_suffix(path)
        fmt = self.file_format(path)
        if fmt == "warc":
            items = self._read_warc(path, lo, hi)
        elif fmt in TABLE_FORMATS:
            items = self._read_table(path, fmt, gz, lo, hi)
        else:
            items = self._read_jsonl(path, gz, lo, hi, offset)
        yield from _guarded(str(path), items)

    def scan(self, path: Path) -> tuple[list[int], list[int] | None] | None:
        """Where a container's records are, to read it in ranges with ``read_records``.

        (the numbers of the records that give an item: JSON lines that are not
        blank, WARC records that are HTML responses; their byte offsets in a plain
        JSON Lines file, else None). None when the file is to be read whole with
        ``read_file``: a single page, or a file ``read_file`` has a verdict on as
        a whole (empty, too large, truncated or corrupt, no records).
        """
        suffix, gz = kind_suffix(path)
        try:
            fmt = self.file_format(path)
            if fmt == "page":
                return None
            size = path.stat().st_size
            if size == 0 or size > self.max_container_bytes:
                return None
            if fmt == "warc":
                numbers = self._scan_warc(path)
                return (numbers, None) if numbers else None
            if fmt in TABLE_FORMATS:
                rows = [n for n, _ in self._rows(path, fmt, gz)]
                return (rows, None) if rows else None
            return self._scan_jsonl(path, gz)
        except Exception:  # noqa: BLE001 - whatever is wrong, read_file says it
            return None

    def file_format(self, path: Path) -> str:
        """How a file is read: "warc", "jsonl", "csv", "json", "xlsx", "parquet" or "page".

        By its suffix for WARC, JSON Lines and HTML; otherwise by its content
        (``table_files.sniff_format``): a .txt or .json holding JSON lines, a
        JSON array or a table with a header telisik knows is read as such, never
        as one page. A file that cannot be looked into is a "page" (its reading
        says what is wrong).
        """
        suffix, gz = kind_suffix(path)
        if suffix in WARC_SUFFIXES:
            return "warc"
        if suffix in JSONL_SUFFIXES:
            return "jsonl"
        if suffix in HTML_SUFFIXES:
            return "page"
        try:
            with open_stream(path, gz, SNIFF_BYTES) as stream:
                head = stream.read(SNIFF_BYTES)
        except (OSError, StreamError):
            return "page"
        return sniff_format(head, suffix, self.fields) or "page"

    def _read_file(self, path: Path) -> Iterator[Item]:
        source = str(path)
        suffix, gz = kind_suffix(path)
        size = path.stat().st_size
        if size == 0:
            yield Rejection(source, "empty file")
            return
        fmt = self.file_format(path)
        if fmt != "page":
            if size > self.max_container_bytes:
                yield Rejection(source, f"too large: {size_text(size)} (limit {size_text(self.max_container_bytes)})")
            elif fmt == "warc":
                yield from self._read_warc(path)
            elif fmt in TABLE_FORMATS:
                yield from self._read_table(path, fmt, gz)
            else:
                yield from self._read_jsonl(path, gz)
            return
        if not gz and size > self.max_bytes:
            yield Rejection(source, f"too large for one page: {size_text(size)} (limit {size_text(self.max_bytes)})")
            return
        try:
            data = self._read_bytes(path, gz)
        except _InputError as err:
            yield Rejection(source, str(err))
            return
        yield self._page(source, data, suffix)

    # ------------------------------------------------------------------ single pages

    def _read_bytes(self, path: Path, gz: bool) -> bytes:
        """A page's bytes (decompressed), at most ``max_bytes`` of them read."""
        with open_stream(path, gz, self.max_bytes + 1) as stream:
            try:
                data = stream.read(self.max_bytes + 1)
            except StreamError as err:
                raise _InputError(str(err)) from err
        if len(data) > self.max_bytes:
            if gz:
                raise _InputError(f"too large for one page once decompressed (over {size_text(self.max_bytes)})")
            raise _InputError(f"too large for one page (over {size_text(self.max_bytes)})")
        if not data:
            raise _InputError("empty file once decompressed")
        return data

    def _page(
        self,
        source: str,
        data: bytes,
        suffix: str,
        given: dict | None = None,
        record: str | None = None,
        charset: str | None = None,
        warnings: Sequence[str] = (),
    ) -> Item:
        """One page's bytes as a raw document, or the reason they are not one.

        ``charset``: the one an HTTP header states, which comes before the page's own.
        """
        where = location(source, record)
        reason = binary_reason(data)
        if reason:
            return Rejection(where, reason)
        text, notes, problem = decode(data, [name for name in (charset, declared_charset(data)) if name])
        if text is None:
            return Rejection(where, problem or "cannot decode")
        if not text.strip():
            return Rejection(where, "no text (only white space)")
        kind = "html" if suffix in HTML_SUFFIXES or _looks_like_html(text) else "text"
        if suffix not in KNOWN_SUFFIXES:
            notes.append(f"unknown file type {suffix!r}; read as {kind}")
        return RawDocument(source=source, kind=kind, content=text, record=record, given=given or {}, warnings=[*notes, *warnings])

    # ------------------------------------------------------------------ JSON Lines

    def _read_jsonl(self, path: Path, gz: bool, lo: int = 1, hi: int | None = None, offset: int | None = None) -> Iterator[Item]:
        source = str(path)
        whole = lo == 1 and hi is None
        lineno = lo - 1
        any_line = False
        with open_stream(path, gz, self.max_container_bytes) as stream:
            start = 1
            if offset is not None and not gz:
                stream.seek(offset)
                start = lo
            try:
                lineno = start - 1
                for line in read_lines(stream, self.max_bytes):
                    lineno += line.count
                    if hi is not None and lineno >= hi:
                        break
                    if lineno < lo or (line.data is not None and not line.data.strip()):
                        continue
                    if whole and not any_line and (binary := _binary_line(line)):
                        yield Rejection(source, binary)  # one rejection, not one per "line" of an image
                        return
                    any_line = True
                    yield self._jsonl_item(source, lineno, line)
            except StreamError as err:
                yield Rejection(source, f"stopped after line {lineno}: {err}" if lineno else str(err))
                return
        if whole and not any_line:
            yield Rejection(source, "no JSON lines in file")

    def _scan_jsonl(self, path: Path, gz: bool) -> tuple[list[int], list[int] | None] | None:
        numbers: list[int] = []
        offsets: list[int] | None = None if gz else []
        position = 0
        with open_stream(path, gz, self.max_container_bytes) as stream:
            lineno = 0
            for line in read_lines(stream, self.max_bytes):
                lineno += line.count
                if not numbers and _binary_line(line):
                    return None  # read whole: rejected as one binary file
                if line.data is None or line.data.strip():
                    numbers.append(lineno)
                    if offsets is not None:
                        offsets.append(position)
                position += line.size
        return (numbers, offsets) if numbers else None

    def _jsonl_item(self, source: str, lineno: int, line: Line) -> Item:
        where = location(source, f"L{lineno}")
        try:
            return self._jsonl_record(source, lineno, line)
        except Exception as err:  # noqa: BLE001 - this line is rejected; the next lines are read
            return Rejection(where, _internal(err))

    def _jsonl_record(self, source: str, lineno: int, line: Line) -> Item:
        record = f"L{lineno}"
        where = location(source, record)
        if line.data is None:
            return Rejection(where, f"line too large: {size_text(line.size)} (limit {size_text(self.max_bytes)})")
        try:
            obj = load_json(line.data)
        except JSONProblem as err:
            # a writer ends every line; a bad last line without an end is most likely a file cut short
            cut = "" if line.data.endswith(b"\n") else "; the file ends inside this line (truncated?)"
            return Rejection(where, f"{err}{cut}")
        if not isinstance(obj, dict):
            return Rejection(where, "JSON line is not an object")
        # the same mapping of columns to fields as every table format (news-watch's content, publish_date...)
        return record_item(source, record, obj, self.fields, self.max_bytes, what="JSON line")

    # ------------------------------------------------------------------ tables

    def _rows(self, path: Path, fmt: str, gz: bool) -> Iterator[tuple[int, dict[str, Any] | str]]:
        """The records of a table file (``table_files``): (number, row or the reason it is rejected)."""
        if fmt in ("xlsx", "parquet"):
            if gz:
                raise TableProblem(f"a gzipped {fmt.upper()} file is not read: unzip it first")
            if fmt == "xlsx":
                yield from xlsx_rows(path, self.fields, self.max_bytes, self.max_container_bytes)
            else:
                yield from parquet_rows(path, self.fields, self.max_bytes)
            return
        if fmt == "json":
            with open_stream(path, gz, self.max_container_bytes) as stream:
                yield from json_rows(stream, self.max_bytes)
            return
        with open_stream(path, gz, SNIFF_BYTES) as stream:
            head = stream.read(SNIFF_BYTES)  # the encoding and the delimiter are judged on it
        with open_stream(path, gz, self.max_container_bytes) as stream:
            yield from csv_rows(stream, head, kind_suffix(path)[0], self.fields, self.max_bytes)

    def _read_table(self, path: Path, fmt: str, gz: bool, lo: int = 1, hi: int | None = None) -> Iterator[Item]:
        """The documents of a table file's records ``lo`` <= n < ``hi``, each row rejected on its own; a
        problem that ends the file is rejected after the rows before it."""
        source = str(path)
        whole = lo == 1 and hi is None
        n = 0
        what = "JSON record" if fmt == "json" else "row"
        try:
            for n, row in self._rows(path, fmt, gz):
                if n < lo:
                    continue
                if hi is not None and n >= hi:
                    break
                record = f"row{n}"
                if isinstance(row, str):
                    yield Rejection(location(source, record), row)
                else:
                    yield self._table_item(source, record, row, what)
        except (TableProblem, StreamError) as err:
            yield Rejection(source, f"stopped after record {n}: {err}" if n else str(err))
            return
        if whole and n == 0:
            yield Rejection(source, "table holds no records (only a header, or nothing)")

    def _table_item(self, source: str, record: str, row: dict[str, Any], what: str) -> Item:
        try:
            notes = row.warnings if isinstance(row, Cells) else ()
            return record_item(source, record, row, self.fields, self.max_bytes, what=what, notes=notes)
        except Exception as err:  # noqa: BLE001 - this record is rejected; the next are read
            return Rejection(location(source, record), _internal(err))

    # ------------------------------------------------------------------ WARC

    def _read_warc(self, path: Path, lo: int = 1, hi: int | None = None) -> Iterator[Item]:
        """The pages of a WARC's HTML responses (records ``lo`` <= n < ``hi``), and its problems.

        A record cut short, in its header or its content, is rejected and ends
        the reading (nothing after a cut can be trusted); the records before it
        are kept. A WARC read whole that holds no HTML response is rejected.
        """
        source = str(path)
        n = 0
        pages = 0
        with open_warc(path, kind_suffix(path)[1], self.max_container_bytes) as stream:
            try:
                for record in warc_records(stream, hi):
                    n = record.number
                    if n < lo:
                        continue
                    item = self._warc_item(source, record)
                    if item is not None:
                        pages += 1
                        yield item
            except WarcError as err:
                if err.number:
                    yield Rejection(location(source, f"R{err.number}"), str(err))
                else:
                    yield Rejection(source, f"stopped after record {n}: {err}" if n else str(err))
                return
        if lo == 1 and hi is None and pages == 0:
            yield Rejection(source, f"WARC holds no HTML responses ({n} records)")

    def _warc_item(self, source: str, record: WarcRecord) -> Item | None:
        """The item of one WARC record (None: not an HTML response); raises WarcError when the record is cut short."""
        where = location(source, f"R{record.number}")
        try:
            return self._warc_page(source, record)
        except RecordProblem as err:
            record.block.finish()  # a record cut short is reported as that, not as what the cut did to it
            return Rejection(where, str(err))
        except WarcError:
            raise
        except Exception as err:  # noqa: BLE001 - this record is rejected; the next records are read
            return Rejection(where, _internal(err))

    def _warc_page(self, source: str, record: WarcRecord) -> Item | None:
        http = html_head(record)
        if http is None:
            return None
        content = http_content(record.block, http, self.max_bytes)
        record.block.finish()  # a page is made only of a whole record
        rec = f"R{record.number}"
        if content is None:
            return Rejection(location(source, rec), f"record too large (over {size_text(self.max_bytes)})")
        url = record.target_uri
        cut = record.headers.get("warc-truncated")
        warnings = [f"the crawler cut this page short (WARC-Truncated: {one_line(cut, 40)})"] if cut else []
        charset = http_charset(http.get("content-type", ""))
        return self._page(source, content, ".html", {"url": url} if url else {}, rec, charset, warnings)

    def _scan_warc(self, path: Path) -> list[int] | None:
        """The numbers of a WARC's HTML responses; None when it is to be read whole (any problem)."""
        numbers = []
        with open_warc(path, kind_suffix(path)[1], self.max_container_bytes) as stream:
            for record in warc_records(stream):
                if html_head(record) is not None:
                    numbers.append(record.number)
        return numbers or None

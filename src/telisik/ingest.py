"""Read inputs into raw documents: files, directories, gzip, JSON Lines, WARC.

Every problem with an input becomes a ``Rejection`` with a reason a person can
act on; nothing here raises for bad input, so one broken file never stops a
batch. Page text is untrusted and is never used as a path.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from telisik.records import RawDocument, Rejection, location

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one page; containers (JSONL, WARC) are read as streams
DEFAULT_MAX_CONTAINER_BYTES = 4 * 1024**3

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
KNOWN_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | {".json"}

# File signatures of formats that are not pages.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an executable",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
    b"RIFF": "a RIFF media file",
}

Item = RawDocument | Rejection


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def _kind_suffix(path: Path) -> tuple[str, bool]:
    """The format suffix and whether the file is gzip-compressed (x.jsonl.gz -> .jsonl, True)."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz


def decode(data: bytes, declared: str | None = None) -> tuple[str | None, list[str], str | None]:
    """Bytes to text: (text, warnings, reason it could not be decoded).

    UTF-8 first; otherwise the encoding a page declares, otherwise the one
    charset-normalizer finds (cp1252 and latin-1 pages are common). A
    recovered page carries a warning saying how it was read.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), ["decoded as UTF-16 (byte order mark)"], None
        except UnicodeDecodeError:
            return None, [], "declares UTF-16 but is not valid UTF-16"
    try:
        return data.decode("utf-8"), [], None
    except UnicodeDecodeError as err:
        first_bad = err.start
    if declared:
        try:
            return data.decode(declared), [f"not UTF-8; decoded as {declared}, as the page declares"], None
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return None, [], f"not valid UTF-8 (first bad byte at offset {first_bad}) and no other text encoding fits"
    try:
        text = data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        return None, [], f"not valid UTF-8 (first bad byte at offset {first_bad}); {best.encoding} does not fit either"
    return text, [f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as {best.encoding}"], None


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are not a text page, or None if they may be one."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({what}), not a news page"
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary file (contains NUL bytes), not a news page"
    if head:
        control = sum(b < 9 or 13 < b < 32 for b in head)
        if control / len(head) > 0.05:
            return "binary file (mostly control bytes), not a news page"
    return None


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head


def _declared_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", data[:4096], re.IGNORECASE)
    return m[1].decode("ascii") if m else None


class Reader:
    """Turns input paths into raw documents and rejections."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES, max_container_bytes: int = DEFAULT_MAX_CONTAINER_BYTES):
        self.max_bytes = max_bytes
        self.max_container_bytes = max_container_bytes

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
            path = Path(given)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
                if not files:
                    yield Rejection(str(path), "directory holds no files")
                for file in files:
                    if _kind_suffix(file)[0] in KNOWN_SUFFIXES:
                        yield file
                    else:
                        yield Rejection(str(file), f"skipped: {file.suffix or 'no suffix'} is not a page format telisik reads")
            elif path.is_file():
                yield path
            elif path.exists():
                yield Rejection(str(path), "not a regular file or directory")
            else:
                yield Rejection(str(path), "no such file or directory")

    def read_records(self, path: Path, lo: int, hi: int, offset: int | None = None) -> Iterator[Item]:
        """The items of a container's records ``lo`` <= n < ``hi`` (JSON lines by line number, WARC records by number).

        What ``read_file`` yields for those records, without the verdicts on the
        whole file (empty, too large, truncated, no records): a caller splitting a
        file into ranges checks those first (``telisik.batch``). ``offset`` is the
        byte offset of line ``lo`` in a plain (not gzipped) JSON Lines file, to
        seek to instead of reading the lines before it.
        """
        suffix, gz = _kind_suffix(path)
        if suffix in WARC_SUFFIXES:
            yield from self._read_warc(path, lo, hi)
        else:
            yield from self._read_jsonl(path, gz, lo, hi, offset)

    def scan(self, path: Path) -> tuple[list[int], list[int] | None] | None:
        """Where a container's records are, to read it in ranges with ``read_records``.

        (the numbers of the records that give an item: JSON lines that are not
        blank, WARC records that are HTML responses; their byte offsets in a plain
        JSON Lines file, else None). None when the file is to be read whole with
        ``read_file``: a single page, or a file ``read_file`` has a verdict on as
        a whole (empty, too large, truncated or corrupt, no records).
        """
        suffix, gz = _kind_suffix(path)
        if suffix not in JSONL_SUFFIXES and suffix not in WARC_SUFFIXES:
            return None
        try:
            size = path.stat().st_size
            if size == 0 or size > self.max_container_bytes:
                return None
            if suffix in WARC_SUFFIXES:
                numbers = self._scan_warc(path)
                return (numbers, None) if numbers else None
            numbers: list[int] = []
            offsets: list[int] | None = None if gz else []
            position = 0
            with (gzip.open if gz else open)(path, "rb") as fh:  # type: ignore[operator]
                for lineno, raw in enumerate(fh, start=1):
                    if raw.strip():
                        numbers.append(lineno)
                        if offsets is not None:
                            offsets.append(position)
                    position += len(raw)
        except Exception:  # noqa: BLE001 - whatever is wrong, read_file says it
            return None
        return (numbers, offsets) if numbers else None

    def _scan_warc(self, path: Path) -> list[int] | None:
        from warcio.archiveiterator import ArchiveIterator

        if _is_gzip(path) and _gzip_problem(path):
            return None
        numbers = []
        pages = 0
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                if _html_response(record):
                    numbers.append(n)
                    pages += len(record.content_stream().read(self.max_bytes + 1)) <= self.max_bytes
            if fh.tell() < path.stat().st_size:
                return None
        return numbers if pages else None

    def read_file(self, path: Path) -> Iterator[Item]:
        source = str(path)
        suffix, gz = _kind_suffix(path)
        try:
            size = path.stat().st_size
        except OSError as err:
            yield Rejection(source, f"cannot read: {err.strerror or err}")
            return
        if size == 0:
            yield Rejection(source, "empty file")
            return
        if suffix in JSONL_SUFFIXES or suffix in WARC_SUFFIXES:
            if size > self.max_container_bytes:
                yield Rejection(source, f"too large: {_mb(size)} (limit {_mb(self.max_container_bytes)})")
                return
            if suffix in WARC_SUFFIXES:
                yield from self._read_warc(path)
            else:
                yield from self._read_jsonl(path, gz)
            return
        if not gz and size > self.max_bytes:
            yield Rejection(source, f"too large for one page: {_mb(size)} (limit {_mb(self.max_bytes)})")
            return
        try:
            data = self._read_bytes(path, gz)
        except _InputError as err:
            yield Rejection(source, str(err))
            return
        yield from self._page(source, data, suffix)

    # ------------------------------------------------------------------ single pages

    def _read_bytes(self, path: Path, gz: bool) -> bytes:
        try:
            if not gz:
                return path.read_bytes()
            with gzip.open(path, "rb") as fh:
                data = fh.read(self.max_bytes + 1)
        except (EOFError, zlib.error) as err:
            raise _InputError(f"truncated or corrupt gzip file ({err})") from err
        except gzip.BadGzipFile as err:
            raise _InputError(f"not a valid gzip file ({err})") from err
        except OSError as err:
            raise _InputError(f"cannot read: {err}") from err
        if len(data) > self.max_bytes:
            raise _InputError(f"too large for one page once decompressed (over {_mb(self.max_bytes)})")
        if not data:
            raise _InputError("empty file once decompressed")
        return data

    def _page(self, source: str, data: bytes, suffix: str, given: dict | None = None, record: str | None = None) -> Iterator[Item]:
        where = location(source, record)
        reason = binary_reason(data)
        if reason:
            yield Rejection(where, reason)
            return
        text, warnings, problem = decode(data, _declared_charset(data))
        if text is None:
            yield Rejection(where, problem or "cannot decode")
            return
        if not text.strip():
            yield Rejection(where, "no text (only white space)")
            return
        kind = "html" if suffix in HTML_SUFFIXES or _looks_like_html(text) else "text"
        if suffix not in KNOWN_SUFFIXES:
            warnings.append(f"unknown file type {suffix!r}; read as {kind}")
        yield RawDocument(source=source, kind=kind, content=text, record=record, given=given or {}, warnings=warnings)

    # ------------------------------------------------------------------ JSON Lines

    def _read_jsonl(self, path: Path, gz: bool, lo: int = 1, hi: int | None = None, offset: int | None = None) -> Iterator[Item]:
        source = str(path)
        opener = gzip.open if gz else open
        whole = lo == 1 and hi is None
        lineno = lo - 1
        any_line = False
        try:
            with opener(path, "rb") as fh:  # type: ignore[operator]
                if offset is not None and not gz:
                    fh.seek(offset)
                    start = lo
                else:
                    start = 1
                for lineno, raw in enumerate(fh, start=start):
                    if hi is not None and lineno >= hi:
                        break
                    if lineno < lo or not raw.strip():
                        continue
                    any_line = True
                    yield from self._jsonl_record(source, lineno, raw)
        except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as err:
            yield Rejection(source, f"stopped after line {lineno}: truncated or corrupt file ({err})")
            return
        if whole and not any_line:
            yield Rejection(source, "no JSON lines in file")

    def _jsonl_record(self, source: str, lineno: int, raw: bytes) -> Iterator[Item]:
        record = f"L{lineno}"
        where = location(source, record)
        if len(raw) > self.max_bytes:
            yield Rejection(where, f"line too large: {_mb(len(raw))} (limit {_mb(self.max_bytes)})")
            return
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            yield Rejection(where, f"not valid JSON ({err.__class__.__name__}: {err})")
            return
        if not isinstance(obj, dict):
            yield Rejection(where, "JSON line is not an object")
            return
        given = {k: obj[k] for k in ("id", "url", "outlet", "title", "published", "authors", "author", "editors") if obj.get(k)}
        html, text = obj.get("html"), obj.get("text")
        if isinstance(html, str) and html.strip():
            yield RawDocument(source, "html", html, record, given)
        elif isinstance(text, str) and text.strip():
            yield RawDocument(source, "text", text, record, given)
        else:
            yield Rejection(where, "JSON line has neither 'text' nor 'html'")

    # ------------------------------------------------------------------ WARC

    def _read_warc(self, path: Path, lo: int = 1, hi: int | None = None) -> Iterator[Item]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        source = str(path)
        whole = lo == 1 and hi is None
        n = 0
        pages = 0
        # warcio stops quietly at a cut-off gzip member, so check the stream itself:
        # the records before the break are kept, the break is reported.
        broken = _gzip_problem(path) if whole and _is_gzip(path) else None
        try:
            with open(path, "rb") as fh:
                for record in ArchiveIterator(fh):
                    n += 1
                    if hi is not None and n >= hi:
                        break
                    if n < lo or not _html_response(record):
                        continue
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    data = record.content_stream().read(self.max_bytes + 1)
                    rec = f"R{n}"
                    if len(data) > self.max_bytes:
                        yield Rejection(f"{source}#{rec}", f"record too large (over {_mb(self.max_bytes)})")
                        continue
                    pages += 1
                    yield from self._page(source, data, ".html", {"url": url} if url else {}, rec)
                stopped_early = not broken and fh.tell() < path.stat().st_size
        except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError) as err:
            yield Rejection(source, f"stopped after record {n}: malformed or truncated WARC ({err})")
            return
        if not whole:
            return
        if broken or stopped_early:
            yield Rejection(source, f"stopped after record {n}: truncated or corrupt WARC ({broken or 'unreadable data after it'})")
            return
        if pages == 0:
            yield Rejection(source, f"WARC holds no HTML responses ({n} records)")


def _html_response(record: Any) -> bool:
    """A WARC record telisik reads: an HTTP response whose content is HTML."""
    if record.rec_type != "response":
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    return "html" in ctype.lower()


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _gzip_problem(path: Path) -> str | None:
    """Why a gzip file cannot be read to its end, or None when it can."""
    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as err:
        return f"gzip stream: {err}"
    return None


class _InputError(Exception):
    pass


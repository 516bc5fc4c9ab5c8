"""WARC records, framed and read with bounds; the HTTP responses in them, their content decoded.

A WARC is a sequence of records, each a header block and a content block of
Content-Length bytes; an HTTP response record holds the response's header
and its content, possibly chunked and gzip- or deflate-coded. ``warc_records``
frames the records of a ``BoundedStream`` one at a time, and ``html_head`` and
``http_content`` read the HTML responses in them.

This is a reader of our own rather than warcio's ArchiveIterator because
hostile or broken archives must not stop a batch, take its memory, or be
misread without a word: warcio reads header lines without a bound, raises
AttributeError on a header cut short, and reads a record cut short as if it
were whole. Here every header block is bounded by ``MAX_HEADER_BYTES``, a
record cut short raises ``WarcError`` (and the records before it are kept),
and content is undone in bounded pieces, so that a gzip bomb is never held.
Where warcio mends what servers and crawlers get wrong (plain content
labelled chunked or gzip, <...> around a target URI), this mends it the same
way. warcio is still what the tests write their WARC fixtures with.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from telisik.pages.encodings import one_line
from telisik.pages.streams import CHUNK, BoundedStream, OverLimit, StreamError, open_stream, size_text

MAX_HEADER_BYTES = 1024 * 1024  # the header block of one WARC record, or of one HTTP response in it


def open_warc(path: Path, named_gz: bool, limit: int) -> AbstractContextManager[BoundedStream]:
    """A WARC file's bytes as a ``BoundedStream`` of at most ``limit`` bytes.

    WARC files are often misnamed, so the bytes decide whether they are
    gzipped; ``named_gz`` (the name ends in .gz) decides only when they start
    as neither gzip nor a WARC.
    """
    return open_stream(path, named_gz, limit, plain_start=b"WARC/")


# ---------------------------------------------------------------------------- WARC framing


class WarcError(Exception):
    """A WARC that cannot be read on from here; ``number``: the record it is in (0: between records)."""

    def __init__(self, number: int, reason: str):
        super().__init__(reason)
        self.number = number


class RecordProblem(Exception):
    """A WARC record that is rejected; the records after it are read."""


class _HeaderCut(Exception):
    """The data ended inside a header block."""


class _HeaderTooLarge(Exception):
    """A header block over its limit."""


def _header_text(raw: bytes) -> str:
    """A header's bytes as text, as warcio reads them: UTF-8, else latin-1."""
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return raw.decode("latin-1").strip()


def _header_lines(readline: Callable[[int], bytes], limit: int, end_ok: bool = False) -> dict[str, str]:
    """Header lines up to the blank line that ends them: lower-cased name -> value (the first of a name wins).

    Each line is read with a bound and the block may hold at most ``limit``
    bytes (``_HeaderTooLarge``). ``end_ok``: the end of the data ends the
    headers too; otherwise it is ``_HeaderCut``.
    """
    headers: dict[str, str] = {}
    name = None
    used = 0
    while True:
        line = readline(limit - used + 1)
        used += len(line)
        if used > limit:
            raise _HeaderTooLarge
        if not line.endswith(b"\n") and not end_ok:
            raise _HeaderCut
        if not line.strip():
            return headers
        if line[:1] in (b" ", b"\t") and name is not None:  # a folded line continues the header before it
            headers[name] = f"{headers[name]} {_header_text(line)}"
            continue
        raw_name, colon, value = line.partition(b":")
        if colon:
            name = _header_text(raw_name).lower()
            headers.setdefault(name, _header_text(value))


class Block:
    """One WARC record's content block: the next ``length`` bytes of the stream, and no more.

    A stream that ends or breaks before them is a truncated record.
    """

    def __init__(self, stream: BoundedStream, length: int, number: int):
        self.stream = stream
        self.length = length
        self.left = length
        self.number = number
        self.ended = False  # the stream ended before the block did

    def read(self, size: int) -> bytes:
        return self._take(self.stream.read, size)

    def readline(self, size: int) -> bytes:
        return self._take(self.stream.readline, size)

    def _take(self, method: Callable[[int], bytes], size: int) -> bytes:
        size = min(size, self.left)
        if size <= 0 or self.ended:
            return b""
        try:
            data = method(size)
        except OverLimit as err:
            raise WarcError(self.number, f"stopped: {err}") from err
        except StreamError as err:
            raise WarcError(self.number, f"truncated WARC record ({self.length - self.left} of {self.length} bytes; {err})") from err
        self.left -= len(data)
        self.ended = not data
        return data

    def finish(self) -> None:
        """Read the rest of the block (in pieces); raises WarcError when the record is cut short."""
        while self.left > 0 and not self.ended:
            self.read(CHUNK)
        if self.left > 0:
            raise WarcError(self.number, f"truncated WARC record ({self.length - self.left} of {self.length} bytes)")


@dataclass
class WarcRecord:
    number: int
    headers: dict[str, str]  # the WARC header, lower-cased names
    block: Block

    @property
    def target_uri(self) -> str | None:
        """WARC-Target-URI, mended as warcio mends it (<...> stripped, spaces escaped)."""
        uri = self.headers.get("warc-target-uri")
        if uri and uri.startswith("<") and uri.endswith(">"):
            uri = uri[1:-1]
        return uri.replace(" ", "%20") if uri else uri

    def is_http_response(self) -> bool:
        uri = self.target_uri
        return self.headers.get("warc-type") == "response" and (uri is None or uri.startswith(("http:", "https:")))


_CONTENT_LENGTH = re.compile(r"[0-9]{1,15}")


def _next_header_line(stream: BoundedStream, number: int) -> bytes | None:
    """The first line of the next record (blank lines between records skipped), or None at the end of the data."""
    blank = 0
    while True:
        try:
            line = stream.readline(MAX_HEADER_BYTES + 1)
        except StreamError as err:
            raise WarcError(0, str(err)) from err
        if not line:
            return None
        if line.strip():
            break
        blank += len(line)
        if blank > MAX_HEADER_BYTES:  # records are two line ends apart; this is filler, not a WARC
            raise WarcError(0, f"over {size_text(MAX_HEADER_BYTES)} of blank lines where a WARC record should start")
    if line.startswith(b"WARC/") or b"WARC/".startswith(line):
        if len(line) > MAX_HEADER_BYTES:
            raise WarcError(number, f"WARC record header too large (over {size_text(MAX_HEADER_BYTES)})")
        if not line.endswith(b"\n"):
            raise WarcError(number, "truncated WARC record (the file ends inside its header)")
        return line
    if number == 1:
        raise WarcError(0, "not a WARC file (it does not start with a WARC/ header line)")
    raise WarcError(0, f"what follows is not a WARC record (the Content-Length of record {number - 1} may be wrong)")


def _warc_header(stream: BoundedStream, number: int, first: bytes) -> dict[str, str]:
    try:
        return _header_lines(stream.readline, MAX_HEADER_BYTES - len(first))
    except _HeaderTooLarge as err:
        raise WarcError(number, f"WARC record header too large (over {size_text(MAX_HEADER_BYTES)})") from err
    except _HeaderCut as err:
        raise WarcError(number, "truncated WARC record (the file ends inside its header)") from err
    except OverLimit as err:
        raise WarcError(number, f"stopped: {err}") from err
    except StreamError as err:
        raise WarcError(number, f"truncated WARC record (cut inside its header; {err})") from err


def warc_records(stream: BoundedStream, until: int | None = None) -> Iterator[WarcRecord]:
    """The records of a WARC, framed by their Content-Length, up to (not including) record number ``until``.

    A record's block is read to its end (in pieces) before the next record,
    whatever the reader of the record took; a problem that stops the reading
    raises WarcError.
    """
    number = 0
    while until is None or number + 1 < until:
        first = _next_header_line(stream, number + 1)
        if first is None:
            return
        number += 1
        headers = _warc_header(stream, number, first)
        length = headers.get("content-length", "")
        if not _CONTENT_LENGTH.fullmatch(length):
            raise WarcError(number, "WARC record without a valid Content-Length (the records after it cannot be found)")
        record = WarcRecord(number, headers, Block(stream, int(length), number))
        yield record
        record.block.finish()


def _http_head(block: Block) -> dict[str, str] | None:
    """The HTTP response header at the start of a block (lower-cased names), or None when it holds no HTTP response."""
    status = block.readline(MAX_HEADER_BYTES + 1)
    if not status.startswith(b"HTTP/") or not status.endswith(b"\n"):
        return None
    try:
        return _header_lines(block.readline, MAX_HEADER_BYTES - len(status), end_ok=True)
    except _HeaderTooLarge as err:
        raise RecordProblem(f"HTTP header too large (over {size_text(MAX_HEADER_BYTES)})") from err


def html_head(record: WarcRecord) -> dict[str, str] | None:
    """The HTTP header of a record telisik reads, an HTTP response whose content is HTML; None for any other record."""
    if not record.is_http_response():
        return None
    http = _http_head(record.block)
    if http is None or "html" not in http.get("content-type", "").lower():
        return None
    return http


# ---------------------------------------------------------------------------- HTTP content

_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?\r?\n")


def _pieces(block: Block) -> Iterator[bytes]:
    while piece := block.read(CHUNK):
        yield piece


def _dechunked(block: Block) -> Iterator[bytes]:
    """HTTP chunked transfer coding undone, in bounded pieces.

    Data that turns out not to be chunked is taken as it is from there on, as
    warcio does (servers send plain bodies labelled chunked).
    """
    while True:
        line = block.readline(64)
        m = _CHUNK_SIZE.fullmatch(line)
        if m is None:
            yield line
            yield from _pieces(block)
            return
        left = int(m[1], 16)
        if left == 0:
            return
        while left:
            piece = block.read(min(left, CHUNK))
            if not piece:
                raise RecordProblem("HTTP content cut short (its last chunk is incomplete)")
            left -= len(piece)
            yield piece
        end = block.read(2)
        if end != b"\r\n":
            yield end
            yield from _pieces(block)
            return


def _inflater(first: bytes, wbits_to_try: tuple[int, ...]) -> Any:
    """A decompressor for content that starts with ``first``, or None when none of the formats fits its start."""
    for wbits in wbits_to_try:
        try:
            zlib.decompressobj(wbits).decompress(first, 1)  # a wrong format fails on its first bytes
        except zlib.error:
            continue
        return zlib.decompressobj(wbits)
    return None


def _inflated(pieces: Iterator[bytes], wbits_to_try: tuple[int, ...], coding: str) -> Iterator[bytes]:
    """Compressed HTTP content decompressed, in pieces of at most ``CHUNK`` bytes (a bomb is never held).

    Content that does not start as compressed data is taken as it is, as
    warcio does (servers mislabel plain content); content that breaks or ends
    part way is a rejected record.
    """
    first = b""
    while len(first) < 64 and (piece := next(pieces, None)) is not None:  # enough to judge the format by
        first += piece
    inflater = _inflater(first, wbits_to_try)
    if inflater is None:
        yield first
        yield from pieces
        return
    fed = 0
    for data in chain([first], pieces, [b""]):  # b"": the output zlib may still hold at the end
        fed += len(data)
        while not inflater.eof:
            try:
                out = inflater.decompress(data, CHUNK)
            except zlib.error as err:
                raise RecordProblem(f"corrupt {coding} content ({one_line(err)})") from err
            if out:
                yield out
            data = inflater.unconsumed_tail
            if not data and not out:
                break
        if inflater.eof:
            return
    if fed:
        raise RecordProblem(f"{coding} content cut short")


def _content_pieces(block: Block, http: dict[str, str]) -> Iterator[bytes]:
    """The content of an HTTP response in a block, transfer and content codings undone."""
    chunked = http.get("transfer-encoding", "").lower() == "chunked"
    pieces = _dechunked(block) if chunked else _pieces(block)
    coding = http.get("content-encoding", "").lower()
    if coding in ("gzip", "x-gzip"):
        return _inflated(pieces, (16 + zlib.MAX_WBITS,), coding)
    if coding == "deflate":
        return _inflated(pieces, (zlib.MAX_WBITS, -zlib.MAX_WBITS), coding)
    return pieces


def _joined(pieces: Iterable[bytes], limit: int) -> bytes | None:
    """The pieces joined, or None when they come to more than ``limit`` bytes (no more than that is read)."""
    parts = []
    size = 0
    for piece in pieces:
        parts.append(piece)
        size += len(piece)
        if size > limit:
            return None
    return b"".join(parts)


def http_content(block: Block, http: dict[str, str], limit: int) -> bytes | None:
    """The content of the HTTP response in ``block`` (its header ``http`` read), or None when it is over ``limit`` bytes.

    Raises ``RecordProblem`` when the content is corrupt or cut short.
    """
    return _joined(_content_pieces(block, http), limit)

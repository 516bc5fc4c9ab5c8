"""Bounded reading: files (gzipped or not) as streams that stop at a limit, lines, and JSON with limits.

No input may take the memory of a run, so nothing here reads without a
bound: a ``BoundedStream`` raises ``OverLimit`` past its limit (and stops a
gzip bomb sooner, by its expansion ratio), ``read_lines`` skips a line over
its limit in pieces instead of holding it, and ``load_json`` refuses JSON
nested deeper than ``MAX_JSON_DEPTH`` (the parser recurses once a level) and
numbers longer than ``MAX_JSON_DIGITS`` before they cost anything. Every
problem is an exception whose message is a reason a person can act on.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any, BinaryIO

from telisik.pages.encodings import one_line

MAX_JSON_DEPTH = 64  # nesting of one JSON line; deeper is hostile, not news
MAX_JSON_DIGITS = 100  # digits of one JSON number (Python refuses ints over 4,300 digits anyway)
MAX_GZIP_RATIO = 400  # news text gzips 3-10 times, HTML up to ~30; gzip cannot pass ~1,030
_RATIO_FLOOR = 64 * 1024 * 1024  # expansion is judged past this much output only
_GZIP_MAGIC = b"\x1f\x8b"

CHUNK = 64 * 1024  # what bounded reads read at a time


def size_text(n: int) -> str:
    """A size in a reason: "1.5 MB" (or "2,000 bytes": small limits read better in bytes than as "0.0 MB")."""
    if n < 100 * 1024:
        return f"{n:,} bytes"
    return f"{n / 1024 / 1024:.1f} MB"


def cannot_read(err: OSError) -> str:
    """The reason for a file that the system will not read."""
    return f"cannot read: {err.strerror or one_line(err)}"


# ---------------------------------------------------------------------------- bounded streams


class StreamError(Exception):
    """A container's bytes cannot be read on: cut short, corrupt, unreadable."""


class OverLimit(StreamError):
    """A container holds more bytes than a file may, once decompressed."""


class BoundedStream:
    """A file's (decompressed) bytes, read in bounded pieces.

    Decompression and read errors become ``StreamError`` with a reason, and
    reading past ``limit`` bytes in all raises ``OverLimit``, so that a
    decompression bomb stops at the limit instead of running on. A gzip file
    that expands more than ``MAX_GZIP_RATIO`` times (past ``_RATIO_FLOOR``) is
    stopped as a bomb sooner: text does not compress that well.
    """

    def __init__(self, fh: BinaryIO, limit: int, compressed: BinaryIO | None = None):
        self.fh = fh
        self.limit = limit
        self.compressed = compressed  # the gzip file itself, to measure the expansion
        self.total = 0
        self.next_ratio_check = _RATIO_FLOOR

    def read(self, size: int) -> bytes:
        return self._counted(self.fh.read, size)

    def readline(self, size: int) -> bytes:
        return self._counted(self.fh.readline, size)

    def blank_run(self) -> tuple[int, int]:
        """Take the blank lines ahead, whole lines at a time at C speed: (their bytes, their number).

        A JSON Lines file can be almost all newlines (64 MB of them gzip to 64 KB): read
        one ``readline`` each, they cost seconds a megabyte of input. Only what the
        stream has buffered is looked at (``peek``), so nothing past the run is taken.
        """
        peek = getattr(self.fh, "peek", None)
        size = lines = 0
        while peek is not None:
            ahead = self._uncounted(peek, CHUNK)[:CHUNK]
            blank = len(ahead) - len(ahead.lstrip(b" \t\r\n"))
            end = ahead.rfind(b"\n", 0, blank) + 1  # whole lines only: a run ends at its last newline
            if end == 0:
                break
            taken = self.read(end)
            size, lines = size + len(taken), lines + taken.count(b"\n")
            if end < len(ahead):
                break
        return size, lines

    def _uncounted(self, method: Callable[[int], bytes], size: int) -> bytes:
        """``method(size)``, its failures said as a ``StreamError``."""
        try:
            return method(size)
        except gzip.BadGzipFile as err:
            what = "not a valid gzip file, or a truncated one" if self.total == 0 else "truncated or corrupt gzip data"
            raise StreamError(f"{what} ({one_line(err)})") from err
        except (EOFError, zlib.error) as err:
            raise StreamError(f"truncated or corrupt gzip data ({one_line(err)})") from err
        except OSError as err:
            raise StreamError(cannot_read(err)) from err

    def seek(self, offset: int) -> None:
        self.fh.seek(offset)
        self.total = offset

    def _counted(self, method: Callable[[int], bytes], size: int) -> bytes:
        data = self._uncounted(method, size)
        self.total += len(data)
        if self.total > self.limit:
            what = "once decompressed" if self.compressed is not None else "in all"
            raise OverLimit(f"over the limit of {size_text(self.limit)} {what}")
        if self.compressed is not None and self.total > self.next_ratio_check:
            self.next_ratio_check = self.total + _RATIO_FLOOR // 16  # tell() is cheap, but not per line
            ratio = self.total / max(1, self.compressed.tell())
            if ratio > MAX_GZIP_RATIO:
                raise OverLimit(f"a decompression bomb ({size_text(self.total)} from {size_text(self.compressed.tell())} of gzip data)")
        return data


@contextmanager
def open_stream(path: Path, gz: bool, limit: int, plain_start: bytes | None = None) -> Iterator[BoundedStream]:
    """``path``'s bytes as a ``BoundedStream``, decompressed when ``gz`` (the name ends in .gz).

    ``plain_start``, for a format that is often misnamed (WARC): the bytes
    decide instead, decompressed if they start as gzip does, or if ``gz`` and
    they do not start with ``plain_start`` (a .warc.gz cut inside its gzip
    header is a truncated gzip file, not a WARC).
    Opening errors (no permission...) are OSError, for the caller to report.
    """
    with open(path, "rb") as fh:
        if plain_start is not None:
            head = fh.read(max(len(plain_start), len(_GZIP_MAGIC)))
            gz = head.startswith(_GZIP_MAGIC) or (gz and not head.startswith(plain_start))
            fh.seek(0)
        if not gz:
            yield BoundedStream(fh, limit)
            return
        with gzip.GzipFile(fileobj=fh, mode="rb") as unzipped:
            yield BoundedStream(unzipped, limit, compressed=fh)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Line:
    data: bytes | None  # None: longer than the limit, skipped unread
    size: int  # bytes in the file, line end included
    count: int = 1  # lines it stands for: a run of blank lines is one Line


def read_lines(stream: BoundedStream, limit: int) -> Iterator[Line]:
    """The lines of ``stream``; one longer than ``limit`` bytes is skipped in pieces, never held whole,
    and a run of blank lines comes as one blank ``Line`` counting them."""
    while True:
        size, count = stream.blank_run()
        if count:
            yield Line(b"", size, count)
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield Line(line, len(line))
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(CHUNK)
            if not line:
                break
            size += len(line)
        yield Line(None, size)


# ---------------------------------------------------------------------------- JSON with limits


class JSONProblem(Exception):
    """Why a JSON line is rejected."""


_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.?)*+(?:"|\Z)', re.DOTALL)  # possessive: linear on any input
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = [0] * 256
for _open_bracket in b"[{":
    _BRACKET_STEP[_open_bracket] = 1
for _close_bracket in b"]}":
    _BRACKET_STEP[_close_bracket] = -1


def _json_depth_over(text: str, limit: int) -> bool:
    """Whether JSON ``text`` nests arrays and objects deeper than ``limit``, judged without parsing it.

    The parser recurses once per level (RecursionError at ~1,000 levels, at a
    depth that depends on the caller's stack), and what it returns at a few
    hundred levels breaks whatever walks it later, so depth is checked first:
    strings are dropped (their brackets are text) and the brackets counted.
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text)).encode("ascii")
    return max(accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0) > limit


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_DIGITS:
        raise JSONProblem(f"JSON number longer than {MAX_JSON_DIGITS} digits")
    return int(text)


def _json_float(text: str) -> float:
    if len(text) > MAX_JSON_DIGITS + 10:
        raise JSONProblem(f"JSON number longer than {MAX_JSON_DIGITS} digits")
    value = float(text)
    if not math.isfinite(value):
        raise JSONProblem(f"JSON number out of range ({one_line(text, 40)})")
    return value


def _json_constant(name: str) -> Any:
    raise JSONProblem(f"not valid JSON ({name} is not a JSON value)")


def load_json(raw: bytes) -> Any:
    """A JSON line parsed with limits on depth and numbers; raises JSONProblem with the reason it is refused."""
    try:
        # surrogatepass: as json.loads reads bytes (lone surrogates are legal JSON; the writers escape them)
        text = raw.decode("utf-8", "surrogatepass").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        raise JSONProblem(f"not valid JSON ({err.__class__.__name__}: {err})") from err
    if _json_depth_over(text, MAX_JSON_DEPTH):
        raise JSONProblem(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(text, parse_int=_json_int, parse_float=_json_float, parse_constant=_json_constant)
    except json.JSONDecodeError as err:
        raise JSONProblem(f"not valid JSON ({err.__class__.__name__}: {err})") from err
    except RecursionError as err:  # not reached under the depth check; kept so that it can never escape
        raise JSONProblem(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from err

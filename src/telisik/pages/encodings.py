"""Bytes to text: byte order marks, declared charsets, detection, and telling binary files from pages.

Pages come in whatever encoding their site used, often mislabelled, and a
page read in the wrong encoding is silently wrong text. ``decode`` never
raises and never guesses silently: a UTF-16/32 byte order mark decides, then
UTF-8; otherwise the charsets the page (or its HTTP header) declares are tried
in order, as browsers read them (ISO-8859-1 is cp1252 in practice), and a
label no page can be in (rot13, base64, utf-7...) is passed over; otherwise
charset detection picks one, preferring cp1252 for the Latin-script pages
telisik reads. A page read any way but as UTF-8 carries a warning saying how.

``binary_reason`` keeps PDFs, images, archives and other binary files from
being read as text: a file signature or NUL and control bytes give them away.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Sequence

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

__all__ = ["binary_reason", "decode", "declared_charset", "http_charset", "one_line"]

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


def one_line(message: object, limit: int = 200) -> str:
    """An error message fit for a one-line reason (messages can quote input bytes)."""
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Byte order marks, UTF-32 first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# What codec lookups and decodes raise, whatever the codec (UnicodeError is a
# ValueError; 'undefined' raises a bare UnicodeError, odd codecs TypeError).
_CODEC_ERRORS = (LookupError, ValueError, TypeError, OverflowError)

# Text codecs a page may not choose: they turn escapes in the bytes into other
# characters (a page would be silently misread) or fail on every input.
_REFUSED_CODECS = {"undefined", "unicode-escape", "raw-unicode-escape", "utf-7", "idna", "punycode"}

# Labels browsers read as another encoding (the WHATWG Encoding Standard): a
# page labelled ISO-8859-1 is cp1252 in practice ("smart quotes" in 0x80-0x9F).
_WEB_ENCODINGS = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}
_LABELS = {"windows-874": "cp874", "x-sjis": "shift_jis", "x-gbk": "gbk"}  # web labels Python does not know

# A declared charset was found by reading the page as ASCII, so the codec must
# read ASCII as ASCII (this refuses EBCDIC, UTF-16 without a mark, UTF-7...).
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\r\n"

_DETECT_BYTES = 200_000  # what charset detection looks at
_MESS_MARGIN = 0.1  # how much messier than the detector's pick cp1252 may read and still be preferred


def _bom(data: bytes) -> tuple[str, str, int] | None:
    """(codec, name, length of the mark) of a UTF-16/32 byte order mark at the start of ``data``."""
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            return codec, name, len(mark)
    return None


@functools.lru_cache(maxsize=256)
def _page_codec(label: str) -> str | None:
    """The Python codec for a charset a page declares, or None when no page can be in it."""
    try:
        info = codecs.lookup(_LABELS.get(label.lower(), label))
    except _CODEC_ERRORS:
        return None
    # rot13, base64, zlib, hex, uu... are bytes-to-bytes or str-to-str codecs, not text encodings
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
        return None
    try:
        fits = _ASCII_PROBE.decode(info.name) == _ASCII_PROBE.decode("ascii")
    except _CODEC_ERRORS:
        return None
    return info.name if fits else None


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except _CODEC_ERRORS:
        return None


def _declared_names(declared: str | Sequence[str] | None) -> list[str]:
    if not declared:
        return []
    return [declared] if isinstance(declared, str) else [name for name in declared if name]


def _from_declared(data: bytes, names: list[str], notes: list[str]) -> tuple[str, str] | None:
    """(text, warning) from the first declared charset that fits; ``notes`` gets why the others were passed over."""
    for name in names:
        codec = _page_codec(name)
        if codec is None:
            notes.append(f"ignored the declared charset {one_line(name, 60)!r} (not a text encoding a page can be in)")
            continue
        web = _WEB_ENCODINGS.get(codec)
        for candidate in (web, codec) if web else (codec,):
            text = _try_decode(data, candidate)
            if text is not None:
                if candidate == codec:
                    return text, f"not UTF-8; decoded as {name}, as the page declares"
                return text, f"not UTF-8; decoded as {candidate}, as browsers read a page that declares {name}"
        notes.append(f"the declared charset {name!r} does not fit the bytes")
    return None


def _reads_as_well(text: str, chaos: float) -> bool:
    """Whether ``text`` is no messier than the detector's pick (whose mess ratio is ``chaos``), by the detector's measure."""
    try:
        return mess_ratio(text[:_DETECT_BYTES], 1.0) <= chaos + _MESS_MARGIN
    except Exception:  # noqa: BLE001 - a failing measure is no reason to prefer cp1252
        return False


def _detect(data: bytes) -> tuple[str | None, str | None]:
    """(codec, text) by charset detection: (None, None) when nothing fits, (codec, None) when it does not decode the whole.

    charset-normalizer often ranks cp1250 (or another code page) above cp1252
    when both decode the bytes ("naïve" becomes "naďve"), and even proposes
    UTF-16 for a short cp1252 text. Latin-1/cp1252 is what Indonesian and
    English pages use, so cp1252 wins whenever it decodes the bytes and reads
    no messier than the detector's pick; text in Cyrillic, Greek, CJK... reads
    as a mess of accented letters in cp1252, and keeps the detector's pick.
    """
    try:
        best = from_bytes(data[:_DETECT_BYTES]).best()
    except Exception:  # noqa: BLE001 - a detector failure means no encoding was found
        best = None
    if best is None or not best.encoding:
        return None, None
    if best.encoding != "cp1252":
        cp1252 = _try_decode(data, "cp1252")
        if cp1252 is not None and _reads_as_well(cp1252, best.chaos):
            return "cp1252", cp1252
    return best.encoding, _try_decode(data, best.encoding)


def decode(data: bytes, declared: str | Sequence[str] | None = None) -> tuple[str | None, list[str], str | None]:
    """Bytes to text: (text, warnings, reason it could not be decoded).

    A UTF-16/32 byte order mark decides; then UTF-8; otherwise the first
    charset the page declares that fits (``declared``: one name or several, in
    order of precedence), otherwise the one charset detection finds (cp1252 and
    latin-1 pages are common). A recovered page carries a warning saying how it
    was read. Never raises: a bogus or unknown declared charset is passed over.
    """
    bom = _bom(data)
    if bom is not None:
        bom_codec, name, size = bom
        text = _try_decode(data[size:], bom_codec)
        if text is None:
            return None, [], f"declares {name} (byte order mark) but is not valid {name}"
        return text, [f"decoded as {name} (byte order mark)"], None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), [], None
    except UnicodeDecodeError as err:
        first_bad = err.start
    notes: list[str] = []
    found = _from_declared(data, _declared_names(declared), notes)
    if found is not None:
        return found[0], [found[1], *notes], None
    codec, detected = _detect(data)
    if codec is None:
        return None, [], f"not valid UTF-8 (first bad byte at offset {first_bad}) and no other text encoding fits"
    if detected is None:
        return None, [], f"not valid UTF-8 (first bad byte at offset {first_bad}); {codec} does not fit either"
    return detected, [f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as {codec}", *notes], None


def _control_reason(head: str) -> str | None:
    """Why text that starts with ``head`` is binary (NULs, or mostly control characters), or None."""
    if "\x00" in head:
        return "binary file (contains NUL bytes), not a news page"
    if head:
        control = sum(c < "\t" or "\r" < c < " " for c in head)
        if control / len(head) > 0.05:
            return "binary file (mostly control bytes), not a news page"
    return None


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are not a text page, or None if they may be one."""
    bom = _bom(data)
    if bom is not None:
        # UTF-16/32 text is full of NUL bytes: judge its characters instead
        codec, _, size = bom
        return _control_reason(data[size : size + 16384].decode(codec, errors="replace"))
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({what}), not a news page"
    return _control_reason(data[:8192].decode("latin-1"))  # latin-1: one character per byte, as the bytes are


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its head (<meta charset>, <meta http-equiv>, <?xml encoding>), or None."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m[1].decode("ascii") if m else None


def http_charset(content_type: str) -> str | None:
    """The charset an HTTP Content-Type header states, or None."""
    m = _HTTP_CHARSET.search(content_type)
    return m[1] if m else None

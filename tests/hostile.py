"""Hostile input files for checking that bad input never stops a batch.

Each hostile class is a named generator: ``generator(ctx)`` writes one or more
files into ``ctx.folder`` and returns ``(path, expected)`` pairs, where
``expected`` is what a correct ``telisik analyze`` does with the file:

- ``analysed``: at least one article comes from it;
- ``rejected``: no article comes from it and it is listed under ``rejected``;
- ``either``: one of the two (it must be accounted for either way).

Everything is deterministic given the seed (``random.Random``). Every file name
starts with a token (``h000042-``, ``g000007-`` for good pages) so a file can be
found in the output whatever the rest of its name became (escaped, replaced).

Used by ``tests/test_fuzz.py`` (test-suite sizes, one of each class) and
``bench/robustness.py`` (bench sizes, thousands of variations). ``run_cli``
runs a telisik command as a child process and measures its peak memory.

    .venv/bin/python tests/hostile.py DIR [--class NAME ...] [--good N] [--seed S] [--bench-sizes]

writes a folder by hand (the good pages, then the classes named, else all).
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import io
import json
import os
import random
import re
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

Expected = Literal["analysed", "rejected", "either"]
Pair = tuple[Path, Expected]

# --------------------------------------------------------------------------- sizes


@dataclass(frozen=True)
class Sizes:
    """How big the expensive hostile inputs are."""

    attributes: int = 20_000  # attributes on one HTML element
    nesting: int = 100_000  # nested HTML tags
    json_depth: int = 1_000  # nested JSON arrays in an unused field
    comment_bytes: int = 5_000_000  # one HTML comment
    long_text_repeats: int = 25_000  # "Presiden Joko Widodo berkunjung ke Bandung. " times this
    bomb_bytes: int = 2 * 1024**3  # what a decompression bomb expands to
    warc_header_bytes: int = 300 * 1024**2  # header lines of one WARC record
    truncations: int = 6  # cut offsets per small container (0 = every offset)
    random_max: int = 4096  # largest random byte string


TEST_SIZES = Sizes()
BENCH_SIZES = Sizes(attributes=200_000, truncations=40)

# --------------------------------------------------------------------------- realistic pages

_CITIES = [
    "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Palembang", "Yogyakarta", "Denpasar", "Pontianak",
    "Manado", "Padang", "Balikpapan", "Kupang", "Ambon", "Jayapura", "Malang", "Bogor", "Cirebon", "Mataram", "Jambi",
]
_FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Yanti", "Hendra", "Rina", "Wahyu", "Wulan", "Andi", "Ratna", "Bambang", "Nurul", "Eko", "Fitri"]
_LAST = ["Santoso", "Rahayu", "Saputra", "Lestari", "Hidayat", "Kurniawan", "Wibowo", "Pratama", "Siregar", "Nasution", "Harahap", "Wijaya"]
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_OUTLETS = [("KOMPAS.com", "kompas.com"), ("TRIBUNNEWS.COM", "tribunnews.com"), ("ANTARA", "antaranews.com"), ("Liputan6.com", "liputan6.com")]

# (title, lead, quote, detail): {n} is the number that makes each article distinct
_STORIES = [
    (
        "Banjir Rendam {n} Rumah di {city}, Warga Mengungsi ke Masjid",
        "Banjir merendam {n} rumah warga di {city} setelah hujan deras mengguyur sejak {day} ({date}) malam.",
        "Air mulai masuk ke rumah warga sekitar pukul 22.00 WIB dan terus naik sampai pagi",
        "Petugas gabungan mendirikan dapur umum dan mengevakuasi warga lanjut usia dengan perahu karet.",
    ),
    (
        "Jembatan Senilai Rp {n} Miliar di {city} Diresmikan",
        "Pemerintah daerah meresmikan jembatan baru senilai Rp {n} miliar yang menghubungkan dua kecamatan di {city} pada {day} ({date}).",
        "Jembatan ini memangkas waktu tempuh warga dari satu jam menjadi lima belas menit",
        "Pembangunan jembatan dimulai dua tahun lalu dan sempat tertunda karena musim hujan yang panjang.",
    ),
    (
        "{n} Warga {city} Terserang Demam Berdarah Sejak Awal Tahun",
        "Dinas Kesehatan mencatat {n} warga {city} terserang demam berdarah sejak awal tahun hingga {day} ({date}).",
        "Kami meminta warga menguras bak mandi dan menutup tempat penampungan air setiap pekan",
        "Petugas puskesmas melakukan pengasapan di lingkungan yang melaporkan kasus baru dalam sepekan terakhir.",
    ),
    (
        "Kebakaran Pasar di {city}, {n} Kios Hangus Terbakar",
        "Kebakaran melanda pasar tradisional di {city} pada {day} ({date}) dini hari dan menghanguskan {n} kios pedagang.",
        "Api diduga berasal dari korsleting listrik di salah satu kios pakaian",
        "Sebanyak delapan mobil pemadam kebakaran dikerahkan dan api baru padam setelah tiga jam.",
    ),
    (
        "Harga Cabai Rawit di {city} Naik Jadi Rp {n}.000 per Kilogram",
        "Harga cabai rawit di pasar-pasar {city} naik menjadi Rp {n}.000 per kilogram pada {day} ({date}).",
        "Pasokan dari petani berkurang karena cuaca buruk selama dua pekan terakhir",
        "Pemerintah kota berencana menggelar operasi pasar untuk menekan harga dalam beberapa hari ke depan.",
    ),
    (
        "Festival Budaya {city} Dihadiri {n} Ribu Pengunjung",
        "Festival budaya tahunan di {city} yang berakhir pada {day} ({date}) dihadiri sekitar {n} ribu pengunjung.",
        "Festival ini menjadi ruang bagi seniman muda untuk tampil di depan penonton yang lebih luas",
        "Panitia menampilkan tari tradisional, pameran kerajinan, dan kuliner khas daerah selama tiga hari.",
    ),
]


@dataclass(frozen=True)
class NewsArticle:
    """A small, realistic Indonesian news article, distinct for each number ``i``."""

    i: int
    title: str
    city: str
    outlet: str
    domain: str
    author: str
    speaker: str
    published: str
    paragraphs: tuple[str, ...]

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")

    @property
    def url(self) -> str:
        return f"https://www.{self.domain}/read/{self.published[:10].replace('-', '/')}/{self.i}/{self.slug}"

    def text_page(self) -> str:
        """Scraped page text, with a byline and a line of chrome."""
        body = list(self.paragraphs)
        body.insert(2, f"Baca juga: Cuaca Ekstrem Diprediksi Melanda {self.city} Pekan Depan")
        day = datetime.date.fromisoformat(self.published[:10])
        dateline = f"{_DAYS[day.weekday()]}, {day.day} Mei 2025 {self.published[11:16]} WIB"
        return f"{self.title}\n\nPenulis: {self.author}\n{dateline}\n\n" + "\n\n".join(body) + "\n"

    def record(self) -> dict[str, str]:
        """A JSON Lines record."""
        return {
            "id": f"telisik-fuzz-{self.i}", "url": self.url, "outlet": self.outlet, "title": self.title,
            "published": self.published, "author": self.author, "text": "\n\n".join(self.paragraphs),
        }

    def html_page(self, charset: str = "utf-8", head: str = "") -> str:
        paras = "".join(f"<p>{p}</p>" for p in self.paragraphs)
        return (
            f'<!DOCTYPE html><html lang="id"><head><meta charset="{charset}"><title>{self.title}</title>'
            f'<meta property="og:title" content="{self.title}"><meta name="author" content="{self.author}">'
            f'<meta property="article:published_time" content="{self.published}">{head}</head>'
            f"<body><nav><a href='/'>Beranda</a> <a href='/news'>Berita</a></nav><article><h1>{self.title}</h1>"
            f"<p class='byline'>Penulis: {self.author}</p>{paras}</article><footer>Hak cipta dilindungi</footer></body></html>"
        )


def news_article(i: int) -> NewsArticle:
    """Article number ``i``: its title and numbers differ from every other number's."""
    rng = random.Random(f"news-{i}")
    title_t, lead_t, quote, detail = _STORIES[i % len(_STORIES)]
    city = rng.choice(_CITIES)
    outlet, domain = _OUTLETS[i % len(_OUTLETS)]
    day = 1 + rng.randrange(28)
    weekday = _DAYS[datetime.date(2025, 5, day).weekday()]
    hour = 8 + rng.randrange(10)
    n = 11 + i
    date = f"{day}/5/2025"
    speaker = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    fields = {"n": n, "city": city, "day": weekday, "date": date}
    paragraphs = (
        f"{city.upper()}, {outlet} - " + lead_t.format(**fields),
        f'"{quote}," kata {speaker}, pejabat pemerintah daerah {city}, kepada wartawan.',
        detail + f" Sebanyak {n + 3} petugas disiagakan di lokasi.",
        f"Menurut {speaker.split()[-1]}, pemerintah {city} akan mengevaluasi penanganan kejadian ini pekan depan.",
    )
    return NewsArticle(
        i=i, title=title_t.format(**fields), city=city, outlet=outlet, domain=domain,
        author=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", speaker=speaker,
        published=f"2025-05-{day:02d}T{hour:02d}:00:00+07:00", paragraphs=paragraphs,
    )


@dataclass(frozen=True)
class GoodPage:
    path: Path
    token: str
    title: str
    id: str | None  # the id a JSON Lines page gives, else None


def good_pages(folder: Path, n: int, first: int = 1) -> list[GoodPage]:
    """Write ``n`` realistic small Indonesian news pages (.txt and .jsonl alternately) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    for i in range(first, first + n):
        article = news_article(i)
        token = f"g{i:06d}"
        if i % 2:
            path = folder / f"{token}-{article.slug[:40]}.txt"
            path.write_text(article.text_page(), encoding="utf-8")
            pages.append(GoodPage(path, token, article.title, None))
        else:
            path = folder / f"{token}-{article.slug[:40]}.jsonl"
            record = article.record()
            path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
            pages.append(GoodPage(path, token, article.title, record["id"]))
    return pages


# --------------------------------------------------------------------------- writing context


class Numbering:
    """Numbers handed out once each: file tokens and hostile pages' articles, shared by the generators of a run."""

    def __init__(self, start: int = 1):
        self.next = start

    def take(self) -> int:
        n = self.next
        self.next += 1
        return n


@dataclass
class Ctx:
    """Where a generator writes, and what it may draw on."""

    folder: Path
    rng: random.Random
    outside: Path  # a folder that is not inside the input: where links outside it point
    sizes: Sizes = TEST_SIZES
    good: list[GoodPage] = field(default_factory=list)  # pages a forged id may copy
    counter: Numbering = field(default_factory=Numbering)
    article_base: int = 500_000  # hostile pages' own articles are numbered from here, apart from good pages

    def token(self) -> str:
        return f"h{self.counter.take():06d}"

    def path(self, stem: str, suffix: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder / f"{self.token()}-{stem}{suffix}"

    def write(self, stem: str, suffix: str, data: bytes) -> Path:
        path = self.path(stem, suffix)
        path.write_bytes(data)
        return path

    def article(self) -> NewsArticle:
        """A fresh article no other page of the run has (it takes a number from the token counter)."""
        return news_article(self.article_base + self.counter.take())


TOKEN = re.compile(r"(?:^|[/\\])([gh]\d{6})-")


def token_of(source: str) -> str | None:
    """The token of the file a source (path, path#record) names."""
    found = TOKEN.findall(source)
    return found[-1] if found else None


# --------------------------------------------------------------------------- containers


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def warc(records: list[tuple[str, str, bytes]], compress: bool) -> bytes:
    """A WARC (gzipped or plain) of a warcinfo record and one HTTP response per (url, content type, body)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("fuzz.warc", {"software": "telisik fuzz"}))
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def jsonl(records: Iterable[object]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def _article_warc(ctx: Ctx, compress: bool) -> bytes:
    a, b = ctx.article(), ctx.article()
    return warc([(a.url, "text/html; charset=utf-8", a.html_page().encode()), (b.url, "text/html", b.html_page().encode())], compress)


# --------------------------------------------------------------------------- decompression bombs


def _gf2_times(matrix: list[int], vector: int) -> int:
    total, i = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[i]
        vector >>= 1
        i += 1
    return total


def _gf2_square(matrix: list[int]) -> list[int]:
    return [_gf2_times(matrix, row) for row in matrix]


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of A + B from crc(A), crc(B) and len(B) (zlib's crc32_combine)."""
    if len2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]
    even = _gf2_square(odd)
    odd = _gf2_square(even)
    while True:
        even = _gf2_square(odd)
        if len2 & 1:
            crc1 = _gf2_times(even, crc1)
        len2 >>= 1
        if not len2:
            break
        odd = _gf2_square(even)
        if len2 & 1:
            crc1 = _gf2_times(odd, crc1)
        len2 >>= 1
        if not len2:
            break
    return crc1 ^ crc2


def _crc_repeated(unit: bytes, copies: int) -> int:
    """CRC-32 of ``unit * copies`` without making it."""
    result, power, power_len = 0, zlib.crc32(unit), len(unit)
    while copies:
        if copies & 1:
            result = crc32_combine(result, power, power_len)
        power = crc32_combine(power, power, power_len)
        power_len *= 2
        copies >>= 1
    return result


def _flushed_block(data: bytes) -> bytes:
    """Raw deflate blocks for ``data`` that refer to nothing before them and end byte-aligned."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)


def write_gzip_bomb(path: Path, prefix: bytes, unit: bytes, copies: int, suffix: bytes) -> int:
    """A valid gzip file of ``prefix + unit * copies + suffix``, written without making that.

    The unit is compressed once and its blocks repeated (each copy refers only
    to itself), so a 2 GB expansion costs a couple of MB on disk and no
    memory. Returns the expanded size.
    """
    block = _flushed_block(unit)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty last block
    size = len(prefix) + len(unit) * copies + len(suffix)
    crc = crc32_combine(crc32_combine(zlib.crc32(prefix), _crc_repeated(unit, copies), len(unit) * copies), zlib.crc32(suffix), len(suffix))
    with open(path, "wb") as fh:
        fh.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff")
        fh.write(_flushed_block(prefix))
        for start in range(0, copies, 256):
            fh.write(block * min(256, copies - start))
        fh.write(_flushed_block(suffix) + final)
        fh.write(struct.pack("<II", crc, size & 0xFFFFFFFF))
    return size


_MB = 1024 * 1024


def bomb_jsonl_gz(ctx: Ctx) -> list[Pair]:
    """One JSON line whose text is ~2 GB of spaces, 2 MB compressed."""
    path = ctx.path("bomb", ".jsonl.gz")
    write_gzip_bomb(path, b'{"title": "Bom", "text": "', b" " * _MB, max(1, ctx.sizes.bomb_bytes // _MB), b'"}\n')
    return [(path, "rejected")]


def bomb_html_gz(ctx: Ctx) -> list[Pair]:
    """An HTML page of ~2 GB once decompressed."""
    path = ctx.path("bomb", ".html.gz")
    write_gzip_bomb(path, b"<html><body><p>", b"<b>a</b>" * (_MB // 8), max(1, ctx.sizes.bomb_bytes // _MB), b"</p></body></html>")
    return [(path, "rejected")]


def bomb_warc_headers(ctx: Ctx) -> list[Pair]:
    """A .warc.gz whose first record's header block is hundreds of MB of header lines."""
    path = ctx.path("header-bomb", ".warc.gz")
    line = b"X-Padding: " + b"a" * 51 + b"\r\n"  # 64 bytes
    prefix = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://bom.example/\r\n"
    suffix = b"Content-Type: application/http; msgtype=response\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    write_gzip_bomb(path, prefix, line * (_MB // len(line)), max(1, ctx.sizes.warc_header_bytes // _MB), suffix)
    return [(path, "rejected")]


# --------------------------------------------------------------------------- empty, random, binary

PAGE_SUFFIXES = [".txt", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".warc"]
ALL_SUFFIXES = PAGE_SUFFIXES + [s + ".gz" for s in PAGE_SUFFIXES]


def empty_files(ctx: Ctx) -> list[Pair]:
    """Zero bytes under each suffix, and gzip files that hold nothing."""
    pairs: list[Pair] = [(ctx.write("empty", s, b""), "rejected") for s in ALL_SUFFIXES]
    pairs += [(ctx.write("empty-inside", s, gz(b"")), "rejected") for s in (".txt.gz", ".jsonl.gz", ".warc.gz", ".html.gz")]
    pairs.append((ctx.write("blank", ".txt", b" \n\t\r\n" * 100), "rejected"))
    return pairs


def _random_bytes(rng: random.Random, most: int) -> bytes:
    return rng.randbytes(rng.randrange(1, most + 1))


def random_bytes(ctx: Ctx) -> list[Pair]:
    """Random bytes under every suffix; the .gz ones alternate raw noise and gzipped noise."""
    pairs: list[Pair] = []
    for suffix in ALL_SUFFIXES:
        data = _random_bytes(ctx.rng, ctx.sizes.random_max)
        if suffix.endswith(".gz") and ctx.rng.random() < 0.5:
            data = gz(data)
        pairs.append((ctx.write("random", suffix, data), "either"))
    return pairs


def _zip_of_article(ctx: Ctx) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("artikel.txt", ctx.article().text_page())
    return buf.getvalue()


def binary_signatures(ctx: Ctx) -> list[Pair]:
    """PDF, PNG, ELF and zip files under text suffixes."""
    noise = ctx.rng.randbytes(2000)
    blobs = {
        "pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + noise,
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise,
        "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(8) + noise,
        "zip": _zip_of_article(ctx),
    }
    pairs: list[Pair] = []
    for i, (kind, data) in enumerate(blobs.items()):
        for suffix in (".txt", ".html", [".jsonl", ".warc", ".htm", ".json"][i]):
            pairs.append((ctx.write(kind, suffix, data), "rejected"))
    return pairs


# --------------------------------------------------------------------------- truncations


def _cut_offsets(rng: random.Random, size: int, how_many: int) -> list[int]:
    """Offsets to cut a file of ``size`` bytes at: all of them, or the ends, the middle, the gzip trailer and a sample."""
    if how_many <= 0 or how_many >= size - 1:
        return list(range(1, size))
    fixed = {1, size // 2, size - 1, max(1, size - 8)}
    rest = rng.sample(range(1, size), min(size - 1, max(0, how_many - len(fixed))))
    return sorted(fixed | set(rest))


def _truncations(ctx: Ctx, stem: str, suffix: str, data: bytes) -> list[Pair]:
    return [(ctx.write(f"{stem}-cut{n}", suffix, data[:n]), "either") for n in _cut_offsets(ctx.rng, len(data), ctx.sizes.truncations)]


def warc_whole_gzip(ctx: Ctx) -> list[Pair]:
    """A WARC gzipped as one member (``gzip file.warc``), not a member a record, as warcio wants; and one cut short."""
    data = gz(_article_warc(ctx, compress=False))
    return [(ctx.write("whole-gzip", ".warc.gz", data), "either"), (ctx.write("whole-gzip-cut", ".warc.gz", data[: len(data) * 2 // 3]), "either")]


def truncated_warc(ctx: Ctx) -> list[Pair]:
    return _truncations(ctx, "warc", ".warc", _article_warc(ctx, compress=False))


def truncated_warc_gz(ctx: Ctx) -> list[Pair]:
    return _truncations(ctx, "warc", ".warc.gz", _article_warc(ctx, compress=True))


def truncated_jsonl(ctx: Ctx) -> list[Pair]:
    return _truncations(ctx, "lines", ".jsonl", jsonl([ctx.article().record(), ctx.article().record()]))


def truncated_jsonl_gz(ctx: Ctx) -> list[Pair]:
    return _truncations(ctx, "lines", ".jsonl.gz", gz(jsonl([ctx.article().record(), ctx.article().record()])))


def truncated_html_gz(ctx: Ctx) -> list[Pair]:
    return _truncations(ctx, "page", ".html.gz", gz(ctx.article().html_page().encode()))


# --------------------------------------------------------------------------- JSON lines


def _line_with(ctx: Ctx, **extra: object) -> dict[str, object]:
    return {**ctx.article().record(), **extra}


def _nested(depth: int, kind: str) -> str:
    if kind == "array":
        return "[" * depth + "1" + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def json_deep(ctx: Ctx) -> list[Pair]:
    """A good line with arrays and objects nested ~1000 (and 100 times that) deep in an unused field."""
    depth = ctx.sizes.json_depth
    pairs: list[Pair] = []
    for d, kind in ((depth, "array"), (depth, "object"), (100 * depth, "array")):
        record = json.dumps(ctx.article().record(), ensure_ascii=False)
        line = record[:-1] + ', "extra": ' + _nested(d, kind) + "}\n"
        pairs.append((ctx.write(f"deep-{kind}{d}", ".jsonl", line.encode()), "either"))
    return pairs


def json_bignum(ctx: Ctx) -> list[Pair]:
    """A good line with a 5,000-digit number (and a 1e999999 float) in unused fields."""
    digits = "".join(ctx.rng.choice("0123456789") for _ in range(5000)).lstrip("0") or "7"
    lines = []
    for number in (digits, "-" + digits, "1e999999", "0." + digits):
        record = json.dumps(ctx.article().record(), ensure_ascii=False)
        lines.append(record[:-1] + f', "views": {number}' + "}")
    return [(ctx.write(f"bignum{i}", ".jsonl", (line + "\n").encode()), "either") for i, line in enumerate(lines)]


def json_lone_surrogate(ctx: Ctx) -> list[Pair]:
    """Lone surrogates as JSON escapes, in the title, the author and the text."""
    pairs: list[Pair] = []
    for field_name in ("title", "author", "text"):
        record = ctx.article().record()
        line = json.dumps(record, ensure_ascii=True)
        escaped = json.dumps(record[field_name], ensure_ascii=True)
        line = line.replace(escaped, escaped[:-1] + '\\ud800y x\\udfff"', 1)
        pairs.append((ctx.write(f"surrogate-{field_name}", ".jsonl", (line + "\n").encode()), "either"))
    return pairs


def json_non_object(ctx: Ctx) -> list[Pair]:
    """Lines that are JSON but not objects."""
    text = ctx.article().record()["text"]
    lines = ["[]", '"a string"', "42", "null", "true", json.dumps([{"text": text}]), json.dumps(text)]
    return [(ctx.write("non-object", ".jsonl", ("\n".join(lines) + "\n").encode()), "rejected")]


def json_long_text(ctx: Ctx) -> list[Pair]:
    """A line whose text is over 1,000,000 characters."""
    text = "Presiden Joko Widodo berkunjung ke Bandung. " * ctx.sizes.long_text_repeats
    record = {"id": f"long-{ctx.rng.randrange(10**9)}", "title": "Kunjungan Presiden ke Bandung", "published": "2025-05-12", "text": text}
    # its NLP takes most of the page's time budget (``limits.DEFAULT_PAGE_SECONDS``, wall clock) on a quiet 2-core
    # machine, so on a loaded one it may be rejected for time: either is right, a crash or a lost line is not
    return [(ctx.write("long-text", ".jsonl", jsonl([record])), "either")]


def json_nul_id(ctx: Ctx) -> list[Pair]:
    """NUL in the id, the title and the url."""
    return [
        (ctx.write("nul-id", ".jsonl", jsonl([_line_with(ctx, id="a\u0000b")])), "either"),
        (ctx.write("nul-title", ".jsonl", jsonl([_line_with(ctx, title="Judul\u0000Berita", url="https://a.example/\u0000x")])), "either"),
    ]


def txt_page_id(text: str, url: str = "") -> str:
    """The id telisik gives a page without one (mirrors ``telisik.pages.assemble.article_id``: sha1 of url, newline, text)."""
    import hashlib

    return hashlib.sha1(url.encode() + b"\n" + text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def json_forged_id(ctx: Ctx) -> list[Pair]:
    """Lines whose id is another page's: a good JSON page's, a good text page's, and each other's."""
    given = next((g.id for g in ctx.good if g.id), "telisik-fuzz-2")
    text_page = next((g for g in ctx.good if g.id is None), None)
    hashed = txt_page_id(text_page.path.read_text(encoding="utf-8")) if text_page else "0123456789abcdef"
    shared = f"shared-{ctx.rng.randrange(10**6)}"
    lines = [_line_with(ctx, id=given), _line_with(ctx, id=hashed), _line_with(ctx, id=shared), _line_with(ctx, id=shared)]
    return [(ctx.write("forged-id", ".jsonl", jsonl(lines)), "either")]


def json_no_text(ctx: Ctx) -> list[Pair]:
    """Lines with neither text nor html (or with them empty or of the wrong type)."""
    a = ctx.article()
    lines = [{"title": a.title}, {"title": a.title, "text": 5}, {"html": ["<p>x</p>"]}, {"text": "   ", "html": ""}, {"text": None}]
    return [(ctx.write("no-text", ".jsonl", jsonl(lines)), "rejected")]


def json_field_types(ctx: Ctx) -> list[Pair]:
    """A good text with every other field of the wrong type."""
    odd: list[object] = [12345, ["a", {"b": 1}], {"x": [1, 2]}, True, 1.5e308, "", "\u0000"]
    pairs: list[Pair] = []
    for i, value in enumerate(odd):
        fields_ = ("id", "url", "outlet", "title", "published", "author", "authors", "editors")
        record = {**ctx.article().record(), **{k: value for k in fields_}}
        pairs.append((ctx.write(f"types{i}", ".jsonl", jsonl([record])), "either"))
    return pairs


# --------------------------------------------------------------------------- encodings

_DIACRITIC_PARAGRAPH = "Seorang turis yang naïve memesan café au lait di kafe itu, dan pemiliknya tersenyum ramah kepada tamu."


def _accented_text(ctx: Ctx, quotes: bool) -> str:
    a = ctx.article()
    title = a.title.replace(" di ", " “di” " if quotes else " di ", 1)
    return a.text_page().replace(a.title, title, 1) + "\n" + _DIACRITIC_PARAGRAPH + "\n"


def enc_declared_charset(ctx: Ctx) -> list[Pair]:
    """<meta charset="undefined"> (and other codecs that fail oddly) on a page with a non-UTF-8 byte."""
    pairs: list[Pair] = []
    for charset in ("undefined", "idna", "punycode", "utf-7", "unicode_escape", "rot13"):
        html = ctx.article().html_page(charset=charset).replace("</p>", " Kafe milik Andr\xe9.</p>", 1)
        expected: Expected = "analysed" if charset == "undefined" else "either"
        pairs.append((ctx.write(f"charset-{charset}", ".html", html.encode("latin-1", "replace")), expected))
    return pairs


def enc_utf16_bom(ctx: Ctx) -> list[Pair]:
    """UTF-16 pages with a byte order mark, both byte orders, text and HTML (each a different article)."""
    html = ctx.article().html_page(charset="utf-16")
    return [(ctx.write("utf16le", ".txt", _accented_text(ctx, quotes=True).encode("utf-16")), "analysed"),
            (ctx.write("utf16be", ".txt", b"\xfe\xff" + _accented_text(ctx, quotes=True).encode("utf-16-be")), "analysed"),
            (ctx.write("utf16", ".html", html.encode("utf-16")), "analysed")]


def enc_utf32_bom(ctx: Ctx) -> list[Pair]:
    """UTF-32 pages with a byte order mark, both byte orders."""
    return [(ctx.write("utf32le", ".txt", _accented_text(ctx, quotes=True).encode("utf-32")), "either"),
            (ctx.write("utf32be", ".txt", b"\x00\x00\xfe\xff" + _accented_text(ctx, quotes=True).encode("utf-32-be")), "either")]


def enc_cp1252(ctx: Ctx) -> list[Pair]:
    return [(ctx.write("cp1252", ".txt", _accented_text(ctx, quotes=True).encode("cp1252")), "analysed")]


def enc_latin1(ctx: Ctx) -> list[Pair]:
    return [(ctx.write("latin1", ".txt", _accented_text(ctx, quotes=False).encode("latin-1")), "analysed")]


def enc_mixed(ctx: Ctx) -> list[Pair]:
    """UTF-8 paragraphs, then a cp1252 one, then UTF-16 bytes."""
    data = ctx.article().text_page().encode() + _DIACRITIC_PARAGRAPH.encode("cp1252") + b"\n" + "Kota “Kembang”".encode("utf-16-le")
    return [(ctx.write("mixed", ".txt", data), "either")]


_BAD_UTF8 = [b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\xc0\xaf", b"\xff", b"\xf4\x90\x80\x80", b"\x80\x80"]


def enc_invalid_utf8(ctx: Ctx) -> list[Pair]:
    """A page with invalid UTF-8 sequences (overlong, surrogates, cut, out of range) spread through it."""
    data = bytearray(ctx.article().text_page().encode())
    for bad in _BAD_UTF8:
        at = ctx.rng.randrange(len(data))
        while at < len(data) and data[at] >= 0x80:  # not inside a character
            at += 1
        data[at:at] = bad
    return [(ctx.write("bad-utf8", ".txt", bytes(data)), "either"), (ctx.write("bad-utf8", ".html", b"<html><body><p>" + bytes(data) + b"</p></body></html>"), "either")]


# --------------------------------------------------------------------------- HTML


def _html_with(ctx: Ctx, inside_body: str, stem: str) -> Path:
    page = ctx.article().html_page().replace("<article>", inside_body + "<article>", 1)
    return ctx.write(stem, ".html", page.encode())


def html_many_attributes(ctx: Ctx) -> list[Pair]:
    attrs = " ".join(f'data-a{i}="{i}"' for i in range(ctx.sizes.attributes))
    return [(_html_with(ctx, f"<div {attrs}>x</div>", "attributes"), "either")]


def html_deep_nesting(ctx: Ctx) -> list[Pair]:
    n = ctx.sizes.nesting
    return [(_html_with(ctx, "<div>" * n + "dalam" + "</div>" * n, "nested-div"), "either"),
            (_html_with(ctx, "<b><i>" * (n // 2), "nested-unclosed"), "either")]


def html_huge_comment(ctx: Ctx) -> list[Pair]:
    comment = "<!-- " + "komentar " * (ctx.sizes.comment_bytes // 9) + "-->"
    unclosed = "<!-- " + "x" * (ctx.sizes.comment_bytes // 5)
    return [(_html_with(ctx, comment, "comment"), "either"), (ctx.write("comment-unclosed", ".html", (ctx.article().html_page() + unclosed).encode()), "either")]


def html_script_only(ctx: Ctx) -> list[Pair]:
    script = "<script>" + "var berita = 'Banjir melanda kota pada Senin malam.';\n" * 200 + "</script>"
    page = f"<!DOCTYPE html><html><head>{script}</head><body>{script}<noscript></noscript></body></html>"
    return [(ctx.write("script-only", ".html", page.encode()), "rejected")]


def html_unclosed(ctx: Ctx) -> list[Pair]:
    a = ctx.article()
    page = "<html><head><title>" + a.title + "<body><article><h1>" + a.title + "".join(f"<p>{p}<div><span>" for p in a.paragraphs)
    return [(ctx.write("unclosed", ".html", page.encode()), "either"), (ctx.write("lt", ".html", ("<" + "<p " * 5000).encode()), "either")]


def html_nul(ctx: Ctx) -> list[Pair]:
    """NUL bytes in the middle of a page (past the first 8 KB too)."""
    a = ctx.article()
    html = a.html_page().encode()
    middle = html[: len(html) // 2] + b"\x00\x00" + html[len(html) // 2 :]
    late = html.replace(b"</article>", b"<p>" + b"padding " * 2000 + b"\x00</p></article>")
    return [(ctx.write("nul-middle", ".html", middle), "either"), (ctx.write("nul-late", ".html", late), "either"),
            (ctx.write("nul-text", ".txt", a.text_page().replace(". ", ".\x00 ").encode()), "either")]


# --------------------------------------------------------------------------- names and links


def name_not_utf8(ctx: Ctx) -> list[Pair]:
    """A file name that is not UTF-8 (bytes b"x\\xff.txt"), written through a bytes path."""
    folder = os.fsencode(ctx.folder)
    ctx.folder.mkdir(parents=True, exist_ok=True)
    name = os.fsencode(ctx.token()) + b"-x\xff\xfe.txt"
    with open(os.path.join(folder, name), "wb") as fh:
        fh.write(ctx.article().text_page().encode())
    return [(Path(os.fsdecode(os.path.join(folder, name))), "either")]


def name_escape(ctx: Ctx) -> list[Pair]:
    """Names with terminal escape sequences: one good page, one empty (rejected, so its name is reported)."""
    good = ctx.write("\x1b[31mred\x1b[0m", ".txt", ctx.article().text_page().encode())
    empty = ctx.write("\x1b]0;owned\x07\x1b[2Jclear", ".txt", b"")
    return [(good, "either"), (empty, "rejected")]


def link_outside(ctx: Ctx) -> list[Pair]:
    """Links to files outside the folder: /etc/passwd as passwd.txt, and an article beside the folder."""
    ctx.outside.mkdir(parents=True, exist_ok=True)
    target = ctx.outside / f"outside-{ctx.counter.take()}.txt"
    target.write_text(ctx.article().text_page(), encoding="utf-8")
    pairs: list[Pair] = []
    link = ctx.path("outside-article", ".txt")
    link.symlink_to(target)
    pairs.append((link, "rejected"))
    if Path("/etc/passwd").is_file():
        passwd = ctx.path("passwd", ".txt")
        passwd.symlink_to("/etc/passwd")
        pairs.append((passwd, "rejected"))
    return pairs


def link_dangling(ctx: Ctx) -> list[Pair]:
    link = ctx.path("dangling", ".txt")
    link.symlink_to(ctx.folder / "no-such-target.txt")
    return [(link, "rejected")]


def link_loop(ctx: Ctx) -> list[Pair]:
    a, b = ctx.path("loop-a", ".txt"), ctx.path("loop-b", ".txt")
    a.symlink_to(b.name)
    b.symlink_to(a.name)
    itself = ctx.path("loop-self", ".html")
    itself.symlink_to(itself.name)
    return [(a, "rejected"), (b, "rejected"), (itself, "rejected")]


def link_inside(ctx: Ctx) -> list[Pair]:
    """A link to a page inside the folder: the page is analysed, the link is a duplicate or read as one."""
    target = ctx.write("link-target", ".txt", ctx.article().text_page().encode())
    link = ctx.path("link-to-target", ".txt")
    link.symlink_to(target.name)
    return [(target, "analysed"), (link, "either")]


# --------------------------------------------------------------------------- untrusted page text

_ESCAPES = ["\x1b[31m", "\x1b[0m", "\x1b]0;judul\x07", "\x1b[2J", "\x1b[1A\x1b[2K", "\x02", "\x03", "\x9b31m", "\x1b]8;;http://x.example\x1b\\tautan\x1b]8;;\x1b\\"]


def _sprinkle(rng: random.Random, text: str, bits: list[str], times: int) -> str:
    chars = list(text)
    for _ in range(times):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(bits))
    return "".join(chars)


def text_escapes(ctx: Ctx) -> list[Pair]:
    """Page text (title, body, outlet, author) carrying terminal escape sequences and the search markers \\x02 \\x03."""
    a = ctx.article()
    page = _sprinkle(ctx.rng, a.text_page(), _ESCAPES, 12).replace(a.title, "\x1b[31m" + a.title + "\x1b[0m \x02cari\x03", 1)
    b = ctx.article()
    record = {**b.record(), "title": "\x1b[1m" + b.title + "\x02\x03", "outlet": "\x1b[32mKOMPAS\x1b[0m", "author": "Andi\x1b[2J"}
    record["text"] = _sprinkle(ctx.rng, record["text"], _ESCAPES, 12)
    return [(ctx.write("escapes", ".txt", page.encode()), "either"), (ctx.write("escapes", ".jsonl", jsonl([record])), "either")]


def text_pathological(ctx: Ctx) -> list[Pair]:
    """Text whose shapes made a regular expression or the tokenizer quadratic: a line of brackets around a
    name (one 'word' of 20,000 characters), a run of spaces and dashes, a chain of "1." """
    pages = []
    for name, filler in (("brackets", "(" * 10000 + "Jakarta" + ")" * 10000), ("dashes", "- " * 20000 + "x"),
                         ("numbering", "1." * 20000 + "x")):
        a = ctx.article()
        pages.append((ctx.write(f"pathological-{name}", ".txt", a.text_page().replace("\n\n", f"\n\n{filler}\n\n", 2).encode()),
                      "analysed"))
    return pages


# --------------------------------------------------------------------------- mutated good pages


def _page_bytes(ctx: Ctx) -> tuple[str, bytes]:
    """A good page in a random format: (suffix, bytes)."""
    a = ctx.article()
    kind = ctx.rng.choice(["txt", "html", "jsonl", "jsonl.gz", "warc", "warc.gz", "txt.gz"])
    if kind.startswith("warc"):
        return "." + kind, _article_warc(ctx, compress=kind.endswith(".gz"))
    raw = {"txt": a.text_page().encode(), "html": a.html_page().encode(), "jsonl": jsonl([a.record(), ctx.article().record()])}[kind.split(".")[0]]
    return "." + kind, gz(raw) if kind.endswith(".gz") else raw


def _bitflips(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(1 + rng.randrange(1 + len(out) // 200)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _cut(rng: random.Random, data: bytes) -> bytes:
    a = rng.randrange(len(data))
    b = min(len(data), a + 1 + rng.randrange(len(data) // 4 + 1))
    return data[:a] + data[b:]


def _duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    a = rng.randrange(len(data))
    chunk = data[a : a + 1 + rng.randrange(512)]
    at = rng.randrange(len(data) + 1)
    return data[:at] + chunk * (1 + rng.randrange(20)) + data[at:]


def _control_chars(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(1 + rng.randrange(30)):
        out.insert(rng.randrange(len(out) + 1), rng.choice([0, 1, 2, 3, 7, 8, 11, 12, 13, 27, 127, 0x85, 0x9B]))
    return bytes(out)


def _mutated(ctx: Ctx, stem: str, mutate: Callable[[random.Random, bytes], bytes]) -> list[Pair]:
    suffix, data = _page_bytes(ctx)
    return [(ctx.write(stem, suffix, mutate(ctx.rng, data)), "either")]


def mutate_bitflip(ctx: Ctx) -> list[Pair]:
    return _mutated(ctx, "bitflip", _bitflips)


def mutate_cut(ctx: Ctx) -> list[Pair]:
    return _mutated(ctx, "cut", _cut)


def mutate_duplicate_chunk(ctx: Ctx) -> list[Pair]:
    return _mutated(ctx, "dupchunk", _duplicate_chunk)


def mutate_control_chars(ctx: Ctx) -> list[Pair]:
    return _mutated(ctx, "control", _control_chars)


_KEYS = ["id", "url", "outlet", "title", "published", "author", "authors", "editors", "text", "html", "x", "", "\u0000"]


def _random_json(rng: random.Random, depth: int) -> object:
    pick = rng.randrange(9 if depth > 0 else 6)
    if pick == 0:
        return None
    if pick == 1:
        return rng.choice([True, False])
    if pick == 2:
        return rng.choice([0, -1, 2**63, 10**30, 1.5, -0.0, float("inf"), float("nan")])
    if pick <= 5:
        return rng.choice(["", "Banjir di Bandung pada Senin (12/5/2025).", "\u0000", "\ud800", "\x1b[31m", "<p>x</p>", "2025-13-45", "a" * 1000])
    if pick <= 6:
        return [_random_json(rng, depth - 1) for _ in range(rng.randrange(4))]
    return {rng.choice(_KEYS): _random_json(rng, depth - 1) for _ in range(rng.randrange(6))}


def random_json(ctx: Ctx) -> list[Pair]:
    """Lines of random JSON structures, some of them objects with the fields telisik reads, of any type."""
    lines = []
    for _ in range(1 + ctx.rng.randrange(5)):
        value = _random_json(ctx.rng, 4)
        if ctx.rng.random() < 0.5:
            value = {**ctx.article().record(), ctx.rng.choice(_KEYS): value}
        lines.append(json.dumps(value, ensure_ascii=ctx.rng.random() < 0.5))
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    suffix = ctx.rng.choice([".jsonl", ".ndjson", ".jsonl.gz"])
    return [(ctx.write("random-json", suffix, gz(data) if suffix.endswith(".gz") else data), "either")]


# --------------------------------------------------------------------------- the registry


@dataclass(frozen=True)
class HostileClass:
    name: str
    write: Callable[[Ctx], list[Pair]]
    heavy: bool = False  # slow to analyse or large: a few instances in the bench
    bomb: bool = False  # a decompression bomb: tests run it on its own


def _classes() -> dict[str, HostileClass]:
    entries = [
        HostileClass("empty_files", empty_files),
        HostileClass("random_bytes", random_bytes),
        HostileClass("binary_signatures", binary_signatures),
        HostileClass("warc_whole_gzip", warc_whole_gzip),
        HostileClass("truncated_warc", truncated_warc),
        HostileClass("truncated_warc_gz", truncated_warc_gz),
        HostileClass("truncated_jsonl", truncated_jsonl),
        HostileClass("truncated_jsonl_gz", truncated_jsonl_gz),
        HostileClass("truncated_html_gz", truncated_html_gz),
        HostileClass("json_deep", json_deep),
        HostileClass("json_bignum", json_bignum),
        HostileClass("json_lone_surrogate", json_lone_surrogate),
        HostileClass("json_non_object", json_non_object),
        HostileClass("json_long_text", json_long_text, heavy=True),
        HostileClass("json_nul_id", json_nul_id),
        HostileClass("json_forged_id", json_forged_id),
        HostileClass("json_no_text", json_no_text),
        HostileClass("json_field_types", json_field_types),
        HostileClass("enc_declared_charset", enc_declared_charset),
        HostileClass("enc_utf16_bom", enc_utf16_bom),
        HostileClass("enc_utf32_bom", enc_utf32_bom),
        HostileClass("enc_cp1252", enc_cp1252),
        HostileClass("enc_latin1", enc_latin1),
        HostileClass("enc_mixed", enc_mixed),
        HostileClass("enc_invalid_utf8", enc_invalid_utf8),
        HostileClass("html_many_attributes", html_many_attributes, heavy=True),
        HostileClass("html_deep_nesting", html_deep_nesting, heavy=True),
        HostileClass("html_huge_comment", html_huge_comment, heavy=True),
        HostileClass("html_script_only", html_script_only),
        HostileClass("html_unclosed", html_unclosed),
        HostileClass("html_nul", html_nul),
        HostileClass("bomb_jsonl_gz", bomb_jsonl_gz, heavy=True, bomb=True),
        HostileClass("bomb_html_gz", bomb_html_gz, heavy=True, bomb=True),
        HostileClass("bomb_warc_headers", bomb_warc_headers, heavy=True, bomb=True),
        HostileClass("name_not_utf8", name_not_utf8),
        HostileClass("name_escape", name_escape),
        HostileClass("link_outside", link_outside),
        HostileClass("link_dangling", link_dangling),
        HostileClass("link_loop", link_loop),
        HostileClass("link_inside", link_inside),
        HostileClass("text_escapes", text_escapes),
        HostileClass("text_pathological", text_pathological, heavy=True),
        HostileClass("mutate_bitflip", mutate_bitflip),
        HostileClass("mutate_cut", mutate_cut),
        HostileClass("mutate_duplicate_chunk", mutate_duplicate_chunk),
        HostileClass("mutate_control_chars", mutate_control_chars),
        HostileClass("random_json", random_json),
    ]
    return {c.name: c for c in entries}


CLASSES = _classes()


class Case(NamedTuple):
    cls: str
    path: Path
    expected: Expected


def write_class(name: str, ctx: Ctx) -> list[Case]:
    """Write one instance of the class ``name`` (a generator may write several files)."""
    return [Case(name, path, expected) for path, expected in CLASSES[name].write(ctx)]


def write_classes(folder: Path, outside: Path, names: Iterable[str], seed: int = 0, sizes: Sizes = TEST_SIZES,
                  good: list[GoodPage] | None = None, counter: Numbering | None = None) -> list[Case]:
    """One instance of each class named, each in ``folder/NAME/`` and drawing on its own seeded generator.

    ``outside`` is a folder that is not inside the input given to telisik: links "outside the folder" point there.
    """
    counter = counter or Numbering()
    cases: list[Case] = []
    for name in names:
        ctx = Ctx(folder / name, random.Random(f"{seed}-{name}"), outside, sizes, good or [], counter)
        cases += write_class(name, ctx)
    return cases


# --------------------------------------------------------------------------- running telisik


@dataclass(repr=False)
class Run:
    """A finished child process: exit code, output, time and peak memory."""

    args: list[str]
    rc: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_mb: float
    killed: str | None = None  # why the watchdog killed it

    def __repr__(self) -> str:
        return f"Run(rc={self.rc}, {self.seconds:.1f} s, {self.max_rss_mb:.0f} MB, killed={self.killed!r})"

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.stderr

    def last_error_line(self) -> str:
        """The line that says what went wrong: the exception of a traceback, else the last line of stderr."""
        if self.killed:
            return self.killed
        lines = [ln for ln in self.stderr.splitlines() if ln.strip()]
        errors = [i for i, ln in enumerate(lines) if re.match(r"^[A-Za-z_.]+(Error|Exception|Exit|Interrupt)\b", ln)]
        if not errors:
            return (lines or [f"exit {self.rc}"])[-1][:300]
        frames = [m for ln in lines[: errors[-1]] if (m := re.match(r'\s*File "(.+)", line (\d+), in (\S+)', ln))]
        where = f" (at {Path(frames[-1][1]).name}:{frames[-1][2]} in {frames[-1][3]})" if frames else ""
        return lines[errors[-1]][:300] + where


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / _MB
    except (OSError, ValueError, IndexError):
        return 0.0


def peak_mb(pid: int | str = "self") -> float:
    """A process's own peak memory in MB (VmHWM; a process forked from a big one does not carry
    its peak, as ``ru_maxrss`` does), or 0 when it cannot be read (a process that has ended).
    Self-contained: child scripts run its source (``inspect.getsource``)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
    except (OSError, ValueError, StopIteration):
        return 0.0


def run_cli(args: list[str], timeout: float = 600, kill_rss_mb: float = 2000, env: dict[str, str] | None = None) -> Run:
    """Run ``args`` as a child; kill it past ``timeout`` seconds or ``kill_rss_mb`` of memory (so a bomb cannot take the machine).

    The peak memory is the child's own high-water mark (VmHWM), read while it runs. Not
    ``ru_maxrss`` from ``os.wait4``: Linux carries the parent's peak at the fork into the
    child's, so a test session grown past the limit would fail every run.
    """
    import tempfile

    started = time.monotonic()
    killed = None
    peak = 0.0
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        while True:
            peak = max(peak, peak_mb(proc.pid))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            elapsed = time.monotonic() - started
            rss = _rss_mb(proc.pid)
            if killed is None and (elapsed > timeout or rss > kill_rss_mb):
                killed = f"killed: over {timeout:.0f} s" if elapsed > timeout else f"killed: over {kill_rss_mb:.0f} MB of memory"
                proc.kill()
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "backslashreplace")
        stderr = err.read().decode("utf-8", "backslashreplace")
    # a child that ended before its first reading: its ru_maxrss, an upper bound
    return Run(args, proc.returncode, stdout, stderr, time.monotonic() - started, peak or usage.ru_maxrss / 1024, killed)


def telisik(*args: str) -> list[str]:
    """The command line of ``python -m telisik ARGS`` with this interpreter."""
    return [sys.executable, "-m", "telisik", *args]


# --------------------------------------------------------------------------- by hand


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write hostile input files (and good pages) into a folder.")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--class", dest="classes", action="append", choices=sorted(CLASSES), help="a class to write (repeat; default all)")
    ap.add_argument("--good", type=int, default=6, help="good pages to write beside them (default 6)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--bench-sizes", action="store_true", help="bench sizes (200k attributes, more truncations)")
    args = ap.parse_args(argv)
    good = good_pages(args.folder / "good", args.good)
    outside = args.folder.parent / f"{args.folder.name}-outside"
    cases = write_classes(args.folder / "hostile", outside, args.classes or list(CLASSES), args.seed, BENCH_SIZES if args.bench_sizes else TEST_SIZES, good)
    print(f"wrote {len(good)} good pages and {len(cases)} hostile files under {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

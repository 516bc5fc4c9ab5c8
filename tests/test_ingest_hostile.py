"""Hostile inputs to the reader: none raises, none takes the memory of a run, none is silently misread.

Every problem is a ``Rejection`` with a reason, and reading goes on with the
next record or file.
"""

from __future__ import annotations

import builtins
import codecs
import gzip
import inspect
import io
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from hostile import peak_mb
from telisik.pages import read as ingest
from telisik.pages import streams
from telisik.pages.read import Reader, binary_reason, decode
from telisik.records import RawDocument, Rejection

HTML = (
    "<html><head><title>Banjir Rendam Bekasi</title></head><body><article><h1>Banjir Rendam Bekasi</h1><p>"
    + "Banjir merendam ratusan rumah di Bekasi setelah hujan deras. " * 3
    + "</p></article></body></html>"
)
PAGE = "BEKASI - Banjir merendam ratusan rumah di tiga kecamatan di Kabupaten Bekasi setelah hujan deras.\n"


def read(*paths, **kw) -> list:
    return list(Reader(**kw).read([str(p) for p in paths]))


def reasons(items) -> list[str]:
    return [i.reason for i in items if isinstance(i, Rejection)]


def docs(items) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def assert_items(items) -> None:
    """Only documents and rejections, each rejection a one-line reason, none an internal error."""
    for item in items:
        assert isinstance(item, (RawDocument, Rejection)), item
        if isinstance(item, Rejection):
            assert item.reason and "\n" not in item.reason
            assert "internal error" not in item.reason, item


# ---------------------------------------------------------------------------- WARC fixtures


def warc_spans(records: list[tuple[str, str, bytes, list[tuple[str, str]]]], compress: bool) -> tuple[bytes, list[tuple[int, int]]]:
    """A WARC (a warcinfo record, then one HTTP response per (url, content type, body, more HTTP headers)) and each record's (start, end)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    spans = []
    start = buf.tell()
    writer.write_record(writer.create_warcinfo_record("t.warc", {"software": "telisik tests"}))
    spans.append((start, buf.tell()))
    for url, ctype, body, extra in records:
        start = buf.tell()
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
        spans.append((start, buf.tell()))
    return buf.getvalue(), spans


SMALL_WARC = [
    ("https://www.kompas.com/a", "text/html; charset=utf-8", HTML.encode(), []),
    ("https://www.kompas.com/logo.png", "image/png", b"\x89PNG" + bytes(40), []),
    ("https://www.kompas.com/b", "text/html", HTML.replace("Bekasi", "Bogor").encode(), []),
]


# ---------------------------------------------------------------------------- 1. declared charsets


@pytest.mark.parametrize(
    "charset", ["undefined", "rot13", "base64", "zlib", "hex", "uu", "idna", "punycode", "utf-7", "unicode_escape", "utf-16", "cp037", "no-such-codec"]
)
def test_bogus_declared_charset_falls_back_to_detection(tmp_path, charset):
    html = f'<html><head><meta charset="{charset}"></head><body><p>Kafe milik Andr\xe9 di Bandung.</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("latin-1"))  # one byte that is not UTF-8
    (doc,) = read(path)
    assert isinstance(doc, RawDocument)
    assert "Kafe milik André di Bandung." in doc.content
    assert any(charset in w for w in doc.warnings)  # says the declared charset was passed over


def test_unicode_escape_declared_is_not_applied():
    # decoding as unicode_escape would turn the six characters \u0041 into "A": a silent misread
    data = b'<meta charset="unicode_escape"><p>kode \\u0041 caf\xe9</p>'
    text, _, problem = decode(data, "unicode_escape")
    assert problem is None and "\\u0041" in text and "café" in text


def test_latin1_label_is_read_as_cp1252():
    data = '<meta charset="iso-8859-1"><p>Kata “Senja” dan café</p>'.encode("cp1252")
    text, warnings, problem = decode(data, "iso-8859-1")
    assert problem is None and "“Senja” dan café" in text and "cp1252" in warnings[0]


# ---------------------------------------------------------------------------- 2. JSON limits


def jsonl_items(tmp_path, *lines: str, name="a.jsonl", **kw) -> list:
    path = tmp_path / name
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
    return read(path, **kw)


def test_json_depth_and_number_limits(tmp_path):
    good = {"title": "Banjir", "text": PAGE}
    base = json.dumps(good)[:-1]
    items = jsonl_items(
        tmp_path,
        base + ', "extra": ' + "[" * 1000 + "1" + "]" * 1000 + "}",
        base + ', "extra": ' + '{"a":' * 1000 + "1" + "}" * 1000 + "}",
        base + ', "extra": ' + "[" * 100_000 + "}",
        base + ', "views": ' + "7" * 5000 + "}",
        base + ', "views": -' + "7" * 5000 + "}",
        base + ', "views": 1e999999}',
        base + ', "views": NaN}',
        base + ', "ok": ' + "[" * 63 + "]" * 63 + "}",  # 64 levels, the line's object counted, is fine
        json.dumps({"text": PAGE + "[" * 500 + "{" * 500}),  # brackets inside a string are text
    )
    assert_items(items)
    got = [i.reason if isinstance(i, Rejection) else "doc" for i in items]
    assert got[:3] == ["JSON nested deeper than 64 levels"] * 3
    assert got[3:5] == ["JSON number longer than 100 digits"] * 2
    assert "out of range" in got[5] and "NaN" in got[6]
    assert got[7:] == ["doc", "doc"]


def test_json_lone_surrogates_are_kept(tmp_path):
    line = '{"title": "a\\ud800b", "author": "x\\udfff", "text": "Banjir di Bekasi \\ud800y x\\udfff"}'
    (doc,) = jsonl_items(tmp_path, line)
    assert isinstance(doc, RawDocument)
    assert doc.content == "Banjir di Bekasi \ud800y x\udfff" and doc.given["title"] == "a\ud800b"


def test_long_line_is_skipped_not_held(tmp_path):
    items = jsonl_items(tmp_path, json.dumps({"text": "a" * 5000}), json.dumps({"text": PAGE}), max_bytes=1000)
    assert "line too large" in items[0].reason and items[0].source.endswith("#L1")
    assert isinstance(items[1], RawDocument) and items[1].record == "L2"


def test_plain_jsonl_cut_in_a_line_says_so(tmp_path):
    path = tmp_path / "cut.jsonl"
    data = (json.dumps({"text": PAGE}) + "\n") * 2
    path.write_bytes(data.encode()[:-20])
    items = read(path)
    assert isinstance(items[0], RawDocument)
    assert "truncated" in items[1].reason


# ---------------------------------------------------------------------------- 3. bombs and limits

BOMB_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from telisik.pages.read import Reader
    {PEAK_MB}
    before = peak_mb()
    items = [(type(i).__name__, getattr(i, "reason", "")) for i in Reader().read([sys.argv[1]])]
    print(json.dumps({"items": items, "grew_mb": peak_mb() - before, "peak_mb": peak_mb()}))
    """
).replace("{PEAK_MB}", inspect.getsource(peak_mb))


def write_gzip_of_repeats(path: Path, prefix: bytes, unit: bytes, copies: int, suffix: bytes) -> None:
    """A valid gzip of ``prefix + unit * copies + suffix`` without holding it: the unit's blocks compressed once, repeated."""
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = raw.compress(unit) + raw.flush(zlib.Z_FULL_FLUSH)  # refers only to itself
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = zlib.crc32(prefix)
    for _ in range(copies):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(suffix, crc)
    size = len(prefix) + len(unit) * copies + len(suffix)
    with open(path, "wb") as fh:
        fh.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff")
        fh.write(head.compress(prefix) + head.flush(zlib.Z_FULL_FLUSH))
        for _ in range(copies):
            fh.write(block)
        fh.write(tail.compress(suffix) + tail.flush())
        fh.write((crc & 0xFFFFFFFF).to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little"))


def test_bombs_stay_in_bounded_memory(tmp_path):
    mb = 1024 * 1024
    long_line = tmp_path / "long.jsonl.gz"  # one JSON line of 50 MB of spaces, then a good line
    write_gzip_of_repeats(long_line, b'{"title": "Bom", "text": "', b" " * mb, 50, b'"}\n{"text": "Banjir di Bekasi"}\n')
    line_bomb = tmp_path / "bomb.jsonl.gz"  # the same, 1 GB: under 1 MB on disk
    write_gzip_of_repeats(line_bomb, b'{"title": "Bom", "text": "', b" " * mb, 1024, b'"}\n{"text": "Banjir di Bekasi"}\n')
    header_bomb = tmp_path / "header-bomb.warc.gz"  # a WARC record header of 300 MB of header lines
    line = b"X-Padding: " + b"a" * 51 + b"\r\n"
    write_gzip_of_repeats(
        header_bomb,
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://bom.example/\r\n",
        line * (mb // len(line)),
        300,
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
    )
    http_bomb = tmp_path / "content-bomb.warc.gz"  # an HTTP response whose gzip content is 200 MB
    body = io.BytesIO()
    with gzip.GzipFile(fileobj=body, mode="wb") as fh:
        for _ in range(200):
            fh.write(b"<p>" + b"a" * (mb - 3))
    data, _ = warc_spans([("https://bom.example/", "text/html", body.getvalue(), [("Content-Encoding", "gzip")])], compress=True)
    http_bomb.write_bytes(data)
    bombs = (long_line, line_bomb, header_bomb, http_bomb)
    assert max(p.stat().st_size for p in bombs) < 2 * mb
    out = {}
    for path in bombs:  # one process each: its own peak
        proc = subprocess.run([sys.executable, "-c", BOMB_SCRIPT, str(path)], capture_output=True, text=True, timeout=300, check=True)
        out[path.name] = json.loads(proc.stdout)
    print({name: (round(v["grew_mb"]), round(v["peak_mb"])) for name, v in out.items()})
    assert out["long.jsonl.gz"]["items"] == [["Rejection", "line too large: 50.0 MB (limit 20.0 MB)"], ["RawDocument", ""]]
    assert "a decompression bomb" in out["bomb.jsonl.gz"]["items"][0][1]
    assert "WARC record header too large" in out["header-bomb.warc.gz"]["items"][0][1]
    assert "record too large" in out["content-bomb.warc.gz"]["items"][0][1]
    for result in out.values():
        assert result["grew_mb"] < 300, result


def test_container_limit_counts_decompressed_bytes(tmp_path):
    path = tmp_path / "many.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": PAGE}) + "\n").encode() * 2000))
    items = read(path, max_container_bytes=50_000)
    assert docs(items) and "over the limit of" in items[-1].reason and "decompressed" in items[-1].reason
    warc, _ = warc_spans([(f"https://a.example/{i}", "text/html", HTML.encode() * 20, []) for i in range(10)], compress=True)
    (tmp_path / "many.warc.gz").write_bytes(warc)
    unzipped = len(gzip.decompress(warc))
    assert len(warc) < unzipped // 2
    items = read(tmp_path / "many.warc.gz", max_container_bytes=unzipped // 2)
    assert docs(items) and "over the limit of" in items[-1].reason


# ---------------------------------------------------------------------------- 4. truncation


def check_cut_warc(data: bytes, spans: list[tuple[int, int]], cut: int, path: Path, gz: bool) -> None:
    path.write_bytes(data[:cut])
    items = read(path)
    assert_items(items)
    full = {url: body.decode() for url, ctype, body, _ in SMALL_WARC if "html" in ctype}
    for doc in docs(items):
        assert doc.content == full[doc.given["url"]]  # never a page made of part of a record
    html_records = [span for span, (_, ctype, _, _) in zip(spans[1:], SMALL_WARC, strict=True) if "html" in ctype]
    if gz:
        complete = [end <= cut for _, end in html_records]  # whole gzip members
        cut_inside = all(cut != end for _, end in spans) and 0 < cut < len(data)
    else:
        complete = [end - 4 <= cut for _, end in html_records]  # the block read; its trailing CRLFs may be cut
        cut_inside = any(start < cut < end - 4 for start, end in spans)
    got = [doc.given["url"] for doc in docs(items)]
    expected = [url for (url, ctype, _, _) in SMALL_WARC if "html" in ctype]
    assert got[: sum(complete)] == expected[: sum(complete)]
    if cut_inside:
        assert any("truncated" in r for r in reasons(items)), (cut, reasons(items))
    elif cut:
        assert len(got) == sum(complete), cut


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_warc_cut_at_every_offset(tmp_path, gz):
    data, spans = warc_spans(SMALL_WARC, compress=gz)
    for cut in range(len(data) + 1):
        check_cut_warc(data, spans, cut, tmp_path / ("cut.warc.gz" if gz else "cut.warc"), gz=gz)


def test_warc_cut_in_header_is_reported(tmp_path):
    data, spans = warc_spans(SMALL_WARC, compress=False)
    start = spans[3][0]
    (tmp_path / "cut.warc").write_bytes(data[: start + 40])
    items = read(tmp_path / "cut.warc")
    assert [d.given["url"] for d in docs(items)] == ["https://www.kompas.com/a"]
    assert items[-1].source.endswith("#R4") and items[-1].reason == "truncated WARC record (the file ends inside its header)"


def test_warc_cut_in_content_says_how_much(tmp_path):
    data, spans = warc_spans(SMALL_WARC, compress=False)
    (tmp_path / "cut.warc").write_bytes(data[: spans[3][1] - 100])
    items = read(tmp_path / "cut.warc")
    assert items[-1].source.endswith("#R4")
    assert items[-1].reason.startswith("truncated WARC record (") and " bytes)" in items[-1].reason


def test_gzip_jsonl_cut_at_every_offset(tmp_path):
    texts = [f"Berita ke-{i}: banjir merendam rumah di Bekasi." for i in range(4)]
    data = gzip.compress("".join(json.dumps({"text": t}) + "\n" for t in texts).encode())
    path = tmp_path / "cut.jsonl.gz"
    for cut in range(1, len(data)):
        path.write_bytes(data[:cut])
        items = read(path)
        assert_items(items)
        assert [d.content for d in docs(items)] == texts[: len(docs(items))]
        assert any("truncated" in r or "cut short" in r for r in reasons(items)), (cut, reasons(items))


def test_ranged_reads_report_truncation(tmp_path):
    data, spans = warc_spans(SMALL_WARC, compress=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data)
    reader = Reader()
    numbers, _ = reader.scan(path)
    assert numbers == [2, 4]
    path.write_bytes(data[: spans[3][1] - 100])  # cut after the scan
    items = list(reader.read_records(path, 4, None))
    assert len(items) == 1 and "truncated WARC record" in items[0].reason
    assert [d.given["url"] for d in reader.read_records(path, 2, 4)] == ["https://www.kompas.com/a"]
    assert reader.scan(path) is None  # a truncated file is read whole


def test_ranged_jsonl_reads_have_the_limits(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": PAGE}), json.dumps({"text": "x" * 3000}), "[" * 200, json.dumps({"text": PAGE})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reader = Reader(max_bytes=2000)
    numbers, offsets = reader.scan(path)
    assert numbers == [1, 2, 3, 4]
    items = list(reader.read_records(path, 2, 4, offsets[1]))
    assert "line too large" in items[0].reason and "nested deeper" in items[1].reason
    assert [type(i) for i in reader.read_records(path, 1, None)] == [type(i) for i in reader.read_file(path)]


def test_warc_framing_problems(tmp_path):
    data, spans = warc_spans(SMALL_WARC, compress=False)
    (tmp_path / "junk.warc").write_bytes(data + b"garbage after the last record\r\n")
    items = read(tmp_path / "junk.warc")
    assert len(docs(items)) == 2 and "what follows is not a WARC record" in items[-1].reason
    no_length = data[: spans[1][0]] + data[spans[1][0] :].replace(b"Content-Length:", b"Content-Lenght:", 1)
    (tmp_path / "nolength.warc").write_bytes(no_length)
    assert "without a valid Content-Length" in read(tmp_path / "nolength.warc")[-1].reason
    (tmp_path / "notwarc.warc").write_bytes(b"HTTP/1.1 200 OK\r\n\r\n<html></html>")
    assert "not a WARC file" in read(tmp_path / "notwarc.warc")[0].reason
    (tmp_path / "filler.warc").write_bytes(data + b"\r\n" * 600_000 + data)  # not a line at a time for ever
    assert "blank lines where a WARC record should start" in read(tmp_path / "filler.warc")[-1].reason


def test_warc_http_codings_are_undone(tmp_path):
    page = HTML.encode()
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(page[i : i + 100]), page[i : i + 100]) for i in range(0, len(page), 100)) + b"0\r\n\r\n"
    data, _ = warc_spans(
        [
            ("https://a.example/gzip", "text/html", gzip.compress(page), [("Content-Encoding", "gzip")]),
            ("https://a.example/deflate", "text/html", zlib.compress(page), [("Content-Encoding", "deflate")]),
            ("https://a.example/chunked", "text/html", chunked, [("Transfer-Encoding", "chunked")]),
            ("https://a.example/cp1252", "text/html; charset=windows-1252", "<p>Kafé “Senja”</p>".encode("cp1252"), []),
            ("https://a.example/badgzip", "text/html", gzip.compress(page)[:-30], [("Content-Encoding", "gzip")]),
        ],
        compress=True,
    )
    (tmp_path / "codings.warc.gz").write_bytes(data)
    items = read(tmp_path / "codings.warc.gz")
    assert [i.content for i in items[:3]] == [HTML] * 3
    assert "Kafé “Senja”" in items[3].content
    assert "gzip content cut short" in items[4].reason


# ---------------------------------------------------------------------------- 5. unreadable files and folders


def test_unreadable_file_is_rejected(tmp_path, monkeypatch):
    for name in ("a.txt", "b.jsonl.gz", "c.warc.gz", "d.warc"):
        (tmp_path / name).write_bytes(b"x" * 10)
    real_open = builtins.open

    def no_permission(file, *args, **kw):
        if str(file).startswith(str(tmp_path)):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kw)

    monkeypatch.setattr(streams, "open", no_permission, raising=False)  # streams opens the files
    items = read(tmp_path)
    assert reasons(items) == ["cannot read: Permission denied"] * 4
    assert Reader().scan(tmp_path / "b.jsonl.gz") is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_mode_000_file_is_rejected(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(PAGE, encoding="utf-8")
    path.chmod(0)
    try:
        assert reasons(read(path)) == ["cannot read: Permission denied"]
    finally:
        path.chmod(0o644)


def test_unreadable_subfolder_is_listed(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(PAGE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(ingest.os, "scandir", scandir)
    items = read(tmp_path)
    assert isinstance(items[0], Rejection) and items[0].reason == "cannot read folder: Permission denied"
    assert isinstance(items[1], RawDocument)


# ---------------------------------------------------------------------------- 6. encodings


@pytest.mark.parametrize("codec,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                       ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_utf16_and_utf32_with_byte_order_mark(tmp_path, codec, bom, suffix):
    text = PAGE + "Kafé “Senja” di Bandung — naïve.\n"
    if suffix == ".html":
        text = f"<html><body><p>{text}</p></body></html>"
    path = tmp_path / f"page{suffix}"
    path.write_bytes(bom + text.encode(codec))
    assert binary_reason(path.read_bytes()) is None
    (doc,) = read(path)
    assert isinstance(doc, RawDocument) and doc.content == text
    assert "byte order mark" in doc.warnings[0]


def test_binary_behind_a_byte_order_mark_is_still_binary():
    controls = "".join(map(chr, range(1, 32))) * 50
    assert "control" in binary_reason(codecs.BOM_UTF16_LE + controls.encode("utf-16-le"))
    assert "NUL" in binary_reason(codecs.BOM_UTF32_BE + (PAGE + "\x00").encode("utf-32-be"))


def test_cp1252_is_preferred_to_cp1250(tmp_path):
    text = "Ibu kota naïve café – “kutipan”"
    assert decode(text.encode("cp1252"))[0] == text
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    (doc,) = read(tmp_path / "a.txt")
    assert doc.content == text and "cp1252" in doc.warnings[0]
    assert decode("café".encode("cp1252"))[0] == "café"  # not two CJK characters of UTF-16


@pytest.mark.parametrize("text,codec", [
    ("Правительство одобрило проект закона о государственном бюджете на следующий год.", "cp1251"),
    ("Η κυβέρνηση ενέκρινε το σχέδιο νόμου για τον κρατικό προϋπολογισμό.", "cp1253"),
    ("政府批准了明年的国家预算法案。部长说这些数字很好。", "gb18030"),
])
def test_other_scripts_keep_the_detected_encoding(text, codec):
    assert decode(text.encode(codec))[0] == text


# ---------------------------------------------------------------------------- 7. links


def test_links_in_an_input_folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(PAGE, encoding="utf-8")
    (outside / "sub").mkdir()
    (outside / "sub" / "x.txt").write_text(PAGE, encoding="utf-8")
    root = tmp_path / "in"
    root.mkdir()
    (root / "page.txt").write_text(PAGE, encoding="utf-8")
    (root / "to-outside.txt").symlink_to(outside / "secret.txt")
    (root / "to-outside-dir").symlink_to(outside / "sub")
    (root / "to-page.txt").symlink_to("page.txt")
    (root / "dangling.txt").symlink_to(root / "nothing.txt")
    (root / "loop-a.txt").symlink_to("loop-b.txt")
    (root / "loop-b.txt").symlink_to("loop-a.txt")
    (root / "up").symlink_to("..")
    (root / "self").symlink_to(".")
    items = {Path(i.source if isinstance(i, Rejection) else i).name: i for i in Reader().walk([root])}
    assert items["page.txt"] == root / "page.txt" and items["to-page.txt"] == root / "to-page.txt"
    assert "outside the input folder (pass --follow-links" in items["to-outside.txt"].reason
    assert "outside the input folder" in items["to-outside-dir"].reason and "outside the input folder" in items["up"].reason
    assert items["dangling.txt"].reason == "broken symbolic link"
    assert items["loop-a.txt"].reason == items["loop-b.txt"].reason == "symbolic link loop"
    assert "self" not in items  # a link to a folder inside is read where it is
    followed = [str(p) for p in Reader(follow_links=True).walk([root]) if isinstance(p, Path)]
    assert str(root / "to-outside.txt") in followed and str(root / "to-outside-dir" / "x.txt") in followed
    assert len(followed) == len(set(followed)) < 20  # the loop through "up" is read once


def test_link_named_on_the_command_line_is_followed(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "b.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "page.txt")
    (tmp_path / "link-dir").symlink_to(tmp_path / "folder")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nothing")
    items = read(tmp_path / "link.txt", tmp_path / "link-dir", tmp_path / "broken.txt")
    assert [type(i) for i in items] == [RawDocument, RawDocument, Rejection]
    assert items[2].reason == "broken symbolic link"


# ---------------------------------------------------------------------------- 8. names


def test_file_name_not_utf8(tmp_path):
    name = os.path.join(os.fsencode(tmp_path), b"x\xff.txt")
    with open(name, "wb") as fh:
        fh.write(PAGE.encode())
    for items in (read(tmp_path), read(os.fsdecode(name))):
        (doc,) = items
        assert isinstance(doc, RawDocument) and "\udcff" in doc.source
        assert os.fsencode(doc.source) == name


# ---------------------------------------------------------------------------- 9. any bytes

SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".warc", ".gz", ".txt.gz", ".html.gz", ".jsonl.gz", ".warc.gz", ".bin"]
_VALID_WARC = warc_spans(SMALL_WARC, compress=False)[0]
_VALID = {
    ".warc": _VALID_WARC,
    ".jsonl": (json.dumps({"text": PAGE, "title": "Banjir"}) + "\n").encode() * 3,
    ".html": HTML.encode(),
}


def _valid_for(suffix: str) -> bytes:
    base = suffix.removesuffix(".gz")
    data = _VALID.get(base, PAGE.encode())
    return gzip.compress(data) if suffix.endswith(".gz") else data


@st.composite
def hostile_files(draw):
    suffix = draw(st.sampled_from(SUFFIXES))
    how = draw(st.sampled_from(["random", "cut", "flip", "splice"]))
    valid = _valid_for(suffix)
    if how == "random":
        data = draw(st.binary(max_size=3000))
    elif how == "cut":
        data = valid[: draw(st.integers(0, len(valid)))]
    elif how == "flip":
        at = draw(st.integers(0, len(valid) - 1))
        data = valid[:at] + bytes([valid[at] ^ draw(st.integers(1, 255))]) + valid[at + 1 :]
    else:
        at = draw(st.integers(0, len(valid)))
        data = valid[:at] + draw(st.binary(max_size=200)) + valid[at:]
    return suffix, data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_files())
def test_any_bytes_under_any_suffix(case):
    suffix, data = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"f{suffix}"
        path.write_bytes(data)
        reader = Reader()
        items = list(reader.read([str(path)]))
        assert items
        assert_items(items)
        scanned = reader.scan(path)
        if scanned:  # a file that scans reads the same in ranges as whole
            ranged = list(reader.read_records(path, 1, None))
            assert [type(i) for i in ranged] == [type(i) for i in items][: len(ranged)]


def test_fields_of_other_shapes_are_left_out_with_a_warning(tmp_path):
    line = {"id": 7, "url": 12, "outlet": ["Kompas"], "title": {"a": 1}, "published": 2025, "authors": [1, "x"],
            "editors": "Dewi", "text": "Banjir merendam ratusan rumah di Bandung pada Selasa."}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (doc,) = list(Reader().read([path]))
    assert isinstance(doc, RawDocument)
    assert doc.given == {"id": "7", "editors": "Dewi"}
    assert doc.warnings == ["ignored the fields url, outlet, title, published, authors: not of the shape telisik reads"]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_runs_of_blank_lines_are_read_in_bulk_and_counted(tmp_path, suffix):
    """A file of millions of blank lines (a gzip 'newline bomb') is read as runs of blank lines, its line numbers kept."""
    first = b'{"text": "Banjir merendam rumah warga di Bandung pada Selasa pagi."}\n'
    last = b'{"text": "Gempa mengguncang Cianjur pada Senin siang."}\n'
    data = first + b"  \n\t\n" + b"\n" * 3_000_000 + b" \r\n" + last + b"\n\n"
    path = tmp_path / f"a{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    reader = Reader()
    items = list(reader.read([path]))
    assert [(type(i).__name__, i.record) for i in items] == [("RawDocument", "L1"), ("RawDocument", "L3000005")]
    numbers, _offsets = reader.scan(path)
    assert numbers == [1, 3000005]
    assert [d.content for d in reader.read_records(path, 2, 3000006)] == [items[1].content]

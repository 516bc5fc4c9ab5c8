"""Reading inputs, good and broken: every problem is a rejection with a reason."""

import gzip
import json

from telisik.pages.read import Reader, decode
from telisik.records import RawDocument, Rejection
from warc_fixtures import warc_bytes

PAGE = (
    "Banjir Rendam Ratusan Rumah di Kabupaten Bekasi\n\n"
    "BEKASI, KOMPAS.com - Banjir merendam ratusan rumah di tiga kecamatan di Kabupaten Bekasi, "
    "Jawa Barat, setelah hujan deras mengguyur sejak Selasa malam.\n"
)
HTML = (
    "<html><head><meta charset='utf-8'><title>Banjir Rendam Bekasi - Kompas.com</title></head><body>"
    "<article><h1>Banjir Rendam Bekasi</h1><p>" + "Banjir merendam ratusan rumah di Bekasi setelah hujan deras. " * 5 + "</p></article>"
    "</body></html>"
)


def read(*paths, **kw):
    return list(Reader(**kw).read([str(p) for p in paths]))


def test_text_html_gzip_and_directories(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text(HTML, encoding="utf-8")
    with gzip.open(tmp_path / "sub" / "c.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(PAGE)
    (tmp_path / "notes.md").write_text("# catatan", encoding="utf-8")
    items = read(tmp_path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [(d.source.split("/")[-1], d.kind) for d in docs] == [("a.txt", "text"), ("b.html", "html"), ("c.txt.gz", "text")]
    skipped = [i for i in items if isinstance(i, Rejection)]
    assert len(skipped) == 1 and "not a page format" in skipped[0].reason


def test_broken_files_are_rejected_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n  ", encoding="utf-8")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "nul.txt").write_bytes(b"abc\x00\x01\x02" * 100)
    (tmp_path / "huge.txt").write_bytes(b"a" * 3000)
    good = gzip.compress(PAGE.encode("utf-8"))
    (tmp_path / "cut.txt.gz").write_bytes(good[: len(good) // 2])
    (tmp_path / "notgzip.txt.gz").write_bytes(b"plain bytes, no gzip header here")
    items = {i.source.split("/")[-1]: i for i in read(tmp_path, max_bytes=2000)}
    reasons = {name: item.reason for name, item in items.items() if isinstance(item, Rejection)}
    assert reasons["empty.txt"] == "empty file"
    assert "only white space" in reasons["blank.txt"]
    assert "PNG image" in reasons["image.html"]
    assert "NUL bytes" in reasons["nul.txt"]
    assert "too large" in reasons["huge.txt"]
    assert "truncated" in reasons["cut.txt.gz"]
    assert "gzip" in reasons["notgzip.txt.gz"]


def test_missing_path_is_rejected(tmp_path):
    items = read(tmp_path / "tidak-ada.txt")
    assert isinstance(items[0], Rejection) and items[0].reason == "no such file or directory"


def test_cp1252_page_is_decoded_with_a_warning(tmp_path):
    text = "Harga kopi “Toraja” naik — kata pedagang café di Makassar.\n" * 3
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1252"))
    (doc,) = read(tmp_path / "cp.txt")
    assert isinstance(doc, RawDocument)
    assert "“Toraja”" in doc.content and "café" in doc.content
    assert doc.warnings and "not valid UTF-8" in doc.warnings[0]


def test_html_declared_charset_wins():
    html = "<html><head><meta charset='windows-1252'></head><body><p>Kafé “Senja”</p></body></html>".encode("cp1252")
    text, warnings, problem = decode(html, "windows-1252")
    assert problem is None and "“Senja”" in text and "as the page declares" in warnings[0]


def test_jsonl_lines_good_and_bad(tmp_path):
    lines = [
        json.dumps({"url": "https://news.detik.com/x", "outlet": "detik.com", "title": "Judul", "text": PAGE}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "tanpa isi"}),
        json.dumps({"html": HTML, "published": "2025-06-18T10:00:00+07:00"}),
    ]
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "Rejection", "Rejection", "Rejection", "RawDocument"]
    assert items[0].given == {"url": "https://news.detik.com/x", "outlet": "detik.com", "title": "Judul"}
    assert items[0].record == "L1" and items[4].kind == "html"
    assert items[1].source.endswith("#L2") and "not valid JSON" in items[1].reason
    assert "neither 'text' nor 'html'" in items[3].reason


def test_warc_html_responses(tmp_path):
    data = warc_bytes([
        ("https://www.kompas.com/a", "text/html; charset=utf-8", HTML),
        ("https://www.kompas.com/logo.png", "image/png", "png"),
        ("https://www.kompas.com/b", "text/html", HTML.replace("Bekasi", "Bogor")),
    ])
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    items = read(tmp_path / "crawl.warc.gz")
    assert [i.given["url"] for i in items] == ["https://www.kompas.com/a", "https://www.kompas.com/b"]
    assert all(i.kind == "html" for i in items)


def test_truncated_warc_keeps_what_was_read(tmp_path):
    data = warc_bytes([("https://www.kompas.com/a", "text/html", HTML), ("https://www.kompas.com/b", "text/html", HTML * 50)])
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 400])
    items = read(tmp_path / "cut.warc.gz")
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[-1], Rejection) and "WARC" in items[-1].reason

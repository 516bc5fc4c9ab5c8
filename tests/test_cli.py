"""`telisik analyze` end to end: outputs, exit codes, bad input, untrusted text."""

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from telisik.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

GOOD = (
    "Jembatan Gantung di Lebak Putus, Puluhan Siswa Terpaksa Menyeberang Sungai\n\n"
    "Penulis: Yayan Supriatna\n\n"
    "LEBAK, KOMPAS.com - Jembatan gantung penghubung dua desa di Kabupaten Lebak, Banten, putus setelah diterjang "
    "banjir pada Sabtu (12/4/2025).\n\n"
    "Akibatnya, puluhan siswa sekolah dasar terpaksa menyeberangi sungai dengan rakit bambu untuk berangkat sekolah.\n"
)


def run(*args: str) -> int:
    return main(["analyze", *args, "-q"])


def load(out: Path) -> dict:
    return json.loads((out / "analysis.json").read_text(encoding="utf-8"))


def test_examples_end_to_end(tmp_path):
    assert run(str(EXAMPLES), "--out", str(tmp_path)) == 0
    analysis = load(tmp_path)
    assert set(analysis) >= {"rejected", "articles", "entities", "stories"}
    by_outlet = {a["outlet"]: a for a in analysis["articles"]}
    assert set(by_outlet) == {"Tribunnews", "Kompas", "Detik"}
    tribun = by_outlet["Tribunnews"]
    assert tribun["authors"] == ["Rina Kartikasari"] and tribun["editors"] == ["Bambang Wiratmoko"]
    assert "Baca juga" not in tribun["body"] and "WhatsApp" not in tribun["body"]
    assert any("Petugas Basarnas" in c for c in tribun["captions"])
    kompas = by_outlet["Kompas"]
    assert kompas["title"] == "Kapal Kandas di Pulau Seribu, Kemenhub Periksa Izin Berlayar KM Bahari Lestari"
    assert kompas["published"].startswith("2026-03-16") and kompas["editors"] == ["Lestari Dewi"]
    detik = by_outlet["Detik"]
    assert detik["published"].startswith("2026-03-16") and detik["authors"] == ["Fadel Hakim"]
    for a in analysis["articles"]:
        assert a["language"] == "id" and a["stats"]["sentences"] >= 3
        assert a["body"] and "\n\n" in a["body"]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Kapal Kandas di Pulau Seribu" in html and "chrome lines removed" in html


def test_ids_are_stable_across_runs_and_paths(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(EXAMPLES, copy)
    run(str(EXAMPLES), "--out", str(tmp_path / "a"))
    run(str(copy), "--out", str(tmp_path / "b"))
    ids_a = sorted(a["id"] for a in load(tmp_path / "a")["articles"])
    ids_b = sorted(a["id"] for a in load(tmp_path / "b")["articles"])
    assert ids_a == ids_b and len(set(ids_a)) == 3


def test_mixed_folder_keeps_good_pages_and_lists_broken_ones(tmp_path, capsys):
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "good.txt").write_text(GOOD, encoding="utf-8")
    (pages / "good-cp1252.txt").write_bytes(GOOD.replace("Jembatan", "Jembatan “Merah”", 1).encode("cp1252"))
    (pages / "empty.txt").write_bytes(b"")
    (pages / "photo.html").write_bytes(b"\xff\xd8\xff\xe0" + bytes(500))
    data = gzip.compress(GOOD.encode())
    (pages / "cut.txt.gz").write_bytes(data[:30])
    (pages / "broken.jsonl").write_text('{"title": "x", "text": "potongan\n', encoding="utf-8")
    (pages / "menu-only.html").write_text("<html><body><nav><a href='/'>Beranda</a></nav>", encoding="utf-8")
    with open(pages / "huge.txt", "wb") as fh:  # 50 MB
        fh.truncate(50 * 1024 * 1024)
    (pages / "dup.txt").write_text(GOOD, encoding="utf-8")

    assert run(str(pages), "--out", str(tmp_path / "out")) == 0
    analysis = load(tmp_path / "out")
    # files are read in sorted order: dup.txt comes first, so good.txt is the duplicate
    sources = sorted(Path(a["source"]).name for a in analysis["articles"])
    assert sources == ["dup.txt", "good-cp1252.txt"]
    rejected = {Path(r["source"].split("#")[0]).name: r["reason"] for r in analysis["rejected"]}
    assert set(rejected) == {"empty.txt", "photo.html", "cut.txt.gz", "broken.jsonl", "menu-only.html", "huge.txt", "good.txt"}
    assert rejected["good.txt"].startswith("duplicate of")
    assert "too large" in rejected["huge.txt"] and "JPEG" in rejected["photo.html"]
    cp = next(a for a in analysis["articles"] if a["source"].endswith("good-cp1252.txt"))
    assert "“Merah”" in cp["title"] and cp["warnings"]
    err = capsys.readouterr().err
    assert "rejected" in err and "empty.txt" in err


def test_nothing_analysed_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run(str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out")) == 1
    assert load(tmp_path / "out")["rejected"][0]["reason"] == "empty file"


def test_usage_errors_exit_2(tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(tmp_path)])  # no --out
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2


def test_untrusted_page_text_is_escaped_in_the_report(tmp_path):
    evil = {
        "url": "javascript:alert(1)",
        "title": "<script>alert('judul')</script> Banjir di Bekasi",
        "text": "BEKASI - Warga menulis <img src=x onerror=alert(1)> dan '; DROP TABLE articles; -- di ../../etc/passwd "
        "ketika banjir merendam rumah mereka pada Selasa malam.\n\nAir mulai surut pada Rabu pagi menurut petugas.\n\n"
        '"<script>alert(2)</script> Kami sudah siaga di posko <b>utara</b>," kata Budi Santoso.',
    }
    (tmp_path / "evil.jsonl").write_text(json.dumps(evil) + "\n", encoding="utf-8")
    assert run(str(tmp_path / "evil.jsonl"), "--out", str(tmp_path / "out")) == 0
    article = load(tmp_path / "out")["articles"][0]
    assert article["title"] == evil["title"]  # stored as text, unchanged
    assert "DROP TABLE" in article["body"]
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=x" not in html and 'href="javascript:' not in html
    # the facts tables (quotes, speakers, cited media) carry page text too
    assert article["quotes"] and "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html
    assert "<b>utara" not in html
    assert not (tmp_path / "etc").exists()


def test_console_script_runs_as_a_module(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "telisik", "analyze", str(EXAMPLES / "tribun_kapal_kandas.txt"), "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Tribunnews" in proc.stdout and (tmp_path / "analysis.json").exists()

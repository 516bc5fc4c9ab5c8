"""The command line under hostile use: bad option values, names and text that must not reach a terminal raw,
outputs that never fail on text and never leave half-written files."""

from __future__ import annotations

import errno
import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console

import telisik.cli as cli_module
from telisik.cli import count_pages, main, printable
from telisik.output.render import atomic_writer, write_document, write_outputs

PAGE = (
    "Banjir Rendam Ratusan Rumah di Kabupaten Bandung\n\n"
    "BANDUNG, KOMPAS.com - Banjir merendam ratusan rumah di Kecamatan Dayeuhkolot, Kabupaten Bandung, Jawa Barat, "
    "pada Selasa (4/3/2025) setelah Sungai Citarum meluap.\n\n"
    "Kepala BPBD Kabupaten Bandung Uka Suska mengatakan, warga mulai mengungsi ke masjid dan balai desa sejak pagi.\n"
)


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "telisik", *args], capture_output=True, cwd=cwd, timeout=300)


@pytest.mark.parametrize(
    "args",
    [
        ["analyze", "x", "--out", "o", "--max-mb", "nan"],
        ["analyze", "x", "--out", "o", "--max-mb", "-1"],
        ["analyze", "x", "--out", "o", "--max-mb", "inf"],
        ["analyze", "x", "--out", "o", "--max-chars", "0"],
        ["analyze", "x", "--out", "o", "--page-seconds", "abc"],
        ["ingest", "x", "--batch", "0"],
        ["serve", "--port", "70000"],
        ["analyze", "x", "--output", "o"],
    ],
)
def test_bad_option_values_are_one_line_and_exit_2(args, tmp_path):
    done = cli(*args, cwd=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("telisik") and "Traceback" not in lines[0]


@pytest.mark.parametrize("command", ["export", "serve"])
def test_reading_a_missing_store_is_an_error_and_creates_nothing(command, tmp_path):
    args = [command, "--db", "typo.db"] + (["--out", "x.json"] if command == "export" else [])
    done = cli(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert "no store at typo.db" in done.stderr.decode()
    assert not (tmp_path / "typo.db").exists() and not (tmp_path / "x.json").exists()


def test_an_unsupported_database_is_a_usage_error(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    done = cli("ingest", "p.txt", "--db", "mysql://u@localhost/news", cwd=tmp_path)
    assert done.returncode == 2
    assert "mysql" in done.stderr.decode() and "Traceback" not in done.stderr.decode()


def test_out_that_is_a_file_is_refused_before_the_run(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "out").write_text("keep me", encoding="utf-8")
    assert main(["analyze", str(tmp_path / "p.txt"), "--out", str(tmp_path / "out"), "-q"]) == 2
    assert (tmp_path / "out").read_text(encoding="utf-8") == "keep me"


def test_control_characters_in_names_never_reach_the_terminal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(PAGE, encoding="utf-8")
    (folder / "\x1b[31mmerah\x1b[0m.txt").write_bytes(b"")  # rejected as empty: its name is printed
    (folder / "\x1b]0;judul\x07.txt").write_text(PAGE.replace("Banjir", "Longsor"), encoding="utf-8")
    done = cli("analyze", str(folder), "--out", str(tmp_path / "out"))
    assert done.returncode == 0
    assert b"\x1b" not in done.stderr and b"\x07" not in done.stderr
    assert b"\x1b" not in done.stdout and b"\x07" not in done.stdout
    assert "\\x1b[31mmerah" in done.stderr.decode()


def test_printable_escapes_controls_bidi_and_surrogates():
    assert printable("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert printable("x\udcff.txt") == "x\\udcff.txt"
    assert printable("gaji\u202ekaz") == "gaji\\u202ekaz"
    assert printable("Jawa Barat — “kutipan”") == "Jawa Barat — “kutipan”"


def test_lone_surrogates_and_undecodable_names_are_written_safely(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"berita\xff.txt")  # not UTF-8: read with a surrogate escape
    (folder / name).write_text(PAGE, encoding="utf-8")
    line = json.dumps({"title": "Judul x\ud800y", "text": PAGE.replace("Banjir", "Kebakaran"), "outlet": "Kompas"})
    (folder / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "-q"]) == 0
    raw = (out / "analysis.json").read_bytes()
    raw.decode("utf-8")  # valid UTF-8 throughout
    analysis = json.loads(raw)
    sources = {a["source"] for a in analysis["articles"]}
    assert str(folder / name) in sources  # the surrogate escape comes back: the path is recoverable
    assert os.fsencode(str(folder / name)).endswith(b"berita\xff.txt")
    assert any("x\ud800y" in (a["title"] or "") for a in analysis["articles"])
    (out / "report.html").read_bytes().decode("utf-8")
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))


def test_a_failed_write_leaves_no_temporary_file_and_keeps_the_old_output(tmp_path):
    path = tmp_path / "analysis.json"
    path.write_text('{"old": true}', encoding="utf-8")

    def articles():
        yield {"id": "a"}
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        write_document(path, {"telisik_version": "x"}, [("articles", articles())])
    assert json.loads(path.read_text(encoding="utf-8")) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["analysis.json"]
    with pytest.raises(KeyboardInterrupt), atomic_writer(tmp_path / "b.json") as fh:
        fh.write("{")
        raise KeyboardInterrupt
    assert [p.name for p in tmp_path.iterdir()] == ["analysis.json"]


def test_a_disk_error_while_writing_is_one_line_and_exit_1(tmp_path, monkeypatch):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")

    def full(analysis, out_dir, *more, **named):  # write_outputs may be given a map of jobs for report.html
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("telisik.output.render.write_outputs", full)
    # analysis.json is written by the streamed collection, which writes a small run whole
    monkeypatch.setattr("telisik.output.streamed.write_outputs", full)
    assert main(["analyze", str(tmp_path / "p.txt"), "--out", str(tmp_path / "out"), "-q"]) == 1


def test_write_outputs_round_trips_surrogates(tmp_path):
    analysis = {"telisik_version": "t", "rejected": [{"source": "x\udcff.txt", "reason": "empty file"}], "articles": [],
                "entities": [], "stories": []}
    json_path, html_path = write_outputs(analysis, tmp_path)
    assert json.loads(json_path.read_bytes()) == analysis
    assert "x\\udcff.txt" in html_path.read_text(encoding="utf-8")


def test_export_of_an_existing_store_still_works(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "p.txt"), "--db", str(tmp_path / "s.db"), "-q"]) == 0
    assert sqlite3.connect(tmp_path / "s.db").execute("select count(*) from articles").fetchone()[0] == 1
    assert main(["export", "--db", str(tmp_path / "s.db"), "--out", str(tmp_path / "e.json")]) == 0
    assert len(json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["articles"]) == 1


def test_check_finds_and_repairs_what_a_crash_left(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    for i, place in enumerate(["Dayeuhkolot", "Baleendah", "Bojongsoang"]):
        (tmp_path / f"p{i}.txt").write_text(PAGE.replace("Dayeuhkolot", place), encoding="utf-8")
    assert main(["ingest", str(tmp_path), "--db", db, "-q"]) == 0
    assert main(["check", "--db", db]) == 0
    assert "holds its invariants" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:  # what a crash between two writes could leave: a repeated seq
        conn.execute("UPDATE articles SET seq = (SELECT MIN(seq) FROM articles)")
    assert main(["check", "--db", db]) == 1
    assert "seq" in capsys.readouterr().out
    assert main(["check", "--db", db, "--repair"]) == 0
    assert "repaired" in capsys.readouterr().out
    assert main(["check", "--db", db]) == 0


def test_outputs_get_the_mode_of_any_new_file(tmp_path):
    old = os.umask(0o022)
    try:
        json_path, html_path = write_outputs({"articles": [], "rejected": [], "entities": [], "stories": []}, tmp_path)
    finally:
        os.umask(old)
    assert (json_path.stat().st_mode & 0o777) == 0o644 and (html_path.stat().st_mode & 0o777) == 0o644


def test_the_page_count_is_what_a_run_reports(tmp_path):
    """The progress bar's total: every page, record and rejection the run will report, counted before it ends."""
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE.replace("Banjir", "Longsor"), encoding="utf-8")
    lines = [json.dumps({"text": PAGE.replace("Banjir", word)}) for word in ("Gempa", "Kebakaran", "Angin")]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"")
    assert count_pages([str(tmp_path)]) == 6
    out = tmp_path.parent / "out"
    assert main(["analyze", str(tmp_path), "--out", str(out), "-q"]) == 0
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert len(analysis["articles"]) + len(analysis["rejected"]) == 6


def test_progress_off_a_terminal_is_plain_lines_with_the_total(monkeypatch):
    monkeypatch.setattr(cli_module, "_PROGRESS_AFTER_S", 0.0)
    monkeypatch.setattr(cli_module, "_PLAIN_EVERY_S", 0.0)
    stream = io.StringIO()
    progress = cli_module._LazyProgress(Console(file=stream), enabled=True, count=lambda: 4)
    for _ in range(500):  # the count runs in a thread: wait for it (bounded), then go on
        if progress.total is not None:
            break
        time.sleep(0.01)
    progress.advance("a.txt")
    progress.advance("b.jsonl#L1", 2)
    progress.stop()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2 and "\x1b" not in stream.getvalue()
    # the first page gives no pace yet (loading the NLP is no page's cost); the next ones do
    assert lines[0].startswith("telisik: 1 of 4 pages read (25%)") and "left" not in lines[0]
    assert lines[1].startswith("telisik: 3 of 4 pages read (75%)") and lines[1].endswith("left")


def test_a_store_that_stops_taking_writes_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    from sqlalchemy.exc import OperationalError

    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")

    def full(*args, **kwargs):
        raise OperationalError("INSERT INTO articles ...", {}, Exception("database or disk is full"))

    monkeypatch.setattr("telisik.engine.ingest.ingest", full)
    assert main(["ingest", str(tmp_path / "p.txt"), "--db", str(tmp_path / "s.db"), "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "database or disk is full" in err[0] and "run ingest again" in err[0]


def test_an_interrupt_is_one_line_and_leaves_no_partial_output(tmp_path, monkeypatch, capsys):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")

    def interrupted(self, items):
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr("telisik.engine.local.Analyzer.process_all", interrupted)
    assert main(["analyze", str(tmp_path / "p.txt"), "--out", str(tmp_path / "out"), "-q"]) == 130
    assert capsys.readouterr().err.strip() == "telisik: interrupted"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# --- a mistyped store, a near-miss option, foreign log lines, long lines, missing extras ---

EXTRAS = ("dask", "distributed", "psycopg", "pyarrow", "pandas")


@pytest.mark.parametrize("command", ["serve", "export", "check"])
@pytest.mark.parametrize("db", ["sqlite:///typo.db", "sqlite:///{tmp}/typo.db", "sqlite://", "typo.db"])
def test_a_store_url_naming_no_file_is_a_usage_error_and_creates_nothing(command, db, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    db = db.format(tmp=tmp_path)
    args = [command, "--db", db] + (["--out", "x.json"] if command == "export" else [])
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"telisik: no store at {db} (telisik ingest makes one)"]
    assert list(tmp_path.iterdir()) == []


def test_a_near_miss_option_name_says_which_option_was_meant(tmp_path, capsys):
    for args, meant in [
        (["analyze", str(tmp_path), "--output", str(tmp_path / "o")], "did you mean --out?"),
        (["analyze", str(tmp_path), "--out", str(tmp_path / "o"), "--max-characters", "9"], "did you mean --max-chars?"),
        (["ingest", str(tmp_path), "--dbb=s.db"], "did you mean --db?"),
        (["serve", "--prot", "8001"], "did you mean --port?"),
        (["--versoin"], "did you mean --version?"),
    ]:
        with pytest.raises(SystemExit) as exc:
            main(args)
        assert exc.value.code == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and meant in err[0] and err[0].startswith("telisik"), err
    with pytest.raises(SystemExit):
        main(["export", "--db", "s.db", "--out", "x", "--zzz"])
    err = capsys.readouterr().err
    assert "unrecognized option --zzz" in err and "did you mean" not in err
    # an abbreviation argparse takes is still taken: the run gets as far as the missing input
    assert main(["analyze", str(tmp_path / "missing.txt"), "--ou", str(tmp_path / "o"), "-q"]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_version_is_the_installed_package_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"telisik {version('telisik')}"


def test_a_long_message_is_one_line_on_a_narrow_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "60")
    long_path = tmp_path / ("liputan_khusus_banjir_bandang_kabupaten_bandung_barat" * 2) / "berita.txt"
    cli_module._say(cli_module._console(stderr=True), f"telisik: rejected {long_path}: empty file")
    assert capsys.readouterr().err == f"telisik: rejected {long_path}: empty file\n"


# Pages trafilatura logs an ERROR or WARNING about: a news site's RSS feed saved as a page, a video page holding
# only an embedded player, and a page cut off in its first paragraph.
FEED = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Berita Terkini - Kompas.com</title>'
    "<item><title>Banjir Rendam Dayeuhkolot</title><link>https://regional.kompas.com/read/2025/03/04/banjir</link>"
    "<pubDate>Tue, 04 Mar 2025 08:00:00 +0700</pubDate></item></channel></rss>"
)
PLAYER = (
    '<html><head><meta charset="utf-8"><title>VIDEO: Detik-detik Sungai Citarum Meluap - Tribunnews</title></head>'
    '<body><table><tr><td><iframe src="https://www.youtube.com/embed/abc123"></iframe></td></tr></table></body></html>'
)
CUT = '<html><head><title>Banjir Bandung</title></head><body><div class="read__content"><p>BANDUNG, KOMPAS.com - Banjir'


def test_stderr_holds_only_telisiks_own_whole_lines(tmp_path):
    """No library's log line reaches standard error (the reasons are the rejections'), and no line is wrapped."""
    folder = tmp_path / ("kiriman_pembaca_liputan_banjir_kabupaten_bandung_" * 2)
    folder.mkdir()
    (folder / "ok.txt").write_text(PAGE, encoding="utf-8")
    (folder / "rss-kompas-terkini.html").write_text(FEED, encoding="utf-8")
    (folder / "video-citarum-meluap.html").write_text(PLAYER, encoding="utf-8")
    (folder / "terpotong.html").write_text(CUT, encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "telisik", "analyze", str(folder), "--out", str(out), "-q"],
                          capture_output=True, timeout=300, env={**os.environ, "COLUMNS": "60"})
    assert done.returncode == 0, done.stderr
    lines = done.stderr.decode().splitlines()
    rejected = {Path(r["source"]).name: r["reason"] for r in json.loads((out / "analysis.json").read_text(encoding="utf-8"))["rejected"]}
    assert {"rss-kompas-terkini.html", "video-citarum-meluap.html"} <= set(rejected)
    for name, reason in rejected.items():  # each whole, on one line
        assert f"telisik: rejected {folder / name}: {reason}" in lines
    assert all(line.startswith(("telisik: ", "WARNING telisik.")) for line in lines), lines


def test_verbose_shows_telisiks_debug_lines_and_other_libraries_warnings_only(tmp_path):
    script = (
        "import logging, sys\n"
        "from telisik.cli import _configure_logging\n"
        "_configure_logging(verbose=sys.argv[1] == 'v')\n"
        "logging.getLogger('telisik.engine.local').debug('halaman %s dibaca', 'a.html')\n"
        "logging.getLogger('telisik.store').warning('penyimpanan penuh')\n"
        "logging.getLogger('trafilatura.core').debug('discarding data: None')\n"
        "logging.getLogger('trafilatura.utils').error('parsed tree length: 1, wrong data type or not valid HTML')\n"
        "logging.getLogger('htmldate.core').warning('tanggal tidak ditemukan')\n"
    )
    quiet = subprocess.run([sys.executable, "-c", script, "q"], capture_output=True, text=True, timeout=60)
    assert quiet.stderr.splitlines() == ["WARNING telisik.store: penyimpanan penuh"]
    verbose = subprocess.run([sys.executable, "-c", script, "v"], capture_output=True, text=True, timeout=60)
    assert verbose.stderr.splitlines() == [
        "DEBUG telisik.engine.local: halaman a.html dibaca",
        "WARNING telisik.store: penyimpanan penuh",
        "ERROR trafilatura.utils: parsed tree length: 1, wrong data type or not valid HTML",
        "WARNING htmldate.core: tanggal tidak ditemukan",
    ]


@pytest.fixture
def no_extras(monkeypatch):
    """A telisik installed without its extras: importing dask, psycopg, pyarrow or pandas fails."""
    for name in EXTRAS:
        monkeypatch.setitem(sys.modules, name, None)


@pytest.fixture
def no_model_load(monkeypatch):
    """A usage error comes before any model loads: loading one fails the test."""

    def load(*args, **kwargs):
        raise AssertionError("a model was loaded")

    monkeypatch.setattr("spacy.load", load)


def one_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_dask_engine_without_the_dask_extra_is_a_usage_error(no_extras, no_model_load, tmp_path, capsys):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    assert main(["analyze", str(tmp_path / "p.txt"), "--out", str(tmp_path / "out"), "--engine", "dask"]) == 2
    assert "pip install 'telisik[dask]'" in one_line(capsys)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["ingest", "serve", "export", "check"])
def test_postgresql_without_the_postgres_extra_is_a_usage_error(command, no_extras, no_model_load, tmp_path, capsys):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    url = "postgresql://redaksi:rahasia@localhost/berita"
    args = {"ingest": ["ingest", str(tmp_path / "p.txt")], "export": ["export", "--out", str(tmp_path / "x.json")]}.get(command, [command])
    assert main([*args, "--db", url]) == 2
    line = one_line(capsys)
    assert "pip install 'telisik[postgres]'" in line and "rahasia" not in line


def test_parquet_export_without_the_parquet_extra_is_a_usage_error(no_extras, tmp_path, capsys):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "p.txt"), "--db", db, "-q"]) == 0
    assert main(["export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "pq")]) == 2
    assert "pip install 'telisik[parquet]'" in one_line(capsys)
    assert not (tmp_path / "pq").exists()
    assert main(["export", "--db", db, "--format", "jsonl", "--out", str(tmp_path / "jl")]) == 0  # the rest still works


def test_the_library_says_which_extra_is_missing(no_extras):
    from telisik.engine.batch import open_client
    from telisik.extras import MissingExtra
    from telisik.store.connection import open_engine
    from telisik.store.export import write_parquet

    with pytest.raises(MissingExtra, match=r"pip install 'telisik\[dask\]'"):
        open_client()
    with pytest.raises(MissingExtra, match=r"pip install 'telisik\[postgres\]'"):
        open_engine("postgresql+psycopg://redaksi@localhost/berita")
    with pytest.raises(MissingExtra, match=r"pip install 'telisik\[parquet\]'"):
        write_parquet([], [("id", "str")], Path("unused.parquet"))


NO_EXTRAS_RUN = """
import sys
from importlib.abc import MetaPathFinder

class NoExtras(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {extras!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}} (blocked: not installed)", name=name)
        return None

sys.meta_path.insert(0, NoExtras())
from telisik.cli import main

folder, out, db = sys.argv[1:4]
assert main(["analyze", folder, "--out", out, "-q"]) == 0
assert main(["ingest", folder, "--db", db, "-q"]) == 0
assert main(["export", "--db", db, "--out", out + "/export.json"]) == 0

import warnings
warnings.simplefilter("ignore")
from fastapi.testclient import TestClient
from telisik.store.repository import Store
from telisik.web.app import create_app

with TestClient(create_app(Store(db))) as client:
    for page in ("/healthz", "/", "/api/stories"):
        assert client.get(page).status_code == 200, page
print("loaded:", sorted(name for name in sys.modules if name.split(".")[0] in {extras!r}))
"""


def test_analyze_ingest_export_and_serve_need_no_extra(tmp_path):
    """What a plain ``pip install telisik`` runs: no command's path imports dask, psycopg, pyarrow or pandas."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "banjir.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "longsor.txt").write_text(PAGE.replace("Banjir", "Longsor"), encoding="utf-8")
    script = NO_EXTRAS_RUN.format(extras=set(EXTRAS))
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "in"), str(tmp_path / "out"), str(tmp_path / "s.db")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "loaded: []"
    assert len(json.loads((tmp_path / "out" / "export.json").read_text(encoding="utf-8"))["articles"]) == 2

"""Bad input never stops a batch: hostile files mixed with good pages, through `telisik analyze` and `telisik ingest`.

One folder holds good pages and one instance of every hostile class of
``tests/hostile.py`` at test-suite sizes; it goes through
``python -m telisik analyze FOLDER --out OUT -q`` (and ``ingest``) once, as a
child process whose peak memory is measured (its own ``ru_maxrss``, from
``os.wait4``; a watchdog kills it past 1.5 GB or its time limit, so a bomb
cannot take the machine). The decompression bombs (2 GB
expanded, a couple of MB on disk) each run on their own with one good page, so
that their memory is measured apart: ``-k bomb`` runs only them.

Run one class with ``-k CLASS`` (``pytest tests/test_fuzz.py -k json_deep``):
the batch is then made of the good pages and the classes selected only.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile
from hostile import CLASSES, Case, GoodPage, Run, run_cli, telisik, token_of
from telisik.pages.read import Reader
from telisik.records import RawDocument, Rejection

MEMORY_LIMIT_MB = 1024
# ingest runs the same analysis and holds the store and its story pass too: its peak on this batch was measured at
# 1,040 MB on 7 December 2026 both at 37b3ffa (which had passed under 1,024 MB in an earlier environment) and at
# 74c2c61 (numpy 2.4.6, pandas 3.1.2, spaCy 3.8.18 as pip resolved them that day), so the code did not grow it
INGEST_MEMORY_LIMIT_MB = 1100
KILL_RSS_MB = 1500  # the watchdog: a run past this is killed before it takes the machine
BATCH_TIMEOUT_S = 240  # a run past this is killed; the long text alone takes ~85 s on 2 busy cores
GOOD_PAGES = 8
BATCH_CLASSES = [name for name, c in CLASSES.items() if not c.bomb]
BOMB_CLASSES = [name for name, c in CLASSES.items() if c.bomb]
PER_CLASS_TEST = "test_class_is_accounted_for"

# --------------------------------------------------------------------------- the batch


@dataclass(repr=False)
class BatchInput:
    folder: Path
    good: list[GoodPage]
    cases: list[Case]


@dataclass(repr=False)
class Analysed:
    input: BatchInput
    out: Path
    run: Run
    analysis: dict[str, Any] | None

    def articles_by_token(self) -> dict[str, list[dict[str, Any]]]:
        return _by_token(self.analysis["articles"] if self.analysis else [])

    def rejections_by_token(self) -> dict[str, list[dict[str, Any]]]:
        return _by_token(self.analysis["rejected"] if self.analysis else [])


def _by_token(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        token = token_of(str(item.get("source", "")))
        if token:
            found.setdefault(token, []).append(item)
    return found


def _batch_classes(request: pytest.FixtureRequest) -> list[str]:
    """Every class, or only those of the per-class tests selected when no whole-batch test is."""
    here = [i for i in request.session.items if Path(str(i.path)) == Path(__file__)]
    per_class = {i.callspec.params["cls"] for i in here if getattr(i, "originalname", "") == PER_CLASS_TEST}
    whole = [i for i in here if getattr(i, "originalname", "") != PER_CLASS_TEST and {"analysed", "ingested"} & set(i.fixturenames)]
    if whole or not per_class:
        return BATCH_CLASSES
    return [name for name in BATCH_CLASSES if name in per_class]


@pytest.fixture(scope="module")
def batch_input(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> BatchInput:
    base = tmp_path_factory.mktemp("fuzz")
    folder = base / "in"
    good = hostile.good_pages(folder / "good", GOOD_PAGES)
    cases = hostile.write_classes(folder / "hostile", base / "outside", _batch_classes(request), seed=0, good=good)
    return BatchInput(folder, good, cases)


@pytest.fixture(scope="module")
def analysed(batch_input: BatchInput) -> Analysed:
    out = batch_input.folder.parent / "out"
    run = run_cli(telisik("analyze", str(batch_input.folder), "--out", str(out), "-q"), BATCH_TIMEOUT_S, KILL_RSS_MB)
    path = out / "analysis.json"
    analysis = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    return Analysed(batch_input, out, run, analysis)


def _token(case: Case) -> str | None:
    return token_of(str(case.path))


def _crash(run: Run) -> str:
    return f"exit {run.rc}, {run.seconds:.0f} s: {run.last_error_line()}"


def test_batch_exits_0(analysed: Analysed) -> None:
    assert analysed.run.killed is None and analysed.run.rc == 0, _crash(analysed.run)


def test_outputs_are_written_and_parse(analysed: Analysed) -> None:
    assert analysed.analysis is not None, _crash(analysed.run)
    assert {"articles", "rejected", "entities", "stories"} <= set(analysed.analysis)
    report = (analysed.out / "report.html").read_bytes().decode("utf-8")
    assert report.lstrip().lower().startswith("<!doctype html") and report.rstrip().endswith("</html>")


def test_no_temporary_files_are_left(analysed: Analysed) -> None:
    left = [p.name for p in analysed.out.rglob("*") if ".tmp" in p.name] if analysed.out.exists() else []
    assert not left


def test_every_good_page_is_analysed(analysed: Analysed) -> None:
    articles = analysed.articles_by_token()
    missing = [p.path.name for p in analysed.input.good if p.title not in {a["title"] for a in articles.get(p.token, [])}]
    assert not missing, f"good pages not analysed under their title: {missing}; {_crash(analysed.run)}"


def test_every_input_file_is_accounted_for(analysed: Analysed) -> None:
    articles, rejections = analysed.articles_by_token(), analysed.rejections_by_token()
    unaccounted = [f"{c.cls}: {c.path.name!r}" for c in analysed.input.cases if _token(c) not in articles | rejections]
    assert not unaccounted, f"{len(unaccounted)} inputs neither analysed nor rejected: {unaccounted[:20]}"


def test_every_rejection_has_a_one_line_reason(analysed: Analysed) -> None:
    assert analysed.analysis is not None, _crash(analysed.run)
    bad = [r for r in analysed.analysis["rejected"] if not isinstance(r.get("reason"), str) or not r["reason"].strip()
           or "\n" in r["reason"] or "\r" in r["reason"]]
    assert not bad, bad[:5]


def test_peak_memory_is_under_1_gb(analysed: Analysed) -> None:
    assert analysed.run.killed is None, analysed.run.killed
    assert analysed.run.max_rss_mb < MEMORY_LIMIT_MB


def test_standard_error_has_no_traceback_and_no_escape(analysed: Analysed) -> None:
    """No traceback, and no raw ESC (nor its one-character form, C1 CSI) from names or page text reaches a terminal."""
    assert not analysed.run.traceback, _crash(analysed.run)
    for stream in (analysed.run.stderr, analysed.run.stdout):
        assert "\x1b" not in stream and "\x9b" not in stream, [ln for ln in stream.splitlines() if "\x1b" in ln or "\x9b" in ln][:5]


def test_no_page_is_lost_to_an_internal_error(analysed: Analysed) -> None:
    """A bug caught per page keeps the batch going, but the page is lost: bad input is rejected for what is wrong with it."""
    assert analysed.analysis is not None, _crash(analysed.run)
    internal = [f"{r['source'].rsplit('/', 1)[-1]!r}: {r['reason']}" for r in analysed.analysis["rejected"] if "internal error" in r["reason"]]
    assert not internal, "\n".join(internal)


def _verdict(case: Case, analysed: Analysed) -> str:
    token = _token(case)
    if token in analysed.articles_by_token():
        return "analysed"
    return "rejected" if token in analysed.rejections_by_token() else "missing"


@pytest.mark.parametrize("cls", BATCH_CLASSES)
def test_class_is_accounted_for(cls: str, analysed: Analysed) -> None:
    """Each file of the class is analysed or rejected as expected, rejections with a one-line reason."""
    assert analysed.analysis is not None, f"the batch wrote no analysis: {_crash(analysed.run)}"
    rejections = analysed.rejections_by_token()
    wrong = []
    for case in (c for c in analysed.input.cases if c.cls == cls):
        got = _verdict(case, analysed)
        reasons = [r["reason"] for r in rejections.get(_token(case), [])]
        if got == "missing" or case.expected not in ("either", got):
            wrong.append(f"{case.path.name!r}: expected {case.expected}, got {got} {reasons[:2]}")
        wrong += [f"{case.path.name!r}: bad reason {r!r}" for r in reasons if not r.strip() or "\n" in r or "internal error" in r]
    assert not wrong, "\n".join(wrong)


# --------------------------------------------------------------------------- decompression bombs


@pytest.mark.parametrize("cls", BOMB_CLASSES)
def test_bomb_is_rejected_in_bounded_memory(cls: str, tmp_path: Path) -> None:
    """A 2 GB (or a 300 MB header) expansion from a couple of MB: rejected, memory under 1 GB, in seconds."""
    good = hostile.good_pages(tmp_path / "in", 1)
    cases = hostile.write_classes(tmp_path / "in", tmp_path / "outside", [cls])
    run = run_cli(telisik("analyze", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"), 120, KILL_RSS_MB)
    assert run.killed is None and run.rc == 0 and not run.traceback, _crash(run)
    assert run.max_rss_mb < MEMORY_LIMIT_MB
    analysis = json.loads((tmp_path / "out" / "analysis.json").read_text(encoding="utf-8"))
    assert [token_of(a["source"]) for a in analysis["articles"]] == [good[0].token]
    reasons = [r["reason"] for r in analysis["rejected"] if token_of(r["source"]) == _token(cases[0])]
    assert reasons and all(r.strip() and "\n" not in r for r in reasons)


# --------------------------------------------------------------------------- the store


@pytest.fixture(scope="module")
def ingested(batch_input: BatchInput) -> tuple[Run, Path]:
    db = batch_input.folder.parent / "store.db"
    return run_cli(telisik("ingest", str(batch_input.folder), "--db", str(db), "-q"), BATCH_TIMEOUT_S, KILL_RSS_MB), db


def test_ingest_stores_the_good_pages(ingested: tuple[Run, Path], batch_input: BatchInput) -> None:
    run, db = ingested
    assert run.killed is None and run.rc == 0 and not run.traceback, _crash(run)
    assert "\x1b" not in run.stderr and run.max_rss_mb < INGEST_MEMORY_LIMIT_MB
    with sqlite3.connect(db) as conn:
        stored = {token_of(source): title for source, title in conn.execute("select source, title from articles")}
    missing = [p.path.name for p in batch_input.good if stored.get(p.token) != p.title]
    assert not missing, f"good pages not stored: {missing}"


# --------------------------------------------------------------------------- the reader alone

_SEED = hostile.news_article(1)
_PAGES = [_SEED.text_page().encode(), _SEED.html_page().encode(), hostile.jsonl([_SEED.record()])]
_PREFIXES = [b"WARC/1.0\r\n", b'{"text": "', b"\x1f\x8b\x08\x00", b'<html><meta charset="', b"\xff\xfe", b"\x00\x00\xfe\xff",
             b"%PDF", b"\xef\xbb\xbf", b"<!-- ", b"[" * 50]


def _splice(page: bytes, at: int, insert: bytes, cut: int) -> bytes:
    at %= len(page) + 1
    return page[:at] + insert + page[at + cut :]


contents = st.one_of(
    st.binary(max_size=4096),
    st.binary(max_size=2048).map(hostile.gz),
    st.builds(bytes.__add__, st.sampled_from(_PREFIXES), st.binary(max_size=512)),
    st.builds(_splice, st.sampled_from(_PAGES), st.integers(0, 4000), st.binary(max_size=32), st.integers(0, 200)),
    st.builds(_splice, st.sampled_from(_PAGES), st.integers(0, 4000), st.binary(max_size=32), st.integers(0, 200)).map(hostile.gz),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents, st.sampled_from(hostile.ALL_SUFFIXES))
def test_reader_gives_only_documents_and_rejections(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"page{suffix}"
        path.write_bytes(data)
        items = list(Reader().read([path]))
    assert items
    for item in items:
        assert isinstance(item, (RawDocument, Rejection)), type(item)
        if isinstance(item, Rejection):
            assert isinstance(item.reason, str) and item.reason.strip() and "\n" not in item.reason
        else:
            assert isinstance(item.content, str) and item.content.strip()


def test_gzip_bomb_writer_is_valid_gzip(tmp_path: Path) -> None:
    """The bombs are real gzip files (CRC and size right), so a reader cannot reject them as corrupt."""
    path = tmp_path / "b.gz"
    size = hostile.write_gzip_bomb(path, b"<p>", b"ab" * 500, 300, b"</p>")
    assert gzip.decompress(path.read_bytes()) == b"<p>" + b"ab" * 150_000 + b"</p>" and size == 300_007

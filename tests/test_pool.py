"""The local engine on several processes (``--workers``): the single process's analysis byte for byte,
in input order, and a worker that dies costs its batch of pages alone."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from store_fixtures import ALL, HOSTILE
from telisik.cli import main
from telisik.engine.pool import WorkerPool, default_workers
from telisik.output.render import write_outputs
from telisik.records import RawDocument, Rejection

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# no publication date and no year: re-anchored on the run's dates, in a worker
UNDATED = {
    "id": "longsor-undated",
    "title": "Longsor Tutup Jalan Provinsi di Lembah Hijau",
    "text": (
        "Tanah longsor menutup jalan provinsi yang menghubungkan Kecamatan Sukamaju dan Kecamatan Cibeureum, "
        "Kabupaten Lembah Hijau, pada Rabu (9/4) malam.\n\n"
        "Kepala BPBD Lembah Hijau, Suryani, mengatakan alat berat dikerahkan untuk membuka jalan.\n\n"
        '"Kami menargetkan jalan bisa dilalui lagi besok sore," kata Suryani.'
    ),
}


def _records() -> list[object]:
    """Enough records for several batches of the NLP (32 items each), so that the workers share them:
    the store fixtures' articles under new ids, duplicates, an undated article and bad lines among them."""
    records: list[object] = []
    for copy in range(8):
        for record in [*ALL, HOSTILE]:
            records.append({**record, "id": f"{record['id']}-{copy}", "title": f"{record.get('title', '')} ({copy})"})
    records[17:17] = ["{not json", {"id": "no-text", "title": "Tanpa isi"}, UNDATED, records[3]]
    return records


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("inputs")
    (root / "berita.jsonl").write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in _records()), encoding="utf-8")
    shutil.copytree(EXAMPLES, root / "examples")
    return [str(root / "berita.jsonl"), str(root / "examples")]


def test_workers_give_the_single_process_analysis(analyzer, inputs, tmp_path):
    alone = tmp_path / "alone"
    write_outputs(analyzer.analyze(inputs), alone)
    document = json.loads((alone / "analysis.json").read_text(encoding="utf-8"))
    assert len(document["articles"]) > 2 * 32, "the run must span several batches"
    assert any(r["reason"].startswith("duplicate of") for r in document["rejected"])
    undated = next(a for a in document["articles"] if a["id"] == "longsor-undated")
    assert undated["timex_anchor"]["inferred"], "re-anchored on the run's dates"

    assert main(["analyze", *inputs, "--out", str(tmp_path / "workers"), "--workers", "2", "-q"]) == 0
    assert (tmp_path / "workers" / "analysis.json").read_bytes() == (alone / "analysis.json").read_bytes()
    assert (tmp_path / "workers" / "report.html").read_bytes() == (alone / "report.html").read_bytes()  # rendered in a worker


def test_ingest_with_workers_stores_what_one_process_stores(inputs, tmp_path):
    exports = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        assert main(["ingest", *inputs, "--db", str(db), "--workers", workers, "-q"]) == 0
        out = tmp_path / f"w{workers}.json"
        assert main(["export", "--db", str(db), "--format", "json", "--out", str(out)]) == 0
        exports.append(json.loads(out.read_text(encoding="utf-8")))
    one, two = exports
    assert [a["id"] for a in two["articles"]] == [a["id"] for a in one["articles"]]
    assert two["stories"] == one["stories"]
    assert two["entities"] == one["entities"]


def test_default_workers_follow_the_environment(monkeypatch):
    monkeypatch.setenv("TELISIK_WORKERS", "3")
    assert default_workers() == 3
    monkeypatch.setenv("TELISIK_WORKERS", "nol")
    assert default_workers() == len(os.sched_getaffinity(0))


# ---------------------------------------------------------------- a worker that dies, without the NLP


def _start_nothing(settings: dict) -> None:
    return None


def _read_or_die(items: list) -> list:
    """A worker's task that dies, as a worker killed for memory does, on a page saying "MATI"."""
    if any(isinstance(i, RawDocument) and "MATI" in i.content for i in items):
        os._exit(3)
    return [i if isinstance(i, Rejection) else Rejection(i.where, f"read: {i.content}") for i in items]


def _pages(texts: list[str]) -> list[RawDocument]:
    return [RawDocument("berita.jsonl", "text", text, record=f"L{n}") for n, text in enumerate(texts, 1)]


def test_a_dead_worker_costs_its_chunk_alone():
    texts = [f"Berita nomor {n}" for n in range(1, 13)]
    texts[5] = "Halaman ini MATI"
    pool = WorkerPool(2, {}, chunk=2, start=_start_nothing, task=_read_or_die)
    try:
        results = list(pool.process_all(_pages(texts)))
    finally:
        pool.close()
    assert [r.source for r in results] == [f"berita.jsonl#L{n}" for n in range(1, 13)], "every page, in order"
    died = [r.source for r in results if "worker process died" in r.reason]
    assert died == ["berita.jsonl#L5", "berita.jsonl#L6"], "the chunk holding the page that kills its worker"
    assert all(r.reason == f"read: {texts[n]}" for n, r in enumerate(results) if r.source not in died)


def test_an_error_reading_comes_after_what_was_read():
    def pages():
        yield from _pages(["Berita satu", "Berita dua", "Berita tiga"])
        raise OSError("disk hilang")

    pool = WorkerPool(2, {}, chunk=2, start=_start_nothing, task=_read_or_die)
    seen = []
    try:
        with pytest.raises(OSError, match="disk hilang"):
            for result in pool.process_all(pages()):
                seen.append(result.reason)
    finally:
        pool.close()
    assert seen == ["read: Berita satu", "read: Berita dua", "read: Berita tiga"]


_CLIENT = """
import sys, time
from functools import partial
from telisik.engine.local import Analyzer
from telisik.engine.pool import WorkerPool, _held_pid, start_worker
pool = WorkerPool(2, {}, chunk=1, start=partial(start_worker, Analyzer))
pool.warm()
print(" ".join(str(pid) for pid in {pool.executor.submit(_held_pid).result() for _ in range(8)}), flush=True)
time.sleep(600)
"""


def test_workers_leave_when_their_client_is_killed():
    """A client killed outright (kill -9: no shutdown runs) leaves no worker analysing for nobody."""
    import signal
    import subprocess
    import sys
    import time

    from telisik.engine.pool import _gone

    client = subprocess.Popen([sys.executable, "-c", _CLIENT], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in client.stdout.readline().split()]
    finally:
        client.send_signal(signal.SIGKILL)
        client.wait()
    assert workers and client.pid not in workers
    deadline = time.monotonic() + 60  # a bound on the wait, not a timing claim: the workers look every second
    while time.monotonic() < deadline and not all(_gone(pid) for pid in workers):
        time.sleep(0.5)
    assert all(_gone(pid) for pid in workers), "workers outlived their client"

"""`telisik analyze --engine dask`: the same analysis as the single-process engine, on a real local Dask cluster.

The cluster has two worker processes; the inputs are cut into many small
tasks (two records each) so that duplicates, undated articles and stories
cross task boundaries, and the documents are compared byte for byte.
"""

from __future__ import annotations

import gzip
import itertools
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from dask_clusters import local_client, read_tasks
from store_fixtures import ALL, HOSTILE
from telisik.cli import main
from telisik.engine import batch
from telisik.engine.tasks import plan
from telisik.output.render import write_outputs
from telisik.pages.read import Reader
from telisik.records import Rejection
from warc_fixtures import warc_bytes

distributed = pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

PAGE = (
    "Jembatan Gantung di Lebak Putus, Puluhan Siswa Terpaksa Menyeberang Sungai\n\n"
    "Penulis: Yayan Supriatna\n\n"
    "LEBAK, KOMPAS.com - Jembatan gantung penghubung dua desa di Kabupaten Lebak, Banten, putus setelah diterjang "
    "banjir pada Sabtu (12/4/2025).\n\n"
    "Akibatnya, puluhan siswa sekolah dasar terpaksa menyeberangi sungai dengan rakit bambu untuk berangkat sekolah.\n"
)

# no publication date and no year: its dates take the year of the run's dated articles
UNDATED = {
    "id": "banjir-undated",
    "url": "https://regional.example.id/banjir-muara-teluk-surut",
    "title": "Warga Muara Teluk Bersihkan Rumah Setelah Banjir Surut",
    "text": (
        "Warga Kecamatan Muara Teluk, Kabupaten Lembah Hijau, mulai membersihkan rumah mereka pada Kamis (7/3) "
        "setelah banjir bandang surut.\n\n"
        "Kepala BPBD Lembah Hijau, Suryani, mengatakan sebagian pengungsi sudah kembali ke rumah masing-masing.\n\n"
        '"Kami masih menyiagakan petugas di bantaran Sungai Cikarang," kata Suryani.'
    ),
}

HTML = (
    "<html><head><meta charset='utf-8'><title>Banjir Rendam Bekasi - Kompas.com</title></head><body>"
    "<article><h1>Banjir Rendam Ratusan Rumah di Bekasi</h1><p>BEKASI, KOMPAS.com - "
    + "Banjir merendam ratusan rumah di tiga kecamatan di Kabupaten Bekasi setelah hujan deras, Selasa (5/3/2024). " * 3
    + "</p></article></body></html>"
)


def _jsonl(records: list) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def make_inputs(root: Path) -> list[str]:
    """Several files and formats; a directory that holds a file given on its own too (every article of it a duplicate)."""
    records = [*ALL, HOSTILE]
    (root / "a.jsonl").write_text(_jsonl(records[:4]), encoding="utf-8")
    sub = root / "sub"
    sub.mkdir()
    rest = [*records[4:], "", "{not json", {"id": "no-text", "title": "Tanpa isi"}, UNDATED, records[1]]
    with gzip.open(sub / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(_jsonl(rest))
    (sub / "empty.txt").write_text("", encoding="utf-8")
    (sub / "page.txt").write_text(PAGE, encoding="utf-8")
    (sub / "notes.md").write_text("# catatan", encoding="utf-8")
    (sub / "blank.jsonl").write_text("\n\n", encoding="utf-8")
    shutil.copytree(EXAMPLES, root / "examples")
    (root / "crawl.warc.gz").write_bytes(
        warc_bytes([
            ("https://www.kompas.com/banjir-bekasi", "text/html", HTML),
            ("https://www.kompas.com/robots.txt", "text/plain", "User-agent: *"),
            ("https://www.kompas.com/kapal", "text/html; charset=utf-8", (EXAMPLES / "kompas_kapal_kandas.html").read_text(encoding="utf-8")),
            ("https://www.kompas.com/kosong", "text/html", "<html><body><nav>Menu</nav></body></html>"),
        ])
    )
    return [str(root / "a.jsonl"), str(root), str(root / "missing.txt")]


@pytest.fixture(scope="module")
def client():
    yield from local_client(2)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return make_inputs(tmp_path_factory.mktemp("inputs"))


@pytest.fixture(scope="module")
def local(analyzer, inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    write_outputs(analyzer.analyze(inputs), out)
    return out


def load(out: Path) -> dict:
    return json.loads((out / "analysis.json").read_text(encoding="utf-8"))


def assert_same_analysis(local_out: Path, dask_out: Path) -> None:
    a, b = load(local_out), load(dask_out)
    for key in ("rejected", "articles", "entities", "stories"):
        assert [x.get("id", x.get("source")) for x in b[key]] == [x.get("id", x.get("source")) for x in a[key]], key
        for x, y in zip(a[key], b[key], strict=True):
            assert y == x, (key, x.get("id", x.get("source")))
    assert b == a
    assert (dask_out / "analysis.json").read_bytes() == (local_out / "analysis.json").read_bytes()


def test_tasks_read_what_reader_reads(tmp_path):
    """Reading the planned tasks in order, range by range, gives exactly ``Reader.read``'s items."""
    inputs = make_inputs(tmp_path)
    reader = Reader()
    tasks = plan(inputs, reader, workers=2, chunk=2, min_chunk=1)
    assert any(u.offset for t in tasks for u in t) and any(not u.whole and u.path.endswith(".warc.gz") for t in tasks for u in t)
    assert read_tasks(tasks, reader) == list(reader.read(inputs))


def test_dask_engine_gives_the_local_analysis(client, inputs, local, tmp_path):
    result = batch.run(inputs, tmp_path, client, chunk=2, min_chunk=1)
    assert_same_analysis(local, tmp_path)
    assert (tmp_path / "report.html").read_bytes() == (local / "report.html").read_bytes()
    doc = load(tmp_path)
    reasons = " | ".join(r["reason"] for r in doc["rejected"])
    for expected in ("duplicate of", "empty file", "not valid JSON", "neither 'text' nor 'html'", "not a page format",
                     "no such file", "no JSON lines", "no article text"):
        assert expected in reasons
    assert sum("duplicate of" in r["reason"] for r in doc["rejected"]) == 5
    undated = next(a for a in doc["articles"] if a["id"] == "banjir-undated")
    assert undated["published"] is None and undated["timex_anchor"] and undated["timexes"][0]["value"].startswith("2024-03-07")
    assert any(len(s["articles"]) >= 3 for s in doc["stories"]) and doc["entities"]
    assert result.articles == len(doc["articles"]) and len(result.rejected) == len(doc["rejected"])


def test_streamed_output_and_parts(client, inputs, local, tmp_path):
    """Over ``html_limit`` articles analysis.json is streamed (the same bytes) and report.html left out; ``parts`` writes JSON lines."""
    streamed = tmp_path / "streamed"
    result = batch.run(inputs, streamed, client, html_limit=3)
    assert_same_analysis(local, streamed)
    assert not (streamed / "report.html").exists() and "report.html not written" in result.notes[0]

    parts = tmp_path / "parts"
    batch.run(inputs, parts, client, parts=True, chunk=3, min_chunk=1)
    expected = load(local)

    def lines(path: Path) -> list:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

    articles = list(itertools.chain.from_iterable(lines(p) for p in sorted((parts / "parts").glob("articles-*.jsonl"))))
    assert articles == expected["articles"]
    for name in ("stories", "entities", "rejected"):
        assert lines(parts / "parts" / f"{name}.jsonl") == expected[name]
    assert not (parts / "analysis.json").exists()


def test_a_failed_task_costs_only_its_records(client, inputs, local, tmp_path, monkeypatch):
    real = batch.analyse_task

    def flaky(task, units, max_bytes, **limits):
        if any(u.path and u.path.endswith("b.jsonl.gz") for u in units):
            raise RuntimeError("worker lost")
        return real(task, units, max_bytes, **limits)

    monkeypatch.setattr(batch, "analyse_task", flaky)
    batch.run(inputs, tmp_path, client, chunk=2, min_chunk=1)
    doc, expected = load(tmp_path), load(local)
    failed = [r for r in doc["rejected"] if "the task failed (RuntimeError: worker lost)" in r["reason"]]
    assert failed and all("b.jsonl.gz#L" in r["source"] for r in failed)
    lost = {a["id"] for a in expected["articles"] if "b.jsonl.gz" in a["source"]}
    assert lost and {a["id"] for a in doc["articles"]} == {a["id"] for a in expected["articles"]} - lost


def test_cli_dask_engine(inputs, local, tmp_path, capsys):
    assert main(["analyze", *inputs, "--out", str(tmp_path), "--engine", "dask", "--workers", "2"]) == 0
    assert_same_analysis(local, tmp_path)
    captured = capsys.readouterr()
    assert "telisik analyze:" in captured.out and "rejected" in captured.err
    assert main(["analyze", *inputs, "--out", str(tmp_path / "x"), "--parts"]) == 2


def test_real_corpus_articles(client, analyzer, shared, tmp_path):
    corpus = shared / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
    if not corpus.exists():
        pytest.skip("no corpus")
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        lines = list(itertools.islice(fh, 600))
    # the first 130 lines, 20 undated ones further on, and three reports of one happening over two days (Shell
    # selling its filling stations), so that a story's members meet across partitions; over a plain and a gzipped file
    undated = [line for line in lines[130:] if json.loads(line).get("published") is None][:20]
    one_happening = [lines[366], lines[374], lines[381]]
    picked = lines[:130] + undated[:10] + one_happening[:2] + undated[10:] + one_happening[2:]
    (tmp_path / "one.jsonl").write_text("".join(picked[:80]), encoding="utf-8")
    with gzip.open(tmp_path / "two.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("".join(picked[80:]))
    inputs = [str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl.gz")]
    write_outputs(analyzer.analyze(inputs), tmp_path / "local")
    batch.run(inputs, tmp_path / "dask", client, min_chunk=8)
    assert_same_analysis(tmp_path / "local", tmp_path / "dask")
    doc = load(tmp_path / "dask")
    assert len(doc["articles"]) > 100 and any(len(s["articles"]) > 1 for s in doc["stories"])


def test_workers_build_their_pipeline_before_their_first_task(client):
    """``run`` starts a task on every worker that builds its Analyzer and spaCy pipeline while the driver plans."""
    limits = {"max_bytes": 1_234_567, "max_chars": 54_321, "page_seconds": None, "fields": {}}  # limits no other test uses

    def built() -> bool:
        from telisik.engine import batch as on_worker

        analyzers = [a for key, a in on_worker._ANALYZERS.items() if key[:2] == (1_234_567, 54_321)]
        return bool(analyzers) and all("nlp" in vars(a) for a in analyzers)  # the cached pipeline

    assert not any(client.run(built).values())
    futures = batch._warm(client, limits)
    assert len(futures) == 2 and all(seconds > 0 for seconds in client.gather(futures))
    assert all(client.run(built).values())


def test_background_gives_the_value_or_raises_the_error():
    assert batch._Background(lambda: ["Kabupaten Lebak"]).result() == ["Kabupaten Lebak"]
    with pytest.raises(FileNotFoundError):
        batch._Background(lambda: Path("/tidak/ada/leksikon.tsv").read_text()).result()


def test_the_driver_simulation_replicates_articles(client, analyzer, tmp_path, monkeypatch):
    """bench/dask_driver.py drives the engine with copies of analysed articles: new ids, dates a month on per
    epoch, the entities' names kept; the run links and clusters them like any other."""
    import cloudpickle

    from script_loader import load_script

    driver = load_script("dask_driver", Path(__file__).resolve().parent.parent / "bench" / "dask_driver.py")
    cloudpickle.register_pickle_by_value(driver)  # the workers cannot import bench/
    source = tmp_path / "pages.jsonl"
    source.write_text(_jsonl(ALL), encoding="utf-8")
    base = [a.to_dict() for a in analyzer.process_all(analyzer.reader.read([source])) if not isinstance(a, Rejection)]
    base_file = tmp_path / "base.jsonl"
    base_file.write_text(_jsonl(base), encoding="utf-8")
    size = 3 * len(base) - 1
    monkeypatch.setattr(batch, "plan", driver.synthetic_plan(size, base_file, 4))
    task = driver.synthetic_task
    # a closure: pickled by value (with the function it calls), where a module's function would be named and not found
    monkeypatch.setattr(batch, "analyse_task", lambda *args, **limits: task(*args, **limits))
    result = batch.run([str(base_file)], tmp_path / "out", client, chunk=4)
    doc = load(tmp_path / "out")
    assert result.articles == size and not doc["rejected"]
    by_id = {a["id"]: a for a in doc["articles"]}
    assert len(by_id) == size
    first, copy = base[0], by_id[f"{base[0]['id']}-e2"]
    assert copy["published"][:10] == (date.fromisoformat(first["published"][:10]) + timedelta(days=60)).isoformat()
    assert [e["name"] for e in copy["entities"]] == [e["name"] for e in first["entities"]]
    # a copy a month on is news of its own month: its own story, and the same entities as its original
    assert copy["story"] != by_id[first["id"]]["story"]
    assert [e["global_id"] for e in copy["entities"]] == [e["global_id"] for e in by_id[first["id"]]["entities"]]


def test_a_cluster_left_without_workers_stops_the_wait(tmp_path):
    """Workers that go away (a task brought them down, or they never came back) must not leave the run
    waiting for ever: the wait ends with a reason once the cluster has had no worker for the limit."""
    import time

    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0")
    try:
        with distributed.Client(cluster) as client:
            done = client.submit(sum, [1, 2], pure=False)
            assert [f.result() for f in batch.completed(client, [done])] == [3]
            waiting = client.submit(time.sleep, 60, pure=False)
            cluster.scale(0)
            started = time.monotonic()
            with pytest.raises(batch.ClusterStalled, match="no worker"):
                list(batch.completed(client, [waiting], workerless_seconds=1.0, poll_seconds=0.05))
            assert time.monotonic() - started < 30
    finally:
        cluster.close()

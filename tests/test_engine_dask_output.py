"""The Dask engine's output stage: analysis.json written from the text the workers encode, and report.html rendered
on a worker from the partitions' articles, give ``render.write_outputs``' bytes (and so when the worker is lost); the
driver's fetches run ahead of what it is reading."""

from __future__ import annotations

import pytest

from dask_clusters import local_client
from telisik.engine import batch
from telisik.output.render import write_outputs

distributed = pytest.importorskip("distributed")

DOCUMENT = {
    "telisik_version": "test",
    "rejected": [{"source": "halaman/kosong.html", "reason": "no article text"}],
    "articles": [
        {
            "id": "banjir-lebak-1",
            "title": "Jembatan Gantung di Lebak Putus Diterjang Banjir",
            "outlet": "kompas.com",
            "url": "https://regional.kompas.com/read/2025/04/12/banjir-lebak",
            "published": "2025-04-12T09:30:00+07:00",
            "body": "Jembatan gantung penghubung dua desa di Kabupaten Lebak putus setelah diterjang banjir.",
            "entities": [{"id": "1", "name": "Kabupaten Lebak", "type": "LOC", "global_id": "E1", "mentions": []}],
            "story": "S1",
        },
        {
            "id": "banjir-lebak-2",
            "title": "Siswa di Lebak Seberangi Sungai dengan Rakit Bambu",
            "outlet": "detik.com",
            "published": "2025-04-13T07:00:00+07:00",
            "body": "Puluhan siswa sekolah dasar terpaksa menyeberangi sungai dengan rakit bambu — \u201ckami takut\u201d, kata warga.",
            "entities": [],
            "story": "S1",
        },
    ],
    "entities": [{"id": "E1", "name": "Kabupaten Lebak", "type": "LOC", "articles": ["banjir-lebak-1"]}],
    "stories": [
        {
            "id": "S1",
            "title": "Jembatan Gantung di Lebak Putus Diterjang Banjir",
            "articles": ["banjir-lebak-1", "banjir-lebak-2"],
            "outlets": ["kompas.com", "detik.com"],
            "first": "2025-04-12",
            "last": "2025-04-13",
        }
    ],
    "threads": [],
}


@pytest.fixture(scope="module")
def client():
    yield from local_client(1, processes=False)


def _writer(client, out, finals):
    """The output stage's writer of a run whose partitions' finished articles are ``finals`` (futures or, for a fake
    client, the lists), the stories already described (``DOCUMENT``'s)."""
    driver = batch._Driver(client, [], {}, 200, None, None)
    stories = batch._Stories(finals, [], None, [])
    writer = batch._Writer(driver, stories, DOCUMENT["entities"], out)
    writer.head, writer.rejected = {"telisik_version": DOCUMENT["telisik_version"]}, DOCUMENT["rejected"]
    writer.described = lambda started: iter(DOCUMENT["stories"])
    writer.threads = lambda: iter(DOCUMENT["threads"])
    return writer


def _finals(articles):
    """Two partitions' finished articles (position, document dict, placement), the second one empty: a task whose
    every record was rejected or a duplicate."""
    return [[(i, a, None) for i, a in enumerate(articles)], []]


def test_whole_output_is_write_outputs_bytes(client, tmp_path):
    expected = tmp_path / "local"
    write_outputs(DOCUMENT, expected)
    out = tmp_path / "dask"
    finals = [client.scatter([part])[0] for part in _finals(DOCUMENT["articles"])]
    writer = _writer(client, out, finals)
    writer.whole()
    assert [p.name for p in writer.driver.result.written] == ["analysis.json", "report.html"]
    for name in ("analysis.json", "report.html"):
        assert (out / name).read_bytes() == (expected / name).read_bytes(), name
    assert "Jembatan Gantung di Lebak Putus" in (out / "report.html").read_text(encoding="utf-8")


def test_pipelined_starts_the_next_ones_before_the_first_is_read():
    started: list[int] = []

    class Done:
        def __init__(self, value: int):
            self.value = value

        def result(self) -> list[int]:
            return [self.value]

    def start(i: int):
        def go() -> Done:
            started.append(i)
            return Done(i)

        return go

    stream = batch._pipelined([start(i) for i in range(12)], ahead=batch.RUNS_AHEAD)
    assert next(stream) == [0]
    assert started == list(range(batch.RUNS_AHEAD + 1))  # the first day and the next ones on their way
    assert [x for part in stream for x in part] == list(range(1, 12))
    assert started == list(range(12))  # each started once


def test_results_lets_each_future_go_once_read(client):
    futures = [client.submit(len, word, pure=False) for word in ("banjir", "Lebak", "jembatan")]
    reading = batch._results(futures)
    assert next(reading) == 6
    assert futures[0] is None and futures[1] is not None
    assert list(reading) == [5, 8] and futures == [None, None, None]


class _LostWorker:
    """A client that runs every task here, except report.html's, whose worker goes away."""

    class Done:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value

    class Lost:
        def result(self):
            raise RuntimeError("worker lost")

    def submit(self, fn, *args, **kwargs):
        return self.Lost() if fn is batch.render_document else self.Done(fn(*args))

    def gather(self, futures):
        return [f.result() for f in futures]


def test_report_rendered_here_when_the_worker_is_lost(tmp_path):
    expected = tmp_path / "local"
    write_outputs(DOCUMENT, expected)
    out = tmp_path / "dask"
    _writer(_LostWorker(), out, _finals(DOCUMENT["articles"])).whole()
    for name in ("analysis.json", "report.html"):
        assert (out / name).read_bytes() == (expected / name).read_bytes(), name


def test_streamed_output_is_the_document_bytes(tmp_path):
    expected = tmp_path / "local"
    write_outputs(DOCUMENT, expected)
    out = tmp_path / "dask"
    writer = _writer(_LostWorker(), out, _finals(DOCUMENT["articles"]))
    writer.streamed(html_limit=1)
    assert (out / "analysis.json").read_bytes() == (expected / "analysis.json").read_bytes()
    assert not (out / "report.html").exists()

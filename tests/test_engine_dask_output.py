"""The Dask engine's output stage: report.html rendered on a worker while the driver writes analysis.json gives
``render.write_outputs``' bytes, and the driver's fetches run ahead of what it is reading."""

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


def test_report_rendered_on_a_worker_is_write_outputs_bytes(client, tmp_path):
    expected = tmp_path / "local"
    write_outputs(DOCUMENT, expected)
    out = tmp_path / "dask"
    out.mkdir()
    written = batch._write_outputs(client, DOCUMENT, out)
    assert [p.name for p in written] == ["analysis.json", "report.html"]
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

    stream = batch._pipelined([start(i) for i in range(12)], ahead=batch.DAYS_AHEAD)
    assert next(stream) == [0]
    assert started == list(range(batch.DAYS_AHEAD + 1))  # the first day and the next ones on their way
    assert [x for part in stream for x in part] == list(range(1, 12))
    assert started == list(range(12))  # each started once


def test_results_lets_each_future_go_once_read(client):
    futures = [client.submit(len, word, pure=False) for word in ("banjir", "Lebak", "jembatan")]
    reading = batch._results(futures)
    assert next(reading) == 6
    assert futures[0] is None and futures[1] is not None
    assert list(reading) == [5, 8] and futures == [None, None, None]


class _LostWorker:
    """A client whose worker goes away while it renders."""

    def scatter(self, items: list, hash: bool = True) -> list:
        return list(items)

    def submit(self, fn, *args, **kwargs):
        class Lost:
            def result(self):
                raise RuntimeError("worker lost")

        return Lost()


def test_report_rendered_here_when_the_worker_is_lost(tmp_path):
    expected = tmp_path / "local"
    write_outputs(DOCUMENT, expected)
    out = tmp_path / "dask"
    out.mkdir()
    batch._write_outputs(_LostWorker(), DOCUMENT, out)
    for name in ("analysis.json", "report.html"):
        assert (out / name).read_bytes() == (expected / name).read_bytes(), name

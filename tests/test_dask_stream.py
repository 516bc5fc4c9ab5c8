"""The Dask driver links and clusters while the workers analyse (``batch._Stream``), and gives the local analysis.

Partitions are taken in task order whatever order they finish in; what the arrival order does not allow (input not
in day order, an undated article that re-anchoring gives a day or other entities) is done at the end as before.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from dask_clusters import local_client
from store_fixtures import ALL
from telisik.engine import batch
from telisik.engine.tasks import plan
from telisik.output.render import write_outputs
from telisik.pages.read import Reader

distributed = pytest.importorskip("distributed")

# no publication date, and a day with no year: re-anchoring on the run's days gives it a timex anchor, hence a day
UNDATED_FLOOD = {
    "id": "banjir-susulan",
    "url": "https://regional.example.id/banjir-susulan-muara-teluk",
    "title": "Banjir Susulan Kembali Rendam Muara Teluk",
    "text": (
        "Banjir susulan kembali merendam permukiman warga di Kecamatan Muara Teluk, Kabupaten Lembah Hijau, "
        "pada Rabu (6/3) sore.\n\n"
        "Kepala BPBD Lembah Hijau, Suryani, mengatakan air naik setelah hujan deras mengguyur kawasan hulu.\n\n"
        '"Warga kami minta tetap waspada," kata Suryani.'
    ),
}

# no publication date and no date in the text: re-anchoring leaves it as it was (no day; clustered last)
UNDATED_TIMELESS = {
    "id": "tips-mudik",
    "url": "https://gaya.example.id/tips-mudik-aman",
    "title": "Tips Mudik Aman dengan Sepeda Motor",
    "text": (
        "Pemudik yang memakai sepeda motor diminta memeriksa rem dan ban sebelum berangkat.\n\n"
        "Kepala Dinas Perhubungan Kota Bandung, Arif Hidayat, mengatakan pemudik sebaiknya beristirahat setiap dua jam.\n\n"
        '"Jangan memaksakan diri jika sudah lelah," kata Arif.'
    ),
}

BY_DAY = sorted(ALL, key=lambda r: r["published"])


@pytest.fixture(scope="module")
def client():
    yield from local_client(2)


def _write(path: Path, records: list[dict[str, Any]]) -> list[str]:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return [str(path)]


def _same_as_local(analyzer: Any, inputs: list[str], dask_out: Path, local_out: Path) -> dict[str, Any]:
    write_outputs(analyzer.analyze(inputs), local_out)
    a = json.loads((local_out / "analysis.json").read_text(encoding="utf-8"))
    b = json.loads((dask_out / "analysis.json").read_text(encoding="utf-8"))
    for key in ("rejected", "articles", "entities", "stories"):
        assert b[key] == a[key], key
    assert (dask_out / "analysis.json").read_bytes() == (local_out / "analysis.json").read_bytes()
    return b


class _Watch:
    """Which fallbacks a run took, and the order the partitions arrived in."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.shuffled = 0
        self.relinked = 0
        self.arrived: list[int] = []
        shuffle, link, arrive = batch._shuffle_by_day, batch._link, batch._Stream.arrive

        def counted_shuffle(*args: Any) -> Any:
            self.shuffled += 1
            return shuffle(*args)

        def counted_link(*args: Any) -> Any:
            self.relinked += 1
            return link(*args)

        def noted_arrive(stream: batch._Stream, view: batch.StreamView) -> None:
            self.arrived.append(view.index.task)
            arrive(stream, view)

        monkeypatch.setattr(batch, "_shuffle_by_day", counted_shuffle)
        monkeypatch.setattr(batch, "_link", counted_link)
        monkeypatch.setattr(batch._Stream, "arrive", noted_arrive)


def test_day_ordered_input_is_linked_and_clustered_as_partitions_arrive(client, analyzer, tmp_path, monkeypatch):
    """The first task finishes after another: that one waits for it, and the run still links and clusters in input order,
    with no shuffle by day and no linking at the end; an undated article with no date is clustered last."""
    inputs = _write(tmp_path / "pages.jsonl", [*BY_DAY[:4], UNDATED_TIMELESS, *BY_DAY[4:], BY_DAY[1]])
    real = batch.analyse_task
    tasks = len(plan(inputs, Reader(), workers=2, chunk=2, min_chunk=1))
    marks = tmp_path / "marks"
    marks.mkdir()

    def first_last(task: int, units: Any, max_bytes: int, **limits: Any) -> Any:
        """Task 0 waits until another task (on the other worker) is analysed: it comes to the driver after it."""
        if task == 0:
            deadline = time.monotonic() + 60
            while not any(marks.iterdir()) and time.monotonic() < deadline:
                time.sleep(0.1)
        part = real(task, units, max_bytes, **limits)
        (marks / str(task)).touch()
        return part

    monkeypatch.setattr(batch, "analyse_task", first_last)
    watch = _Watch(monkeypatch)
    batch.run(inputs, tmp_path / "dask", client, chunk=2, min_chunk=1)
    assert tasks > 3 and watch.arrived[0] != 0 and sorted(watch.arrived) == list(range(tasks))
    assert watch.shuffled == 0 and watch.relinked == 0
    doc = _same_as_local(analyzer, inputs, tmp_path / "dask", tmp_path / "local")
    assert any("duplicate of" in r["reason"] for r in doc["rejected"])
    assert any(len(s["articles"]) >= 3 for s in doc["stories"])
    timeless = next(a for a in doc["articles"] if a["id"] == "tips-mudik")
    assert timeless["published"] is None and timeless["story"]


def test_input_not_in_day_order_is_clustered_at_the_end(client, analyzer, tmp_path, monkeypatch):
    inputs = _write(tmp_path / "pages.jsonl", list(reversed(BY_DAY)))
    watch = _Watch(monkeypatch)
    batch.run(inputs, tmp_path / "dask", client, chunk=2, min_chunk=1)
    assert watch.shuffled == 1 and watch.relinked == 0  # the linking does not depend on the days: it stands
    _same_as_local(analyzer, inputs, tmp_path / "dask", tmp_path / "local")


def test_an_article_that_reanchoring_gives_a_day_is_clustered_at_the_end(client, analyzer, tmp_path, monkeypatch):
    inputs = _write(tmp_path / "pages.jsonl", [*BY_DAY[:3], UNDATED_FLOOD, *BY_DAY[3:]])
    watch = _Watch(monkeypatch)
    batch.run(inputs, tmp_path / "dask", client, chunk=2, min_chunk=1)
    assert watch.shuffled == 1
    doc = _same_as_local(analyzer, inputs, tmp_path / "dask", tmp_path / "local")
    again = next(a for a in doc["articles"] if a["id"] == "banjir-susulan")
    assert again["published"] is None and again["timex_anchor"]


def test_entities_that_reanchoring_changes_are_linked_again(client, tmp_path, monkeypatch):
    """Re-anchoring that changes an undated article's entities undoes the streamed linking: the entities are those
    of the re-anchored articles (here a re-anchoring that renames the undated article's entities)."""
    inputs = _write(tmp_path / "pages.jsonl", [*BY_DAY[:3], UNDATED_TIMELESS, *BY_DAY[3:]])
    real = batch.reanchor_partition

    def renaming(part: Any, drop: Any, days: Any, max_bytes: int, **limits: Any) -> Any:
        kept = real(part, drop, days, max_bytes, **limits)
        for _, article in kept.articles:
            if not article.published:
                for ent in article.entities:
                    ent.name = ent.name + " Berubah"
        return kept

    monkeypatch.setattr(batch, "reanchor_partition", renaming)
    watch = _Watch(monkeypatch)
    batch.run(inputs, tmp_path / "dask", client, chunk=2, min_chunk=1)
    assert watch.relinked == 1
    doc = json.loads((tmp_path / "dask" / "analysis.json").read_text(encoding="utf-8"))
    renamed = next(a for a in doc["articles"] if a["id"] == "tips-mudik")["entities"]
    assert renamed and all(e["name"].endswith(" Berubah") for e in renamed)
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert all(names[e["global_id"]].endswith(" Berubah") for e in renamed)

"""The Dask engine's tasks: the last tasks of a run are smaller (the workers finish together), and a partition's view is
made as soon as the partition is analysed (the driver takes each on arrival)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from telisik.engine import batch
from telisik.engine.tasks import plan
from telisik.pages.read import Reader


def _record(i: int) -> dict[str, str]:
    return {
        "id": f"warta-{i}",
        "url": f"https://warta.example.id/berita/{i}",
        "title": f"Warga Desa Sukamaju Gelar Kerja Bakti ke-{i}",
        "text": f"Warga Desa Sukamaju, Kabupaten Lembah Hijau, menggelar kerja bakti membersihkan saluran air ke-{i}.",
    }


def _sizes(tasks: list[list[Any]]) -> list[int]:
    return [sum(unit.records for unit in task) for task in tasks]


def _read(tasks: list[list[Any]], reader: Reader) -> list[Any]:
    got = []
    for task in tasks:
        for unit in task:
            if unit.whole:
                got += reader.read_file(Path(unit.path))
            else:
                got += reader.read_records(Path(unit.path), unit.lo, unit.hi, unit.offset)
    return got


def test_the_last_ranges_of_a_container_are_smaller(tmp_path):
    """100 records on 2 workers: tasks of 13 records (a few a worker), the last ones a quarter of that; read in order
    they are the file's records, each once."""
    path = tmp_path / "warta.jsonl"
    path.write_text("".join(json.dumps(_record(i), ensure_ascii=False) + "\n" for i in range(100)), encoding="utf-8")
    reader = Reader()
    tasks = plan([str(path)], reader, workers=2, chunk=200, min_chunk=4)
    sizes = _sizes(tasks)
    assert sum(sizes) == 100 and sizes[0] == 13
    assert sizes == sorted(sizes, reverse=True)  # never larger than the one before
    assert max(sizes[-3:]) == 4  # what one worker may still analyse when the other has run out
    assert _read(tasks, reader) == list(reader.read([str(path)]))


def test_small_files_are_grouped_into_smaller_tasks_at_the_end(tmp_path):
    """Files of one page each are grouped into tasks of a few, fewer near the end of the run."""
    folder = tmp_path / "halaman"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:03d}.txt").write_text(f"Kerja Bakti ke-{i}\n\n" + _record(i)["text"] + "\n", encoding="utf-8")
    reader = Reader()
    tasks = plan([str(folder)], reader, workers=2, chunk=200, min_chunk=2)
    sizes = _sizes(tasks)
    assert sum(sizes) == 40 and sizes[0] == 5 and sizes[-2:] == [2, 2]
    assert _read(tasks, reader) == list(reader.read([str(folder)]))


def test_a_partitions_view_is_made_before_the_next_task_is_analysed(tmp_path, monkeypatch):
    """On one worker, each partition's view comes right after its analysis, not once every task is analysed."""
    distributed = pytest.importorskip("distributed")
    log = tmp_path / "order.log"
    path = tmp_path / "warta.jsonl"
    path.write_text("".join(json.dumps(_record(i), ensure_ascii=False) + "\n" for i in range(8)), encoding="utf-8")
    real_view = batch.stream_view

    def analysed(task: int, units: Any, max_bytes: int, **limits: Any) -> batch.Partition:
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"analyse {task}\n")
        return batch.Partition(task)

    def viewed(part: batch.Partition, body_words: int) -> batch.StreamView:
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"view {part.task}\n")
        return real_view(part, body_words)

    monkeypatch.setattr(batch, "analyse_task", analysed)
    monkeypatch.setattr(batch, "stream_view", viewed)
    import dask

    with dask.config.set(batch.SCHEDULING):  # as ``batch.open_client`` makes a local cluster
        cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        tasks = plan([str(path)], Reader(), workers=1, chunk=2, min_chunk=2)
        driver = batch._Driver(client, tasks, {"max_bytes": 10**6}, 2, None, None)
        batch._analyse(driver, batch._Stream(driver))
    order = log.read_text(encoding="utf-8").splitlines()
    assert len(tasks) == 4
    assert order == [f"{what} {t}" for t in range(4) for what in ("analyse", "view")]

"""The Dask engine sizes its tasks by the threads of the cluster, not by its workers: one worker of 2 threads runs 2
tasks at a time, as 2 workers of one thread do, and gets as many tasks, with the same smaller last ones."""

from __future__ import annotations

import json
from typing import Any

import pytest

from telisik.engine import batch
from telisik.engine.tasks import plan
from telisik.pages.read import Reader


class _Planned(Exception):
    """Raised by the test's ``plan`` once the run has planned its tasks: the analysis itself is not under test."""


def _jsonl(path: Any, count: int) -> str:
    lines = [
        json.dumps(
            {
                "id": f"kabar-{i}",
                "url": f"https://kabar.example.id/daerah/{i}",
                "title": f"Pasar Murah Digelar di Kecamatan Sukaraja Hari ke-{i}",
                "text": f"Pemerintah Kecamatan Sukaraja menggelar pasar murah beras dan minyak goreng hari ke-{i}.",
            },
            ensure_ascii=False,
        )
        for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _planned(client: Any, path: str, monkeypatch: pytest.MonkeyPatch) -> list[list[Any]]:
    """The tasks ``batch.run`` plans for ``path`` on the cluster of ``client`` (the run stops there)."""
    planned: list[list[list[Any]]] = []

    def planning(*args: Any, **kwargs: Any) -> list[list[Any]]:
        planned.append(plan(*args, **kwargs))
        raise _Planned

    monkeypatch.setattr(batch, "plan", planning)
    monkeypatch.setattr(batch, "_warm", lambda client, limits: [])  # no pipeline built on the workers
    monkeypatch.setattr(batch, "folding_linker", lambda: None)  # nor the linker's lexicon loaded
    with pytest.raises(_Planned):
        batch.run([path], "unused", client, chunk=200, min_chunk=4)
    return planned[0]


@pytest.mark.parametrize(("workers", "threads"), [(2, 1), (1, 2), (2, 2)])
def test_tasks_are_planned_for_the_threads_of_the_cluster(tmp_path, monkeypatch, workers, threads):
    """100 records on 2 workers of 1 thread, 1 worker of 2 threads and 2 workers of 2 threads: the tasks are those
    ``plan`` gives for the threads (12 tasks for 2 threads, from 13 records down to 3; 18 for 4, from 7 down to 4).
    Counted by workers, the one worker of 2 threads got 6 tasks (25, 25, 25, 13, 7, 5), and the 4 threads 12."""
    distributed = pytest.importorskip("distributed")
    path = _jsonl(tmp_path / "kabar.jsonl", 100)
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=threads, processes=False, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        assert batch._threads(client) == workers * threads
        tasks = _planned(client, path, monkeypatch)
    sizes = [sum(unit.records for unit in task) for task in tasks]
    expected = plan([path], Reader(), workers=workers * threads, chunk=200, min_chunk=4)
    assert sizes == [sum(unit.records for unit in task) for task in expected]
    assert sum(sizes) == 100
    if workers * threads == 2:
        assert len(tasks) == 12 and sizes[0] == 13 and sizes[-1] == 3
    else:
        assert len(tasks) == 18 and sizes[0] == 7


def test_threads_is_a_guess_of_2_when_the_scheduler_cannot_say():
    class Unreachable:
        def scheduler_info(self, **kwargs: Any) -> dict[str, Any]:
            raise OSError("no scheduler")

    assert batch._threads(Unreachable()) == 2

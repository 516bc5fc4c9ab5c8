"""Helpers of the Dask engine's tests: a client of a fresh local Dask cluster for a test module's fixture, and what a
run's planned tasks read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from telisik.pages.read import Reader
from telisik.records import Rejection


def local_client(workers: int = 2, processes: bool = True) -> Iterator[Any]:
    """A client of a new local cluster of ``workers`` one-thread workers, closed with its cluster after the module.
    ``distributed`` is imported here: the modules skip themselves when it is absent (``pytest.importorskip``)."""
    import distributed

    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def read_tasks(tasks: list[list[Any]], reader: Reader) -> list[Any]:
    """The items that the planned ``tasks`` (``engine.tasks.plan``) read, unit by unit, in order, as a worker reads them:
    a rejection unit gives its ``Rejection``, a whole file ``read_file``, a range ``read_records``."""
    got: list[Any] = []
    for task in tasks:
        for unit in task:
            if unit.rejection:
                got.append(Rejection(*unit.rejection))
            elif unit.whole:
                got += reader.read_file(Path(unit.path))
            else:
                got += reader.read_records(Path(unit.path), unit.lo, unit.hi, unit.offset)
    return got

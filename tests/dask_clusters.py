"""A client of a fresh local Dask cluster for a test module's fixture (the Dask engine's tests)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def local_client(workers: int = 2, processes: bool = True) -> Iterator[Any]:
    """A client of a new local cluster of ``workers`` one-thread workers, closed with its cluster after the module.
    ``distributed`` is imported here: the modules skip themselves when it is absent (``pytest.importorskip``)."""
    import distributed

    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()

"""Imported by a forkserver before it forks workers (``engine.pool.PRELOAD``, the Dask engine's local cluster): the
article pipeline built, and the first page's lazy loads done, once for every worker (``engine.local.preload``).

Import it only in a forkserver: importing it builds the whole pipeline (some 7 CPU s), so no other module imports it,
and a tool that imports every module should leave it out.

A failure here costs only the head start: the forkserver would die with an exception raised at import, so none is let
out, and each worker then builds its own pipeline as before.
"""

from __future__ import annotations

import logging

from telisik.engine.local import preload

try:
    preload()
except Exception:  # noqa: BLE001 - only a head start: the workers build their own
    logging.getLogger(__name__).debug("the forkserver's pipeline was not built", exc_info=True)

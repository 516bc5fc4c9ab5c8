"""The local engine on every core: worker processes that each hold the article NLP, fed in order.

``Analyzer(workers=N)`` hands its pages to a ``WorkerPool`` of N processes.
Each worker builds an ``Analyzer`` with the same limits once (its spaCy
pipeline is the forkserver's, built once for every worker while the parent is
already reading and queueing pages: ``engine.preload``) and
analyses a chunk of ``NLP_BATCH`` items at a time with ``process_all``. The
parent reads, keeps at most a few chunks a worker in flight (its memory does
not grow with the input), and yields the results in input order.

The result is the single process's byte for byte: a chunk is exactly a batch
of the single process's ``process_all`` (which cuts its input into batches of
``NLP_BATCH`` items, rejections included), so the NER sees the same batches;
re-anchoring and story description run in the workers with the inputs the
parent would give them itself.

A worker that dies (killed for memory, a crash in native code) takes the
pool down with it: the chunks then in flight go once more to a fresh pool,
and the chunk that breaks that one too is rejected page by page with the
reason; the run goes on. The per-page time budget holds in the workers,
which run their tasks in their main thread, where the alarm signal arrives.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from telisik.records import Article, RawDocument, Rejection

log = logging.getLogger(__name__)

T = TypeVar("T")
# what a worker does with a chunk: a module-level function (it goes to the workers by name)
ChunkTask = Callable[[list[RawDocument | Rejection]], list[Article | Rejection]]

# chunks queued per worker beyond the one it is working on: enough that a worker never waits for
# the parent, few enough that the pages read ahead stay a few hundred
CHUNKS_AHEAD = 2

# the environment variable that sets the default number of workers (a CI job, a shared server)
WORKERS_VARIABLE = "TELISIK_WORKERS"

_WORKER: Any = None  # the Analyzer of this worker process (``start_worker``)

# what a forkserver imports before it forks a worker: the last builds the article pipeline, which the workers share
PRELOAD = ["telisik.engine.pool", "telisik.engine.local", "telisik.engine.preload"]
# a Dask worker's forkserver: distributed too (``telisik.engine.batch``, ``telisik analyze --engine dask``)
CLUSTER_PRELOAD = ["distributed", *PRELOAD]


def read_in_batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter). An error reading them comes after the list
    of what was read before it, so that the caller analyses that first."""
    stream = iter(items)
    batch: list[T] = []
    while True:
        try:
            item = next(stream)
        except StopIteration:
            break
        except Exception:
            if batch:
                yield batch
            raise
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def default_workers() -> int:
    """``TELISIK_WORKERS`` when set, else the cores this process may run on (its CPU affinity where
    the system tells it)."""
    given = os.environ.get(WORKERS_VARIABLE, "").strip()
    if given.isdigit() and int(given) > 0:
        return int(given)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def start_worker(make: Callable[..., Any], settings: dict[str, Any]) -> None:
    """Build this worker's Analyzer (``make``, the class the caller hands: ``partial(start_worker, Analyzer)``, so that
    this module imports no engine of its own) and its pipeline, once, before its first chunk."""
    global _WORKER
    _WORKER = make(**settings)
    _WORKER.nlp  # noqa: B018 - loaded now, while the parent reads the first pages


# how often a worker looks whether the process that started the pool is still there
CLIENT_CHECK_SECONDS = 1.0


def _start_watched(start: Callable[[dict[str, Any]], None], client: int, settings: dict[str, Any]) -> None:
    """``start(settings)`` in a worker that leaves when the pool's client does.

    A worker is the forkserver's child, not the client's: when the client is killed (``kill -9``, an OOM kill, a
    closed terminal) nobody shuts the pool down, and its workers would go on analysing a chunk nobody reads. A daemon
    thread looks for the client every ``CLIENT_CHECK_SECONDS`` and ends the worker once it is gone."""
    threading.Thread(target=_leave_without, args=(client,), name="telisik-client-watch", daemon=True).start()
    start(settings)


def _leave_without(client: int) -> None:
    while True:
        time.sleep(CLIENT_CHECK_SECONDS)
        if _gone(client):
            os._exit(1)  # no cleanup to run: the results would go to nobody


def _gone(pid: int) -> bool:
    """Whether the process ``pid`` has ended: not there, or a zombie its parent has not reaped yet."""
    try:
        os.kill(pid, 0)  # signal 0: is the process there (no signal is sent)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # there, under another user
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False  # no /proc: alive as far as can be told
    return stat.rsplit(")", 1)[-1].split()[:1] == ["Z"]


def _analyse_chunk(items: list[RawDocument | Rejection]) -> list[Article | Rejection]:
    return list(_WORKER.process_all(items))


def _prepare_chunk(items: list[RawDocument | Rejection]) -> list[Article | Rejection]:
    """The pages stage alone of a chunk (``Analyzer.prepare``: extract, repair, clean), no NLP."""
    return [item if isinstance(item, Rejection) else _WORKER.prepare(item) for item in items]


def _reanchor(article: Article, hints: Sequence[date]) -> Article | None:
    return article if _WORKER.reanchor(article, hints) else None


def _held_pid() -> int:
    time.sleep(0.2)
    return os.getpid()


@dataclass
class _Chunk:
    """A chunk of items in flight, with the pool it went to."""

    items: list[RawDocument | Rejection]
    executor: ProcessPoolExecutor
    future: Future[list[Article | Rejection]]
    task: ChunkTask


class WorkerPool:
    """Processes that analyse pages with the limits of ``settings`` (``Analyzer``'s keyword arguments)."""

    def __init__(
        self,
        workers: int,
        settings: dict[str, Any],
        chunk: int,
        start: Callable[[dict[str, Any]], None],
        task: ChunkTask = _analyse_chunk,
    ):
        """``chunk``: items a task takes; ``start``: how a worker starts (with ``settings``; ``partial(start_worker,
        Analyzer)`` for the engine), ``task``:
        what it does with a chunk (module-level functions: they go to the workers by name)."""
        self.workers = workers
        self.settings = settings
        self.chunk = chunk
        self.start = start
        self.task = task
        self._executor: ProcessPoolExecutor | None = None

    @property
    def executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # forkserver: a worker starts from a clean process, not from a copy of a parent that may
            # hold threads (a progress bar) and locks; spawn where the system has no forkserver
            context: multiprocessing.context.BaseContext
            if "forkserver" in multiprocessing.get_all_start_methods():
                forkserver = multiprocessing.get_context("forkserver")
                # the server imports telisik's modules and builds the pipeline once, for every worker
                # (``engine.preload``); not the caller's __main__ (its default), which a script or notebook
                # without a main guard would run again
                forkserver.set_forkserver_preload(PRELOAD)
                context = forkserver
            else:
                context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=context,
                initializer=_start_watched,
                initargs=(self.start, os.getpid(), self.settings),
            )
        return self._executor

    def warm(self) -> None:
        """Start every worker and wait until each has built its pipeline (a benchmark's clock starts after)."""
        # tasks that hold their worker a moment land on distinct workers once all have started
        for _ in range(20):
            futures = [self.executor.submit(_held_pid) for _ in range(self.workers)]
            if len({future.result() for future in futures}) == self.workers:
                return

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def process_all(self, items: Iterable[RawDocument | Rejection], prepare_only: bool = False) -> Iterator[Article | Rejection]:
        """Each item analysed (a rejection passed through), in input order, as ``Analyzer.process_all``;
        ``prepare_only``: the pages stage alone, as ``Analyzer.prepare_all``.

        An error reading ``items`` is raised once what was read is analysed.
        """
        in_flight: deque[_Chunk] = deque()
        limit = self.workers * (1 + CHUNKS_AHEAD)
        task = _prepare_chunk if prepare_only else self.task
        try:
            for chunk in read_in_batches(items, self.chunk):
                in_flight.append(self._submit(chunk, task))
                while len(in_flight) >= limit:
                    yield from self._results(in_flight.popleft())
        except Exception:
            while in_flight:
                yield from self._results(in_flight.popleft())
            raise
        while in_flight:
            yield from self._results(in_flight.popleft())

    def _submit(self, items: list[RawDocument | Rejection], task: ChunkTask) -> _Chunk:
        executor = self.executor
        return _Chunk(items, executor, executor.submit(task, items), task)

    def _results(self, chunk: _Chunk, retry: bool = True) -> list[Article | Rejection]:
        try:
            return chunk.future.result()
        except BrokenProcessPool as err:
            # a worker died (memory, a native crash) and took the pool down: every chunk then in
            # flight comes back broken, though one alone killed it. Each goes once more to a fresh
            # pool; the chunk that breaks that one too is rejected
            if self._executor is chunk.executor:
                self._restart()
            if retry:
                return self._results(self._submit(chunk.items, chunk.task), retry=False)
            reason = f"a worker process died while analysing this page's batch of {len(chunk.items)} ({err or 'killed'}); skipped"
        except Exception as err:  # noqa: BLE001 - a chunk that fails as a whole costs its pages alone
            log.debug("a worker's chunk failed", exc_info=True)
            reason = f"internal error in a worker process ({type(err).__name__}: {err})"
        return [item if isinstance(item, Rejection) else Rejection(item.where, reason) for item in chunk.items]

    def reanchor(self, article: Article, hints: Sequence[date]) -> Article | None:
        """``Analyzer.reanchor`` in a worker: the article re-anchored, or None when the days give it no anchor."""
        return self.executor.submit(_reanchor, article, list(hints)).result()

    def map(self, fn: Callable[[Any], T], jobs: Iterable[Any]) -> Iterator[T]:
        """``fn(job)`` for each job, in the workers, in order, as the builtin ``map`` (``fn`` module-level)."""
        return self.executor.map(fn, jobs)

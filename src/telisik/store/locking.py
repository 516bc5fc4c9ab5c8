"""The store's write lock: one writer at a time (an ingest, a repair, a migration), across threads and processes.

PostgreSQL: an advisory lock, on a connection of its own held as long as the
lock. SQLite: ``flock`` on ``<database>.lock`` beside the file. The system
lets go of either when the process ends, however it ends.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock
    fcntl = None  # type: ignore[assignment]

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)

# PostgreSQL's advisory lock that one writer at a time holds ("telisik" in ASCII)
WRITE_LOCK_KEY = 0x74656C6973696B
# seconds between tries for a write lock that another run holds
LOCK_POLL = 0.2


class StoreBusy(TimeoutError):
    """Another run held the store's write lock longer than a writer would wait."""


class ProcessLock(Protocol):
    def try_acquire(self) -> bool: ...

    def release(self) -> None: ...


class FileLock:
    """``flock`` on a file beside a SQLite database."""

    def __init__(self, path: str):
        self.path = path
        self.fd: int | None = None

    def try_acquire(self) -> bool:
        if fcntl is None:  # pragma: no cover - no flock: keeping one writer at a time is the user's to do
            return True
        if self.fd is None:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        fd, self.fd = self.fd, None
        if fd is not None and fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)  # and for a forked child that shares the descriptor
            finally:
                os.close(fd)


class AdvisoryLock:
    """PostgreSQL's session advisory lock, on a connection of its own that holds it."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.conn: Connection | None = None
        self.held = False

    def try_acquire(self) -> bool:
        if self.conn is None:
            # autocommit: a lock of the session, not a transaction held open for a whole run
            self.conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        self.held = bool(self.conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": WRITE_LOCK_KEY}).scalar())
        return self.held

    def release(self) -> None:
        conn, self.conn = self.conn, None
        if conn is None:
            return
        try:
            if self.held:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": WRITE_LOCK_KEY})
        except sa.exc.SQLAlchemyError:
            conn.invalidate()  # the session ends, and its lock with it: no pooled connection keeps it
        finally:
            self.held = False
            conn.close()


class InProcessLock:
    """No other process opens this store (in-memory SQLite): the store's thread lock is all it takes."""

    def try_acquire(self) -> bool:
        return True

    def release(self) -> None:
        pass


def process_lock(engine: Engine) -> ProcessLock:
    """The lock that keeps other processes from writing to the engine's database."""
    if engine.dialect.name == "postgresql":
        return AdvisoryLock(engine)
    path = engine.url.database
    if engine.dialect.name == "sqlite" and path and path != ":memory:" and not path.startswith("file:"):
        return FileLock(path + ".lock")
    return InProcessLock()


def acquire(lock: ProcessLock, timeout: float | None, where: str) -> None:
    """Take ``lock``, waiting ``timeout`` seconds at most (``None``: as long as it takes) for the run that holds it."""
    try:
        if lock.try_acquire():
            return
        log.warning("waiting for another telisik ingest on this store (%s)", where)
        deadline = None if timeout is None else time.monotonic() + timeout
        while not lock.try_acquire():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise StoreBusy(f"another telisik ingest is writing to the store {where}; gave up waiting after {timeout:g} s")
            time.sleep(LOCK_POLL if left is None else min(LOCK_POLL, left))
    except BaseException:
        lock.release()
        raise


class WriteLock:
    """A store's write lock: its threads' lock, then its processes' lock, held by the outermost ``writing()``."""

    def __init__(self, engine: Engine, where: str):
        self.where = where
        self.process = process_lock(engine)
        self.threads = threading.RLock()
        self.depth = 0

    @contextmanager
    def writing(self, timeout: float | None = None) -> Iterator[None]:
        """Hold the lock, waiting ``timeout`` seconds at most (``None``: as long as it takes), else ``StoreBusy``.

        A writer's own nested ``writing()`` passes straight through.
        """
        if not self.threads.acquire(timeout=-1 if timeout is None else timeout):
            raise StoreBusy(f"another thread is writing to the store {self.where}")
        try:
            if not self.depth:
                acquire(self.process, timeout, self.where)
            self.depth += 1
            try:
                yield
            finally:
                self.depth -= 1
                if not self.depth:
                    self.process.release()
        finally:
            self.threads.release()

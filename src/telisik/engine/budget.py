"""A page's time budget: ``time_budget`` raises ``PageTimeout`` in a block that runs too long."""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class PageTimeout(BaseException):
    """A page's time budget ran out (raised by ``time_budget``'s alarm).

    A BaseException, as KeyboardInterrupt is: the libraries a page goes through
    (trafilatura, htmldate) catch ``Exception`` broadly and would swallow it.
    """


def _alarm_possible() -> bool:
    # a signal handler runs in the main thread only: a Dask worker runs tasks in other threads
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _ring(signum: int, frame: FrameType | None) -> None:
    raise PageTimeout


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``PageTimeout`` in the block once ``seconds`` have passed.

    In the main thread, a SIGALRM timer; the previous handler and any timer already
    set are put back after. In another thread (a Dask worker runs its tasks in one),
    a timer thread raises ``PageTimeout`` in this one (``_thread_budget``). Either
    interrupts Python code only: a long call into C (lxml's parser, a regular
    expression) ends first, which is why the inputs that make those slow are refused
    before they run. ``seconds`` None: no budget.
    """
    if seconds is None:
        yield
        return
    if not _alarm_possible():
        with _thread_budget(seconds):
            yield
        return
    try:
        previous = signal.signal(signal.SIGALRM, _ring)
    except ValueError:  # not the main interpreter
        yield
        return
    started = time.monotonic()
    outer = signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3))
    try:
        yield
    finally:
        while True:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
                break
            except PageTimeout:  # it rang as the block ended: the block is done, the alarm is void
                continue
        signal.signal(signal.SIGALRM, previous)
        if outer[0] > 0:  # someone else's timer: what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(outer[0] - (time.monotonic() - started), 1e-3), outer[1])


@contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    """``time_budget`` off the main thread, where no signal reaches.

    A timer thread sets ``PageTimeout`` as this thread's asynchronous exception
    (``PyThreadState_SetAsyncExc``, CPython's way of interrupting another thread),
    raised at this thread's next bytecode. Disarming and ringing hold one lock, and
    an exception set but not yet raised when the block ends is cleared, so it never
    lands in the code after the block.
    """
    target = threading.get_ident()
    lock = threading.Lock()
    armed = [True]

    def ring() -> None:
        with lock:
            if armed[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(PageTimeout))

    timer = threading.Timer(max(seconds, 1e-3), ring)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            armed[0] = False
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)  # NULL: clear a pending one
        timer.cancel()

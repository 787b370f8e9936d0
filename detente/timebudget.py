"""A wall-clock bound on one piece of work, so one pathological article costs one error line.

Python cannot interrupt a running thread from outside, so the bound uses the process's interval timer
(SIGALRM): the only way to stop pure-Python code that loops. It is armed only in the main thread of a
POSIX process; elsewhere (worker threads, Windows) the work runs unbounded and the loops' own bounds
are what holds.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeBudgetExceeded(Exception):
    """The work took longer than its budget and was stopped."""


def _can_arm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float, what: str) -> Iterator[None]:
    """Raise TimeBudgetExceeded inside the block once `seconds` of wall time have passed (0: no bound)."""
    if seconds <= 0 or not _can_arm():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeBudgetExceeded(f"{what} took longer than its budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

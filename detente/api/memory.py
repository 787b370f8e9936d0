"""The server processes' heap: how many malloc arenas glibc keeps for their threads.

glibc gives threads their own arenas (up to 8 a core) to avoid lock contention, and memory freed in
one arena is not reused by another: a worker whose request threads each build and drop large
answers grows by an arena's worth of freed but held memory per thread. The server's threads spend
their time in Python under the GIL, so they gain nothing from the extra arenas; two hold them all
(measured over the 10k-article store, 20 clients: 300 -> 258 MB a worker after two rounds of every
endpoint, same latency)."""
from __future__ import annotations

import ctypes
import ctypes.util
import os
from contextlib import suppress

ARENAS = 2
ARENA_ENV = "MALLOC_ARENA_MAX"  # read by glibc when a process starts
_M_ARENA_MAX = -8               # mallopt's parameter number for the same limit (glibc malloc.h)


def limit_arenas(arenas: int = ARENAS) -> None:
    """Limit this process's arenas (effective for threads that have not yet made one) and those of
    the processes it starts (through the environment, unless the user set it). A no-op where the C
    library is not glibc."""
    os.environ.setdefault(ARENA_ENV, str(arenas))
    with suppress(OSError, AttributeError, TypeError):
        ctypes.CDLL(ctypes.util.find_library("c")).mallopt(_M_ARENA_MAX, arenas)

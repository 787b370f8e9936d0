"""Parse and extract in worker processes, one pipeline per worker, results back in input order.

Why this shape:
- spaCy's parse holds the GIL, so threads cannot use a second core; processes can. Workers are
  started with `spawn` (no forked copy of the parent's store connections or threads) and each loads
  the pipeline once, in its initializer.
- A worker runs the very `extract_articles` the single-process path runs, on small chunks of
  articles, so the per-article time budget (SIGALRM, armed in the worker's main thread), the failure
  line and the records are the same. Messages come back with the results and are reported by the
  parent, which stays the only writer to the store.
- Results are yielded in the order the articles came in, so a run with N workers commits the same
  articles in the same order as a run with one.
- Workers ignore Ctrl-C (the parent handles it: pending chunks are cancelled, running ones finish)
  and leave on their own when the parent dies, so a killed ingest leaves no orphans behind.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from detente.models import Article

if TYPE_CHECKING:
    from spacy.language import Language

Reporter = Callable[[str], None]
Loader = Callable[[], "Language"]
Outcome = tuple[list[Any] | None, list[str]]
Done = Iterator[tuple[Article, list[Any] | None]]

_worker_nlp: Language | None = None
_worker_batch = 16


def cpu_workers(requested: int) -> int:
    """The number of workers to start: `requested`, or one per core when it is 0 or less."""
    if requested > 0:
        return requested
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _watch_parent(parent: int) -> None:
    """Leave when the parent is gone (killed ingest): a worker must never outlive its run."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


PROFILE_ENV = "DETENTE_PROFILE_WORKERS"
"""A folder: each worker writes its cProfile statistics there when it stops (bench/profile_extract.py)."""


def _profile_worker(folder: str) -> None:
    """Profile this worker's CPU from its start-up to its exit, so the model load shows with the parse
    (CPU time: on a shared machine wall time would mostly measure the other programs)."""
    import cProfile
    from multiprocessing.util import Finalize

    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    path = os.path.join(folder, f"worker-{os.getpid()}.prof")
    Finalize(profiler, lambda: (profiler.disable(), profiler.dump_stats(path)), exitpriority=100)


def _init_worker(loader: Loader, batch_size: int, parent: int) -> None:
    global _worker_nlp, _worker_batch
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.environ.get(PROFILE_ENV):
        _profile_worker(os.environ[PROFILE_ENV])
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _worker_nlp = loader()
    _worker_batch = batch_size


def _extract_chunk(articles: list[Article]) -> list[Outcome]:
    """In a worker: the records (or None) of each article, with the lines it reported."""
    from detente.ingest.runner import extract_articles

    assert _worker_nlp is not None, "worker started without its pipeline"
    out: list[Outcome] = []
    messages: list[str] = []
    for _article, records in extract_articles(articles, _worker_nlp, _worker_batch, messages.append):
        out.append((records, messages))
        messages = []
    return out


def _default_loader() -> Language:
    from detente.nlp.pipeline import load_nlp

    return load_nlp()


class WorkerPool:
    """Worker processes that each hold one pipeline; `extract()` streams articles through them."""

    def __init__(self, workers: int, batch_size: int, loader: Loader = _default_loader,
                 chunk_size: int = 1) -> None:
        """One article a chunk by default: the parse costs the same per article in chunks of 1 or 16
        (spaCy batches inside each worker gain nothing measurable), and small chunks leave no worker
        idle at the end of a run while the other finishes a long chunk."""
        self.workers = workers
        self.chunk_size = max(1, chunk_size)
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(loader, batch_size, os.getpid()))

    def extract(self, articles: Iterable[Article], report: Reporter) -> Done:
        """Yield (article, records or None) in input order; about a dozen articles per worker in flight, so
        one slow article at the head of the order does not leave the other workers without work."""
        source = iter(articles)
        inflight: deque[tuple[list[Article], Future[list[Outcome]]]] = deque()
        limit = max(self.workers * 3, self.workers * 12 // self.chunk_size)  # ~12 articles per worker

        def fill() -> None:
            while len(inflight) < limit:
                chunk = list(islice(source, self.chunk_size))
                if not chunk:
                    return
                inflight.append((chunk, self._executor.submit(_extract_chunk, chunk)))

        try:
            fill()
            while inflight:
                chunk, future = inflight.popleft()
                outcomes = future.result()
                fill()
                for article, (records, messages) in zip(chunk, outcomes, strict=True):
                    for message in messages:
                        report(message)
                    yield article, records
        finally:
            for _, future in inflight:
                future.cancel()

    def close(self, abort: bool = False) -> None:
        """Stop the workers. On abort (Ctrl-C, an error) chunks still running are thrown away too: their
        articles were not committed, so the next run does them."""
        if abort:
            # ProcessPoolExecutor has no public terminate before Python 3.14
            for process in list(getattr(self._executor, "_processes", {}).values()):
                process.terminate()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.close(abort=kind is not None)


@contextmanager
def extract_stored(articles: list[Article], workers: int, batch_size: int,
                   report: Reporter | None = None) -> Iterator[Done]:
    """(article, records or None) for stored articles, in order: in this process or in `workers` workers."""
    from detente.ingest.runner import _warn, extract_articles

    say = report or _warn
    count = cpu_workers(workers)
    if count <= 1 or len(articles) <= 1:
        yield extract_articles(articles, _default_loader(), batch_size, say)
        return
    with WorkerPool(min(count, len(articles)), batch_size) as pool:
        yield pool.extract(articles, say)

"""The ingest job: inputs -> articles -> language core -> extractors -> store, one article per transaction.

Order of work, and why:
- an input whose content hash was fully ingested before is skipped whole (re-ingest changes nothing);
- articles are parsed in batches with `nlp.pipe` (the expensive step) but each article is committed
  in its own transaction together with its records, so a crash loses nothing already committed;
- an input is marked done only after its last article commits, so a killed run is finished by the
  next one, and articles already stored are recognised by their content hash;
- with `workers` > 1 the parse and extraction run in worker processes (`parallel.py`) while this
  process reads the next inputs; it stays the one writer and commits in input order, so the store
  ends up the same as with one process.
"""
from __future__ import annotations

import logging
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from detente import config
from detente.ingest.scrape import given_metadata
from detente.models import Article
from detente.store.base import RunCounts, Store

if TYPE_CHECKING:
    from spacy.language import Language

    from detente.ingest.dedupe import NearDuplicateIndex

log = logging.getLogger(__name__)
Reporter = Callable[[str], None]


@dataclass
class IngestOptions:
    """How an ingest run behaves. `extract=False` stores articles without running the extractors."""

    extract: bool = True
    batch_size: int = field(default_factory=lambda: int(config.get("batch_size")))
    # Private hosts a fetch may reach: HOST[:PORT] entries (`--allow-private`), or True for all.
    allow_private: bool | tuple[str, ...] = False
    progress: bool = True
    max_input_mb: int = field(default_factory=lambda: int(config.get("max_input_mb")))
    fetch_timeout: float = field(default_factory=lambda: float(config.get("fetch_timeout")))
    near_duplicate_threshold: float = field(
        default_factory=lambda: float(config.get("near_duplicate_threshold")))
    published: str | None = None  # `--published`: for articles whose input gives no publication day
    outlet: str | None = None  # `--outlet`: for articles whose input names no outlet
    workers: int = field(default_factory=lambda: int(config.get("workers")))


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C until the block ends, then deliver it there. Python runs signal handlers in the main
    thread only, so the handler is swapped there (a signal mask would not do: the kernel hands a
    terminal's SIGINT to any thread that does not block it, a BLAS thread for one)."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is None:
        yield       # no handler of Python's to put back (an embedding program owns SIGINT)
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            signal.raise_signal(signal.SIGINT)     # to the handler it was meant for


@dataclass
class _Pending:
    name: str
    content_hash: str
    size: int
    articles: list[Article]
    total: int
    waiting: int = 0      # articles handed to the workers and not yet committed
    failed: bool = False


class Ingester:
    """Runs one ingest over a store; see `ingest()` for the one-call form."""

    def __init__(self, store: Store, options: IngestOptions, nlp: Language | None = None,
                 report: Reporter = _warn) -> None:
        self.store = store
        self.options = options
        self._nlp = nlp
        self.report = report
        self.counts = RunCounts()
        self._index: NearDuplicateIndex | None = None
        self._pending: list[_Pending] = []
        self._seen_hashes: set[str] = set()

    # -- the run -------------------------------------------------------------------------------
    def run(self, specs: list[str]) -> RunCounts:
        from detente.ingest.fetch import Fetcher
        from detente.ingest.sources import read_inputs

        run_id: int | None = None
        try:    # everything from the run's start on, so that a Ctrl-C anywhere still records its end
            with _ctrl_c_held():    # one landing after start_run's COMMIT would leave run_id unknown
                run_id = self.store.start_run(specs)
            fetcher = Fetcher(timeout=self.options.fetch_timeout, allow_private=self.options.allow_private,
                              max_bytes=self.options.max_input_mb * 1_000_000)
            results = read_inputs(specs, fetcher=fetcher, max_bytes=self.options.max_input_mb * 1_000_000)
            if self._parallel():
                self._run_parallel(self._progress(results))
            else:
                for result in self._progress(results):
                    self._take(result)
                    if sum(len(p.articles) for p in self._pending) >= self.options.batch_size:
                        self._flush()
                self._flush()
        finally:
            if run_id is not None:
                self.store.finish_run(run_id, self.counts)
        return self.counts

    def _parallel(self) -> bool:
        """Worker processes load their own pipeline, so a caller's `nlp` object keeps the run in-process,
        and so does a run from a server's request thread (the server's loaded pipeline answers small
        uploads sooner than workers that load the model for every request)."""
        import threading

        from detente.ingest.parallel import cpu_workers

        return (self.options.extract and self._nlp is None and cpu_workers(self.options.workers) > 1
                and threading.current_thread() is threading.main_thread())

    def _run_parallel(self, results: Iterable[Any]) -> None:
        """Read inputs while the workers parse; commit each article as its records come back, in order."""
        from detente.ingest.parallel import WorkerPool, cpu_workers

        queue: deque[_Pending] = deque()
        owner: dict[int, _Pending] = {}

        def articles() -> Iterator[Article]:
            for result in results:
                self._take(result)
                for pending in self._pending:
                    queue.append(pending)
                    pending.waiting = len(pending.articles)
                    for article in pending.articles:
                        owner[id(article)] = pending
                        yield article
                self._pending = []
                self._mark_finished(queue)

        with WorkerPool(cpu_workers(self.options.workers), self.options.batch_size) as pool:
            for article, records in pool.extract(articles(), self._report_error):
                pending = owner.pop(id(article))
                pending.waiting -= 1
                if records is None:
                    self.counts.failed += 1
                    pending.failed = True
                else:
                    self._commit(article, records)
                self._mark_finished(queue)
        self._mark_finished(queue)

    def _mark_finished(self, queue: deque[_Pending]) -> None:
        """Mark done, oldest first, every input whose articles have all committed (none failed)."""
        while queue and queue[0].waiting == 0:
            pending = queue.popleft()
            if not pending.failed:
                self.store.mark_input_done(pending.name, pending.content_hash, pending.size, pending.total)

    def _report_error(self, message: str) -> None:
        self.counts.errors.append(message)
        self.report(message)

    def _progress(self, results: Iterable[Any]) -> Iterator[Any]:
        if not self.options.progress:
            yield from results
            return
        from tqdm import tqdm

        bar = tqdm(results, unit=" input", desc="ingest", file=sys.stderr, dynamic_ncols=True)
        for result in bar:
            yield result
            bar.set_postfix(new=self.counts.new, dup=self.counts.duplicate, rejected=self.counts.rejected)

    def _take(self, result: Any) -> None:
        for warning in getattr(result, "warnings", ()):
            self.report(warning)
        if result.error is not None:
            self.counts.rejected += 1
            self.counts.errors.append(str(result.error))
            self.report(str(result.error))
            return
        if self.store.input_done(result.content_hash):
            self.counts.duplicate += max(1, len(result.articles))
            return
        if not result.articles:
            self.counts.rejected += 1
            message = f"{result.name}: no article text was found in it"
            self.counts.errors.append(message)
            self.report(message)
            return
        fresh = []
        for article in result.articles:
            given_metadata(article, self.options.published, self.options.outlet)
            if article.hash in self._seen_hashes or self.store.has_article(article.hash):
                self.counts.duplicate += 1
            else:
                self._seen_hashes.add(article.hash)
                fresh.append(article)
        self._pending.append(_Pending(result.name, result.content_hash, result.size, fresh,
                                      len(result.articles)))

    def _flush(self) -> None:
        """Parse the pending articles in one batch, then commit each with its records."""
        articles = [a for p in self._pending for a in p.articles]
        failed_inputs: set[str] = set()
        owner = {id(a): p.content_hash for p in self._pending for a in p.articles}
        for article, records in self._analysed(articles):
            if records is None:   # over its time budget or an extractor crashed: retried by a re-run
                self.counts.failed += 1
                failed_inputs.add(owner[id(article)])
                continue
            self._commit(article, records)
        for pending in self._pending:
            if pending.content_hash in failed_inputs:
                continue
            self.store.mark_input_done(pending.name, pending.content_hash, pending.size, pending.total)
        self._pending = []

    def _commit(self, article: Article, records: list[Any]) -> None:
        """Save one article with its records in one transaction, then link its near-duplicates. The
        MinHash code is imported here, not with the module: worker processes import this module for
        `extract_articles` and never hash, and datasketch pulls in scipy (about 0.4 s of CPU each)."""
        from detente.ingest.dedupe import signature, to_bytes

        mh = signature(article.text)
        if self.store.save_article(article, records, to_bytes(mh)):
            self.counts.new += 1
            self.counts.records += len(records)
            self._link_near_duplicates(article, mh)
        else:
            self.counts.duplicate += 1

    def _analysed(self, articles: list[Article]) -> Iterator[tuple[Article, list[Any] | None]]:
        if not self.options.extract or not articles:
            for article in articles:
                yield article, []
            return

        yield from extract_articles(articles, self.nlp, self.options.batch_size, self._report_error)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from detente.nlp.pipeline import load_nlp

            self._nlp = load_nlp()
        return self._nlp

    # -- near duplicates -------------------------------------------------------------------------
    def _link_near_duplicates(self, article: Article, mh: Any) -> None:
        """Link an article just committed (with its signature) to the originals it copies."""
        from detente.ingest.dedupe import NearDuplicateIndex, from_bytes

        if self._index is None:
            self._index = NearDuplicateIndex(self.options.near_duplicate_threshold)
            for article_id, blob in self.store.article_signatures():
                if article_id != article.id:
                    self._index.add(article_id, from_bytes(blob))
        for other, similarity in self._index.add(article.id, mh):
            self.store.link_near_duplicate(article.id, other, similarity)


def extract_articles(articles: list[Article], nlp: Language, batch_size: int,
                     report: Reporter = _warn) -> Iterator[tuple[Article, list[Any] | None]]:
    """Run the language core and every extractor over articles, batching the spaCy parse.

    An article whose extraction fails or outlasts `article_time_budget` is yielded with `None` for its
    records after one line naming it, so one bad article never stops or loses a batch."""
    from detente.extract import extract_all
    from detente.nlp.core import analyze
    from detente.timebudget import TimeBudgetExceeded, time_budget

    limit = int(config.get("max_article_chars"))
    budget = float(config.get("article_time_budget"))
    texts = ((article.text[:limit], article) for article in articles)
    for doc, article in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        where = f"{article.file} (article {article.index})"
        records: list[Any] | None
        try:
            with time_budget(budget, "its analysis"):
                records = extract_all(analyze(article, doc))
        except TimeBudgetExceeded as err:
            report(f"{where}: not stored: {err}")
            records = None
        except Exception as err:  # an extractor bug must not lose the batch
            # The user gets one line (below); the traceback is for `--traceback`/debug logging only.
            log.debug("extraction failed for %s", article.id, exc_info=True)
            report(f"{where}: not stored: extraction failed: {err}")
            records = None
        yield article, records


def ingest(specs: list[str], store: Store, options: IngestOptions | None = None,
           nlp: Language | None = None, report: Reporter = _warn) -> RunCounts:
    """Ingest files, directories, URLs and feeds into `store`; return the run's counts."""
    return Ingester(store, options or IngestOptions(), nlp, report).run(specs)

"""The answers one worker computed, offered to the other workers of `detente serve --workers N`
through the store (detente.store.answers): each URL is then computed once per store version by the
whole server, not once per worker.

Reads happen in the request (one indexed SELECT); writes go through one background thread with its
own connection, so a request never waits for the store's write lock (an ingest may hold it).
"""
from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable
from contextlib import suppress

from detente.errors import StoreError
from detente.store import open_store
from detente.store.answers import get_answer, prune, put_answer
from detente.store.base import Store

log = logging.getLogger(__name__)
Key = tuple[int, int, str]
Answer = tuple[int, dict[str, str], bytes]
PENDING = 256  # answers waiting to be written; more are dropped (a worker then computes its own)


class SharedAnswers:
    """Answers kept in the store of `db` for all workers (see the module docstring)."""

    def __init__(self, db: str, opener: Callable[[str], Store] = open_store) -> None:
        self.db = db
        self._open = opener
        self._queue: queue.Queue[tuple[Key, int, str, bytes] | None] = queue.Queue(PENDING)
        self._writer: threading.Thread | None = None
        self._lock = threading.Lock()

    def get(self, store: Store, key: Key) -> Answer | None:
        """The answer another worker kept for `key`, or None (also when the store cannot say)."""
        try:
            found = get_answer(store, *key)  # type: ignore[arg-type]
        except StoreError:
            return None
        if found is None:
            return None
        status, headers, body = found
        return status, json.loads(headers), body

    def put(self, key: Key, status: int, headers: dict[str, str], body: bytes) -> None:
        """Offer an answer to the other workers (written later, by the writer thread)."""
        with self._lock:
            if self._writer is None:
                self._writer = threading.Thread(target=self._write, name="detente-answers", daemon=True)
                self._writer.start()
        with suppress(queue.Full):  # a backlog: the other workers compute this one themselves
            self._queue.put_nowait((key, status, json.dumps(headers), body))

    def close(self) -> None:
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join(timeout=5)

    def _write(self) -> None:
        pruned = (0, 0)
        with self._open(self.db) as store:
            while (item := self._queue.get()) is not None:
                (version, views, url), status, headers, body = item
                try:
                    if version >= 0 and (version, views) > pruned:  # older versions are never asked again
                        prune(store, version, views)  # type: ignore[arg-type]
                        pruned = (version, views)
                    put_answer(store, version, views, url, status, headers, body)  # type: ignore[arg-type]
                except StoreError:
                    log.debug("keeping an answer for the other workers failed", exc_info=True)

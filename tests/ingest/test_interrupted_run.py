"""Ctrl-C at any statement of an ingest still records the run's end and keeps what was committed.

The interrupt is raised by a connection that lets the n-th statement of the run reach SQLite and then
raises KeyboardInterrupt, as Python does when the signal arrives while SQLite runs: the hard case is
an interrupt just after an article's BEGIN, before its transaction block is entered, which once left
the transaction open and rolled the run's closing UPDATE back with it."""
from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from detente.ingest.runner import IngestOptions, ingest
from detente.store.sqlite import SQLiteStore

TEXTS = ("Harbour pilots in Velmora went on strike on Monday over unpaid wages, the port authority said.",
         "The mayor of Quillan opened a new bridge across the Dessa river after six years of work.",
         "Farmers near Ostrava Nova reported the earliest frost in two decades, losing much of the plum crop.")


class _Cut:
    """Where the interrupts land: after the `at`-th statement of the run has run (0: never), and,
    when `twice`, again before the ROLLBACK that the first one starts (a second Ctrl-C)."""

    def __init__(self, at: int = 0, twice: bool = False, signal: bool = False) -> None:
        self.at, self.twice, self.count, self.begins, self.armed = at, twice, 0, [], False
        self.signal = signal    # send a real SIGINT (what a terminal sends) instead of raising

    def before(self, sql: str) -> None:
        if self.armed and sql.startswith("ROLLBACK"):
            self.armed = False
            raise KeyboardInterrupt

    def after(self, sql: str) -> None:
        self.count += 1
        if sql.startswith("BEGIN"):
            self.begins.append(self.count)
        if self.count == self.at and self.signal:
            os.kill(os.getpid(), signal.SIGINT)
        elif self.count == self.at:
            self.armed = self.twice
            raise KeyboardInterrupt


class _Cursor:
    def __init__(self, cursor: Any, cut: _Cut) -> None:
        self._cursor, self._cut = cursor, cut

    def execute(self, sql: str, params: Any = ()) -> Any:
        self._cut.before(sql)
        self._cursor.execute(sql, params)
        self._cut.after(sql)
        return self

    def executemany(self, sql: str, rows: Any) -> Any:
        self._cut.before(sql)
        self._cursor.executemany(sql, rows)
        self._cut.after(sql)
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class _Connection:
    """The store's sqlite3 connection, with every statement shown to a `_Cut`."""

    def __init__(self, conn: sqlite3.Connection, cut: _Cut) -> None:
        self._conn, self._cut = conn, cut

    def cursor(self) -> _Cursor:
        return _Cursor(self._conn.cursor(), self._cut)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"note{i}.txt").write_text(f"Note {i}\n\n{text}\n", encoding="utf-8")
    return folder


def _run(folder: Path, db: Path, cut: _Cut | None = None) -> _Cut:
    """Ingest `folder` into `db` with the run's statements shown to `cut` (the store is opened first)."""
    cut = cut or _Cut()
    store = SQLiteStore(db)
    store.conn = _Connection(store.conn, cut)
    try:
        ingest([str(folder)], store, IngestOptions(extract=False, progress=False), report=lambda _: None)
    finally:
        store.close()
    return cut


def _state(db: Path) -> tuple[int, int]:
    """(runs left unfinished, articles stored)."""
    with sqlite3.connect(db) as con:
        unfinished = con.execute("SELECT count(*) FROM runs WHERE finished_at IS NULL").fetchone()[0]
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    return int(unfinished), int(articles)


def test_ctrl_c_at_any_statement_after_the_start_still_ends_the_run(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    clean = _run(folder, tmp_path / "clean.db")
    assert _state(tmp_path / "clean.db") == (0, len(TEXTS))
    start = clean.begins[1] - 1     # the run's own BEGIN, INSERT and COMMIT come first
    for at in range(start + 1, clean.count + 1):
        db = tmp_path / f"cut{at}.db"
        with pytest.raises(KeyboardInterrupt):
            _run(folder, db, _Cut(at))
        assert _state(db)[0] == 0, f"Ctrl-C after statement {at} left the run unfinished"
        _run(folder, db)    # the next run finishes the job: every article once
        assert _state(db) == (0, len(TEXTS)), at


def test_a_second_ctrl_c_before_the_rollback_still_ends_the_run(tmp_path: Path) -> None:
    """The first interrupt lands just after the second article's BEGIN, the second before the
    ROLLBACK that follows: the transaction is left open, and the run's end is written all the same."""
    folder = _inputs(tmp_path)
    clean = _run(folder, tmp_path / "clean.db")
    db = tmp_path / "twice.db"
    with pytest.raises(KeyboardInterrupt):
        _run(folder, db, _Cut(clean.begins[2], twice=True))
    assert _state(db) == (0, 1)


def test_ctrl_c_while_the_run_starts_still_ends_it(tmp_path: Path) -> None:
    """A real SIGINT during the run's own BEGIN, INSERT or COMMIT waits until the run has its id, so the
    run it started is finished too (raised just after the COMMIT, the id was lost with the interrupt)."""
    folder = _inputs(tmp_path)
    for at in (1, 2, 3):
        db = tmp_path / f"start{at}.db"
        with pytest.raises(KeyboardInterrupt):
            _run(folder, db, _Cut(at, signal=True))
        assert _state(db) == (0, 0), at

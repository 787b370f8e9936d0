"""SQLite's planner statistics follow the store's size (issue 13): statistics of a much smaller (or
empty) store made SQLite pick poor plans (a derived build took 7x longer), so a store opened ten
times larger than its statistics say is analyzed again, and an empty one is not analyzed."""
from __future__ import annotations

from pathlib import Path

from detente.store import open_store
from tests.web.bigcorpus import build_big_corpus


def _analyzed_rows(db: str) -> int | None:
    with open_store(db) as store:
        if not store.query("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"):  # type: ignore[attr-defined]
            return None  # never analyzed
        rows = store.query("SELECT stat FROM sqlite_stat1 WHERE idx = 'records_kind'")  # type: ignore[attr-defined]
    return int(rows[0][0].split()[0]) if rows else None


def test_statistics_are_refreshed_when_the_store_outgrows_them(tmp_path: Path) -> None:
    db = str(tmp_path / "grow.db")
    with open_store(db) as store:
        build_big_corpus(store)
        records = store.count_records()
        store.refresh_statistics()  # type: ignore[attr-defined]
        assert _analyzed_rows(db) == records and not store.statistics_stale()  # type: ignore[attr-defined]
        # As if analyzed when the store held a few records, before it grew to this.
        store.execute("UPDATE sqlite_stat1 SET stat = '20 4' WHERE idx = 'records_kind'")  # type: ignore[attr-defined]
        assert store.statistics_stale()  # type: ignore[attr-defined]
    with open_store(db) as store:  # the next opening notices and analyzes
        assert not store.statistics_stale()  # type: ignore[attr-defined]
    assert _analyzed_rows(db) == records


def test_an_empty_store_is_not_analyzed(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.db")
    with open_store(db):
        pass
    assert _analyzed_rows(db) is None


def test_a_build_over_an_empty_store_leaves_no_statistics(tmp_path: Path) -> None:
    from detente.api.derived import build_and_save

    db = str(tmp_path / "empty-build.db")
    with open_store(db) as store:
        build_and_save(store)
    assert _analyzed_rows(db) is None

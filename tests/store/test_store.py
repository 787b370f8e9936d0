"""The Store contract, run against SQLite and PostgreSQL alike (see conftest.py)."""
from __future__ import annotations

import copy
from typing import Any

import pytest

from detente.errors import MigrationError, StoreError
from detente.models import Article, Evidence, Record
from detente.store import RunCounts, Store, open_store
from detente.store import migrations as M

BODY = ("Envoys from the two capitals met behind closed doors in Vienna on Tuesday. "
        "A spokeswoman for the mediators said talks would resume next week.")


def article(n: int, **overrides: Any) -> Article:
    """A distinct article: its text (hence hash and id) depends on n."""
    values: dict[str, Any] = {"file": f"feed-{n}.xml", "index": n, "text": f"Dispatch {n}. {BODY}"}
    values.update(overrides)
    return Article(**values)


def record(kind: str, start: int, end: int, **fields: Any) -> Record:
    return Record(kind=kind, evidence=Evidence(f"sentence {start}-{end}", start, end), fields=fields)


def full_article() -> Article:
    return Article(file="wire/2025-06-02.html", index=3, text="Ceasefire talk — «déjà vu» in Kyiv.\n\nSecond.",
                   title="Talks resume", outlet="Example Wire", author="R. Author", published="2025-06-02",
                   published_inferred=True, url="https://news.example/a?b=1", raw_start=120, raw_end=980,
                   format="html")


def rich_records() -> list[Record]:
    return [
        Record(kind="quote", evidence=Evidence("“We are ready,” he said.", 10, 34),
               fields={"speaker": {"name": "Envoy", "country": "UKR", "sector": "GOV"},
                       "quote": "We are ready", "direct": True, "confidence": 0.75, "topics": ["talks", "ceasefire"],
                       "addressee": None},
               date="2025-06-01", date_precision="day"),
        Record(kind="event", evidence=Evidence("Drones hit the port.", 0, 20),
               fields={"type": "ATTACK", "count": 42, "place": {"name": "Odesa", "lat": 46.48, "lon": 30.72}}),
    ]


# -- opening -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("target", [":memory:", "sqlite:///:memory:", "sqlite://"])
def test_in_memory_targets_open_a_migrated_sqlite_store(target: str) -> None:
    with open_store(target) as store:
        assert type(store).__name__ == "SQLiteStore"
        assert store.count_articles() == 0
        assert store.save_article(article(1))


def test_sqlite_url_forms_name_files(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for target, path in [("rel.db", tmp_path / "rel.db"), ("sqlite:///rel2.db", tmp_path / "rel2.db"),
                         (f"sqlite:///{tmp_path}/abs.db", tmp_path / "abs.db")]:
        open_store(target).close()
        assert path.is_file(), target


@pytest.mark.parametrize("target, words", [
    ("mysql://user@host/db", "unknown store scheme 'mysql'"),
    ("", "no store was given"),
    ("/no/such/folder/detente.db", "cannot open the SQLite store"),
])
def test_bad_targets_raise_a_sentence(target: str, words: str) -> None:
    with pytest.raises(StoreError, match=words):
        open_store(target)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Any) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database, just some notes\n" * 200)
    with pytest.raises(StoreError, match="notes.db"):
        open_store(str(path))


def test_unreachable_postgres_is_a_store_error_without_the_password(tmp_path: Any) -> None:
    url = f"postgres://alice:s3cret@/news?host={tmp_path}/nowhere&connect_timeout=2"
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert "PostgreSQL" in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_sqlite_file_uses_wal_and_foreign_keys(tmp_path: Any) -> None:
    with open_store(str(tmp_path / "d.db")) as store:
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"  # type: ignore[attr-defined]
        assert store.query("PRAGMA foreign_keys")[0][0] == 1  # type: ignore[attr-defined]


# -- migrations --------------------------------------------------------------------------------------
def test_initial_migration_is_recorded_and_not_reapplied(store: Store) -> None:
    names = [row[0] for row in store.query("SELECT name FROM migrations")]  # type: ignore[attr-defined]
    assert sorted(names) == sorted(M.MIGRATIONS) and names[0] == "0001_initial"
    assert store.migrate() == []


def test_a_new_migration_applies_once(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def add_notes(db: Any) -> None:
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")

    monkeypatch.setitem(M.MIGRATIONS, "0002_notes", add_notes)
    assert store.migrate() == ["0002_notes"]
    assert store.migrate() == []
    store.execute("INSERT INTO notes (id, body) VALUES (1, 'x')")  # type: ignore[attr-defined]


def test_a_failing_migration_leaves_nothing_behind(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def half_done(db: Any) -> None:
        db.execute("CREATE TABLE half (id INTEGER PRIMARY KEY)")
        db.execute("CREATE TABLE half (id INTEGER PRIMARY KEY)")  # fails: exists

    monkeypatch.setitem(M.MIGRATIONS, "0002_half", half_done)
    with pytest.raises(MigrationError, match="0002_half"):
        store.migrate()
    with pytest.raises(StoreError):
        store.query("SELECT COUNT(*) FROM half")  # type: ignore[attr-defined]
    assert store.save_article(article(1))  # the store stays usable


# -- articles and records ----------------------------------------------------------------------------
def test_article_round_trip(store: Store) -> None:
    original = full_article()
    assert store.save_article(copy.deepcopy(original))
    assert store.get_article(original.id) == original
    assert list(store.iter_articles()) == [original]
    assert store.has_article(original.hash)


def test_record_round_trip(store: Store) -> None:
    original = full_article()
    records = rich_records()
    assert store.save_article(original, records)
    assert all(r.id and r.article_id == original.id for r in records)
    got = list(store.iter_records())
    assert [r for r, _ in got] == sorted(records, key=lambda r: r.evidence.start)
    assert all(a == original for _, a in got)
    assert store.article_records(original.id) == [r for r, _ in got]


def test_saving_the_same_article_twice_keeps_one_copy(store: Store) -> None:
    assert store.save_article(article(1), [record("event", 0, 5, type="MEET")]) is True
    assert store.save_article(article(1), [record("event", 0, 5, type="MEET"), record("quote", 6, 9)]) is False
    assert store.count_articles() == 1
    assert store.count_records() == 1


def test_an_id_taken_by_a_different_text_is_refused(store: Store) -> None:
    store.save_article(article(1, id="same-id"))
    with pytest.raises(StoreError, match="different text"):
        store.save_article(article(2, id="same-id"))
    assert store.count_articles() == 1


def test_exact_repeated_records_are_stored_once(store: Store) -> None:
    assert store.save_article(article(1), [record("claim", 3, 9, value=1), record("claim", 3, 9, value=1)])
    assert store.count_records() == 1


def test_failure_mid_save_leaves_neither_article_nor_records(store: Store) -> None:
    good, bad = record("event", 0, 5, type="MEET"), record("not-a-kind", 6, 9)
    with pytest.raises(StoreError):
        store.save_article(article(1), [good, bad])
    assert store.count_articles() == 0
    assert store.count_records() == 0
    assert not store.has_article(article(1).hash)
    assert store.save_article(article(1), [good])  # nothing half-written blocks the retry
    assert store.count_records() == 1


def test_unstorable_fields_fail_before_anything_is_written(store: Store) -> None:
    with pytest.raises(StoreError, match="JSON"):
        store.save_article(article(1), [record("event", 0, 5, score=float("nan"))])
    assert store.count_articles() == 0


def test_get_article_by_unique_prefix(store: Store) -> None:
    for n, name in enumerate(("abc123", "abc456", "xyz789")):
        store.save_article(article(n, id=name))
    assert store.get_article("xy").id == "xyz789"  # type: ignore[union-attr]
    assert store.get_article("abc4").id == "abc456"  # type: ignore[union-attr]
    assert store.get_article("abc") is None  # ambiguous
    assert store.get_article("ABC123") is None  # ids are case-sensitive on every backend
    assert store.get_article("nope") is None
    assert store.get_article("") is None


def test_records_come_in_ingest_then_offset_order(store: Store) -> None:
    first, second, third = article(9), article(1), article(5)  # ids not in ingest order
    store.save_article(first, [record("quote", 50, 60), record("event", 10, 20), record("quote", 0, 8)])
    store.save_article(second, [])
    store.save_article(third, [record("event", 30, 40), record("quote", 5, 7)])
    expected_all = [(first.id, 0), (first.id, 10), (first.id, 50), (third.id, 5), (third.id, 30)]
    assert [(a.id, r.evidence.start) for r, a in store.iter_records()] == expected_all
    assert [(a.id, r.evidence.start) for r, a in store.iter_records("quote")] == [
        (first.id, 0), (first.id, 50), (third.id, 5)]
    assert list(store.iter_records("talks")) == []
    assert (store.count_records(), store.count_records("quote"), store.count_records("talks")) == (5, 3, 0)
    assert [a.id for a in store.iter_articles()] == [first.id, second.id, third.id]


def test_streaming_pages_give_the_same_answers(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(7):
        store.save_article(article(n), [record("event", n, n + 1), record("quote", 0, 1)] if n % 2 else [])
        store.save_signature(article(n).id, bytes([n]) * 8)
    whole = (list(store.iter_articles()), list(store.iter_records("event")), list(store.article_signatures()))
    monkeypatch.setattr(store, "page_size", 2)
    assert (list(store.iter_articles()), list(store.iter_records("event")),
            list(store.article_signatures())) == whole
    assert len(whole[0]) == 7 and len(whole[1]) == 3 and len(whole[2]) == 7


def test_writing_while_iterating_visits_every_article_once(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(5):
        store.save_article(article(n), [record("event", 0, 1)])
    monkeypatch.setattr(store, "page_size", 2)
    seen = []
    for art in store.iter_articles():
        seen.append(art.id)
        assert store.replace_records(art.id, [record("quote", 0, 2), record("claim", 3, 4)]) == 2
    assert len(seen) == len(set(seen)) == 5
    assert (store.count_records("event"), store.count_records()) == (0, 10)


def test_replace_records_swaps_an_articles_records(store: Store) -> None:
    keep, target = article(1), article(2)
    store.save_article(keep, [record("event", 0, 4)])
    store.save_article(target, [record("event", 0, 4), record("quote", 5, 9)])
    assert store.replace_records(target.id, [record("position", 1, 3, stance="oppose")]) == 1
    assert [r.kind for r in store.article_records(target.id)] == ["position"]
    assert [r.kind for r in store.article_records(keep.id)] == ["event"]
    assert store.replace_records(target.id, []) == 0
    assert store.article_records(target.id) == []


def test_replace_records_is_atomic_and_needs_the_article(store: Store) -> None:
    store.save_article(article(1), [record("event", 0, 4)])
    with pytest.raises(StoreError):
        store.replace_records(article(1).id, [record("quote", 0, 2), record("quote", 9, 3)])  # end < start
    assert [r.kind for r in store.article_records(article(1).id)] == ["event"]
    with pytest.raises(StoreError, match="no article"):
        store.replace_records("missing", [record("event", 0, 1)])


# -- inputs, runs, near-duplicates, signatures --------------------------------------------------------
def test_inputs_are_remembered_by_content_hash(store: Store) -> None:
    assert not store.input_done("h1")
    store.mark_input_done("a.html", "h1", 2048, 3)
    store.mark_input_done("copy-of-a.html", "h1", 2048, 3)
    assert store.input_done("h1")
    assert not store.input_done("h2")


def test_runs_record_their_inputs_and_counts(store: Store) -> None:
    run = store.start_run(["a.html", "feed.xml"])
    started = store.get_run(run)
    assert started is not None and started.finished_at is None and started.inputs == ["a.html", "feed.xml"]
    store.save_article(article(1))
    counts = RunCounts(new=3, duplicate=1, rejected=1, records=12, errors=["b.pdf: not text"])
    store.finish_run(run, counts)
    store.save_article(article(2))  # outside any run
    tags = store.query("SELECT run_id FROM articles ORDER BY seq")  # type: ignore[attr-defined]
    assert [row[0] for row in tags] == [run, None]
    done = store.get_run(run)
    assert done is not None and done.counts == counts
    assert done.finished_at is not None and done.finished_at >= done.started_at
    later = store.start_run([])
    assert [r.id for r in store.recent_runs()] == [later, run]
    assert store.get_run(later + 100) is None
    with pytest.raises(StoreError, match="no run"):
        store.finish_run(later + 100, RunCounts())


def test_near_duplicates_are_linked_both_ways(store: Store) -> None:
    a, b, c = (article(n) for n in range(3))
    for art in (a, b, c):
        store.save_article(art)
    store.link_near_duplicate(a.id, b.id, 0.9)
    store.link_near_duplicate(c.id, a.id, 0.85)
    store.link_near_duplicate(b.id, a.id, 0.95)  # same pair again: updated, not doubled
    assert store.near_duplicates(a.id) == [(b.id, 0.95), (c.id, 0.85)]
    assert store.near_duplicates(b.id) == [(a.id, 0.95)]
    assert store.near_duplicates("unknown") == []
    with pytest.raises(StoreError, match="itself"):
        store.link_near_duplicate(a.id, a.id, 1.0)


def test_signatures_are_saved_replaced_and_listed(store: Store) -> None:
    a, b = article(1), article(2)
    store.save_article(a)
    store.save_article(b)
    store.save_signature(a.id, b"\x00\x01\xff" * 100)
    store.save_signature(b.id, b"old")
    store.save_signature(b.id, b"new")
    assert dict(store.article_signatures()) == {a.id: b"\x00\x01\xff" * 100, b.id: b"new"}
    with pytest.raises(StoreError):
        store.save_signature("no-such-article", b"x")


# -- persistence -------------------------------------------------------------------------------------
def test_everything_survives_close_and_reopen(store_url: str) -> None:
    original, records = full_article(), rich_records()
    with open_store(store_url) as store:
        store.save_article(original, records)
        store.save_signature(original.id, b"sig")
        store.mark_input_done("x.html", "hx", 10, 1)
        run = store.start_run(["x.html"])
    with open_store(store_url) as store:
        assert store.migrate() == []
        assert store.get_article(original.id) == original
        assert [r for r, _ in store.iter_records()] == sorted(records, key=lambda r: r.evidence.start)
        assert dict(store.article_signatures()) == {original.id: b"sig"}
        assert store.input_done("hx")
        assert store.get_run(run) is not None
        assert store.save_article(original) is False


def test_a_store_that_cannot_migrate_is_not_opened(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(db: Any) -> None:
        db.execute("THIS IS NOT SQL")

    monkeypatch.setitem(M.MIGRATIONS, "0002_broken", broken)
    with pytest.raises(MigrationError, match="0002_broken"):
        open_store(store_url)
    monkeypatch.delitem(M.MIGRATIONS, "0002_broken")
    with open_store(store_url) as store:  # still at 0001 and usable
        assert store.save_article(article(1))


def test_tracer_sees_every_statement() -> None:
    from detente.store.sqlite import SQLiteStore

    seen: list[str] = []
    with SQLiteStore(tracer=lambda sql, params: seen.append(sql)) as store:
        store.save_article(article(1), [record("event", 0, 1)])
    assert any(s.startswith("CREATE TABLE records") for s in seen)
    assert [s.split()[0] for s in seen[-4:]] == ["BEGIN", "INSERT", "INSERT", "COMMIT"]


@pytest.mark.postgres
def test_postgres_scheme_aliases_open_the_same_store(pg_url: str) -> None:
    with open_store(pg_url) as store:
        store.save_article(article(1))
    for alias in ("postgres://", "postgresql+psycopg://"):
        with open_store(pg_url.replace("postgresql://", alias, 1)) as store:
            assert type(store).__name__ == "PostgresStore"
            assert store.count_articles() == 1


def test_using_a_closed_store_is_a_store_error(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError):
        store.count_articles()

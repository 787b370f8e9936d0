"""Workbench table speed: a filtered page of records with facets in SQL (`browse_records`), against the
API's older path in the same run (`query_records`: SQL narrows columns, Python checks JSON fields).

    .venv/bin/python bench/browse.py [--copies 10]

The store is the browser tests' generated corpus (tests/web/bigcorpus.py, 240 articles and 557
records) repeated `--copies` times with distinct texts, in a temporary SQLite file. Both paths answer
the same question, event type = ASSAULT from one outlet, and must return the same rows.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from detente.models import Article  # noqa: E402
from detente.store import open_store  # noqa: E402
from detente.store.filters import Browse  # noqa: E402
from tests.web.bigcorpus import generate  # noqa: E402


def fill(store, copies: int) -> None:  # type: ignore[no-untyped-def]
    for copy in range(copies):
        for article, records in generate():
            twin = Article(file=f"{copy}-{article.file}", index=0, text=f"{article.text} Copy {copy}.",
                           title=article.title, outlet=article.outlet, published=article.published)
            for rec in records:
                rec.assign_id(twin.id)
            store.save_article(twin, records)


def best(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def peak(fn) -> int:  # type: ignore[no-untyped-def]
    """Peak Python memory (bytes) allocated while `fn` runs."""
    tracemalloc.start()
    fn()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        fill(store, args.copies)
        n_articles, n_records = store.count_articles(), store.count_records()
        browse = Browse("event", (("type", "ASSAULT"), ("outlet", "Wire A")))
        total_new, _ = store.browse_records(browse, limit=50)
        total_old, _ = store.query_records("event", type="ASSAULT", outlet="Wire A", limit=50)
        assert total_new == total_old, (total_new, total_old)
        last = (total_new // 50) * 50
        rows = [
            ("first page", lambda: store.query_records("event", type="ASSAULT", outlet="Wire A", limit=50),
             lambda: store.browse_records(browse, limit=50)),
            ("last page", lambda: store.query_records("event", type="ASSAULT", outlet="Wire A", limit=50,
                                                      offset=last),
             lambda: store.browse_records(browse, limit=50, offset=last)),
        ]
        print(f"{n_articles} articles, {n_records} records; {total_new} rows match "
              "(type=ASSAULT, outlet=Wire A)")
        for name, old, new in rows:
            t_old, t_new = best(old), best(new)
            m_old, m_new = peak(old), peak(new)
            print(f"{name:10}  python-check {t_old * 1000:8.1f} ms {m_old / 1e6:6.2f} MB   "
                  f"sql-facets {t_new * 1000:8.1f} ms {m_new / 1e6:6.2f} MB   "
                  f"speed-up x{t_old / t_new:5.1f}, memory x{m_new / m_old:5.2f}")
        facets = best(lambda: [store.facet_counts(browse, f) for f in ("actor", "target", "type", "outlet")])
        print(f"four facet counts for the page: {facets * 1000:.1f} ms "
              f"({facets / best(rows[0][2]):.1f}x one page of rows)")


if __name__ == "__main__":
    main()

"""Cost of stories and merged facts at 1k, 5k and 20k articles, as a ratio to reading the records.

    .venv/bin/python bench/stories.py [--sizes 1000 5000 20000]

For each size: a synthetic store (bench/synthetic.py); the baseline is reading every record and
article out of the store (what any view must do); then clustering into stories and merging facts.
Blocking by anchors and distinctive terms keeps this near-linear: the 10k/1k time ratio should stay
near 10, not near 100. 'peak MB' is the most Python and numpy held at once while clustering and
merging (tracemalloc, in a second untimed pass), which should grow no faster than the articles.
Each size runs in a fresh process, so 'peak RSS' is that size's own high-water mark (store, records,
clustering, merging; issue 13's bar: <= 500 MB at 20k, time <= 1.2x linear).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.synthetic import build  # noqa: E402
from detente.store import open_store  # noqa: E402
from detente.stories.cluster import cluster_stories  # noqa: E402
from detente.stories.facts import merge_facts  # noqa: E402
from detente.stories.features import features_for  # noqa: E402


def measure(size: int) -> tuple[float, float, float, int, int, float]:
    db = Path(tempfile.mkdtemp(prefix="detente-stories-")) / "s.db"
    with open_store(str(db)) as store:
        build(store, size)
        t0 = time.perf_counter()
        records, article_of, by_article = [], {}, {}
        for record, article in store.iter_records():
            obj = record.to_contract(article)
            records.append(obj)
            article_of[obj["id"]] = article.id
            by_article.setdefault(article.id, []).append(obj)
        articles = list(store.iter_articles())
        read = time.perf_counter() - t0
        t0 = time.perf_counter()
        feats = [features_for(a.id, f"{a.title}\n{a.text}", a.published, by_article.get(a.id, []))
                 for a in articles]
        stories = cluster_stories(feats)
        cluster = time.perf_counter() - t0
        t0 = time.perf_counter()
        facts = merge_facts(stories, records, article_of)
        merge = time.perf_counter() - t0
        # Memory in a second, untimed pass: tracemalloc slows every allocation several times over.
        del feats, stories, facts
        tracemalloc.start()
        feats = [features_for(a.id, f"{a.title}\n{a.text}", a.published, by_article.get(a.id, []))
                 for a in articles]
        stories = cluster_stories(feats)
        facts = merge_facts(stories, records, article_of)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return read, cluster, merge, len(stories), len(facts), peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)   # a child run: measure one size
    args = ap.parse_args()
    if args.one:
        one(args.one)
        return
    print(f"{'articles':>8} {'read s':>7} {'cluster s':>9} {'merge s':>8} {'(cluster+merge)/read':>21} "
          f"{'stories':>7} {'facts':>6} {'peak MB':>8} {'peak RSS':>9}")
    base = None
    for size in args.sizes:
        child = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True,
                               check=True)
        read, cluster, merge, n_stories, n_facts, peak, rss = json.loads(child.stdout.splitlines()[-1])
        print(f"{size:8} {read:7.2f} {cluster:9.2f} {merge:8.2f} {(cluster + merge) / read:21.2f} "
              f"{n_stories:7} {n_facts:6} {peak:8.0f} {rss:6.0f} MB")
        if base is None:
            base = (size, cluster + merge)
        else:
            print(f"time ratio {size}/{base[0]} articles: {(cluster + merge) / base[1]:.1f} "
                  f"(linear would be {size / base[0]:.0f})")


def one(size: int) -> None:
    """Measure one size in this (fresh) process and print the figures as one JSON line."""
    from detente.stories.features import ArticleFeatures

    # Warm-up: import scikit-learn before anything is timed.
    cluster_stories([ArticleFeatures("w1", "talks in Istanbul", None), ArticleFeatures("w2", "talks", None)])
    figures = measure(size)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps([*figures, rss]))


if __name__ == "__main__":
    main()

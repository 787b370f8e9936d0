"""Cost of stories and merged facts at 1k, 5k and 20k articles, as a ratio to reading the records.

    .venv/bin/python bench/stories.py [--sizes 1000 5000 20000]

For each size: a synthetic store (bench/synthetic.py); the baseline is reading every record and
article out of the store once (what any view must do). Times are CPU seconds of the process (on a
shared machine wall time swings with the others' load). Then two builds of the same stories and facts,
each in a fresh process so 'peak RSS' is that build's own high-water mark (store, records, clustering,
merging, and the Python, NumPy and SciPy loaded for them):
  held      `build_view`: every record held as a contract dict (what export --merged and the timeline need)
  streamed  `build_stories`: records streamed into features, then only the records of stories with more
            than one article read back for the facts (what `detente stories` runs)
Blocking by anchors and distinctive terms keeps this near-linear (issue 13's bar: time <= 1.2x linear,
peak RSS <= 500 MB at 20k). Both builds must find the same stories and facts.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.synthetic import build  # noqa: E402
from detente.store import open_store  # noqa: E402
from detente.stories.build import build_stories, build_view  # noqa: E402


def _read(store) -> None:  # type: ignore[no-untyped-def]
    for record, article in store.iter_records():
        record.to_contract(article)
    for _ in store.iter_articles():
        pass


def measure(size: int, how: str) -> tuple[float, float, int, int, str]:
    """Read seconds, build seconds, stories, facts and a digest of both, for one build of one size."""
    db = Path(tempfile.mkdtemp(prefix="detente-stories-")) / "s.db"
    with open_store(str(db)) as store:
        build(store, size)
        t0 = time.process_time()
        _read(store)
        read = time.process_time() - t0
        t0 = time.process_time()
        view = build_view(store) if how == "held" else build_stories(store)
        seconds = time.process_time() - t0
    digest = hashlib.sha256(json.dumps([[s.articles for s in view.stories], view.facts],
                                       sort_keys=True, default=str).encode()).hexdigest()[:12]
    return read, seconds, len(view.stories), len(view.facts), digest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)   # a child run: measure one size
    ap.add_argument("--how", default="streamed", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(args.one, args.how)
        return
    print(f"{'articles':>8} {'build':>8} {'read CPU s':>10} {'build CPU s':>11} {'build/read':>10} "
          f"{'stories':>7} {'facts':>6} {'peak RSS':>9}  same")
    base: dict[str, tuple[int, float]] = {}
    for size in args.sizes:
        digests = set()
        for how in ("held", "streamed"):
            child = subprocess.run([sys.executable, __file__, "--one", str(size), "--how", how],
                                   capture_output=True, text=True, check=True)
            read, seconds, n_stories, n_facts, digest, rss = json.loads(child.stdout.splitlines()[-1])
            digests.add(digest)
            print(f"{size:8} {how:>8} {read:10.2f} {seconds:11.2f} {seconds / read:10.2f} {n_stories:7} "
                  f"{n_facts:6} {rss:6.0f} MB  {digest}")
            if how not in base:
                base[how] = (size, seconds)
            else:
                print(f"{'':8} {how:>8} time ratio {size}/{base[how][0]} articles: "
                      f"{seconds / base[how][1]:.1f} (linear would be {size / base[how][0]:.0f})")
        same = "the same" if len(digests) == 1 else "DIFFERENT"
        print(f"{'':8} held and streamed give {same} stories and facts")


def one(size: int, how: str) -> None:
    """Measure one size in this (fresh) process and print the figures as one JSON line."""
    from detente.stories.cluster import cluster_stories
    from detente.stories.features import ArticleFeatures

    # Warm-up: import NumPy and SciPy (the TF-IDF) before anything is timed.
    cluster_stories([ArticleFeatures("w1", "talks in Istanbul", None), ArticleFeatures("w2", "talks", None)])
    figures = measure(size, how)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps([*figures, rss]))


if __name__ == "__main__":
    main()

"""Cost of the language core: words/s of bare `nlp.pipe` against the full core, on the same texts.

    .venv/bin/python bench/nlp.py [--copies 10]

bare   the English model's own `nlp.pipe` (tagger, parser, NER), nothing of ours
core   detente's pipeline (model + paragraph boundaries + entity ruler) and `analyze()`: actors,
       places, dates, numbers and attribution for every sentence
The core should cost no more than 25% over the bare pipeline. Both run in this process, one after
the other, after a warm-up, on the same texts.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.corpus import load_articles, word_count  # noqa: E402
from detente.nlp.core import analyze  # noqa: E402
from detente.nlp.pipeline import load_model, load_nlp  # noqa: E402

BATCH = 16


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=10, help="repeat the corpus this many times")
    args = ap.parse_args()
    articles = load_articles(args.copies)
    texts = [a.text for a in articles]
    words = word_count(articles)
    bare, ours = load_model(), load_nlp()
    for doc, article in ours.pipe(((a.text, a) for a in articles[:8]), as_tuples=True):  # warm-up
        analyze(article, doc)
    list(bare.pipe(texts[:8]))

    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=BATCH):
        pass
    t_bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    t_analyze = 0.0
    for doc, article in ours.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=BATCH):
        t1 = time.perf_counter()
        analyze(article, doc)
        t_analyze += time.perf_counter() - t1
    t_core = time.perf_counter() - t0

    print(f"{len(articles)} articles, {words} words")
    print(f"{'run':6} {'seconds':>8} {'words/s':>9} {'vs bare':>8}")
    print(f"{'bare':6} {t_bare:8.2f} {words / t_bare:9.0f} {1:8.2f}")
    print(f"{'core':6} {t_core:8.2f} {words / t_core:9.0f} {t_core / t_bare:8.2f}")
    print(f"  of which analyze() (actors, places, dates, numbers, attribution): {t_analyze:.2f}s "
          f"({t_analyze / t_bare:.0%} of bare)")
    print(f"core overhead over bare: {t_core / t_bare - 1:+.0%} (target: at most +25%)")


if __name__ == "__main__":
    main()

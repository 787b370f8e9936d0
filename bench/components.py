"""What each pipeline component costs, on real ~1,000-word articles: CPU seconds per component.

    .venv/bin/python bench/components.py [--articles 60]

The docs are run component by component (each over the whole batch with `pipe`), timing each in CPU
seconds (process time, so other programs on a shared machine do not inflate it), against the blank
tokenizer and the whole bare model in the same run. For the entity ruler it also splits the cost of its
phrase patterns (names) from its token patterns (a surname after an optional capitalised word).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.real import real_articles  # noqa: E402
from detente.nlp.pipeline import load_nlp  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=60)
    args = ap.parse_args()
    texts = [a["text"] for a in real_articles(args.articles)]
    nlp = load_nlp()
    list(nlp.pipe(texts[:4]))   # warm-up
    t0 = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    costs = {"tokenizer": time.process_time() - t0}
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        costs[name] = time.process_time() - t0
    total = sum(costs.values())
    print(f"{args.articles} real articles; CPU seconds per component (share of the whole pipeline)")
    for name, cost in costs.items():
        print(f"  {name:20} {cost:7.2f} s {cost / total:6.1%}  {args.articles / cost:8.1f} articles/s")
    ruler = nlp.get_pipe("detente_entities")
    fresh = [nlp.make_doc(t) for t in texts]
    t0 = time.process_time()
    phrase = sum(len(ruler.phrase_matcher(d)) for d in fresh)   # type: ignore[attr-defined]
    t_phrase = time.process_time() - t0
    t0 = time.process_time()
    token = sum(len(ruler.matcher(d)) for d in fresh)   # type: ignore[attr-defined]
    t_token = time.process_time() - t0
    print(f"entity ruler: phrase patterns {t_phrase:.2f} s ({phrase} matches), token patterns "
          f"{t_token:.2f} s ({token} matches), {len(ruler.patterns)} patterns")   # type: ignore[attr-defined]
    print(f"whole pipeline {total:.2f} s CPU = {args.articles / total:.1f} articles/s on one core")


if __name__ == "__main__":
    main()

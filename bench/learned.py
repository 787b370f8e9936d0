"""What the trained components (issue 10) cost: time and memory against bare nlp.pipe.

    .venv/bin/python bench/learned.py [--copies 3]

One process, the same articles (bundled samples + seeds, repeated): bare `nlp.pipe` (the baseline),
then detente's pipeline + analyze + every extractor with `learned_model=off` and with the shipped
model, and with the decision model over the rules' candidates (`learned_decisions=shipped`). Reports
each as a ratio to bare, each component's share, how many sentences the classifier scored, how many
events each added, and the resident memory the loaded classifier adds.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.corpus import load_articles  # noqa: E402
from bench.nlp import BATCH  # noqa: E402
from detente.extract import events, extract_all  # noqa: E402
from detente.learn import model  # noqa: E402
from detente.nlp.core import analyze  # noqa: E402
from detente.nlp.pipeline import load_model, load_nlp  # noqa: E402


def rss_mb() -> float:
    """Current resident set size (Linux /proc), so a loaded model's share can be read as a difference."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def end_to_end(articles, nlp, setting: str, decisions: str = "off") -> tuple[float, int]:  # type: ignore[no-untyped-def]
    os.environ["DETENTE_LEARNED_MODEL"] = setting
    os.environ["DETENTE_LEARNED_DECISIONS"] = decisions
    t0 = time.perf_counter()
    records = [r for d, a in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=BATCH)
               for r in extract_all(analyze(a, d))]
    return time.perf_counter() - t0, sum(bool(r.fields.get("learned")) for r in records)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=3)
    args = ap.parse_args()
    articles = load_articles(args.copies)
    bare, ours = load_model(), load_nlp()
    end_to_end(articles[:4], ours, "off")  # warm-up
    before = rss_mb()
    model.load(model.SHIPPED)
    end_to_end(articles[:4], ours, "shipped")  # warm-up, and the classifier's first use
    loaded = rss_mb() - before
    t0 = time.perf_counter()
    for _ in bare.pipe((a.text for a in articles), batch_size=BATCH):
        pass
    t_bare = time.perf_counter() - t0
    t_off, _ = end_to_end(articles, ours, "off")
    seen: dict[int, int] = {}
    real = model.doc_sentence_scores

    def counting(doc, spans, path=None):  # type: ignore[no-untyped-def]
        seen[id(doc)] = len(spans)
        return real(doc, spans, path)

    model.doc_sentence_scores = counting  # type: ignore[assignment]
    t_on, added = end_to_end(articles, ours, "shipped")
    model.doc_sentence_scores = real  # type: ignore[assignment]
    end_to_end(articles[:4], ours, "off", "shipped")  # warm-up: the decision weights' first load
    spent = [0.0]
    real_decide = events.decide

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return real_decide(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t

    events.decide = timed  # type: ignore[assignment]
    t_dec, decided = end_to_end(articles, ours, "off", "shipped")
    events.decide = real_decide  # type: ignore[assignment]
    t_again, _ = end_to_end(articles, ours, "off")  # the rules alone once more, as warm as the runs before
    scored = sum(seen.values())
    n = len(articles)
    print(f"{n} articles ({args.copies} copies of the samples and seeds)")
    print(f"{'run':34} {'seconds':>8} {'vs bare':>8}")
    for name, t in (("bare nlp.pipe (baseline)", t_bare), ("end to end, learned_model=off", t_off),
                    ("end to end, learned_model=shipped", t_on),
                    ("end to end, learned_decisions=shipped", t_dec),
                    ("end to end, learned_model=off again", t_again)):
        print(f"{name:34} {t:8.2f} {t / t_bare:8.2f}")
    print(f"classifier: {scored} sentences scored (one batch per article), {added} events added; "
          f"on/off = {t_on / t_off:.3f}; its cost is {(t_on - t_off) / t_bare:.1%} of bare nlp.pipe")
    print(f"decision model: {decided} events added; with/without (the last run) = {t_dec / t_again:.3f}; "
          f"time inside its hook {spent[0]:.2f} s = {spent[0] / t_bare:.1%} of bare nlp.pipe")
    print(f"loaded classifier adds {loaded:.1f} MB resident; peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

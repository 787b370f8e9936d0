"""End-to-end extraction speed: articles/s from raw inputs to records, against bare `nlp.pipe`.

    .venv/bin/python bench/extract.py [--copies 10]

Stages, timed in one process on the same articles (bundled samples + seeds, repeated):
  read        detente's ingest: decode, clean, split (read_inputs over the input files)
  bare        the English model's own nlp.pipe: the baseline
  core        detente's pipeline and analyze() (actors, places, dates, numbers, attribution)
  events      find_events (with its trigger prefilter), and without it for comparison
  negotiation talks, positions, claims and quotes extractors
Also peak RSS, and what the events prefilter saves and whether it costs any recall.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.corpus import INPUTS, load_articles  # noqa: E402
from bench.nlp import BATCH  # noqa: E402
from detente.extract import claims, events, positions, quotes, talks  # noqa: E402
from detente.ingest.sources import read_inputs  # noqa: E402
from detente.nlp.core import analyze  # noqa: E402
from detente.nlp.pipeline import load_model, load_nlp  # noqa: E402


def timed(fn, *args):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=10)
    args = ap.parse_args()
    specs = [str(p) for p in INPUTS if p.exists()]
    _, t_read_once = timed(lambda: [a for r in read_inputs(specs) for a in r.articles])
    articles = load_articles(args.copies)
    n = len(articles)
    bare, ours = load_model(), load_nlp()
    for doc, art in ours.pipe(((a.text, a) for a in articles[:4]), as_tuples=True):  # warm-up
        events.find_events(analyze(art, doc))

    _, t_bare = timed(lambda: [None for _ in bare.pipe((a.text for a in articles), batch_size=BATCH)])
    t0 = time.perf_counter()
    analyses = [analyze(a, d) for d, a in ours.pipe(((a.text, a) for a in articles), as_tuples=True,
                                                     batch_size=BATCH)]
    t_core = time.perf_counter() - t0
    found, t_events = timed(lambda: [r for x in analyses for r in events.find_events(x)])
    with mock.patch.object(events, "has_trigger", lambda *a, **k: True):
        unfiltered, t_events_all = timed(lambda: [r for x in analyses for r in events.find_events(x)])
    negotiation = (talks.find_talks, positions.find_positions, claims.find_claims, quotes.find_quotes)
    _, t_neg = timed(lambda: [r for x in analyses for f in negotiation for r in f(x)])
    sentences = sum(len(x.sentences) for x in analyses)
    kept = sum(events.has_trigger(s) for x in analyses for s in x.sentences)
    t_read = t_read_once * args.copies
    total = t_read + t_core + t_events + t_neg
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{n} articles ({args.copies} copies of the samples and seeds)")
    print(f"{'stage':28} {'seconds':>8} {'articles/s':>11} {'vs bare':>8}")
    for name, t in (("read (ingest: decode, clean)", t_read), ("bare nlp.pipe (baseline)", t_bare),
                    ("core (pipeline + analyze)", t_core), ("events", t_events),
                    ("talks+positions+claims+quotes", t_neg), ("end to end (read..all)", total)):
        print(f"{name:28} {t:8.2f} {n / t:11.1f} {t / t_bare:8.2f}")
    print(f"events prefilter: parses {kept}/{sentences} sentences for events ({1 - kept / sentences:.0%} "
          f"skipped); find_events time without it / with it = {t_events_all / t_events:.2f}; records with "
          f"{len(found)}, without {len(unfiltered)} (recall cost: {len(unfiltered) - len(found)} records)")
    print(f"negotiation extractors cost {t_neg / t_events:.2f}x the events extractor, "
          f"{t_neg / t_bare:.0%} of bare nlp.pipe")
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()

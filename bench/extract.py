"""End-to-end extraction speed: articles/s from raw inputs to records, against bare `nlp.pipe`.

    .venv/bin/python bench/extract.py [--copies 10]

Stages, timed in one process on the same articles (bundled samples + seeds, repeated):
  read        detente's ingest: decode, clean, split (read_inputs over the input files)
  bare        the English model's own nlp.pipe: the baseline
  core        detente's pipeline and analyze() (actors, places, dates, numbers, attribution)
  events      find_events (with its trigger prefilter), and without it for comparison
  negotiation talks, positions, claims and quotes extractors
Also peak RSS, and what the events prefilter saves and whether it costs any recall.

    .venv/bin/python bench/extract.py --profile [--articles 60]

Where one process's CPU goes on real articles: each spaCy component, detente's language core, each
extractor, the store write, and what a worker run adds (pickling articles out and records back).

    .venv/bin/python bench/extract.py --profile --profile-workers 2 [--articles 60]

An ingest with 2 workers under cProfile, the parent and each worker: the parent's CPU, each worker's
model load, busy and idle time, and the functions that cost the most in each.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.corpus import INPUTS, load_articles  # noqa: E402
from bench.nlp import BATCH  # noqa: E402
from bench.real import TreePeak, real_articles, write_jsonl  # noqa: E402
from detente.extract import claims, events, positions, quotes, talks  # noqa: E402
from detente.ingest.sources import read_inputs  # noqa: E402
from detente.nlp.core import analyze  # noqa: E402
from detente.nlp.pipeline import load_model, load_nlp  # noqa: E402


def timed(fn, *args):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


ROOT = Path(__file__).resolve().parent.parent


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def ingest_run(jsonl: Path, db: Path, workers: int) -> tuple[float, float, int, str, str]:
    """Wall seconds, CPU seconds (the process and its workers), peak tree RSS (bytes), summary line and
    export of one `detente ingest` in a fresh process. Exit 1 (some articles failed, each named on
    stderr) still counts as a run."""
    cmd = [sys.executable, "-m", "detente.cli", "ingest", str(jsonl), "--db", str(db), "-q",
           "--workers", str(workers)]
    t0, c0 = time.perf_counter(), cpu_seconds(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreePeak(proc.pid) as peak:
        out, err = proc.communicate()
    seconds, cpu = time.perf_counter() - t0, cpu_seconds(resource.RUSAGE_CHILDREN) - c0
    if proc.returncode not in (0, 1) or not out.strip():
        raise SystemExit(f"ingest --workers {workers} failed: {out}{err[-2000:]}")
    export = subprocess.run([sys.executable, "-m", "detente.cli", "export", "--db", str(db)], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    return seconds, cpu, peak.peak, out.strip(), export


def real(count: int, workers: list[int]) -> None:
    """The default run: real articles, blank and bare baselines, ingest with each worker count."""
    from spacy import blank

    articles = real_articles(count)
    texts = [a["text"] for a in articles]
    words = sum(len(t.split()) for t in texts)
    tok, bare = blank("en"), load_model()
    list(bare.pipe(texts[:8]))   # warm-up
    c0 = cpu_seconds(resource.RUSAGE_SELF)
    _, t_blank = timed(lambda: [None for _ in tok.pipe(texts, batch_size=BATCH)])
    c1 = cpu_seconds(resource.RUSAGE_SELF)
    _, t_bare = timed(lambda: [None for _ in bare.pipe(texts, batch_size=BATCH)])
    c2 = cpu_seconds(resource.RUSAGE_SELF)
    bare_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    rows = [("blank tokenizer", t_blank, c1 - c0, 0), ("bare nlp.pipe (baseline)", t_bare, c2 - c1, bare_rss)]
    exports, summaries = {}, {}
    with tempfile.TemporaryDirectory(prefix="speed-bench-") as tmp:
        jsonl = write_jsonl(articles, Path(tmp) / "real.jsonl")
        for n in workers:
            seconds, cpu, peak, summaries[n], exports[n] = ingest_run(jsonl, Path(tmp) / f"w{n}.db", n)
            rows.append((f"ingest --workers {n}", seconds, cpu, peak))
    print(f"{count} real articles, {words / count:.0f} words each on average (bench/real.py)")
    print(f"{'run':26} {'seconds':>8} {'articles/s':>11} {'vs bare':>8} {'vs blank':>9} {'CPU s':>7} "
          f"{'CPU vs bare':>11} {'peak RSS':>9}")
    for name, t, cpu, rss in rows:
        print(f"{name:26} {t:8.2f} {count / t:11.1f} {t / t_bare:8.2f} {t / t_blank:9.1f} {cpu:7.1f} "
              f"{cpu / rows[1][2]:11.2f} {rss / 2**20:7.0f} MB")
    for n, summary in summaries.items():
        print(f"ingest --workers {n}: {summary}")
    same = len({e for e in exports.values()}) == 1
    print(f"exports of --workers {', '.join(map(str, workers))}: {'identical' if same else 'DIFFERENT'} "
          f"({next(iter(exports.values())).count(chr(10))} records)")
    print("peak RSS: of this process for bare (it also holds the blank pipeline), of the ingest process "
          "and its workers together for ingest; ingest times include start-up and model loads; CPU s "
          f"sums every process (on a shared machine wall time depends on the others' load: "
          f"load average {os.getloadavg()[0]:.1f} at the end on {os.cpu_count()} cores)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stages", action="store_true", help="the per-stage breakdown on the samples")
    ap.add_argument("--copies", type=int, default=10, help="with --stages: copies of the samples")
    ap.add_argument("--articles", type=int, default=255, help="real articles to build")
    ap.add_argument("--workers", default="1,2", help="worker counts to ingest with, comma-separated")
    ap.add_argument("--profile", action="store_true", help="CPU per component, core, extractor, store, IPC")
    ap.add_argument("--profile-workers", type=int, default=0, metavar="N",
                    help="with --profile: cProfile an ingest with N workers (parent and each worker)")
    args = ap.parse_args()
    if args.profile:
        from bench.profile_extract import profile, profile_workers

        if args.profile_workers:
            profile_workers(args.articles, args.profile_workers)
        else:
            profile(args.articles)
        return
    if not args.stages:
        real(args.articles, [int(w) for w in args.workers.split(",")])
        return
    stages(args.copies)


def stages(copies: int) -> None:
    """Per-stage breakdown in one process over the samples and seeds repeated `copies` times."""
    args = argparse.Namespace(copies=copies)
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

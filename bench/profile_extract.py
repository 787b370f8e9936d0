"""Where one process's CPU goes, end to end, on real ~1,000-word articles (bench/extract.py --profile).

Every stage is timed in CPU seconds of this process (process time: other programs on a shared machine
do not inflate it), on the same articles, against the bare model's `nlp.pipe` measured in the same run.
"""
from __future__ import annotations

import pickle
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.nlp import BATCH
from bench.real import real_articles, write_jsonl
from detente.extract import EXTRACTORS, get_extractor
from detente.extract.common import date_undated
from detente.ingest.sources import read_inputs
from detente.models import Article
from detente.nlp.core import analyze
from detente.nlp.pipeline import load_model, load_nlp


def _articles(count: int) -> list[Article]:
    with tempfile.TemporaryDirectory(prefix="speed-profile-") as tmp:
        path = write_jsonl(real_articles(count), Path(tmp) / "real.jsonl")
        return [a for result in read_inputs([str(path)]) for a in result.articles]


def profile(count: int) -> None:
    """Print CPU seconds per stage and their share of the whole, with bare nlp.pipe as the baseline."""
    articles = _articles(count)
    texts = [a.text for a in articles]
    bare, nlp = load_model(), load_nlp()
    list(bare.pipe(texts[:4]))
    list(nlp.pipe(texts[:4]))
    t0 = time.process_time()
    list(bare.pipe(texts, batch_size=BATCH))
    t_bare = time.process_time() - t0
    costs: dict[str, float] = defaultdict(float)
    t0 = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    costs["spacy: tokenizer"] = time.process_time() - t0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        costs[f"spacy: {name}"] = time.process_time() - t0
    records_of: list[list[Any]] = []
    for article, doc in zip(articles, docs, strict=True):
        t0 = time.process_time()
        analysis = analyze(article, doc)
        costs["detente core (analyze)"] += time.process_time() - t0
        records: list[Any] = []
        for name in EXTRACTORS:
            t0 = time.process_time()
            records.extend(get_extractor(name)(analysis))
            costs[f"extract: {name}"] += time.process_time() - t0
        t0 = time.process_time()
        date_undated(analysis, records)
        costs["extract: dating"] += time.process_time() - t0
        records_of.append(list({r.id: r for r in records}.values()))
    t0 = time.process_time()
    out = [pickle.dumps(r) for r in records_of]
    sent = [pickle.dumps(a) for a in articles]
    back = [pickle.loads(b) for b in out + sent]
    costs["IPC: pickle articles + records"] = time.process_time() - t0
    del back
    with tempfile.TemporaryDirectory(prefix="speed-profile-") as tmp:
        from detente.ingest.dedupe import signature, to_bytes
        from detente.store import open_store

        with open_store(str(Path(tmp) / "p.db")) as store:
            t0 = time.process_time()
            for article, records in zip(articles, records_of, strict=True):
                store.save_article(article, records, to_bytes(signature(article.text)))
            costs["store: save + signature"] = time.process_time() - t0
    total = sum(costs.values())
    print(f"{count} real articles (bench/real.py); CPU seconds, one process; bare nlp.pipe {t_bare:.2f} s")
    print(f"{'stage':34} {'CPU s':>7} {'share':>6} {'vs bare':>8}")
    for name, cost in costs.items():
        print(f"{name:34} {cost:7.2f} {cost / total:6.1%} {cost / t_bare:8.2f}")
    print(f"{'whole':34} {total:7.2f} {1:6.1%} {total / t_bare:8.2f}")
    print(f"pickled per article: article {sum(map(len, sent)) / count / 1024:.1f} KB out, records "
          f"{sum(map(len, out)) / count / 1024:.1f} KB back "
          f"({sum(map(len, records_of)) / count:.1f} records)")


def profile_workers(count: int, workers: int, top: int = 12) -> None:
    """`detente ingest --workers N` in this process under cProfile, each worker under its own: where the
    wall time of a parallel run goes (the parent's share, each worker's model load, busy and idle time)."""
    import cProfile
    import os
    import pstats
    import resource

    from detente.ingest.parallel import PROFILE_ENV
    from detente.ingest.runner import IngestOptions, ingest
    from detente.store import open_store

    with tempfile.TemporaryDirectory(prefix="speed-profile-") as tmp:
        path = write_jsonl(real_articles(count), Path(tmp) / "real.jsonl")
        folder = Path(tmp) / "workers"
        folder.mkdir()
        os.environ[PROFILE_ENV] = str(folder)
        parent = cProfile.Profile(time.process_time)
        wall, cpu = time.perf_counter(), time.process_time()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open_store(str(Path(tmp) / "p.db")) as store:
            parent.enable()
            counts = ingest([str(path)], store, IngestOptions(workers=workers, progress=False))
            parent.disable()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        worker_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
        del os.environ[PROFILE_ENV]
        print(f"{count} real articles, ingest --workers {workers}: {counts.new} new, {counts.records} "
              f"records; wall {wall:.1f} s; CPU: parent {cpu:.1f} s ({cpu / wall:.0%} of a core), "
              f"workers {worker_cpu:.1f} s ({worker_cpu / wall / workers:.0%} of each core)")
        print(f"\n-- parent, top {top} by own time")
        pstats.Stats(parent).sort_stats("tottime").print_stats(top)
        for prof in sorted(folder.glob("worker-*.prof")):
            stats = pstats.Stats(str(prof))
            cum = {f"{name}:{func}": row[3] for (name, _, func), row in stats.stats.items()}  # type: ignore[attr-defined]
            load = sum(v for k, v in cum.items() if k.endswith("parallel.py:_default_loader"))
            busy = sum(v for k, v in cum.items() if k.endswith("parallel.py:_extract_chunk"))
            print(f"-- {prof.stem}: model load {load:.1f} s, extracting {busy:.1f} s, "
                  f"the rest of the {wall:.1f} s run idle or starting ({wall - load - busy:.1f} s); "
                  f"top {top} by own time")
            stats.sort_stats("tottime").print_stats(top)

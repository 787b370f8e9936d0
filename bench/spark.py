"""Spark throughput: articles/s with 1 and 2 local executors, as ratios to the single-process CLI.

    .venv/bin/python bench/spark.py [--articles 600] [--workdir DIR] [--json]

The articles are real texts, cycled: the bodies in ../shared/data (article-extraction-benchmark,
fundus-evaluation ground truth) and the scrapes in ../shared/corpus (seeds, reports). Each cycle ends
every text with its own edition line so every article has its own content hash (nothing is skipped as
a duplicate). They are written as JSONL files, read by all three runs:

  cli        `detente ingest DIR` into a fresh SQLite store (the baseline, measured in this run)
  local[1]   `python -m detente.spark DIR --master local[1]`: one executor core
  local[2]   the same with two

Rates count every article read (an article whose extraction crashes is counted, and stored by no run:
the Spark runs must store exactly as many as the CLI). Each run is its own process, timed from start
to exit (JVM start and model loads included), and the Spark runs also report the job alone (`run_job`,
session already up). On a machine with fewer free
cores than executors, local[2] cannot beat local[1] by much: the ratio says how busy the machine was.
"""
from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FILES = 6
CHILD_SPARK = """
import json, sys, time
from detente.spark.job import SparkOptions, run_job, spark_session
spark = spark_session(sys.argv[1])
start = time.perf_counter()
counts = run_job(spark, [sys.argv[2]], SparkOptions(sys.argv[3]))
print(json.dumps({"job_s": time.perf_counter() - start, "articles": counts.articles,
                  "records": counts.records}))
spark.stop()
"""


def texts() -> list[tuple[str, str]]:
    """(source name, text) for every real article text available."""
    out: list[tuple[str, str]] = []
    data = SHARED / "data"
    truth = data / "article-extraction-benchmark" / "ground-truth.json"
    if truth.is_file():
        for key, item in sorted(json.loads(truth.read_text(encoding="utf-8")).items()):
            out.append((f"aeb/{key[:12]}", item["articleBody"]))
    fundus = data / "fundus-evaluation" / "dataset" / "ground_truth.json"
    if fundus.is_file():
        for key, item in sorted(json.loads(fundus.read_text(encoding="utf-8")).items()):
            body = item["body"]
            paragraphs = ast.literal_eval(body) if isinstance(body, str) and body.startswith("[") else body
            out.append((f"fundus/{key}", "\n\n".join(paragraphs) if isinstance(paragraphs, list) else body))
    for folder in ("seeds", "reports"):
        for path in sorted((SHARED / "corpus" / folder).glob("*.txt")):
            out.append((f"{folder}/{path.name}", path.read_text(encoding="utf-8")))
    return [(name, text) for name, text in out if len(text.split()) >= 30]


def build(workdir: Path, count: int) -> tuple[Path, int, int]:
    """JSONL files of `count` articles cycled from the real texts; returns (folder, articles, bytes)."""
    pool = texts()
    if not pool:
        sys.exit(f"No texts found under {SHARED}; the benchmark needs ../shared beside the repository.")
    folder = workdir / "inputs"
    folder.mkdir(parents=True)
    outs = [(folder / f"part-{i}.jsonl").open("w", encoding="utf-8") for i in range(FILES)]
    for i in range(count):
        name, text = pool[i % len(pool)]
        edition = i // len(pool) + 1
        line = {"url": f"https://bench.example/{name}/{edition}", "title": f"{name} (edition {edition})",
                "text": f"{text.strip()}\n\nEdition {edition} of this report.", "outlet": name.split("/")[0],
                "published": "2025-06-01"}
        outs[i % FILES].write(json.dumps(line, ensure_ascii=False) + "\n")
    for out in outs:
        out.close()
    return folder, count, sum(p.stat().st_size for p in folder.iterdir())


def timed(command: list[str], ok: tuple[int, ...] = (0,)) -> tuple[float, str]:
    """Wall time and stdout of one run; `ok` are the exit codes that still mean it ran through
    (`detente ingest` exits 1 when some articles failed extraction; they are counted, not stored)."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in ok:
        sys.exit(f"{' '.join(command[:4])}... failed:\n{done.stderr[-2000:]}")
    return elapsed, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--json", action="store_true", help="Print the figures as one JSON object.")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="spark-bench-"))
    if workdir.exists():
        shutil.rmtree(workdir)
    folder, count, size = build(workdir, args.articles)
    py = sys.executable
    results: dict[str, dict[str, float]] = {}
    wall, stdout = timed([py, "-m", "detente.cli", "ingest", str(folder), "--db", str(workdir / "cli.db"),
                          "-q"], ok=(0, 1))
    stored = int(stdout.split(" new,")[0].split()[-1])
    results["cli"] = {"wall_s": wall, "stored": stored}
    for master in ("local[1]", "local[2]"):
        out = workdir / f"out-{master[6]}"
        wall, stdout = timed([py, "-c", CHILD_SPARK, master, str(folder), str(out)])
        child = json.loads(stdout.strip().splitlines()[-1])
        if child["articles"] != stored:
            sys.exit(f"{master} wrote {child['articles']} articles, the CLI stored {stored}")
        results[master] = {"wall_s": wall, "job_s": child["job_s"], "stored": child["articles"]}
    base = count / results["cli"]["wall_s"]
    report = {"articles": count, "input_mb": round(size / 1e6, 2), "runs": {}}
    for name, figures in results.items():
        rate = count / figures["wall_s"]
        row = {"wall_s": round(figures["wall_s"], 1), "stored": figures["stored"],
               "articles_per_s": round(rate, 2),
               "ratio_to_cli": round(rate / base, 2)}
        if "job_s" in figures:
            row["job_only_articles_per_s"] = round(count / figures["job_s"], 2)
        report["runs"][name] = row
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{count} articles ({report['input_mb']} MB of JSONL) cycled from ../shared/data and "
          "../shared/corpus")
    print(f"{'run':10} {'wall s':>8} {'art/s':>8} {'x cli':>7} {'job-only art/s':>15}")
    for name, row in report["runs"].items():
        print(f"{name:10} {row['wall_s']:8.1f} {row['articles_per_s']:8.2f} {row['ratio_to_cli']:7.2f} "
              f"{row.get('job_only_articles_per_s', float('nan')):15.2f}")


if __name__ == "__main__":
    main()

"""Ingest throughput: articles/s, MB/s and peak RSS on N generated HTML articles, with baselines.

Three measurements in one run, each in its own subprocess so peak RSS is its own:
  read        read every file's bytes (the floor: I/O only)
  trafilatura plain `trafilatura.extract` on every file (what a user would do without detente)
  detente     `detente ingest --no-extract` into a fresh SQLite store (decode, trafilatura with
              metadata, our teaser cleaner, content hashes, MinHash near-duplicate index, commits)

    .venv/bin/python bench/ingest.py [--articles 10000] [--workdir DIR]

Articles are built from the bundled samples (HTML pages and JSONL texts) with numbered variations so
that each has its own content hash; nothing is fetched.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "detente" / "samples"
CHILD_READ = """
import sys, pathlib
n = 0
for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.html')):
    n += len(p.read_bytes())
print(n)
"""
CHILD_TRAFILATURA = """
import sys, pathlib, trafilatura
for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.html')):
    trafilatura.extract(p.read_bytes())
"""


def templates() -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.html"))]
    for line in (SAMPLES / "dispatch-feed-2025.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in row["text"].split("\n\n"))
        pages.append(f"<html><head><title>{html.escape(row['title'])}</title>"
                     f"<meta property='article:published_time' content='{row['published']}'></head>"
                     f"<body><nav>Home | World</nav><article><h1>{html.escape(row['title'])}</h1>\n{paras}"
                     f"</article><footer>Copyright 2025</footer></body></html>")
    return pages


def build(workdir: Path, count: int) -> int:
    rng = random.Random(42)
    pages = templates()
    size = 0
    for i in range(count):
        page = pages[i % len(pages)]
        extra = (f"<p>Update {i}: officials said talks would resume within {rng.randint(2, 40)} days, "
                 f"and {rng.randint(10, 900)} observers were expected.</p></article>")
        page = page.replace("</article>", extra, 1)
        folder = workdir / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"a{i:05d}.html"
        path.write_text(page, encoding="utf-8")
        size += path.stat().st_size
    return size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workdir", type=Path)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="detente-bench-"))
    corpus = work / "corpus"
    size = build(corpus, args.articles)
    mb = size / 1e6
    print(f"{args.articles} HTML articles, {mb:.1f} MB, in {corpus}")
    runs = {
        "read": [sys.executable, "-c", CHILD_READ, str(corpus)],
        "trafilatura": [sys.executable, "-c", CHILD_TRAFILATURA, str(corpus)],
        "detente": [sys.executable, "-m", "detente.cli", "ingest", str(corpus), "--db",
                    str(work / "bench.db"), "--no-extract", "-q"],
    }
    results = {}
    for name, cmd in runs.items():
        # RUSAGE_CHILDREN keeps the max over all children, so each run gets a fresh interpreter.
        probe = [sys.executable, "-c", "import resource,subprocess,sys,json; "
                 "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)", *cmd]
        start = time.perf_counter()
        out = subprocess.run(probe, check=True, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        results[name] = (seconds, int(out.stdout.strip().splitlines()[-1]) / 1024)
    base = results["trafilatura"][0]
    print(f"{'run':12} {'seconds':>8} {'articles/s':>11} {'MB/s':>7} {'peak RSS MB':>12} "
          f"{'time vs trafilatura':>20}")
    for name, (seconds, rss) in results.items():
        print(f"{name:12} {seconds:8.2f} {args.articles / seconds:11.1f} {mb / seconds:7.2f} {rss:12.0f} "
              f"{seconds / base:19.2f}x")


if __name__ == "__main__":
    main()

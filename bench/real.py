"""A benchmark corpus of real news text at real article length (issue 13), and the RSS of a process tree.

The short bundled samples flatter the pipeline: real articles are ~1,000 words. This builds N articles
of 960-1,250 words from real texts in ../shared: the war reports and seeds (read through detente's own
ingest) and the article bodies of two public HTML extraction sets (their ground truth, which is the
cleaned text of real news pages). Paragraphs are taken in order, text after text, cycling when needed,
so each article is a run of real paragraphs; seeded, so every run measures the same articles.
"""
from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

from detente.ingest.sources import read_inputs

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SETS = {"article-extraction-benchmark": "ground-truth.json", "fundus-evaluation": "dataset/ground_truth.json"}


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if len(p.split()) >= 8]


def source_texts(shared: Path = SHARED) -> list[tuple[str, list[str]]]:
    """(name, paragraphs) of every real text: war reports and seeds first, then the HTML sets' bodies."""
    texts: list[tuple[str, list[str]]] = []
    corpus = [str(shared / "corpus" / d) for d in ("reports", "seeds") if (shared / "corpus" / d).is_dir()]
    for result in read_inputs(corpus):
        for article in result.articles:
            texts.append((f"{result.name}#{article.index}", _paragraphs(article.text)))
    for folder, truth in SETS.items():
        path = shared / "data" / folder / truth
        if not path.exists():
            continue
        for key, entry in sorted(json.loads(path.read_text(encoding="utf-8")).items()):
            body = entry.get("articleBody") or "\n\n".join(entry.get("body") or [])
            texts.append((f"{folder}/{key}", _paragraphs(body.replace("\n", "\n\n"))))
    return [(name, paras) for name, paras in texts if paras]


def real_articles(count: int = 255, low: int = 960, high: int = 1250) -> list[dict[str, str]]:
    """`count` JSONL-ready articles (url, title, text, published, outlet) of `low`-`high` words each."""
    texts = source_texts()
    if not texts:
        raise SystemExit(f"no real texts under {SHARED}: the benchmark needs ../shared")
    stream = [p for _, paras in texts for p in paras]
    out, at = [], 0
    for n in range(count):
        paras: list[str] = []
        words = 0
        while words < low:
            para = stream[at % len(stream)]
            at += 1
            if words + len(para.split()) > high and words:
                continue
            paras.append(para)
            words += len(para.split())
        out.append({"url": f"https://bench.example.org/real/{n}", "title": f"Real article {n}",
                    "text": "\n\n".join(paras), "published": "2025-06-01", "outlet": "bench"})
    return out


def write_jsonl(articles: list[dict[str, str]], path: Path) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants, read from /proc (Linux)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += next(int(line.split()[1]) * 1024 for line in status.splitlines()
                          if line.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{p}/task"):
                todo += [int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


class TreePeak:
    """Samples the summed RSS of a process tree every 50 ms; `.peak` is the highest sum seen."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak = pid, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(self.pid))
            time.sleep(0.05)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

"""Main-text extraction benchmark: detente's `parse_html` against plain `trafilatura.extract`.

Both systems run in the same process over the same pages and are scored the same way:
word-level bag-of-words precision / recall / F1 (multiset overlap of lower-cased word tokens
between the extracted text and the gold article body), averaged over pages (macro), plus the
micro-averaged (pooled-counts) figures. Gold sets, read at run time from the shared data folder:

- article-extraction-benchmark: 181 pages, `ground-truth.json` (`articleBody` per page hash);
- fundus-evaluation: 80 English news pages, `dataset/ground_truth.json` (`body` paragraphs).

Run: `.venv/bin/python bench/html_extraction.py [--data ../shared/data] [--limit N]`.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import trafilatura

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from detente.ingest.html import parse_html  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> Counter[str]:
    """The bag of lower-cased word tokens of `text`."""
    return Counter(w.lower() for w in WORD.findall(text or ""))


def prf(pred: str, gold: str) -> tuple[float, float, float, int, int, int]:
    """Precision, recall, F1 and the raw counts (overlap, predicted, gold) of one page."""
    p, g = words(pred), words(gold)
    overlap, np_, ng = sum((p & g).values()), sum(p.values()), sum(g.values())
    prec = overlap / np_ if np_ else (1.0 if not ng else 0.0)
    rec = overlap / ng if ng else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, overlap, np_, ng


def aeb_pages(data: Path) -> Iterator[tuple[str, bytes, str, str | None]]:
    """(name, html bytes, gold text, url) for article-extraction-benchmark."""
    root = data / "article-extraction-benchmark"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(gold):
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        yield key, raw, gold[key].get("articleBody") or "", gold[key].get("url")


def fundus_pages(data: Path) -> Iterator[tuple[str, bytes, str, str | None]]:
    """(name, html bytes, gold text, url) for fundus-evaluation (English news)."""
    root = data / "fundus-evaluation" / "dataset"
    gold = json.loads((root / "ground_truth.json").read_text(encoding="utf-8"))
    for key in sorted(gold):
        raw = gzip.decompress((root / "html" / key).read_bytes())
        yield key, raw, "\n\n".join(gold[key].get("body") or []), gold[key].get("url")


def run_detente(raw: bytes, name: str, url: str | None) -> str:
    """detente's text for a page: the cleaned body of its articles."""
    return "\n\n".join(a.text for a in parse_html(raw, file=name, url=url))


def run_trafilatura(raw: bytes, name: str, url: str | None) -> str:
    """Plain trafilatura, default settings, comments off (as detente uses)."""
    return trafilatura.extract(raw, url=url, include_comments=False) or ""


SYSTEMS: dict[str, Callable[[bytes, str, str | None], str]] = {
    "trafilatura.extract": run_trafilatura,
    "detente.parse_html": run_detente,
}


def score_set(pages: list[tuple[str, bytes, str, str | None]], verbose: bool) -> dict[str, dict[str, float]]:
    """Run every system over `pages`; macro and micro P/R/F1 and seconds per system."""
    out: dict[str, dict[str, float]] = {}
    for sysname, fn in SYSTEMS.items():
        rows, t0 = [], time.perf_counter()
        for name, raw, gold, url in pages:
            row = prf(fn(raw, name, url), gold)
            rows.append(row)
            if verbose:
                print(f"  {sysname:22s} {name[:40]:40s} P={row[0]:.3f} R={row[1]:.3f} F1={row[2]:.3f}")
        secs = time.perf_counter() - t0
        n = len(rows) or 1
        ov, np_, ng = (sum(r[i] for r in rows) for i in (3, 4, 5))
        mp, mr = (ov / np_ if np_ else 0.0), (ov / ng if ng else 0.0)
        out[sysname] = {
            "P": sum(r[0] for r in rows) / n, "R": sum(r[1] for r in rows) / n,
            "F1": sum(r[2] for r in rows) / n,
            "microP": mp, "microR": mr, "microF1": 2 * mp * mr / (mp + mr) if mp + mr else 0.0,
            "seconds": secs, "pages": len(rows),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages of each set")
    ap.add_argument("--verbose", action="store_true", help="print every page's scores")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"No shared data folder at {args.data}; pass --data.", file=sys.stderr)
        return 2
    print("Scoring: word-level bag-of-words P/R/F1 (lower-cased \\w+ tokens, multiset overlap);")
    print("P/R/F1 = mean over pages (macro); micro = pooled counts. Same pages, same scorer, same run.\n")
    for setname, loader in (("article-extraction-benchmark", aeb_pages), ("fundus-evaluation", fundus_pages)):
        pages = list(loader(args.data))
        if args.limit:
            pages = pages[: args.limit]
        res = score_set(pages, args.verbose)
        print(f"{setname} ({len(pages)} pages)")
        for sysname, r in res.items():
            print(f"  {sysname:22s} P={r['P']:.3f} R={r['R']:.3f} F1={r['F1']:.3f}   "
                  f"micro P={r['microP']:.3f} R={r['microR']:.3f} F1={r['microF1']:.3f}   "
                  f"{r['seconds']:.1f}s ({1000 * r['seconds'] / max(r['pages'], 1):.0f} ms/page)")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

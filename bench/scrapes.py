"""Plain-text scrape benchmark: detente's text cleaner on pages from outlets nobody here tuned on.

A scrape "as it really comes" is the whole visible text of a page: navigation, headers, footers,
related-story lists, captions, cookie banners and all. This bench renders the HTML pages of two
public extraction benchmarks that way (lxml; one line per block element, script/style/hidden
elements left out), runs the reader `detente ingest` uses for a .txt file on the result, and
scores the kept text against the gold body with the word-level bag-of-words P/R/F1 of
`bench/html_extraction.py`. It also counts the extra articles the cleaner split out of a page
that holds one (each becomes records of its own), and scores both line styles a scraper gives:
`lines` (one newline between blocks) and `blank` (a blank line between blocks, as a browser
copy-paste gives).

Gold sets (read at run time from the shared data folder, not evaluation gold for extraction):
- fundus-evaluation: 80 English news pages, 16 outlets (`dataset/ground_truth.json`);
- article-extraction-benchmark: 181 pages (`ground-truth.json`), grouped by site; only the pages
  whose gold body reads as English are scored (detente reads English news).

Run: `.venv/bin/python bench/scrapes.py [--data ../shared/data] [--worst 8] [--dump DIR]`.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import lxml.html
from lxml import etree

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.html_extraction import aeb_pages, fundus_pages, prf  # noqa: E402

SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas",
                  "select", "option", "math"})
BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "thead", "tfoot", "tr", "ul", "button", "label", "legend", "picture", "video",
    "audio",
})
CELL = frozenset({"td", "th"})
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def hidden(el: etree._Element) -> bool:
    """An element a reader does not see: `hidden`, `aria-hidden` or a display:none style."""
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(HIDDEN_STYLE.search(el.get("style") or "")))


def decoded(html: bytes | str) -> str:
    """The page as text: UTF-8 when it decodes as such (most pages), else Windows-1252."""
    if isinstance(html, str):
        return html
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        return html.decode("cp1252", errors="replace")


def render(html: bytes | str, style: str = "lines") -> str:
    """All visible text of a page, one line per block element (see the module docstring)."""
    try:
        root = lxml.html.document_fromstring(decoded(html))
    except (etree.ParserError, ValueError):
        return ""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = " ".join("".join(buf).split())
        if line:
            lines.append(line)
        buf.clear()

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag.lower() in SKIP or not isinstance(el.tag, str) or hidden(el):
            return  # comments and processing instructions carry no visible text; their tail does
        block = tag.lower() in BLOCK
        if block:
            flush()
        if tag.lower() == "br":
            flush()
        buf.append(el.text or "")
        for child in el:
            walk(child)
            buf.append(child.tail or "")
        if tag.lower() in CELL:
            buf.append(" ")
        if block:
            flush()

    walk(root)
    flush()
    return ("\n\n" if style == "blank" else "\n").join(lines) + "\n"


@dataclass
class Row:
    """One page's score: P/R/F1, the counts, and how many articles the cleaner made of it."""

    group: str
    name: str
    p: float
    r: float
    f1: float
    overlap: int
    kept: int
    gold: int
    articles: int


def read_scrape(text: str, name: str) -> list[str]:
    """The article texts detente's plain-text reader keeps from one scrape (as `ingest` does)."""
    from detente.ingest.sources import _parse_text  # the .txt path of `detente ingest`

    return [a.text for a in _parse_text(text, name)]


ENGLISH = frozenset({"the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as",
                     "by", "at", "from"})


def is_english(text: str) -> bool:
    """Whether a gold body reads as English: common function words make 15%+ of its words."""
    words = re.findall(r"[a-z]+", text.casefold())
    return bool(words) and sum(w in ENGLISH for w in words) >= 0.15 * len(words)


def fundus_group(name: str, url: str | None) -> str:
    return name.split("_")[0]


def aeb_group(name: str, url: str | None) -> str:
    host = urlparse(url or "").netloc.lower()
    return host.removeprefix("www.") or "?"


def score_pages(pages: Iterable[tuple[str, bytes, str, str | None]], group_of, style: str,
                dump: Path | None = None) -> list[Row]:
    """Render, clean and score every page."""
    rows = []
    for name, raw, gold, url in pages:
        if not is_english(gold):
            continue
        scrape = render(raw, style)
        kept = read_scrape(scrape, name)
        text = "\n\n".join(kept)
        p, r, f1, ov, npred, ngold = prf(text, gold)
        rows.append(Row(group_of(name, url), name, p, r, f1, ov, npred, ngold, len(kept)))
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
            stem = name.removesuffix(".html.gz")[:40]
            (dump / f"{stem}.txt").write_text(scrape, encoding="utf-8")
            (dump / f"{stem}.kept").write_text("\n\n=====ARTICLE=====\n\n".join(kept), encoding="utf-8")
            (dump / f"{stem}.gold").write_text(gold, encoding="utf-8")
    return rows


def summary(rows: list[Row]) -> dict[str, float]:
    """Macro and micro P/R/F1 and the extra articles over some pages."""
    n = len(rows) or 1
    ov, kp, gd = (sum(getattr(r, k) for r in rows) for k in ("overlap", "kept", "gold"))
    mp, mr = (ov / kp if kp else 0.0), (ov / gd if gd else 0.0)
    return {
        "P": sum(r.p for r in rows) / n, "R": sum(r.r for r in rows) / n, "F1": sum(r.f1 for r in rows) / n,
        "microP": mp, "microR": mr, "microF1": 2 * mp * mr / (mp + mr) if mp + mr else 0.0,
        "extra": sum(max(r.articles - 1, 0) for r in rows), "empty": sum(r.articles == 0 for r in rows),
        "pages": len(rows),
    }


def line(label: str, s: dict[str, float]) -> str:
    return (f"{label:34s} P={s['P']:.3f} R={s['R']:.3f} F1={s['F1']:.3f}  micro P={s['microP']:.3f} "
            f"R={s['microR']:.3f} F1={s['microF1']:.3f}  extra articles={s['extra']:3d} "
            f"empty={s['empty']:2d} pages={s['pages']}")


def report(setname: str, rows: list[Row], worst: int, per_group: bool, pages: int) -> None:
    print(line(setname, summary(rows)))
    for r in sorted(rows, key=lambda r: r.f1)[:pages]:
        print(f"      page {r.name[:40]:40s} P={r.p:.3f} R={r.r:.3f} F1={r.f1:.3f} articles={r.articles}")
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        groups[r.group].append(r)
    ranked = sorted(groups.items(), key=lambda kv: summary(kv[1])["F1"])
    for g, rs in ranked if per_group else ranked[:worst]:
        print("   " + line(g[:31], summary(rs)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--worst", type=int, default=8, help="list the N worst outlets/sites of each set")
    ap.add_argument("--all", action="store_true", help="list every outlet/site")
    ap.add_argument("--pages", type=int, default=0, help="list the N worst pages of each set")
    ap.add_argument("--style", choices=("lines", "blank", "both"), default="lines")
    ap.add_argument("--dump", type=Path, help="write each page's scrape, kept text and gold here")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"No shared data folder at {args.data}; pass --data.", file=sys.stderr)
        return 2
    print("Word-level bag-of-words P/R/F1 of the kept text against the gold body (macro = mean over pages;")
    print("micro = pooled); extra articles = pieces beyond the first the cleaner made of one-article")
    print("pages.\n")
    styles = ("lines", "blank") if args.style == "both" else (args.style,)
    for style in styles:
        print(f"== style: {style}")
        for setname, loader, group_of in (("fundus-evaluation", fundus_pages, fundus_group),
                                          ("article-extraction-benchmark", aeb_pages, aeb_group)):
            dump = args.dump / style / setname if args.dump else None
            rows = score_pages(loader(args.data), group_of, style, dump)
            report(setname, rows, args.worst, args.all, args.pages)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The benchmark corpus: the bundled samples and, where present, ../shared/corpus/seeds, read through
detente's own ingest (so cleaning is the real one), repeated to a target size."""
from __future__ import annotations

from pathlib import Path

from detente.ingest.sources import read_inputs
from detente.models import Article

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "detente" / "samples", ROOT.parent / "shared" / "corpus" / "seeds"]


def load_articles(copies: int = 1) -> list[Article]:
    base = [a for r in read_inputs([str(p) for p in INPUTS if p.exists()]) for a in r.articles]
    return [a for _ in range(copies) for a in base]


def word_count(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)

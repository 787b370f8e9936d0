"""Held-out sentences written by someone other than each extractor's author, in other voices: the check
that rules generalise beyond the sentences they were built on. Floors are measured F1 less a margin."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from detente.extract.events import find_events
from detente.extract.positions import find_positions
from detente.models import Article
from detente.nlp.core import analyze
from detente.nlp.pipeline import load_nlp

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "heldout"
Key = tuple[Any, ...]


def _run(name: str, extract: Callable[[Any], list[Any]], key: Callable[[Any], Key],
         same: Callable[[Key, Key], bool]) -> tuple[int, int, int]:
    nlp, tp, fp, fn = load_nlp(), 0, 0, 0
    for line in (HELDOUT / name).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article = Article(file="heldout.txt", index=0, text=row["text"], published="2025-06-05")
        got = [key(r) for r in extract(analyze(article, nlp(article.text)))]
        used: set[int] = set()
        for want in map(tuple, row["expect"]):
            j = next((j for j, g in enumerate(got) if j not in used and same(g, want)), None)
            if j is not None:
                used.add(j)
        tp, fp, fn = tp + len(used), fp + len(got) - len(used), fn + len(row["expect"]) - len(used)
    return tp, fp, fn


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.mark.model
def test_positions_generalise() -> None:
    counts = _run("positions.jsonl", find_positions,
                  lambda r: ((r.fields["party"] or {}).get("country"), r.fields["issue"], r.fields["stance"]),
                  lambda g, w: g == w)
    print("positions held-out tp/fp/fn", counts, f"F1 {_f1(*counts):.2f}")
    assert _f1(*counts) >= 0.88


@pytest.mark.model
def test_events_generalise() -> None:
    def key(r: Any) -> Key:
        return (r.fields["type"], (r.fields["actor"] or {}).get("country"),
                (r.fields["target"] or {}).get("country"), r.fields["negated"])

    def same(g: Key, w: Key) -> bool:
        return g[0] == w[0] and g[3] == w[3] and all(w[i] is None or g[i] == w[i] for i in (1, 2))

    counts = _run("events.jsonl", find_events, key, same)
    print("events held-out tp/fp/fn", counts, f"F1 {_f1(*counts):.2f}")
    assert _f1(*counts) >= 0.88

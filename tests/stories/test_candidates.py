"""Streamed candidate pairs (issue 13): every pair the blocking keys give that the dates allow, no more."""
from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest

from detente.stories import cluster
from detente.stories.cluster import MAX_POSTING, WINDOW_DAYS, _day, candidate_pairs, cluster_stories
from detente.stories.features import ArticleFeatures

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "same_story.jsonl"


def load() -> list[ArticleFeatures]:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    return [ArticleFeatures(r["id"], r["text"], r["published"], set(r["anchors"]), set(r["days"])) for r in rows]


def all_shared_key_pairs(features: list[ArticleFeatures], top_terms: list[list[str]]) -> set[tuple[int, int]]:
    """The blocking as first written: every pair in every specific key's posting list, held at once."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, feats in enumerate(features):
        for key in feats.anchors | {f"term:{t}" for t in top_terms[i]}:
            postings[key].append(i)
    return {p for members in postings.values() if 1 < len(members) <= MAX_POSTING
            for p in combinations(members, 2)}


def test_streamed_pairs_are_the_shared_key_pairs_within_the_date_window() -> None:
    feats = load()
    matrix, vocab = cluster._tfidf(feats)
    top = cluster._top_terms(matrix, vocab)
    streamed = list(candidate_pairs(feats, top))
    assert streamed == sorted(set(streamed)), "pairs come once each, in ascending order"

    def apart(i: int, j: int) -> bool:
        a, b = _day(feats[i].when), _day(feats[j].when)
        return bool(a and b and abs((a - b).days) > WINDOW_DAYS)

    reference = all_shared_key_pairs(feats, top)
    assert any(apart(i, j) for i, j in reference), "the fixture should hold pairs the window drops"
    assert set(streamed) == {p for p in reference if not apart(*p)}


def test_small_chunks_give_the_same_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    feats = load()
    whole = [s.articles for s in cluster_stories(feats)]
    monkeypatch.setattr(cluster, "PAIR_CHUNK", 3)
    chunked = [s.articles for s in cluster_stories(feats)]
    assert chunked == whole and any(len(s) > 1 for s in whole)

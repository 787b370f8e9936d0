"""Story clustering against a key written by hand: the reports, seeds and samples that report the same
event (tests/stories/story_key.json) must be one story, and no others; pairwise precision and recall."""
from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from detente.ingest.runner import IngestOptions, ingest
from detente.store import open_store
from detente.stories.build import build_view

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus"
KEY = Path(__file__).with_name("story_key.json")


def pairwise(predicted: set[frozenset[str]], gold: set[frozenset[str]]) -> tuple[float, float]:
    hit = len(predicted & gold)
    return (hit / len(predicted) if predicted else 1.0), (hit / len(gold) if gold else 1.0)


def test_stories_match_the_key(tmp_path: Path) -> None:
    folders = [SHARED / "reports", SHARED / "seeds"]
    if not all(f.is_dir() for f in folders):
        pytest.skip("../shared/corpus is not present")
    db = str(tmp_path / "all.db")
    with open_store(db) as store:
        ingest([*map(str, folders), str(ROOT / "detente" / "samples")], store, IngestOptions(progress=False))
        view = build_view(store)
    names = {a: f"{Path(art.file).name}/{art.index}" for a, art in view.articles.items()}
    story_of = {name: story for story, members in json.loads(KEY.read_text("utf-8"))["stories"].items()
                for name in members}
    assert set(story_of) <= set(names.values()), "every keyed article should have been read"
    gold = {frozenset(p) for p in combinations(sorted(names.values()), 2)
            if p[0] in story_of and story_of[p[0]] == story_of.get(p[1])}
    predicted = {frozenset(names[x] for x in p) for s in view.stories for p in combinations(s.articles, 2)}
    precision, recall = pairwise(predicted, gold)
    print(f"pairwise precision {precision:.3f} recall {recall:.3f} ({len(predicted)} predicted, {len(gold)} keyed)")
    assert precision >= 0.9, sorted(map(sorted, predicted - gold))
    assert recall >= 0.9, sorted(map(sorted, gold - predicted))

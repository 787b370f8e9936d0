"""`build_stories` (what `detente stories` runs, streaming the records) must give exactly the stories
and facts of `build_view` (which holds every record): same clusters, same facts, same lent dates."""
from __future__ import annotations

from pathlib import Path

import pytest

from detente.ingest.runner import IngestOptions, ingest
from detente.store import open_store
from detente.stories.build import build_stories, build_view, merged_records

pytestmark = pytest.mark.model

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"


def _same(db: str) -> tuple[int, int]:
    """Compare both builds on one store; return (articles in shared stories, facts)."""
    with open_store(db) as store:
        held, streamed = build_view(store), build_stories(store)
        titles = {a: art.title for a, art in held.articles.items()}
    assert streamed.stories == held.stories
    assert streamed.facts == held.facts
    assert streamed.titles == titles
    with open_store(db) as store:
        assert list(merged_records(store, streamed)) == held.records, "export --merged must not change"
    return sum(len(s.articles) for s in held.stories if len(s.articles) > 1), len(held.facts)


def test_streamed_stories_equal_held_ones_on_fixtures(tmp_path: Path) -> None:
    db = str(tmp_path / "fixtures.db")
    with open_store(db) as store:
        ingest([str(FIXTURES)], store, IngestOptions(progress=False, workers=1))
    shared, facts = _same(db)
    assert facts > 0, "the fixtures report one story from two outlets: they should merge into facts"
    assert shared >= 2


def test_streamed_stories_equal_held_ones_on_seeds(seeds_db: str) -> None:
    shared, facts = _same(seeds_db)
    assert shared >= 2 and facts > 0

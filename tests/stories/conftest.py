from __future__ import annotations

from pathlib import Path

import pytest

from detente.ingest.runner import IngestOptions, ingest
from detente.store import open_store


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed corpus from ../shared ingested once, with extraction, into a store of its own."""
    seeds = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/corpus/seeds is not present")
    db = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    with open_store(db) as store:
        ingest([str(seeds)], store, IngestOptions(progress=False))
    return db

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.store import open_store
from tests.api.corpus import build_corpus

TOKEN = "s3cret-token"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("api") / "api.db"
    with open_store(str(path)) as store:
        build_corpus(store)
    return str(path)


@pytest.fixture
def client(corpus_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(ApiSettings(db=corpus_db, token=TOKEN))) as c:
        yield c


@pytest.fixture
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client over a store of its own, for tests that write."""
    db = str(tmp_path / "fresh.db")
    with open_store(db) as store:
        build_corpus(store)
    with TestClient(create_app(ApiSettings(db=db, token=TOKEN))) as c:
        yield c

"""Fixtures: the recording loopback server, a store of hostile articles, Chromium (from tests/web)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.store import open_store
from tests.security.hostile import Recorder, build_hostile
from tests.web.conftest import browser, page  # noqa: F401 (fixtures, re-exported)


@pytest.fixture(scope="session")
def recording_server() -> Iterator[Recorder]:
    with Recorder() as rec:
        yield rec


@pytest.fixture
def recorder(recording_server: Recorder) -> Recorder:
    recording_server.hits.clear()
    return recording_server


@pytest.fixture(scope="session")
def hostile(recording_server: Recorder, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    """(store path, payloads) of a store whose titles, outlets, authors, URLs and texts are hostile."""
    db = str(Path(tmp_path_factory.mktemp("hostile")) / "hostile.db")
    with open_store(db) as store:
        payloads = build_hostile(store, recording_server.url)
    return db, payloads

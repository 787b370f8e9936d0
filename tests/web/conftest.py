"""A live server on loopback over the hand-built corpus, and a headless Chromium driven by Playwright."""
from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.store import open_store
from tests.api.corpus import build_corpus
from tests.security.hostile import hostile, recorder, recording_server  # noqa: F401 (fixtures)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "output" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(settings: ApiSettings) -> Iterator[str]:
    """A uvicorn server on a free loopback port, for as long as the block runs."""
    uvicorn = pytest.importorskip("uvicorn")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    with open_store(db) as store:
        build_corpus(store)
    with serve(ApiSettings(db=db)) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


@pytest.fixture(scope="session")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One store of 243 articles for the whole session: the generated 240 plus the hand-built three
    (whose one malicious article must stay inert on every new page)."""
    from tests.web.bigcorpus import build_big_corpus

    db = str(tmp_path_factory.mktemp("big") / "big.db")
    with open_store(db) as store:
        build_big_corpus(store)
        build_corpus(store)
    return db


@pytest.fixture(scope="session")
def big_server(big_store: str) -> Iterator[str]:
    with serve(ApiSettings(db=big_store)) as url:
        yield url


@pytest.fixture
def guarded(page: Any) -> Iterator[Any]:
    """The page, with every request that would leave the machine aborted and failing the test."""
    from urllib.parse import urlsplit

    outside: list[str] = []
    errors: list[str] = []

    def handle(route: Any) -> None:
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).hostname in LOOPBACK:
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    page.route("**/*", handle)
    page.on("pageerror", lambda err: errors.append(str(err)))
    yield page
    assert outside == [], f"requests left the machine: {outside}"
    assert errors == [], f"script errors: {errors}"

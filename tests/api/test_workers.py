"""Several server processes over one store (issue 13): the derived views are built ONCE per store
change across all of them (the builder lease in the store), and `detente serve --workers N` starts N
processes that all carry the server's settings."""
from __future__ import annotations

import multiprocessing
import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from detente.api import derived
from detente.store import lease, open_store
from tests.api.corpus import build_corpus
from tests.api.test_derived_views import _new_article

ROOT = Path(__file__).resolve().parents[2]
SLOW = 1.5  # seconds each build waits, so that every asker arrives while the first one builds


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "workers.db")
    with open_store(path) as store:
        build_corpus(store)
    return path


def _builds_taken(db: str) -> int:
    with open_store(db) as store:
        rows = store.query("SELECT taken FROM leases WHERE name = ?", (derived.LEASE,))  # type: ignore[attr-defined]
    return int(rows[0][0]) if rows else 0


def _ask_from_a_process(db: str, barrier: Any) -> tuple[int, int, int]:
    """In a process of its own (its own memory, its own ViewKeeper): wait for the others, then ask
    for the views after the change. Returns (pid, builds made here, version served)."""
    real = derived.compute

    def slow(store: Any, version: int) -> derived.ServedView:
        time.sleep(SLOW)
        return real(store, version)

    derived.compute = slow  # this process only
    keeper = derived.ViewKeeper(db)
    barrier.wait(timeout=60)
    with open_store(db) as store:
        view = keeper.get(store, wait=True)
    return os.getpid(), keeper.builds, view.version


def test_processes_asked_at_once_after_a_change_build_once(db: str) -> None:
    _new_article(db)
    with open_store(db) as store:
        version = store.content_version()  # type: ignore[attr-defined]
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, ProcessPoolExecutor(3, mp_context=context) as pool:
        barrier = manager.Barrier(3)
        answers = list(pool.map(_ask_from_a_process, [db] * 3, [barrier] * 3))
    assert len({pid for pid, _, _ in answers}) == 3  # three separate memories
    assert [served for _, _, served in answers] == [version] * 3
    assert sum(builds for _, builds, _ in answers) == 1
    assert _builds_taken(db) >= 1  # the build ran under the lease (a late taker may find it done)


def test_two_keepers_over_one_store_build_once_per_change(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two servers' worth of state in one process (no shared lock in memory): only the store's lease
    keeps them from building twice, before and after a change."""
    real = derived.compute
    monkeypatch.setattr(derived, "compute", lambda store, v: (time.sleep(SLOW), real(store, v))[1])
    keepers = [derived.ViewKeeper(db), derived.ViewKeeper(db)]

    def ask_all() -> list[int]:
        versions: list[int] = []

        def ask(keeper: derived.ViewKeeper) -> None:
            with open_store(db) as store:
                versions.append(keeper.get(store, wait=True).version)

        threads = [threading.Thread(target=ask, args=(k,)) for k in keepers for _ in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        return versions

    first = ask_all()
    assert len(set(first)) == 1 and len(first) == 10
    assert sum(k.builds for k in keepers) == 1
    _new_article(db)
    second = ask_all()
    assert len(set(second)) == 1 and second[0] > first[0]
    # the lease guarded both builds; a keeper that takes it just after the other saved gives it back
    # unbuilt, so the takes may outnumber the builds
    assert sum(k.builds for k in keepers) == 2 and _builds_taken(db) >= 2


def test_a_live_lease_is_refused_and_a_dead_ones_passes_on(db: str) -> None:
    with open_store(db) as store:
        assert lease.take(store, "job", "server-a", 60)  # type: ignore[arg-type]
        assert not lease.take(store, "job", "server-b", 60)  # type: ignore[arg-type]
        assert lease.holder(store, "job") == "server-a"  # type: ignore[arg-type]
        assert lease.take(store, "job", "server-a", -1)  # type: ignore[arg-type]  # a-s lease runs out
        assert lease.holder(store, "job") is None  # type: ignore[arg-type]
        assert lease.take(store, "job", "server-b", 60)  # type: ignore[arg-type]
        lease.release(store, "job", "server-a")  # type: ignore[arg-type]  # not a's to give up any more
        assert lease.holder(store, "job") == "server-b"  # type: ignore[arg-type]
        lease.release(store, "job", "server-b")  # type: ignore[arg-type]
        assert lease.holder(store, "job") is None  # type: ignore[arg-type]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _workers_of(pid: int) -> list[int]:
    """The server's worker processes (uvicorn's supervisor spawns them; a resource tracker too)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="counts worker processes in /proc (Linux)")
def test_serve_with_two_workers_runs_two_processes_with_the_settings(db: str) -> None:
    port = _free_port()
    env = {**os.environ, "DETENTE_API_TOKEN": "a-long-enough-token-for-tests"}
    proc = subprocess.Popen([sys.executable, "-m", "detente.cli", "serve", "--db", db, "--port", str(port),
                             "--workers", "2", "--read-requires-token"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(base + "/api/health", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert len(_workers_of(proc.pid)) == 2
        # Every worker holds the settings: without the token, each request is refused; with it, served.
        assert {httpx.get(base + "/api/events", timeout=10).status_code for _ in range(8)} == {401}
        auth = {"Authorization": "Bearer a-long-enough-token-for-tests"}
        answers = [httpx.get(base + "/api/views", headers=auth, timeout=10) for _ in range(8)]
        assert {a.status_code for a in answers} == {200}
        assert answers[0].json()["content_version"] > 0
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "with 2 processes" in err and "Traceback" not in err

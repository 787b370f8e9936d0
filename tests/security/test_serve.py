"""`detente serve` beyond loopback warns and needs a strong token; `--allow-private` takes HOST[:PORT]."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from detente.cli import cli


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replaces uvicorn.run: records what would have been served instead of serving it."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.delenv("DETENTE_API_TOKEN", raising=False)
    return calls


def _serve(tmp_path: Path, *args: str) -> Any:
    """Serve a store that exists (serve refuses a path where none is)."""
    from detente.store import open_store

    db = tmp_path / "s.db"
    if not db.exists():
        with open_store(str(db)):
            pass
    return CliRunner().invoke(cli, ["serve", "--db", str(db), *args])


def test_loopback_serves_quietly(tmp_path: Path, started: list[dict[str, Any]]) -> None:
    result = _serve(tmp_path)
    assert result.exit_code == 0 and "warning" not in result.output
    assert started[0]["host"] == "127.0.0.1"


def test_an_exposed_address_warns_and_says_how_to_close_reads(tmp_path: Path,
                                                              started: list[dict[str, Any]]) -> None:
    result = _serve(tmp_path, "--host", "0.0.0.0")
    assert result.exit_code == 0 and started
    assert "warning: serving on 0.0.0.0, not loopback" in result.output
    assert "--read-requires-token" in result.output and "ingest over the API stays off" in result.output


def test_an_exposed_address_refuses_a_short_token(tmp_path: Path, started: list[dict[str, Any]]) -> None:
    result = _serve(tmp_path, "--host", "0.0.0.0", "--token", "hunter2")
    assert result.exit_code == 2 and not started
    assert "at least 16 characters" in result.output
    ok = _serve(tmp_path, "--host", "::", "--token", "x" * 32, "--read-requires-token")
    assert ok.exit_code == 0 and started and "--read-requires-token)" not in ok.output


@pytest.mark.parametrize("command", ["serve", "ingest"])
def test_allow_private_names_a_host_not_everything(tmp_path: Path, started: list[dict[str, Any]],
                                                    command: str) -> None:
    bad = CliRunner().invoke(cli, [command, "--db", str(tmp_path / "s.db"), "--allow-private",
                                   "http://localhost:8000/feed.xml", "x"])
    assert bad.exit_code == 2 and "takes HOST[:PORT]" in bad.output


def test_serve_passes_the_named_hosts_to_api_ingest(tmp_path: Path, started: list[dict[str, Any]]) -> None:
    result = _serve(tmp_path, "--allow-private", "localhost:8080", "--allow-private", "10.0.0.0/8,[::1]:9000",
                    "--workers", "1")
    assert result.exit_code == 0
    settings = started[0]["app"].state.settings
    assert settings.allow_private == ("localhost:8080", "10.0.0.0/8,[::1]:9000")

"""`detente serve --workers N`: the supervising process hands the settings to its workers without
importing the app, and the workers find the app factory it names."""
from __future__ import annotations

import importlib
import subprocess
import sys

from detente.api.settings import APP_FACTORY, SETTINGS_ENV, ApiSettings


def test_the_settings_module_imports_neither_fastapi_nor_the_views() -> None:
    code = ("import sys, detente.api.settings, detente.cli; "
            "print(sorted(m for m in ('fastapi', 'numpy', 'detente.api.app', 'detente.api.derived') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_workers_build_their_app_from_the_settings_the_supervisor_hands_them(monkeypatch: object) -> None:
    module, _, name = APP_FACTORY.partition(":")
    factory = getattr(importlib.import_module(module), name)
    settings = ApiSettings(db=":memory:", token="t" * 20, allow_private=("10.0.0.5",))
    monkeypatch.setenv(SETTINGS_ENV, settings.to_json())  # type: ignore[attr-defined]
    app = factory()
    assert app.state.settings == settings


def test_serve_limits_the_malloc_arenas_of_its_workers_unless_the_user_chose(monkeypatch: object) -> None:
    from detente.api.memory import ARENA_ENV, limit_arenas

    monkeypatch.delenv(ARENA_ENV, raising=False)  # type: ignore[attr-defined]
    limit_arenas()
    import os

    assert os.environ[ARENA_ENV] == "2"
    monkeypatch.setenv(ARENA_ENV, "8")  # type: ignore[attr-defined]
    limit_arenas()
    assert os.environ[ARENA_ENV] == "8"

"""The docs cannot drift from the code: the CLI reference is generated, every setting is documented."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from detente import config

ROOT = Path(__file__).resolve().parent.parent


def _render_cli() -> str:
    spec = importlib.util.spec_from_file_location("gen_cli", ROOT / "docs" / "gen_cli.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.render()


def test_cli_reference_is_current() -> None:
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == _render_cli(), "docs/cli.md is stale: run .venv/bin/python docs/gen_cli.py > docs/cli.md"


def test_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = [s.name for s in config.SETTINGS if f"`{s.name}`" not in doc]
    assert not missing, f"settings missing from docs/configuration.md: {missing}"


def test_readme_gives_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme

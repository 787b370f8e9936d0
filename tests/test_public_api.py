"""The public API: every name in detente.__all__ resolves, and importing detente stays light."""
from __future__ import annotations

import subprocess
import sys

import detente


def test_every_exported_name_resolves() -> None:
    for name in detente.__all__:
        assert getattr(detente, name) is not None, name


def test_importing_detente_does_not_load_spacy() -> None:
    code = "import sys, detente; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_library_session_from_the_docstring(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from detente import IngestOptions, ingest_inputs, open_store

    page = tmp_path / "a.txt"
    page.write_text("Envoys meet in Geneva\\n\\nEnvoys from both countries met in Geneva on Tuesday for talks "
                    "on a prisoner exchange, the Swiss foreign ministry said in a statement.\\n\\n"
                    "They agreed to meet again next month, officials said after the meeting ended.\\n",
                    encoding="utf-8")
    with open_store(str(tmp_path / "s.db")) as store:
        counts = ingest_inputs([str(page)], store, IngestOptions(progress=False, extract=False))
        assert counts.new == 1 and store.count_articles() == 1

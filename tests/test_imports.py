"""`detente --help` must stay instant: the CLI module may not import the heavy libraries."""
from __future__ import annotations

import subprocess
import sys


def test_cli_import_is_light() -> None:
    code = ("import sys, detente.cli; heavy = [m for m in ('spacy', 'trafilatura', 'psycopg', 'dateparser') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""

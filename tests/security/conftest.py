"""Fixtures: the recording loopback server and a store of hostile articles (see hostile.py)."""
from __future__ import annotations

from tests.security.hostile import hostile, recorder, recording_server  # noqa: F401 (fixtures)

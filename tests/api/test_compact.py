"""The compact record -> article map the server workers hold: it answers like the dict it replaces."""
from __future__ import annotations

import random

import pytest

from detente.api.compact import CompactMap


def test_answers_like_a_dict() -> None:
    rng = random.Random(42)
    pairs = {f"{rng.getrandbits(64):016x}": f"{rng.getrandbits(64) % 50:016x}" for _ in range(2000)}
    pairs["short"] = "ä-non-ascii"
    compact = CompactMap(pairs.items())
    assert len(compact) == len(pairs) and dict(compact) == pairs
    assert all(compact[k] == v for k, v in pairs.items())
    for missing in ("", "0", "short-but-longer-than-any-key-held-here", "zzzzzzzzzzzzzzzz"):
        assert compact.get(missing) is None
        with pytest.raises(KeyError):
            compact[missing]
    assert CompactMap([]).get("x") is None

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


def test_a_packed_list_reads_like_the_list_it_packs() -> None:
    import json

    from detente.api.compact import PackedList

    entries = [{"kind": "talks" if i % 3 else "event", "date": f"2025-05-{1 + i % 28:02d}", "sources": i,
                "note": "Grüße" if i == 7 else None} for i in range(600)]
    packed = PackedList(json.dumps(e, ensure_ascii=False, separators=(",", ":")).encode() for e in entries)
    assert len(packed) == 600 and list(packed) == entries and packed == entries
    assert packed[7] == entries[7] and packed[-1] == entries[-1]
    assert packed[250:260] == entries[250:260] and packed[590:700] == entries[590:] and packed[5:5] == []


def test_a_decoded_build_keeps_its_timeline_packed_and_answers_alike(corpus_db: str) -> None:
    from detente.api.compact import PackedList
    from detente.api.derived import compute, decode, encode
    from detente.store import open_store

    with open_store(corpus_db) as store:
        built = compute(store, store.content_version())  # type: ignore[attr-defined]
    served = decode(built.version, encode(built))
    assert isinstance(served.timeline, PackedList) and served.timeline == built.timeline
    assert (served.days, served.kinds) == (built.days, built.kinds) and served.kinds

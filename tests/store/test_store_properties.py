"""Property: whatever an extractor puts in a Record comes back equal, on every backend.

Two limits are part of the contract and excluded here: NUL characters (PostgreSQL text refuses
them) and floats of 1e15 or more (PostgreSQL's JSONB may return a large float as an equal-valued
int only when it is exact, so such values are not promised to round-trip).
"""
from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is not installed (pip install hypothesis)")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402

from detente.models import RECORD_KINDS, Article, Evidence, Record  # noqa: E402
from detente.store import Store  # noqa: E402

# Hypothesis keeps caches in ./.hypothesis by default; keep the working tree clean.
set_hypothesis_home_dir(str(Path(tempfile.gettempdir()) / "detente-hypothesis"))

TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
SCALARS = (st.none() | st.booleans() | st.integers(-(2**53), 2**53) | TEXT
           | st.floats(-1e15, 1e15, allow_nan=False, allow_infinity=False))
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
                    max_leaves=12)


@st.composite
def records(draw: st.DrawFn) -> Record:
    start = draw(st.integers(0, 10_000))
    return Record(kind=draw(st.sampled_from(RECORD_KINDS)),
                  evidence=Evidence(draw(TEXT), start, start + draw(st.integers(0, 500))),
                  fields=draw(st.dictionaries(TEXT, JSON, max_size=6)),
                  date=draw(st.none() | st.dates().map(str)),
                  date_precision=draw(st.none() | st.sampled_from(["day", "month", "year"])))


_serial = itertools.count()


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(records(), max_size=5), title=st.none() | TEXT)
def test_any_records_round_trip(store: Store, batch: list[Record], title: str | None) -> None:
    art = Article(file="prop.jsonl", index=next(_serial), text=f"text {next(_serial)} {title}", title=title)
    assert store.save_article(art, batch)
    expected: dict[str, Any] = {}
    for rec in batch:  # records with the same stable id are one fact: the first one is kept
        expected.setdefault(rec.id, rec)
    stored = store.article_records(art.id)
    assert {r.id: r for r in stored} == expected
    assert store.get_article(art.id) == art

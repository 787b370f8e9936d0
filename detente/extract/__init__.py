"""Extractors: each is a pure function `find_<kind>(analysis) -> list[Record]`.

The registry names them so that a user (or a config) can choose which run, and so that a missing
one gives an error naming the ones available.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

from detente.extract.common import date_undated
from detente.models import Record
from detente.nlp.core import Analysis

Extractor = Callable[[Analysis], list[Record]]

EXTRACTORS: dict[str, str] = {
    "events": "detente.extract.events:find_events",
    "talks": "detente.extract.talks:find_talks",
    "positions": "detente.extract.positions:find_positions",
    "claims": "detente.extract.claims:find_claims",
    "quotes": "detente.extract.quotes:find_quotes",
}


def get_extractor(name: str) -> Extractor:
    if name not in EXTRACTORS:
        raise KeyError(f"No extractor {name!r}. Available: {', '.join(EXTRACTORS)}")
    module, func = EXTRACTORS[name].split(":")
    return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]


def extract_all(analysis: Analysis, names: Iterable[str] | None = None) -> list[Record]:
    """Run the named extractors (all by default) over one analysed article."""
    records: list[Record] = []
    for name in names or EXTRACTORS:
        records.extend(get_extractor(name)(analysis))
    seen: set[str] = set()
    unique = []
    for record in records:
        if record.id not in seen:
            seen.add(record.id)
            unique.append(record)
    date_undated(analysis, unique)
    return unique

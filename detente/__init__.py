"""detente: follow a war's diplomacy from the news.

The library behind the `detente` command. A minimal session:

    from detente import IngestOptions, frame, ingest_inputs, open_store
    with open_store("detente.db") as store:
        print(ingest_inputs(["articles/"], store, IngestOptions(progress=False)).summary())
        for record, article in store.iter_records("talks"):
            print(record.to_contract(article))
    events = frame("event", "detente.db", since="2025-06-01")   # a pandas DataFrame (docs/notebook.md)

Names are imported on first use, so `import detente` stays fast and does not load spaCy.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str | tuple[str, str]] = {
    "Article": "detente.models", "Record": "detente.models", "Actor": "detente.models",
    "Place": "detente.models", "Evidence": "detente.models",
    "DetenteError": "detente.errors", "InputError": "detente.errors", "StoreError": "detente.errors",
    "open_store": "detente.store", "Store": "detente.store.base",
    # `ingest` is also the name of a subpackage, so the function is exported as `ingest_inputs`.
    "ingest_inputs": ("detente.ingest.runner", "ingest"), "IngestOptions": "detente.ingest.runner",
    "extract_articles": "detente.ingest.runner", "read_inputs": "detente.ingest.sources",
    "load_nlp": "detente.nlp.pipeline", "analyze": "detente.nlp.core", "extract_all": "detente.extract",
    "build_view": "detente.stories.build", "build_matrix": "detente.views.positions",
    "build_calendar": "detente.views.talks", "build_digest": "detente.reports.digest",
    "render_digest": "detente.reports.digest",
    "frame": "detente.frames",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        where = _EXPORTS[name]
        module, attr = where if isinstance(where, tuple) else (where, name)
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'detente' has no attribute {name!r}")

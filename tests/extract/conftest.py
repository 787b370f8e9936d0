"""Shared helpers for extractor tests: turn a text into an `Analysis` with the real pipeline.

Language components land one by one; until a component module exists, its adapter returns
nothing, so extractor tests can run (and say less) instead of failing on an import.
"""
from __future__ import annotations

import importlib.util
from collections.abc import Callable

import pytest

from detente.models import Article
from detente.nlp import language
from detente.nlp.core import Analysis, analyze

# adapter in detente.nlp.language -> (component module, value when the module is missing)
_COMPONENTS = {
    "resolve_actors": ("detente.nlp.actors", []),
    "find_places": ("detente.nlp.places", []),
    "find_times": ("detente.nlp.dates", []),
    "find_quantities": ("detente.nlp.numbers", []),
    "find_attribution": ("detente.nlp.attribution", None),
}


def _stub_missing_components(monkeypatch: pytest.MonkeyPatch) -> None:
    for adapter, (module, empty) in _COMPONENTS.items():
        if importlib.util.find_spec(module) is None:
            monkeypatch.setattr(language, adapter, lambda *args, _empty=empty, **kw: _empty)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from detente.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture
def analyze_text(nlp, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Analysis]:  # type: ignore[no-untyped-def]
    """`analyze_text(text, published="2025-06-05") -> Analysis` over the trained pipeline."""
    _stub_missing_components(monkeypatch)

    def _analyze(text: str, published: str | None = "2025-06-05") -> Analysis:
        article = Article(file="test.txt", index=0, text=text, published=published)
        return analyze(article, nlp(text))

    return _analyze

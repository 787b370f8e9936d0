"""Learn tests: `analyze_text` over the trained pipeline, as the extractor tests have it."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.models import Article
from detente.nlp.core import Analysis, analyze


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from detente.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture
def analyze_text(nlp) -> Callable[..., Analysis]:  # type: ignore[no-untyped-def]
    def _analyze(text: str, published: str | None = "2025-06-05") -> Analysis:
        article = Article(file="test.txt", index=0, text=text, published=published)
        return analyze(article, nlp(text))

    return _analyze

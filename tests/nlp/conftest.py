"""Shared fixtures for the language-core tests: the English pipeline and the actor resolver, once."""
from __future__ import annotations

import pytest

from detente.nlp.actors import ActorResolver


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    return ActorResolver.default()


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from detente.nlp.pipeline import load_nlp

    return load_nlp()

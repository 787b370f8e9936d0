"""Adapters from the core to each language component, so `core.analyze` has one seam per part.

Each adapter imports its component lazily: a component that fails to load is an error worth
seeing, so nothing here swallows exceptions beyond the import of optional data.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from detente.nlp.core import ActorMention, Attribution, PlaceMention, Quantity, TimeMention


@lru_cache(maxsize=1)
def _resolver():  # type: ignore[no-untyped-def]
    from detente.nlp.actors import ActorResolver

    return ActorResolver.default()


@lru_cache(maxsize=1)
def _gazetteer():  # type: ignore[no-untyped-def]
    from detente.nlp.places import Gazetteer

    return Gazetteer.default()


def resolve_actors(doc: Doc, reference: date, source: str | None = None) -> list[ActorMention]:
    return _resolver().resolve_doc(doc, reference, source)


def find_places(doc: Doc) -> list[PlaceMention]:
    return _gazetteer().find(doc)


def find_times(text: str, offset: int, reference: date) -> list[TimeMention]:
    from detente.nlp.dates import find_times as _find

    return _find(text, offset, reference)


def find_quantities(span: Span) -> list[Quantity]:
    from detente.nlp.numbers import find_quantities as _find

    return _find(span)


def find_attribution(span: Span, actors: list[ActorMention]) -> Attribution | None:
    from detente.nlp.attribution import find_attribution as _find

    return _find(span, actors)

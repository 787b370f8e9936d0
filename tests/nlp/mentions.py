"""What the actor-resolution tests ask of a sentence: the actor of one mention in it."""
from __future__ import annotations

from datetime import date


def actor_of(nlp, resolver, text: str, needle: str, when: str = "2025-06-10"):  # type: ignore[no-untyped-def]
    """The actor of the mention overlapping the last `needle` in `text`, or None."""
    mentions = resolver.resolve_doc(nlp(text), date.fromisoformat(when))
    start = text.rindex(needle)
    end = start + len(needle)
    hits = [m for m in mentions if m.start < end and start < m.end]
    return hits[0].actor if hits else None

"""What the extractor tests ask of a text: each event as (type, actor country, target country),
each position as (party country, issue, stance)."""
from __future__ import annotations

from detente.extract.events import find_events


def events(analyze_text, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    """(type, actor country, target country) of each event the text reads as."""
    out = []
    for record in find_events(analyze_text(text)):
        actor, target = record.fields["actor"], record.fields["target"]
        out.append((record.fields["type"], actor and actor.get("country"), target and target.get("country")))
    return out


def positions(analyze_text, text: str) -> set[tuple[str | None, str, str]]:  # type: ignore[no-untyped-def]
    """(party country, issue, stance) of each position the text reads as."""
    from detente.extract.positions import find_positions

    return {((r.fields["party"] or {}).get("country"), r.fields["issue"], r.fields["stance"])
            for r in find_positions(analyze_text(text))}

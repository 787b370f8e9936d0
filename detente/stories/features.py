"""What an article is about, for blocking and confirming story pairs: anchors taken from its records.

Anchors are specific things two reports of the same story share: named places, named people, the
days of the events they report, and reported numbers. Countries alone are not anchors: in a corpus
about one war, every article names Russia and Ukraine.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

STATE_SECTORS = {None, "GOV", "MIL"}


@dataclass
class ArticleFeatures:
    article_id: str
    text: str
    published: str | None
    anchors: set[str] = field(default_factory=set)
    days: set[str] = field(default_factory=set)
    numbers: set[float] = field(default_factory=set)


def _actor_anchor(actor: dict[str, Any] | None) -> str | None:
    """A named person or organisation is an anchor; a bare state is not."""
    if not actor or not actor.get("name"):
        return None
    name = str(actor["name"])
    if actor.get("country") and name.lower() in {"russia", "ukraine", "united states", "kyiv", "moscow"}:
        return None
    return f"actor:{name.lower()}"


def features_for(article_id: str, text: str, published: str | None,
                 records: Iterable[dict[str, Any]]) -> ArticleFeatures:
    feats = ArticleFeatures(article_id, text, published)
    for rec in records:
        for key in ("actor", "target", "speaker", "party", "claimant"):
            anchor = _actor_anchor(rec.get(key))
            if anchor:
                feats.anchors.add(anchor)
        for key in ("location", "venue"):
            place = rec.get(key) or {}
            if place.get("name"):
                feats.anchors.add(f"place:{str(place['name']).lower()}")
        if rec.get("date") and rec.get("date_precision") == "day" and rec.get("kind") in ("event", "talks"):
            feats.days.add(rec["date"])
        if rec.get("kind") == "claim" and isinstance(rec.get("value"), (int, float)):
            feats.numbers.add(float(rec["value"]))
        for count in rec.get("counts") or []:
            if isinstance(count.get("value"), (int, float)):
                feats.numbers.add(float(count["value"]))
    for number in feats.numbers:
        if number >= 10 and number not in (100.0, 1000.0):
            feats.anchors.add(f"num:{number:g}")
    return feats

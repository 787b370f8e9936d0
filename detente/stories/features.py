"""What an article is about, for blocking and confirming story pairs: anchors taken from its records.

Anchors are specific things two reports of the same story share: located places (a city, an airbase,
a bridge), reported numbers, and the signature of material events (who attacked, sanctioned or
arrested whom). Countries and the leaders who speak for them are not anchors: in a corpus about one
war, nearly every article names Russia, Ukraine, Putin, Zelensky and Trump.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

MATERIAL_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "AID"}


@dataclass
class ArticleFeatures:
    article_id: str
    text: str
    published: str | None
    anchors: set[str] = field(default_factory=set)
    days: set[str] = field(default_factory=set)
    numbers: set[float] = field(default_factory=set)

    @property
    def when(self) -> str | None:
        """The article's place in time: its publication day, else the latest event day it reports
        (news reports recent events; the earlier days it names are background)."""
        if self.published and len(self.published) >= 10:
            return self.published[:10]
        return max(self.days) if self.days else None


def features_for(article_id: str, text: str, published: str | None,
                 records: Iterable[dict[str, Any]]) -> ArticleFeatures:
    feats = ArticleFeatures(article_id, text, published)
    for rec in records:
        if rec.get("kind") == "event" and rec.get("type") in MATERIAL_TYPES and not rec.get("negated"):
            sides = [(rec.get(k) or {}).get("country") or "?" for k in ("actor", "target")]
            feats.anchors.add(f"event:{rec['type']}:{sides[0]}>{sides[1]}")
        for key in ("location", "venue"):
            place = rec.get(key) or {}
            # A place with coordinates is a city, base or bridge; one without is a country or region.
            if place.get("name") and (place.get("lat") is not None or key == "venue"):
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

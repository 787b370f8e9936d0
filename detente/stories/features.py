"""What an article is about, for blocking and confirming story pairs: anchors taken from its records.

Anchors are specific things two reports of the same story share: located places (a city, an airbase,
a bridge), reported numbers, and the signature of material events (who attacked, sanctioned or
arrested whom). Countries and the leaders who speak for them are not anchors: in a corpus about one
war, nearly every article names Russia, Ukraine, Putin, Zelensky and Trump.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

YEAR = re.compile(r"(?<!by )(?<!until )(?<!till )(?<!through )(?<!before )(?<!to )(?<!-)"
                  r"\b((?:19|20)\d\d)\b(?!\s*(?:%|km\b|kilo|people|troops|soldiers|drones))")
"""A year the text names as such: not a count ('2000 troops') nor a target ('by 2035', 'until 2030')."""
MATERIAL_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "AID"}


@dataclass
class ArticleFeatures:
    article_id: str
    text: str
    published: str | None
    anchors: set[str] = field(default_factory=set)
    days: set[str] = field(default_factory=set)
    numbers: set[float] = field(default_factory=set)
    years: set[int] = field(default_factory=set)

    @property
    def when(self) -> str | None:
        """The article's place in time: its publication day, else the latest event day it reports
        (news reports recent events; the earlier days it names are background)."""
        if self.published and len(self.published) >= 10:
            return self.published[:10]
        return max(self.days) if self.days else None

    @property
    def year(self) -> int | None:
        """The year the article reports from: its publication year, else the latest year it names in its
        text or its records' dates (a report of 2022 names no later year; one of 2025 may name 2022)."""
        if self.published and len(self.published) >= 4 and self.published[:4].isdigit():
            return int(self.published[:4])
        return max(self.years) if self.years else None


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Names of countries (a venue 'Turkey' is as unspecific as a location 'Ukraine')."""
    names: set[str] = set()
    text = resources.files("detente.data").joinpath("actors.jsonl").read_text("utf-8")
    for line in text.splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("type") == "polity":
            names.update(n.lower() for n in [row.get("name") or "", *(row.get("aliases") or [])] if n)
    return frozenset(names)


def features_for(article_id: str, text: str, published: str | None,
                 records: Iterable[dict[str, Any]]) -> ArticleFeatures:
    feats = start_features(article_id, text, published)
    for rec in records:
        add_record(feats, rec)
    return finish_features(feats)


def start_features(article_id: str, text: str, published: str | None) -> ArticleFeatures:
    """An article's features before its records are seen: what its text says (the years it names).
    With `add_record` and `finish_features`, a store's records can be streamed, never all held."""
    feats = ArticleFeatures(article_id, text, published)
    feats.years.update(int(y) for y in YEAR.findall(text))
    return feats


def add_record(feats: ArticleFeatures, rec: dict[str, Any]) -> None:
    """Take what one of the article's records (a contract dict) tells of its story."""
    if rec.get("date") and str(rec["date"])[:4].isdigit() and rec.get("kind") in ("event", "talks"):
        feats.years.add(int(str(rec["date"])[:4]))
    if rec.get("kind") == "event" and rec.get("type") in MATERIAL_TYPES and not rec.get("negated"):
        sides = [(rec.get(k) or {}).get("country") or "?" for k in ("actor", "target")]
        feats.anchors.add(f"event:{rec['type']}:{sides[0]}>{sides[1]}")
    for key in ("location", "venue"):
        place = rec.get(key) or {}
        # A place with coordinates is a city, base or bridge; one without is a country or region.
        if (place.get("name") and (place.get("lat") is not None or key == "venue")
                and str(place["name"]).lower() not in _countries()):
            feats.anchors.add(f"place:{str(place['name']).lower()}")
    if rec.get("date") and rec.get("date_precision") == "day" and rec.get("kind") in ("event", "talks"):
        feats.days.add(rec["date"])
    if rec.get("kind") == "claim" and isinstance(rec.get("value"), (int, float)):
        feats.numbers.add(float(rec["value"]))
    for count in rec.get("counts") or []:
        if isinstance(count.get("value"), (int, float)):
            feats.numbers.add(float(count["value"]))


def finish_features(feats: ArticleFeatures) -> ArticleFeatures:
    """Reported numbers become anchors once all the article's records are in."""
    for number in feats.numbers:
        if number >= 10 and number not in (100.0, 1000.0):
            feats.anchors.add(f"num:{number:g}")
    return feats

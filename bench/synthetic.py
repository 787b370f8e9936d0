"""A synthetic store of N articles with records of every kind, written straight to the store (no NLP).

For benchmarks that measure what comes after extraction (the API under load, story clustering and
fact merging at 1k and 10k articles). Seeded, so every run builds the same corpus.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from detente.models import Article, Evidence, Record
from detente.store.base import Store

OUTLETS = ["Wire A", "Wire B", "Daily Dispatch", "Gazette East", "Harbour Times", "Northern Ledger"]
VENUES = [("Istanbul", "TUR", 41.01, 28.98), ("Riyadh", "SAU", 24.71, 46.68), ("Geneva", "CHE", 46.2, 6.14),
          ("Doha", "QAT", 25.29, 51.53), ("Anchorage", "USA", 61.22, -149.9)]
CITIES = [("Kyiv", 50.45, 30.52), ("Kharkiv", 49.99, 36.23), ("Odesa", 46.48, 30.72),
          ("Dnipro", 48.46, 35.04), ("Zaporizhzhia", 47.84, 35.14), ("Sumy", 50.91, 34.8),
          ("Lviv", 49.84, 24.03)]
ISSUES = ["ceasefire", "prisoners", "territory", "sanctions", "security_guarantees", "alliances_neutrality"]
STANCES = ["demand", "offer", "accept", "reject"]


def _actor(country: str) -> dict[str, str | None]:
    return {"name": {"RUS": "Russia", "UKR": "Ukraine"}[country], "country": country, "sector": "GOV"}


def make_article(i: int, rng: random.Random, start: date) -> tuple[Article, list[Record]]:
    day = start + timedelta(days=i * 180 // 10_000 + rng.randint(0, 2))
    city, lat, lon = rng.choice(CITIES)
    venue, vcountry, vlat, vlon = rng.choice(VENUES)
    drones = rng.randint(20, 700)
    issue = rng.choice(ISSUES)
    sentences = [
        f"Russia launched {drones} drones at {city} overnight on {day:%B} {day.day}, officials said.",
        f"Delegations from Russia and Ukraine met in {venue} for talks on {issue.replace('_', ' ')}.",
        f"Ukraine said it would {rng.choice(['insist on', 'reject', 'accept', 'propose'])} "
        f"a deal on {issue}.",
        f'"We are ready for peace but not for surrender," a Ukrainian official said in report {i}.',
    ]
    text = "\n\n".join(sentences)
    offsets, pos = [], 0
    for s in sentences:
        offsets.append((pos, pos + len(s)))
        pos += len(s) + 2
    article = Article(file=f"synthetic/{i // 1000:03d}/{i:05d}.txt", index=0, text=text,
                      title=f"Report {i}: drones over {city}", outlet=OUTLETS[i % len(OUTLETS)],
                      published=day.isoformat())

    def ev(n: int) -> Evidence:
        return Evidence(sentences[n], *offsets[n])

    records = [
        Record("event", ev(0), {"type": "ASSAULT", "mode": "aerial", "cameo": "19", "actor": _actor("RUS"),
                                "target": _actor("UKR"),
                                "location": {"name": city, "country": "UKR", "lat": lat, "lon": lon},
                                "counts": [{"what": "drones", "value": drones, "qualifier": None}],
                                "claimed_by": None, "negated": False}, day.isoformat(), "day"),
        Record("claim", ev(0), {"what": "drones launched", "value": drones, "unit": None, "qualifier": None,
                                "claimant": None, "subject": _actor("RUS")}, day.isoformat(), "day"),
        Record("talks", ev(1), {"venue": {"name": venue, "country": vcountry}, "parties": ["RUS", "UKR"],
                                "mediators": [vcountry], "format": "direct", "round": None, "status": "held",
                                "delegations": [], "outcomes": []}, day.isoformat(), "day"),
        Record("position", ev(2), {"party": _actor("UKR"), "issue": issue, "stance": rng.choice(STANCES),
                                   "detail": issue, "precondition": False}, day.isoformat(), "day"),
        Record("quote", ev(3), {"speaker": _actor("UKR"), "via": None,
                                "text": "We are ready for peace but not for surrender,"}),
    ]
    for record in records:
        record.assign_id(article.id)
    return article, records


def build(store: Store, count: int, seed: int = 42) -> None:
    rng = random.Random(seed)
    start = date(2025, 3, 1)
    for i in range(count):
        article, records = make_article(i, rng, start)
        store.save_article(article, records)

"""A 240-article store for the browser tests, generated in well under a second (no language model):
varied outlets, dates, actors, places and every record kind, each record on its own sentence.

Seeded (random.Random(42)), so the tests can count what a filter must return from `RECORDS`."""
from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from detente.models import Article, Evidence, Record
from detente.store.base import Store

N_ARTICLES = 240
OUTLETS = ("Wire A", "Wire B", "Kyiv Daily", "Moscow Herald", "Geneva Monitor")
PLACES = {"Kyiv": ("UKR", 50.45, 30.52), "Kharkiv": ("UKR", 49.99, 36.23), "Odesa": ("UKR", 46.48, 30.72),
          "Dnipro": ("UKR", 48.46, 35.05), "Zaporizhzhia": ("UKR", 47.84, 35.14), "Lviv": ("UKR", 49.84, 24.03),
          "Sumy": ("UKR", 50.91, 34.80), "Kherson": ("UKR", 46.64, 32.61), "Belgorod": ("RUS", 50.60, 36.59),
          "Kursk": ("RUS", 51.73, 36.19), "Moscow": ("RUS", 55.75, 37.62), "Istanbul": ("TUR", 41.01, 28.98),
          "Geneva": ("CHE", 46.20, 6.14), "Riyadh": ("SAU", 24.71, 46.68)}
ACTORS = {"Russia": "RUS", "Ukraine": "UKR", "United States": "USA", "Turkey": "TUR"}
EVENT_TYPES = ("ASSAULT", "ASSAULT", "ACCUSE", "CONSULT", "AGREE", "REJECT")
ISSUES = ("ceasefire", "prisoner_exchange", "territory", "security_guarantees")
STANCES = ("demand", "offer", "accept", "reject")
START = date(2025, 3, 1)


def actor(name: str) -> dict[str, Any]:
    return {"name": name, "country": ACTORS[name], "sector": "GOV"}


def _article(i: int, rnd: random.Random) -> tuple[Article, list[Record]]:
    day = (START + timedelta(days=i // 2)).isoformat()
    outlet = OUTLETS[i % len(OUTLETS)]
    place = rnd.choice(sorted(PLACES))
    country, lat, lon = PLACES[place]
    who, whom = rnd.choice([("Russia", "Ukraine"), ("Ukraine", "Russia"), ("United States", "Russia"),
                            ("Turkey", "Ukraine")])
    kind_of_event = EVENT_TYPES[i % len(EVENT_TYPES)]
    drones = rnd.randrange(20, 700)
    parts: list[tuple[str, Record | None]] = []

    def add(sentence: str, kind: str | None = None, fields: dict[str, Any] | None = None,
            dated: bool = True) -> None:
        rec = Record(kind, Evidence(sentence, 0, 0), fields or {}, day if dated else None,
                     "day" if dated else None) if kind else None
        parts.append((sentence, rec))

    add(f"Report number {i} from {place}.")
    add(f"{who} and {whom} clashed near {place}, officials said, with {drones} drones reported.", "event", {
        "type": kind_of_event, "mode": "aerial" if kind_of_event == "ASSAULT" else None, "cameo": "19",
        "actor": actor(who), "target": actor(whom),
        "location": {"name": place, "country": country, "lat": lat, "lon": lon},
        "counts": [{"what": "drones", "value": drones, "qualifier": None}] if kind_of_event == "ASSAULT" else [],
        "claimed_by": None, "negated": False})
    if i % 2 == 0:
        add(f"{who} said {drones} drones were launched overnight.", "claim", {
            "what": "drones launched", "value": drones, "unit": None, "qualifier": rnd.choice([None, "about"]),
            "claimant": actor(who), "subject": actor(whom)}, dated=False)
    if i % 3 == 0:
        issue, stance = ISSUES[i % len(ISSUES)], STANCES[(i // 3) % len(STANCES)]
        add(f"{who} set out where it stands on {issue.replace('_', ' ')}.", "position", {
            "party": actor(who), "issue": issue, "stance": stance, "detail": None, "precondition": False})
    if i % 4 == 0:
        add(f'"We will keep talking," an envoy of {who} said.', "quote", {
            "speaker": actor(who), "text": "We will keep talking,", "via": None}, dated=False)
    if i % 5 == 0:
        venue = rnd.choice(["Istanbul", "Geneva", "Riyadh"])
        add(f"Russia and Ukraine held talks in {venue}, mediated by Turkey.", "talks", {
            "venue": {"name": venue, "country": PLACES[venue][0]}, "parties": ["RUS", "UKR"],
            "mediators": ["TUR"], "format": "direct", "round": i // 5 + 1,
            "status": "held" if i % 10 == 0 else "proposed",
            "delegations": [{"party": "UKR", "head": "Rustem Umerov"}],
            "outcomes": [{"issue": "prisoner_exchange", "result": "agreed",
                          "detail": "1,000 prisoners each"}] if i % 10 == 0 else []})
    text, records, pos = "", [], 0
    for sentence, rec in parts:
        if rec is not None:
            rec.evidence = Evidence(sentence, pos, pos + len(sentence))
            records.append(rec)
        text += sentence + " "
        pos = len(text)
    article = Article(file=f"gen-{i:03d}.txt", index=0, text=text.strip(), outlet=outlet, published=day,
                      title=f"{kind_of_event.title()} near {place}, day {i // 2} ({outlet})")
    for rec in records:
        rec.assign_id(article.id)
    return article, records


def generate() -> list[tuple[Article, list[Record]]]:
    rnd = random.Random(42)
    return [_article(i, rnd) for i in range(N_ARTICLES)]


def build_big_corpus(store: Store) -> list[tuple[Article, list[Record]]]:
    """Save the generated articles with their records; return them for the tests' expectations."""
    items = generate()
    for article, records in items:
        store.save_article(article, records)
    return items

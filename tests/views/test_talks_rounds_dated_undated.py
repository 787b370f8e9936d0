"""A round of talks reported once with its day but no venue ("the first round, on May 16th") and once
with its venue but no day ("the first taking place in Istanbul") is one row of `detente talks`;
talks between other parties never join it. Issues 11 and 14."""
from __future__ import annotations

from typing import Any

from detente.stories.facts import same_talks
from detente.views.talks import build_calendar


def talks(rid: str, date: str | None, venue: str | None, parties: list[str], rnd: int | None) -> dict[str, Any]:
    return {"kind": "talks", "id": rid, "date": date, "venue": {"name": venue, "country": None} if venue else None,
            "parties": parties, "mediators": [], "format": None, "round": rnd, "status": "held",
            "delegations": [], "outcomes": [],
            "source": {"file": f"{rid}.txt", "article": 0, "title": "t", "outlet": rid, "published": None},
            "evidence": {"text": "s", "start": 0, "end": 1}}


def test_a_dated_round_without_venue_and_its_undated_mention_at_a_venue_are_one_row() -> None:
    rows = build_calendar([talks("a", "2025-05-16", None, ["RUS", "UKR"], 1),
                           talks("b", None, "Istanbul", ["RUS", "UKR"], 1),
                           talks("c", "2025-06-02", "Istanbul", ["RUS", "UKR"], 2)])
    assert [(r["date"], r["round"], r["sources"], (r["venue"] or {}).get("name")) for r in rows] == [
        ("2025-05-16", 1, 2, "Istanbul"), ("2025-06-02", 2, 1, "Istanbul")]


def test_an_undated_round_of_other_parties_stays_apart() -> None:
    rows = build_calendar([talks("a", "2025-05-16", None, ["RUS", "UKR"], 1),
                           talks("b", None, "Muscat", ["IRN", "USA"], 1)])
    assert [(r["date"], r["round"]) for r in rows] == [("2025-05-16", 1), (None, 1)]


def test_talks_between_other_parties_are_not_the_same_talks() -> None:
    istanbul = talks("a", "2025-05-16", None, ["RUS", "UKR"], 1)
    assert not same_talks(talks("b", None, "Pyongyang", ["PRK", "RUS"], None), istanbul)
    assert same_talks(talks("c", None, "Istanbul", ["RUS", "UKR", "USA"], 1), istanbul)

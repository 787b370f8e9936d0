"""Merging reports of the same thing from several outlets, and comparing their numbers honestly."""
from __future__ import annotations

from typing import Any

from detente.stories.cluster import Story
from detente.stories.facts import merge_story
from detente.stories.values import compatible


def test_qualified_numbers_are_intervals() -> None:
    assert compatible([(100, "over"), (117, None)])
    assert not compatible([(150, "about"), (117, None)])
    assert compatible([(150, "about"), (140, None)])
    assert compatible([(41, "at least"), (41, None)])
    assert not compatible([(4, None), (5, None)])
    assert compatible([(5, "up to"), (3, None)])


def claim(rid: str, file: str, what: str, value: float, qualifier: str | None = None, unit: str | None = None,
          claimant: str | None = None, outlet: str = "Outlet") -> dict[str, Any]:
    return {"kind": "claim", "id": rid, "what": what, "value": value, "unit": unit, "qualifier": qualifier,
            "claimant": {"name": claimant, "country": "UKR", "sector": "GOV"} if claimant else None,
            "subject": {"name": "Russia", "country": "RUS", "sector": None}, "date": None, "date_precision": None,
            "source": {"file": file, "article": 0, "title": "t", "outlet": outlet, "published": None},
            "evidence": {"text": "s", "start": 0, "end": 1}}


def test_damage_figures_that_differ_make_a_disagreeing_fact() -> None:
    story = Story("s1", ["a", "b"])
    facts = merge_story(story, [
        claim("c1", "a.txt", "damage in USD", 7e9, unit="USD", claimant="Ukraine", outlet="Wire A"),
        claim("c2", "b.txt", "damage in USD", 2e9, unit="USD", claimant="Ukrainian intelligence", outlet="Wire B"),
        claim("c3", "b.txt", "drones smuggled", 117),
    ])
    (fact,) = facts
    assert fact["kind"] == "fact" and fact["agree"] is False
    assert sorted(v["value"]["value"] for v in fact["values"]) == [2e9, 7e9]
    assert {c for v in fact["values"] for c in v["claimants"]} == {"Ukraine", "Ukrainian intelligence"}
    assert fact["members"] == ["c1", "c2"]


def test_over_a_hundred_and_117_drones_agree_but_around_150_does_not() -> None:
    story = Story("s1", ["a", "b", "c"])
    agree = merge_story(story, [claim("c1", "a.txt", "drones", 100, "over"), claim("c2", "b.txt", "drones used", 117)])
    assert agree[0]["agree"] is True
    split = merge_story(story, [claim("c1", "a.txt", "drones", 150, "about"), claim("c2", "b.txt", "drones", 117)])
    assert split[0]["agree"] is False


def test_records_of_one_article_do_not_make_a_fact() -> None:
    facts = merge_story(Story("s", ["a"]), [claim("c1", "a.txt", "drones", 5), claim("c2", "a.txt", "drones", 6)])
    assert facts == []


def event(rid: str, file: str, date: str | None, airbases: int | None = None) -> dict[str, Any]:
    counts = [{"what": "airbases", "value": airbases, "qualifier": None}] if airbases else []
    return {"kind": "event", "id": rid, "type": "ASSAULT", "mode": "aerial", "negated": False,
            "actor": {"name": "Ukraine", "country": "UKR", "sector": None},
            "target": {"name": "Russia", "country": "RUS", "sector": None}, "location": None,
            "counts": counts, "claimed_by": None, "date": date, "date_precision": "day" if date else None,
            "source": {"file": file, "article": 0, "title": "t", "outlet": file, "published": None},
            "evidence": {"text": "s", "start": 0, "end": 1}}


def test_same_attack_from_two_outlets_merges_and_its_counts_are_compared() -> None:
    facts = merge_story(Story("s", ["a", "b"]), [event("e1", "a.txt", "2025-06-01", 4),
                                                 event("e2", "b.txt", "2025-06-01", 5)])
    about = {f["about"]: f for f in facts}
    assert about["event"]["agree"] is True and about["event"]["sources"] == 2
    assert about["number"]["agree"] is False  # four airbases against five


def test_attacks_days_apart_are_different_events() -> None:
    facts = merge_story(Story("s", ["a", "b"]), [event("e1", "a.txt", "2025-06-01"), event("e2", "b.txt", "2025-06-09")])
    assert [f for f in facts if f["about"] == "event"] == []


def test_a_month_is_close_only_to_its_own_days() -> None:
    from detente.stories.facts import _close_days

    assert _close_days("2022-05", "2022-05-16") and not _close_days("2022-05", "2025-05-16")
    assert _close_days("2025-06-01", "2025-06-02") and not _close_days("2025-06-01", "2025-06-09")
    assert _close_days(None, "2025-06-02")


def test_drones_launched_and_drones_shot_down_are_different_counts() -> None:
    story = Story("s", ["a", "b"])
    facts = merge_story(story, [claim("c1", "a.txt", "drones launched", 728),
                                claim("c2", "b.txt", "drones shot down", 718),
                                claim("c3", "b.txt", "drones", 700, "over")])
    (fact,) = facts
    assert fact["members"] == ["c1", "c3"] and fact["agree"] is True

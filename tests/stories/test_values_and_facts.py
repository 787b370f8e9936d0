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


def _sentence(rec: dict[str, Any], text: str) -> dict[str, Any]:
    rec["evidence"] = {"text": text, "start": 0, "end": len(text)}
    return rec


def attack(rid: str, file: str, text: str, actor: str, target: str, counts: list[tuple[str, float, str | None]],
           place: str | None = None, date: str | None = None) -> dict[str, Any]:
    rec = event(rid, file, date)
    rec["actor"] = {"name": actor, "country": actor[:3].upper(), "sector": None}
    rec["target"] = {"name": target, "country": target[:3].upper(), "sector": None}
    rec["location"] = {"name": place, "country": "UKR", "lat": 50.0, "lon": 30.0} if place else None
    rec["counts"] = [{"what": w, "value": v, "qualifier": q} for w, v, q in counts]
    return _sentence(rec, text)


def _numbers(facts: list[dict[str, Any]]) -> list[tuple[str, list[str], bool]]:
    return sorted((f["label"], sorted(v["shown"] for v in f["values"]), f["agree"])
                  for f in facts if f["about"] == "number")


def test_several_incidents_in_one_story_are_compared_only_within_each() -> None:
    facts = merge_story(Story("s", ["a", "b"]), [
        # Article a: a drone strike on a city that killed 7 people, and a missile strike on a training
        # ground that killed 20 soldiers.
        attack("a1", "a.txt", "Russian drones killed 7 people in Dnipro overnight.", "Russia", "Ukraine",
               [("people killed", 7, None)], place="Dnipro"),
        attack("a2", "a.txt", "A missile strike killed 20 soldiers at a training ground.", "Russia", "Ukraine",
               [("soldiers killed", 20, None)]),
        # Article b: a drone strike on another city (9 dead) and the missile strike, at 'over 15'.
        attack("b1", "b.txt", "A drone attack on Odesa killed 9 people.", "Russia", "Ukraine",
               [("people killed", 9, None)], place="Odesa"),
        attack("b2", "b.txt", "More than 15 servicemen were killed when missiles hit their base.", "Russia",
               "Ukraine", [("servicemen killed", 15, "over")]),
    ])
    assert _numbers(facts) == [("soldiers killed", ["20", "over 15"], True)]
    (fact,) = [f for f in facts if f["about"] == "number"]
    assert fact["within_qualifiers"] is True
    events = [f for f in facts if f["about"] == "event"]
    assert [sorted(f["members"]) for f in events] == [["a2", "b2"]], "a strike on Dnipro is not one on Odesa"


def test_drones_of_two_owners_are_not_compared() -> None:
    # Whose drones a bare count is about comes from the attack told in the same sentence.
    russia = "Russia launched over 470 drones at Ukraine on Sunday."
    ukraine = "Ukraine hit Russian bases with about 150 drones smuggled in on trucks."
    facts = merge_story(Story("s", ["a", "b"]), [
        attack("e1", "a.txt", russia, "Russia", "Ukraine", [("drones", 470, "over")]),
        _sentence({**claim("c1", "a.txt", "drones launched", 470, "over"), "subject": None}, russia),
        attack("e2", "b.txt", ukraine, "Ukraine", "Russia", [("drones", 150, "about")]),
        _sentence({**claim("c2", "b.txt", "drones smuggled", 150, "about"), "subject": None}, ukraine),
    ])
    assert facts == []
    owners = merge_story(Story("s", ["a", "b"]), [
        _sentence({**claim("c1", "a.txt", "drones launched", 470, "over"),
                   "subject": {"name": "Russia", "country": "RUS"}}, "Russia launched over 470 drones."),
        _sentence({**claim("c2", "b.txt", "drones launched", 450),
                   "subject": {"name": "Ukraine", "country": "UKR"}}, "Ukraine launched 450 drones."),
    ])
    assert owners == [], "Russia's drones and Ukraine's drones are two counts"


def test_per_side_and_total_counts_are_different_things() -> None:
    story = Story("s", ["a", "b", "c"])
    facts = merge_story(story, [
        _sentence(claim("c1", "a.txt", "prisoners exchanged", 1200), "They swapped 1,200 prisoners each."),
        _sentence(claim("c2", "b.txt", "prisoners exchanged", 2400), "In all, 2,400 prisoners were exchanged."),
        _sentence(claim("c3", "c.txt", "prisoners exchanged", 1200), "Each side freed 1,200 prisoners."),
    ])
    assert [sorted(f["members"]) for f in facts] == [["c1", "c3"]]
    assert facts[0]["agree"] is True


def test_over_sixty_and_seventy_injured_are_no_disagreement_and_wounded_is_injured() -> None:
    facts = merge_story(Story("s", ["a", "b"]), [
        _sentence(claim("c1", "a.txt", "injured", 60, "over"), "Over 60 were injured in the strike."),
        _sentence(claim("c2", "b.txt", "people wounded", 70), "The strike wounded 70 people."),
    ])
    (fact,) = facts
    assert fact["agree"] is True and fact["within_qualifiers"] is True


def test_an_article_with_two_incidents_must_say_which_one_a_number_belongs_to() -> None:
    # Article a counts the dead of a derailment (7, on 31 May) and of an unnamed strike (12); article
    # b counts 12 dead at a training base, with nothing that ties it to either.
    facts = merge_story(Story("s", ["a", "b"]), [
        _sentence({**claim("c1", "a.txt", "civilians killed", 7), "date": "2025-05-31", "subject": None},
                  "A derailed train killed seven civilians on May 31."),
        _sentence({**claim("c2", "a.txt", "people killed", 12), "subject": None}, "The rest killed 12 people."),
        _sentence({**claim("c3", "b.txt", "soldiers killed", 12), "subject": None},
                  "A barrage killed 12 soldiers at a training base."),
    ])
    assert facts == []


def test_numbers_read_as_people_read_them() -> None:
    from detente.views.common import readable_number

    assert readable_number(7e9, "about", "USD") == "about $7 bn"
    assert readable_number(0.75) == "75%"
    assert readable_number(1212) == "1,212"
    assert readable_number(47.6, None, "USD") == "$47.60"
    assert readable_number(1e6, "about") == "about 1 million"
    assert readable_number(32, None, "percent") == "32%"


def test_undated_attacks_with_different_counts_or_weapons_are_two_events() -> None:
    def facts_of(*recs: dict[str, Any]) -> list[list[str]]:
        found = merge_story(Story("s", ["a", "b"]), list(recs))
        return [sorted(f["members"]) for f in found if f["about"] == "event"]

    big = attack("e1", "a.txt", "Russia launched over 470 drones at Ukraine.", "Russia", "Ukraine",
                 [("drones", 470, "over")], date="2025-06-01")
    small = attack("e2", "b.txt", "Over two nights Russia launched 103 drones at Ukraine.", "Russia", "Ukraine",
                   [("drones", 103, None)])
    assert facts_of(big, small) == []
    drone = attack("e3", "a.txt", "A drone strike hit the town.", "Russia", "Ukraine", [])
    missile = attack("e4", "b.txt", "A missile barrage hit the town.", "Russia", "Ukraine", [])
    assert facts_of(drone, missile) == []
    again = attack("e5", "b.txt", "Drones struck the town overnight, with 480 drones in all.", "Russia", "Ukraine",
                   [("drones", 480, None)])
    assert facts_of(big, again) == [["e1", "e5"]], "one attack told with a total is still one attack"


def _position(rid: str, file: str, who_acts: str | None) -> dict[str, Any]:
    return {"kind": "position", "id": rid, "party": {"name": "Ukraine", "country": "UKR"},
            "issue": "withdrawal", "stance": "demand", "detail": "withdrawal", "precondition": False,
            "who_acts": {"name": who_acts, "country": who_acts} if who_acts else None,
            "date": None, "source": {"file": file, "article": 0, "title": file, "outlet": file},
            "evidence": {"text": f"sentence of {rid}", "start": 0, "end": 1}}


def test_positions_on_one_issue_with_different_sides_to_act_are_not_one_fact() -> None:
    """Two outlets: one reports Ukraine demanding that Russia withdraw; the other, a demand about Ukraine's
    own forces. Same party, issue and stance, but not the same position; an unstated side joins either."""
    story = Story("s", ["a.txt", "b.txt", "c.txt"])
    facts = merge_story(story, [_position("p1", "a.txt", "RUS"), _position("p2", "b.txt", "UKR")])
    assert not [f for f in facts if f["about"] == "position"]
    facts = merge_story(story, [_position("p1", "a.txt", "RUS"), _position("p3", "c.txt", None)])
    assert [f["members"] for f in facts if f["about"] == "position"] == [["p1", "p3"]]

"""The positions matrix and the talks calendar, on records written by hand."""
from __future__ import annotations

from typing import Any

from detente.views.positions import build_matrix, render_matrix
from detente.views.talks import build_calendar, render_calendar


def position(party: str, issue: str, stance: str, date: str, file: str = "a.txt", start: int = 0,
             **extra: Any) -> dict[str, Any]:
    return {"kind": "position", "id": f"{party}{issue}{date}{file}", "party": {"name": party, "country": party,
            "sector": "GOV"}, "issue": issue, "stance": stance, "detail": extra.get("detail"),
            "precondition": extra.get("precondition", False), "date": date, "date_precision": "day",
            "source": {"file": file, "article": 0, "title": "t", "outlet": "o", "published": date},
            "evidence": {"text": "s", "start": start, "end": start + 1}}


def test_latest_stance_wins_and_a_change_is_shown() -> None:
    matrix = build_matrix([position("RUS", "ceasefire", "reject", "2025-03-01"),
                           position("RUS", "ceasefire", "accept", "2025-04-19", file="b.txt")])
    (cell,) = matrix["cells"]
    assert cell["stance"] == "accept" and cell["date"] == "2025-04-19"
    assert [c["stance"] for c in cell["changes"]] == ["reject", "accept"]


def test_as_of_shows_the_matrix_on_an_earlier_date() -> None:
    recs = [position("RUS", "ceasefire", "reject", "2025-03-01"),
            position("RUS", "ceasefire", "accept", "2025-04-19", file="b.txt")]
    (cell,) = build_matrix(recs, as_of="2025-03-31")["cells"]
    assert cell["stance"] == "reject" and cell["changes"] == []


def test_opposed_stances_are_incompatible_and_agreement_is_not() -> None:
    matrix = build_matrix([position("UKR", "ceasefire", "demand", "2025-05-16"),
                           position("RUS", "ceasefire", "reject", "2025-05-16"),
                           position("UKR", "prisoners", "accept", "2025-05-16"),
                           position("RUS", "prisoners", "accept", "2025-05-16")])
    assert matrix["incompatible"] == ["ceasefire"]
    text = render_matrix(matrix)
    assert "ceasefire !" in text and "prisoners !" not in text


def test_sources_count_articles_not_records() -> None:
    recs = [position("UKR", "territory", "reject", "2025-06-01", file="a.txt", start=0),
            position("UKR", "territory", "reject", "2025-06-01", file="a.txt", start=50),
            position("UKR", "territory", "reject", "2025-06-02", file="b.txt")]
    (cell,) = build_matrix(recs)["cells"]
    assert cell["sources"] == 2


def test_sources_that_disagree_on_the_same_day_are_shown_not_settled() -> None:
    recs = [position("RUS", "ceasefire", "offer", "2025-06-01", file="a.txt"),
            position("RUS", "ceasefire", "reject", "2025-06-01", file="b.txt")]
    (cell,) = build_matrix(recs)["cells"]
    assert cell["conflicting"] == ["offer"] and cell["stance"] == "reject"
    assert "reject? (1)" in render_matrix(build_matrix(recs))
    later = build_matrix([*recs, position("RUS", "ceasefire", "reject", "2025-06-09", file="c.txt")])
    assert later["cells"][0]["conflicting"] == []


def test_filters_by_party_and_issue() -> None:
    recs = [position("UKR", "ceasefire", "demand", "2025-05-16"), position("RUS", "sanctions", "demand", "2025-05-16")]
    assert [c["party"] for c in build_matrix(recs, party="rus")["cells"]] == ["RUS"]
    assert [c["issue"] for c in build_matrix(recs, issue="ceasefire")["cells"]] == ["ceasefire"]


def talks(date: str | None, venue: str | None, file: str, status: str = "held", **extra: Any) -> dict[str, Any]:
    return {"kind": "talks", "id": f"{date}{venue}{file}", "date": date, "venue": {"name": venue, "country": "TUR"} if venue else None,
            "parties": ["RUS", "UKR"], "mediators": extra.get("mediators", []), "format": "direct",
            "round": extra.get("round"), "status": status, "delegations": [], "outcomes": extra.get("outcomes", []),
            "source": {"file": file, "article": 0, "title": "t", "outlet": "o", "published": date},
            "evidence": {"text": "s", "start": 0, "end": 1}}


def test_same_round_from_two_outlets_is_one_row_with_two_sources() -> None:
    rows = build_calendar([
        talks("2025-06-02", "Istanbul", "a.txt", round=2, mediators=["TUR"],
              outcomes=[{"issue": "prisoners", "result": "agreed", "detail": "wounded POWs"}]),
        talks("2025-06-02", "Istanbul", "b.txt", round=2),
        talks("2025-05-16", "Istanbul", "c.txt", round=1),
    ])
    assert [r["date"] for r in rows] == ["2025-05-16", "2025-06-02"]
    assert rows[1]["sources"] == 2 and rows[1]["mediators"] == ["TUR"]
    text = render_calendar(rows)
    assert "round 2" in text and "[2 sources]" in text and "prisoners" in text


def test_an_undated_mention_of_a_numbered_round_joins_its_dated_row() -> None:
    rows = build_calendar([
        talks("2025-05-16", "Istanbul", "a.txt", round=1),
        talks("2025-06-02", "Istanbul", "b.txt", round=2),
        talks(None, "Istanbul", "c.txt", round=1),
        talks(None, "Istanbul", "d.txt", status="proposed", round=2),
        talks(None, "Istanbul", "e.txt"),  # which round? it stays apart
    ])
    dated = [r for r in rows if r["date"]]
    assert [(r["round"], r["sources"]) for r in dated] == [(1, 2), (2, 2)]
    assert dated[1]["statuses"] == ["held", "proposed"]
    assert len(rows) == 3 and rows[2]["date"] is None and rows[2]["round"] is None


def _directed(party: str, stance: str, who: str | None, date: str, file: str) -> dict[str, Any]:
    rec = position(party, "withdrawal", stance, date, file=file)
    rec["who_acts"] = {"name": who, "country": who} if who else None
    return rec


def test_opposite_demands_on_one_issue_are_two_rows_not_one_cell() -> None:
    """Ukraine demands that Russia withdraw, Russia that Ukraine withdraw: two rows, and not opposed."""
    matrix = build_matrix([_directed("UKR", "demand", "RUS", "2025-05-01", "a.txt"),
                           _directed("RUS", "demand", "UKR", "2025-05-02", "b.txt")])
    rows = {r["key"]: r for r in matrix["rows"]}
    assert set(rows) == {"withdrawal:RUS", "withdrawal:UKR"}
    assert {(c["party"], c["row"]) for c in matrix["cells"]} == {("UKR", "withdrawal:RUS"),
                                                                 ("RUS", "withdrawal:UKR")}
    assert matrix["incompatible"] == []
    text = render_matrix(matrix)
    assert "withdrawal (RUS acts)" in text and "withdrawal (UKR acts)" in text


def test_a_refusal_of_the_same_act_is_incompatible_within_its_row() -> None:
    """Ukraine demands Russia withdraw; Russia refuses to withdraw: opposed, on the RUS-acts row."""
    matrix = build_matrix([_directed("UKR", "demand", "RUS", "2025-05-01", "a.txt"),
                           _directed("RUS", "reject", "RUS", "2025-05-02", "b.txt"),
                           _directed("UKR", "reject", "UKR", "2025-05-02", "b.txt")])
    assert matrix["incompatible"] == ["withdrawal:RUS"]
    assert "withdrawal (RUS acts) !" in render_matrix(matrix)


def test_an_undated_round_at_a_venue_gives_the_dated_round_its_venue() -> None:
    """'The first round, on May 16' names no city; 'the first round, in Istanbul' gives no day."""
    rows = build_calendar([talks("2025-05-16", None, "a.txt", round=1),
                           talks(None, "Istanbul", "b.txt", round=1)])
    assert len(rows) == 1
    assert (rows[0]["date"], rows[0]["venue"]["name"], rows[0]["sources"]) == ("2025-05-16", "Istanbul", 2)


def test_talks_between_other_sides_are_not_the_same_talks() -> None:
    """A meeting of Russia with a third state is not the Russian-Ukrainian round, though Russia is in
    both and neither names a venue; a report that adds a mediator's state still is the same round."""
    from detente.stories.facts import same_talks

    round_one = talks("2025-05-16", None, "a.txt", round=1)
    other = {**talks(None, None, "b.txt"), "parties": ["PRK", "RUS"]}
    wider = {**talks(None, None, "c.txt", round=1), "parties": ["RUS", "UKR", "USA"]}
    assert not same_talks(round_one, other)
    assert same_talks(round_one, wider)

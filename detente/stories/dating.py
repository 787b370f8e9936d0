"""Story-level dating: an undated report of a talks round or a strike takes the day that other
articles of the same story give the same event.

`merge_facts` already groups the reports of one event or talks across the articles of a story; a
group whose dated members agree on a day lends it to its undated members. Such a date is marked
`date_basis: "story"` and names the records it came from in `date_sources`, so a reader can see it
was inferred and check it. Members that disagree on the day lend nothing.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from detente.views.common import citation

Rec = dict[str, Any]
LENDING_KINDS = ("event", "talks")
TOLERANCE_DAYS = 1  # reports a day apart tell the same day (time zones, "overnight")


def story_day(members: list[Rec]) -> tuple[str, list[Rec]] | None:
    """The day the dated members of one group agree on (the one most of them give, within a day of
    every other), with the members that give it; None when none is dated or they disagree."""
    dated = [m for m in members if m.get("date") and m.get("date_precision") == "day"]
    if not dated:
        return None
    days = [date.fromisoformat(m["date"][:10]) for m in dated]
    if (max(days) - min(days)).days > TOLERANCE_DAYS:
        return None
    chosen = max(sorted(set(days)), key=days.count)
    return chosen.isoformat(), dated


def lend_story_dates(records: list[Rec], facts: list[Rec]) -> int:
    """Date the undated event and talks records of each fact from its dated members, in place.
    Returns how many records were dated this way."""
    by_id = {r["id"]: r for r in records}
    lent = 0
    for fact in facts:
        if fact.get("about") not in LENDING_KINDS:
            continue
        members = [by_id[i] for i in fact["members"] if i in by_id]
        found = story_day(members)
        if found is None:
            continue
        day, sources = found
        for member in members:
            lenders = [s for s in sources if same_sides(member, s)]
            if member.get("date") or not lenders:
                continue
            member.update(date=day, date_precision="day", date_basis="story",
                          date_sources=[_source(s) for s in lenders])
            lent += 1
    return lent


def same_sides(borrower: Rec, lender: Rec) -> bool:
    """Whether a dated report can lend its day: talks must be between the same parties where both
    name them (a meeting in Pyongyang is not the Istanbul round the story dates, though neither
    names both a venue and a round). Events are grouped by type and sides already."""
    if borrower.get("kind") != "talks":
        return True
    ours, theirs = set(borrower.get("parties") or []), set(lender.get("parties") or [])
    return not ours or not theirs or ours == theirs


def _source(record: Rec) -> dict[str, Any]:
    """Where a lent date was read: the record, its outlet and article, and the sentence."""
    return {"id": record["id"], "date": record["date"], **citation(record)}

"""The timeline: events and talks in date order, each merged across sources with its source count."""
from __future__ import annotations

from typing import Any

from detente.views.common import citation, readable_number

Rec = dict[str, Any]


def build_timeline(records: list[Rec], facts: list[Rec], since: str | None = None,
                   until: str | None = None) -> list[dict[str, Any]]:
    """The dated entries in the period, in date order (`undated_entries` gives the others)."""
    entries = [e for e in _entries(records, facts) if e["date"] and (not since or e["date"] >= since)
               and (not until or e["date"] <= until)]
    return sorted(entries, key=dated_order)


def dated_order(entry: Rec) -> tuple[str, str, str]:
    """Where a dated entry stands in the timeline: by day, then kind, then label."""
    return entry["date"], entry["kind"], entry["label"]


def undated_order(entry: Rec) -> tuple[str, str, str]:
    """Where an undated entry stands: by the day it was first reported, then kind, then label."""
    return entry["reported"] or "", entry["kind"], entry["label"]


def undated_entries(records: list[Rec], facts: list[Rec], since: str | None = None,
                    until: str | None = None) -> list[dict[str, Any]]:
    """The events and talks no source dates, so that they stay visible. With a period, those
    reported in it (by their articles' publication days) and those whose articles are undated too."""
    entries = [e for e in _entries(records, facts) if not e["date"]]
    return sorted((e for e in entries if _reported_in(e, since, until)),
                  key=undated_order)


def _reported_in(entry: dict[str, Any], since: str | None, until: str | None) -> bool:
    day = entry["reported"]
    return not day or ((not since or day >= since) and (not until or day <= until))


def _entries(records: list[Rec], facts: list[Rec]) -> list[dict[str, Any]]:
    entries, merged = fact_entries(facts, {r["id"]: r for r in records})
    entries += [record_entry(rec) for rec in records if is_entry(rec) and rec["id"] not in merged]
    return entries


def fact_entries(facts: list[Rec], by_id: dict[str, Rec]) -> tuple[list[dict[str, Any]], set[str]]:
    """The entries of the merged event and talks facts, and the ids of their members: a member gets
    no entry of its own. `by_id` needs only the facts' members (what a streamed build keeps)."""
    merged: set[str] = set()
    entries = []
    for fact in facts:
        if fact["about"] not in ("event", "talks"):
            continue
        members = [by_id[m] for m in fact["members"] if m in by_id]
        merged.update(fact["members"])
        # The plain sentence of its most detailed dated report, not the fact's key ("ASSAULT by ...").
        lead = max(members, key=lambda m: (bool(m.get("date")), len(m.get("counts") or []),
                                           bool(m.get("location") or m.get("venue"))), default=None)
        label = _label(lead) if lead else fact["label"]
        entries.append(_entry(members, label, fact["sources"], fact["agree"]))
    return entries, merged


def is_entry(rec: Rec) -> bool:
    """Whether the record is of a kind the timeline shows (events and talks)."""
    return rec["kind"] in ("event", "talks")


def record_entry(rec: Rec) -> dict[str, Any]:
    """The entry of an event or talks record no fact merged: it needs that record alone, so a
    streamed build makes it and drops the record."""
    return _entry([rec], _label(rec), 1, True)


def _entry(members: list[Rec], label: str, sources: int, agree: bool) -> dict[str, Any]:
    dated = [m for m in members if m.get("date")]
    first = dated[0] if dated else members[0]
    published = sorted(p for m in members if (p := (m.get("source") or {}).get("published")))
    return {"date": first.get("date"), "precision": first.get("date_precision"),
            "basis": first.get("date_basis") if first.get("date") else None,
            "reported": published[0] if published else None, "kind": first["kind"],
            "type": first.get("type") or first.get("status"), "label": label, "sources": sources,
            "agree": agree, "citations": [citation(m) for m in members]}


# PLOVER type -> (with a target, without one, base form for "did not ...").
VERBS = {
    "AGREE": ("agreed with", "agreed", "agree"),
    "CONSULT": ("met", "consulted", "meet"),
    "SUPPORT": ("backed", "voiced support", "back"),
    "CONCEDE": ("made concessions to", "conceded", "concede"),
    "COOPERATE": ("cooperated with", "cooperated", "cooperate"),
    "AID": ("gave aid to", "gave aid", "give aid"),
    "RETREAT": ("released or withdrew for", "released or withdrew", "release or withdraw"),
    "REQUEST": ("asked", "made a request", "ask"),
    "ACCUSE": ("accused", "made accusations", "accuse"),
    "REJECT": ("rejected", "rejected", "reject"),
    "THREATEN": ("threatened", "made threats", "threaten"),
    "PROTEST": ("protested against", "protested", "protest"),
    "SANCTION": ("sanctioned", "imposed sanctions", "sanction"),
    "MOBILIZE": ("mobilised against", "mobilised", "mobilise"),
    "COERCE": ("coerced", "used coercion", "coerce"),
    "ASSAULT": ("attacked", "attacked", "attack"),
}


def _label(rec: Rec) -> str:
    """A plain sentence about the record, built from its fields only."""
    if rec["kind"] == "talks":
        venue = (rec.get("venue") or {}).get("name")
        return f"talks {rec.get('status')}" + (f" in {venue}" if venue else "")
    actor = (rec.get("actor") or {}).get("name") or "unnamed actor"
    target = (rec.get("target") or {}).get("name")
    kind = str(rec.get("type"))
    transitive, alone, base = VERBS.get(kind, (kind.lower(),) * 3)
    if rec.get("negated"):
        text = f"{actor} did not {base}"
    else:
        text = f"{actor} {transitive} {target}" if target else f"{actor} {alone}"
    counts = ", ".join(f"{readable_number(c['value'], c.get('qualifier'))} {c['what']}"
                       for c in rec.get("counts") or []
                       if isinstance(c.get("value"), (int, float)))
    mode = rec.get("mode")
    details = "; ".join(x for x in (mode, counts) if x)
    return f"{text} ({details})" if details else text

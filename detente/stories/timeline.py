"""The timeline: events and talks in date order, each merged across sources with its source count."""
from __future__ import annotations

from typing import Any

from detente.views.common import citation

Rec = dict[str, Any]


def build_timeline(records: list[Rec], facts: list[Rec], since: str | None = None,
                   until: str | None = None) -> list[dict[str, Any]]:
    by_id = {r["id"]: r for r in records}
    merged: set[str] = set()
    entries = []
    for fact in facts:
        if fact["about"] not in ("event", "talks"):
            continue
        members = [by_id[m] for m in fact["members"] if m in by_id]
        merged.update(fact["members"])
        entries.append(_entry(members, fact["label"], fact["sources"], fact["agree"]))
    for rec in records:
        if rec["kind"] in ("event", "talks") and rec["id"] not in merged:
            entries.append(_entry([rec], _label(rec), 1, True))
    entries = [e for e in entries if e["date"] and (not since or e["date"] >= since)
               and (not until or e["date"] <= until)]
    return sorted(entries, key=lambda e: (e["date"], e["kind"], e["label"]))


def _entry(members: list[Rec], label: str, sources: int, agree: bool) -> dict[str, Any]:
    dated = [m for m in members if m.get("date")]
    first = dated[0] if dated else members[0]
    return {"date": first.get("date"), "precision": first.get("date_precision"), "kind": first["kind"],
            "type": first.get("type") or first.get("status"), "label": label, "sources": sources,
            "agree": agree, "citations": [citation(m) for m in members]}


def _label(rec: Rec) -> str:
    if rec["kind"] == "talks":
        venue = (rec.get("venue") or {}).get("name")
        return f"talks {rec.get('status')}" + (f" in {venue}" if venue else "")
    actor = (rec.get("actor") or {}).get("name") or "?"
    target = (rec.get("target") or {}).get("name")
    neg = "not " if rec.get("negated") else ""
    return f"{actor} {neg}{str(rec.get('type')).lower()}" + (f" {target}" if target else "")

"""The talks calendar: rounds in date order, the same round reported by several articles shown once."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from detente.views.common import citation, record_day, source_key


def talks_key(record: dict[str, Any]) -> tuple[str, ...]:
    """Records with the same date, venue, round and parties describe the same talks. A record with
    neither a date nor a venue identifies no particular talks, so it keys only to itself."""
    venue = ((record.get("venue") or {}).get("name") or "").lower()
    if not venue and not record.get("date"):
        return ("record", str(record.get("id")))
    return (record.get("date") or "", venue, str(record.get("round") or ""),
            ",".join(sorted(record.get("parties") or [])))


def _most_specific(record: dict[str, Any]) -> tuple[bool, bool, bool]:
    """Sort key: dated, placed, and held-or-decided records describe a round best."""
    return not record.get("date"), not record.get("venue"), record.get("status") == "proposed"


def _merge_dated(groups: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Join groups whose dated records describe the same talks (same day, compatible venue and round),
    as when one outlet names the city and another the round."""
    from detente.stories.facts import same_talks

    merged: list[list[dict[str, Any]]] = []
    for group in groups:
        lead = _lead(group)
        home = next((m for m in merged if lead.get("date") and _lead(m).get("date")
                     and same_talks(lead, _lead(m))), None)
        if home is None:
            merged.append(group)
        else:
            home.extend(group)
    return _merge_undated(merged)


def _merge_undated(groups: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Join an undated mention of a numbered round ('the second round in Istanbul') to the one dated
    row of that round between the same parties, at that venue or at one the dated row does not name
    ('the first round, on May 16th'); a mention without a round number could be any of them, and
    stays apart, as does one that fits several dated rows."""
    from detente.stories.facts import same_talks

    dated = [g for g in groups if _lead(g).get("date")]
    kept: list[list[dict[str, Any]]] = []
    for group in groups:
        lead = _lead(group)
        if lead.get("date") or not lead.get("round") or not (lead.get("venue") or {}).get("name"):
            kept.append(group)
            continue
        homes = [g for g in dated if _round(g) == str(lead["round"])
                 and same_talks(lead, {**_lead(g), "round": None, "venue": _venue(g) or lead["venue"]})]
        if len(homes) == 1:
            homes[0].extend(group)
        else:
            kept.append(group)
    return kept


def _venue(group: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The venue the most specific report of a row gives, else any of its reports."""
    return _lead(group).get("venue") or next((m["venue"] for m in group if m.get("venue")), None)


def _round(group: list[dict[str, Any]]) -> str | None:
    return next((str(m["round"]) for m in group if m.get("round")), None)


def _lead(group: list[dict[str, Any]]) -> dict[str, Any]:
    return min(group, key=_most_specific)


def build_calendar(records: Iterable[dict[str, Any]], facts: Iterable[dict[str, Any]] = ()
                   ) -> list[dict[str, Any]]:
    """Talks in date order. Records merged into one fact across sources (see stories/facts.py) are one
    row, and so are records with the same date, venue, round and parties."""
    talks = [r for r in records if r.get("kind") == "talks"]
    fact_of = {m: f["id"] for f in facts if f.get("about") == "talks" for m in f["members"]}
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for rec in talks:
        key = ("fact", fact_of[rec["id"]]) if rec.get("id") in fact_of else talks_key(rec)
        groups.setdefault(key, []).append(rec)
    rows = []
    for members in _merge_dated(list(groups.values())):
        first = _lead(members)
        outcomes = {(o["issue"], o["result"]): o for m in members for o in m.get("outcomes") or []}
        rows.append({"date": first.get("date"), "reported": record_day(first), "status": first.get("status"),
                     "statuses": sorted({str(m.get("status")) for m in members}),
                     "venue": _venue(members), "parties": first.get("parties") or [],
                     "mediators": sorted({x for m in members for x in m.get("mediators") or []}),
                     "format": first.get("format"),
                     "round": next((m["round"] for m in [first, *members] if m.get("round")), None),
                     "outcomes": list(outcomes.values()),
                     "sources": len({source_key(m) for m in members}),
                     "citations": [citation(m) for m in members]})
    rows.sort(key=lambda r: (r["date"] or r["reported"] or "9999"))
    return rows


def render_calendar(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No talks recorded."
    lines = []
    for r in rows:
        venue = (r["venue"] or {}).get("name") or "venue not given"
        rnd = f" round {r['round']}" if r["round"] else ""
        lines.append(f"{r['date'] or '(undated)':10}  {r['status']:9} {venue}{rnd}  parties: "
                     f"{', '.join(r['parties']) or '?'}  mediators: {', '.join(r['mediators']) or '-'}  "
                     f"[{r['sources']} source{'s' if r['sources'] != 1 else ''}]")
        for o in r["outcomes"]:
            lines.append(f"            {o['result']:11} {o['issue']}: {o.get('detail') or ''}")
    return "\n".join(lines)

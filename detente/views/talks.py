"""The talks calendar: rounds in date order, the same round reported by several articles shown once."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from detente.views.common import citation, record_day, source_key


def talks_key(record: dict[str, Any]) -> tuple[str, str, str, str]:
    """Records with the same date, venue, round and parties describe the same talks."""
    venue = ((record.get("venue") or {}).get("name") or "").lower()
    return (record.get("date") or "", venue, str(record.get("round") or ""),
            ",".join(sorted(record.get("parties") or [])))


def build_calendar(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = {}
    for rec in records:
        if rec.get("kind") == "talks":
            groups.setdefault(talks_key(rec), []).append(rec)
    rows = []
    for members in groups.values():
        first = members[0]
        outcomes = {(o["issue"], o["result"]): o for m in members for o in m.get("outcomes") or []}
        rows.append({"date": first.get("date"), "reported": record_day(first), "status": first.get("status"),
                     "venue": first.get("venue"), "parties": first.get("parties") or [],
                     "mediators": sorted({x for m in members for x in m.get("mediators") or []}),
                     "format": first.get("format"), "round": first.get("round"),
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

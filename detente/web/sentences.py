"""Records told as sentences for the tables ("Russia and Ukraine agreed to exchange prisoners ..."),
built from their fields only, with ISO3 codes read as country names."""
from __future__ import annotations

from functools import cache
from typing import Any

from detente.views.common import readable_number

Rec = dict[str, Any]
ORGS = {"EU": "the EU", "UN": "the UN", "NATO": "NATO", "OSCE": "the OSCE", "IAEA": "the IAEA",
        "ICRC": "the ICRC", "USA": "the United States", "GBR": "the United Kingdom"}
RESULTS = {"agreed": "agreed on", "not agreed": "did not agree on", "discussed": "discussed"}
STATUS = {"held": "held talks", "proposed": "proposed talks", "postponed": "postponed talks",
          "cancelled": "cancelled talks", "denied": "denied holding talks"}
STANCES = {"demand": "demands", "offer": "offers", "accept": "accepts", "reject": "rejects"}


@cache
def _countries() -> dict[str, str]:
    from detente.nlp.places import geonames_countries

    return {c["iso3"]: c["name"] for c in geonames_countries()}


def country_name(code: str | None) -> str:
    """'Russia' for RUS, 'the UN' for UN; an unknown code is shown as it is."""
    if not code:
        return "unnamed party"
    return ORGS.get(code) or _countries().get(code) or code


def joined(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _actor(value: Any) -> str | None:
    return value.get("name") if isinstance(value, dict) else None


def describe(rec: Rec) -> str:
    """One sentence saying what the record reports."""
    kind = rec.get("kind")
    if kind == "talks":
        return describe_talks(rec)
    if kind == "event":
        from detente.stories.timeline import _label

        label, place = _label(rec), (rec.get("location") or {}).get("name")
        if not place:
            return label
        head, paren, details = label.rpartition(" (") if label.endswith(")") else (label, "", "")
        return f"{head} in {place}{paren}{details}"
    if kind == "position":
        party = _actor(rec.get("party")) or "A party"
        stance = STANCES.get(str(rec.get("stance")), str(rec.get("stance")))
        issue = str(rec.get("issue") or "an issue").replace("_", " ")
        detail = f": {rec['detail']}" if rec.get("detail") else ""
        condition = " (as a precondition)" if rec.get("precondition") else ""
        return f"{party} {stance} on {issue}{detail}{condition}"
    if kind == "claim":
        who = _actor(rec.get("claimant")) or "A source"
        value = rec.get("value")
        number = readable_number(value, rec.get("qualifier"), rec.get("unit")) if isinstance(
            value, int | float) else str(value)
        return f"{who} reports {number} {rec.get('what') or ''}".rstrip()
    if kind == "quote":
        return f"{_actor(rec.get('speaker')) or 'Someone'}: “{rec.get('text') or ''}”"
    return str(rec.get("evidence", {}).get("text", ""))


def describe_talks(rec: Rec) -> str:
    """'Russia and Ukraine held talks in Istanbul (round 2), mediated by Turkey; they agreed on
    prisoner exchange: 1,000 prisoners each.'"""
    parties = joined([country_name(p) for p in rec.get("parties") or []]) or "The parties"
    text = f"{parties} {STATUS.get(str(rec.get('status')), 'talked')}"
    venue = (rec.get("venue") or {}).get("name")
    if venue:
        text += f" in {venue}"
    if rec.get("round"):
        text += f" (round {rec['round']})"
    mediators = [country_name(m) for m in rec.get("mediators") or []]
    if mediators:
        text += f", mediated by {joined(mediators)}"
    outcomes = [_outcome(o) for o in rec.get("outcomes") or [] if isinstance(o, dict)]
    return text + ("; they " + "; ".join(outcomes) if outcomes else "")


def _outcome(outcome: Rec) -> str:
    result = RESULTS.get(str(outcome.get("result")), str(outcome.get("result")))
    detail = f" ({outcome['detail']})" if outcome.get("detail") else ""
    return f"{result} {str(outcome.get('issue')).replace('_', ' ')}{detail}"


def timeline_sentence(entry: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> str:
    """The entry told as a sentence from its most detailed cited record (talks name their parties,
    mediators and outcomes), falling back to the timeline's own label. Here, not with the pages,
    so that the builder child that makes every entry's sentence never imports the web framework
    (24 MB of its peak)."""
    cited = [by_id[c["id"]] for c in entry.get("citations", []) if c.get("id") in by_id]
    if not cited:
        return str(entry["label"])
    lead = max(cited, key=lambda r: (bool(r.get("date")), len(r.get("outcomes") or r.get("counts") or []),
                                     bool(r.get("parties")), bool(r.get("location") or r.get("venue"))))
    return describe(lead)

"""Merge records of different articles in one story into facts, and say where sources disagree.

A fact is the contract's `"kind": "fact"` record: `members` (record ids), `agree`, and `values`, each
value with the records (and so the sources and claimants) that give it, its sentences, and how people
read it (`shown`: "about $7 bn"). Numbers are compared as intervals (see values.py), and only within one
incident: a number takes the circumstances its sentence gives (`Incident`: day, sides, whose things
were counted, place, weapon, victims, per side or in total), and two numbers whose circumstances
conflict count different things. A story about a drone strike names a derailment, a missile strike and
the other side's drones too; "killed: 7 / 12 / 5" across them would be an invented disagreement.
Events and talks are compared as dates and statuses.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from detente.models import stable_id
from detente.stories.cluster import Story
from detente.stories.values import compatible
from detente.views.common import readable_number

Rec = dict[str, Any]
STOP = {"of", "the", "a", "an", "in", "on", "and", "or", "by", "to", "for", "with", "its", "their", "usd"}


def _stems(phrase: str | None) -> set[str]:
    words = re.findall(r"[a-z]+", (phrase or "").lower())
    return {w[:6] for w in words if w not in STOP and len(w) > 2}


def _country(actor: dict[str, Any] | None) -> str | None:
    return (actor or {}).get("country")


def _article(rec: Rec) -> tuple[str, int]:
    src = rec.get("source") or {}
    return str(src.get("file")), int(src.get("article") or 0)


def _close_days(a: str | None, b: str | None) -> bool:
    """Within a day of each other; a month or a year is close to the days inside it. Unknown dates
    do not conflict with anything."""
    if not a or not b:
        return True
    if len(a) < 10 or len(b) < 10:
        short, long_ = sorted((a, b), key=len)
        return long_.startswith(short)
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= 1


def quantities(rec: Rec) -> Iterable[Rec]:
    """Every number a record reports, as claim-like dicts (claims, and counts inside events)."""
    evidence = (rec.get("evidence") or {}).get("text") or ""
    if rec.get("kind") == "claim" and isinstance(rec.get("value"), (int, float)):
        yield {"what": _with_action(rec.get("what"), evidence), "value": rec["value"],
               "qualifier": rec.get("qualifier"),
               "unit": rec.get("unit"), "subject": _country(rec.get("subject")),
               "claimant": (rec.get("claimant") or {}).get("name"), "record": rec}
    elif rec.get("kind") == "event":
        for count in rec.get("counts") or []:
            if isinstance(count.get("value"), (int, float)) and _stated(count["value"], evidence):
                yield {"what": count.get("what"), "value": count["value"],
                       "qualifier": count.get("qualifier"), "unit": None,
                       "subject": None,  # whose drones, whose dead: an event's count does not say
                       "claimant": (rec.get("claimed_by") or {}).get("name"), "record": rec}


MAX_RATIO = 4.0
"""Two reports of one count rarely differ by more than this factor; beyond it they count different things."""


@lru_cache(maxsize=1)
def _actions() -> dict[str, str]:
    """Stem -> action class (use, down, hit, harm, captive), from detente/data/quantity_actions.json."""
    data = json.loads(resources.files("detente.data").joinpath("quantity_actions.json").read_text("utf-8"))
    return {stem: cls for cls, stems in data.items() if not cls.startswith("_") for stem in stems}


def _action(phrase: str | None) -> str:
    """What the counted things underwent: 728 drones launched and 718 shot down are two counts."""
    classes = {_actions()[w] for w in _stems(phrase) if w in _actions()}
    return ",".join(sorted(classes)) or "use"


def _with_action(what: str | None, evidence: str) -> str | None:
    """A count whose phrase names no action takes the actions its sentence names ('shot down or
    jammed 718 of the drones' -> drones, down); a sentence naming none leaves it as it is."""
    if _action(what) != "use" or any(w in _actions() for w in _stems(what)):
        return what
    verbs = [w for w in _stems(evidence) if w in _actions() and _actions()[w] != "use"]
    return f"{what} {' '.join(sorted(set(verbs)))}" if verbs else what


def _stated(value: float, evidence: str) -> bool:
    """Whether a count's number is written in its own evidence sentence (as digits, or in words when
    the sentence has no digits at all): a count carried over from another sentence is not."""
    digits = re.sub(r"[^\d]", "", evidence.replace(",", ""))
    if not digits:
        return True
    number = f"{value:.0f}" if float(value).is_integer() else f"{value:g}"
    return number in re.sub(r"(?<=\d),(?=\d)", "", evidence)


SYNONYMS = {"wounde": "injure", "hurt": "injure", "dead": "killed", "died": "killed", "kill": "killed",
            "deaths": "killed", "airbas": "airbas", "uavs": "drones", "drone": "drones", "missil": "missil"}
"""Stems that name the same counted thing (wounded = injured)."""


def _things(phrase: str | None) -> set[str]:
    return {SYNONYMS.get(w, w) for w in _stems(phrase)}


def same_thing(a: Rec, b: Rec) -> bool:
    """The same counted thing, whatever the numbers: unit, what happened to it, and the word for it."""
    if a["unit"] != b["unit"] or _action(a["what"]) != _action(b["what"]):
        return False
    if (abs(float(a["value"])) < 1) != (abs(float(b["value"])) < 1):
        return False  # a share (three-quarters) is not a count
    return bool(_things(a["what"]) & _things(b["what"]))


def same_quantity(a: Rec, b: Rec) -> bool:
    """The same count of the same incident, as far as the two reports tell."""
    if not same_thing(a, b):
        return False
    low, high = sorted((abs(float(a["value"])), abs(float(b["value"]))))
    if low > 0 and high / low > MAX_RATIO:
        return False  # 7 and a million are different counts
    if a["subject"] and b["subject"] and a["subject"] != b["subject"]:
        return False
    ca, cb = a.get("ctx"), b.get("ctx")
    if ca is None or cb is None:
        return True
    if _article(a["record"]) == _article(b["record"]):
        # One article does not contradict itself: its two different counts are two incidents.
        return compatible([(a["value"], a["qualifier"]), (b["value"], b["qualifier"])])
    if ca.conflicts(cb):
        return False
    # An article that counts the thing for several incidents (7 killed here, 12 there) says which
    # one a number belongs to only by its circumstances: it must share one with the other report.
    ambiguous = a.get("ambiguous") or b.get("ambiguous")
    return not ambiguous or ca.shares(cb)


WEAPONS = {"drone": "drone", "drones": "drone", "uav": "drone", "uavs": "drone", "shahed": "drone",
           "shaheds": "drone", "missile": "missile", "missiles": "missile", "rocket": "missile",
           "rockets": "missile", "shell": "artillery", "shells": "artillery", "shelling": "artillery",
           "artillery": "artillery", "mortar": "artillery", "bomb": "bomb", "bombs": "bomb",
           "sabotage": "sabotage", "derailed": "sabotage", "derailment": "sabotage"}
"""What an attack was made with, read off its sentence: a drone strike and a missile barrage are two."""
MILITARY = {"soldie", "troops", "servic", "milita", "fighte", "marine", "person"}
CIVILIAN = {"civili", "childr", "reside", "passen"}


@dataclass
class Incident:
    """The circumstances of a reported number or event, as its own sentence gives them."""

    day: str | None = None
    sides: tuple[str | None, str | None] = (None, None)
    side: str | None = None
    places: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    victims: str | None = None
    scope: str | None = None

    def conflicts(self, other: Incident) -> bool:
        if not _close_days(self.day, other.day):
            return True
        if any(x and y and x != y for x, y in zip(self.sides, other.sides, strict=True)):
            return True
        if self.side and other.side and self.side != other.side:
            return True
        for mine, theirs in ((self.places, other.places), (self.weapons, other.weapons)):
            if mine and theirs and not mine & theirs:
                return True
        if self.scope and other.scope and self.scope != other.scope:
            return True  # 1,200 prisoners each is not 1,200 in all
        return bool(self.victims and other.victims and self.victims != other.victims)

    def shares(self, other: Incident) -> bool:
        return bool((self.day and other.day) or (self.side and self.side == other.side)
                    or any(x and x == y for x, y in zip(self.sides, other.sides, strict=True))
                    or self.places & other.places or self.weapons & other.weapons)


PER_SIDE = re.compile(r"\b(?:each|per side|apiece|on both sides|from both sides|for both sides)\b", re.I)
TOTAL = re.compile(r"\b(?:in total|total(?:ling|ing)?|altogether|combined|in all)\b", re.I)


def _scope(text: str) -> str | None:
    """Whether a sentence counts per side ('1,200 prisoners each') or in total ('2,400 in all')."""
    per_side, total = bool(PER_SIDE.search(text)), bool(TOTAL.search(text))
    return "per side" if per_side and not total else "total" if total and not per_side else None


def _weapons(text: str) -> frozenset[str]:
    return frozenset(WEAPONS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in WEAPONS)


def _victims(phrase: str | None) -> str | None:
    stems = _stems(phrase)
    if stems & MILITARY:
        return "military"
    return "civilian" if stems & CIVILIAN else None


def _places(rec: Rec) -> set[str]:
    place = rec.get("location") or {}
    return {str(place["name"]).lower()} if place.get("name") and place.get("lat") is not None else set()


def incident(rec: Rec, same_sentence: list[Rec], what: str | None = None,
             subject: str | None = None) -> Incident:
    """The incident a record (or one number of it) reports: its own fields, else those of the events
    told in the same sentence; a count of things used takes the attacker's side, one of harm the
    target's."""
    events = [rec] if rec.get("kind") == "event" else [e for e in same_sentence if e.get("kind") == "event"]
    evidence = (rec.get("evidence") or {}).get("text") or ""
    day = rec.get("date") or next((e.get("date") for e in events if e.get("date")), None)
    sides: tuple[str | None, str | None] = (None, None)
    if len({(_country(e.get("actor")), _country(e.get("target"))) for e in events}) == 1:
        sides = (_country(events[0].get("actor")), _country(events[0].get("target")))
    side = subject
    if side is None and what is not None:
        side = sides[0] if _action(what) in ("use", "down") else sides[1]
    places = set().union(*(_places(e) for e in [rec, *events]))
    # Per side or in total says what a number counts, not which event happened.
    scope = _scope(evidence) if what is not None else None
    return Incident(day, sides, side, frozenset(places), _weapons(evidence), _victims(what), scope)


def _place(rec: Rec, key: str) -> str:
    return str((rec.get(key) or {}).get("name") or "")


def same_event(a: Rec, b: Rec) -> bool:
    """Same type, sides and day; undated reports must also share the place or what they count."""
    if (a.get("type"), a.get("negated")) != (b.get("type"), b.get("negated")):
        return False
    if _country(a.get("actor")) != _country(b.get("actor")) or _country(a.get("target")) != _country(
            b.get("target")):
        return False
    if not _close_days(a.get("date"), b.get("date")):
        return False
    if a.get("date") and b.get("date"):
        return True
    # Undated: a drone strike is not a missile barrage, Pryluky is not Bryansk, and 470 drones are
    # not 103 drones.
    if incident(a, []).conflicts(incident(b, [])):
        return False
    if any(same_thing(x, y) and not compatible([(x["value"], x["qualifier"]), (y["value"], y["qualifier"])])
           for x in _counts(a) for y in _counts(b)):
        return False
    counted = {w for c in a.get("counts") or [] for w in _stems(c.get("what"))}
    return bool(_stems(_place(a, "location")) & _stems(_place(b, "location"))
                or counted & {w for c in b.get("counts") or [] for w in _stems(c.get("what"))})


def _counts(rec: Rec) -> list[Rec]:
    return [{"what": c.get("what"), "value": c["value"], "qualifier": c.get("qualifier"), "unit": None}
            for c in rec.get("counts") or [] if isinstance(c.get("value"), (int, float))]


def same_talks(a: Rec, b: Rec) -> bool:
    """Same venue (or none given), round and days, between the same sides: a Russian-North Korean
    meeting is not the Russian-Ukrainian round held that week, though both involve Russia."""
    pa, pb = set(a.get("parties") or []), set(b.get("parties") or [])
    if not (pa <= pb or pb <= pa):
        return False
    va, vb = _place(a, "venue").lower(), _place(b, "venue").lower()
    if va and vb and va not in vb and vb not in va:
        return False
    if a.get("round") and b.get("round") and a["round"] != b["round"]:
        return False
    return bool(va or a.get("round")) and _close_days(a.get("date"), b.get("date"))


def same_position(a: Rec, b: Rec) -> bool:
    """Same party, issue, stance and, where both say it, the same side to act (a demand that Russia
    withdraw is not one that Ukraine withdraw)."""
    who_a, who_b = _country(a.get("who_acts")), _country(b.get("who_acts"))
    return (_country(a.get("party")) == _country(b.get("party")) is not None
            and a.get("issue") == b.get("issue") and a.get("stance") == b.get("stance")
            and (who_a is None or who_b is None or who_a == who_b))


def _groups(items: list[Rec], same: Callable[[Rec, Rec], bool], record_of: Callable[[Rec], Rec],
            complete: bool = False) -> list[list[Rec]]:
    """Groups of items from at least two different articles: an item joins a group when it is the
    same as any member (single link), or as every member (complete link, so no chain of near
    values can join numbers that are far apart)."""
    groups: list[list[Rec]] = []
    link = all if complete else any
    for item in items:
        home = next((g for g in groups if link(same(item, other) for other in g)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return [g for g in groups if len({_article(record_of(x)) for x in g}) > 1]


def _fact(story: Story, about: str, label: str, members: list[Rec], values: list[dict[str, Any]],
          agree: bool) -> Rec:
    first = members[0]
    ids = sorted({m["id"] for m in members})
    return {"kind": "fact", "id": stable_id("fact", about, *ids), "story": story.id, "about": about,
            "label": label, "members": ids, "agree": agree, "values": values,
            "sources": len({_article(m) for m in members}),
            "source": first["source"], "evidence": first["evidence"], "date": first.get("date"),
            "date_precision": first.get("date_precision")}


def _number(value: float) -> float | int:
    """728 and 728.0 are one value."""
    return int(value) if float(value).is_integer() else float(value)


def _shown(value: Any) -> str:
    if isinstance(value, dict) and isinstance(value.get("value"), (int, float)):
        return readable_number(value["value"], value.get("qualifier"), value.get("unit"))
    return "" if value is None else str(value)


def _value_rows(pairs: list[tuple[Any, Rec, str | None]]) -> list[dict[str, Any]]:
    """One row per distinct value: as people read it, and the records, outlets, claimants and
    sentences that give it."""
    rows: dict[str, dict[str, Any]] = {}
    for value, rec, claimant in pairs:
        row = rows.setdefault(repr(value), {"value": value, "shown": _shown(value), "sources": [],
                                            "claimants": [], "outlets": [], "evidence": []})
        if rec["id"] not in row["sources"]:
            row["sources"].append(rec["id"])
        sentence = (rec.get("evidence") or {}).get("text")
        if sentence and sentence not in row["evidence"]:
            row["evidence"].append(sentence)
        outlet = (rec.get("source") or {}).get("outlet") or (rec.get("source") or {}).get("title")
        for bag, item in (("claimants", claimant), ("outlets", outlet)):
            if item and item not in row[bag]:
                row[bag].append(item)
    return list(rows.values())


def merge_story(story: Story, records: list[Rec]) -> list[Rec]:
    facts: list[Rec] = []
    sentences: dict[tuple[tuple[str, int], str], list[Rec]] = defaultdict(list)
    for r in records:
        if r.get("kind") == "event":
            sentences[(_article(r), (r.get("evidence") or {}).get("text") or "")].append(r)
    numbers = [q for r in records for q in quantities(r)]
    for q in numbers:
        rec = q["record"]
        told_with = sentences.get((_article(rec), (rec.get("evidence") or {}).get("text") or ""), [])
        q["ctx"] = incident(rec, told_with, q["what"], q["subject"])
    by_article: dict[tuple[str, int], list[Rec]] = defaultdict(list)
    for q in numbers:
        by_article[_article(q["record"])].append(q)
    for q in numbers:
        q["ambiguous"] = any(o is not q and same_thing(q, o)
                             and not compatible([(q["value"], q["qualifier"]), (o["value"], o["qualifier"])])
                             for o in by_article[_article(q["record"])])
    for group in _groups(numbers, same_quantity, lambda q: q["record"], complete=True):
        values = _value_rows([({"value": _number(q["value"]), "qualifier": q["qualifier"], "unit": q["unit"]},
                                q["record"], q["claimant"]) for q in group])
        agree = compatible([(q["value"], q["qualifier"]) for q in group])
        label = min((str(q["what"]) for q in group if q["what"]), key=len, default="count")
        fact = _fact(story, "number", label, [q["record"] for q in group], values, agree)
        # 'over 100' and 103 differ as written and agree as read: say so rather than hide it.
        fact["within_qualifiers"] = agree and len({float(q["value"]) for q in group}) > 1
        facts.append(fact)
    for kind, same, field_name in (("event", same_event, "date"), ("talks", same_talks, "status"),
                                   ("position", same_position, "detail")):
        items = [r for r in records if r.get("kind") == kind]
        for group in _groups(items, same, lambda r: r, complete=kind in ("event", "talks")):
            values = _value_rows([(r.get(field_name), r, None) for r in group])
            if kind == "event":
                days = [r.get("date") for r in group if r.get("date")]
                agree = all(_close_days(x, y) for x in days for y in days)
            elif kind == "talks":
                # A proposal precedes what happens to it; held against cancelled is a real conflict.
                agree = len({r.get("status") for r in group} - {"proposed"}) <= 1
            else:
                agree = True
            facts.append(_fact(story, kind, _label(kind, group[0]), group, values, agree))
    return facts


def _label(kind: str, rec: Rec) -> str:
    if kind == "event":
        return f"{rec.get('type')} by {(rec.get('actor') or {}).get('name') or '?'} on " \
               f"{(rec.get('target') or {}).get('name') or '?'}"
    if kind == "talks":
        return f"talks in {(rec.get('venue') or {}).get('name') or '?'}"
    return f"{(rec.get('party') or {}).get('name')} {rec.get('stance')}s {rec.get('issue')}"


def merge_facts(stories: list[Story], records: Iterable[Rec], article_of: dict[str, str]) -> list[Rec]:
    """Facts of every story; `article_of` maps a record id to its article id."""
    by_article: dict[str, list[Rec]] = defaultdict(list)
    for rec in records:
        by_article[article_of[rec["id"]]].append(rec)
    facts = []
    for story in stories:
        if len(story.articles) > 1:
            facts.extend(merge_story(story, [r for a in story.articles for r in by_article.get(a, [])]))
    return facts

"""What the talks reader (talks.py) and its venue readers (talks_venue.py) both use: the cue lexicon,
the `Talks` record, the state an actor mention names, the token at an offset and the clause of a
trigger. A module of its own so that neither of the two imports the other."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from detente.extract.positions import compile_phrases
from detente.nlp.core import ActorMention, Sentence, TimeMention

STATUS_ORDER = ("denied", "cancelled", "postponed", "proposed", "held")
FORMAT_ORDER = ("indirect", "virtual", "direct")
NEAR = 90          # characters between a trigger and its venue or time
ISO3 = re.compile(r"^[A-Z]{3}$")
# "while in Doha" says where, it does not open a contrasting clause
# "..., and that the two would speak again" reports a second thing said
CLAUSE_BREAK = re.compile(r";|,\s*(?:yet|but|while(?! in\b)|whereas|although)\b"
                           r"|\s(?:yet|but|while(?! in\b))\s|,?\s+and\s+that\s")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    data = json.loads(resources.files("detente.data").joinpath("talks_cues.json").read_text(encoding="utf-8"))
    data["_triggers"] = {k: compile_phrases(v) for k, v in data["triggers"].items()}
    data["_format"] = {k: compile_phrases(data["format"][k]) for k in FORMAT_ORDER}
    data["_status"] = {k: compile_phrases(data["status"][k]) for k in STATUS_ORDER}
    data["_context"] = compile_phrases(data["context_phrases"])
    data["_outcomes"] = {k: compile_phrases(v) for k, v in data["outcomes"].items()}
    data["_round"] = re.compile(
        r"\b(" + "|".join(data["ordinals"]) + r")\s+(?:new\s+)?round\b|\bround\s+(" + "|".join(
            list(data["round_numbers"]) + [r"\d+"]) + r")\b", re.IGNORECASE)
    return data


@dataclass
class Talks:
    sentence: Sentence
    when: TimeMention | None
    venue: dict[str, Any] | None
    parties: list[str]
    own_parties: bool
    mediators: list[str]
    format: str | None
    round: int | None
    status: str
    explicit: bool
    kind: str = "talks"
    delegations: list[dict[str, str]] = field(default_factory=list)
    outcomes: list[dict[str, str]] = field(default_factory=list)
    ahead: bool = False     # told as the next round or meeting: never the one already held
    level: str | None = None    # "leaders" for a meeting of heads, "round" for a numbered or named round


def token_at(sent: Sentence, rel: int) -> Any:
    if sent.span is None:
        return None
    return next((t for t in sent.span if t.idx - sent.start == rel), None)


def journey_of(tok: Any) -> Any:
    """The verb of travel whose purpose the meeting verb is ("flew to Moscow to meet Putin"), or None."""
    if tok.dep_ not in ("advcl", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    head = tok.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in lexicon()["journey_verbs"] else None


def clause_of(text: str, trig: tuple[str, int, int]) -> tuple[int, int]:
    """The clause the trigger stands in, between breaks like '; ' and ', yet' (sentence offsets)."""
    lo, hi = 0, len(text)
    earlier = re.finditer(lexicon()["earlier_round_pattern"], text, re.IGNORECASE)
    breaks = list(CLAUSE_BREAK.finditer(text)) + list(earlier)
    for m in breaks:
        if m.end() <= trig[1]:
            lo = m.end()
        elif m.start() >= trig[2]:
            hi = min(hi, m.start())
    return lo, hi


def state_of(m: ActorMention) -> str | None:
    code = m.actor.country
    if code and ISO3.match(code) and m.actor.sector not in lexicon()["non_party_sectors"]:
        return code
    return None


def government_of(words: str) -> str | None:
    """The state whose government the words name in the actor dictionary ("Russian", "South Korean",
    "Saudi"), or None."""
    from detente.nlp.actors import ActorResolver

    actor = ActorResolver.default().lookup(words)
    if actor is None or not actor.country or not ISO3.match(actor.country) or actor.sector != "GOV":
        return None
    return actor.country


CONTROLLED = frozenset({"xcomp", "advcl", "conj", "acomp"})

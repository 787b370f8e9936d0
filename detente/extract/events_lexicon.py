"""The event vocabulary (detente/data/event_triggers.json), loaded once into plain sets and dicts.

Triggers are data so that a coder can add a verb without touching the syntax rules; this module
only gives the file a typed shape.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

TRIGGERS_FILE = "event_triggers.json"
NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "term", "describe", "cast", "characterize",
                          "characterise", "dismiss", "denounce", "decry", "portray", "paint"})
"""Verbs that name a party or its act by a word: 'called Kyiv a terrorist regime', 'dismissed the
measures as illegal' (an accusation when the word is a pejorative)."""
REFUSAL_VERBS = frozenset({"accept", "recognize", "recognise", "tolerate", "countenance", "allow", "permit"})
"""'will not accept/recognise/tolerate X': a refusal announced now (REJECT), whatever X is."""


@dataclass(frozen=True)
class Trigger:
    """One lemma's reading as an event: PLOVER type, mode, CAMEO code and the limits on when it fires."""

    lemma: str
    type: str
    cameo: str
    mode: str | None = None
    objects: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()
    needs: frozenset[str] = frozenset()
    needs_xcomp: bool = False
    plural: bool = False
    crowd: bool = False
    casualty: str | None = None
    complement: bool = False
    actor_objects: bool = False
    """The `objects` limit is also met by a person, state or organisation ('hosted Zelensky')."""
    first_person: bool = False
    """Fires only with 'we' or 'I' as subject: '"We need more air defence"' appeals in the needy
    party's own voice; 'Kyiv needs arms', told by a reporter or an analyst, is a view of it."""
    readings: tuple[tuple[str, str, str], ...] = ()
    """(lemma, type, cameo): a noun read otherwise when this verb makes it happen ('lodged a protest'),
    a verb read otherwise on this object ('lifted the curfew' concedes, 'lifted sanctions' retreats)."""


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Trigger]
    phrasal: dict[tuple[str, str], Trigger]
    nouns: dict[str, Trigger]
    light_verbs: frozenset[str]
    realising_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    commit_verbs: frozenset[str]
    threat_verbs: frozenset[str]
    retaliation: frozenset[str]
    absorbing_verbs: frozenset[str]
    hedge_aux: frozenset[str]
    future_aux: frozenset[str]
    conditional_marks: frozenset[str]
    negators: frozenset[str]
    fail_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    group_nouns: frozenset[str]
    casualty_nouns: dict[str, str]
    modes: dict[str, frozenset[str]]
    cooperative: frozenset[str]
    hostile: frozenset[str]
    cameo_roots: dict[str, str]
    pejoratives: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    demand_nouns: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    promise_verbs: frozenset[str] = frozenset()
    readiness_words: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()
    """Commitments that are cooperative whatever they promise ('promised to hold elections')."""
    sequel_openers: tuple[str, ...] = ()
    """Sentence openings that tell the next event, not the last one again ('Shortly after, ...')."""
    sequel_words: frozenset[str] = frozenset()
    """Words that make an act another one ('struck again', 'another strike')."""

    @property
    def trigger_lemmas(self) -> frozenset[str]:
        """Every lemma that can start an event: the cheap prefilter for a sentence."""
        heads = {verb for verb, _ in self.phrasal}
        lemmas = frozenset(self.verbs) | frozenset(self.nouns) | heads | self.commit_verbs | self.threat_verbs
        spoken = self.speech_verbs | self.readiness_words | self.wish_verbs | NAMING_VERBS | REFUSAL_VERBS
        return lemmas | spoken


def _trigger(lemma: str, spec: dict[str, Any], roots: dict[str, str]) -> Trigger:
    kind = spec["type"]
    return Trigger(
        lemma=lemma,
        type=kind,
        cameo=spec.get("cameo", roots[kind]),
        mode=spec.get("mode"),
        objects=frozenset(spec.get("objects", ())),
        exclude=frozenset(spec.get("exclude", ())),
        needs=frozenset(spec.get("needs", ())),
        needs_xcomp=bool(spec.get("needs_xcomp", False)),
        plural=bool(spec.get("plural", False)),
        crowd=bool(spec.get("crowd", False)),
        casualty=spec.get("casualty"),
        complement=bool(spec.get("complement", False)),
        actor_objects=bool(spec.get("actor_objects", False)),
        first_person=bool(spec.get("first_person", False)),
        readings=tuple((word, *reading.split()) for word, reading in spec.get("readings", {}).items()),
    )


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    roots = data["cameo_roots"]
    sets = {key: frozenset(data.get(key, ())) for key in (
        "light_verbs", "realising_verbs", "occurrence_verbs", "intent_verbs", "threat_verbs",
        "absorbing_verbs", "hedge_aux", "future_aux", "conditional_marks", "negators", "fail_verbs",
        "crowd_nouns", "group_nouns", "attempt_verbs", "demand_nouns", "speech_verbs",
        "promise_verbs", "readiness_words", "wish_verbs")}
    pejoratives = frozenset(data.get("pejoratives", ()))
    return Lexicon(
        verbs={k: _trigger(k, v, roots) for k, v in data["verbs"].items()},
        phrasal={tuple(k.split()): _trigger(k, v, roots) for k, v in data["phrasal"].items()},  # type: ignore[misc]
        nouns={k: _trigger(k, v, roots) for k, v in data["nouns"].items()},
        commit_verbs=frozenset(data["commit_verbs"]),
        retaliation=frozenset(data["retaliation_lemmas"]),
        casualty_nouns=dict(data["casualty_nouns"]),
        modes={k: frozenset(v) for k, v in data["modes"].items()},
        cooperative=frozenset(data["cooperative_types"]),
        hostile=frozenset(data["hostile_types"]),
        cameo_roots=dict(roots),
        pejoratives=pejoratives,
        sequel_openers=tuple(data.get("sequel_openers", ())),
        sequel_words=frozenset(data.get("sequel_words", ())),
        **sets,
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged trigger vocabulary."""
    text = resources.files("detente.data").joinpath(TRIGGERS_FILE).read_text(encoding="utf-8")
    return parse_lexicon(json.loads(text))

"""Positions read from constructions rather than from one cue word.

Each reading here is a way English states a stance without a plain "X demands/offers/accepts/
rejects Y" cue, driven by the parse:

- a bargain stated as a condition: "Washington would lift sanctions if Moscow agreed to a truce"
  offers what the main clause does (the 'if' clause is already read as the holder's demand);
- a thing made to depend on another: "Moscow conditioned any deal on the lifting of sanctions",
  "Kyiv made talks contingent on a ceasefire": what it depends on is the subject's demand;
- a request with a 'for' object: "Kyiv asked its partners for air defence", "pressed Berlin for
  missiles": the 'for' object is the subject's demand;
- a verbless slogan in quotation marks: '"No territorial concessions," the minister said': the
  speaker rejects what follows the "No";
- a passive with its agent: "A truce was rejected by Moscow", "the plan proposed by Ankara": the
  agent holds the stance on the passive's subject;
- a proposal that another party act: "Trump suggested that Ukraine cede the Donbas" is a demand
  made of that party, not an offer.
"""
from __future__ import annotations

import re
from typing import Any

from detente.extract import positions as base
from detente.extract.common import actor_or_none, make_record
from detente.models import Actor, Record
from detente.nlp.core import Analysis, Sentence

_ASKING = frozenset({"ask", "press", "pressure", "petition", "beg", "implore", "lobby", "push"})
_DEPENDING = frozenset({"condition", "contingent", "conditional", "dependent", "hinge", "predicate"})
_PROMISING_AUX = frozenset({"would", "will", "'ll", "could", "'d"})


def _record(analysis: Analysis, sent: Sentence, party: Actor, stance: str, text: str,
            precondition: bool = False) -> list[Record]:
    return [make_record("position", analysis, sent, {
        "party": actor_or_none(party), "issue": issue, "stance": stance, "detail": detail,
        "precondition": precondition}) for issue, detail in base.issue_items(text)]


def _subject_actor(sent: Sentence, verb: Any) -> Actor | None:
    """The actor named by the verb's subject, a pronoun resolved the way positions.py does."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    mention = base._subject_mention(sent, subjects[0])
    if mention is not None:
        return mention.actor
    word = subjects[0].lower_
    if word in base._PRONOUNS_SPEAKER | base._PRONOUNS_OTHER:
        return base._resolve_pronoun(sent, word, subjects[0].idx)
    return base._lookup(subjects[0])


def _text_of(sent: Sentence, tokens: list[Any]) -> str:
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def conditional_offer(analysis: Analysis, sent: Sentence, if_verb: Any, holder: Actor) -> list[Record]:
    """'Washington would lift some sanctions if Moscow agreed to a ceasefire': the main clause's
    act, promised ('would', 'will', 'could') in return, is the condition-setter's offer."""
    main = if_verb.head
    if main.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in main.children):
        return []
    if not any(c.dep_ == "aux" and c.lower_ in _PROMISING_AUX for c in main.children):
        return []
    skip = {t.i for t in if_verb.subtree}
    subjects = {t.i for c in main.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    words = [t for t in main.subtree if t.i not in skip and t.i not in subjects and t.i >= main.i]
    return _record(analysis, sent, holder, "offer", _text_of(sent, words))


def _depends_on(tok: Any) -> Any:
    """The 'on'/'upon' phrase of a verb or adjective of dependence ('conditioned X on Y')."""
    if tok.lemma_.lower() not in _DEPENDING:
        return None
    holders = [tok, tok.head] if tok.dep_ in ("dobj", "ccomp", "oprd", "acomp", "xcomp") else [tok]
    return next((c for h in holders for c in h.children              # 'made X contingent | on Y'
                 if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)


def conditioned_on(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Moscow has conditioned any deal on the lifting of sanctions', 'Kyiv made any meeting
    contingent on a ceasefire', 'Russia's support hinges on...' (no party: skipped)."""
    out: list[Record] = []
    for tok in sent.span or []:
        prep = _depends_on(tok)
        if prep is None:
            continue
        verb = tok if tok.pos_ == "VERB" else tok.head
        if base._hypothetical_verb(verb):
            continue
        party = _subject_actor(sent, verb)
        if not base._valid_party(party) or party is None:
            continue
        out += _record(analysis, sent, party, "demand", _text_of(sent, list(prep.subtree)[1:]), True)
    return out


def asked_for(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Kyiv asked its partners for more air defence': a verb of asking with an object and a
    'for' phrase; what is asked for is the subject's demand."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.pos_ == "VERB" and t.lemma_.lower() in _ASKING):
        if not any(c.dep_ == "dobj" for c in verb.children) or base._hypothetical_verb(verb):
            continue
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
        party = _subject_actor(sent, verb)
        if not preps or party is None or not base._valid_party(party):
            continue
        out += _record(analysis, sent, party, "demand", _text_of(sent, list(preps[0].subtree)[1:]))
    return out


_SLOGAN = re.compile(r"^\s*[\"\u201c\u2018']\s*No\s+(?P<what>[^\"\u201d,.;!?]{3,80})"
                     r"[,.!]?\s*[\"\u201d\u2019']", re.IGNORECASE)


def no_slogan(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'"No territorial concessions," the president said': a quoted verbless 'No X' is the
    speaker's refusal of X (a clause with a verb, '"No one wants war"', is not)."""
    match = _SLOGAN.match(sent.text)
    speaker = sent.attribution.speaker if sent.attribution is not None else None
    if match is None or speaker is None or not base._valid_party(speaker) or sent.span is None:
        return []
    start, end = sent.start + match.start("what"), sent.start + match.end("what")
    if any(t.pos_ in ("VERB", "AUX") for t in sent.span if start <= t.idx < end):
        return []
    return _record(analysis, sent, speaker, "reject", match.group("what"))


_FLIPPED = {"accept": "reject", "offer": "reject"}
_UNSTATED = frozenset({"if", "whether", "unless", "might", "could", "may"})


def _passive_stance(verb: Any) -> str | None:
    """The stance a passive participle states ('rejected', 'turned down'), negation applied."""
    particle = " ".join(c.text for c in verb.children if c.dep_ == "prt")
    stance = base._cue_stance(f"{verb.text} {particle}".strip()) or base._cue_stance(verb.text)
    if stance not in ("demand", "offer", "accept", "reject"):
        return None
    if any(c.lower_ in _UNSTATED for c in verb.children if c.dep_ in ("mark", "aux")):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return _FLIPPED.get(stance or "")
    return stance


def _agent(sent: Sentence, verb: Any) -> Actor | None:
    for by in (c for c in verb.children if c.dep_ == "agent"):
        for obj in (c for c in by.children if c.dep_ == "pobj"):
            mention = base._subject_mention(sent, obj)
            actor = mention.actor if mention is not None else base._lookup(obj)
            if base._valid_party(actor):
                return actor
    return None


def passive_agent(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'A 30-day truce was rejected by Moscow', 'the ceasefire proposed by Ankara': the agent's
    stance on the passive subject (or on the noun the participle modifies)."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.tag_ == "VBN"):
        stance = _passive_stance(verb)
        party = _agent(sent, verb) if stance else None
        if party is None or stance is None:
            continue
        if verb.dep_ == "acl":
            inner = {t.i for t in verb.subtree}
            thing = [t for t in verb.head.subtree if t.i not in inner]
        else:
            thing = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
        out += _record(analysis, sent, party, stance, _text_of(sent, thing))
    return out


_PROPOSING = frozenset({"suggest", "propose", "recommend"})


def proposes_for_other(sent: Sentence, verb: Any, party: Actor | None) -> bool:
    """'Trump suggested that Ukraine cede the Donbas': a proposal whose that-clause has another
    party act is a demand made of that party."""
    if verb is None or party is None or verb.lemma_.lower() not in _PROPOSING:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            mention = base._subject_mention(sent, subject)
            other = mention.actor if mention is not None else base._lookup(subject)
            if other is not None and other.country and other.country != party.country:
                return True
    return False


def readings(analysis: Analysis, sent: Sentence) -> list[Record]:
    """Every construction reading of this module for one sentence."""
    return (conditioned_on(analysis, sent) + asked_for(analysis, sent) + no_slogan(analysis, sent)
            + passive_agent(analysis, sent))

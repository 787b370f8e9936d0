"""What an event sentence borrows from the sentence before it in the same paragraph.

News tells one event over several sentences: "Ukraine launched drones at four airbases. They hit
bombers parked on the runway." The second sentence names no one; a reader takes the actor from the
first. Likewise "On May 5 ... . The next day ..." dates the second sentence from the first. These
rules are narrow on purpose (precision first): only within a paragraph, an actor only from the sentence
just before, a date only from the paragraph's last dated sentence, never across a change of speaker or
into a quotation, and only for the same kind of event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from detente.extract import events_syntax as syn
from detente.extract.events_lexicon import Lexicon
from detente.extract.events_roles import region
from detente.extract.events_triggers import Candidate
from detente.models import Actor, Record
from detente.nlp.core import Sentence, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Token

PROPOSING = frozenset({"propose", "offer", "suggest", "table", "float", "submit"})
TOLD_THINGS = {"decision": "decision", "decide": "decision", "plan": "plan", "loan": "loan",
               "allegation": "allegation", "allege": "allegation", "accuse": "allegation",
               "accusation": "allegation", "charge": "allegation"}
"""Things a later sentence names bare ('rejected these allegations', 'to stop the decision'), keyed
from the noun or the verb that first told them ('accusing Eritrea of...', 'deferring the decision')."""


CARRY_TYPES = ("ASSAULT", "COERCE")
AGGRESSION_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")
"""Hostile, material acts: the only events whose actor is carried from the previous sentence."""
PARTNER_TYPES = ("CONSULT", "AGREE")
OPEN_PRONOUNS = ("it", "they")
QUOTE_MARKS = ("“", "”", '"')
ANCHORED = re.compile(r"\b(?:the\s+(?:following|next|same)\s+(?:day|morning|evening|night)|that\s+(?:day|"
                      r"morning|evening|night))\b", re.IGNORECASE)
_PROBES = (date(2003, 2, 14), date(2017, 9, 27))


@dataclass
class Context:
    """The state of the paragraph being read: the previous sentence, its events and the last day named."""

    paragraph: int = -1
    previous: Sentence | None = None
    previous_records: list[Record] = field(default_factory=list)
    last_day: date | None = None
    dated: list[Record] = field(default_factory=list)
    """The events of the last sentence in this paragraph that had its own date."""
    aggressors: list[Actor] = field(default_factory=list)
    """Who carried out the article's attacks so far, in order (kept across paragraphs): a later
    'X condemned the strikes' accuses them."""

    attackers: list[tuple[Actor, str]] = field(default_factory=list)
    adversaries: list[tuple[Actor, str]] = field(default_factory=list)
    """(actor, country acted against) of every event so far with both: whom a later denial answers."""
    sanctioners: list[Actor] = field(default_factory=list)
    """Who imposed the article's sanctions so far, in order: a later 'X dismissed the measures' answers
    them."""
    sanctioned: list[str] = field(default_factory=list)
    """The states the article's sanctions so far were imposed on, in order: a later package with no
    target named ('adopted its 19th package') goes the same way."""
    proposers: list[Actor] = field(default_factory=list)
    givers: list[Actor] = field(default_factory=list)
    """Who the article told giving aid so far, in order: a later 'X said the loan will only bring more
    bloodshed' judges them."""
    """Who put proposals forward so far, in order: a later 'X rejected the offer' answers them."""
    told: list[tuple[str, Actor]] = field(default_factory=list)
    """(thing, whose) of every decision, plan, loan or charge told so far: whom 'the decision' answers."""
    sides: frozenset[str] = frozenset()
    """The two states of the war the article tells, when its two most named states are at war."""
    acts: list[tuple[str, Actor, int]] = field(default_factory=list)
    """(noun, whose, sentence number) of every hostile act told as an owned noun ('Chile's
    offensive', 'the Russian strikes'): whose a later bare 'the offensive, which killed...' is."""
    read: int = 0
    """How many sentences have been read so far (the number of the one being read)."""
    partners: list[tuple[Actor, Actor]] = field(default_factory=list)
    """(actor, target) of every meeting, talk or agreement between two states so far: whom a later
    'the two leaders agreed' stands for."""

    def remember_aggressors(self, records: list[Record]) -> None:
        for record in records:
            actor, target = record.fields["actor"], record.fields["target"]
            if not actor or not actor.get("country"):
                continue
            who = Actor(actor["name"], actor["country"], actor.get("sector"))
            if record.fields["type"] == "SANCTION" and not record.fields.get("negated"):
                self.sanctioners.append(who)
                if target and target.get("country") and target["country"] != who.country:
                    self.sanctioned.append(target["country"])
            if record.fields["type"] == "AID" and not record.fields.get("negated"):
                self.givers.append(who)
            if record.fields["type"] in AGGRESSION_TYPES:
                self.aggressors.append(who)
                if target and target.get("country") and target["country"] != who.country:
                    self.attackers.append((who, target["country"]))
            if target and target.get("country") and target["country"] != who.country:
                self.adversaries.append((who, target["country"]))

    def remember_partners(self, records: list[Record]) -> None:
        """Two states told meeting, talking or agreeing: the pair a later 'both sides' stands for."""
        for record in records:
            actor, target = record.fields["actor"], record.fields["target"]
            if record.fields["type"] not in PARTNER_TYPES or record.fields.get("negated"):
                continue
            if not actor or not target or not actor.get("country") or not target.get("country"):
                continue
            if actor["country"] != target["country"]:
                self.partners.append((Actor(actor["name"], actor["country"], actor.get("sector")),
                                      Actor(target["name"], target["country"], target.get("sector"))))

    def last_partner(self, country: str) -> Actor | None:
        """The state this one was last told meeting, talking or agreeing with."""
        for one, other in reversed(self.partners):
            if country in (one.country, other.country):
                return other if one.country == country else one
        return None

    def last_partners(self) -> tuple[Actor, Actor] | None:
        """The last pair of states the article told meeting, talking or agreeing."""
        return self.partners[-1] if self.partners else None

    def remember_proposers(self, sentence: Sentence) -> None:
        """'Erdogan proposed a truce', 'Kyiv put forward two plans', 'Turkey's offer': who proposed."""
        from detente.extract.events_roles import PROPOSAL_VERBS, actor_at, main_actor

        for tok in sentence.span:
            owner = None
            if syn.is_verb(tok) and (syn.lemma(tok) in PROPOSING or syn.puts_forward(tok)):
                owner = main_actor(tok, sentence)
            elif syn.is_noun(tok) and syn.lemma(tok) in PROPOSAL_VERBS:
                owner = actor_at(next((c for c in tok.children if c.dep_ == "poss"), None), sentence)
            if owner is not None and owner.country:
                self.proposers.append(owner)
            if syn.is_noun(tok) and _hostile_act(tok) and (whose := owner_of_act(tok, sentence)) is not None:
                self.acts.append((syn.lemma(tok), whose, self.read - 1))  # read after `advance`
            thing = TOLD_THINGS.get(syn.lemma(tok))
            if thing is not None and (syn.is_verb(tok) or syn.is_noun(tok)):
                whose = _whose(tok, sentence) or _container_whose(tok, sentence)
                if whose is not None and whose.country:
                    self.told.append((thing, whose))

    def act_owner(self, noun: str) -> Actor | None:
        """Whose act of this name the article told in the last few sentences."""
        return next((who for what, who, at in reversed(self.acts)
                     if what == noun and self.read - at <= ACT_REACH), None)

    def last_told(self, thing: str, country: str) -> Actor | None:
        """Whose was the last such thing the article told, other than this country's. A charge the
        article never told as one ('Caracas dismissed the charge that its troops crossed over') was still
        made by someone: whoever the article last told acting against the one who answers it."""
        told = next((who for what, who in reversed(self.told) if what == thing and who.country != country),
                    None)
        if told is None and thing == "allegation" and not any(what == thing for what, _who in self.told):
            return self.last_adversary(country)
        return told

    def last_proposer(self, country: str) -> Actor | None:
        """The last party the article told proposing something, other than this country."""
        return next((who for who in reversed(self.proposers) if who.country != country), None)

    def last_giver(self, country: str) -> Actor | None:
        """The last party the article told giving aid, other than this country."""
        return next((who for who in reversed(self.givers) if who.country != country), None)

    def last_aggressor(self, accuser: Actor) -> Actor | None:
        """The last party the article told attacking that is not the accuser's own side: another
        state, or in a civil war an armed movement of the accuser's state ('Al-Shabaab detonated a
        bomb ... The minister condemned the attack') and the state it fights."""
        return next((who for who in reversed(self.aggressors) if _other_side(who, accuser)), None)

    def last_sanctioner(self, country: str) -> Actor | None:
        """The last party the article told imposing sanctions, other than this country."""
        return next((who for who in reversed(self.sanctioners) if who.country != country), None)

    def last_sanctioned(self, country: str) -> str | None:
        """The last state the article told sanctioned, other than this one."""
        return next((c for c in reversed(self.sanctioned) if c != country), None)

    def last_attacker(self, country: str) -> Actor | None:
        """The last party the article told attacking this country."""
        return next((who for who, against in reversed(self.attackers) if against == country), None)

    def enemy_of(self, country: str) -> str | None:
        """The other side of the article's war, for a state that is one side of it."""
        if country not in self.sides:
            return None
        return next(iter(self.sides - {country}))

    def last_adversary(self, country: str) -> Actor | None:
        """The last party the article told acting against (attacking, accusing...) this country."""
        return next((who for who, against in reversed(self.adversaries) if against == country), None)

    def advance(self, sentence: Sentence, records: list[Record], own_times: list[TimeMention]) -> None:
        """Move past `sentence`, remembering what the next sentence may borrow from it."""
        days = [t for t in own_times if t.precision == "day"]
        if days:
            self.last_day = date.fromisoformat(days[-1].value)
        if own_times:
            self.dated = records  # a dated sentence with no event lends its date to none
        self.previous, self.previous_records = sentence, records
        self.read += 1

    def enter(self, sentence: Sentence) -> None:
        """Forget everything at a paragraph break."""
        if sentence.paragraph != self.paragraph:
            self.paragraph, self.previous, self.previous_records = sentence.paragraph, None, []
            self.last_day, self.dated = None, []


def _whose(tok: Token, sentence: Sentence) -> Actor | None:
    """Who a decision, plan, loan or charge is told of: the doer of the verb that tells it ('accused'),
    the owner named on the noun ('Ethiopia's allegations'), or the doer of the verb acting on it ('EU
    leaders deferred the decision')."""
    from detente.extract.events_roles import actor_at, main_actor

    if syn.is_verb(tok):
        return main_actor(tok, sentence)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None:
        return actor_at(owner, sentence)
    # only a thing acted on ('deferred the decision'): one merely talked of ('said the plan was unfair')
    # is not the speaker's
    return main_actor(tok.head, sentence) if tok.dep_ in ("dobj", "obj") and syn.is_verb(tok.head) else None


CONTAINER_DEPS = frozenset({"pobj", "prep", "acl", "relcl", "xcomp", "dobj", "advcl", "compound"})
"""The links from a noun up to the thing it is part of ('a plan to use the assets as collateral for a
loan'); a subject or a new clause ('said that ...') starts another thing."""


def _container_whose(tok: Token, sentence: Sentence) -> Actor | None:
    """A thing told inside another told thing ('a plan to use frozen assets as collateral for a loan')
    is the outer thing's: whoever the plan is told of, the loan it is for is theirs too."""
    if not syn.is_noun(tok):
        return None
    inner = tok
    for outer in tok.ancestors:
        if inner.dep_ not in CONTAINER_DEPS:
            return None
        if TOLD_THINGS.get(syn.lemma(outer)) is not None and syn.is_noun(outer):
            return _whose(outer, sentence)
        inner = outer
    return None


ROUNDS = frozenset({"round", "dialogue"})
"""Besides the lexicon's meeting nouns, words a report uses for one more sitting: 'the next round'."""


def proposed_meeting_partner(cand: Candidate, actor: Actor | None, lex: Lexicon,
                             ctx: Context | None) -> Actor | None:
    """'Baku suggested holding the next round', 'Yerevan proposed a summit of the two leaders':
    a party proposing a meeting with no one named proposes it to the state the article last told it
    meeting or agreeing with (a further sitting of the same talks)."""
    if ctx is None or actor is None or not actor.country or cand.negated or cand.role != "verb":
        return None
    if cand.type not in ("AGREE", "REQUEST"):
        return None
    verb = cand.inner or cand.token
    if syn.lemma(verb) not in PROPOSING:
        return None
    done = [c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"]  # 'holding'
    things = [*syn.direct_objects(verb), *(o for d in done for o in syn.direct_objects(d))]
    if not any(_meeting(t, lex) for t in things):
        return None
    return ctx.last_partner(actor.country)


def _meeting(thing: Token, lex: Lexicon) -> bool:
    kind = lex.nouns.get(syn.lemma(thing))
    return syn.lemma(thing) in ROUNDS or (kind is not None and kind.type == "CONSULT")


def _other_side(who: Actor, of: Actor) -> bool:
    """Two parties on different sides: of different states, or one an armed movement fighting the
    other's (its own) state."""
    from detente.extract.events_roles import insurgent

    if not who.country or not of.country:
        return False
    return who.country != of.country or insurgent(who) != insurgent(of)


def _speaker(sentence: Sentence) -> str | None:
    attribution = sentence.attribution
    return attribution.speaker.name if attribution is not None and attribution.speaker else None


def same_voice(sentence: Sentence, previous: Sentence) -> bool:
    """Neither sentence quotes anyone, and both are told by the same voice."""
    if any(mark in s.text for s in (sentence, previous) for mark in QUOTE_MARKS):
        return False
    return _speaker(sentence) == _speaker(previous)


def open_subject(cand: Candidate, sentence: Sentence) -> bool:
    """The event's clause names no actor and its subject is a pronoun (it/they) or a common noun phrase
    ('the drones', 'the rest')."""
    start, end = region(cand)
    if any(start <= m.start < end and m.how != "pronoun" for m in sentence.actors):
        return False  # the clause names someone; an actor elsewhere in the sentence acts elsewhere
    if cand.role != "verb":
        return cand.token.dep_ in ("nsubj", "nsubjpass") or syn.subject_of(cand.anchor)[0] is not None
    subject, passive = syn.subject_of(cand.anchor)
    if subject is None or passive:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in OPEN_PRONOUNS
    return subject.pos_ == "NOUN"


ACT_REACH = 4
"""How many sentences back a bare 'the offensive' looks for the owned one it retells."""
OWNER_DEPS = ("poss", "amod", "compound", "nmod")
"""The words before an act noun that name whose act it is ("Serbia's strikes", "Chinese raids")."""


def _hostile_act(tok: Token) -> bool:
    from detente.extract.events_lexicon import load_lexicon

    lex = load_lexicon()
    kind = lex.nouns.get(syn.lemma(tok))
    return kind is not None and kind.type in CARRY_TYPES


def owner_of_act(act: Token, sentence: Sentence) -> Actor | None:
    """The state or group an act noun's possessive or demonym names ('Serbia's strikes', 'Chinese raids')."""
    from detente.extract.events_roles import actor_at

    return next((found for c in act.children if c.dep_ in OWNER_DEPS and c.i < act.i
                 and (found := actor_at(c, sentence)) is not None and found.country), None)


def retold_act(cand: Candidate, ctx: Context | None) -> dict[str, Any] | None:
    """'Chile's offensive of 4 March ... The two-week offensive, which aid groups say wounded
    40': an act told again by its bare noun, 'the' and no owner, as what did the deed (the subject,
    or what a relative clause hangs on) is the one told a few sentences before, and so is its doer."""
    from detente.extract.events_roles import antecedent_act, relative_clause

    if ctx is None or cand.type not in CARRY_TYPES or cand.negated:
        return None
    act, passive = (cand.token, False) if cand.role != "verb" else syn.subject_of(cand.anchor)
    relative = act is not None and act.lower_ in RELATIVES
    if cand.role == "verb" and (relative or relative_clause(cand.anchor) not in (None, cand.anchor)):
        act = antecedent_act(cand.anchor)  # 'the offensive, which (officials say) wounded 40'
    if act is None or passive or not syn.is_noun(act) or act.left_edge.lower_ != "the":
        return None
    if any(c.dep_ in OWNER_DEPS and c.pos_ in ("PROPN", "PRON") for c in act.children):
        return None  # 'the Chilean offensive', 'its offensive' name their own owner
    owner = ctx.act_owner(syn.lemma(act))
    return {"name": owner.name, "country": owner.country, "sector": owner.sector} if owner else None


RELATIVES = ("which", "that")


def carried_actor(cand: Candidate, sentence: Sentence, ctx: Context | None) -> dict[str, Any] | None:
    """The actor of the same kind of act in the sentence just before, when this one names nobody; or
    of an act told again by its bare noun (`retold_act`)."""
    retold = retold_act(cand, ctx)
    if retold is not None:
        return retold
    if ctx is None or ctx.previous is None or cand.type not in CARRY_TYPES or cand.negated:
        return None
    if not same_voice(sentence, ctx.previous) or not open_subject(cand, sentence):
        return None
    actors = {r.fields["actor"]["name"]: r.fields["actor"] for r in ctx.previous_records
              if r.fields["type"] == cand.type and not r.fields["negated"] and r.fields["actor"]}
    return next(iter(actors.values())) if len(actors) == 1 else None


def sentence_times(sentence: Sentence, ctx: Context | None) -> list[TimeMention]:
    """The sentence's time expressions, with 'the following day', 'that day' counted from the last day
    named earlier in the paragraph rather than from the publication date."""
    if ctx is None or ctx.last_day is None or not ANCHORED.search(sentence.text):
        return sentence.times
    from detente.nlp.dates import find_times

    first, second = (find_times(sentence.text, sentence.start, probe, anchor=ctx.last_day)
                     for probe in _PROBES)
    fixed = {(t.start, t.value) for t in second}
    anchored = {t.start: t for t in first if (t.start, t.value) in fixed and ANCHORED.search(t.text)}
    if not anchored:
        return sentence.times
    kept = [t for t in sentence.times if t.start not in anchored]
    return sorted([*kept, *anchored.values()], key=lambda t: t.start)


def is_sequel(sentence: Sentence, lex: Lexicon) -> bool:
    """The sentence tells a further act ('Shortly after, ...', 'struck again', 'another strike'): its
    events are not retellings of earlier ones."""
    opening = sentence.text.lstrip("—–-•* “\"").lower()
    openers = lex.sequel_openers
    if any(opening.startswith(cue) and not opening[len(cue):len(cue) + 1].isalnum() for cue in openers):
        return True
    if sentence.span is None:
        return False
    triggers = lex.trigger_lemmas
    return any(tok.lower_ in lex.sequel_words and (tok.pos_ == "ADV" or tok.head.lemma_.lower() in triggers)
               for tok in sentence.span)


def carried_date(record: Record, sentence: Sentence, ctx: Context | None) -> tuple[str, str] | None:
    """The date of the last dated sentence of the paragraph, when it told the same kind of event in the
    same voice (a quotation may be about another day)."""
    if ctx is None or record.date is not None or sentence.times or not ctx.dated:
        return None
    if ctx.previous is None or not same_voice(sentence, ctx.previous):
        return None
    kin = [r for r in ctx.dated if r.date and r.fields["type"] == record.fields["type"]
           and r.fields["negated"] == record.fields["negated"]]
    dates = {(r.date, r.date_precision) for r in kin}
    return next(iter(dates)) if len(dates) == 1 else None


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                          r"overnight|tonight|this morning|this afternoon|this evening)\b", re.IGNORECASE)


ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def reference_day(analysis_sentences: list[Sentence], published: str | None,
                  title: str | None = None) -> date | None:
    """The day the story is told from: the publication day, else a dateline's day (an ISO date on the
    headline line, or a day named at the very start of the first lines)."""
    stamped = ISO_DAY.search(title or "")
    for value in (published, stamped.group(1) if stamped else None):
        try:
            if value:
                return date.fromisoformat(value[:10])
        except ValueError:
            continue
    for sentence in analysis_sentences[:2]:
        days = [t for t in sentence.times if t.precision == "day" and t.start - sentence.start < 40]
        if days:
            return date.fromisoformat(days[0].value)
    return None


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
MONTH_DAY = re.compile(rf"\b(?:{_MONTH}\s+(\d{{1,2}})|(\d{{1,2}})\s+{_MONTH})\b(?!,?\s*\d{{4}})",
                       re.IGNORECASE)


def _month_day(text: str, reference: date) -> str | None:
    """'on June 24', 'On 18 February' with no year: the latest such day not after the story's day."""
    found = MONTH_DAY.search(text)
    if found is None:
        return None
    month = (found.group(1) or found.group(4)).lower()
    day = int(found.group(2) or found.group(3))
    for year in (reference.year, reference.year - 1):
        try:
            candidate = date(year, MONTHS.index(month) + 1, day)
        except ValueError:
            return None
        if candidate <= reference + timedelta(days=1):
            return candidate.isoformat()
    return None


def relative_day(sentence: Sentence, reference: date | None) -> str | None:
    """'Moscow on Wednesday accused...' in a sentence whose time finder returned nothing: the last such
    weekday up to the story's day; 'today'/'overnight' the story's day, 'yesterday' the day before."""
    if reference is None or sentence.times:
        return None
    dated = _month_day(sentence.text, reference)
    if dated is not None:
        return dated
    found = RELATIVE_DAY.search(sentence.text)
    if found is None:
        return None
    word = found.group(1).lower()
    if word in WEEKDAYS:
        back = (reference.weekday() - WEEKDAYS.index(word)) % 7
        return (reference - timedelta(days=back)).isoformat()
    return (reference - timedelta(days=1 if word == "yesterday" else 0)).isoformat()


WARS = tuple(frozenset(pair) for pair in (("RUS", "UKR"), ("ISR", "PSE"), ("IND", "PAK"), ("ARM", "AZE"),
                                          ("THA", "KHM"), ("COD", "RWA"), ("ISR", "LBN"), ("ISR", "IRN")))
"""Pairs of states at war or in armed clashes (armed groups count for the country they fight in, so
Hamas is PSE and M23 is COD): in an article that names both sides again and again, an unattributed attack
on one side is the other's (the reading 'Kyiv was hit by missiles overnight' asks of a reader)."""
WAR_MENTIONS = 2


def war_sides(actors: list[Any]) -> frozenset[str]:
    """The war the article tells: a pair at war whose both sides it names more than once."""
    from collections import Counter

    topic = Counter(m.actor.country for m in actors if m.actor.country)
    return next((war for war in WARS if all(topic[c] >= WAR_MENTIONS for c in war)), frozenset())


MODALS = ("will", "would", "could", "may", "might", "should", "shall", "must", "can")


def tells_news(sentence: Sentence) -> bool:
    """A sentence in the tense of news ('X approved', 'X has approved', 'X says') reports the story's
    own day; a pluperfect ('had backed') steps back into background and a modal ('will meet') ahead."""
    if sentence.span is None:
        return False
    root = sentence.span.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS or (a.lemma_ == "have" and a.tag_ == "VBD") for a in auxes):
        return False
    if root.tag_ == "VBN":
        return any(a.lemma_ == "have" for a in auxes)
    return root.tag_ in ("VBD", "VBZ", "VBP")


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from detente.nlp.places import geonames_countries

    return frozenset(c["name"] for c in geonames_countries())


def places_agree(a: dict[str, Any] | None, b: dict[str, Any] | None, broad: bool = False) -> bool:
    """Two tellings' places fit one event: either is unsaid, they are the same, or (when `broad`) one
    is the country the other lies in ('across Russia' and 'in Siberia')."""
    if a is None or b is None or a["name"] == b["name"]:
        return True
    if not broad:
        return False
    countries = _country_names()
    return any(x["name"] in countries and x["country"] is not None and x["country"] == y["country"]
               for x, y in ((a, b), (b, a)))

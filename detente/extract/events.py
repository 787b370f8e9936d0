"""PLOVER events from analysed sentences: `find_events(analysis) -> list[Record]` (kind "event").

Precision first: an event is emitted only when a trigger fires in a clause that says the event
happened (not hedged, conditional, demanded or denied), and someone or something takes part.
Threats and vows are THREATEN; future cooperation is AGREE; "neither side agreed" is AGREE with
negated true. Sentences without any trigger lemma are skipped before any parse walking.
An event told in the tense of news with no day of its own takes the story's day; in an article about a
war whose both sides it names, an attack with no attacker (or no target) named is read as between them.
The vocabulary lives in detente/data/event_triggers.json.
"""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from detente.extract import events_syntax as syn
from detente.extract import sides
from detente.extract.common import actor_or_none, make_record
from detente.extract.events_context import (
    TOLD_THINGS,
    Context,
    carried_actor,
    carried_date,
    is_sequel,
    owner_of_act,
    places_agree,
    proposed_meeting_partner,
    reference_day,
    relative_day,
    sentence_times,
    war_sides,
)
from detente.extract.events_identity import (
    another_charge,
    another_object,
    lend_sides,
    names_a_party,
    tells_further,
)
from detente.extract.events_joint import joint_subject, political_pair
from detente.extract.events_lexicon import Lexicon, load_lexicon
from detente.extract.events_pairs import both_ways
from detente.extract.events_refusal import PACTS, pact_not_reached, refuses_pact
from detente.extract.events_roles import (
    ANSWER_TYPES,
    HANDOVER_MODES,
    PROPOSAL_VERBS,
    accused_party,
    actor_at,
    antecedent_act,
    condemned_acts,
    counts,
    downed_owner,
    downed_salvo,
    home_rival,
    insurgent,
    location,
    pair_roles,
    participants,
    proposal_author,
    region,
    state_actor,
)
from detente.extract.events_sense import describes_people, refused
from detente.extract.events_triggers import (
    DEED_NOUNS,
    ORDERED_SHUT,
    Candidate,
    find_candidates,
    harms,
    told_act,
    trigger_type,
)
from detente.extract.quotes import quotation_speaker
from detente.learn.decisions import decide, settle
from detente.learn.events import learned_events
from detente.models import Actor, Record
from detente.nlp.actors_dictionary import default_dictionary
from detente.nlp.core import Analysis, PlaceMention, Sentence, TimeMention
from detente.nlp.datelines import dateline_country

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_ACTS = ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE")
FIRST_PERSON = ("i", "we")
SAYING = ("say", "tell", "add", "state", "declare", "write", "insist", "stress", "tweet")
DENIALS = ("deny", "refute", "rebut", "dismiss")
MODE_ORDER = ("aerial", "explosives", "heavy-weapons", "firearms", "abduct", "assassinate")

__all__ = ["find_events", "sentence_events", "has_trigger"]


def has_trigger(sentence: Sentence, lex: Lexicon | None = None) -> bool:
    """Cheap prefilter: does any token's lemma start an event?"""
    lex = lex or load_lexicon()
    if sentence.span is None:
        return False
    lemmas = lex.trigger_lemmas
    return any(tok.lemma_.lower() in lemmas for tok in sentence.span)


def find_events(analysis: Analysis) -> list[Record]:
    """Every distinct event the article's sentences report, one record each."""
    lex = load_lexicon()
    records: list[Record] = []
    ctx = Context(sides=war_sides(analysis.actors))
    where: dict[int, int] = {}  # record -> paragraph of its first telling
    story_day = reference_day(analysis.sentences, analysis.article.published, analysis.article.title)
    for sentence in analysis.sentences:
        ctx.enter(sentence)
        found: list[Record] = []
        if not sentence.text.rstrip().endswith("?") and has_trigger(sentence, lex):
            found = sentence_events(analysis, sentence, lex, ctx)
        if not found:  # issue 10: the trained classifier, where no rule made an event (setting learned_model)
            found = learned_events(analysis, sentence, lex, ctx, _record)
        found = decide(analysis, sentence, lex, ctx, _record, found)  # setting learned_decisions
        _date_relative(found, sentence, story_day, analysis.article.id)
        sequel = bool(found) and is_sequel(sentence, lex)
        further = bool(found) and tells_further(sentence, lex)
        for record in found:
            near = [r for r in records if where[id(r)] == sentence.paragraph or _shares(r, record)]
            earlier = next((r for r in near if same_event(r, record)
                            and not another_charge(r, record, analysis, lex)
                            and not another_object(r, record, analysis, lex)), None)
            if earlier is not None and further and names_a_party(record):
                lend_sides(earlier, record, analysis.article.id, record.fields["type"] in SPEECH_ACTS)
                earlier = None
            elif sequel and record.fields["type"] in lex.hostile:
                earlier = None
            if earlier is None:
                records.append(record)
                where[id(record)] = sentence.paragraph
            else:
                _merge_into(earlier, record, analysis.article.id)
        ctx.advance(sentence, found, sentence_times(sentence, ctx))
        ctx.remember_aggressors(found)
        ctx.remember_partners(found)
        if sentence.span is not None:
            ctx.remember_proposers(sentence)
    return settle(records)  # undated events are dated by extract.common.date_undated (date_basis)


def _date_relative(records: list[Record], sentence: Sentence, story_day: date | None,
                   article_id: str) -> None:
    """Date by a weekday, 'today' or 'overnight' the time finder left unresolved (no reference day)."""
    day = relative_day(sentence, story_day) if records else None
    for record in records:
        if record.date is None and day is not None:
            record.date, record.date_precision = day, "day"
            record.assign_id(article_id)


def _shares(a: Record, b: Record) -> bool:
    """Far apart (different paragraphs), a later telling that names a party is the same event only if
    it names one the first telling names too; a nameless retelling ('the strikes hit four airbases')
    may still join it."""
    fa, fb = a.fields, b.fields
    if fb["actor"] is None and fb["target"] is None:
        return True
    named = [(fa[k], fb[k]) for k in ("actor", "target") if fa[k] is not None and fb[k] is not None]
    return any(_name(x) == _name(y) for x, y in named)


def same_event(a: Record, b: Record, same_sentence: bool = False) -> bool:
    """Two tellings of one event: same type and polarity, and nothing that differs where both say it."""
    fa, fb = a.fields, b.fields
    if a.evidence == b.evidence and not same_sentence:
        return False
    if (fa["type"], fa["negated"]) != (fb["type"], fb["negated"]):
        return False
    pairs = [(fa["mode"], fb["mode"]), (a.date, b.date), (_name(fa["actor"]), _name(fb["actor"])),
             (_name(fa["target"]), _name(fb["target"]))]
    if not all(x is None or y is None or x == y for x, y in pairs):
        return False
    # A later telling that adds no figures may name the country where the first named the town.
    return places_agree(fa["location"], fb["location"], broad=not fb["counts"])


def sentence_events(analysis: Analysis, sentence: Sentence, lex: Lexicon | None = None,
                    ctx: Context | None = None) -> list[Record]:
    """The events of one sentence; `ctx` (the paragraph so far) may lend an actor or a date."""
    lex = lex or load_lexicon()
    if sentence.span is None:
        return []
    out: list[tuple[Candidate, Record]] = []
    keys: set[tuple] = set()
    for cand in merge_candidates(find_candidates(sentence.span, lex), lex):
        record = _record(analysis, sentence, cand, lex, ctx)
        if record is None:
            continue
        dated = carried_date(record, sentence, ctx)
        if dated is not None and not is_sequel(sentence, lex):
            record.date, record.date_precision = dated
            record.assign_id(analysis.article.id)
        key = (*_identity(record), *_telling(cand))
        host = next((r for c, r in out if _means_of(cand, record, c, r)), None)
        if host is not None:
            _merge_into(host, record, analysis.article.id)
        elif key not in keys:
            keys.add(key)
            out.append((cand, record))
    records = [twin for c, r in out for twin in both_ways(c, r, sentence, analysis.article.id)]
    records += [pact_not_reached(r, analysis.article.id) for c, r in out if refuses_pact(c)]
    return _fold_vaguer(records, analysis.article.id)


def _telling(cand: Candidate) -> tuple[str | None, ...]:
    """What tells two same-looking events of one sentence apart: the trigger and its object; but
    'expressed anger at X, accusing him of...' is one accusation however many words voice it."""
    return () if cand.type == "ACCUSE" else (cand.trigger.lemma, _object_lemma(cand))


def _fold_vaguer(records: list[Record], article_id: str) -> list[Record]:
    kept: list[Record] = []
    for record in records:
        host = next((r for r in records if r is not record and _vaguer(record, r)), None)
        host = host or next((r for r in kept if _retold(record, r) or _one_charge(record, r)), None)
        if host is None:
            kept.append(record)
        else:
            _merge_into(host, record, article_id)
    return kept


def _retold(record: Record, other: Record) -> bool:
    """'made advances against Russian troops ... the city Ukrainian troops fought for': one sentence
    naming the same two sides in the same kind of act twice tells one event (unless a figure, a mode
    or a place sets the two apart)."""
    f, g = record.fields, other.fields
    named = all(f[k] is not None and g[k] is not None and _name(f[k]) == _name(g[k])
                for k in ("actor", "target"))
    return named and same_event(other, record, same_sentence=True)


def _one_charge(record: Record, other: Record) -> bool:
    """'condemned the attack, which he said showed Putin was not serious about peace': one speaker's
    charges against one state in one sentence are one accusation, whether they name the state or
    its leader."""
    f, g = record.fields, other.fields
    if f["type"] != "ACCUSE" or g["type"] != "ACCUSE" or f["negated"] or g["negated"]:
        return False
    if f["actor"] is None or g["actor"] is None or f["actor"].get("name") != g["actor"].get("name"):
        return False
    country = (f["target"] or {}).get("country")
    return country is not None and country == (g["target"] or {}).get("country") and record.date == other.date


def _vaguer(record: Record, other: Record) -> bool:
    """A reading with no one taking part, beside one of the same type that names who acted: the
    sentence tells one event, and the nameless reading only adds its figures."""
    f, g = record.fields, other.fields
    if (f["type"], f["negated"]) != (g["type"], g["negated"]) or g["actor"] is None:
        return False
    if f["actor"] is None and f["target"] is None:
        return True
    # 'launched a drone attack, targeting four airbases': a bare reading that says nothing the fuller
    # one does not is the same event
    keys = ("actor", "target", "location")
    figures = {c["value"] for c in g["counts"]}
    return (f["mode"] is None and g["mode"] is not None and all(c["value"] in figures for c in f["counts"])
            and all(f[k] is None or f[k] == g[k] for k in keys) and record.date in (None, other.date))


def _means_of(cand: Candidate, record: Record, host_cand: Candidate, host: Record) -> bool:
    """'X retaliated by launching drones against Y': the inner act, with no actor of its own, is how
    the outer act was done and names its target."""
    if host.fields["actor"] is None or record.fields["actor"] not in (None, host.fields["actor"]):
        return False
    if host.fields["target"] is not None:
        return False
    start, end = region(host_cand)
    inside = start <= cand.token.idx < end and cand.anchor is not host_cand.anchor
    return inside and same_event(host, record, same_sentence=True)


def merge_candidates(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Casualty verbs ('killing seven') and a noun's realising verb fold into the attack they report."""
    kept: list[Candidate] = []
    for cand in cands:
        host = next((other for other in cands if _folds_into(cand, other)), None)
        if host is None:
            kept.append(cand)
        else:
            host.merged.append(cand.token)
    return kept


def _folds_into(small: Candidate, big: Candidate) -> bool:
    if small.type != big.type or small.negated != big.negated or small is big:
        return False
    if small.anchor is big.anchor and small.token is not big.token:
        return small.role != "verb"
    if small.trigger.casualty is None:
        return False
    start, end = region(big)
    return start <= small.token.idx < end and small.anchor is not big.anchor


def _record(analysis: Analysis, sentence: Sentence, cand: Candidate, lex: Lexicon,
            ctx: Context | None = None) -> Record | None:
    if cand.negated and cand.type != "AGREE":
        # 'did not condemn', 'no one was hurt', 'had not met since 1965', 'does not support forced
        # relocations': a denied act is none; only an agreement not reached is news (AGREE negated)
        return None
    if refused(cand, lex) is not None:
        return None  # 'the epidemic killed thousands', 'Brazil beat Argentina 3-1', 'the senator asked'
    if _tally_since(cand, analysis):
        return None  # 'rounds of talks hosted by Beijing since fighting broke out': many acts
    actor, target, present = participants(cand, sentence)
    actor, target = pair_roles(cand, analysis, sentence, actor, target)
    if actor is None and cand.type in lex.hostile:
        actor, target = _act_owner(cand, sentence, lex) or (actor, target)
    if actor is not None and actor.sector == "EXP":
        return None
    if actor is None and cand.type in ("ASSAULT", "COERCE"):
        actor = _own_side(_teller(cand, sentence, lex), target)
    owner = downed_owner(cand)
    if owner is not None and (actor is None or actor.country != owner.country):
        # 'air defences shot down 40 Ukrainian drones': Ukraine attacked whoever shot them down
        actor, target = owner, (actor if actor is not None and actor.country else None)
    elif actor is not None and actor.country and (salvo := downed_salvo(cand))[0]:
        # 'its units shot down 104 of the missiles', 'it shot down 60 of 85 Russian drones': the salvo
        # (told before, or whose owner is named) struck the side that downed part of it
        attacker = salvo[1] if salvo[1] is not None and salvo[1].country != actor.country else None
        actor, target = attacker, actor
    if actor is None and cand.type in GIFTS and (gift := _thanked_gift(cand, sentence)) is not None:
        (actor, target), present = gift, True
    borrowed = carried_actor(cand, sentence, ctx) if actor is None else None
    if actor is None and borrowed is None and cand.type == "ASSAULT":
        target = target or _war_place(cand, sentence, ctx)
        borrowed = actor_or_none(_usual_attacker(target, ctx))
    if actor is None and borrowed is None and cand.mode in HANDOVER_MODES:
        borrowed = actor_or_none(_handover_giver(target, ctx))
    if borrowed is not None and target is not None and borrowed["name"] == target.name:
        borrowed = None
    if actor is None and borrowed is None:
        actor = _home_body(cand, analysis, sentence, lex)
    present = present or borrowed is not None
    if actor is None and cand.type != "ASSAULT" and describes_people(cand):
        return None  # 'soldiers detained during the battle' names the soldiers, not a detention
    joint = joint_subject(cand) if actor is None and target is None and borrowed is None else None
    if joint is not None:  # 'the two leaders agreed': the pair the story last told meeting
        pair = ctx.last_partners() if ctx is not None else None
        pair = pair or _named_together(analysis, sentence, joint)
        if pair is None and not political_pair(joint) and not cand.negated:
            return None
        actor, target = pair or (None, None)
    if cand.type in SPEECH_ACTS and actor is None and joint is None:
        actor = _quoted_first_person(cand, analysis, target)  # '"We condemn ...," the ministry said'
        present = present or actor is not None
    if cand.type in SPEECH_ACTS and not cand.negated and actor is None and joint is None:
        return None  # a statement by someone we cannot identify tells a reader nothing
    if cand.trigger is ORDERED_SHUT and actor is None:
        return None  # 'the authorities ordered schools closed': a command needs the authority who gave it
    if cand.mode == "seize" and actor is None:
        return None  # 'occupied Crimea' describes a place; a seizure needs someone who seized
    if actor is None and target is None and not present and cand.type != "ASSAULT" and not cand.negated:
        return None
    if cand.threat and not _own_words(sentence, actor):
        return None  # 'X will strike', said by someone else, is a forecast, not X's threat
    if _warns_of_another(cand, sentence, actor):
        return None  # 'Kyiv warned that Moscow could strike': a warning about the other side
    if target is None:
        target = proposal_author(cand, sentence, actor)
    if target is None and actor is not None and actor.country:
        target = _told_proposal(cand, actor, ctx) or _told_thing(cand, actor, ctx)
    if cand.type == "ACCUSE" and cand.role == "verb" and cand.inner is not None and harms(cand.inner):
        # 'X said the loan will only lead to more bloodshed': the charge is against whoever did it,
        # not the victims the forecast names
        target = _harm_doer(cand.inner, sentence, actor, ctx) if actor is not None and actor.country else None
        if target is None:
            return None
    if cand.type == "ACCUSE" and target is None and actor is not None and actor.country:
        target = _accused(cand, sentence, actor, lex, ctx)
        if target is None and _verdict_on_told_deed(cand, lex):
            return None  # '"This is a hostile act," X said', no deed against X's side told: no one judged
    if cand.type in ("ACCUSE", "REJECT") and target is None and actor is not None and actor.country:
        target = _retold_sanctions(cand, actor, lex, ctx)
    if cand.type == "SANCTION" and target is None and actor is not None and actor.country:
        target = _sanctioned_before(cand, actor, ctx)
    if cand.type in ("THREATEN", "REJECT") and target is None and actor is not None and actor.country:
        target = _blocked_sanctions(cand, actor, sentence, lex, ctx)
    if cand.type == "REJECT" and cand.trigger.lemma in DENIALS and target is None and actor is not None:
        # 'Russian authorities denied the violation': a denial answers whoever last acted against the denier
        target = ctx.last_adversary(actor.country) if ctx is not None and actor.country else None
    if target is None and (ctx is None or actor is None or ctx.enemy_of(actor.country or "") is None):
        target = home_rival(cand, actor)  # 'the army accused armed groups': a civil war's other side
    actor = _voiced_act(cand, analysis, sentence, actor) or actor
    place = location(cand, sentence, target)
    if cand.type == "CONSULT" and _at_home(actor, target, place or _visited(cand, sentence)):
        if target is None:
            return None  # 'the president visited Kherson': a trip at home meets no one
        target = None  # 'met at a space centre in Russia's Far East': a place, not a counterpart
    target = target or _attacked_state(cand, actor or borrowed, place) or _war_enemy(cand, actor, ctx, place)
    target = target or _reporting_victim(cand, sentence, actor)
    target = target or _insurgents_state(cand, analysis, actor, place)
    target = target or _war_counterpart(cand, actor, ctx) or _war_addressee(cand, actor, ctx)
    target = target or _war_refusal(cand, actor, ctx)
    target = target or _thanked_then_asked(cand, sentence, actor)
    target = target or proposed_meeting_partner(cand, actor, lex, ctx)
    if cand.type in ("ASSAULT", "COERCE") and target is not None and not target.country and place is not None:
        # 'captured the headquarters of the Southern Military District in Rostov': an unplaced
        # institution struck at is the state it stands in, even the actor's own (a civil conflict)
        target = state_actor(place.place.country) if place.place.country else target
    numbers = counts(cand, sentence, lex)
    if not (present or place is not None or numbers or cand.negated):
        return None
    parties = [actor_or_none(actor) or borrowed, actor_or_none(target)]
    if _knows_states(analysis) and _stateless(sentence, parties, place if _done_at(cand, lex) else None):
        return None  # 'Apple agreed a deal with Foxconn', 'Smith met Jones': no party of a state
    if _commercial(parties) and cand.type not in lex.hostile:
        return None  # 'the airline offered to fly the cat home', 'the paper welcomes letters'
    speaker = _claimant(sentence, cand)
    fields: dict[str, Any] = {
        "type": cand.type,
        "mode": _mode(cand, lex),
        "cameo": cand.cameo,
        "actor": actor_or_none(actor) or borrowed,
        "target": actor_or_none(target),
        "location": place.place.to_dict() if place is not None else None,
        "counts": numbers,
        "claimed_by": actor_or_none(speaker),
        "negated": cand.negated,
    }
    times = sentence_times(sentence, ctx)
    own = [t for t in times if not foreign_time(t, cand)]
    when = _named_day(_event_time(cand, own) or _most_precise(own), own, cand)
    record = make_record("event", analysis, sentence, fields, when=when)
    if when is None and times and record.date is not None:
        _undate(record, analysis.article.id)  # every time of the sentence dates another act
    if _aside(cand) and _long_before(record.date, analysis):
        return None  # background the story recalls in passing, not an act it reports
    return record


POLITICAL_SECTORS = frozenset({"GOV", "MIL", "SPY", "LEG", "JUD", "REB", "IGO", "NGO", "CVL"})
TITLED_HOWS = ("title", "group", "demonym")
HONORIFICS = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."})
"""Courtesy titles: 'Mr. Garrett' is anyone, not an office holder."""
PLACED_TYPES = frozenset({"PROTEST", "RETREAT", "AID"})
"""Besides force, acts whose place makes them public: a rally, a release, a delivery."""


ACT_TARGET_PREPS = ("on", "against")


def _act_owner(cand: Candidate, sentence: Sentence, lex: Lexicon) -> tuple[Actor, Actor | None] | None:
    """"Serbia's strikes on depots inside Kosovo, which Pristina said had destroyed 30 trucks",
    "Ethiopia's offensive of 3 May, which aid groups say killed 90 people": a harm told in a relative
    clause is the act the clause speaks of, so the act's owner is its doer and what the act was aimed
    at ('on', 'against') its target. The parser may hang the clause on the act's last word ('Kosovo,
    which'), so the act is the nearest hostile event noun at or above the clause's noun. A bare 'the
    offensive, which killed 90' names the act told before: `events_context.retold_act` reads that."""
    act = _clause_act(cand, lex) if cand.role == "verb" else cand.token if syn.is_noun(cand.token) else None
    if act is None:
        return None
    owner = owner_of_act(act, sentence)
    return (owner, _aimed_at(act, sentence, owner)) if owner is not None else None


def _named_together(analysis: Analysis, sentence: Sentence, joint: Token) -> tuple[Actor, Actor] | None:
    """'The presidents of Chile and Peru agreed ... Both presidents also agreed to reconvene': with no
    pair told meeting, the joint subject stands for the two states the story named together before it."""
    placed = lambda actor: actor is not None and bool(actor.country)  # noqa: E731
    return sides.named_pair(analysis, sentence, joint.idx, placed)


def _clause_act(cand: Candidate, lex: Lexicon) -> Token | None:
    """The hostile act noun a relative clause holding the candidate's verb speaks of, before the verb."""
    act = antecedent_act(cand.anchor)
    hostile = act is not None and trigger_type(act, lex) in lex.hostile
    return act if hostile and act.i < cand.anchor.i else None


def _aimed_at(act: Token, sentence: Sentence, owner: Actor) -> Actor | None:
    """The state an act was aimed at: its 'on' or 'against' object, or a place that object lies in
    ('depots deep inside Kosovo'), when it is not the owner's own."""
    for thing in syn.prep_objects(act, ACT_TARGET_PREPS):
        for token in thing.subtree:
            found = actor_at(token, sentence) if syn.is_noun(token) else None
            if found is not None and found.country and found.country != owner.country:
                return found
    return None


def _done_at(cand: Candidate, lex: Lexicon) -> bool:
    """Force, a rally, a release or a delivery in a named place is public whoever it is done to ('gunmen
    shot a driver in Kabul'); a meeting, a request or praise among private people is not, wherever it
    happens ('I visited my brother in Minneapolis', 'they met on a film set in New Orleans')."""
    return cand.type in lex.hostile or cand.type in PLACED_TYPES
INSTITUTION_WORDS = frozenset({
    "international", "organization", "organisation", "office", "council", "commission", "committee",
    "agency", "ministry", "department", "party", "front", "army", "militia", "movement", "league",
    "union", "network", "government", "parliament", "assembly", "court", "police", "guard", "forces",
    "qaeda", "taliban", "brigade", "authority",
})
"""Words that make a name a public body or an armed movement ('International Labour Office', 'al-Qaeda
network', 'the Select Committee'), though no state is known for it."""


LONG_ARTICLE = 12
"""Sentences of a whole article: one this long that names no state is about no state's affairs."""


TRADE_SECTORS = frozenset({"BUS", "MED"})
"""Companies and news outlets."""


def _commercial(parties: list[dict[str, Any] | None]) -> bool:
    """Every party named is a company or an outlet (or someone we cannot place): 'BP agreed to sell
    its stake to Rosneft', 'the Times welcomes letters', 'a BBC investigation found': trade and
    reporting, not diplomacy, even where the company is a state's. Force, a blockade or a cut-off
    done by one is kept."""
    named = [p for p in parties if p is not None]
    trade = [p for p in named if p.get("sector") in TRADE_SECTORS]
    private = [p for p in named if not p.get("country") and not p.get("sector")]
    return bool(trade) and len(trade) + len(private) == len(named)


def _knows_states(analysis: Analysis) -> bool:
    """The article names some place, state, government or international body we know: in a world we
    know, a party we cannot place is a private one. Where it names none (a world of names we do not
    know, such as PETRARCH's fictional states), nothing is concluded from it, unless the text is a
    whole article: a review of a laptop or a game that never names a state is our world too."""
    known_place = any(p.place.country for sentence in analysis.sentences for p in sentence.places)
    long_text = len(analysis.sentences) >= LONG_ARTICLE
    return known_place or long_text or any(m.actor.country for m in analysis.actors)


def _stateless(sentence: Sentence, parties: list[dict[str, Any] | None], place: PlaceMention | None) -> bool:
    """Parties are named and none belongs to a state or to public life, and no place in a state is
    given: a political act is done by or to a state's people, an office holder, an armed group or a
    people, so 'Apple agreed to buy the studio' or 'Smith met her editor' tells a company's or a
    person's doings, not an event of diplomacy."""
    named = [p for p in parties if p is not None]
    if not named or (place is not None and place.place.country):
        return False
    if any(p.get("country") or p.get("sector") in POLITICAL_SECTORS for p in named):
        return False
    return not _public(sentence, {p["name"] for p in named})


def _public(sentence: Sentence, names: set[str]) -> bool:
    """A party the sentence names by an office or as a people ('Vice-President Moody Awori', 'Lt. Gen.
    Avril', 'ethnic Albanians'): someone in public life, even where no state is known for them."""
    if sentence.span is None:
        return False
    if any(t.ent_type_ == "NORP" and any(t.text in n for n in names) for t in sentence.span):
        return True
    if any(w.lower() in INSTITUTION_WORDS for n in names for w in n.replace("-", " ").split()):
        return True
    words = set(default_dictionary().words["title_words"]) - HONORIFICS
    doc = sentence.span.doc
    for mention in sentence.actors:
        if mention.actor.name not in names:
            continue
        if mention.how in TITLED_HOWS:
            return True
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and any(t.lower_ in words for t in doc[max(0, span.start - 3):span.start + 1]):
            return True
    return False


ASIDE_MARKS = ("when", "since", "after", "before", "as", "while", "until")
ASIDE_PREPS = ("since", "after", "before", "following", "until", "with")
BACKGROUND_DAYS = 365


def _aside(cand: Candidate) -> bool:
    """The event is told in a subordinate part of the sentence (a relative clause, a participle on a
    noun, a 'when'/'since' clause, the object of 'since'/'after'): 'the war, which began when Russia
    invaded in 2022', 'a journalist abducted in 2022', 'the first swap since talks in 2023'."""
    for tok in (cand.anchor, *cand.anchor.ancestors):
        if tok.dep_ in ("relcl", "acl"):
            return True
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in tok.children):
            return True
        if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in ASIDE_PREPS:
            return True
    return False


WARS = frozenset({"war", "invasion", "conflict"})
"""What a war's count runs from: 'since the start of the war', 'since the invasion'."""
OPENINGS = frozenset({"start", "outbreak", "beginning", "onset", "eruption"})
FIGHTING = WARS | {"fighting", "hostility", "clash", "violence"}
"""'since the outbreak of fighting': fighting counted from its start; 'since the start of the month' is
no war's start."""


def _tally_since(cand: Candidate, analysis: Analysis) -> bool:
    """'Abu Dhabi's efforts have helped bring home 4,000 prisoners since the start of the war', 'rounds
    of talks hosted by Beijing since fighting broke out in 2023': a count of acts over the
    whole war (or from a year before the story), told as background, is no one act the story reports."""
    for tok in (cand.anchor, *cand.anchor.ancestors):
        for bound in tok.children:
            since = bound.dep_ == "prep" and bound.lower_ == "since"
            # 'since the war began': a clause of its own
            since = since or (bound.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since"
                                                            for c in bound.children))
            if since and _war_long(bound, analysis) and not _record_phrase(cand, bound):
                return True
    return False


RECORD_WORDS = frozenset({"first", "last", "only"})


def _record_phrase(cand: Candidate, bound: Token) -> bool:
    """A superlative or ordinal before the 'since' ('the first call since 2022', 'the heaviest attack
    since the invasion', 'the second time they have met since the war began'): the 'since' bounds a
    record, it counts no acts. 'The latest in a series' still counts them."""
    words = cand.anchor.sent[:bound.i - cand.anchor.sent.start]
    return any((t.tag_ in ("JJS", "RBS") and t.lower_ != "latest") or t.ent_type_ == "ORDINAL"
               or t.lower_ in RECORD_WORDS for t in words)


def _war_long(bound: Token, analysis: Analysis) -> bool:
    """A 'since' phrase that opens at the war's start or in a year before the story's."""
    words = [t for t in bound.subtree if t is not bound]
    if any(syn.lemma(t) in WARS for t in words):
        return True
    if any(syn.lemma(t) in OPENINGS and any(syn.lemma(o) in FIGHTING for o in syn.prep_objects(t, ("of",)))
           for t in words):
        return True
    story = reference_day(analysis.sentences, analysis.article.published, analysis.article.title)
    years = [int(t.text) for t in words if t.like_num and len(t.text) == 4 and t.text.isdigit()]
    return story is not None and any(1900 < y < story.year for y in years)


def _long_before(day: str | None, analysis: Analysis) -> bool:
    """The event's own date lies a year or more before the day the story is told from."""
    story = reference_day(analysis.sentences, analysis.article.published, analysis.article.title)
    if not day or story is None:
        return False
    when = _latest_day(day)
    return when is not None and (story - when).days >= BACKGROUND_DAYS


def _latest_day(value: str) -> date | None:
    """The last day a contract date ('2022', '2022-02', '2022-02-24') can mean: a year or a month is
    read at its end, so only what is surely old counts as old."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 28)
        return date(int(value[:4]), 12, 31)
    except ValueError:
        return None


BOUND_WORDS = ("since", "until", "till")


def foreign_time(time: TimeMention, cand: Candidate) -> bool:
    """A time that hangs, in the parse, on another act than the event's: inside a relative clause
    ('vetoed the package, which the EU approved in December') or a 'since'/'until' bound ('the first
    exchange since the war began in 2022'). A reader does not date the event by it."""
    doc = cand.anchor.doc
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    own = {cand.token, *cand.token.ancestors, cand.anchor, *cand.anchor.ancestors}
    event_nouns = {cand.token, cand.inner}
    tok = span.root
    while tok not in own and tok.head is not tok:
        if tok.dep_ == "relcl" and tok.head not in event_nouns:
            return True  # 'the talks, which began on Monday' still date the talks
        if tok.lower_ in BOUND_WORDS and tok.dep_ == "prep":
            return True
        if any(c.dep_ == "mark" and c.lower_ in BOUND_WORDS for c in tok.children):
            return True
        tok = tok.head
    return False


NAMED_DAY = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                       r"january|february|march|april|may|june|july|august|september|october|november|december|"
                       r"\d)")
PRIOR_WORDS = ("after", "before", "following", "ahead")


def _named_day(when: TimeMention | None, times: list[TimeMention], cand: Candidate) -> TimeMention | None:
    """'in the early hours of Monday', 'said Friday it had struck the depot overnight': a part of the
    day ('overnight', 'in the early hours') counts from the publication day only when the clause names
    no day; a day named on the act or on the verb that tells it dates the act instead."""
    if when is None or when.precision != "day" or NAMED_DAY.search(when.text):
        return when
    named = [t for t in times if t.precision == "day" and NAMED_DAY.search(t.text) and _on_the_act(t, cand)]
    return min(named, key=lambda t: abs(t.start - when.start)) if named else when


def _on_the_act(time: TimeMention, cand: Candidate) -> bool:
    """The time hangs on the event's clause or on a verb above it, not on an 'after ...' phrase."""
    span = cand.anchor.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    own = {cand.token, *cand.token.ancestors, cand.anchor, *cand.anchor.ancestors}
    tok = span.root
    while tok not in own and tok.head is not tok:
        marks = [c for c in tok.children if c.dep_ == "mark"]
        if tok.lower_ in PRIOR_WORDS or any(c.lower_ in PRIOR_WORDS for c in marks):
            return False
        tok = tok.head
    return True


def _undate(record: Record, article_id: str) -> None:
    record.date = record.date_precision = None
    record.fields.pop("date_basis", None)
    record.assign_id(article_id)


def _accused(cand: Candidate, sentence: Sentence, actor: Actor, lex: Lexicon,
             ctx: Context | None) -> Actor | None:
    """Condemning an act accuses its doer: the one named with the act, else (the act named bare, 'the
    strikes', 'the foray') the other side's latest attack the article told."""
    named = accused_party(cand, sentence, actor, lex)
    acts = condemned_acts(cand, lex)
    if named is not None or not acts or ctx is None:
        return named
    if _verdict_on_told_deed(cand, lex):
        # '"This is an unfriendly act," X said': 'this' points to the deed against X's side told
        # just before, in the same paragraph; none told there, no one is judged
        return _deed_just_told(actor, ctx)
    return ctx.last_aggressor(actor)


GIFT_NOUNS = frozenset({"money", "aid", "funding", "fund", "assistance", "weapon", "arm", "supply", "package",
                        "loan", "delivery", "shipment", "help"})
"""What a giver hands over: 'the shells will prolong the fighting' judges whoever sent them."""


def _harm_doer(act: Token, sentence: Sentence, speaker: Actor, ctx: Context | None) -> Actor | None:
    """Whose deed a forecast of harm judges: the party named on what will do harm ("Israel's decision",
    'US funding'), else, for aid named bare or a pronoun ('the loan', 'it'), the last party the article
    told giving aid that is not the speaker's side."""
    subject = syn.subject_of(act)[0]
    if subject is None:
        return None
    for owner in (c for c in subject.children if c.dep_ in ("poss", "compound", "amod", "nmod")):
        found = actor_at(owner, sentence)
        if found is not None and found.country:
            return found
    bare = subject.lower_ in ("it", "this", "that") or syn.lemma(subject) in GIFT_NOUNS
    return ctx.last_giver(speaker.country) if bare and ctx is not None and speaker.country else None


def _verdict_on_told_deed(cand: Candidate, lex: Lexicon) -> bool:
    """The accusation is a copular verdict on a deed told before ('"This is an unfriendly act," X
    said'), which names neither the deed nor its doer."""
    verb = cand.inner
    if verb is None or cand.role != "verb" or syn.lemma(verb) != "be":
        return False
    told = told_act(verb, lex)
    subject = syn.subject_of(verb)[0]
    pointed = subject is not None and subject.lower_ in ("this", "that")
    return told is not None and pointed and syn.lemma(told) in DEED_NOUNS


def _deed_just_told(actor: Actor, ctx: Context) -> Actor | None:
    """The doer of the last act against the speaker's side in the sentence before."""
    for record in reversed(ctx.previous_records):
        doer, target = record.fields["actor"], record.fields["target"]
        if doer and target and target.get("country") == actor.country and doer.get("country") \
                and doer["country"] != actor.country and not record.fields.get("negated"):
            return Actor(doer["name"], doer["country"], doer.get("sector"))
    return None


TOLD_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "either", "both", "such"})


def _told_proposal(cand: Candidate, actor: Actor, ctx: Context | None) -> Actor | None:
    """'Erdogan proposed a truce. Putin did not accept this proposal': an answer to a proposal named
    bare, not made in the same sentence, answers whoever the article last told proposing."""
    if ctx is None or cand.type not in ANSWER_TYPES or cand.role != "verb":
        return None
    verb = cand.inner or cand.token
    for thing in syn.direct_objects(verb):
        bare = not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "PRON")
                       for c in thing.children)
        told = any(c.lower_ in TOLD_DETERMINERS for c in thing.children)
        authored = any(syn.prep_objects(thing, ("by", "from")))  # 'the offer by Ankara' names its author
        if syn.lemma(thing) in PROPOSAL_VERBS and bare and told and not authored:
            return ctx.last_proposer(actor.country)
    return None


TOLD_ANSWERS = ("REJECT", "THREATEN", "ACCUSE", "AGREE", "CONCEDE")


def _told_thing(cand: Candidate, actor: Actor, ctx: Context | None) -> Actor | None:
    """'The council postponed the decision. ... Norway pledged to block the decision', 'Chile charged
    Peru with... Peru denies these allegations': a decision, plan, loan or charge named bare ('the',
    'these') in an answer, a refusal or a threat is the one told before, and the act answers whoever
    it was told of (another state's)."""
    if ctx is None or cand.type not in TOLD_ANSWERS or cand.role != "verb":
        return None
    verb = cand.inner or cand.token
    verbs = [verb, *(c for c in verb.children if syn.is_verb(c) and c.dep_ in ("xcomp", "advcl"))]
    for word in verbs:
        for thing in syn.direct_objects(word):
            key = TOLD_THINGS.get(syn.lemma(thing)) if syn.is_noun(thing) else None
            owned = any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "PRON")
                        for c in thing.children)  # 'the EU's decision', 'its plan' name their own owner
            # 'the $20 billion (about €18 billion) loan': the parser may hang 'the' on the number
            told = thing.left_edge.lower_ == "the" or any(c.lower_ in TOLD_DETERMINERS
                                                           for c in thing.children)
            if key is not None and told and not owned:
                return ctx.last_told(key, actor.country or "")
    return None


SANCTION_WORDS = frozenset({"measure", "restriction", "penalty", "package", "tariff", "ban", "curb"})
"""Nouns a retelling uses for sanctions already told ('the measures', 'the new package')."""


def _retold_sanctions(cand: Candidate, actor: Actor, lex: Lexicon, ctx: Context | None) -> Actor | None:
    """'The Kremlin dismissed the measures as illegal', 'Moscow rejected the sanctions': condemning or
    rejecting sanctions the article told, named bare, answers whoever imposed them."""
    if ctx is None or cand.role != "verb":
        return None
    verb = cand.inner or cand.token
    for thing in syn.direct_objects(verb):
        kind = lex.nouns.get(syn.lemma(thing))
        named = syn.lemma(thing) in SANCTION_WORDS or (kind is not None and kind.type == "SANCTION")
        owned = any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ == "PROPN"
                    for c in thing.children)  # 'the EU measures' names its own imposer
        if named and not owned and any(c.lower_ in ("the", "these", "those", "this") for c in thing.children):
            return ctx.last_sanctioner(actor.country)
    return None


BLOCKING_VERBS = frozenset({"veto", "block", "stall", "torpedo", "obstruct", "stop", "derail"})
"""What a member does to a measure its body must agree on ('threatened to veto', 'vowed to block')."""
RENEWAL_NOUNS = frozenset({"renewal", "rollover", "roll-over", "extension", "prolongation", "adoption",
                           "lifting", "expansion", "approval"})
"""A step of a measure's life that can be blocked: 'the renewal of sanctions', 'the next rollover'."""


def _blocked_sanctions(cand: Candidate, actor: Actor, sentence: Sentence, lex: Lexicon,
                       ctx: Context | None) -> Actor | None:
    """'Hungary threatened to veto the renewal of sectoral sanctions': a threat to block or veto
    sanctions (or their renewal, rollover, extension) is made to whoever imposes them: the owner named
    on them ('EU sanctions'), else the party the article last told imposing sanctions."""
    verb = cand.inner or cand.token
    blockers = [v for v in (verb, *verb.children) if syn.is_verb(v) and syn.lemma(v) in BLOCKING_VERBS
                and (v is verb or v.dep_ in ("xcomp", "ccomp", "conj"))]
    for blocker in blockers:
        for thing in syn.direct_objects(blocker):
            if syn.lemma(thing) in RENEWAL_NOUNS:
                thing = next(iter(syn.prep_objects(thing, ("of",))), thing)
            kind = lex.nouns.get(syn.lemma(thing))
            if syn.lemma(thing) != "sanction" and (kind is None or kind.type != "SANCTION"):
                continue
            owners = [c for c in thing.children
                      if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN"]  # 'EU sanctions'
            owner = next((a for a in (actor_at(o, sentence) for o in owners) if a is not None), None)
            if owner is not None:
                return owner if owner.country != actor.country else None
            return ctx.last_sanctioner(actor.country) if ctx is not None else None
    return None


def _usual_attacker(target: Actor | None, ctx: Context | None) -> Actor | None:
    """'Kyiv was hit by a barrage overnight': no attacker named, the other side of the article's war
    when the target is one of its sides (a third party told striking it once, as NATO jets downing
    Russian drones over Poland, does not take the war's place), else the one the article told
    attacking it."""
    if target is None or not target.country or ctx is None:
        return None
    return _enemy_state(ctx, target.country) or ctx.last_attacker(target.country)


def _enemy_state(ctx: Context, country: str) -> Actor | None:
    """The state on the other side of the article's war from `country`, as an actor (None outside one)."""
    enemy = ctx.enemy_of(country)
    return state_actor(enemy) if enemy else None


HOME_BODIES = frozenset({"government", "authority", "police", "cabinet", "presidency"})
"""A state's own bodies told by a bare common noun ('the government announced', 'police arrested')."""
SECURITY_WORDS = frozenset({"security", "law"})
"""'security forces', 'law enforcement': a state's forces told with no state named."""


def _home_body(cand: Candidate, analysis: Analysis, sentence: Sentence, lex: Lexicon) -> Actor | None:
    """'Its interior minister said security forces had arrested four suspects', 'NIAMEY, Niger - ...
    the government announced a truce': a state body named by what it is, with no state named in its
    phrase, is the state of the official who tells of it, else of the capital the story is filed from."""
    subject, passive = syn.subject_of(cand.anchor)
    if subject is None or passive or not _bare_body(subject, sentence):
        return None
    teller = _teller(cand, sentence, lex)
    home = teller.country if teller is not None and teller.sector in ("GOV", "MIL") else None
    home = home or dateline_country(analysis.article.text)
    return state_actor(home) if home and len(home) == 3 else None


def _bare_body(subject: Token, sentence: Sentence) -> bool:
    """'the government', 'the authorities', 'security forces': a body's noun that no state, party or
    name in its phrase owns ('Sudan's government', 'the Taliban government', 'rebel police' are not)."""
    word = syn.lemma(subject)
    if word == "force":
        words = {syn.lemma(c) for c in subject.children if c.dep_ in ("compound", "amod")}
        if not words & SECURITY_WORDS:
            return False
    elif word not in HOME_BODIES:
        return False
    owned = any(c.dep_ in ("poss", "compound", "amod", "nmod") and (c.ent_type_ or c.pos_ == "PROPN")
                for c in subject.children)
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return not owned and not any(start <= m.start < end for m in sentence.actors)


GIFTS = ("AID", "SUPPORT")
SUPPORT_NOUNS = frozenset({"support", "help", "assistance", "aid", "backing", "solidarity"})


def _thanked_gift(cand: Candidate, sentence: Sentence) -> tuple[Actor, Actor] | None:
    """'The president thanked the chancellor for Germany's steady support, including the agreement to
    supply air defence': a gift listed, in thanks, under one state's support is that state's, given to
    the one who thanks (the parser may hang 'including' on the verb of thanks or on the support)."""
    listed = next((t for t in cand.anchor.ancestors if t.lower_ == "including"), None)
    if listed is None:
        return None
    thanks = next((t for t in listed.ancestors if syn.lemma(t) == "thank"), None)
    if thanks is None:
        return None
    owners = [t for t in thanks.subtree if t.dep_ == "poss" and syn.lemma(t.head) in SUPPORT_NOUNS]
    giver = next((a for a in (actor_at(o, sentence) for o in owners) if a is not None and a.country), None)
    thanker = actor_at(syn.subject_of(thanks)[0], sentence)
    if giver is None or thanker is None or not thanker.country or thanker.country == giver.country:
        return None
    return giver, thanker


def _handover_giver(target: Actor | None, ctx: Context | None) -> Actor | None:
    """'The bodies of 600 soldiers were repatriated to Ukraine', 'forty servicemen have been returned
    from captivity': a handover told in the passive with no giver named is the other side's, when the
    side receiving its people is one side of the article's war."""
    if target is None or not target.country or ctx is None:
        return None
    return _enemy_state(ctx, target.country)


def _war_place(cand: Candidate, sentence: Sentence, ctx: Context | None) -> Actor | None:
    """'Seven people were killed in Kyiv': with no one named, a place on one side of the article's war
    is that side attacked."""
    place = location(cand, sentence, None)
    there = place.place.country if place is not None else None
    return state_actor(there) if ctx is not None and there in ctx.sides else None


def _war_enemy(cand: Candidate, actor: Actor | None, ctx: Context | None,
               place: PlaceMention | None = None) -> Actor | None:
    """'Russian troops continue to attack': one side of the article's war attacking no one named
    attacks the other side; so does its attack on a thing in its own state ('Ukrainian forces struck
    an airbase in Crimea', 'shot down drones over Belgorod'): what it hits there is the enemy's."""
    if cand.type != "ASSAULT" or cand.negated or actor is None or not actor.country or ctx is None:
        return None
    heads = {cand.anchor, cand.token, cand.inner or cand.token}
    at_home = place is not None and place.place.country == actor.country
    if not at_home and any(_struck_thing(c) and not _war_ground(c) for h in heads for c in h.children):
        return None  # 'blew up the pipelines': an attack on a thing named is not read as on the enemy
    return _enemy_state(ctx, actor.country)


def _war_counterpart(cand: Candidate, actor: Actor | None, ctx: Context | None) -> Actor | None:
    """'Kyiv came to Istanbul asking for a 30-day ceasefire', 'called for direct talks': in an article
    about a war, one side asking for a truce or for talks, of no one named, asks it of the other side."""
    if cand.type != "REQUEST" or cand.negated or actor is None or not actor.country or ctx is None:
        return None
    if cand.role == "verb":
        verb = cand.inner or cand.token
        asked = [*syn.direct_objects(verb), *syn.prep_objects(verb, ("for",))]
    else:
        asked = [cand.token, *syn.prep_objects(cand.token, ("for",))]
    lex = load_lexicon()
    kinds = [lex.nouns.get(syn.lemma(a)) for a in asked if not any(syn.prep_objects(a, ("of",)))]
    if not any(k is not None and (k.type == "CONSULT" or k.mode == "ceasefire") for k in kinds):
        return None  # 'asked for air defence': of allies, not of the enemy; 'a meeting of the Council'
    return _enemy_state(ctx, actor.country)


def _struck_thing(child: Token) -> bool:
    """A thing the attack is said to hit: an object or a phrase of aim ('on the pipelines'); an act
    ('carried out 59 shelling attacks') or a stretch of ground ('along the front line') is none."""
    if child.dep_ == "dobj":
        kind = load_lexicon().nouns.get(syn.lemma(child))
        return kind is None or kind.type != "ASSAULT"
    return child.dep_ in ("prep", "dative") and syn.lemma(child) in syn.TARGET_PREPS


WAR_GROUND = frozenset({"airfield", "airbase", "base", "location", "position", "site", "target", "facility",
                        "depot", "refinery", "airport", "port", "city", "town", "village", "settlement",
                        "headquarters", "installation", "warehouse"})
"""Military sites and places a side of a war strikes ('attacked three airfields with drones',
'tried to strike 40 targets'): in a war between two states they lie on the other side."""


WAR_TIMES = frozenset({"eve", "morning", "evening", "night", "day", "weekend"})
"""'On the eve of the talks', 'on Monday night': a time, not a thing struck."""


def _war_ground(child: Token) -> bool:
    """What the attack is told to hit is a site or place ('airfields', 'on 26 locations') or only a
    time ('on the eve of the talks', 'on Monday'), not a thing of its own ('the pipelines', 'a ship')."""
    things = [child] if child.dep_ == "dobj" else [c for c in child.children if c.dep_ == "pobj"]
    return bool(things) and all(syn.lemma(t) in WAR_GROUND or syn.lemma(t) in WAR_TIMES
                                or t.ent_type_ in ("DATE", "TIME") for t in things)


def _quoted_first_person(cand: Candidate, analysis: Analysis, target: Actor | None) -> Actor | None:
    """'"We condemn this attack," the ministry said': an I or we who speaks inside quotation marks
    is the quote's speaker. Only a speaker of a known state or side acts (a coach's 'we agree' is
    none), and not on himself (an addressee, 'Mr. President', read as the speaker's own name)."""
    subject, passive = syn.subject_of(cand.anchor)
    if passive or subject is None or subject.lower_ not in FIRST_PERSON or not _spoken_clause(subject.head):
        return None
    speaker = quotation_speaker(analysis, subject.idx)
    if speaker is None or not speaker.country or (target is not None and target.name == speaker.name):
        return None
    return speaker


def _spoken_clause(verb: Token) -> bool:
    """The speaker's own main clause: the sentence's root, a verb joined to it, or what the
    sentence says was said ('"I urge both sides ...," X said'), not an embedded 'I' ('all they
    will know is I supported him' tells what others will think)."""
    if verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"
                                   and verb.head.lemma_ in SAYING)


def _teller(cand: Candidate, sentence: Sentence, lex: Lexicon) -> Actor | None:
    """Who tells the event's clause: the subject of the speech verb above it, else the sentence's source."""
    for gov in cand.anchor.ancestors:
        if syn.is_verb(gov) and syn.lemma(gov) in lex.speech_verbs:
            subject = syn.subject_of(gov)[0]
            found = actor_at(subject, sentence) if subject is not None else None
            if found is not None:
                return found
            break
    attribution = sentence.attribution
    return attribution.speaker if attribution is not None else None


def _own_side(speaker: Actor | None, target: Actor | None) -> Actor | None:
    """'The Russian defence ministry said assault groups were destroying Ukrainian units': a state's
    military, telling of unnamed forces acting against the other side, tells of its own."""
    if speaker is None or speaker.sector != "MIL" or not speaker.country:
        return None
    if target is None or not target.country or target.country == speaker.country or len(speaker.country) != 3:
        return None
    return state_actor(speaker.country)


def _visited(cand: Candidate, sentence: Sentence) -> PlaceMention | None:
    """The place a visit verb takes as its object ('visited Kherson')."""
    if cand.role != "verb" or cand.mode != "visit":
        return None
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in syn.direct_objects(cand.token)]
    return next((p for p in sentence.places for a, b in spans if a <= p.start < b), None)


def _at_home(actor: Actor | None, target: Actor | None, place: PlaceMention | None) -> bool:
    """A meeting reading whose only other party is a place in the actor's own country."""
    home = actor.country if actor is not None else None
    if home is None:
        return False
    if target is not None:
        return target.country == home and target.sector is None and target.name != actor.name
    return place is not None and place.place.country == home


HOSTILE_WORDS = ("ACCUSE", "THREATEN")
ASKS = ("REQUEST", "REJECT")
BETWEEN_SIDES = PACTS | {"talk", "meeting", "negotiation", "summit", "exchange", "swap", "withdrawal",
                         "release", "return", "handover"}
"""What one side of a war asks of, or refuses, the other: a truce, talks, a swap, a withdrawal."""


def _war_addressee(cand: Candidate, actor: Actor | None, ctx: Context | None) -> Actor | None:
    """'Moscow warned it would respond', 'Kyiv came asking for a ceasefire, which Moscow refused':
    between the two sides of the article's war, one side's blame and threats with no one named are
    aimed at the other side, and so are its asks, refusals and suspensions of a truce, talks or a swap."""
    if cand.negated or actor is None or not actor.country or ctx is None:
        return None
    enemy = ctx.enemy_of(actor.country)
    if enemy is None:
        return None
    if cand.type in HOSTILE_WORDS:
        return state_actor(enemy)
    # 'a ceasefire', 'talks': between the sides; 'a meeting of the UN Security Council' is another body's
    asked = (cand.inner or cand.token).subtree
    words = {syn.lemma(t) for t in asked if not any(syn.prep_objects(t, ("of",)))}
    if cand.type in (*ASKS, "SANCTION") and words & BETWEEN_SIDES:
        return state_actor(enemy)  # suspending a treaty or talks between the sides acts on the other
    return None


def _sanctioned_before(cand: Candidate, actor: Actor, ctx: Context | None) -> Actor | None:
    """'Britain sanctioned two Russian oil firms ... Canada announced its own package', 'welcomed the US
    decision to sanction the same companies': sanctions that name no one go the way the article's last
    sanctions went."""
    if cand.negated or ctx is None:
        return None
    country = ctx.last_sanctioned(actor.country or "")
    return state_actor(country) if country else None


def _war_refusal(cand: Candidate, actor: Actor | None, ctx: Context | None) -> Actor | None:
    """'Moscow refused to release the names of its prisoners', 'a scheme Kyiv turned down outright':
    between the two sides of the article's war, a side's refusal whose proposer no one names answers
    the other side."""
    refusal = cand.type == "REJECT" or (cand.type == "AGREE" and cand.negated)
    if not refusal or actor is None or not actor.country or ctx is None:
        return None
    return _enemy_state(ctx, actor.country)


def _voiced_act(cand: Candidate, analysis: Analysis, sentence: Sentence, actor: Actor | None) -> Actor | None:
    """'Spokeswoman Mao Ning said China supports the talks': a state's statement (support, demand,
    refusal, blame) told by its own named official is that official's, the state's country kept, as
    a position told so is (a reader sees who said it); a strike told by a spokesman stays the state's."""
    if cand.type not in SPEECH_ACTS or actor is None or not actor.country or sentence.attribution is None:
        return None
    speaker = sentence.attribution.speaker
    if speaker is None or speaker.country != actor.country or speaker.name == actor.name:
        return None
    if default_dictionary().polities.get(actor.country, {}).get("name") != actor.name:
        return None  # the act is already a person's or a body's, not the state's by name
    return speaker if _named_person(analysis, speaker) else None


def _named_person(analysis: Analysis, actor: Actor) -> bool:
    """Some mention of the actor in the article is a person's name ('Mao Ning', 'Peskov')."""
    for s in analysis.sentences:
        for m in s.actors:
            if m.actor == actor:
                span = analysis.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and any(t.ent_type_ == "PERSON" for t in span):
                    return True
    return False


ADDRESSING_VERBS = frozenset({"thank", "praise", "commend", "tell", "assure", "brief"})
"""Verbs that name whom the speaker addresses: 'thanked Japan for X and asked for Y' asks it of Japan."""


def _thanked_then_asked(cand: Candidate, sentence: Sentence, actor: Actor | None) -> Actor | None:
    """'Shmyhal thanked Japan for the generators and requested more support': an ask joined to a
    thanks (praise, a briefing) of the same speaker, naming no one it asks, is made of the one
    addressed; 'met Putin and called for a truce' names no addressee of the call."""
    if cand.type != "REQUEST" or cand.negated or cand.role != "verb" or actor is None or not actor.country:
        return None
    verb = cand.inner or cand.token
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i \
            and syn.lemma(verb) not in ADDRESSING_VERBS:
        if verb.dep_ == "conj" and syn.lemma(verb.head) in ADDRESSING_VERBS:
            for thing in syn.direct_objects(verb.head):
                addressed = actor_at(thing, sentence)
                if addressed is not None and addressed.country and addressed.country != actor.country:
                    return addressed
            return None
        verb = verb.head
    return None


def _attacked_state(cand: Candidate, actor: Actor | dict[str, Any] | None,
                    place: PlaceMention | None) -> Actor | None:
    """A state's attack on a place in another state ('struck airbases in Siberia') is an attack on it."""
    if cand.type != "ASSAULT" or cand.negated or actor is None or place is None:
        return None
    home = actor.get("country") if isinstance(actor, dict) else actor.country
    there = place.place.country
    return state_actor(there) if home and there and (there != home or insurgent(actor)) else None


def _insurgents_state(cand: Candidate, analysis: Analysis, actor: Actor | None,
                      place: PlaceMention | None) -> Actor | None:
    """'The militants ambushed a convoy', 'the rebels shelled the camps': an armed movement's attack
    that names no party struck and no place fights the state the movement belongs to (a civil war's
    other side), in a story that names that state's government or forces; a movement whose war is
    abroad (the Houthis and shipping) is not read so."""
    if cand.type != "ASSAULT" or cand.negated or place is not None or actor is None or not actor.country:
        return None
    if not insurgent(actor) or not _names_own_state(analysis, actor.country):
        return None
    return state_actor(actor.country)


def _names_own_state(analysis: Analysis, country: str) -> bool:
    """The story names the government or forces of this state (the other side of its civil war)."""
    return any(m.actor.country == country and m.actor.sector in ("GOV", "MIL")
               for s in analysis.sentences for m in s.actors)


STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "LEG", "JUD", "BUS"})
FIRED_THINGS = frozenset({"drone", "missile", "rocket", "shell", "bomb", "strike", "attack", "target",
                          "salvo", "barrage", "round", "uav", "munition", "projectile", "airstrike", "raid",
                          "wave"})
"""What an attack fires or carries out, as opposed to a thing it hits ('fired 598 drones', 'carried out
strikes', 'struck 20 targets')."""


def _reporting_victim(cand: Candidate, sentence: Sentence, actor: Actor | None) -> Actor | None:
    """'Russia fired 598 drones overnight, Ukraine's air force said': an attack told with no target, by
    a state body of another state than the attacker's, was made on the reporting state (war reports
    come from the side that was hit)."""
    if cand.type != "ASSAULT" or cand.negated or actor is None or not actor.country or insurgent(actor):
        return None
    verb = cand.inner or cand.token
    if cand.role == "verb" and any(syn.lemma(o) not in FIRED_THINGS for o in syn.direct_objects(verb)):
        return None  # 'saboteurs blew up a railway bridge, Moscow claimed': a thing named, whose is not said
    speaker = _claimant(sentence, cand)
    if speaker is None or not speaker.country or speaker.country == actor.country:
        return None
    return state_actor(speaker.country) if speaker.sector in STATE_SECTORS else None


def _claimant(sentence: Sentence, cand: Candidate) -> Actor | None:
    """Who the sentence is attributed to, unless the 'speech' is the event itself ('X pledged')."""
    attribution = sentence.attribution
    if attribution is None or attribution.speaker is None:
        return None
    own = {cand.anchor.lemma_.lower(), cand.token.lemma_.lower()}
    return None if attribution.cue in own else attribution.speaker


def _warns_of_another(cand: Candidate, sentence: Sentence, actor: Actor | None) -> bool:
    """A threat verb over an act of a party of another country than the speaker's."""
    if cand.voiced_for is None or actor is None or not actor.country:
        return False
    party = actor_at(cand.voiced_for, sentence)
    return party is not None and bool(party.country) and party.country != actor.country


def _own_words(sentence: Sentence, actor: Actor | None) -> bool:
    """The sentence reports what the actor itself said (or is not attributed to anyone else)."""
    attribution = sentence.attribution
    speaker = attribution.speaker if attribution is not None else None
    if actor is None:
        return False
    # 'Lukashenko said Belarus would strike back': a state's officials speak for it
    official = speaker is not None and speaker.sector == "GOV" and speaker.country == actor.country
    return speaker is None or speaker.name == actor.name or (official and actor.country is not None)


def _mode(cand: Candidate, lex: Lexicon) -> str | None:
    """The trigger's own mode, else the weapon word nearest the trigger in its clause."""
    if cand.mode is not None or cand.type != "ASSAULT":
        return cand.mode
    anchor = cand.anchor
    best: tuple[int, str] | None = None
    victims = _victims(cand)
    for tok in anchor.subtree:
        if tok.i == cand.token.i or tok.i in victims:
            continue  # 'shot down drones' is about drones, not firearms
        for mode in MODE_ORDER:
            if tok.lemma_.lower() in lex.modes.get(mode, ()):
                distance = abs(tok.i - cand.token.i)
                if best is None or distance < best[0]:
                    best = (distance, mode)
    return best[1] if best else None


def _victims(cand: Candidate) -> set[int]:
    """Token indices of what a destroying verb destroyed: 'destroyed 12 tanks' was not done with tanks."""
    if cand.role != "verb" or cand.trigger.casualty is None:
        return set()
    objects = [c for c in cand.token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    return {t.i for o in objects for t in o.subtree}


def _event_time(cand: Candidate, times: list[TimeMention]) -> TimeMention | None:
    """A time expression inside the event's own clause, if the sentence has several."""
    start, end = region(cand)
    inside = [t for t in times if start <= t.start < end]
    if not inside or len(inside) == len(times):
        return None
    return _most_precise(inside)


def _most_precise(times: list[TimeMention]) -> TimeMention | None:
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    return min(times, key=lambda t: (rank.get(t.precision, 9), t.start)) if times else None


def _object_lemma(cand: Candidate) -> str | None:
    """What the trigger acts on: two clauses acting on different things are two events."""
    objects = [c for c in (cand.inner or cand.token).children if c.dep_ in ("dobj", "nsubjpass")]
    return objects[0].lemma_.lower() if objects else None


def _identity(record: Record) -> tuple:
    f = record.fields
    place = f["location"]["name"] if f["location"] else None
    return (f["type"], f["mode"], _name(f["actor"]), _name(f["target"]), f["negated"], record.date, place)


def _name(actor: dict[str, Any] | None) -> str | None:
    return actor["name"] if actor else None


def _merge_into(first: Record, later: Record, article_id: str) -> None:
    """The same event told again: keep the first telling, fill what it lacked (actor, counts...)."""
    for key in ("mode", "actor", "target", "location", "claimed_by"):
        if first.fields[key] is None and later.fields[key] is not None:
            first.fields[key] = later.fields[key]
    if first.fields["target"] == first.fields["actor"]:
        first.fields["target"] = None
    if first.date is None and later.date is not None:
        first.date, first.date_precision = later.date, later.date_precision
    have = {c["value"] for c in first.fields["counts"]}
    extra = [c for c in later.fields["counts"] if c["value"] not in have]
    first.fields["counts"] = first.fields["counts"] + extra
    first.assign_id(article_id)


"""Who did what to whom, where, how many: the participants of one event candidate.

Actors come from the language core's actor mentions (char offsets into the article); a named
entity the resolver does not know still becomes an actor with its surface name, so that unknown
parties are not silently dropped.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from detente.extract import events_syntax as syn
from detente.extract import sides
from detente.extract.events_lexicon import Lexicon, Trigger, load_lexicon
from detente.extract.events_triggers import Candidate, declares_target, told_act
from detente.models import Actor
from detente.nlp.actors_dictionary import default_dictionary
from detente.nlp.core import ActorMention, PlaceMention, Sentence
from detente.nlp.doc_reads import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.nlp.core import Analysis

ENTITY_ACTORS = ("PERSON", "ORG")
PLATFORMS = frozenset({"telegram", "twitter", "x", "facebook", "instagram", "youtube", "tiktok", "truth",
                       "social", "whatsapp", "signal", "vkontakte", "weibo"})
UNSURE_ENTS = ("", "PRODUCT", "GPE", "LOC")
NOT_ACTORS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "GPE", "LOC", "FAC")
COUNTED_TYPES = ("ASSAULT", "COERCE", "RETREAT", "AID", "MOBILIZE", "SANCTION")
SKIPPED_UNITS = ("percent", "USD", "%")
RECIPROCAL_TYPES = ("CONSULT", "AGREE", "COOPERATE", "RETREAT")
PLACE_TARGET_TYPES = ("ASSAULT", "COERCE")
NOUN_TARGET_PREPS = ("on", "against", "at", "with", "to", "between", "targeting", "for")
CLAUSE_TARGET_TYPES = ("THREATEN", "ACCUSE", "SANCTION", "CONCEDE")
HANDOVER_MODES = ("return", "release")
SIDE_PREPS = ("between", "with", "among")
SIDE_TARGET_PREPS = ("on", "with", "to", "against", "at")
"""'called on both sides', 'deals with either country', 'appealed to the two leaders'."""
THIRD_PARTY_VERBS = frozenset({"mediate", "broker", "facilitate", "host", "convene", "sponsor", "chair",
                               "organize", "organise", "arrange", "moderate", "oversee"})
"""'Turkey and Qatar mediated the swap': a third party's co-subjects act together, not on each other."""
ACT_TARGET_PREPS = (*NOUN_TARGET_PREPS, "of")
"""A hostile act noun's 'of' names what it hit: 'the shelling of Kherson', 'the siege of Mariupol'."""
GIFT_TYPES = ("AID", "SUPPORT")
SENT_NOUNS = frozenset({"request", "demand", "call", "appeal", "plea", "ultimatum", "offer", "proposal",
                        "invitation", "warning", "threat"})
"""Nouns of what one party sends another: 'a request from X' is X's."""
"""What is given or pledged 'for X' goes to X: 'an aid package for Ukraine', 'pledged $1bn for Kyiv'."""


def _gives(cand: Candidate, verb: Token) -> bool:
    """The event gives or pledges something: an aid or support event, or an agreement to give ('will
    send systems', read as a promise)."""
    kind = load_lexicon().verbs.get(syn.lemma(verb))
    return cand.type in GIFT_TYPES or (kind is not None and kind.type in GIFT_TYPES)


CLAIM_TARGET_TYPES = ("REQUEST", "ACCUSE")
"""A demand or charge made in a that-clause is made of the clause's subject ('demanded that Moscow
withdraw', 'alleged that Russia had broken the truce')."""


def _mention_over(start: int, end: int, sentence: Sentence) -> ActorMention | None:
    for mention in sentence.actors:
        if mention.start < end and start < mention.end:
            return mention
    return None


def _entity_actor(start: int, end: int, token: Token, sentence: Sentence) -> Actor | None:
    """An unresolved name: a person/organisation/state entity, or a proper noun that is not a place."""
    if token.lower_ in PLATFORMS or syn.lemma(token) in load_lexicon().nouns:
        return None  # 'announced on Telegram', a sentence-initial 'Strikes': a medium or an act, not a party
    people = _qualified_people(token)
    if people is not None:
        return people
    for ent in doc_ents(token.doc):
        if ent.label_ in ENTITY_ACTORS and ent.start_char < end and start < ent.end_char:
            known = _lookup(ent.text)  # 'a NATO summit': the mention finder skipped a name it knows
            return known if known is not None and known.country else Actor(name=ent.text)
    if token.pos_ == "PROPN" and start <= token.idx < end and token.ent_type_ not in NOT_ACTORS:
        if any(p.start < end and start < p.end for p in [*sentence.places, *sentence.times]):
            return None
        words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
        return Actor(name=" ".join(t.text for t in words))
    return None


def _body_of_state(token: Token, sentence: Sentence) -> Actor | None:
    """'the Foreign Ministry of the State of Qatar', 'the Office of the President of the
    Republic of Chad': a body whose own name ends on a state (through 'of') is that state's body,
    though the tagger cut the state off its name and the dictionary does not know the whole."""
    if token.ent_type_ not in ("ORG", "") or token.pos_ != "PROPN":
        return None
    polities = default_dictionary().polities
    frontier = [token]
    for _ in range(3):
        frontier = [obj for word in frontier for obj in syn.prep_objects(word, ("of",))]
        for word in frontier:
            mention = _mention_over(word.idx, word.idx + len(word), sentence)
            if mention is None or not mention.actor.country:
                continue
            if polities.get(mention.actor.country, {}).get("name") != mention.actor.name:
                return None  # 'the office of Hamas's leader': a body of a named party, left as it was
            first = token
            while first.i > 0 and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head == token:
                first = first.nbor(-1)  # 'Foreign Ministry of X', not a live blog's '12:40 GMT -' before it
            name = token.doc.text[first.idx:mention.end]
            return Actor(name=name, country=mention.actor.country, sector="GOV")
    return None


def actor_at(token: Token | None, sentence: Sentence, depth: int = 0) -> Actor | None:
    """The actor a noun phrase names: its head, its pre-modifiers ('Russian forces'), or 'of X'."""
    if token is None:
        return None
    if token.idx < sentence.dateline_end:
        # 'BOGOTA, Colombia (AP) — Colombian President X suspended...': where the story was filed and
        # by whom; the parser may hang the real doer, after the dash, on the dateline's words
        after = [t for t in token.subtree if t.idx >= sentence.dateline_end > t.head.idx and syn.is_noun(t)]
        return actor_at(after[0], sentence, depth) if after else None
    head_start, head_end = token.idx, token.idx + len(token)
    holder = _holder_beside(token, sentence)
    if holder is not None:
        return holder
    left = token.left_edge.idx
    for start, end in ((head_start, head_end), (left, head_end)):
        mention = _mention_over(start, end, sentence)
        if mention is not None:
            # 'the Foreign Ministry of the Kingdom of Norway': a body known by no state's name
            return (None if mention.actor.country else _body_of_state(token, sentence)) or mention.actor
    beside = _named_beside(token, sentence)
    if beside is not None:
        return beside
    body = _body_of_state(token, sentence)
    if body is not None:
        return body
    if depth < 1:
        for obj in syn.prep_objects(token, ("of", "from", "in", "like", "including")):
            found = actor_at(obj, sentence, depth + 1)
            if found is not None:
                return found
    return _entity_actor(head_start, head_end, token, sentence) or _demonym_actor(token)


def _holder_beside(token: Token, sentence: Sentence) -> Actor | None:
    """'the OSCE Chief Monitor for Moldova, Karl Lind, said': a person's name set beside a capitalised
    title between commas is who acts, though the title alone reads as its body; he keeps the body's
    state where his name gives none."""
    if token.ent_type_ == "PERSON" or token.pos_ != "PROPN":
        return None
    for named in (c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"):
        mention = _mention_over(named.idx, named.idx + len(named), sentence)
        if mention is None or mention.how == "pronoun":
            continue
        owner = _mention_over(token.left_edge.idx, token.idx + len(token), sentence)
        if mention.actor.country or owner is None or not owner.actor.country:
            return mention.actor
        return Actor(mention.actor.name, owner.actor.country, mention.actor.sector or owner.actor.sector)
    return None


def _named_beside(token: Token, sentence: Sentence) -> Actor | None:
    """'the EU envoy, Peter Sorensen, said', 'the UN envoy for Libya, Hanna Tetteh, said': a name set
    beside an office between commas holds it (the parser may hang the name on the office's remit,
    so a person there counts too)."""
    for named in (c for c in token.children if c.dep_ == "appos"):
        mention = _mention_over(named.idx, named.idx + len(named), sentence)
        if mention is not None:
            return mention.actor
    persons = default_dictionary().persons
    for remit in syn.prep_objects(token, ("for", "to", "on")):
        for named in (c for c in remit.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"):
            mention = _mention_over(named.idx, named.idx + len(named), sentence)
            if mention is not None and (mention.actor.name in persons or mention.how == "name"):
                return mention.actor
    return None


PRONOUN_SUBJECTS = ("it", "they", "he", "she", "we")


STATEMENT_NOUNS = frozenset({"readout", "statement", "communique", "communiqué", "declaration", "release",
                             "briefing", "note", "message", "memo", "post", "bulletin"})
"""What a body issues in its own voice: 'the Kremlin readout' is the state speaking, not the building."""


def _demonym_actor(token: Token) -> Actor | None:
    """'Palestinian prisoners', 'Israeli tanks', 'Algerians', 'Beirut', 'the Islamic Jihad movement': a
    nationality, capital or organisation name the mention finder left unresolved still names the side;
    a group noun ('Israeli forces') stands for the state itself."""
    from detente.extract.events_lexicon import load_lexicon

    lex = load_lexicon()
    parts = [token] + [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    # 'Russian MiG-31 fighter jets': a nationality on a compound inside the phrase
    # and 'US Predator attacks': a state's name on a compound of a compound
    parts += [g for c in parts[1:] if c.dep_ == "compound" for g in c.subtree
              if g.dep_ == "amod" or (g.dep_ == "compound" and g is not c and g.ent_type_ == "GPE")]
    for part in parts:
        if part is not token and part.ent_type_ in ENTITY_ACTORS:
            ent = next((e for e in doc_ents(token.doc) if e.start <= part.i < e.end), None)
            known = _lookup(ent.text if ent is not None else part.text)
            if known is not None and known.country and part.dep_ == "compound" \
                    and syn.lemma(token) in STATEMENT_NOUNS:
                return known  # 'the Kremlin readout', 'a White House statement': the seat's state speaks
            if known is not None and known.country and part.dep_ == "compound" and ent is not None \
                    and ent.label_ == "ORG" and ent.end == token.i:
                return known  # 'a United Nations mission', 'an OSCE team': the body it is sent by
            return Actor(name=ent.text if ent is not None else part.text)
        capital = part.ent_type_ == "GPE" and part is token and token.dep_ in ("nsubj", "agent", "pobj")
        # a country named as modifier ("Mali's junta", "Zambia opposition leaders")
        untagged = part is not token and part.pos_ == "PROPN" and part.ent_type_ in ("", "GPE")
        # 'three Russian MiG-31 jets': the tagger may fold the nationality into a product name
        untagged = untagged or (part.dep_ == "amod" and part.text.istitle() and part.ent_type_ in UNSURE_ENTS)
        if part.ent_type_ != "NORP" and not capital and not untagged:
            continue
        found = _lookup(_entity_text(part) if capital else part.text)
        if untagged and (found is None or not found.country):
            continue
        if found is not None and found.country and (capital or syn.lemma(token) in lex.group_nouns):
            return found
        country = found.country if found is not None else None
        if country is None and (capital or syn.lemma(token) in lex.group_nouns):
            return None  # 'Western allies including Berlin': leave it to the places inside the phrase
        return Actor(name=part.text if part is token else f"{part.text} {token.text}", country=country)
    return None


def _qualified_people(token: Token) -> Actor | None:
    """'Iraqi Kurds', 'Syrian Druze': a people no state is named for, qualified by a state's adjective,
    are that state's (an 'ethnic' people abroad is not: it names no state here)."""
    if token.ent_type_ != "NORP" or _lookup(token.text) is not None:
        return None
    for word in token.children:
        found = _lookup(word.text) if word.dep_ == "amod" and word.ent_type_ == "NORP" else None
        if found is not None and found.country:
            return Actor(name=f"{word.text} {token.text}", country=found.country)
    return None


def _entity_text(token: Token) -> str:
    """The whole name a token heads ('the United States', 'Saudi Arabia'): a state of several words is
    looked up whole, or it is lost where it stands as a place ('blows to the United States')."""
    ent = next((e for e in doc_ents(token.doc) if e.start <= token.i < e.end), None)
    return ent.text if ent is not None else token.text


def _lookup(name: str) -> Actor | None:
    try:
        from detente.nlp.language import _resolver

        return _resolver().lookup(name)
    except Exception:  # the resolver is optional here
        return None


def _issued(anchor: Token) -> bool:
    """'issued a declaration demanding...': a participle on a thing someone put out, not on a group."""
    head = anchor.head
    return (anchor.dep_ == "acl" and anchor.tag_ == "VBG" and head.dep_ == "dobj" and not head.ent_type_
            and not _is_group(head))


def _pronoun_actor(subject: Token | None, anchor: Token, sentence: Sentence) -> Actor | None:
    """'Hungary said it will support...': a pronoun subject is the speaker of the clause above."""
    if subject is None or subject.lower_ not in PRONOUN_SUBJECTS or anchor.head.i == anchor.i:
        return None
    return main_actor(anchor.head, sentence)


def _stranded_subject(verb: Token) -> Token | None:
    """'Hamas freed the hostages and Israel released prisoners': the parser may hang 'Israel' on the
    first object as a conjunct; a conjoined verb with no subject of its own takes the name before it."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    return before if before.pos_ == "PROPN" and before.dep_ == "conj" and before.head.i < verb.i else None


RELATIVE_SUBJECTS = ("that", "which", "who")
ANSWER_TYPES = ("AGREE", "REJECT", "CONCEDE")
PROPOSAL_VERBS = {"invitation": "invite", "invite": "invite", "offer": "offer", "proposal": "propose",
                  "call": "call", "request": "request", "demand": "demand", "appeal": "appeal",
                  "plan": "propose", "ultimatum": "issue", "plea": "plead"}
"""An answer's object noun and the verb that makes it: 'accepted the invite' answers whoever invited."""


def proposal_author(cand: Candidate, sentence: Sentence, actor: Actor | None) -> Actor | None:
    """Accepting or rejecting an invitation, offer, call or demand answers its author: the noun's
    owner ('Kim's invitation'), the clause the noun hangs on ('called for a truce, a call the army
    accepted'), or the subject of the sentence's verb that made it ('X invited Y ... Y accepted the
    invite')."""
    if cand.type not in ANSWER_TYPES or cand.role != "verb":
        return None
    verb = cand.inner or cand.token
    nouns = [o for o in syn.direct_objects(verb) if syn.lemma(o) in PROPOSAL_VERBS]
    if verb.dep_ == "relcl" and (syn.lemma(verb.head) in PROPOSAL_VERBS or _proposer(verb.head, verb)):
        nouns.append(verb.head)
    if not nouns:
        nouns = _elided_proposal(verb)
    for noun in nouns:
        # 'Kim's invitation', 'calls by Belarus's rulers': the owner, else the doer after 'by'
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or syn.agent_of(noun)
        if owner is None and noun.head.i == verb.i and not syn.subject_of(verb)[1]:
            owner = syn.agent_of(verb)  # 'accepted the offer by Ankara', the 'by' hung on the verb
        found = actor_at(owner, sentence) if owner is not None else None
        maker = _proposer(noun, verb) or _making_verb(noun)
        if found is None and maker is not None:
            found = actor_at(syn.subject_of(maker)[0], sentence)
        if found is not None and (actor is None or found.name != actor.name):
            return found
    return None


PROPOSING_VERBS = frozenset({"propose", "offer", "suggest", "table", "present", "submit", "float", "extend",
                             "issue", "make", "put", "send", "unveil", "draft", "broker", "invite"})
"""Verbs that put a proposal to others: 'Turkey proposed a truce, which Kyiv accepted', 'made an offer'."""


def _proposer(noun: Token, answer: Token) -> Token | None:
    """The verb that put the answered thing forward, when the thing is its object: a proposal noun under
    any such verb ('made an offer'), any noun under a verb of proposing ('proposed a truce')."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i == answer.i or not syn.is_verb(verb):
        return None
    if syn.lemma(verb) in PROPOSING_VERBS and (syn.lemma(noun) in PROPOSAL_VERBS or syn.lemma(verb) in
                                               ("propose", "offer", "suggest", "table", "submit", "float")):
        return verb
    return None


ANSWER_COMPLEMENTS = ("dobj", "obj", "xcomp", "ccomp", "attr", "oprd")


def _elided_proposal(verb: Token) -> list[Token]:
    """'an offer that Kyiv welcomed but Moscow rejected', 'a call the army accepted and the rebels
    refused': a coordinated answer with no object of its own answers the proposal noun before it (the
    parser often hangs the second verb on the main clause, away from the relative clause)."""
    if verb.dep_ != "conj" or any(c.dep_ in ANSWER_COMPLEMENTS for c in verb.children):
        return []
    if any(c.dep_ == "prep" and syn.lemma(c) in ("to", "on", "with") for c in verb.children):
        return []  # 'agreed to a truce', 'agreed on terms': the answer names its own object
    before = [t for t in verb.sent if t.i < verb.i and syn.is_noun(t)
              and (syn.lemma(t) in PROPOSAL_VERBS or _proposer(t, verb) is not None)]
    described = [t for t in before if any(c.dep_ == "relcl" and c.i < verb.i for c in t.children)]
    return described[-1:]


def _making_verb(noun: Token) -> Token | None:
    """The verb that made the proposal noun: the one it stands in apposition under, else the sentence's
    verb of the same family ('invited' for 'the invite')."""
    token = noun
    while token.dep_ in ("appos", "pobj", "prep") and token.head.i != token.i:
        token = token.head
        if syn.is_verb(token) and syn.lemma(token) == PROPOSAL_VERBS[syn.lemma(noun)]:
            return token
    family = PROPOSAL_VERBS[syn.lemma(noun)]
    return next((t for t in noun.sent if t.i < noun.i and syn.is_verb(t) and syn.lemma(t) == family), None)


def _relative_antecedent(subject: Token | None, anchor: Token, sentence: Sentence) -> Actor | None:
    """'Canada, Norway and other partners that have sent tanks': a relative pronoun subject stands for
    the noun the clause hangs on, and a list ending in 'other partners' is led by the parties it names."""
    clause = relative_clause(anchor)
    if subject is None or subject.lower_ not in RELATIVE_SUBJECTS or clause is None:
        return None
    noun = clause.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    act = antecedent_act(clause)
    if act is not None:
        return _noun_actor(act, sentence)  # 'Hamas's attack, which killed...': the attack's doer
    return _first_actor([noun], sentence, None)


def relative_clause(verb: Token) -> Token | None:
    """The relative clause a verb tells: its own ('the strike, which killed two'), or the one whose
    speaker it is the words of ('the strike, which officials said killed two': the parser hangs the
    clause on 'said', and the relative pronoun is the subject of 'killed')."""
    if verb.dep_ == "relcl":
        return verb
    outer = verb.head
    if verb.dep_ in ("ccomp", "xcomp") and outer.dep_ == "relcl" and syn.lemma(outer) in REPORTING:
        # the reporter is the outer verb's subject; a relative pronoun hung there too is the inner's
        speakers = [c for c in outer.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_SUBJECTS]
        return outer if speakers else None
    return None


REPORTING = frozenset({"say", "claim", "report", "allege", "believe", "estimate", "state", "tell"})


def _is_act(token: Token | None) -> bool:
    """The token is an event noun of the lexicon ('shelling', 'attack')."""
    return token is not None and syn.is_noun(token) and syn.lemma(token) in load_lexicon().nouns


def antecedent_act(verb: Token) -> Token | None:
    """The act noun a relative clause describes: 'the attack, which killed 12', and also 'the attack
    on depots deep inside Kyiv, which killed 12', where the parser hangs the clause on the nearer
    object: the nearest act noun at or above the clause's noun, below any verb."""
    verb = relative_clause(verb)  # type: ignore[assignment]
    if verb is None:
        return None
    acts = load_lexicon().nouns
    for noun in (verb.head, *verb.head.ancestors):
        if syn.is_verb(noun):
            return None
        if syn.is_noun(noun) and syn.lemma(noun) in acts:
            return noun
    return None


def main_actor(token: Token, sentence: Sentence) -> Actor | None:
    """The actor subject of the nearest clause above the token that names one."""
    for _ in range(6):
        subject, passive = syn.subject_of(token) if syn.is_verb(token) else (None, False)
        found = actor_at(subject, sentence) if not passive else None
        if found is not None:
            return found
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _under_sides(cand: Candidate, subject: Token | None,
                 sentence: Sentence) -> tuple[Actor | None, list[Token]]:
    """'X came under (Russian) attack/fire (from Y)': the attack's owner or what it came from attacks, X
    is struck."""
    sources = [*syn.prep_objects(cand.token, ("from",)), *syn.prep_objects(cand.anchor, ("from",))]
    actor = _noun_actor(cand.token, sentence) or _first_actor(sources, sentence, None)
    if actor is None:
        actor = _place_state(sources, sentence, None)  # 'from Cambodian positions'
    return actor, [subject] if subject is not None else []


HOLDINGS = frozenset({"asset", "reserve", "profit", "revenue", "fund", "proceeds", "money", "interest",
                      "income", "windfall", "saving", "deposit", "bond", "holding", "capital"})
"""Money and what yields it: 'credit repaid from the interest on seized Russian reserves', 'lending backed by
Russian holdings' names whose money it is, not who acts."""


def _holdings(token: Token | None) -> bool:
    """The doer's phrase is money or holdings ('the interest on seized reserves', 'Russian holdings')."""
    if token is None:
        return False
    heads = [token, *syn.prep_objects(token, ("of", "from", "on"))]
    return any(syn.lemma(h) in HOLDINGS for h in heads)


def _noun_actor(noun: Token, sentence: Sentence) -> Actor | None:
    """'Ukraine's attack', 'a Russian strike', 'the attack by Russia'."""
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            found = actor_at(child, sentence)
            if found is not None:
                return found
    return actor_at(syn.agent_of(noun), sentence) or _possessor_before(noun, sentence) \
        or _moving_forces(noun, sentence) or _owning_pronoun(noun, sentence)


def _sender(noun: Token, sentence: Sentence) -> Actor | None:
    """'granted a transfer request from Washington', 'rejected a demand from Moscow': a request,
    demand or call 'from X' is X's, whoever the clause around it names."""
    if syn.lemma(noun) not in SENT_NOUNS:
        return None
    return next((a for a in map(lambda o: actor_at(o, sentence), syn.prep_objects(noun, ("from",)))
                 if a is not None), None)


def _owning_pronoun(noun: Token, sentence: Sentence) -> Actor | None:
    """'leaves the militia free to keep up its raids', 'said their forces completed their
    withdrawal': an act owned by 'its'/'their' is done by the subject of a clause above it, else by the
    last state or group named before it (never a person: 'its' and 'their' are not people here)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if owner is None:
        return None
    bound = _subject_above(owner, sentence, None)
    if bound is not None:
        return bound
    from detente.nlp.language import _resolver

    people = _resolver().d.persons
    before = [m.actor for m in sentence.actors if m.end <= owner.idx and m.how not in ("pronoun", "surname")
              and m.actor.country and m.actor.name not in people]
    return before[-1] if before else None


def _moving_forces(noun: Token, sentence: Sentence) -> Actor | None:
    """'the withdrawal of Russian troops', 'the deployment of North Korean soldiers': the forces that
    move, named after 'of', are the side that moves them."""
    kind = load_lexicon().nouns.get(syn.lemma(noun))
    if kind is None or kind.mode not in MOVE_PREPS:
        return None
    forces = [o for o in syn.prep_objects(noun, ("of",)) if _is_group(o)]
    return next((a for a in (actor_at(o, sentence) for o in forces) if a is not None and a.country), None)


POSSESSIVE_MARKS = ("'s", "’s", "'", "’")


def _possessor_before(noun: Token, sentence: Sentence) -> Actor | None:
    """'Hamas’ October attack': a party right before a possessive mark that opens the noun's phrase
    owns it, even where the parser hung the name elsewhere (a bare apostrophe after an s often
    misleads it)."""
    left = noun.left_edge.i
    mark = noun.doc[left - 1] if left > 1 else None
    if mark is None or mark.text not in POSSESSIVE_MARKS:
        return None
    owner = noun.doc[mark.i - 1]
    mention = _mention_over(owner.idx, owner.idx + len(owner), sentence)
    return mention.actor if mention is not None else None


INSTRUMENTS = frozenset({"treaty", "agreement", "accord", "pact", "convention", "deal", "memorandum",
                         "charter", "protocol", "initiative"})
"""Named instruments ('the Indus Waters Treaty', 'the Black Sea Grain Initiative') are what an act is
about, never a party to it: suspending a treaty acts on the other side of the treaty."""


def _instrument(actor: Actor) -> bool:
    """A named treaty, accord or initiative, which the entity finder may take for an organisation."""
    words = actor.name.lower().split()
    return not actor.country and bool(words) and words[-1] in INSTRUMENTS


def _seized_from(verb: Token, objects: list[Token]) -> list[Token]:
    """'wrested control of the refinery in Khartoum from the RSF', 'captured the town from Ukrainian
    forces': the side a place is taken from (where the place lies is left to the place readers)."""
    held = [p for o in objects if syn.lemma(o) == "control" for p in syn.prep_objects(o, ("of", "over"))]
    losers = list(syn.prep_objects(verb, ("from",)))
    return losers + [t for h in [*objects, *held] for t in syn.prep_objects(h, ("from",))]


OUTWARD_TYPES = ("AGREE", "SUPPORT", "AID", "COOPERATE")
"""Acts a state does toward another party: it does not agree with, back or give to itself."""


def _own_side(cand: Candidate, target: Actor | None, actor: Actor | None) -> bool:
    """The party acted on is the actor's own state, its forces or its officials (not an armed
    movement at home, which is a side of its own)."""
    if cand.type not in OUTWARD_TYPES or target is None or actor is None or not actor.country:
        return False
    return target.country == actor.country and not insurgent(target) and not insurgent(actor)


ENABLING_VERBS = frozenset({"let", "allow", "permit", "enable", "help"})
GIVING_VERBS = frozenset({"lend", "give", "send", "grant", "provide", "offer", "supply", "loan", "transfer",
                          "deliver"})


def _beneficiaries(cand: Candidate) -> list[Token]:
    """'agreed to let an OSCE team visit', 'a deal that would allow Moldova to buy missiles', 'proposed
    lending Moldova 5 billion': whom the agreed or offered act lets do something, or is given to."""
    verb = cand.inner or cand.token
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    clauses += [c for o in (cand.token, *syn.direct_objects(verb)) for c in o.children
                if c.dep_ in ("relcl", "acl")]
    found: list[Token] = []
    for clause in clauses:
        if syn.lemma(clause) in ENABLING_VERBS:
            found += syn.direct_objects(clause)
            found += [s for c in clause.children if c.dep_ in ("ccomp", "xcomp")
                      for s in c.children if s.dep_ == "nsubj"]
        elif syn.lemma(clause) in GIVING_VERBS:
            found += [c for c in clause.children if c.dep_ == "dative"]
            found += [o for o in syn.direct_objects(clause) if o.pos_ == "PROPN"]
    return found


SENT_INTO = ("in", "into", "to", "inside")


def _sent_into(cand: Candidate, sentence: Sentence, actor: Actor | None) -> Actor | None:
    """'willing to station its medics on the ground in Lebanon': where a side's own forces go is the
    state its act is for."""
    verb = cand.inner or cand.token
    holders = [verb, *syn.direct_objects(verb)]
    holders += [o for h in list(holders) for o in syn.prep_objects(h, ("on",))]  # 'on the ground in X'
    places = [p for h in holders for p in syn.prep_objects(h, SENT_INTO)]
    return _place_state(places, sentence, actor)


def _first_actor(tokens: list[Token], sentence: Sentence, skip: Actor | None) -> Actor | None:
    """The first party named among the tokens, preferring one we can place ('sending Patriot systems to
    Ukraine': Ukraine, not the unplaced product name)."""
    parts = [part for tok in tokens for part in [tok, *tok.conjuncts]]
    found = [a for a in (actor_at(part, sentence) for part in parts)
             if a is not None and a != skip and not _instrument(a)]
    return next((a for a in found if a.country), found[0] if found else None)


def _named_targets(clause: Token) -> list[Token]:
    """What a side names as its target ('troops from NATO states would be targets', 'will regard ships
    bound for Ukrainian ports as...'): the named thing, then the states its words tie it to."""
    named = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
             and c.lower_ not in ("it", "we", "they")]
    tied = [t for n in named for t in n.subtree if t.ent_type_ in ("GPE", "NORP", "ORG") and t is not n]
    return named + tied


def participants(cand: Candidate, sentence: Sentence) -> tuple[Actor | None, Actor | None, bool]:
    """(actor, target, has_participant): has_participant is also true for 'both sides', 'troops'."""
    anchor, token = cand.anchor, cand.token
    given_for: list[Token] = []
    subject, passive = syn.subject_of(anchor)
    subject, stranded = _fronted_repair(anchor, subject, passive)
    if _time_controller(subject) and anchor.head.i != anchor.i:
        subject, passive = syn.subject_of(anchor.head)  # 'spent the day negotiating': not the day
    passive = passive or _reduced_passive(anchor, subject)
    if cand.role in ("verb", "demand"):
        actor_tok = syn.agent_of(anchor) if passive else subject
        inner = cand.inner or token
        targets = [subject] if passive and subject is not None else []
        if cand.role == "demand" and cand.inner is not None:
            targets = [syn.subject_of(cand.inner)[0]]  # 'X said Y must...': the demand is made of Y
        objects = syn.direct_objects(inner) or _shared_objects(inner, cand.type)
        mutual_verb = cand.type in RECIPROCAL_TYPES and syn.lemma(inner) not in THIRD_PARTY_VERBS
        if (mutual_verb or each_other(cand)) and subject is not None and not passive:
            targets += list(subject.conjuncts)  # 'Serbia and Kosovo agreed to resume the EU-brokered talks'
        targets += _seized_from(inner, objects) if cand.mode == "seize" else []
        targets += _accused_phrases(cand, objects) + list(syn.prep_objects(inner))
        targets += [t for o in objects if not _victims_told(cand, o)
                    for t in syn.prep_objects(o, ("on", "against", "with", "to", "at"))]
        if _gives(cand, inner):  # 'passed an aid package for Ukraine', 'will send $1bn for Kyiv'
            given_for = [t for h in (inner, *objects) for t in syn.prep_objects(h, ("for",))]
        named = [c for c in inner.children if c.dep_ == "oprd"]  # 'called Kyiv a terrorist regime'
        targets += [g for c in named for g in c.subtree if g.dep_ in ("nmod", "poss")]
        # Fallbacks, tried last: 'euros in aid to Ukraine' (a recipient one phrase deeper) and
        # 'called the EU sanctions package illegal' (the actor the object belongs to).
        deeper = [p for o in objects for p in syn.prep_objects(o, ("in", "of", "for"))]
        targets += [t for d in deeper for t in syn.prep_objects(d, ("to", "for", "on", "against"))]
        targets += [c for o in objects for c in o.children if c.dep_ in ("compound", "poss", "nmod")]
        # 'demanded an admission by Moscow', 'condemned the attack by Russia': the doer of the act named
        targets += [a for a in map(syn.agent_of, objects) if a is not None]
        if not passive and objects:  # the parser may hang that 'by' on the active verb instead
            targets += [a for a in [syn.agent_of(inner)] if a is not None]
        # Last: what the act went on to hit ('blew up a train, destroying Russia's supply line').
        results = [syn.direct_objects(c) for c in inner.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        hit = [o for objs in results for o in objs]
        targets += [t for o in hit for t in (o, *o.children) if t.dep_ in ("dobj", "poss")]
        if cand.type in CLAIM_TARGET_TYPES:
            targets += _clause_subjects(inner)
        if cand.type == "ACCUSE" and syn.lemma(inner) == "be":
            targets += _judged(inner)  # 'said Russia's strikes were barbaric'
        elif cand.type == "ACCUSE" and inner is not token and syn.is_verb(inner):
            targets += [s for s in [syn.subject_of(inner)[0]] if s is not None]  # 'said Kyiv was stalling'
        if cand.type == "THREATEN" and cand.inner is not None and declares_target(cand.inner):
            targets += _named_targets(cand.inner)  # 'said ships bound for Ukrainian ports would be targets'
        if cand.type == "REQUEST" and syn.lemma(inner) == "be":  # 'said its demand is Russia's withdrawal'
            targets += [c for c in inner.children if c.dep_ == "attr"]
        act = antecedent_act(anchor) if cand.type in PLACE_TARGET_TYPES else None
        if act is None and cand.type in PLACE_TARGET_TYPES and _is_act(subject) and not passive:
            act = subject  # 'Russian shelling of Kherson killed two': the act's own object is hit
        if act is not None:
            targets += list(syn.prep_objects(act, ACT_TARGET_PREPS))  # 'the attack on X, which killed'
        stranded = None if passive else actor_at(_stranded_subject(anchor), sentence)
        actor = stranded or (None if _holdings(actor_tok) else actor_at(actor_tok, sentence))
        if actor is None and not passive:
            actor = _relative_antecedent(actor_tok, anchor, sentence)
        if actor is None and not passive:
            actor = _pronoun_actor(subject, anchor, sentence)
        if actor is None and _issued(anchor):
            actor = main_actor(anchor.head.head, sentence)  # 'issued a statement demanding...': its issuer
    elif cand.role == "under":
        actor, targets = _under_sides(cand, subject, sentence)
    else:
        clause_actor = None
        if cand.role != "subject":
            clause_actor = actor_at(syn.agent_of(anchor) if passive else subject, sentence)
        if clause_actor is None and cand.role == "during":
            clause_actor = main_actor(anchor, sentence)  # 'X voiced ... during a call with Y'
        actor = clause_actor if cand.role == "light" and clause_actor else _noun_actor(token, sentence)
        actor = _sender(token, sentence) or actor
        actor = actor or clause_actor
        preps = ACT_TARGET_PREPS if cand.type in PLACE_TARGET_TYPES else NOUN_TARGET_PREPS
        targets = list(syn.prep_objects(token, preps))
        if stranded is not None and stranded.i > token.i:
            targets.append(stranded)  # 'During talks with X, Y said': X, which the parser made the subject
        if cand.role == "light":
            more = syn.prep_objects(anchor, ("on", "against", "with", "to"))
            targets += [t for t in more if t is not token]
        if cand.role == "subject":
            targets += syn.direct_objects(anchor)
        if cand.type in CLAIM_TARGET_TYPES:
            targets += _clause_subjects(token)  # 'its demand that Israel ease', 'the charge that Moscow lied'
    if actor is None and cand.threat and cand.role == "subject":
        actor = _placed_speaker(anchor, sentence)  # 'X said attacks would continue'
    if actor is None and cand.role == "light" and anchor.dep_ == "acl" and syn.is_noun(anchor.head):
        actor = main_actor(anchor.head, sentence)  # 'X voiced its readiness to host talks'
    if actor is None and _is_group(subject) and not passive and anchor.dep_ != "acl":
        actor = _place_state([subject], sentence, None)  # 'the junta in Niger'
    if cand.type == "CONSULT":
        targets = [t for t in targets if not _venue(t)]
    target = _first_actor(targets, sentence, actor)
    if _own_side(cand, target, actor):
        # 'Oslo offered to send Norwegian engineers to Latvia': a state does not agree with or
        # support itself; its own forces or officials named there are the means, look further
        outward = [t for t in targets if not _own_side(cand, actor_at(t, sentence), actor)]
        target = _first_actor(outward, sentence, actor) or _sent_into(cand, sentence, actor)
    if target is None and cand.type in OUTWARD_TYPES:
        target = _first_actor(_beneficiaries(cand), sentence, actor)  # 'agreed to let an OSCE team visit'
    if target is None and actor is not None and given_for:
        target = _first_actor(given_for, sentence, actor)  # a giver is named: what it gives 'for X' goes to X
    if (target is None or not target.country) and cand.type in PLACE_TARGET_TYPES:
        # 'seized Goma': a name the tagger took for a person is the state the place lies in
        target = _place_state(targets, sentence, actor) or target
    mutual = cand.type in RECIPROCAL_TYPES and syn.lemma(cand.inner or token) not in THIRD_PARTY_VERBS
    if target is None and mutual and subject is not None and not passive:
        target = _first_actor(list(subject.conjuncts), sentence, actor)
    if mutual and (actor is None or target is None):
        sides = [subject] if subject is not None and not passive else []
        sides += targets if cand.role == "verb" else list(syn.prep_objects(token, SIDE_PREPS))
        actor, target = _paired_sides(sides, sentence, actor, target)
    if target is None and cand.type in CLAUSE_TARGET_TYPES:
        target = _clause_adversary(cand, sentence, actor, subject)
    if target is None:
        target = _object_pronoun(targets, sentence, actor)
    if target is None and cand.type == "MOBILIZE":
        target = _intercepted(cand.inner or token, actor)
    if target is None and cand.mode in HANDOVER_MODES and cand.role == "verb":
        # 'returned eight civilians from Russia's Kursk region': the side they were taken back from
        origin = list(syn.prep_objects(cand.inner or token, ("from",)))
        target = _first_actor(origin, sentence, actor) or _place_state(origin, sentence, actor)
    if target is None:
        target = _moved_target(cand, sentence, actor)
    target = _airspace_owner(target)
    if target is not None and actor is not None and target.name == actor.name:
        target = None
    if cand.type in RECIPROCAL_TYPES and actor is not None and target is not None and not actor.country:
        actor, target = target, actor  # a reciprocal event: lead with the party we could identify
    present = actor is not None or target is not None or _is_group(subject) or _is_group(token)
    return actor, target, present


MOVE_PREPS = {"withdraw": ("from", "out"), "troops": ("in", "into", "to", "inside", "across")}
"""Where forces leave from or are sent to, by the mode of the moving verb in the lexicon."""


def _moved_target(cand: Candidate, sentence: Sentence, actor: Actor | None) -> Actor | None:
    """'agreed to withdraw its troops from Lebanon', 'refused to deploy peacekeepers in Iraq', 'the
    withdrawal of forces from Kherson': the place forces leave or are sent into is the state acted on
    (a place in the actor's own state is not)."""
    lex = load_lexicon()
    verb = cand.inner or cand.token
    movers = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "conj") and syn.has_to(c))]
    for mover in movers:
        kind = _moving_trigger(mover, lex)
        preps = MOVE_PREPS.get(kind.mode or "") if kind is not None else None
        if not preps:
            continue
        holders = [mover, *syn.direct_objects(mover)]  # 'deploy peacekeepers in Iraq': on the object
        places = [p for h in holders for p in syn.prep_objects(h, preps)]
        places += [o for c in mover.children if c.lower_ == "out" for o in syn.prep_objects(c, ("of",))]
        found = _first_actor(places, sentence, actor) or _place_state(places, sentence, actor)
        if found is not None:
            return found
    return None


def _moving_trigger(word: Token, lex: Lexicon) -> Trigger | None:
    """The lexicon's reading of a verb, of a phrasal verb by its particle ('pulled out'), or of a noun."""
    if not syn.is_verb(word):
        return lex.nouns.get(syn.lemma(word))
    after = [c for c in word.children if c.dep_ in ("prt", "prep") and c.i == word.i + 1]
    keys = [(syn.lemma(word), c.lower_) for c in after]
    phrasal = next((lex.phrasal[k] for k in keys if k in lex.phrasal), None)
    return phrasal or lex.verbs.get(syn.lemma(word))


RECIPROCAL_PAIRS = {("each", "other"), ("one", "another")}


def each_other(cand: Candidate) -> bool:
    """'Kyiv and Moscow accused each other', 'blame one another': the co-subjects act on one another."""
    if cand.role != "verb":
        return False
    verb = cand.inner or cand.token
    words = [*syn.direct_objects(verb), *syn.prep_objects(verb, ("of", "with", "against", "on", "at"))]
    return any((c.lower_, w.lower_) in RECIPROCAL_PAIRS or (w.lower_, c.lower_) in RECIPROCAL_PAIRS
               for w in words for c in w.children)


def _intercepted(verb: Token, actor: Actor | None) -> Actor | None:
    """Whose craft forces were sent out against ('sent jets to intercept the Russian drones', or 'to
    shoot them down' after 'Russian drones crossed'): the nationality on what the purpose clause acts on."""
    holders = [verb, *syn.direct_objects(verb)]
    purposes = [c for h in holders for c in h.children
                if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and syn.has_to(c)]
    for thing in (o for p in purposes for o in syn.direct_objects(p)):
        if thing.lower_ in ("them", "it"):  # the last craft named with its nationality before the pronoun
            tag = "NNS" if thing.lower_ == "them" else "NN"
            earlier = [t for t in thing.doc[thing.sent.start:thing.i]
                       if t.tag_ == tag and _nationality(t, actor) is not None]
            thing = earlier[-1] if earlier else thing
        found = _nationality(thing, actor)
        if found is not None:
            return found
    return None


def _nationality(noun: Token, actor: Actor | None) -> Actor | None:
    """The state a nationality adjective on the noun names ('Russian drones'), if not the actor's own."""
    for word in noun.children:
        found = _lookup(word.text) if word.ent_type_ == "NORP" and word.dep_ == "amod" else None
        if found is not None and found.country and (actor is None or actor.country != found.country):
            return state_actor(found.country)
    return None


def _airspace_owner(target: Actor | None) -> Actor | None:
    """'entered Estonian airspace' acts on Estonia: naming the state lets a retelling ('violated its
    airspace') join the first telling instead of standing as a second event."""
    if target is None or not target.country or not target.name.lower().endswith(("airspace", "air space")):
        return target
    return state_actor(target.country)


def _venue(token: Token) -> bool:
    """Where a meeting was held, not whom it was with: 'met at the palace' or 'met at a hotel' names a
    building (a party named there, 'met at the Kremlin', is an organisation and stays)."""
    return (token.dep_ == "pobj" and syn.lemma(token.head) == "at"
            and token.ent_type_ in ("FAC", "LOC", ""))


def _judged(copula: Token) -> list[Token]:
    """Who a reported verdict is about: the clause's subject, then what its predicate names
    ('this is reckless Russian behaviour': Russia, through the predicate's pre-modifiers)."""
    subject = syn.subject_of(copula)[0]
    named = [subject] if subject is not None and subject.pos_ != "PRON" else []
    predicate = [c for c in copula.children if c.dep_ in ("attr", "acomp")]
    # 'was disappointed with Putin': the party the speaker is displeased with
    return named + predicate + [o for c in predicate for o in syn.prep_objects(c, ("with", "at", "in"))]


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb's that-clauses ('demanded that Moscow withdraw': Moscow), or of a
    demand noun's ('its demand that Israel ease restrictions', 'demands, including that Kyiv ...')."""
    deps = ("ccomp", "acl") if syn.is_noun(verb) else ("ccomp",)
    clauses = [c for c in verb.children if c.dep_ in deps and c.i > verb.i]
    if syn.is_noun(verb):  # 'made demands, including that Kyiv pull its forces out'
        listed = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("including", "like")]
        clauses += [p for c in listed for p in c.children if p.dep_ in ("pcomp", "ccomp")]
    return [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _modifier_sides(noun: Token, sentence: Sentence) -> list[Actor]:
    """'Russian and Ukrainian negotiators', 'US and Russian officials': one group noun whose
    nationality modifiers are coordinated names two sides, one per modifier."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "nmod", "compound") and c.conjuncts]
    sides: list[Actor] = []
    for mod in mods[:1]:
        for part in sorted([mod, *mod.conjuncts], key=lambda t: t.i):
            found = actor_at(part, sentence, depth=1)
            if found is not None and found.country and all(found.country != s.country for s in sides):
                sides.append(found)
    return sides


def _paired_sides(nouns: list[Token], sentence: Sentence, actor: Actor | None,
                  target: Actor | None) -> tuple[Actor | None, Actor | None]:
    """Fill a reciprocal event's missing side from a noun that names both ('talks between Russian and
    Ukrainian delegations'): the first side leads unless it is already the other party."""
    for noun in nouns:
        sides = _modifier_sides(noun, sentence)
        if len(sides) < 2:
            continue
        known = {a.country for a in (actor, target) if a is not None}
        if actor is None and target is None:
            return sides[0], sides[1]
        rest = [a for a in sides if a.country not in known]
        if rest and actor is None:
            return rest[0], target
        if rest and target is None:
            return actor, rest[0]
    return actor, target


TIME_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                        "night", "nights", "morning", "evening", "afternoon", "weekend", "time", "minute"})


def _time_controller(subject: Token | None) -> bool:
    """'He spent the whole day negotiating': a length of time taken for the controller of the verb."""
    return subject is not None and subject.dep_ == "dobj" and (
        subject.lower_ in TIME_NOUNS or subject.ent_type_ in ("DATE", "TIME"))


def _reduced_passive(verb: Token, subject: Token | None) -> bool:
    """'soldiers captured at the plant were freed': a past participle with a subject but no auxiliary
    and no object is a reduced passive the parser read as a finite verb; its subject is the patient."""
    if subject is None or verb.tag_ != "VBN" or subject.head.i != verb.i or subject.dep_ != "nsubj":
        return False
    if verb.dep_ == "relcl" and verb.head.i < subject.i < verb.i:
        return False  # 'an attack the ministry condemned': a relative clause with its own subject is active
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children)


def _fronted_repair(anchor: Token, subject: Token | None, passive: bool) -> tuple[Token | None, Token | None]:
    """(subject, stranded object) after undoing a misparse of a fronted phrase ending in a name:
    'During a meeting with Chancellor A, President B said' is parsed either with A as the subject
    and B its apposition (the 'with' left without an object), or with B as A's apposition and no
    subject at all. Either way the name after the comma, right before the verb, is the subject."""
    if passive:
        return subject, None
    if subject is not None:
        before = anchor.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
        dangling = before is not None and before.dep_ == "prep" and not any(
            c.dep_ in ("pobj", "pcomp") for c in before.children)
        names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < anchor.i]
        if dangling and names and subject.pos_ == "PROPN" and _right_before(names[-1], anchor):
            return names[-1], subject
        return subject, None
    fronted = [c for c in anchor.children if c.dep_ == "prep" and c.i < anchor.i]
    for prep in fronted:
        names = [t for t in prep.subtree
                 if t.dep_ == "appos" and t.pos_ == "PROPN" and _right_before(t, anchor)]
        if names and names[-1].head.pos_ == "PROPN":
            return names[-1], None
    return None, None


def _right_before(name: Token, verb: Token) -> bool:
    """The name's phrase ends just before the verb (adverbs or auxiliaries may stand between)."""
    between = name.doc[name.right_edge.i + 1: verb.i]
    return all(t.pos_ in ("ADV", "AUX", "PART") for t in between)


OBJECT_PRONOUNS = ("him", "her")
OWNER_PRONOUNS = ("its", "their")
MISDEED_NOUNS = frozenset({"violation", "foray", "aggression", "provocation", "intrusion", "breach",
                           "escalation", "crime", "atrocity", "behavior", "behaviour", "act", "action",
                           "war", "terror", "terrorism", "wave", "barrage"})
RELATIVE_WORDS = ("which", "that", "what")


def condemned_acts(cand: Candidate, lex: Lexicon) -> list[Token]:
    """What a condemnation or accusation is about, when it is an act: 'condemned the strikes', 'called
    the barrage a brazen attack', 'the foray, which X condemned', 'alleging violations of the truce'."""
    verb = cand.inner or cand.token
    if cand.role != "verb":
        return []
    things = syn.direct_objects(verb) + [c for c in verb.children if c.dep_ == "oprd"]
    things += list(syn.prep_objects(verb, ("of", "for", "over", "as")))
    things = [verb.head if t.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl" else t for t in things]
    things += _named_what(verb)
    things += [p for t in things for p in syn.prep_objects(t, ("of",))]  # 'the wave of strikes'
    told = told_act(verb, lex) if syn.lemma(verb) == "be" else None
    things += [told] if told is not None else []  # '"This attack is an attempt to derail...," X said'
    acts = []
    for thing in things:
        kind = lex.nouns.get(syn.lemma(thing))
        if syn.lemma(thing) in MISDEED_NOUNS or (kind is not None and kind.type in lex.hostile):
            acts.append(thing)
    return acts


NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "dub"})


def _named_what(verb: Token) -> list[Token]:
    """'denounced what she called a vile raid', 'what they described as a massacre': the free
    relative's object is the thing it is called (the parser hangs 'called' under the verb, with
    'what' as its object)."""
    namings = [c for c in verb.children if c.dep_ in ("ccomp", "dobj") and syn.lemma(c) in NAMING_VERBS
               and any(w.lower_ == "what" for w in c.children)]
    return [o for c in namings for o in (*(k for k in c.children if k.dep_ == "oprd"),
                                         *syn.prep_objects(c, ("as",)))]


PATIENT_OF_NOUNS = frozenset({"shelling", "bombing", "bombardment", "siege", "invasion", "occupation",
                              "annexation", "blockade", "storming", "destruction", "encirclement",
                              "targeting", "shooting", "killing"})
"""Attack nouns whose 'of' names what was attacked ('the shelling of Kyiv', 'the invasion of Ukraine'),
unlike 'the aggression of Russia'."""


def _patient_of(act: Token) -> bool:
    return syn.lemma(act) in PATIENT_OF_NOUNS or act.lower_ in PATIENT_OF_NOUNS


def _doer_phrases(act: Token) -> list[Token]:
    """Where an act names its doer: the act's phrase and its 'of' ('the aggression of Russia'), but
    only the owner and modifiers of an attack whose 'of' names what was hit ('Russia's bombardment of
    Odesa', 'the Russian shelling of Kyiv'; 'the shelling of Kyiv' names no doer)."""
    if _patient_of(act) and any(syn.prep_objects(act, ("of",))):
        return [c for c in act.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    return [act, *syn.prep_objects(act, ("of",))]


def _accused_phrases(cand: Candidate, objects: list[Token]) -> list[Token]:
    """What a condemnation names as the accused: 'condemned the shelling of Kyiv' names no one (the
    attacked city is no doer), 'condemned Russia's bombardment of Odesa' names its owner."""
    if cand.type != "ACCUSE":
        return objects
    return [part for thing in objects for part in (_doer_phrases(thing) if _patient_of(thing) else [thing])]


def _victims(cand: Candidate) -> list[Token]:
    """The ones a condemned attack was made on ('condemned the shelling of Kyiv', 'the strikes on
    Odesa'): named in the clause, they are not the accused."""
    if cand.type != "ACCUSE":
        return []
    lex = load_lexicon()
    out: list[Token] = []
    for act in condemned_acts(cand, lex):
        if _hostile_noun(act, lex):
            out += syn.prep_objects(act, ("on", "against", "at"))
        if _patient_of(act):
            out += syn.prep_objects(act, ("of",))
    return out


def _victims_told(cand: Candidate, thing: Token) -> bool:
    """'Britain condemned the strikes on Kyiv': what a condemned attack was made on names its victim,
    not the one accused (that is the attack's doer, named with it or told before)."""
    return cand.type == "ACCUSE" and _hostile_noun(thing, load_lexicon())


def _hostile_noun(token: Token, lex: Lexicon) -> bool:
    kind = lex.nouns.get(syn.lemma(token))
    return syn.is_noun(token) and kind is not None and kind.type in lex.hostile


SUMMARY_DEPS = ("dep", "npadvmod", "appos", "advcl", "attr", "conj")
"""How the parser hangs a noun that sums up the clause before it: 'X struck Y, a move Z condemned'."""


def _summarised_clause(verb: Token) -> Token | None:
    """The clause a relative clause judges as a whole: 'Russia struck Odesa, an attack Kyiv condemned'
    (a noun after a comma that sums up the clause) or 'Russia struck Kyiv, which Ukraine condemned'
    (a 'which' after a comma, hung by the parser on the clause's last noun)."""
    if verb.dep_ == "conj" and _summary_subject(verb) and syn.is_verb(verb.head):
        return verb.head  # the parser made 'a move' the subject of 'called', coordinated with the clause
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return None
    noun = verb.head
    comma = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if noun.dep_ in SUMMARY_DEPS and comma is not None and comma.text == ",":
        return _clause_above(noun.head, verb)  # 'bombed a camp in Rafah, a strike X condemned': also
        # where the parser hangs the summing noun on the clause's last noun
    which = [c for c in verb.children if c.lower_ == "which" and c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    before = noun.doc[which[0].i - 1] if which and which[0].i > 0 else None
    if before is None or before.text != "," or noun.i != before.i - 1:
        return None
    return _clause_above(noun.head if noun.dep_ == "pobj" else noun, verb)


def _summary_subject(verb: Token) -> bool:
    """'held drills with Guyana, a move Caracas called a provocation', parsed with two subjects: a common
    noun opened by a comma, then the judge's name."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2 or subjects[0].pos_ != "NOUN":
        return False
    first = subjects[0]
    return first.left_edge.i > 0 and verb.doc[first.left_edge.i - 1].text == ","


def _clause_above(token: Token, verb: Token) -> Token | None:
    """The verb a noun phrase hangs from, climbing objects and prepositions; it must come before the
    judging verb (the judged clause is told first)."""
    while not syn.is_verb(token) and token.dep_ in ("pobj", "prep", "dobj", "compound", "conj", "appos") \
            and token.head.i != token.i:
        token = token.head
    return token if syn.is_verb(token) and token.i < verb.i else None


def _clause_doer(verb: Token, sentence: Sentence) -> Actor | None:
    """Who did what a clause tells: its subject, the 'by' agent of a passive, or the owner of an act
    noun standing as subject ('Russian shelling hit Kherson')."""
    subject, passive = syn.subject_of(verb)
    if passive:
        return actor_at(syn.agent_of(verb), sentence)
    if subject is None:
        return None
    return actor_at(subject, sentence) or (_noun_actor(subject, sentence) if _is_act(subject) else None)


def _summary_target(cand: Candidate, sentence: Sentence, actor: Actor | None) -> Actor | None:
    """Judging a whole clause ('..., a move Kyiv condemned as terror') accuses the doer of that clause,
    when it is another side than the judge."""
    verb = cand.inner or cand.token
    clause = _summarised_clause(verb) if cand.role == "verb" else None
    doer = _clause_doer(clause, sentence) if clause is not None else None
    if doer is None or not doer.country or (actor is not None and doer.country == actor.country):
        return None
    return doer


def accused_party(cand: Candidate, sentence: Sentence, actor: Actor | None, lex: Lexicon) -> Actor | None:
    """The doer of a condemned act named with it ('condemned Russian strikes', 'Moscow's aggression'),
    or of the clause the condemnation sums up ('struck Odesa, an attack Kyiv condemned')."""
    summed = _summary_target(cand, sentence, actor)
    if summed is not None:
        return summed
    acts = condemned_acts(cand, lex)
    if not acts:
        return None
    # the acts themselves first, then any hostile act the sentence names with its doer
    # ('sent a list of Russian strikes, alleging violations of the truce')
    others = [t for t in cand.anchor.sent if _hostile_noun(t, lex)]
    for act in [*acts, *others]:
        for part in _doer_phrases(act):
            doer = _noun_actor(part, sentence)
            if doer is not None and doer.country and (actor is None or doer.country != actor.country):
                return doer
    return None


def _object_pronoun(targets: list[Token], sentence: Sentence, actor: Actor | None) -> Actor | None:
    """'Trump turned on Zelensky, accusing him of...': an object 'him'/'her' (or the owner 'its' of the
    object) is the last party named before it in the sentence who is not the actor."""
    pronoun = next((t for t in targets if t.lower_ in OBJECT_PRONOUNS), None)
    owner = next((c for t in targets for c in t.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS),
                 None)
    thing = next((t for t in targets if t.lower_ == "it" and t.dep_ == "dobj"), None)
    if thing is not None:
        return _owner_before(thing, sentence, actor)  # 'Beijing's plan ..., the US rejected it'
    if pronoun is None and owner is None:
        return None  # 'violated its airspace': 'its' is the party named before, when the actor is another
    word = pronoun if pronoun is not None else owner
    bound = _subject_above(word, sentence, actor)
    if bound is not None:
        return bound
    before = [m for m in sentence.actors if m.end <= word.idx and m.how != "pronoun"]
    people = [m.actor for m in before if pronoun is None or m.actor.sector != "IGO"]
    people = [a for a in people if actor is None or a.name != actor.name]
    return people[-1] if people else None


def _subject_above(word: Token, sentence: Sentence, actor: Actor | None) -> Actor | None:
    """'Estonia requested NATO talks after Russian jets violated its airspace': a pronoun takes the
    subject of a clause above its own before any other name (a subject binds a pronoun it commands)."""
    verbs = [t for t in word.ancestors if syn.is_verb(t)]
    for verb in verbs[1:]:
        subject, passive = syn.subject_of(verb)
        found = actor_at(subject, sentence) if subject is not None and not passive else None
        if found is not None and subject.i < word.i and (actor is None or found.name != actor.name):
            return found
    return None


def _owner_before(pronoun: Token, sentence: Sentence, actor: Actor | None) -> Actor | None:
    """The owner of the nearest thing before 'it' that has one ('Beijing's plan')."""
    for tok in reversed(list(pronoun.sent[: pronoun.i - pronoun.sent.start])):
        if not syn.is_noun(tok) or tok.pos_ == "PROPN":
            continue
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if not owners:
            continue
        found = actor_at(owners[0], sentence)
        return found if found is not None and (actor is None or found.name != actor.name) else None
    return None


def _shared_objects(verb: Token, kind: str) -> list[Token]:
    """'destroyed or damaged 40 aircraft': the object of a coordinated verb of the same event type is
    the first verb's too ('demobilized or destroyed' are two readings; nothing is shared)."""
    verbs = load_lexicon().verbs
    same = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and c.lemma_.lower() in verbs and verbs[c.lemma_.lower()].type == kind]
    return [o for c in same for o in syn.direct_objects(c)]


def _placed_speaker(clause: Token, sentence: Sentence) -> Actor | None:
    """The side saying a reported clause, if we know its country: an unplaced spokesman is no side."""
    speaker = actor_at(syn.subject_of(clause.head)[0], sentence)
    return speaker if speaker is not None and speaker.country else None


def _clause_adversary(cand: Candidate, sentence: Sentence, actor: Actor | None,
                      subject: Token | None) -> Actor | None:
    """'vowed to respond and called Kyiv a regime': another state named in the clause, not the subject."""
    if actor is None or not actor.country:
        return None
    start, end = region(cand)
    skips = [_span(subject)] if subject is not None else []
    skips += [_span(v) for v in _victims(cand)]
    friendly = [_span(c) for c in _friendly_conjuncts(cand.anchor)]
    for mention in sentence.actors:
        inside = start <= mention.start < end and not any(a <= mention.start < b for a, b in skips)
        if any(a <= mention.start < b for a, b in friendly) and mention.actor.sector == "IGO":
            continue  # 'condemned the strikes and called on the UN to act': the UN is asked, not accused
        if inside and mention.actor.country and mention.actor.country != actor.country:
            return mention.actor
    return None


def _span(token: Token) -> tuple[int, int]:
    """Character range of the token's subtree."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _friendly_conjuncts(verb: Token) -> list[Token]:
    """'condemned the strikes and called on the Security Council to act': a coordinated appeal, pledge
    or meeting names an addressee or a friend ('called Kyiv a regime' names, and is no appeal)."""
    lex = load_lexicon()
    found = []
    for conj in (c for c in verb.children if c.dep_ == "conj" and syn.is_verb(c)):
        if any(c.dep_ == "oprd" for c in conj.children):
            continue
        kind = _moving_trigger(conj, lex)
        if kind is not None and (kind.type == "REQUEST" or kind.type in lex.cooperative):
            found.append(conj)
    return found


def _place_state(targets: list[Token], sentence: Sentence, actor: Actor | None) -> Actor | None:
    """An attack on a place targets the state it lies in ('struck an airfield in Siberia'), or a
    foreign party named inside the attacked phrase ('the bridge that links Crimea to Russia')."""
    for tok in targets:
        start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        for place in sentence.places:
            iso = place.place.country
            foreign = actor is None or actor.country != iso or insurgent(actor)
            if start <= place.start < end and iso and foreign:
                return state_actor(iso)
        for mention in sentence.actors:
            iso = mention.actor.country
            if start <= mention.start < end and iso and actor is not None and actor.country != iso:
                return mention.actor
        # 'two buildings in the western Ukrainian city of Ternopil': a nationality on the place named
        for word in tok.subtree:
            found = _lookup(word.text) if word.ent_type_ == "NORP" and word.dep_ == "amod" else None
            if found is not None and found.country and (actor is None or actor.country != found.country):
                return state_actor(found.country)
    return None


def insurgent(actor: Actor | dict[str, Any] | None) -> bool:
    """An armed movement ('the RSF', 'M23') fights its own state: what it strikes at home is that state."""
    sector = actor.get("sector") if isinstance(actor, dict) else actor.sector if actor is not None else None
    return sector == "REB"


@lru_cache(maxsize=256)
def state_actor(iso3: str) -> Actor:
    """The state with this ISO3 code, as the actor dictionary names it."""
    from detente.nlp.places import geonames_countries

    names = {c["iso3"]: c["name"] for c in geonames_countries()}
    name = names.get(iso3, iso3)
    try:
        from detente.nlp.language import _resolver

        found = _resolver().lookup(name)
    except Exception:  # the resolver is optional here: a bare state actor is still right
        found = None
    if found is not None and found.country == iso3:
        return Actor(name=found.name, country=iso3, sector=found.sector or "GOV")
    return Actor(name=name, country=iso3, sector="GOV")


def _is_group(token: Token | None) -> bool:
    from detente.extract.events_lexicon import load_lexicon

    lex = load_lexicon()
    return token is not None and (syn.lemma(token) in lex.group_nouns or syn.lemma(token) in lex.crowd_nouns)


def region(cand: Candidate) -> tuple[int, int]:
    """Character range of the event's clause (the anchor's subtree)."""
    root = cand.anchor
    return root.left_edge.idx, root.right_edge.idx + len(root.right_edge)


AREA_NOUNS = frozenset({"region", "province", "oblast", "district", "area", "city", "town", "village",
                        "valley", "county", "governorate", "state", "territory", "coast", "port", "capital",
                        "suburb", "outskirts", "neighbourhood", "neighborhood"})
"""Nouns a place name modifies when the phrase still names a place ('the Kherson region'), unlike a
newspaper or a body named for a place ('the Washington Post')."""


def location(cand: Candidate, sentence: Sentence, target: Actor | None) -> PlaceMention | None:
    """A place in the event's clause, introduced by a locative preposition ('in Bryansk')."""
    start, end = region(cand)
    inside = [p for p in sentence.places if start <= p.start < end]
    doc = cand.anchor.doc
    for place in inside:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        while head.dep_ in ("poss", "compound", "nmod") and syn.lemma(head.head) in AREA_NOUNS \
                and head.head.i > head.i:
            head = head.head  # 'in Russia's Saratov region', 'in the Kherson region': the phrase's head
        if head.dep_ == "appos" and syn.lemma(head.head) in AREA_NOUNS and head.head.i < head.i:
            head = head.head  # 'in the Yemeni capital, Sanaa': the place is the noun it names
        if head.dep_ == "pobj" and syn.lemma(head.head) == "of" and head.head.head.dep_ == "pobj":
            head = head.head.head  # 'in the city of Ternopil'
        if head.dep_ == "pobj" and syn.lemma(head.head) in syn.LOCATIVE_PREPS:
            return place
    if cand.type == "ASSAULT" and target is not None:
        for place in inside:
            if place.place.name == target.name:
                return place
    return None


def counts(cand: Candidate, sentence: Sentence, lex: Lexicon) -> list[dict[str, Any]]:
    """Numbers in the event's clause, named by what they count ('civilians killed', 'drones')."""
    if cand.type not in COUNTED_TYPES:
        return []
    start, end = region(cand)
    out: list[dict[str, Any]] = []
    for q in sentence.quantities:
        if not start <= q.start < end or (q.unit in SKIPPED_UNITS):
            continue
        if any(t.start < q.end and q.start < t.end for t in sentence.times):
            continue
        what = count_noun(q.start, q.noun, cand.anchor, lex)
        if what:
            out.append({"what": what, "value": q.value, "qualifier": q.qualifier})
    return out


def count_noun(offset: int, noun: str | None, anchor: Token, lex: Lexicon) -> str | None:
    """'seven civilians' under 'killing' -> 'civilians killed'; 'another seventy' under 'injuring'
    -> 'injured'."""
    doc = anchor.doc
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return noun
    tok = span[0]
    counted = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    while counted.dep_ in ("nummod", "quantmod", "compound") and counted.head.i != counted.i:
        counted = counted.head
    verb = counted.head if counted.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") else None
    casualty = None
    if verb is not None:
        trigger = lex.verbs.get(syn.lemma(verb))
        casualty = trigger.casualty if trigger is not None else None
    what = noun
    if what is None and counted is not tok and syn.is_noun(counted):
        what = counted.lower_
    if what is None and syn.lemma(counted) in lex.casualty_nouns:
        what = lex.casualty_nouns[syn.lemma(counted)]
    if casualty and (what is None or casualty not in what):
        what = f"{what} {casualty}" if what else casualty
    return what


HOME_RIVALS = frozenset({"rival", "rebel", "insurgent", "guerrilla", "militia", "faction", "group"})
"""Nouns for a non-state armed side: with no state named, in a war that is not between two states, it
fights inside the actor's own state ('the army accused armed groups', 'blamed its rivals')."""
RIVAL_TYPES = ("ASSAULT", "COERCE", "ACCUSE", "THREATEN", "REJECT", "REQUEST", "CONCEDE")


def home_rival(cand: Candidate, actor: Actor | None) -> Actor | None:
    """'The Myanmar side accused some armed groups of attacking', 'the ELN blamed its rivals',
    'attacked camps of a rival group': an unnamed armed rival acted on is a side of the actor's own
    civil conflict, so the act targets the actor's state."""
    if cand.type not in RIVAL_TYPES or cand.role != "verb" or actor is None or not actor.country:
        return None
    verb = cand.inner or cand.token
    objects = syn.direct_objects(verb)
    things = objects + [o for t in objects for o in syn.prep_objects(t, ("of", "from"))]
    things += list(syn.prep_objects(verb, ("on", "against", "with", "from")))
    for thing in things:
        kinds = {syn.lemma(c) for c in thing.children}
        armed = syn.lemma(thing) != "group" or bool(kinds & {"armed", "rival", "rebel"})  # not 'a group of'
        named = any(c.ent_type_ or c.pos_ == "PROPN" for c in thing.children
                    if c.dep_ in ("amod", "compound", "poss", "nmod", "appos"))  # 'Wagner's rivals'
        if syn.lemma(thing) in HOME_RIVALS and armed and not named and thing.ent_type_ in ("", "NORP") \
                and not any(c.ent_type_ == "NORP" for c in thing.children):
            return state_actor(actor.country)
    return None


DOWNING_VERBS = frozenset({"intercept", "down", "destroy", "neutralize", "neutralise"})
CRAFT_NOUNS = frozenset({"drone", "missile", "rocket", "uav", "projectile", "munition"})
"""What is fired at a side and intercepted; a manned aircraft shot down is itself the one attacked."""
DEFENCE_WORDS = frozenset({"defence", "defense", "defences", "defenses"})


def downed_owner(cand: Candidate) -> Actor | None:
    """'Air defences shot down 40 Ukrainian drones', 'Russian missiles were intercepted over Kyiv': the
    side whose incoming drones or missiles were downed by air defence is the one that attacked; the
    defender only defended (a named side that shot down another's drone still attacked it)."""
    verb = cand.inner or cand.token
    if cand.type != "ASSAULT" or cand.role != "verb":
        return None
    downing = syn.lemma(verb) in DOWNING_VERBS or (
        syn.lemma(verb) == "shoot" and any(c.lower_ == "down" for c in verb.children))
    if not downing:
        return None
    subject, passive = syn.subject_of(verb)
    shooter = syn.agent_of(verb) if passive else subject
    if shooter is not None and not any(t.lower_ in DEFENCE_WORDS for t in shooter.subtree):
        return None
    patients = [subject] if passive and subject is not None else syn.direct_objects(verb)
    patients = [p for p in patients if syn.lemma(p) in CRAFT_NOUNS]
    patients += [o for p in syn.direct_objects(verb) for o in syn.prep_objects(p, ("of",))
                 if syn.lemma(o) in CRAFT_NOUNS]  # '104 of the Russian missiles'
    return next((found for p in patients if (found := _nationality(p, None)) is not None), None)


SALVO_DETERMINERS = frozenset({"the", "these", "those"})
"""'104 of the missiles', '51 of them', '60 of 85 drones': a share of a salvo already told or counted."""


def downed_salvo(cand: Candidate) -> tuple[bool, Actor | None]:
    """'Its units shot down 104 of the missiles', 'air defences destroyed 27 of them', 'it shot down 60
    of 85 Russian drones': a share of a salvo was downed by the side it was fired at. The act is the
    salvo's (an attack on the side that downed it, by the craft's owner where a nationality names
    it), not an attack by the defender, whoever did the downing."""
    verb = cand.inner or cand.token
    if cand.type != "ASSAULT" or cand.role != "verb":
        return False, None
    if not (syn.lemma(verb) in DOWNING_VERBS
            or (syn.lemma(verb) == "shoot" and any(c.lower_ == "down" for c in verb.children))):
        return False, None
    subject, passive = syn.subject_of(verb)
    shares = [subject] if passive and subject is not None else syn.direct_objects(verb)
    shares += [c for c in verb.children if c.dep_ == "npadvmod" and c.like_num]  # 'shot down 60 of 85'
    wholes = [w for share in shares for w in syn.prep_objects(share, ("of",)) if _salvo(w)]
    wholes += [w for w in shares if syn.lemma(w) in CRAFT_NOUNS and any(  # '60 of 85 drones', parsed flat
        n.dep_ == "nummod" and any(q.lower_ == "of" for q in n.children) for n in w.children)]
    if not wholes:
        return False, None
    return True, next((found for w in wholes if (found := _nationality(w, None)) is not None), None)


def _salvo(whole: Token) -> bool:
    """'the missiles', 'these drones', '85 drones', 'them': craft already told or counted whole."""
    if whole.lower_ in ("them", "these", "those"):
        return True
    told = any((c.dep_ == "det" and c.lower_ in SALVO_DETERMINERS) or c.dep_ == "nummod"
               for c in whole.children)
    return told and syn.lemma(whole) in CRAFT_NOUNS


def pair_roles(cand: Candidate, analysis: Analysis, sentence: Sentence, actor: Actor | None,
               target: Actor | None) -> tuple[Actor | None, Actor | None]:
    """'The two sides exchanged prisoners', 'urged both sides to return to talks', 'no trade deals
    with either country': a pair phrase stands for the two parties the story last named together.
    As the doer it is the first of them (and, in a reciprocal act, acts on the second); as the one
    acted on it is the side that is not the doer's."""
    subject, passive = syn.subject_of(cand.anchor) if cand.role == "verb" else (None, False)
    if actor is None and not passive and sides.is_pair_phrase(subject):
        pair = sides.named_pair(analysis, sentence, subject.idx, _side_test(subject)) \
            or _war_sides(analysis, subject)  # type: ignore[arg-type]
        if pair is not None:
            reciprocal = cand.type in RECIPROCAL_TYPES
            return pair[0], (pair[1] if reciprocal else target)
    if target is not None or actor is None or not actor.country:
        return actor, target
    phrase = next((t for t in _acted_on(cand) if sides.is_pair_phrase(t)), None)
    if phrase is None:
        return actor, target
    pair = sides.named_pair(analysis, sentence, phrase.idx, _side_test(phrase)) \
        or _war_sides(analysis, phrase)
    if pair is None:
        return actor, target
    return actor, (pair[1] if pair[0].country == actor.country else pair[0])


def _acted_on(cand: Candidate) -> list[Token]:
    """The act's objects and the objects of its prepositions, one phrase deep ('called on both sides
    to', 'trade deals with either country')."""
    heads = [cand.anchor, *([cand.inner] if cand.inner is not None else [])]
    found = [o for h in heads for o in (*syn.direct_objects(h), *syn.prep_objects(h, SIDE_TARGET_PREPS))]
    return found + [p for o in found for p in syn.prep_objects(o, SIDE_TARGET_PREPS)]


def _war_sides(analysis: Analysis, phrase: Token) -> tuple[Actor, Actor] | None:
    """'the two sides', 'both parties', 'the warring parties' with no pair named together: the two
    sides of the article's war, between states or within one (a civil war's army and armed movement);
    'the two leaders' or 'countries' need their pair named."""
    if phrase.lemma_.lower() not in ("side", "party", "belligerent"):
        return None
    placed = lambda actor: actor is not None and bool(actor.country)  # noqa: E731
    return sides.war_pair(analysis, placed) or sides.civil_pair(analysis, placed)


def _side_test(phrase: Token) -> Callable[[Actor | None], bool]:
    """Which named parties a pair phrase may stand for: 'the two leaders' are two people named
    together ('Putin and Trump'), not the two states a story is about; 'either country' two states
    named as states, not a leader named beside a state ('thanked Trump and China'); 'both sides' any
    two placed parties."""
    persons = default_dictionary().persons
    if phrase.lemma_.lower() == "leader":
        return lambda actor: actor is not None and bool(actor.country) and actor.name in persons
    if phrase.lemma_.lower() in STATE_WORDS:  # 'either country' was named as a state, not as a person
        return lambda actor: actor is not None and bool(actor.country) and actor.name not in persons
    return lambda actor: actor is not None and bool(actor.country)


STATE_WORDS = frozenset({"country", "nation", "state", "neighbour", "neighbor"})

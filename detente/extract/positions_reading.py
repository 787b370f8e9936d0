"""Positions read from constructions rather than from one cue word.

Each reading here is a way English states a stance without a plain "X demands/offers/accepts/
rejects Y" cue, driven by the parse:

- a bargain stated as a condition: "Washington would lift sanctions if Moscow agreed to a truce"
  offers what the main clause does (the 'if' clause is already read as the holder's demand);
- a thing made to depend on another: "Moscow conditioned any deal on the lifting of sanctions",
  "Kyiv made talks contingent on a ceasefire": what it depends on is the subject's demand;
- a request with a 'for' object: "Kyiv asked its partners for air defence", "pressed Berlin for
  missiles": the 'for' object is the subject's demand;
- a warning with an object and an 'against' phrase: "Moscow warned Berlin against sending
  missiles": what it is warned against is the subject's refusal;
- a verbless slogan in quotation marks: '"No territorial concessions," the minister said': the
  speaker rejects what follows the "No";
- a passive with its agent: "A truce was rejected by Moscow": the agent holds the stance on the
  passive's subject; a participle modifier that backs, refuses or asks ("a format preferred by
  Tehran", "the plan opposed by Kyiv") states the agent's standing stance on the noun it modifies,
  but one that proposes ("the plan proposed by Ankara") is a label, not a stance taken, as
  positions.py reads "the proposed meeting";
- a proposal that another party act: "Trump suggested that Ukraine cede the Donbas" is a demand
  made of that party, not an offer;
- a judgement of a proposal: "Macron praised the decision to create a reassurance force",
  "Moscow condemned the plan to station troops": praise accepts, condemnation rejects what the
  proposal holds (condemning an attack states no term, so only proposal-like objects count);
- a blame for obstructing: "Moscow accused Kyiv of delaying the prisoner exchange", "Warsaw
  blamed Budapest for blocking the sanctions": the accuser demands what the accused is said to hold
  up or refuse; the accused's act, reported by its critic, is no stance of the accused;
- a plan as the holder: "The U.S. plan would cap Ukraine's army", "Under the plan, Ukraine would
  cede the Donbas", "the draft envisages a ban on...": the plan's author (its modifier, or the
  party said to have put forward that plan in the sentences before) holds what the plan contains;
  "...the points of Kyiv's plan. It includes X": a bare 'it' subject of a content verb stands for
  the authored plan the sentence just before names;
- a step held back, or kept up, until something changes: "Kenya would not resume arms sales
  while the shelling continued", "the blockade will go on until the army withdraws": the party demands
  the change (an end to the fighting it names is a ceasefire).
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
        return None if base._embedded_body(mention, subjects[0]) else mention.actor
    word = subjects[0].lower_
    if word in base._PRONOUNS_SPEAKER | base._PRONOUNS_OTHER:
        return base._resolve_pronoun(sent, word, subjects[0].idx)
    return base._lookup(subjects[0])


def _text_of(sent: Sentence, tokens: list[Any]) -> str:
    """The tokens' words in order, keeping the commas between them that split a list."""
    if not tokens:
        return ""
    keep = {t.i for t in tokens}
    doc = tokens[0].doc
    span = range(min(keep), max(keep) + 1)
    return "".join(doc[i].text_with_ws for i in span if i in keep or doc[i].is_punct).strip()


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
    if tok.pos_ == "VERB":      # 'conditioned any truce | on Y': the parse may hang 'on' off the object
        holders += [c for c in tok.children if c.dep_ == "dobj"]
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


# verbs of warning a party off an act: 'warned the West against sending troops'
_WARNING = frozenset({"warn", "caution", "advise"})


def warned_against(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Moscow warned Berlin against supplying long-range missiles', 'cautioned Kyiv against
    holding elections': warning a named party off a step refuses that step; the cue list's
    'warn against' sees only the adjacent words, not the object between them."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.pos_ == "VERB" and t.lemma_.lower() in _WARNING):
        if not any(c.dep_ == "dobj" for c in verb.children) or base._hypothetical_verb(verb):
            continue
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"]
        party = _subject_actor(sent, verb)
        if not preps or party is None or not base._valid_party(party):
            continue
        out += _record(analysis, sent, party, "reject", _text_of(sent, list(preps[0].subtree)[1:]))
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
    """The party a passive's 'by' names, if that party is the agent and not a modifier of a thing."""
    for by in (c for c in verb.children if c.dep_ == "agent"):
        for obj in (c for c in by.children if c.dep_ == "pobj"):
            mention = base._subject_mention(sent, obj)
            if mention is not None and mention.end <= obj.idx and base._modifier_mention(sent, mention):
                continue    # 'backed by US security guarantees': the agent is a thing the party gives
            actor = mention.actor if mention is not None else base._lookup(obj)
            if base._valid_party(actor):
                return actor
    return None


# a noun that renames, after a comma or dash, the step the clause before it names: '..., an idea
# floated by Budapest', '... -- an arrangement preferred by Tehran'
_RENAMING = frozenset({"idea", "arrangement", "proposal", "plan", "step", "move", "formula", "option",
                       "scheme", "suggestion", "offer", "initiative", "concept", "solution", "compromise",
                       "format"})
_RENAME_MARK = re.compile(r"(?:,|\u2014|\u2013|\s-)\s*$")
_CLAUSE_OPEN = re.compile(r"[,;:]|\b(?:whether|that|which|if)\b", re.IGNORECASE)


def _renamed_clause(sent: Sentence, noun: Any) -> str | None:
    """The words an appositive summary noun renames: the last clause before its comma or dash
    ('asked if Kyiv might accept a halt to raids on dams, an idea floated by Oslo' gives 'Kyiv might
    accept a halt to raids on dams'), else None."""
    if noun.lemma_.lower() not in _RENAMING:
        return None
    first = min(t.i for t in noun.subtree)
    before = sent.text[:noun.doc[first].idx - sent.start]
    mark = _RENAME_MARK.search(before)
    if mark is None:
        return None
    before = before[:mark.start()]
    opens = list(_CLAUSE_OPEN.finditer(before))
    clause = before[opens[-1].end():] if opens else before
    issue = base.main_issue(clause)
    return None if issue is None else clause.strip()


def passive_agent(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'A 30-day truce was rejected by Moscow': the agent's stance on the passive subject; '..., an
    idea floated by Vienna': the agent's stance on what the appositive noun renames."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.tag_ == "VBN"):
        stance = _passive_stance(verb)
        party = _agent(sent, verb) if stance else None
        if party is None or stance is None:
            continue
        if verb.dep_ == "acl":
            renamed = _renamed_clause(sent, verb.head)
            if renamed is not None:
                out += _record(analysis, sent, party, stance, renamed)
                continue
            if stance == "offer":
                continue    # 'the formula proposed by Kyiv in 2022': a label, like 'the proposed meeting'
            # 'a format preferred by Tehran', 'the plan backed by Paris': a stance the agent holds
            thing = [t for t in verb.head.subtree if t.i < verb.i]
            out += _record(analysis, sent, party, stance, _text_of(sent, thing))
            continue
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


_DOCUMENTS = frozenset({"plan", "proposal", "counterproposal", "draft", "framework", "memorandum", "document",
                        "deal", "agreement", "blueprint", "roadmap", "initiative", "offer", "formula",
                        "package", "text", "version"})
_CONTENT_VERBS = frozenset({"include", "contain", "envisage", "envision", "foresee", "provide", "propose",
                            "offer", "call", "require", "demand", "stipulate", "see", "oblige", "grant",
                            "give", "guarantee", "allow", "ban", "bar", "prohibit", "limit", "cap",
                            "freeze", "recognise", "recognize", "lift", "ease", "restore", "return"})
_ASKING_VERBS = frozenset({"require", "demand", "call", "oblige", "stipulate", "force", "insist", "ban",
                           "bar", "prohibit", "limit", "cap"})
_AUTHORING = frozenset({"unveil", "propose", "present", "draft", "submit", "put", "table", "offer", "send",
                        "float", "outline", "prepare", "hand", "deliver", "develop", "produce", "write",
                        "announce", "publish", "circulate", "release", "craft", "broker", "negotiate"})
_LOOKBACK = 4


def _author_of(sent: Sentence, noun: Any) -> Actor | None:
    """Whose plan: 'the U.S. plan', "Washington's proposal", 'a draft from Moscow', or the subject
    of a verb of authoring that takes it ('Trump unveiled a plan')."""
    modifiers = [t for c in noun.lefts for t in c.subtree]    # 'the European counter-proposal'
    for child in [*modifiers, *noun.rights]:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            mention = base._mention_in(sent.actors, next(child.subtree).idx, child.idx + len(child.text))
            actor = mention.actor if mention is not None else _modifier_actor(child)
            if base._valid_party(actor):
                return actor
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                mention = base._subject_mention(sent, obj)
                actor = mention.actor if mention is not None else base._lookup(obj)
                if base._valid_party(actor):
                    return actor
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _AUTHORING:
        actor = _subject_actor(sent, head)
        if base._valid_party(actor):
            return actor
    return None


def _modifier_actor(tok: Any) -> Actor | None:
    """A name or a national adjective modifying a plan ('the American proposal')."""
    if tok.pos_ not in ("PROPN", "ADJ"):
        return None
    from detente.nlp.actors import ActorResolver

    actor = ActorResolver.default().lookup(tok.text)
    return actor if actor is not None and actor.country else None


def _plan_author(analysis: Analysis, sent: Sentence, noun: Any) -> Actor | None:
    """The plan's own author, else (for 'the plan', 'the draft') the author of the latest plan
    named in the sentences before."""
    own = _author_of(sent, noun)
    if own is not None or any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children):
        return own
    earlier = [s for s in analysis.sentences if s.index < sent.index][-_LOOKBACK:]
    for before in reversed(earlier):
        for tok in reversed(list(before.span or [])):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in _DOCUMENTS:
                actor = _author_of(before, tok)
                if actor is not None:
                    return actor
    return None


def _plan_clauses(noun: Any) -> list[tuple[Any, list[Any]]]:
    """The verbs whose content the plan states, each with the words of its content: 'The plan |
    would freeze the front line | and require Kyiv to...', 'Under the plan, | Ukraine would cede X'."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ == "VERB":
        modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d") for c in head.children)
        if head.lemma_.lower() not in _CONTENT_VERBS and not modal:
            return []
        but = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children)
        words = [t for c in head.children if c.i > head.i and c.dep_ not in ("punct", "cc", "conj")
                 for t in c.subtree]
        conjs = [] if but else [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        return [(head, [head, *words]), *((c, list(c.subtree)) for c in conjs)]
    if noun.dep_ == "pobj" and head.lower_ in ("under", "in") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        if head.lower_ == "in" and verb.lemma_.lower() not in _CONTENT_VERBS:
            return []
        skip = {t.i for t in head.subtree}
        return [(verb, [t for t in verb.subtree if t.i not in skip and t.dep_ != "punct"])]
    return []


def _plan_stance(sent: Sentence, verb: Any, author: Actor) -> str:
    """What a plan asks of another party is its author's demand; what it gives, an offer."""
    if verb.lemma_.lower() in _ASKING_VERBS:
        return "demand"
    named = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    named += [p for c in verb.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "poss"]
    for tok in named:
        mention = base._subject_mention(sent, tok)
        other = mention.actor if mention is not None else base._lookup(tok)
        if other is not None and other.country and other.country != author.country:
            return "demand"
    return "offer"


def _previous_plan_author(analysis: Analysis, sent: Sentence) -> Actor | None:
    """'...the points of Kyiv's peace plan. It includes X': the author of the last plan the sentence
    just before names, the only thing a bare 'it' at the next sentence's start can stand for."""
    before = [s for s in analysis.sentences if s.index == sent.index - 1 and s.paragraph == sent.paragraph]
    for tok in reversed(list(before[0].span or [])) if before else []:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _DOCUMENTS:
            return _author_of(before[0], tok)
    return None


def _plan_subjects(sent: Sentence) -> list[Any]:
    """Plan nouns, and an 'it' or 'this' subject of a verb that states content ('It includes X')."""
    return [t for t in sent.span or [] if (t.pos_ == "NOUN" and t.lemma_.lower() in _DOCUMENTS)
            or (t.lower_ in ("it", "this") and t.dep_ == "nsubj" and t.head.lemma_.lower() in _CONTENT_VERBS)]


def plan_content(analysis: Analysis, sent: Sentence) -> list[Record]:
    """What a named or earlier-introduced plan contains is its author's offer or demand."""
    out: list[Record] = []
    for noun in _plan_subjects(sent):
        clauses = _plan_clauses(noun)
        if noun.pos_ != "NOUN":
            author = _previous_plan_author(analysis, sent) if clauses else None
        else:
            author = _plan_author(analysis, sent, noun) if clauses else None
        if author is None or not base._valid_party(author):
            continue
        first = _plan_stance(sent, clauses[0][0], author)
        for verb, words in clauses:
            if any(c.dep_ in ("neg", "auxpass") for c in verb.children) or base._hypothetical_verb(verb):
                continue        # 'require Kyiv to cede X, accept Y and bar Z': all that it requires
            stance = "demand" if first == "demand" else _plan_stance(sent, verb, author)
            out += _record(analysis, sent, author, stance, _text_of(sent, words))
    return out


_APPROVING = frozenset({"praise", "hail", "applaud", "commend", "laud", "salute", "celebrate", "cheer"})
_CONDEMNING = frozenset({"condemn", "slam", "criticise", "criticize", "denounce", "blast", "decry", "lambast",
                         "castigate", "deplore", "assail", "rebuke", "ridicule", "deride", "mock"})
_PROPOSALS = frozenset({"plan", "proposal", "idea", "decision", "move", "agreement", "deal", "initiative",
                        "call", "suggestion", "offer", "demand", "push", "bid", "effort", "attempt",
                        "prospect", "announcement", "step", "measure", "resolution", "talk", "proposition",
                        "scheme"})


def judged_proposal(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'praised the decision to create a reassurance force' accepts it; 'slammed the proposal to
    hand Crimea to Russia' rejects it. The object must be a proposal-like noun."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.pos_ == "VERB"):
        lemma = verb.lemma_.lower()
        stance = "accept" if lemma in _APPROVING else "reject" if lemma in _CONDEMNING else None
        if stance is None or base._hypothetical_verb(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PROPOSALS]
        party = _subject_actor(sent, verb) if objects else None
        if party is None or not base._valid_party(party):
            continue
        for obj in objects:
            out += _record(analysis, sent, party, stance, _text_of(sent, list(obj.subtree)))
    return out


# verbs of blaming whose 'of'/'for' complement is the blamed act: 'accused X of', 'blamed X for'
ACCUSING = frozenset({"accuse", "blame", "fault", "criticise", "criticize", "condemn", "slam", "rebuke",
                      "chide", "castigate", "reproach", "denounce", "lambast", "blast", "charge", "attack"})
# acts of holding something up: what the critic of such an act wants to go ahead
_OBSTRUCTING = frozenset({"delay", "stall", "obstruct", "block", "sabotage", "hinder", "impede", "derail",
                          "thwart", "frustrate", "undermine", "drag", "hold", "slow", "torpedo", "scuttle",
                          "disrupt", "reject", "refuse", "oppose", "veto", "resist", "halt", "stop",
                          "postpone", "jeopardize", "jeopardise", "wreck", "spoil", "prevent", "bar"})


def blamed_act(sent: Sentence, verb: Any) -> Any:
    """The act a verb of blaming blames ('accused Kyiv of delaying' -> 'delaying'), else None."""
    if verb.lemma_.lower() not in ACCUSING:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "with")):
        act = next((c for c in prep.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")), None)
        if act is not None:
            return act
    return None


def _accuser(sent: Sentence, verb: Any) -> Actor | None:
    """The subject of the blaming verb; a participle ('..., accusing Kyiv of...') takes its head's."""
    for _ in range(2):
        party = _subject_actor(sent, verb)
        if party is not None or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return party
        verb = verb.head
    return None


def blamed_obstruction(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Moscow accused Kyiv of stalling the exchange of prisoners', 'the EU criticised Hungary for
    holding up new sanctions', 'blamed Russia for not releasing the children': the accuser demands
    the thing held up, refused or not done."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.pos_ == "VERB"):
        act = blamed_act(sent, verb)
        if act is None or base._hypothetical_verb(verb):
            continue
        negated = any(c.dep_ == "neg" for c in act.children)
        if not negated and act.lemma_.lower() not in _OBSTRUCTING:
            continue
        party = _accuser(sent, verb)
        if party is None or not base._valid_party(party):
            continue
        words = [t for t in act.subtree if t.i > act.i and not (t.dep_ == "prt" and t.head.i == act.i)]
        out += _record(analysis, sent, party, "demand", _text_of(sent, words))
    return out


# verbs of stopping a flow: halting aid or arms to a party refuses that supply
_CUTTING = frozenset({"halt", "pause", "freeze", "cut", "withhold", "stop", "suspend", "curtail"})


def stopped_supply(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Trump halted intelligence sharing with Ukraine', 'Berlin froze arms deliveries to Kyiv',
    'Washington cut off military aid': a party stopping arms or aid rejects that supply
    (military_limits); other objects ('froze assets', 'halted the offensive') are other readings."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.pos_ == "VERB" and t.lemma_.lower() in _CUTTING):
        if base._hypothetical_verb(verb) or verb.tag_ == "VBN" and verb.dep_ in ("amod", "acl") \
                or any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children) \
                or _in_condition(sent, verb):
            continue            # 'X would cut off aid (if...)': a warning, not a step taken
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects:
            continue
        words = [t for t in objects[0].subtree]
        if base.main_issue(_text_of(sent, words)) != "military_limits":
            continue
        climb = verb
        while climb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in climb.children):
            climb = climb.head
        party = _subject_actor(sent, climb) if objects[0].dep_ == "dobj" else _agent(sent, verb)
        if party is None or not base._valid_party(party) or party.sector == "MIL":
            continue
        stance = "accept" if climb is not verb and climb.lemma_.lower() in ("agree", "accept") else "reject"
        out += [r for r in _record(analysis, sent, party, stance, _text_of(sent, words))
                if r.fields["issue"] == "military_limits"]
    return out


_CONDITION_BEFORE = re.compile(r"\b(?:provided|providing|on\s+condition|as\s+long\s+as|so\s+long\s+as|if|"
                               r"unless|once|until)(?:\s+that)?\s+(?:[\w'\u2019-]+\s+){0,4}$", re.IGNORECASE)


def _in_condition(sent: Sentence, verb: Any) -> bool:
    """'a truce provided that Ukraine stops mobilisation': a step named as a condition is what the
    condition-setter asks, not a step its subject takes."""
    return _CONDITION_BEFORE.search(sent.text, 0, verb.idx - sent.start) is not None


_WILL = frozenset({"will", "would", "'ll", "shall"})


def will_not(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Kyiv will not hold elections under martial law', 'Moscow would not lift the blockade': a
    party saying it will not do a thing refuses it (a hypothetical or question is read elsewhere)."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.pos_ == "VERB" and t.tag_ == "VB"):
        kids = list(verb.children)
        if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids) \
                or not any(c.dep_ == "neg" for c in kids):
            continue
        if _marked_unreal(verb) or verb.lemma_.lower() in _NOT_ACTS or base.told_clause(verb):
            continue
        objects = [c for c in kids if c.dep_ == "dobj"] or _prepositional(verb)
        party = _subject_actor(sent, verb)
        if not objects or party is None or not base._valid_party(party) or party.sector == "MIL":
            continue
        if base._definite_proposal(objects[0]):     # 'would not extend the deal': the deal named before
            named = base._antecedent_items(analysis, sent, objects[0])
            out += [make_record("position", analysis, sent, {
                "party": actor_or_none(party), "issue": issue, "stance": "reject", "detail": detail,
                "precondition": False}) for issue, detail in named]
            continue
        out += _record(analysis, sent, party, "reject", _text_of(sent, [verb, *objects[0].subtree]))
    return out


def _prepositional(verb: Any) -> list[Any]:
    """'would not return to the table', 'will not negotiate with Moscow': an intransitive verb's
    thing is its first prepositional phrase right after it (a particle may stand between)."""
    after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("advmod", "prt", "punct")]
    return [after[0]] if after and after[0].dep_ == "prep" and any(
        g.dep_ == "pobj" for g in after[0].children) else []


# a party's own step back: 'Washington would halt its strikes', 'Moscow will release 300 prisoners'
_YIELDING = frozenset({"release", "free", "halt", "stop", "suspend", "cease", "end", "lift", "ease",
                       "withdraw", "pause", "swap", "exchange", "repatriate"})
# a party's own gift or hand-over: 'the US would send more air defence', 'Moscow will deliver the bodies'
_GIVING = frozenset({"send", "deliver", "supply", "give", "transfer", "grant"})
# a step back said with a particle: 'troops will pull back', 'the brigade will draw back'
_PHRASAL_YIELDING = frozenset({("pull", "back"), ("pull", "out"), ("draw", "back")})
_UNDER_TERMS = re.compile(r"\b(?:under|in)\s+(?:the|a|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:plan|deal|agreement|proposal|draft|framework|terms|scenario|accord)\b",
                          re.IGNORECASE)


def _yields(verb: Any) -> bool:
    """A verb of a party's own step back or gift, with its particle where the step needs one."""
    lemma = verb.lemma_.lower()
    if lemma in _YIELDING or lemma in _GIVING:
        return True
    return any(c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in _PHRASAL_YIELDING for c in verb.children)


def will_yield(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Washington would halt its strikes', 'Kyiv will release the detainees', 'Oslo will send more
    missiles', 'the army will pull back from the towns': a party (or its forces) saying it will take
    a step back, or give a thing, on its own offers it; what a plan has a party do is read as the
    plan's content."""
    if _UNDER_TERMS.search(sent.text):
        return []
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.pos_ == "VERB" and t.tag_ == "VB"):
        kids = list(verb.children)
        if not _yields(verb) or any(c.dep_ == "neg" for c in kids) \
                or not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids):
            continue
        objects = [c for c in kids if c.dep_ in ("dobj", "prt")
                   or c.dep_ == "advmod" and (verb.lemma_.lower(), c.lower_) in _PHRASAL_YIELDING]
        party = _subject_actor(sent, verb)
        if _marked_unreal(verb) or base.told_clause(verb) or not objects or party is None \
                or not base._valid_party(party):
            continue
        tokens = [verb, *(t for o in objects for t in o.subtree)]
        tokens += [t for c in kids if c.dep_ == "prep" for t in c.subtree]
        out += _record(analysis, sent, party, "offer", _text_of(sent, sorted(tokens, key=lambda t: t.i)))
    return out


_RETALIATING = frozenset({"respond", "retaliate", "react", "reply"})


def retaliation_if(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Russia would respond if Washington used frozen assets': a party that threatens to answer a
    step refuses that step; the if-clause names what it refuses."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.lemma_.lower() in _RETALIATING and t.pos_ == "VERB"):
        kids = list(verb.children)
        if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids) or any(c.dep_ == "neg" for c in kids):
            continue
        clauses = [c for c in kids if c.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)]
        party = _subject_actor(sent, verb)
        if not clauses or party is None or not base._valid_party(party):
            continue
        out += _record(analysis, sent, party, "reject", _text_of(sent, list(clauses[0].subtree)))
    return out


_BINDING = frozenset({"commit", "oblige", "obligate", "bind"})
_AGREEMENTS = frozenset({"deal", "agreement", "accord", "treaty", "pact", "declaration", "memorandum", "text",
                         "document", "truce", "ceasefire", "framework"})


def bound_by_deal(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'The accord commits Rwanda to disengage its troops': a party an agreement binds to a step has
    accepted that step."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.lemma_.lower() in _BINDING and t.pos_ == "VERB"):
        kids = list(verb.children)
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        objects = [c for c in kids if c.dep_ == "dobj"]
        if not subjects or subjects[0].lemma_.lower() not in _AGREEMENTS or not objects:
            continue
        mention = base._subject_mention(sent, objects[0])
        party = mention.actor if mention is not None else base._lookup(objects[0])
        steps = [c for c in kids if c.dep_ in ("xcomp", "ccomp")]
        steps += [c for c in kids if c.dep_ == "prep" and c.lower_ == "to"]
        if party is None or not base._valid_party(party) or not steps:
            continue
        out += _record(analysis, sent, party, "accept", _text_of(sent, list(steps[0].subtree)))
    return out


# a step kept up, or withheld, until something changes: 'will not sign a trade pact while the
# fighting goes on', 'our raids will continue as long as the siege lasts', 'the border stays shut
# until the army withdraws'
_KEPT_UP = frozenset({"continue", "go", "keep", "stay", "remain", "press", "last", "persist"})
_LASTING = frozenset({"continue", "go", "last", "persist", "rage", "drag", "remain"})
_HOSTILITIES = frozenset({"fighting", "war", "aggression", "attack", "strike", "shelling", "bombing",
                          "bombardment", "hostility", "offensive", "killing", "violence", "assault",
                          "siege", "raid", "invasion", "conflict", "bloodshed", "blockade"})
_AS_LONG_AS = re.compile(r"\b(?:as|so)\s+long\s+$", re.IGNORECASE)


def _holding_mark(sent: Sentence, clause: Any) -> str | None:
    """'until', 'till', 'while' or 'as long as' opening an adverbial clause, else None."""
    for mark in (c for c in clause.children if c.dep_ == "mark"):
        word = mark.lower_
        if word in ("until", "till", "while"):
            return word
        if word == "as" and _AS_LONG_AS.search(sent.text, 0, mark.idx - sent.start):
            return "as long as"
    return None


def _held_step(verb: Any) -> bool:
    """A promised or threatened step: 'will not sign', 'would not resume', 'will continue', 'will
    stay shut' (a future or conditional auxiliary; a refusal, or a step kept up)."""
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids) or _marked_unreal(verb):
        return False
    return any(c.dep_ == "neg" for c in kids) or verb.lemma_.lower() in _KEPT_UP


def _ended(clause: Any, mark: str) -> tuple[str, Any] | None:
    """What the holding clause asks for, with the noun whose end it asks for where it asks one:
    'while the fighting continues' asks an end to the fighting; 'until the army withdraws' asks
    the withdrawal."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.lemma_.lower() in _LASTING and subjects and mark != "until":
        return " ".join(t.text for t in subjects[0].subtree), subjects[0]
    if mark == "while":
        return None     # 'while talks are under way', 'while in Ankara': time, not a condition
    return " ".join(t.text for t in clause.subtree if t.dep_ != "mark" or t.head.i != clause.i), None


def held_until(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Kenya would not resume arms sales while the shelling continued', 'the blockade will go on
    until the junta steps down': a party that holds a step back (or keeps one up) until something
    changes demands that change; an end to the fighting it names is a ceasefire."""
    out: list[Record] = []
    for clause in (t for t in sent.span or [] if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX")):
        mark = _holding_mark(sent, clause)
        verb = clause.head.head if clause.head.pos_ == "ADV" else clause.head
        if mark is None or verb.pos_ not in ("VERB", "AUX") or not _held_step(verb) \
                or base.told_clause(verb):
            continue
        ended = _ended(clause, mark)
        if ended is None:
            continue
        party = _subject_actor(sent, verb)
        if not base._valid_party(party) and sent.attribution is not None:
            party = sent.attribution.speaker       # 'our raids will go on...', the commander said
        if party is None or not base._valid_party(party):
            continue
        text, lasting = ended
        if lasting is not None and lasting.lemma_.lower() in _HOSTILITIES:
            out.append(make_record("position", analysis, sent, {
                "party": actor_or_none(party), "issue": "ceasefire", "stance": "demand",
                "detail": base._detail("an end to " + text), "precondition": True}))
        else:
            out += _record(analysis, sent, party, "demand", text, True)
    return out


# a party's pledge to keep an effort going: 'Chisinau will pursue a frank dialogue with Brussels',
# 'Oslo will keep working for a swap of all detainees'
_PURSUING = frozenset({"pursue", "continue", "keep"})


def _pursued(verb: Any) -> list[Any]:
    """What a pledge to pursue or continue names: its object, or the step it keeps up ('continue to
    work on X', 'keep funding X') with that step's own words; none for a hostile act kept up."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return list(objects[0].subtree)
    steps = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not steps or steps[0].lemma_.lower() in base._cues().acts:
        return []
    return [t for t in steps[0].subtree if t.dep_ != "aux" or t.head.i != steps[0].i]


def will_pursue(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Chisinau will pursue a frank dialogue with Brussels', 'Oslo will keep working for a swap of
    all detainees': a party pledging to keep up an effort of its own offers what the effort is for;
    a fight or strikes kept up state no term (read elsewhere when held until something changes)."""
    out: list[Record] = []
    for verb in (t for t in sent.span or [] if t.lemma_.lower() in _PURSUING and t.tag_ == "VB"):
        kids = list(verb.children)
        if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids) \
                or any(c.dep_ == "neg" for c in kids) or _marked_unreal(verb) or base.told_clause(verb) \
                or any(c.dep_ == "advcl" and _holding_mark(sent, c) for c in kids):
            continue
        thing = _pursued(verb)
        if not thing or any(t.lemma_.lower() in _HOSTILITIES for t in thing):
            continue
        party = _subject_actor(sent, verb)
        if party is None or not base._valid_party(party) or party.sector == "MIL":
            continue
        out += _record(analysis, sent, party, "offer", _text_of(sent, thing))
    return out


def _marked_unreal(verb: Any) -> bool:
    """'if Kyiv would not...', 'whether Moscow will not...', or a clause under one of them."""
    for tok in (verb, verb.head):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless", "because") for c in tok.children):
            return True
    return False


# verbs whose negation refuses nothing: 'will not say', 'would not comment', 'will not tolerate attacks'
_NOT_ACTS = frozenset({"say", "comment", "tell", "disclose", "reveal", "confirm", "deny", "know", "forget",
                       "tolerate", "allow", "let", "need", "take", "have", "give", "stop", "be", "do", "get"})


def readings(analysis: Analysis, sent: Sentence) -> list[Record]:
    """Every construction reading of this module for one sentence."""
    return (conditioned_on(analysis, sent) + asked_for(analysis, sent) + warned_against(analysis, sent)
            + no_slogan(analysis, sent)
            + passive_agent(analysis, sent) + plan_content(analysis, sent) + judged_proposal(analysis, sent)
            + blamed_obstruction(analysis, sent) + stopped_supply(analysis, sent) + will_not(analysis, sent)
            + will_yield(analysis, sent) + retaliation_if(analysis, sent) + bound_by_deal(analysis, sent)
            + held_until(analysis, sent) + will_pursue(analysis, sent))

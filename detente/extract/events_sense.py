"""Is a trigger word used in its event sense? Readings of English in which a hostile or asking verb
names no political act, so the events extractor refuses them (precision on news it was not tuned on).

- a natural or accidental cause as the doer: 'the epidemic killed thousands', 'a wildfire destroyed
  homes', 'killed in a helicopter crash' (a disaster, not an attack);
- a contest: 'Brazil beat Argentina 3-1', 'beat Johnson in straight sets', a score or the words of a
  game in the clause (sport, elections told as races);
- a level reached: 'the share price hit 45 percent', 'sales hit a record' ('hit' as 'reach');
- a question asked: '"Why did the talks fail?" the senator asked', 'asked about the delays',
  'demanded how the ministry could justify it' (a question, not a request for an act);
- a holding: 'Russia occupies a fifth of Ukraine' (how things stand, not a seizure);
- an attempt to seize: 'has been trying to capture the town' (an attempted attack happened; an
  attempted capture took nothing);
- a bare threat verb with nothing threatened: 'the winger threatened twice' (danger in a game);
- a share of a people as the one who wants, backs or refuses: 'most Ukrainians want talks', '60 percent
  of Germans say they want Berlin to...' (a poll's finding, not a state's request);
- a thing that 'hits' without being a weapon or anyone's force: 'the bond hit a low', 'her song hit the
  charts', 'the bill hits the floor' ('hit' as 'arrive', 'succeed'); 'it is striking that...';
- a visit to a site: 'visited the border', 'paid a visit to the prison' (a trip, no counterpart);
- a measure as the doer: 'the package targets 30 companies', 'the decree hits importers' (whom a
  sanctions package, law or decree applies to, not an attack);
- an idea, a record or an ill as what is attacked or fought: 'attacked each other's policies', 'beat
  back concerns about his age', 'a verbal attack on the ruling', 'fighting smog', 'battling the virus'
  (words, campaigns and remedies, not force);
- a film shot: 'was shooting a new series', 'shot the video in Lagos' (a camera, not a gun);
- an appeal in court: 'appealed his sentence', 'appealed against the verdict', 'will appeal' (a
  ruling contested, no one asked to act; 'appealed to the UN for help' still asks);
- a command: 'VISIT the show this weekend', 'teachers chanted "Fund our schools"' (the act is asked
  of the reader or of power, not done).
Each reading is told by the parse and by the kind of word, never by any article's wording.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detente.extract import events_syntax as syn

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.extract.events_lexicon import Lexicon
    from detente.extract.events_triggers import Candidate

CAUSES = frozenset({
    "disease", "plague", "pandemic", "epidemic", "virus", "illness", "cancer", "flu", "influenza",
    "outbreak", "infection", "bacteria", "cholera", "wildfire", "blaze", "bushfire", "flood", "flooding",
    "storm", "hurricane", "cyclone", "typhoon", "tornado", "earthquake", "quake", "tsunami", "landslide",
    "mudslide", "avalanche", "drought", "famine", "heatwave", "crash", "accident", "collision",
    "derailment", "overdose", "lightning", "eruption",
})
"""What kills or destroys without anyone doing it: disease, weather, the earth, accidents."""
WILD_FIRES = frozenset({"forest", "bush", "brush", "grass", "wild", "house", "kitchen", "electrical"})
"""A 'fire' that is a blaze (not gunfire): 'the forest fire', 'a house fire', or 'the fires' bare."""
GAME_WORDS = frozenset({
    "game", "match", "league", "tournament", "championship", "playoff", "goal", "goalkeeper", "goalie",
    "goaltender", "inning", "touchdown", "hat-trick", "quarterback", "coach", "semifinal", "medal", "cup",
    "crossbar", "offside", "linesman", "referee", "midfielder", "touchline", "scoreline",
})
"""The words of a game: a hostile verb among them tells play, not harm."""
VOTE_WORDS = frozenset({"vote", "ballot", "race", "primary", "election", "poll", "seat", "title"})
"""Beating someone in a vote or a race is winning it."""
SCORE = re.compile(r"\b\d{1,2}[-–]\d{1,2}\b(?!\s*(?:[a-z]+s\b|%|percent|per|km|mile|year|day|month|hour))")
"""'3-1', '6-4, 6-2': a score; '10-15 drones', '3-5 km' count things."""
CONTEST_VERBS = frozenset({"beat", "defeat", "hit", "strike", "threaten", "target", "attack", "shoot",
                           "fire", "capture", "seize", "fight", "punch"})
"""Hostile verbs that sport and campaigns borrow."""
LEVELS = frozenset({"record", "high", "low", "peak", "maximum", "minimum", "level", "mark", "milestone",
                    "threshold", "total", "average", "percent", "%", "$", "limit", "ceiling", "number"})
"""What a quantity reaches: 'hit a record', 'hit 45 percent', 'hit a maximum of 44 decibels'."""
STRIKERS = frozenset({
    "debris", "fragment", "shrapnel", "wreckage", "projectile", "munition", "weapon", "round", "salvo",
    "volley", "interceptor", "ship", "vessel", "boat", "submarine", "enemy", "man", "attacker", "wave",
    "one", "navy", "battalion", "brigade", "regiment", "division", "squad", "crew", "operator", "pilot",
    "invader", "occupier", "aggressor", "raider", "sniper", "gunner", "artillery",
})
"""Common nouns that may strike a blow besides weapons, attacks and forces the lexicon names."""
EFFORTS = frozenset({"campaign", "operation"})
"""Efforts that strike only as a side's military effort: 'the Dutch air campaign hit 40 depots', not
'the ad campaign hit the airwaves'."""
PORTIONS = frozenset({"part", "much", "most", "some", "all", "fifth", "quarter", "third", "half", "percent",
                      "%", "share", "swathe", "swath", "chunk", "bulk", "territory", "land", "area"})
"""A share of land held: 'occupies large parts of', 'about a fifth of', '18 percent of'."""
STANDING_ADVERBS = frozenset({"still", "now", "currently", "already"})
REACH_VERBS = frozenset({"hit", "strike", "top", "beat"})
ASK_VERBS = frozenset({"ask", "demand", "wonder", "inquire", "enquire", "query", "question"})
QUESTION_WORDS = frozenset({"how", "why", "what", "whether", "if", "when", "where", "who", "which", "whom"})
ASKED_FOR = ("xcomp", "dobj", "dative", "ccomp", "prep", "attr", "oprd")


def refused(cand: Candidate, lex: Lexicon) -> str | None:
    """The reading of English that makes this trigger no event, or None when it names one."""
    hostile = lex.hostile
    if cand.type in hostile and _natural_cause(cand):
        return "natural cause"
    if cand.type in hostile and _contest(cand):
        return "contest"
    if cand.type == "ASSAULT" and _level_reached(cand):
        return "level reached"
    if cand.type == "ASSAULT" and (_thing_hits(cand, lex) or _striking(cand)):
        return "figure of speech"
    if cand.type == "ASSAULT" and _measure_aims(cand, lex):
        return "a measure's scope"
    if cand.type == "ASSAULT" and (_idea_attacked(cand) or _filmed(cand)):
        return "an idea attacked or a film shot"
    if cand.mode == "seize" and _holding(cand):
        return "a holding, not a seizure"  # 'Russia occupies a fifth of Ukraine': how things stand
    if cand.attempted and cand.mode == "seize":
        return "attempt to seize"  # 'has been trying to capture the town for a year': not taken
    if cand.type == "REQUEST" and _question(cand):
        return "question"
    if cand.type == "REQUEST" and _court_appeal(cand):
        return "an appeal in court"
    if _imperative(cand):
        return "a command"
    if cand.type == "THREATEN" and _bare_threat(cand):
        return "bare threat"
    if cand.type in ("REQUEST", "SUPPORT", "REJECT", "ACCUSE", "AGREE") and _polled(cand):
        return "a share of a people polled"
    if cand.type == "CONSULT" and cand.mode == "visit" and _site_visit(cand):
        return "a visit to a site"
    return None


SITES = frozenset({
    "prison", "jail", "hospital", "clinic", "border", "settlement", "camp", "base", "plant", "site",
    "factory", "school", "university", "museum", "memorial", "cemetery", "grave", "church", "mosque",
    "cathedral", "monastery", "temple", "trench", "exhibition", "show", "fair", "farm", "mine", "shelter",
    "ruin", "checkpoint", "facility", "bloc", "apartment", "profile", "planet", "dam", "bridge", "mall",
})
"""Places one goes to see, where no counterpart waits: 'visited the border', 'paid a visit to the
prison' (a trip, not a meeting; 'visited Kyiv' or 'visited the Elysee' may meet a host)."""


def _site_visit(cand: Candidate) -> bool:
    """'Netanyahu visited the settlement bloc', 'the senator visited the border near McAllen', 'paid a
    visit to the city's old prison': what is visited is a common noun of a site, not a state, a city,
    a person or an office."""
    visit = cand.token
    on_verb = cand.role == "verb"
    objects = syn.direct_objects(visit) if on_verb else list(syn.prep_objects(visit, ("to",)))
    return bool(objects) and all(o.pos_ == "NOUN" and syn.lemma(o) in SITES for o in objects)


SHARE_WORDS = frozenset({"percent", "%", "majority", "minority", "plurality", "most", "half", "third",
                         "quarter", "many", "few", "fifth", "share", "proportion"})
"""What a poll counts: 'most Ukrainians want...', '60 percent of Germans say...', 'a majority of Russians
support...'. A share of a people telling a pollster what it wants is an opinion, not a state's act."""


POLLED = frozenset({"people", "voter", "citizen", "respondent", "resident", "adult", "public", "population",
                    "person", "household"})
"""Who a poll asks: a people by its demonym ('Ukrainians') or the public at large; never officials,
leaders or members of a body, whose backing is a political act."""


def _people(noun: Token) -> bool:
    return noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS") or syn.lemma(noun) in POLLED


def _share(noun: Token) -> bool:
    """'60 percent of Germans', 'a majority of voters', 'most Ukrainians', 'many Americans'."""
    if syn.lemma(noun) in SHARE_WORDS or noun.lower_ in SHARE_WORDS:
        return any(_people(o) for o in syn.prep_objects(noun, ("of",)))
    return _people(noun) and any(c.dep_ in ("amod", "det") and c.lower_ in ("most", "many")
                                 for c in noun.children)


def _polled(cand: Candidate) -> bool:
    """The act's own subject, or the subject of a verb that reports or carries it ('60 percent of
    Germans say they want Berlin to...'), is a share of a people."""
    for verb in (cand.anchor, *syn.governors(cand.anchor)):
        subject, passive = syn.subject_of(verb) if syn.is_verb(verb) else (None, False)
        if subject is not None and not passive and _share(subject):
            return True
    return False


def _holding(cand: Candidate) -> bool:
    """'Russia occupies large parts of the east', 'still occupies a fifth of the country': 'occupy' in the
    simple present over a share of land, or with 'still'/'now', tells how things stand, not an act."""
    verb = cand.token
    if cand.role != "verb" or syn.lemma(verb) != "occupy" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS for c in verb.children):
        return True
    return any(syn.lemma(o) in PORTIONS or o.like_num for o in syn.direct_objects(verb))


def describes_people(cand: Candidate) -> bool:
    """'marines detained during the siege', 'guardsmen captured at the plant': a participle on a noun
    that says who the people are by what was once done to them, with no doer named."""
    anchor = cand.anchor
    return cand.role == "verb" and anchor.dep_ == "acl" and anchor.tag_ == "VBN" and syn.is_noun(anchor.head)


RELATIVES = frozenset({"that", "which", "who"})


def _doers(verb: Token) -> list[Token]:
    """Who or what does the verb: its subject (a relative clause's noun, a participle's main subject),
    the 'by' of a passive, and what someone was killed 'in' or 'by' ('killed in a crash')."""
    out: list[Token] = []
    subject, passive = syn.subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head  # 'the pandemic that killed millions': the pandemic kills
    if subject is not None and not passive:
        out.append(subject)
    agent = syn.agent_of(verb)
    if agent is not None:
        out.append(agent)
    if passive or verb.tag_ == "VBN":
        out += list(syn.prep_objects(verb, ("in", "from")))
    return out


def _is_cause(noun: Token) -> bool:
    words = {syn.lemma(noun)} | {syn.lemma(c) for c in noun.children if c.dep_ in ("compound", "amod")}
    if "fire" in words and noun.dep_ != "compound":
        mods = {syn.lemma(c) for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")}
        return not mods or bool(mods & WILD_FIRES)
    black_death = syn.lemma(noun) == "death" and any(c.lower_ == "black" for c in noun.children)
    return bool(words & CAUSES) or black_death


def _natural_cause(cand: Candidate) -> bool:
    """'The epidemic killed thousands', 'a wildfire destroyed homes', 'killed in a plane crash'."""
    if cand.role != "verb":
        return False
    return any(_is_cause(doer) for doer in _doers(cand.anchor))


def _clause_tokens(verb: Token) -> list[Token]:
    """The verb's own clause: its subtree without clauses of their own (relative, adverbial)."""
    out: list[Token] = []
    todo = [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ not in ("relcl", "advcl", "ccomp", "parataxis")]
    return out


def _contest(cand: Candidate) -> bool:
    """'Brazil beat Argentina 3-1', 'beat him in straight sets', 'the winger struck the post in the
    second half of the match': a score or a game's words in the verb's clause, or a named side beaten."""
    verb = cand.anchor
    if cand.role != "verb" or syn.lemma(cand.token) not in CONTEST_VERBS:
        return False
    if SCORE.search(verb.sent.text) or any(syn.lemma(t) in GAME_WORDS for t in verb.sent if syn.is_noun(t)):
        return True
    nouns = {syn.lemma(t) for t in _clause_tokens(verb) if syn.is_noun(t)}
    if syn.lemma(cand.token) not in ("beat", "defeat"):
        return False
    if nouns & VOTE_WORDS:
        return True
    # a beating's victims are people told by a common noun or a pronoun ('beat protesters', 'beat him');
    # a side beaten by name ('Russia beat Croatia') lost a game or a vote
    subject, passive = syn.subject_of(verb)
    objects = syn.direct_objects(verb)
    return not passive and bool(objects) and all(o.pos_ == "PROPN" for o in objects)


def _level_reached(cand: Candidate) -> bool:
    """'The price hit 45 percent', 'sales hit a record', 'the fan noise hit a maximum of 44 dB'."""
    if cand.role != "verb" or syn.lemma(cand.token) not in REACH_VERBS:
        return False
    for obj in syn.direct_objects(cand.token):
        if obj.like_num or obj.tag_ == "CD" or syn.lemma(obj) in LEVELS:
            return True  # 'hit 45 percent', 'hit $100'; 'hit 15 targets' counts what was struck
        if any(syn.lemma(t) in LEVELS for t in obj.subtree if t.dep_ == "quantmod"):
            return True  # 'hit a maximum of 89 degrees', parsed with 'maximum' inside the number
    return False


def _thing_hits(cand: Candidate, lex: Lexicon) -> bool:
    """'The bond hit a new low', 'her single hit the charts', 'the bill will hit the floor': what hits is a
    common noun that is no weapon, attack, armed force or group of people."""
    verb = cand.token
    if cand.role != "verb" or syn.lemma(verb) not in ("hit", "strike"):
        return False
    subject, passive = syn.subject_of(verb)
    if subject is None or passive or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    words = {syn.lemma(subject)} | {syn.lemma(c) for c in subject.children if c.dep_ == "compound"}
    if syn.lemma(subject) in EFFORTS and _sides_effort(subject):
        return False
    known = set(lex.nouns) | lex.group_nouns | lex.crowd_nouns | STRIKERS
    known |= {w for words_of_mode in lex.modes.values() for w in words_of_mode}
    return not words & known


ARMED_WORDS = frozenset({"military", "air", "aerial", "bombing"})


def _sides_effort(noun: Token) -> bool:
    """'The Dutch campaign', 'Chile's air campaign', 'the military operation': an effort a state owns
    or that is military by its own words."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod")
               and (c.ent_type_ in ("NORP", "GPE") or syn.lemma(c) in ARMED_WORDS)
               for c in noun.children)


MEASURES = frozenset({
    "package", "sanction", "measure", "restriction", "penalty", "law", "bill", "decree", "resolution",
    "tariff", "ban", "embargo", "regulation", "rule", "designation", "tranche", "policy", "legislation",
    "amendment", "directive", "order", "listing", "plan", "proposal", "programme", "program",
})
"""Texts and measures a government adopts: they 'target' or 'hit' whom they apply to, they strike no one."""
AIMING_VERBS = frozenset({"target", "hit", "cover", "strike", "attack", "aim"})


def _measure_aims(cand: Candidate, lex: Lexicon) -> bool:
    """What a measure aims at is its scope, not an attack, whether the aiming verb modifies the measure
    ('sanctions targeting Russian banks', 'adopted a package of sanctions, targeting oil exports') or
    has it as subject ('The package also targets some 30 firms', 'the new rules hit importers')."""
    verb = cand.token
    if cand.role != "verb" or syn.lemma(verb) not in AIMING_VERBS:
        return False
    return _aimed_by_modifier(verb, lex) or _aimed_by_subject(verb)


def _aimed_by_modifier(verb: Token, lex: Lexicon) -> bool:
    if verb.dep_ not in ("acl", "relcl", "advcl"):
        return False
    head = verb.head
    things = [head, *syn.direct_objects(head)] if syn.is_verb(head) else [head]
    things += [o for t in things for o in syn.prep_objects(t, ("of",))]  # 'a package of sanctions'
    kinds = [lex.verbs.get(syn.lemma(head))] if syn.is_verb(head) else []
    return any(syn.lemma(t) in MEASURES for t in things) or any(
        k is not None and k.type == "SANCTION" for k in kinds)


def _aimed_by_subject(verb: Token) -> bool:
    subject, passive = syn.subject_of(verb)
    if subject is None and verb.dep_ in ("dep", "conj"):
        subject, _ = syn.subject_of(verb.head)  # 'The package, agreed in Brussels, also targets...'
        passive = False
    if subject is None or passive:
        return False
    words = {syn.lemma(subject)} | {syn.lemma(c) for c in subject.children if c.dep_ == "compound"}
    return bool(words & MEASURES)


def _striking(cand: Candidate) -> bool:
    """'It is striking that the ministers never met': the adjective, not the verb."""
    verb = cand.token
    return verb.lower_ == "striking" and not syn.direct_objects(verb) and any(
        c.dep_ == "ccomp" for c in verb.children)


def _question(cand: Candidate) -> bool:
    """'"Why?" the senator asked', 'asked about the delays', 'demanded how it could be justified':
    a question asked is no request for an act. 'Asked Kyiv to withdraw', 'asked for help' still ask."""
    verb = cand.anchor
    if cand.role != "verb" or syn.lemma(verb) not in ASK_VERBS:
        return False
    if "?" in verb.sent.text or _after_question(verb):
        return True
    if any(c.dep_ == "prep" and syn.lemma(c) == "about" for c in verb.children):
        return True
    for comp in verb.children:
        if comp.dep_ in ("ccomp", "dobj") and any(t.lower_ in QUESTION_WORDS for t in comp.subtree
                                                   if t.i < comp.i and t.dep_ in ("advmod", "mark", "dobj",
                                                                                 "nsubj", "det", "attr")):
            return True
    return not any(c.dep_ in ASKED_FOR for c in verb.children)


def _after_question(verb: Token) -> bool:
    """'"Is it over?" the senator asked.': the sentence the verb closes follows a quoted question."""
    at = verb.sent.start - 1
    while at >= 0 and verb.doc[at].is_quote:
        at -= 1
    return at >= 0 and verb.doc[at].text == "?"


def _bare_threat(cand: Candidate) -> bool:
    """'The winger threatened twice', 'has been threatening that all game': the verb 'threaten' with no
    act threatened (no 'to ...', 'with ...', clause) and no one threatened."""
    verb = cand.token
    if cand.role != "verb" or syn.lemma(verb) != "threaten" or cand.inner is not None:
        return False
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp", "advcl") or (child.dep_ == "prep" and syn.lemma(child) == "with"):
            return False
        if child.dep_ == "dobj" and child.lower_ not in ("that", "this", "it"):
            return False
    return True


IDEAS = frozenset({
    "policy", "idea", "proposal", "record", "claim", "remark", "comment", "statement", "decision", "ruling",
    "concern", "fear", "doubt", "criticism", "allegation", "accusation", "argument", "notion", "view",
    "agenda", "reform", "budget", "bill", "legislation", "character", "credibility", "reputation",
    "integrity", "motive", "rhetoric", "narrative", "report", "article", "book", "editorial",
    "manifesto", "candidacy", "performance", "handling", "verdict",
    "pollution", "smog", "air", "poverty", "inflation", "unemployment", "obesity", "addiction",
    "misinformation", "disinformation", "rumour", "rumor", "stigma", "perception",
})
"""What is attacked or fought with words or remedies, not force: ideas, texts, records, ills. No place,
structure, force or person is among them ('attacked positions' is force: 'position' is not here)."""
IDEA_VERBS = frozenset({"attack", "fight", "target", "beat", "battle", "combat", "assault", "hit"})
RHETORIC = frozenset({"verbal", "rhetorical", "personal", "pr", "media", "smear", "partisan", "ad",
                      "propaganda", "public-relations", "political"})
"""What makes an 'attack' one of words: 'a verbal attack', 'another PR attack', 'a smear attack'."""
FILMED = frozenset({"film", "movie", "scene", "video", "footage", "episode", "series", "show",
                    "documentary", "photo", "picture", "photograph", "commercial", "advert", "pilot",
                    "season", "clip", "portrait", "sequel"})
"""What a camera shoots."""


def _idea_attacked(cand: Candidate) -> bool:
    """'Johnson and Corbyn attacked each other's policies', 'helped him beat back concerns', 'London has
    been fighting dirty air', 'a PR attack on the agency': every thing attacked is an idea, a text, a
    record or an ill, or the attack is one of words. 'Attacked the convoy' still attacks."""
    trigger = cand.token
    if syn.lemma(trigger) not in IDEA_VERBS:
        return False
    if syn.is_noun(trigger):
        if any(syn.lemma(c) in RHETORIC or c.lower_ in RHETORIC for c in trigger.children
               if c.dep_ in ("amod", "compound")):
            return True
        things = list(syn.prep_objects(trigger, ("on", "against")))
    else:
        things = syn.direct_objects(trigger) + list(syn.prep_objects(trigger, ("against", "on")))
    return bool(things) and all(_idea(t) for t in things)


def _idea(noun: Token) -> bool:
    """The head noun only: 'air defences' are a force, 'dirty air' an ill."""
    return syn.lemma(noun) in IDEAS | CAUSES and noun.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON")


def _filmed(cand: Candidate) -> bool:
    """'He was shooting "Harbour Lights", a reality show', 'shot the video in a week': what is shot is a
    film, a picture or a named work."""
    trigger = cand.token
    if cand.role != "verb" or syn.lemma(trigger) != "shoot":
        return False
    things = syn.direct_objects(trigger)
    return bool(things) and all(syn.lemma(t) in FILMED or t.ent_type_ == "WORK_OF_ART" or _title(t)
                                for t in things)


def _title(noun: Token) -> bool:
    """A name in quotation marks is a work's title: 'shooting "Harbour Lights"'."""
    edge = noun.left_edge
    return edge.is_quote or (edge.i > 0 and noun.doc[edge.i - 1].is_quote)


ASKING_PREPS = frozenset({"to", "for", "on", "with"})
"""'appealed to the UN', 'appealed for calm', 'called on', 'pleaded with': someone is asked."""


def _court_appeal(cand: Candidate) -> bool:
    """'Navarro appealed his sentence', 'appealed against the verdict', 'the lawyers will appeal':
    'appeal' with a ruling as object, against something, or with no one and nothing asked for."""
    trigger = cand.token
    if syn.lemma(trigger) != "appeal":
        return False
    preps = {syn.lemma(c) for c in trigger.children if c.dep_ in ("prep", "agent")}
    if "against" in preps:
        return True
    if not syn.is_verb(trigger) or preps & ASKING_PREPS:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children)  # 'appealed to be freed' asks


def _imperative(cand: Candidate) -> bool:
    """'Visit the show', '"Fund our schools," they chanted': a bare verb with no subject, no auxiliary
    and no 'to' that opens its sentence or its quotation is a command."""
    verb = cand.token
    if cand.role != "verb" or verb.tag_ != "VB" or verb.lower_ == "let":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in verb.children):
        return False
    if verb.dep_ not in ("ROOT", "ccomp", "xcomp", "parataxis"):
        return False
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is None or before.is_quote

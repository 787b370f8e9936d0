"""Positions: what one party demands, offers, accepts or rejects on one issue of the negotiation.

A position rests on a cue ("insists on", "rejects", "ready to", "Moscow's list includes") with a
party before it (the subject, or the possessor of a demand) and an issue named in the phrase the
cue governs. Lists are split, so "lifting sanctions, releasing frozen assets and language rights"
gives three positions. An analyst's reading of a party is not the party's position, so sentences
attributed to experts (and parties that are not states or their officials) are skipped; a sentence
the media reports is read for the parties in it.

Readings beyond the plain cue: a cue inside what a demand asks ("urged Kyiv to accept a truce") is
the demand's content; an acceptance inside an "if" clause is the condition-setter's demand; a modal
("must", "should", "the key issue") states the speaker's demand; hypotheticals ("whether", "might")
state nothing; conjoined subjects each hold the stance; a he/she/it opening a paragraph takes the
fitting actor of the sentences before.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from detente.extract.common import actor_or_none, make_record
from detente.extract.events_syntax import past_dateline
from detente.extract.positions_direction import add_direction
from detente.extract.sides import PAIR_WORDS, SIDE_NOUNS, named_pair
from detente.models import Actor, Record
from detente.nlp.attribution import lexicon as attribution_lexicon
from detente.nlp.core import ActorMention, Analysis, Attribution, Sentence

_PRONOUNS_SPEAKER = {"we", "i", "our", "my", "us"}
_PRONOUNS_OTHER = {"it", "its", "they", "their", "he", "his", "she", "her", "them"}
_PARTICIPLE_DEPS = {"amod", "compound"}
_MAX_DETAIL = 90
_PASSIVE = re.compile(r"\s+by\b")     # "as suggested by Russia": the agent is not before the cue
# what follows a noun cue when it names the content: "demand for", "demands include", "proposal to"
_NOUN_OBJECT = re.compile(r"[\s\"\u201d']*(?:,\s*)?(?:for|on|of|to|that|:|includes?|included|including|"
                          r"such as|is|are|was|were|remains?|also|calls?|would|will)\b", re.IGNORECASE)
_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "report", "claim", "state", "note", "write", "announce"})
_SPEECH = re.compile(r"\b(?:said|says|told|according to)\b")
# "refuses any settlement that would require X": the second cue belongs to the first cue's object
_INSIDE_OBJECT = re.compile(r"\b(?:that|which)\s+(?:(?:would|will|could|might|must|also)\s+)*$",
                            re.IGNORECASE)


def _load(name: str) -> dict[str, Any]:
    text = resources.files("detente.data").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def phrase_pattern(phrase: str) -> str:
    """A lexicon phrase as a regex: word boundaries, '*' for any ending, space or hyphen between words."""
    words = [re.escape(w).replace(r"\*", r"\w*").replace("'", "['\u2019]") for w in phrase.lower().split()]
    body = r"[\s\-]+".join(words)
    left = r"\b" if phrase[:1].isalnum() else ""
    right = r"\b" if phrase[-1:].isalnum() or phrase.endswith("*") else ""
    return left + body + right


def compile_phrases(phrases: list[str]) -> re.Pattern[str]:
    """One regex for a lexicon, longest phrase first (the first alternative that matches wins).

    Phrases that start with a letter or digit share one leading word boundary and a look at the first
    letter, so the engine tries their hundreds of alternatives only where a word that may begin one
    starts, not at every character (on real articles the cue lexicon's search cost a third of the
    parse). The matches are the same: at any position only the phrases whose first character is there
    can match, so the two groups never compete, and each keeps the longest-first order."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    at_word = [phrase_pattern(p).removeprefix(r"\b") for p in ordered if p[:1].isalnum()]
    others = [phrase_pattern(p) for p in ordered if not p[:1].isalnum()]
    starts = "".join(sorted({p[0].lower() for p in ordered if p[:1].isalnum()}))
    groups = [rf"\b(?=[{starts}])(?:" + "|".join(f"(?:{body})" for body in at_word) + ")"] if at_word else []
    groups += [f"(?:{pattern})" for pattern in others]
    return re.compile("|".join(groups), re.IGNORECASE)


@dataclass(frozen=True)
class _Issues:
    patterns: dict[str, re.Pattern[str]]
    weak: frozenset[str]
    refines: dict[str, list[str]]
    masks: dict[str, re.Pattern[str]]


@lru_cache(maxsize=1)
def _issues() -> _Issues:
    data = _load("positions_issue_lexicon.json")
    known = {item["id"] for item in _load("issues.json")["issues"]}
    unknown = set(data["issues"]) - known
    if unknown:
        raise ValueError(f"The issue lexicon names issues that issues.json lacks: {sorted(unknown)}")
    patterns = {issue: compile_phrases(phrases) for issue, phrases in data["issues"].items()}
    masks = {issue: compile_phrases(phrases) for issue, phrases in data.get("masks", {}).items()}
    return _Issues(patterns, frozenset(data["weak"]), data["refines"], masks)


@dataclass(frozen=True)
class _Cues:
    cues: re.Pattern[str]
    stance: dict[str, str]
    negators: re.Pattern[str]
    negated_cues: frozenset[str]
    boundaries: tuple[str, ...]
    relative: re.Pattern[str]
    preconditions: tuple[re.Pattern[str], ...]
    non_party: frozenset[str]
    voiders: re.Pattern[str]
    reporting: frozenset[str]
    mute: frozenset[str]
    owning: frozenset[str]
    retracting: frozenset[str]
    relational: frozenset[str]
    directive: frozenset[str]
    predicative: frozenset[str]
    verb_only: frozenset[str]
    acts: frozenset[str]
    instruments: frozenset[str]
    knowing: frozenset[str]
    threatened_acts: frozenset[str]
    told: frozenset[str]
    insufficient: frozenset[str]
    hosting: frozenset[str]
    guests: frozenset[str]
    graded: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = _load("positions_cues.json")
    stance: dict[str, str] = {}
    for name, phrases in data["cues"].items():
        for phrase in phrases:
            stance[phrase] = name
    precond = [compile_phrases(data["preconditions"])]
    precond += [re.compile(p, re.IGNORECASE) for p in data["precondition_patterns"]]
    return _Cues(
        cues=compile_phrases(list(stance)),
        stance=stance,
        negators=re.compile(r"(?:" + "|".join(phrase_pattern(n) if n[0].isalpha() else re.escape(n)
                                              for n in data["negators"]) + r")", re.IGNORECASE),
        negated_cues=frozenset(data["negated_cues"]),
        boundaries=tuple(data["boundaries"]),
        relative=re.compile(r"(?:" + "|".join(phrase_pattern(p) for p in data["relative_markers"])
                            + r")(?:\s+the)?\s*$", re.IGNORECASE),
        preconditions=tuple(precond),
        non_party=frozenset(data["non_party_sectors"]),
        voiders=compile_phrases(data["voiders"]),
        reporting=frozenset(data["reporting_sectors"]),
        mute=frozenset(data["non_stance_complements"]),
        owning=frozenset(data["owning_verbs"]),
        retracting=frozenset(data["retracting_verbs"]),
        relational=frozenset(data["relational_nouns"]),
        directive=frozenset(data["directive_verbs"]),
        predicative=frozenset(data["predicative"]),
        verb_only=frozenset(data["verb_only"]),
        acts=frozenset(data["act_complements"]),
        instruments=frozenset(data["own_instruments"]),
        knowing=frozenset(data["knowing_verbs"]),
        threatened_acts=frozenset(data["threatened_acts"]),
        told=frozenset(data["told_nouns"]),
        insufficient=frozenset(data["insufficient"]),
        hosting=frozenset(data["hosting_verbs"]),
        guests=frozenset(data["guest_nouns"]),
        graded=frozenset(data["graded_issues"]),
    )


def _cue_stance(matched: str) -> str | None:
    return _stance_of(" ".join(matched.lower().replace("-", " ").split()))


@lru_cache(maxsize=1)
def _stance_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each cue phrase compiled once, in the lexicon's order (the first that matches names the stance)."""
    return tuple((re.compile(phrase_pattern(phrase), re.IGNORECASE), stance)
                 for phrase, stance in _cues().stance.items())


@lru_cache(maxsize=4096)
def _stance_of(text: str) -> str | None:
    """The stance of one matched cue's words; cached, as the same few cues recur in every article."""
    return next((stance for pattern, stance in _stance_patterns() if pattern.fullmatch(text)), None)


# ---------------------------------------------------------------- issues

# 'strike targets on Russian territory', 'troops along its borders': the word names where
# something happens, not the status of land a party claims or gives up
_PLACE_BEFORE = re.compile(r"\b(?:on|in|inside|into|onto|across|through|along|deep\s+in|us(?:e|es|ed|ing))\s+"
                           r"(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE)


def _place_word(text: str, start: int, end: int) -> bool:
    """A bare 'territory' or 'borders' used as the place of an act rather than as what is at stake."""
    if not text[start:end].lower().startswith(("territor", "border")) or \
            _PLACE_BEFORE.search(text, 0, start) is None:
        return False
    return not re.search(r"\b(?:occupied|annexed|seized|captured|lost|all|whole|entire)\b",
                         text[max(0, start - 40):start], re.IGNORECASE)


# 'on land, in the air and at sea': a halt in every domain is a full truce, not a partial one
_ALL_DOMAINS = re.compile(r"(?=.*\b(?:on|by)\s+land\b)(?=.*\b(?:in\s+the\s+air|in\s+the\s+sky|by\s+air)\b)"
                          r"(?=.*\b(?:at|by)\s+sea\b)", re.IGNORECASE | re.DOTALL)

_DOMAIN = re.compile(r"\b(?:(?:on|by)\s+land|in\s+the\s+(?:air|sky)|by\s+air|(?:at|by)\s+sea)\b",
                     re.IGNORECASE)


def _masked(issue: str, text: str) -> list[tuple[int, int]]:
    """Spans where words of `issue` name it not ('nuclear-armed neighbours', 'pulled out of the deal')."""
    spans = [(m.start(), m.end()) for m in _issues().masks[issue].finditer(text)] \
        if issue in _issues().masks else []
    if issue == "partial_ceasefire" and _ALL_DOMAINS.match(text):
        spans.append((0, len(text)))
    if issue == "partial_ceasefire" and not _HALT.search(text):
        spans += [(m.start(), m.end()) for m in _HOLIDAY.finditer(text)]
    if issue == "partial_ceasefire" and not _HALT.search(text) and not _SEA_TRADE.search(text):
        spans += [(m.start(), m.end()) for m in _PORTS.finditer(text)]
    return spans


# 'tankers barred from European ports': ports name a sea truce only beside a halt or the sea trade it frees
_PORTS = re.compile(r"\bports?\b", re.IGNORECASE)
_SEA_TRADE = re.compile(r"\b(?:grain|shipping|navigation|blockad\w*|unblock\w*|exports?|corridor)\b",
                        re.IGNORECASE)


# a holiday names a holiday truce only beside a halt; 'declined, citing a Jewish holiday' is a date
_HOLIDAY = re.compile(r"\b(?:(?:orthodox\s+|catholic\s+)?easter|christmas|passover|ramadan|eid|new\s+year'?s?"
                      r"|victory\s+day|(?:the\s+)?holidays?)\b", re.IGNORECASE)
# a halt bounded in place or purpose is a local truce ('a pause in some sections of the front to
# collect the dead'); beside no halt the words only say where fighting or a retreat happens
_LOCAL_SCOPE = re.compile(r"\b(?:(?:in|on|along)\s+(?:certain|some|several|parts?\s+of\s+the|one|two|three|"
                          r"individual|specific|selected|a\s+few)\s+(?:sections?|sectors?|parts?|stretch(?:es)?)"
                          r"(?:\s+of\s+the\s+front(?:\s+line)?)?"
                          r"|local\s+pauses?|short\s+(?:local\s+)?pauses?"
                          r"|to\s+(?:collect|retrieve|recover|gather)\s+(?:the\s+)?(?:bodies|dead|fallen|wounded)"
                          r"|(?:collection|retrieval|recovery)\s+of\s+(?:the\s+)?(?:bodies|dead|fallen)"
                          r"|to\s+evacuate\s+(?:the\s+)?(?:wounded|injured|civilians))", re.IGNORECASE)
_HALT = re.compile(r"\b(?:truces?|cease[\s-]?fires?|pauses?|halt\w*|stop\w*|cessation|lull|silence"
                   r"|hostilities|fighting|strikes|attacks|shelling|fire|guns)\b", re.IGNORECASE)


def find_issues(text: str) -> list[tuple[str, int, int]]:
    """Every issue named in `text`, as (issue id, start, end), in text order."""
    hits = []
    for issue, pattern in _issues().patterns.items():
        masked = _masked(issue, text)
        hits += [(issue, m.start(), m.end()) for m in pattern.finditer(text)
                 if not _place_word(text, m.start(), m.end())
                 and not any(a <= m.start() and m.end() <= b for a, b in masked)]
    return sorted(hits + _local_truce(text), key=lambda h: (h[1], -(h[2] - h[1])))


def _local_truce(text: str) -> list[tuple[str, int, int]]:
    """A halt bounded in place or purpose names a local truce, whatever word names the halt."""
    if not _HALT.search(text):
        return []
    return [("partial_ceasefire", m.start(), m.end()) for m in _LOCAL_SCOPE.finditer(text)]


def main_issue(text: str) -> str | None:
    """The one issue a short phrase is about: the first specific one, a weak one only if alone."""
    lex = _issues()
    hits = find_issues(text)
    # the longest name wins: 'the Zaporizhzhia nuclear plant' is not the Zaporizhzhia region
    issues = [h[0] for h in hits if not any(o[1] <= h[1] and h[2] <= o[2] and o[2] - o[1] > h[2] - h[1]
                                            for o in hits)]
    for specific, general in lex.refines.items():
        if specific in issues:
            issues = [i for i in issues if i not in general]
    strong = [i for i in issues if i not in lex.weak]
    if strong:
        return strong[0]
    return issues[0] if issues else None


_ITEM_SPLIT = re.compile(r",(?!\d)\s*(?:as well as|and|or|along with|plus)?\s*"
                         r"|\s+(?:as well as|and|or|along with|plus|together with)\s+", re.IGNORECASE)


def issue_items(text: str) -> list[tuple[str, str]]:
    """Split a list into items and name each item's issue: [(issue, detail)], one per issue."""
    out: dict[str, str] = {}
    if _ALL_DOMAINS.match(text):
        text = _DOMAIN.sub(" ", text)    # 'a truce on land, in the air and at sea' is one full truce
    for n, item in enumerate(_ITEM_SPLIT.split(text)):
        item = item.strip(" ,.\"'\u201c\u201d()")
        if n and _NAME_ONLY.fullmatch(item):
            continue            # "out of Donetsk, Luhansk and Kherson": names continue the item before
        issue = main_issue(item) if item else None
        if issue and issue not in out:
            out[issue] = _detail(item)
    if not out:
        return []
    lex = _issues()
    if any(i not in lex.weak for i in out):
        out = {i: d for i, d in out.items() if i not in lex.weak}
    return list(out.items())


# 'Zaporizhzhia and Kherson regions': a name, or two, with the kind of place they share
_NAME_ONLY = re.compile(r"(?:[A-Z][\w'\u2019-]*\s*){1,2}"
                        r"(?:(?:regions?|provinces?|oblasts?|districts?|areas?)\s*)?")
_LEAD = re.compile(r"^(?:(?:also|includes?|including|is|are|was|were|be|on|for|to|of|the|a|an|any|all|its|"
                   r"their)\s+)+", re.IGNORECASE)


def _detail(item: str) -> str:
    """The item in the party's words, without the verb and article that lead into it."""
    item = _LEAD.sub("", item.strip())
    return item if len(item) <= _MAX_DETAIL else item[:_MAX_DETAIL].rsplit(" ", 1)[0]


# ---------------------------------------------------------------- cues and parties

@dataclass
class _Cue:
    start: int          # offsets relative to the sentence text
    end: int
    stance: str
    negated: bool
    conditional: bool = False   # 'if Kyiv agrees to talks': the main clause's party demands it
    content: int | None = None  # 'will not withdraw from X': a concession verb is part of what is refused


def _cue_tokens_ok(sent: Sentence, start: int, verb_only: bool = False) -> bool:
    """A past participle used as a modifier ("the proposed meeting", "a rejected plan") is no cue;
    nor is a verb-only cue read as a noun ("Ukraine's military needs")."""
    if sent.span is None:
        return True
    for tok in sent.span:
        if tok.idx - sent.start == start:
            if verb_only and (tok.pos_ not in ("VERB", "AUX") or (tok.tag_ == "VBN" and tok.dep_ == "acl")):
                return False        # 'no sign that', 'everything needed to win': no one's stance
            return not (tok.tag_ == "VBN" and tok.dep_ in _PARTICIPLE_DEPS)
    return True


def _find_cues(sent: Sentence) -> list[_Cue]:
    """Cues in the sentence; "refuses to accept" or "ready to agree" chain into one cue."""
    cues = _cues()
    text = sent.text
    raw = []
    for m in cues.cues.finditer(text):
        stance = _cue_stance(m.group(0))
        glued = m.start() > 0 and text[m.start() - 1] in "-\u2010\u2011"   # 'hard-pressed'
        verb_only = m.group(0).lower() in cues.verb_only
        if stance and not glued and _cue_tokens_ok(sent, m.start(), verb_only) \
                and not _passive_agent(sent, m) and not _goes_back(m, text) \
                and not _bears_no_hostility(m, text) and not _judges_a_demand(sent, m, stance):
            raw.append(_Cue(m.start(), m.end(), stance, m.group(0).lower() in cues.negated_cues,
                            content=m.start() if stance == "concede" else None))
    chained: list[_Cue] = []
    for cue in raw:
        last = chained[-1] if chained else None
        if last and re.fullmatch(r"\s*(?:to|not|never|to not|not to)?\s*", text[last.end:cue.start]):
            last.end = cue.end
            if last.stance == "offer" and cue.stance in ("accept", "demand"):
                last.stance = cue.stance    # "ready to accept", "vowed to press for"
            if last.stance in ("offer", "demand") and cue.stance == "reject" and not last.negated:
                last.stance = cue.stance    # "threatened to veto", "vowed to block": a refusal
            if last.stance == "concede":
                last.stance = cue.stance    # "give up and accept": the later cue says what it is
            if cue.stance == "concede" and last.content is None:
                last.content = cue.start    # "refused to withdraw from X": the withdrawal is refused
            continue
        if last and _INSIDE_OBJECT.search(text[last.end:cue.start]):
            continue
        chained.append(cue)
    for cue in chained:
        if _NO_SIGN.search(text, max(0, cue.start - 60), cue.start):
            cue.stance = "skip"     # 'saw no sign that Kyiv was ready to talk': nobody's stance
            continue
        before = re.split(r"[,;]", text[max(0, cue.start - 24):cue.start])[-1]
        negator = cues.negators.search(before) or _NO_BEFORE.search(before)   # 'had no plans to attend'
        if (negator or _negated_in_parse(sent, cue.start)) and not cue.negated:
            cue.negated = True
            cue.stance = {"accept": "reject", "offer": "reject", "concede": "reject"}.get(cue.stance, "skip")
    for c in chained:
        if _retracted(sent, c):     # 'dropped its objections to X' accepts X; 'dropped its demand' holds none
            c.stance = "accept" if c.stance == "reject" else "skip"
    for c in chained:
        c.conditional = c.stance in ("accept", "offer") and _if_clause(sent, c) is not None
    kept = [c for c in chained if c.stance not in ("skip", "concede")
            and (c.conditional or not _hypothetical(sent, c))
            and not _object_is_actor(sent, c) and not _hosts_guests(sent, c)
            and not _mute_refusal(sent, c) and not _own_act(sent, c)
            and not _nobody_subject(sent, c) and not _reported_content(sent, c)
            and not _asked_passive(sent, c) and not _thanked_for(sent, c)
            and not _advises_public(_cue_token(sent, c.start))]
    demands = [(c.start, c.end) for c in kept if c.stance == "demand"]
    kept = [c for c in kept if not _under_demand(sent, c, demands)]
    # 'insisted that Russia must withdraw': a modal inside another cue's object is that cue's content
    return [c for n, c in enumerate(kept) if c.stance != "speaker"
            or not any(k.stance != "speaker" and _runs_on(sent.text[k.end:c.start]) for k in kept[:n])]


def _passive_agent(sent: Sentence, match: re.Match[str]) -> bool:
    """'as suggested by Russia': a participle's agent follows it, so the party is not before the
    cue; a noun's 'by' names its author instead ('a proposal by Egypt'), read by the noun's party."""
    if not _PASSIVE.match(sent.text[match.end():]):
        return False
    tok = _cue_token(sent, match.start())
    return tok is None or tok.pos_ != "NOUN" or len(tok.text) != match.end() - match.start()


_GOING_BACK = re.compile(r"\s+(?:to|home|from|in)\b", re.IGNORECASE)


def _goes_back(match: re.Match[str], text: str) -> bool:
    """'would not return to the front': returning to a place is going back, not handing a thing back,
    so only 'return the regions' (a thing given back) is a concession."""
    return match.group(0).lower().startswith("return") and _GOING_BACK.match(text, match.end()) is not None


_BORNE = re.compile(r"\s+(?:(?:any|further|more|new|such|these|those|the|its|their|continued|russian|"
                    r"ukrainian|israeli|drone|missile|air)\s+)*(?:strikes?|attacks?|shelling|bombing|"
                    r"aggression|provocations?|incursions?|violations?|interference|threats?)\b",
                    re.IGNORECASE)


def _bears_no_hostility(match: re.Match[str], text: str) -> bool:
    """'will not tolerate attacks on its energy grid' warns of a response; it refuses no truce."""
    return "tolerat" in match.group(0).lower() and _BORNE.match(text, match.end()) is not None


_DEMAND_NOUNS = frozenset({"demand", "condition", "precondition", "term", "ultimatum", "request", "claim"})


def _judges_a_demand(sent: Sentence, match: re.Match[str], stance: str | None) -> bool:
    """'Russia made unacceptable demands': the adjective is the teller's judgement of a demand, and
    the demand is the party's; the noun states the position, the adjective refuses nothing."""
    tok = _cue_token(sent, match.start())
    return (stance == "reject" and tok is not None and tok.dep_ == "amod"
            and tok.head.lemma_.lower() in _DEMAND_NOUNS and tok.head.idx - sent.start >= match.end())


def _asked_passive(sent: Sentence, cue: _Cue) -> bool:
    """'Ukraine should be pressed to negotiate': the passive subject of an asking verb is the one
    asked, who holds no demand; 'Orban, who was not invited to the summit', 'Kyiv was offered a
    seat': the party an invitation or offer goes to makes none (nor refuses one it never got)."""
    tok = _cue_token(sent, cue.start)
    if tok is None or tok.tag_ != "VBN" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    if cue.stance == "demand":
        return True
    return tok.lemma_.lower() in _GIVEN_TO and any(
        c.dep_ == "nsubjpass" and _is_party(sent, c) for c in tok.children)


# verbs whose passive subject is the one the thing goes to, not the one who gives it
_GIVEN_TO = frozenset({"invite", "offer"})
_PERSONAL = frozenset({"who", "he", "she", "they", "we", "i", "you"})


def _is_party(sent: Sentence, tok: Any) -> bool:
    """The token is a person or state: a personal pronoun or the head of an actor's name."""
    return tok.lower_ in _PERSONAL or _mention_in(sent.actors, tok.idx, tok.idx + len(tok.text)) is not None


# 'no sign that Moscow is ready to', 'little evidence of Kyiv agreeing': what was not seen is no stance
_NO_SIGN = re.compile(r"\b(?:no|little|any)\s+(?:(?:real|clear|serious)\s+)?(?:signs?|indications?|evidence)"
                      r"\s+(?:that|of)\b[^,;]*$", re.IGNORECASE)
_NOBODY = frozenset({"nothing", "none", "nobody", "noone", "everything", "anything", "whatever"})


def _reported_content(sent: Sentence, cue: _Cue) -> bool:
    """'welcomed Trump's remarks that Ukraine will never join NATO': a cue inside what a remark or
    report says is the remark's content, held by its author, not by the clause's subject."""
    return told_clause(_cue_token(sent, cue.start))


def told_clause(tok: Any) -> bool:
    """The token stands in the clause a remark, claim or report noun tells ('reports that...')."""
    for _ in range(4):
        if tok is None or tok.head.i == tok.i:
            return False
        head = tok.head
        if tok.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in _cues().told:
            return True
        if tok.dep_ not in ("aux", "neg", "xcomp", "acomp", "conj", "acl", "ccomp"):
            return False
        tok = tok.head
    return False


def _nobody_subject(sent: Sentence, cue: _Cue) -> bool:
    """'nothing can be ruled out', 'no option is off the table', 'do everything needed': a subject
    that names no one and nothing in particular states no stance on an issue."""
    _, token = _subject(sent, cue)
    return token is not None and (token.lower_ in _NOBODY
                                  or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children))


_NO_BEFORE = re.compile(r"\b(?:no|nor)\s+(?:(?:real|serious|immediate|current|further)\s+)?$", re.IGNORECASE)


def _retracted(sent: Sentence, cue: _Cue) -> bool:
    """A noun cue taken back by the verb that governs it: 'lifted its veto', 'withdrew its demand'."""
    noun = _noun_cue(sent, cue)
    return (noun is not None and noun.dep_ in ("dobj", "nsubjpass")
            and noun.head.lemma_.lower() in _cues().retracting)


def _own_act(sent: Sentence, cue: _Cue) -> bool:
    """'threatened to strike Kyiv with missiles', 'plans to produce drones', 'signed a decree on
    mobilisation': a party's own military or legal act (an event), not a term it puts to the other
    side; the weapons or laws it names are not the issue of a position."""
    tok = _cue_token(sent, cue.start)
    if tok is None or cue.stance == "reject":
        return False
    cues = _cues()
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in cues.acts for c in tok.children) \
            and not _asks_another(sent, tok):
        return True
    if tok.lemma_.lower() == "threaten" and \
            any(c.dep_ == "xcomp" and c.lemma_.lower() in cues.threatened_acts for c in tok.children):
        return True     # 'threatened to use force': a threat of its own force, not terms

    return tok.lemma_.lower() in ("sign", "approve") and \
        any(c.dep_ == "dobj" and c.lemma_.lower() in cues.instruments for c in tok.children)


def _asks_another(sent: Sentence, verb: Any) -> bool:
    """'called on the EU to seize the assets', 'urged Washington to strike': the act is asked of the
    party named as the verb's object, so it is a demand on that party, not the speaker's own act."""
    named = [c for c in verb.children if c.dep_ == "dobj"]
    named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
              if g.dep_ == "pobj"]
    return any(_names_actor(sent, n) for n in named)


def _mute_refusal(sent: Sentence, cue: _Cue) -> bool:
    """'declined to comment on the plan', 'refused to say whether': a refusal to speak states no
    stance on what it would have spoken about."""
    tok = _cue_token(sent, cue.start)
    if tok is None or cue.stance != "reject":
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _cues().mute for c in tok.children)


def _runs_on(gap: str) -> bool:
    """No clause boundary in the gap: the earlier cue still governs what follows."""
    return governed_text(gap) == gap and ", which" not in gap


def _under_demand(sent: Sentence, cue: _Cue, demands: list[tuple[int, int]]) -> bool:
    """'urged Kyiv to accept a truce', 'insist that Putin agree to a truce': the inner cue is what is
    demanded, not the other side's own acceptance; the demand's object runs over it."""
    tok = _cue_token(sent, cue.start)
    if _demanded_thing(sent, tok, demands):
        return True
    for _ in range(3):
        while tok is not None and _listed_infinitive(tok):
            tok = tok.head      # 'wants Kyiv to withdraw, to abandon X and to hold Y': one list
        if tok is None or tok.dep_ not in ("ccomp", "xcomp", "acl") or tok.head.i == tok.i:
            return False
        if tok.dep_ == "acl" and not any(c.dep_ == "mark" for c in tok.children):
            return False        # 'a demand that X...' holds a 'that'; 'a plan to' does not
        tok = tok.head
        if any(start <= tok.idx - sent.start < end for start, end in demands):
            return True
    return False


# people addressed as the public, not as a side: 'told families to stay away', 'told citizens to'
_PUBLIC_ADDRESSEES = frozenset({"resident", "civilian", "citizen", "people", "population", "villager",
                                "inhabitant", "family", "evacuee", "public", "motorist", "traveller",
                                "traveler", "tourist", "household", "parent", "farmer", "fisherman",
                                "driver"})


def _advises_public(verb: Any) -> bool:
    """'told displaced families not to go back until soldiers arrive', 'called on civilians to leave':
    advice to the public on where to be states no term of a settlement between the sides."""
    if verb is None:
        return False
    named = [c for c in verb.children if c.dep_ == "dobj"]
    named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
              if g.dep_ == "pobj"]
    return bool(named) and named[0].lemma_.lower() in _PUBLIC_ADDRESSEES


_THANKING = frozenset({"thank", "grateful", "gratitude", "thanks", "appreciation", "appreciate"})


def _thanked_for(sent: Sentence, cue: _Cue) -> bool:
    """'thanked the Dutch for their steady support, including the deal to send radars': help given is
    thanked for as a past act; neither side states a stance on the issue by it."""
    tok = _cue_token(sent, cue.start)
    if tok is None or tok.pos_ != "NOUN" or \
            any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children):
        return False        # 'thanked Ankara for offering to host talks', 'for his support of the truce'

    for anc in tok.ancestors:
        if anc.dep_ == "prep" and anc.lower_ == "for" and (
                anc.head.lemma_.lower() in _THANKING or anc.head.head.lemma_.lower() in _THANKING):
            return True
        if anc.pos_ == "VERB" and anc.dep_ not in ("acl", "relcl"):
            return False    # a clause of its own: 'thanked X, and Y agreed to a truce'
    return False


def _voiced_by_speaker(sent: Sentence, actor: Actor | None, party_at: int | None) -> Actor | None:
    """'Minister X said Tallinn wanted new sanctions': a speaker who names his own capital
    speaks for it, and the position is his as much as his state's, so he is named as its party."""
    speaker = sent.attribution.speaker if sent.attribution else None
    if actor is None or speaker is None or party_at is None or not speaker.country \
            or speaker.country != actor.country or speaker.name == actor.name:
        return actor
    mention = next((m for m in sent.actors if m.start - sent.start == party_at), None)
    return speaker if mention is not None and mention.how == "capital" else actor


def _listed_infinitive(tok: Any) -> bool:
    """', to abandon its drive for membership' after 'wants Kyiv to withdraw': an infinitive listed
    after a comma (the parser hangs it on the first as a clause or conjunct) shares the first one's
    governor."""
    if tok.dep_ not in ("advcl", "conj") or tok.head.i == tok.i or tok.head.pos_ != "VERB":
        return False
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or any(c.dep_ == "mark" for c in tok.children):
        return False        # 'in order to', 'so as to': a purpose, told apart by its marker
    before = tok.doc[to.i - 1] if to.i > 0 else None
    return before is not None and (before.text == "," or before.dep_ == "cc")


def _demanded_thing(sent: Sentence, tok: Any, demands: list[tuple[int, int]]) -> bool:
    """'Moscow's key demand is a pledge from the West', 'Kyiv wants a promise from NATO': a noun cue
    that is what a demand asks for states no offer of its author; the demand holds it."""
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "attr"):
        return False
    verb = tok.head
    inside = [verb, *(c for c in verb.children if c.dep_ == "nsubj")] if verb.lemma_ == "be" else [verb]
    return any(start <= t.idx - sent.start < end for t in inside for start, end in demands)


def _cue_token(sent: Sentence, start: int) -> Any:
    if sent.span is None:
        return None
    return next((t for t in sent.span if t.idx - sent.start == start), None)


_INVERTED_IF = re.compile(r"\s*[\"\u201c]?(?:should|were|had)\s+(?!to\b)\w+", re.IGNORECASE)


def _hypothetical(sent: Sentence, cue: _Cue) -> bool:
    """'if Russia opposes', 'whether Putin is prepared to', 'might accept', 'without signing': no stance
    is stated. Read from the words just before the cue, or a 'mark' (if/whether) on the verbs above it."""
    cues = _cues()
    before = re.split(r"[,;\u2013\u2014]", sent.text[max(0, cue.start - 30):cue.start])[-1]
    if not cue.negated and cues.voiders.search(before):
        return True
    if _INVERTED_IF.match(sent.text) and "," not in sent.text[:cue.start]:
        return True             # 'Should Moscow refuse a truce, ...': an inverted 'if' clause
    tok = _cue_token(sent, cue.start)
    if _guessed(tok):
        return True
    for _ in range(3):
        if tok is None:
            return False
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in tok.children):
            return True
        if _awaited(tok):
            return True
        if tok.dep_ not in ("xcomp", "acomp", "conj", "aux") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_TIME_MARKS = frozenset({"once", "when", "as", "until", "till", "after", "before"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "\u2019ll"})


def _awaited(verb: Any) -> bool:
    """'aid will resume once Kyiv agrees to talks', 'the pause will go away as soon as Kyiv commits
    to talks': a present tense under 'once/when/until' with a future main clause tells what is
    awaited, not what the party has said."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    head = verb.head.head if verb.head.pos_ == "ADV" else verb.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children)


_GUESS = frozenset({"likely", "unlikely", "possible", "probable", "conceivable", "plausible"})


def _guessed(tok: Any) -> bool:
    """'it is likely that the Russian team would not have wanted to seem open to talks': a cue in
    the clause a guess governs is the writer's surmise, no party's stated stance."""
    for _ in range(5):
        if tok is None or tok.head.i == tok.i:
            return False
        head = tok.head
        if tok.dep_ == "ccomp" and (head.lemma_.lower() in _GUESS or any(
                c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in _GUESS for c in head.children)):
            return True
        tok = head
    return False


def _if_clause(sent: Sentence, cue: _Cue) -> Any:
    """The verb of an 'if' clause the cue stands in, when that clause hangs on a main clause."""
    tok = _cue_token(sent, cue.start)
    for _ in range(3):
        if tok is None:
            return None
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if" for c in tok.children):
            return tok
        if tok.dep_ not in ("xcomp", "conj", "aux") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _condition_holder(sent: Sentence, cue: _Cue) -> Actor | None:
    """'Trump will lift the pause if Kyiv agrees to talks': whoever sets the condition (the main
    clause's subject) demands what the 'if' clause has the other side accept."""
    verb = _if_clause(sent, cue)
    if verb is None:
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    mention = _subject_mention(sent, subject)
    if mention is not None:
        return mention.actor
    if subject.lower_ in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER:
        return _resolve_pronoun(sent, subject.lower_, subject.idx)
    return None


def _object_is_actor(sent: Sentence, cue: _Cue) -> bool:
    """'welcomed Zelensky to the summit', 'backed Macron': the object is a person or state, not an issue."""
    tok = _cue_token(sent, cue.start)
    if tok is None or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in tok.children):
        return False            # 'pressed Russia to agree to a truce': a demand made of the object
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if cue.stance == "reject" and objects and all(_people(o) for o in objects):
        return True
    return bool(objects) and all(_names_actor(sent, c) for c in objects)


def _people(noun: Any) -> bool:
    """'dismissed the Russian team as extras', 'a delegation, which Kyiv dismissed as theatrical':
    scorning the people sent judges them; it refuses no term of the talks."""
    if noun.lower_ in ("which", "who", "whom", "that") and noun.head.dep_ == "relcl":
        noun = noun.head.head
    return noun.lemma_.lower() in _cues().guests


def _hosts_guests(sent: Sentence, cue: _Cue) -> bool:
    """'welcomed the Ukrainian delegation to the talks', 'welcomed the president to Ankara': a host
    greets people arriving somewhere; that accepts no term, whatever the place or event is."""
    tok = _cue_token(sent, cue.start)
    if tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in _cues().hosting:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    guests = [o for o in objects if o.pos_ == "PROPN" or o.lemma_.lower() in _cues().guests]
    return bool(guests) and len(guests) == len(objects) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for c in tok.children)


def _names_actor(sent: Sentence, noun: Any) -> bool:
    """The object is a named actor: 'Zelensky', 'President Zelensky' (name parsed as its modifier)."""
    if noun.pos_ != "PROPN":
        return False            # 'a U.S. proposal': the actor only modifies the thing
    if any(c.dep_ == "amod" and main_issue(c.text) for c in noun.children):
        return False            # 'wants a neutral Ukraine', 'a disarmed Ukraine': the state's status
    parts = [noun, *(c for c in noun.children if c.dep_ in ("compound", "flat"))]
    return any(_mention_in(sent.actors, p.idx, p.idx + len(p.text)) is not None for p in parts)


def _negated_in_parse(sent: Sentence, start: int) -> bool:
    """'would not have wished to appear ready for': a 'not' on the cue or the verbs it complements."""
    if sent.span is None:
        return False
    tok = next((t for t in sent.span if t.idx - sent.start == start), None)
    for _ in range(4):
        if tok is None:
            return False
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "acomp", "oprd") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _mention_in(mentions: list[ActorMention], start: int, end: int) -> ActorMention | None:
    inside = [m for m in mentions if m.start < end and m.end > start]
    return inside[0] if inside else None


def _subject(sent: Sentence, cue: _Cue) -> tuple[ActorMention | None, Any]:
    """The actor the parse names as subject or possessor of the cue, and the subject token."""
    if sent.span is None:
        return None, None
    tok = next((t for t in sent.span if t.idx - sent.start == cue.start), None)
    if tok is not None and tok.dep_ in ("aux", "auxpass", "neg") and tok.head.i != tok.i:
        tok = tok.head      # 'we cannot accept', 'Kyiv will never recognise': the verb the cue opens on
    for _ in range(4):
        if tok is None:
            return None, None
        # 'KABUL, Afghanistan (AP) - Afghan President X suspended...': the name after the dateline
        subjects = [past_dateline(c) if c.dep_ == "nsubj" else c
                    for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
        if subjects and _asked_subject(tok):
            return None, subjects[0]    # 'the need for Berlin to back a truce': Berlin is asked
        found = [(_relative_mention(sent, c) or _subject_mention(sent, c), c) for c in subjects]
        named = [(m, c) for m, c in found if m is not None]
        if found:       # 'conditions Kyiv has rejected': two subjects parsed, the named one holds it
            return named[0] if named else found[0]
        if tok.dep_ not in ("xcomp", "acomp", "advcl", "conj", "ccomp", "pcomp") or tok.head.i == tok.i:
            return None, None
        if _joins_higher(tok):
            tok = tok.head.head
            continue
        judged = _judged_object(sent, tok)
        if judged is not None:
            return judged
        if tok.head.lemma_ in _SPEECH_LEMMAS and not _second_act(tok):
            return None, None       # "X did Y, the source said, instead pushing for Z": not the source
        tok = tok.head
    return None, None


# 'would not accept', 'will never agree to', 'cannot tolerate': a refusal told as what one will not do
_WILL_NOT = re.compile(r"\b(?:(?:would|will|could|can|shall)\s+(?:not|never)|cannot|can't|won't|wouldn't)\s+"
                       r"(?:\w+\s+)?(?:accept|agree|allow|tolerate|recogni[sz]e|permit|consent)\b",
                       re.IGNORECASE)


def _insists_on_refusing(sent: Sentence, cue: _Cue, party: Actor | None) -> bool:
    """'Sandu insisted that Moldova would never tolerate weaker sanctions': a demand verb whose
    that-clause has the party itself (by name or pronoun) refuse states the refusal, not a second
    position; a clause in which another party refuses ('insisted that Moscow would not...') does not."""
    tok = _cue_token(sent, cue.start)
    if tok is None or party is None:
        return False
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        words = "".join(t.text_with_ws for t in clause.subtree)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not _WILL_NOT.search(words):
            continue
        if subjects[0].lower_ in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER:
            return True
        mention = _subject_mention(sent, subjects[0])
        return mention is not None and mention.actor is not None and mention.actor.country == party.country
    return False


def _second_act(verb: Any) -> bool:
    """'The government said it would not talk to the militia and demanded that it disarm': a finite
    verb joined by 'and'/'but' to the verb of saying is the speaker's second act, with the same
    subject (a participle hung on an inserted 'the source said' is not)."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and \
        any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in verb.head.children if c.i < verb.i)


def _joins_higher(verb: Any) -> bool:
    """'X said that Putin had broken no deal, and pushed back on Y': a simple past after a comma
    cannot share the pluperfect's 'had', so the verb is conjoined to the clause above the reported
    one, and its subject is that clause's (X), not the reported clause's (Putin)."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBN"
            and head.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
            and not any(c.dep_ == "aux" for c in verb.children) and head.head.i != head.i
            and _comma_before_and(verb))


def _comma_before_and(verb: Any) -> bool:
    """', and pushed back': the comma closes the clause before, so the conjunct may join one above."""
    ccs = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i] + \
        [c for c in verb.children if c.dep_ == "cc"]
    return any(c.i > 0 and c.doc[c.i - 1].text == "," for c in ccs)


def _asked_subject(verb: Any) -> bool:
    """'the necessity for Berlin to back a truce', 'time for Paris to send jets': a subject brought in
    by 'for' before an infinitive is the one something is asked of, not one who states it."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _relative_mention(sent: Sentence, subject: Any) -> ActorMention | None:
    """'talks with Moscow, which has long refused to negotiate': a relative pronoun subject stands
    for the noun its clause modifies, so that noun's actor holds the stance."""
    if subject.tag_ not in ("WDT", "WP") or subject.head.dep_ != "relcl":
        return None
    noun = subject.head.head        # its own words only: the clause after it names others
    first = next(noun.subtree)
    return _mention_in(sent.actors, first.idx, noun.idx + len(noun.text))


def _judged_object(sent: Sentence, tok: Any) -> tuple[ActorMention, Any] | None:
    """'accused Moscow of refusing', 'praised Ankara for offering': the verb judges its object for
    the stance, so the object (not the judge) holds it."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    for obj in (c for c in prep.head.children if c.dep_ == "dobj"):
        mention = _subject_mention(sent, obj)
        if mention is not None:
            return mention, obj
    return None


_PUBLIC_QUANTIFIERS = frozenset({"many", "most", "some", "few", "several", "millions", "thousands",
                                 "majority"})


def _public(tok: Any) -> bool:
    """'many Ukrainians oppose...', 'most Europeans back...': the public, not the state."""
    return tok.tag_ in ("NNS", "NNPS") and any(c.lower_ in _PUBLIC_QUANTIFIERS for c in tok.children)


def _subject_mention(sent: Sentence, child: Any) -> ActorMention | None:
    """The actor a subject names; 'Ukraine's allies' names Ukraine's partners, not Ukraine."""
    if child.lemma_.lower() in _cues().relational and \
            _mention_in(sent.actors, child.idx, child.idx + len(child.text)) is None:
        return None
    if _public(child):
        return None
    named = _apposed_mention(sent, child)
    if named is not None:
        return named
    first = next(child.subtree)
    last = child if child.dep_ == "poss" else _before_verb(child)
    return _mention_in(sent.actors, first.idx, last.idx + len(last.text))


def _before_verb(subject: Any) -> Any:
    """The last word of a subject: a subject set before its verb ends there, so words the parse
    hung on it past the verb ('it offers two options: the withdrawal of X') are the object's."""
    words = list(subject.subtree)
    if subject.i < subject.head.i:
        words = [t for t in words if t.i < subject.head.i]
    return words[-1]


def _apposed_mention(sent: Sentence, head: Any) -> ActorMention | None:
    """'The UN envoy for Yemen, Hans Grundberg, urged...': a name set in apposition to the subject
    is who the subject is; the place in the office's remit ('for Yemen') is not the speaker. The last
    such name is taken: in a wire dateline ('BOGOTA, Colombia (AP) — President X') it is the doer."""
    for appos in reversed([c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]):
        mention = _mention_in(sent.actors, appos.idx, appos.idx + len(appos.text))
        if mention is not None and _valid_party(mention.actor):
            return mention
    return None


def _party(sent: Sentence, cue: _Cue) -> tuple[Actor | None, int | None]:
    """Whose position the cue states, and where the party is named (sentence offset)."""
    noun = _noun_cue(sent, cue)
    if noun is not None:
        return _noun_party(sent, noun)
    mention, token = _subject(sent, cue)
    if token is not None and _asked_subject(token.head):
        return None, None
    if mention is None and token is not None and token.lower_ in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER:
        return _resolve_pronoun(sent, token.lower_, token.idx), token.idx - sent.start
    if mention is None and token is not None and not _public(token) and _lookup(token) is not None:
        return _lookup(token), token.idx - sent.start
    if mention is None and token is not None:
        return None, None           # "a truce would require X": the subject is no party
    if mention is None and _noun_infinitive(sent, cue):
        return _owner_of_noun(sent, _cue_token(sent, cue.start).head)
    if mention is None:
        before = [m for m in sent.actors if m.end - sent.start <= cue.start]
        gap_ok = [m for m in before if not _crosses_boundary(sent.text[m.end - sent.start:cue.start])
                  and not _modifier_mention(sent, m)]
        mention = gap_ok[-1] if gap_ok else None
    if mention is None or _embedded_body(mention, token):
        return None, None
    actor: Actor | None = mention.actor
    if mention.text.lower() in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER and not (actor and actor.country):
        actor = _resolve_pronoun(sent, mention.text.lower(), mention.start)
    return actor, mention.start - sent.start


def _embedded_body(mention: ActorMention, token: Any) -> bool:
    """'X demanded that the government halt arms deliveries': a state's body read as the story's own
    state (an unnamed 'the government') holds a stance only as the subject of the main clause; in a
    clause another speaks, it is whom the demand is made of, and the stance is that speaker's."""
    return mention.how == "home" and (token is None or token.head.dep_ != "ROOT")


# nouns whose infinitive says what may or must be done, not what anyone wants: 'the right to'
_LEAVE_NOUNS = frozenset({"right", "necessity", "need", "time", "moment", "chance", "opportunity", "duty",
                          "obligation"})


def _noun_infinitive(sent: Sentence, cue: _Cue) -> bool:
    """'the right to support them', 'the necessity for Biden to back a truce': the cue is an
    infinitive on a noun of leave or need, so only that noun's owner can hold it, not a name
    before ('in no hurry to agree' keeps its subject)."""
    tok = _cue_token(sent, cue.start)
    return tok is not None and tok.dep_ == "acl" and tok.head.lemma_.lower() in _LEAVE_NOUNS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _owner_of_noun(sent: Sentence, noun: Any) -> tuple[Actor | None, int | None]:
    """The possessor of a noun ('Kyiv's decision to...'), else no one."""
    for owner in (c for c in noun.children if c.dep_ == "poss"):
        mention = _subject_mention(sent, owner)
        if mention is not None and mention.actor is not None:
            return mention.actor, mention.start - sent.start
    return None, None


def _modifier_mention(sent: Sentence, mention: ActorMention) -> bool:
    """'the US-Russia talks', 'sent to Kyiv': a name that modifies or is the object of another word."""
    if sent.span is None:
        return False
    last = [t for t in sent.span if mention.start <= t.idx < mention.end]
    return bool(last) and last[-1].dep_ in ("compound", "amod", "nmod", "pobj", "dobj")


def _lookup(tok: Any) -> Actor | None:
    """A proper noun the actor layer left unresolved ('a condition Kyiv rejects'), by dictionary."""
    if tok.pos_ != "PROPN":
        return None
    from detente.nlp.actors import ActorResolver

    actor = ActorResolver.default().lookup(tok.text)
    return actor if actor is not None and actor.country else None


def _noun_cue(sent: Sentence, cue: _Cue) -> Any:
    if sent.span is None:
        return None
    tok = next((t for t in sent.span if t.idx - sent.start == cue.start), None)
    if tok is None or tok.pos_ != "NOUN" or _acts_as_verb(tok):
        return None
    return tok


def _acts_as_verb(tok: Any) -> bool:
    """'Russia "categorically rejects" any scenario': a stance word set in quotation marks is often
    tagged a noun, yet a word with a subject and a direct object of its own is the clause's verb."""
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps


def _noun_party(sent: Sentence, noun: Any) -> tuple[Actor | None, int | None]:
    """'a U.S. proposal', 'Russian demands': the modifier; 'Kyiv upholds its demand': the verb's
    subject, unless that verb is a cue of its own ('accepted a proposal')."""
    for child in noun.lefts:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            first = next(child.subtree)
            mention = _mention_in(sent.actors, first.idx, child.idx + len(child.text))
            if mention is not None:
                return mention.actor, mention.start - sent.start
            if child.lower_ in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER:
                return _resolve_pronoun(sent, child.lower_, child.idx), child.idx - sent.start
            looked = _lookup(child)
            if looked is not None:
                return looked, child.idx - sent.start
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            mention = _mention_in(sent.actors, obj.idx, obj.idx + len(obj.text))
            if mention is not None:         # 'a ceasefire proposal from Moscow'
                return mention.actor, mention.start - sent.start
            if _lookup(obj) is not None:
                return _lookup(obj), obj.idx - sent.start
    author = _author(sent, noun.idx + len(noun.text) - sent.start)
    if author is not None:          # 'a proposal by Egypt', however the parse hangs the 'by'
        return author
    head = noun.head
    if noun.dep_ in ("dobj", "nsubj", "attr") and head is not noun and head.lemma_.lower() in _cues().owning:
        for child in head.children:
            if child.dep_ == "nsubj":
                mention = _mention_in(sent.actors, next(child.subtree).idx, child.idx + len(child.text))
                if mention is not None:
                    return mention.actor, mention.start - sent.start
    return None, None


def _resolve_pronoun(sent: Sentence, word: str, offset: int) -> Actor | None:
    """'we'/'I' is the speaker; 'it'/'they' the speaker or the last actor named before it."""
    speaker = sent.attribution.speaker if sent.attribution else None
    earlier = [m for m in sent.actors if m.end <= offset]
    if word in _PRONOUNS_OTHER and _inside_quote(sent, offset):
        return earlier[-1].actor if earlier else None   # '"...his readiness...," Tusk said': not Tusk
    if word in _PRONOUNS_SPEAKER or speaker is not None:
        return speaker
    return earlier[-1].actor if earlier else None


def _inside_quote(sent: Sentence, offset: int) -> bool:
    """An odd number of quotation marks before the offset (sentence or absolute offset)."""
    at = offset - sent.start if offset >= sent.start else offset
    before = sent.text[:at]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1 \
        or before.count("\u201c") > before.count("\u201d")


def _crosses_boundary(gap: str) -> bool:
    return len(gap) > 70 or any(b in gap for b in (";", " but ", ", while ", " said ", " says "))


# ---------------------------------------------------------------- objects

def _object_text(sent: Sentence, cue: _Cue, next_cue: int | None) -> str:
    """The words the cue governs: from the cue to the next clause boundary or cue."""
    text = sent.text[cue.end:next_cue if next_cue is not None else len(sent.text)]
    return governed_text(_DASH_LIST.sub(" ", text, count=1))


def governed_text(text: str) -> str:
    """`text` cut at the first clause boundary ("; ", " but ", ", while ", " said "...)."""
    speech = _SPEECH.search(text)
    cut = speech.start() if speech else len(text)
    for boundary in _cues().boundaries:
        at = text.find(boundary)
        if at >= 0:
            cut = min(cut, at)
    return text[:cut]


_LIST_APPOSITION = re.compile(r",\s*(?:conditions|demands|terms|proposals|steps|measures|ideas)\s*$",
                              re.IGNORECASE)
# "demands — including X, Y and Z": the dash opens the list of what the noun holds
_DASH_LIST = re.compile(r"^\s*[\u2013\u2014-]+\s*(?=(?:including|such as|notably|namely|among them)\b)",
                        re.IGNORECASE)


def _left_object(sent: Sentence, party_at: int, prev_end: int) -> str | None:
    """'a truce that Moscow rejects': the thing named before a relative party."""
    before = sent.text[prev_end:party_at]
    if _LIST_APPOSITION.search(before):
        before = sent.text[:party_at]       # 'X, Y and Z, conditions Kyiv rejected': the whole list
    marker = _cues().relative.search(before)
    if marker is None:
        return None
    tok = _cue_token(sent, prev_end + marker.start())
    if tok is not None and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("VERB", "AUX"):
        return None             # 'adding that Russia agreed': a complementizer, not a relative pronoun
    return before[:marker.start()].strip(" ,")


def _precondition(window: str) -> bool:
    return any(p.search(window) for p in _cues().preconditions)


# ---------------------------------------------------------------- records

def _reported(sent: Sentence, cue: _Cue) -> bool:
    """The cue stands in what a state's official is reported to have said ('..., adding that any
    peace requires X'): the statement is the speaker's position."""
    attribution = sent.attribution
    if attribution is None or attribution.speaker is None or attribution.speaker.sector != "GOV":
        return False
    tok = _cue_token(sent, cue.start)
    if tok is not None and tok.lemma_.lower() == (attribution.cue or "").lower():
        return False            # the attribution read the cue itself ('X's partners called for')
    return attribution.start is not None and attribution.start - sent.start < cue.start


# refusals that only a negotiator makes: an army that rejects or turns down a truce takes a stance
_REFUSING_WORDS = re.compile(r"^(?:reject|refus|rule|turn|declin|rebuff|spurn|dismiss|oppos|veto|"
                             r"will never|would never|never accept|won't accept|will not accept|"
                             r"cannot accept|can't accept|unacceptable|out of the question|no to|say|said)",
                             re.IGNORECASE)


def _field_act(sent: Sentence, cue: _Cue) -> bool:
    """A military party's 'refusal' that is an act on the field ('troops abandoned the town',
    'the army halted its advance'), as opposed to a word of refusal ('the army rejected the truce'),
    which in a civil war is the stance of one of its two sides."""
    return cue.stance == "reject" and not _REFUSING_WORDS.match(sent.text[cue.start:cue.end])


def _held_by_other(sent: Sentence, cue: _Cue) -> bool:
    """The cue's subject is a relative pronoun or an asked 'for X to' subject: someone the parse
    names holds (or is asked for) the stance, so it is not the reporting speaker's own."""
    _, token = _subject(sent, cue)
    return token is not None and (token.tag_ in ("WDT", "WP") or _asked_subject(token.head))


def _valid_party(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.country) and actor.sector not in _cues().non_party


def _cue_items(sent: Sentence, cues: list[_Cue], n: int, party_at: int | None) -> list[tuple[str, str]]:
    """The issues the n-th cue is about: named after it (up to the next cue, else the clause end),
    or before its party when the party stands in a relative clause ('a truce Moscow rejects')."""
    cue = cues[n]
    next_start = cues[n + 1].start if n + 1 < len(cues) else None
    window = _object_text(sent, cue, next_start)
    holds_prep = re.search(r"\b(?:for|on|to|of)$", sent.text[cue.start:cue.end], re.IGNORECASE)
    noun = _noun_cue(sent, cue)
    chained = noun is not None and noun.idx + len(noun.text) - sent.start < cue.end   # 'refusal to cede'
    past = _past_agents(sent, cue.end) if noun is not None and not holds_prep and not chained else cue.end
    if past > cue.end and _NOUN_OBJECT.match(sent.text, past):
        window = _object_text(sent, _Cue(cue.start, past, cue.stance, cue.negated), next_start)
    if noun is not None and not holds_prep and not chained and not _NOUN_OBJECT.match(window):
        items = _modifier_items(sent, noun)  # 'a ceasefire proposal from Moscow'; else not named
    else:
        items = issue_items(window)
        if not items and next_start is not None and _heads_noun_cue(sent, cues[n + 1]) \
                and not (cue.stance == "offer" and cues[n + 1].stance == "demand"):
            # "put forward demands": the noun states the demand; no offer is made of it
            after = cues[n + 2].start if n + 2 < len(cues) else None
            items = issue_items(_object_text(sent, cue, after))   # "accepted a U.S. proposal for X"
    if not items and cue.stance == "offer" and _MEDIATING.search(sent.text, cue.start + 1, cue.end):
        # 'offered to mediate between Moscow and Kyiv': the chained verb names the talks offered
        items = [("talks_format", _detail(sent.text[cue.start:cue.end]))]
    if cue.content is not None:
        items = _conceded_items(sent, cue, items)
    if not items and party_at is not None:
        left = _left_object(sent, party_at, cues[n - 1].end if n > 0 else 0)
        items = issue_items(left) if left else []
        if not items and n > 0:
            # 'Kenya would not withdraw from X, a condition Somalia rejected': the earlier cue's verb
            # is part of the thing the apposed noun names
            left = _left_object(sent, party_at, cues[n - 1].start)
            items = issue_items(left) if left else []
    if not items and party_at is not None:
        items = _relative_head_items(sent, cue)
    if not items and n > 0 and _shares_object(sent, cue, cues[n - 1]):
        # 'an idea Moscow welcomed but Kyiv rejected': the conjoined cue's object is the first's
        items = _cue_items(sent, cues, n - 1, _party(sent, cues[n - 1])[1])
    return items


_AGENT = re.compile(r"\s*(?:by|from)\s+", re.IGNORECASE)
_AGENT_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
_THE = re.compile(r"the\s+", re.IGNORECASE)


def _past_agents(sent: Sentence, at: int) -> int:
    """'a proposal by Egypt and Qatar for a truce', 'an offer from Ankara to host talks': the offset
    after the parties a noun cue names as its authors, where what they put forward is named;
    `at` itself when no party follows 'by'/'from'."""
    match = _AGENT.match(sent.text, at)
    if match is None:
        return at
    pos, moved = match.end(), at
    while True:
        named = _party_at(sent, pos)
        if named is None:
            return moved
        pos = moved = named[1]
        join = _AGENT_JOIN.match(sent.text, pos)
        if join is None or _party_at(sent, join.end()) is None:
            return moved
        pos = join.end()


def _author(sent: Sentence, noun_end: int) -> tuple[Actor, int] | None:
    """The first party a noun cue's 'by'/'from' names right after it ('a proposal by Egypt'), with
    where it is named, however the parse hangs the preposition."""
    match = _AGENT.match(sent.text, noun_end)
    named = _party_at(sent, match.end()) if match is not None else None
    if match is None or named is None:
        return None
    the = _THE.match(sent.text, match.end())
    return named[0], the.end() if the else match.end()


def _party_at(sent: Sentence, pos: int) -> tuple[Actor, int] | None:
    """The party named at a sentence offset ('the United States', 'Ankara') and where its name ends:
    the actor layer's mention or, for a name it left open, the dictionary's; None when none is there."""
    the = _THE.match(sent.text, pos)
    starts = {pos, the.end()} if the else {pos}
    mention = next((m for m in sent.actors if m.start - sent.start in starts and _valid_party(m.actor)), None)
    if mention is not None and mention.actor is not None:
        return mention.actor, mention.end - sent.start
    names = [t for t in sent.span or [] if t.idx - sent.start in starts and t.pos_ == "PROPN"]
    if not names:
        return None
    last, doc = names[0], names[0].doc
    while last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN" and doc[last.i + 1].is_title:
        last = doc[last.i + 1]
    actor = _lookup_text(doc[names[0].i:last.i + 1].text)
    if actor is None or not _valid_party(actor):
        return None
    return actor, last.idx + len(last.text) - sent.start


def _lookup_text(text: str) -> Actor | None:
    """A name of one or more words by dictionary ('Saudi Arabia')."""
    from detente.nlp.actors import ActorResolver

    actor = ActorResolver.default().lookup(text)
    return actor if actor is not None and actor.country else None


def _relative_head_items(sent: Sentence, cue: _Cue) -> list[tuple[str, str]]:
    """'the truce Ukraine accepted last month', 'a halt to strikes, a call the Kremlin accepted':
    a relative clause whose verb has no object of its own takes the noun it modifies as that
    object (through an apposition, the noun the apposition renames)."""
    tok = _cue_token(sent, cue.start)
    verb = tok
    for _ in range(2):     # 'the truce Kyiv is ready to accept': up to the relative clause's verb
        if verb is None or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    if tok is None or verb is None or verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return []
    whose = _whose_object(tok)
    if whose is not None:
        return _whose_items(verb.head, whose)
    if any(c.dep_ in ("dobj", "ccomp") and c.tag_ not in ("WDT", "WP") for c in tok.children) or \
            any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return []       # 'Moscow, which rejected the plan': the pronoun is the subject, not the object
    noun = verb.head
    words = [t for t in noun.subtree if t.i < verb.left_edge.i]
    items = issue_items("".join(t.text_with_ws for t in words))
    if not items and noun.dep_ == "appos":
        words = [t for t in noun.head.subtree if t.i < noun.left_edge.i]
        items = issue_items("".join(t.text_with_ws for t in words))
    return items


def _whose_object(verb: Any) -> Any:
    """'soldiers, whose release Yerevan demanded': the verb's object owned by 'whose' (a noun of
    what is done to the head noun), else None."""
    return next((c for c in verb.children if c.dep_ == "dobj"
                 and any(g.dep_ == "poss" and g.lower_ == "whose" for g in c.children)), None)


def _whose_items(head: Any, obj: Any) -> list[tuple[str, str]]:
    """The thing asked for is the object noun of the head noun: 'whose release' on 'the detained
    sailors' reads as 'release of the detained sailors' (the relative clause left out)."""
    words = [t for t in head.subtree if t.i < head.i or t.i == head.i]
    thing = "".join(t.text_with_ws for t in words).strip(" ,")
    return issue_items(f"{obj.text} of {thing}")


_MEDIATING = re.compile(r"\b(?:mediat|broker)", re.IGNORECASE)


def _heads_noun_cue(sent: Sentence, cue: _Cue) -> bool:
    """A cue that is a noun, or a possessive marker before one ("rejected Kyiv's calls for X"):
    a verb whose object it is takes the thing that noun names."""
    if _noun_cue(sent, cue) is not None:
        return True
    tok = _cue_token(sent, cue.start)
    if tok is None or tok.dep_ != "case" or tok.i + 1 >= tok.doc.__len__():
        return False
    return tok.doc[tok.i + 1].pos_ == "NOUN"


def _shares_object(sent: Sentence, cue: _Cue, before: _Cue) -> bool:
    """'an idea Moscow welcomed but Kyiv rejected': a conjoined verb with no object of its own
    takes the object of the verb it is conjoined to."""
    tok = _cue_token(sent, cue.start)
    if tok is None or any(c.dep_ in _OBJECT_DEPS for c in tok.children):
        return False
    gap = sent.text[before.end:cue.start]
    return (bool(_CONJOINED_SUBJECT.search(gap)) and not re.search(r"[;:]", gap)
            and bool(_CLAUSE_END.match(sent.text[cue.end:])))


# '..., but Kyiv ', '... and the United States ': a conjunction and a short subject before the cue
_CONJOINED_SUBJECT = re.compile(r"(?:^|[\s,])(?:but|and|while|whereas|yet)\s+(?:[\w'\u2019.-]+\s+){1,4}$",
                                re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:(?:it|outright|too|as well|flatly)\s*)*(?:[.,;:!?\"\u201d)]|$)",
                         re.IGNORECASE)
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "prep", "attr", "acomp"})


_ANAPHORS = frozenset({"it", "this", "that", "them"})


def _anaphor_items(analysis: Analysis, sent: Sentence, cue: _Cue) -> list[tuple[str, str]]:
    """'Washington unveiled a ceasefire plan, and Moscow rejected it': a pronoun object stands for
    the last thing named before it (this sentence or the one before, in the paragraph) that names
    an issue."""
    tok = _cue_token(sent, cue.start)
    if tok is None:
        return []
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # 'refused to extend the initiative', 'agreed to revive the deal': the chained verb's object
    chained = [g for c in tok.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]
    if not any(c.dep_ == "dobj" for c in tok.children) and chained and _definite_proposal(chained[0]):
        return _antecedent_items(analysis, sent, chained[0])
    if objects and (_likened(objects[0]) or _definite_act(objects[0])):
        return _likened_items(analysis, sent, objects[0])
    if objects and _definite_proposal(objects[0]):
        return _antecedent_items(analysis, sent, objects[0])
    if not objects or objects[0].lower_ not in _ANAPHORS:
        objects = _chained_pronoun(tok, objects)
    if not objects or objects[0].lower_ not in _ANAPHORS:
        return []
    earlier = [s for s in analysis.sentences if s.paragraph == sent.paragraph and s.index < sent.index][-1:]
    chunks = [c for s in earlier + [sent] for c in (s.span.noun_chunks if s.span is not None else [])
              if c.end <= tok.i and c.root.pos_ in ("NOUN", "PROPN")]
    mentions = sent.actors + [m for s in earlier for m in s.actors]
    # 'called the truce proposal positive, saying it covered the whole front ... ready to accept it':
    # a thing put on the table is what is accepted or floated, before a nearer noun it mentions
    tabled = [c for c in reversed(chunks) if c.root.lemma_.lower() in _PROPOSAL_NOUNS]
    for chunk in tabled + list(reversed(chunks)):
        if _names_party(mentions, chunk.root):
            continue        # 'chief negotiator X ... oppose it': a party's title is not what 'it' is
        words = [t for t in chunk.root.subtree if t.i < tok.i]
        items = issue_items("".join(t.text_with_ws for t in words))
        if items:
            return items
    return []


def _chained_pronoun(cue: Any, objects: list[Any]) -> list[Any]:
    """'floated running it jointly', 'offered to run it', 'agreed to extend it': the pronoun is the
    object of the verb the cue takes (a gerund object or a chained infinitive), and what the cue
    is about is what that pronoun stands for."""
    verbs = [o for o in objects[:1] if o.pos_ == "VERB"] + [c for c in cue.children if c.dep_ == "xcomp"]
    return [g for v in verbs for g in v.children if g.dep_ == "dobj"][:1]


# 'any such arrangement', 'either proposal': words that point back to a thing just named ('neither
# plan' too, but it also refuses what the verb takes: not read until the stance can flip with it)
_LIKENING = frozenset({"such", "either"})
_CHARGES = frozenset({"accusation", "allegation", "charge", "speculation", "assertion", "rumor", "rumour"})


def _likened(noun: Any) -> bool:
    """'rejected any such arrangement', 'did not accept either proposal': a noun marked as the kind
    just named, whose own words name no issue, so the issue is the one named before it."""
    if noun.pos_ != "NOUN" or not any(c.lower_ in _LIKENING and c.dep_ in ("amod", "det", "predet", "preconj")
                                      for c in noun.children):
        return False
    if noun.lemma_.lower() in _cues().told or noun.lemma_.lower() in _CHARGES:
        return False        # 'denied such claims', 'rejected such accusations': words said, not terms
    return _names_no_issue(noun)


def _names_no_issue(noun: Any) -> bool:
    """The noun's own words name no issue, so it stands for one named elsewhere."""
    return not issue_items("".join(t.text_with_ws for t in noun.subtree))


def _definite_one_of(noun: Any, lemmas: frozenset[str]) -> bool:
    """'the decision', 'this proposal': a noun of the given kind with a definite determiner."""
    return noun.lemma_.lower() in lemmas and any(c.dep_ == "det" and c.lower_ in _DEFINITE
                                                 for c in noun.children)


# nouns that name again an act just told: 'ordered the militias disbanded ... rejected the decision'
_ACT_REFERENCES = frozenset({"decision", "moratorium", "move", "step", "order", "measure"})


def _definite_act(noun: Any) -> bool:
    """'rejected the decision', 'would support the moratorium': a definite noun that names again an
    act told just before, whose own words name no issue: the issue is the one that act named."""
    return noun.pos_ == "NOUN" and _definite_one_of(noun, _ACT_REFERENCES) and _names_no_issue(noun)


def _likened_items(analysis: Analysis, sent: Sentence, noun: Any) -> list[tuple[str, str]]:
    """The issue named last before a likened noun: in its own sentence before it, else in the
    sentence before it in the paragraph (one issue: the first specific one named there)."""
    before = sent.text[:noun.idx - sent.start]
    prior = [s for s in analysis.sentences if s.paragraph == sent.paragraph and s.index < sent.index][-1:]
    for text in [before, *(s.text for s in prior)]:
        issue = main_issue(text)
        if issue is not None:
            return [(issue, _detail(text))]
    return []


# nouns for a thing put on the table: 'welcomed the proposal' names it again without its issue
_PROPOSAL_NOUNS = frozenset({"proposal", "plan", "initiative", "deal", "agreement", "offer", "idea",
                             "arrangement", "accord", "framework", "pact", "roadmap", "blueprint", "draft",
                             "memorandum", "scheme"})
_DEFINITE = frozenset({"the", "this", "that", "these"})
_LOOKBACK_SENTENCES = 4


def _definite_proposal(noun: Any) -> bool:
    """'the proposal', 'the U.N.-brokered initiative': a definite thing on the table whose own words
    name no issue, so it stands for one named before."""
    return _definite_one_of(noun, _PROPOSAL_NOUNS) and _names_no_issue(noun)


def _antecedent_items(analysis: Analysis, sent: Sentence, noun: Any) -> list[tuple[str, str]]:
    """The issue of the nearest earlier proposal, plan or deal that names one ('a proposal for a
    three-month truce ... the RSF welcomed the proposal'), within the last few sentences."""
    earlier = [s for s in analysis.sentences if s.index < sent.index][-_LOOKBACK_SENTENCES:]
    for prior in reversed(earlier):
        nouns = [t for t in prior.span or [] if t.lemma_.lower() in _PROPOSAL_NOUNS and t.pos_ == "NOUN"]
        for head in reversed(nouns):
            items = issue_items("".join(t.text_with_ws for t in head.subtree)) or issue_items(
                _PHRASE_END.split(prior.text[head.idx - prior.start:], 1)[0][:_PHRASE_CHARS])[:1]
            if items:
                return items
    return _headline_deal(analysis)


def _headline_deal(analysis: Analysis) -> list[tuple[str, str]]:
    """'Truce holds after cabinet backs the deal' over the story: with no deal named in the sentences
    before, 'the deal' is the one the headline names, and the headline's issue is its issue."""
    title = analysis.article.title or ""
    if not any(w in _PROPOSAL_NOUNS for w in re.findall(r"[a-z]+", title.lower())):
        return []
    issue = main_issue(title)
    return [(issue, _detail(title))] if issue else []


# where the words of an earlier proposal end when the parse hung its 'for a truce' elsewhere
_PHRASE_END = re.compile(r"[;:.!?\"\u201c\u201d]|,\s+(?:saying|adding|which|but|while)\b")
_PHRASE_CHARS = 140


def _names_party(mentions: list[ActorMention], root: Any) -> bool:
    """A noun that names a party or a speaker ('Russia's chief negotiator, X', 'the envoy said'):
    who acts or speaks, never the thing a later 'it' stands for."""
    named = [root, *(c for c in root.children if c.dep_ in ("appos", "compound"))]
    if any(_mention_in(mentions, t.idx, t.idx + len(t.text)) is not None for t in named):
        return True
    return root.dep_ == "nsubj" and root.head.lemma_ in _SPEECH_LEMMAS


# 'three conditions for a treaty:', 'its terms for a deal:': a noun of terms for a thing, and a
# colon that opens the list of them
_TERMS_FOR = re.compile(r"^\s*(?:(?:the|its|their|his|her|two|three|four|five|several|a\s+few|new|\d+)\s+)*"
                        r"(?:options|conditions|terms|requirements|preconditions)\s+(?:for|to)\b[^:;]*:",
                        re.IGNORECASE)


def _listed_terms(sent: Sentence, cue: _Cue, party: Actor | None,
                  next_start: int | None) -> list[tuple[str, str]]:
    """'Baku set two conditions for a truce: Armenian troops leave the enclave, or Yerevan stops
    buying arms': the terms put for a thing are what the one who puts them asks; an item in which
    another party acts is that party's demand (an item naming no other party, 'troops on the
    ground', may be the offer itself, and stays one)."""
    window = _object_text(sent, cue, next_start)
    match = _TERMS_FOR.match(window)
    if match is None or party is None:
        return []
    at = cue.end + match.end()
    asked = []
    for issue, detail in issue_items(window[match.end():]):
        start = sent.text.find(detail, at)
        if start < 0:
            continue
        named = [m for m in sent.actors if start <= m.start - sent.start < start + len(detail)
                 and not _placed(sent, m)]
        if any(m.actor is not None and m.actor.country and m.actor.country != party.country for m in named):
            asked.append((issue, detail))
    return asked


_PLACING = frozenset({"in", "into", "to", "from", "on", "at", "near", "inside", "across", "for", "with"})


def _placed(sent: Sentence, mention: ActorMention) -> bool:
    """'troops in Ukraine', 'arms to Kyiv': a name after a preposition of place or receiving is
    where or to whom, not who acts."""
    last = [t for t in sent.span or [] if mention.start <= t.idx < mention.end]
    return bool(last) and last[-1].dep_ == "pobj" and last[-1].head.lower_ in _PLACING


def _conceded_items(sent: Sentence, cue: _Cue, items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """'will not withdraw from the Donbas': a withdrawal verb names the issue when its object is only
    the place; 'refuses to hand over the plant' keeps the object's issue."""
    verb = sent.text[cue.content:].split(" ", 2)
    own = main_issue(" ".join(verb[:2]))
    if own == "withdrawal" and all(issue == "territory" for issue, _ in items):
        return [(own, _detail(governed_text(sent.text[cue.content:])))]
    return items


def _modifier_items(sent: Sentence, noun: Any) -> list[tuple[str, str]]:
    """The issue named as the noun cue's own modifier: 'a ceasefire proposal', 'sanctions demands'."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")
            and _mention_in(sent.actors, c.idx, c.idx + len(c.text)) is None]
    return issue_items(" ".join(m.text for m in mods)) if mods else []


def _open_at_end(analysis: Analysis, sent: Sentence) -> bool:
    """A quotation mark of this paragraph still open at the sentence's end."""
    para = [s for s in analysis.sentences if s.paragraph == sent.paragraph and s.index <= sent.index]
    text = analysis.article.text[para[0].start:sent.end]
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def _quote_attribution(analysis: Analysis, sent: Sentence) -> Any:
    """'"We cannot give up land. It is ours," Zelensky said.': a quotation of several sentences is
    attributed once, after it closes; its earlier sentences are the same speaker's words."""
    if sent.attribution is not None or not _open_at_end(analysis, sent):
        return None
    later = [s for s in analysis.sentences if s.paragraph == sent.paragraph and s.index > sent.index]
    for nxt in later[:4]:
        if _open_at_end(analysis, nxt):
            continue
        attribution = nxt.attribution
        closing = max(nxt.text.rfind('"'), nxt.text.rfind("\u201d"))
        if attribution is None or attribution.start is None or closing < 0:
            return None
        return attribution if attribution.start - nxt.start > closing else None
    return None


# where an account of one's own is written, beside the attribution lexicon's media and platforms
_WRITING_PLACES = ("channel", "account", "page", "blog")


@lru_cache(maxsize=1)
def _colon_voice() -> re.Pattern[str]:
    """'Vucic, in his Telegram channel: "..."', '16:40 - Sandu on X: ...': a name, the medium it wrote
    in and a colon, with no verb: a live blog's or a wire's way of saying who wrote what follows. The
    media are the attribution layer's (its medium nouns and platforms), so both read the same words."""
    words = attribution_lexicon()
    media = sorted({*_WRITING_PLACES, *words["medium_nouns"], *words["platforms"]}, key=len, reverse=True)
    alternatives = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in media)
    return re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*[-\u2013\u2014]\s*)?(?P<who>[^:;\"\u201c\u201d]{2,80}?)"
                      r"(?:,\s*|\s+)(?:in|on|via)\s+(?:(?:his|her|its|their|a|an|the)\s+)?"
                      r"(?:[\w-]+\s+){0,2}?(?:" + alternatives + r")\s*,?\s*:\s*")


def _colon_attribution(sent: Sentence) -> Attribution | None:
    """The writer a verbless heading before a colon names ('Sandu, in a video address: "We
    demand..."'): the last actor named there, if no verb stands in it (a verb would make the
    heading a clause of its own, which the attribution layer reads)."""
    match = _colon_voice().match(sent.text)
    if match is None or sent.span is None:
        return None
    heading = [t for t in sent.span if t.idx - sent.start < match.end("who")]
    if any(t.pos_ in ("VERB", "AUX") for t in heading):
        return None
    named = [m for m in sent.actors if m.end - sent.start <= match.end("who") and _valid_party(m.actor)]
    if not named:
        return None
    return Attribution(speaker=named[-1].actor, cue=":", start=named[-1].start, end=sent.start + match.end())


def _sentence_positions(analysis: Analysis, sent: Sentence) -> list[Record]:
    inherited = _quote_attribution(analysis, sent)
    if inherited is None and sent.attribution is None:
        inherited = _colon_attribution(sent)
    if inherited is not None:
        sent = replace(sent, attribution=inherited)
    speaker = sent.attribution.speaker if sent.attribution else None
    if speaker is not None and speaker.sector in _cues().non_party \
            and speaker.sector not in _cues().reporting:
        return []
    if _question(sent) or _onlooker_voiced(sent):
        return []
    cues = _find_cues(sent)
    from detente.extract import positions_reading  # constructions; imports this module

    records = _no_peace_without(analysis, sent) + _made_condition(analysis, sent) + _only_if(analysis, sent)
    records += _stated_condition(analysis, sent) + _labelled_terms(analysis, sent)
    records += positions_reading.readings(analysis, sent)
    directed = _directives(sent)
    for verb, clause in directed:
        records += _directive_demand(analysis, sent, verb, clause)
    cues = [c for c in cues if not any(_within(sent, c, clause) for _, clause in directed)
            and not _blamed(sent, c, positions_reading.blamed_act)]
    for n, cue in enumerate(cues):
        if cue.stance == "speaker":
            records += _speaker_demand(analysis, sent, cue)
            continue
        if cue.stance == "frame":
            records += _framed(analysis, sent, cue)
            continue
        if _is_predicative(sent, cue):
            records += _predicative(analysis, sent, cue, cues[n + 1].start if n + 1 < len(cues) else None)
            continue
        actor, party_at = _party(sent, cue)
        sides = _both_sides(analysis, sent, cue) if actor is None else []
        if sides:
            actor = sides[0]
        if cue.conditional:
            holder = _condition_holder(sent, cue)
            if holder is None or (actor is not None and holder.country == actor.country):
                continue
            records += positions_reading.conditional_offer(analysis, sent, _if_clause(sent, cue), holder)
            actor, cue = holder, _Cue(cue.start, cue.end, "demand", False)
        elif actor is None and party_at is not None:
            actor = _antecedent(analysis, sent, party_at)
        elif actor is None:
            actor = _document_author(analysis, sent, cue) or _enacting_author(analysis, sent, cue)
        if actor is None and cue.stance in ("demand", "reject") and _reported(sent, cue) \
                and not _held_by_other(sent, cue):
            actor = speaker
        actor = _voiced_by_speaker(sent, actor, party_at)
        if not _valid_party(actor) or (actor.sector == "MIL" and _field_act(sent, cue)):  # type: ignore[union-attr]
            continue            # 'troops abandoned the town': a battlefield act, not a stance
        if _onlooker_frame(sent, cue, actor):
            continue
        if cue.stance == "offer" and \
                positions_reading.proposes_for_other(sent, _cue_token(sent, cue.start), actor):
            cue = _Cue(cue.start, cue.end, "demand", False, content=cue.content)
        items = _cue_items(sent, cues, n, party_at) or _anaphor_items(analysis, sent, cue)
        if cue.stance == "accept":
            items = [i for i in items if not _dialogue_as_such(i)]
        pre = _precondition(_object_text(sent, cue, None))
        stated = [(cue.stance, items, pre)]
        if cue.stance == "demand" and _insists_on_refusing(sent, cue, actor):
            stated = [("reject", items, pre)]   # 'insisted that Lima would not accept X': a refusal
        split = _condition_split(sent, cue, cues[n + 1].start if n + 1 < len(cues) else None)
        if split is not None:
            cond_items, only, head_items = split    # 'ready to meet if a truce holds': the meeting
            kept = [] if only else [i for i in head_items or items if i[0] not in dict(cond_items)]
            stated = [(cue.stance, kept, pre), ("demand", cond_items, True)]
        elif cue.stance in ("demand", "offer", "accept"):
            left_out = _left_out(sent, cue, cues[n + 1].start if n + 1 < len(cues) else None)
            if left_out:        # 'wants a quick deal without guarantees for Kyiv': those are refused
                kept = [i for i in items if i[0] not in dict(left_out)]
                stated = [(cue.stance, kept, pre), ("reject", left_out, False)]
        elif _put_off(sent, cue, cues[n + 1].start if n + 1 < len(cues) else None):
            stated = []     # 'will not sign the accord until the maps are drawn': a delay, no refusal
        if cue.stance == "reject" and _stops_hostilities(sent, cue):
            stated = [("accept", items, pre)]   # 'suspended strikes on energy sites': a truce kept
        asked = _listed_terms(sent, cue, actor, cues[n + 1].start if n + 1 < len(cues) else None) \
            if cue.stance == "offer" else []
        if asked:               # 'offers two options for a truce: Kyiv's withdrawal, or ...': terms
            stated = [(s, [i for i in its if i[0] not in dict(asked)], p) for s, its, p in stated]
            stated.append(("demand", asked, True))
        for party in [actor, *_co_parties(sent, cue, actor), *sides[1:]]:
            for stance, stance_items, stance_pre in stated:
                for issue, detail in stance_items:
                    fields = {"party": actor_or_none(party), "issue": issue, "stance": stance,
                              "detail": detail, "precondition": stance_pre}
                    records.append(make_record("position", analysis, sent, fields))
    return _voiced(analysis, sent, records)


# 'dialogue', 'political dialogue', 'dialogue and diplomacy': talk named with no format, side or venue
_DIALOGUE_AS_SUCH = re.compile(r"(?:(?:political|diplomatic|constructive|peaceful|continued)\s+)?dialogue"
                               r"(?:\s+and\s+(?:diplomatic\s+)?(?:diplomacy|efforts?|consultations?|"
                               r"negotiations?))?\b", re.IGNORECASE)


def _dialogue_as_such(item: tuple[str, str]) -> bool:
    """'We support dialogue and diplomatic effort': backing dialogue in general accepts no term (a
    call for it, an offer of it or a refusal of it still states one)."""
    return item[0] == "talks_format" and _DIALOGUE_AS_SUCH.match(item[1]) is not None


def _voiced(analysis: Analysis, sent: Sentence, records: list[Record]) -> list[Record]:
    """'Polish Foreign Minister Radoslaw Sikorski said Warsaw wanted an 18th package': a state's
    position told by its own official is held by that official by name (the state's country kept),
    so a reader sees who stated it; a position of another country, or one already held by a
    person, is left as it is."""
    speaker = sent.attribution.speaker if sent.attribution is not None else None
    if speaker is not None and speaker.country and not _is_person_actor(analysis, speaker):
        speaker = _side_voice(analysis, sent, speaker)
    if speaker is None or not speaker.country or not _is_person_actor(analysis, speaker):
        return records
    for record in records:
        party = record.fields.get("party") or {}
        if party.get("country") == speaker.country and party.get("name") != speaker.name \
                and not _is_person_actor(analysis, Actor(**party)):
            record.fields["party"] = actor_or_none(speaker)
    return records


_TELLING = frozenset({"say", "tell", "inform", "state", "declare", "announce", "stress", "add", "explain",
                      "reiterate", "insist", "write", "note", "assure"})


def _side_voice(analysis: Analysis, sent: Sentence, side: Actor) -> Actor | None:
    """'President X informed his guest that the Russian position is unchanged. According to the
    Russian side, ...': a state or side quoted just after its leader told it is that leader; the
    person who is the subject of the sentence before (same paragraph), of the same state, telling."""
    before = [s for s in analysis.sentences if s.index == sent.index - 1 and s.paragraph == sent.paragraph]
    root = next((t for t in before[0].span or [] if t.dep_ == "ROOT"), None) if before else None
    if root is None or root.lemma_.lower() not in _TELLING:
        return side
    for subject in (c for c in root.children if c.dep_ == "nsubj"):
        mention = _subject_mention(before[0], subject)
        if mention is not None and mention.actor is not None and mention.actor.country == side.country \
                and _is_person(analysis, mention):
            return mention.actor
    return side


def _is_person_actor(analysis: Analysis, actor: Actor) -> bool:
    """Some mention of the actor in the article names a person ('Sikorski', 'the Polish minister')."""
    return any(m.actor == actor and _is_person(analysis, m) for s in analysis.sentences for m in s.actors)


_CONDITION = re.compile(r"\b(?:(only)\s+)?(?:if|once|when|provided(?:\s+that)?|"
                        r"on\s+(?:the\s+)?condition\s+that|as\s+long\s+as|so\s+long\s+as|"
                        r"in\s+exchange\s+for|in\s+return\s+for)\b", re.IGNORECASE)
_Split = tuple[list[tuple[str, str]], bool, list[tuple[str, str]]]


def _condition_split(sent: Sentence, cue: _Cue, next_start: int | None) -> _Split | None:
    """'would agree to a truce only once arms deliveries stop': what an acceptance or offer is
    conditioned on is the party's demand; with 'only' the acceptance itself is not given."""
    if cue.stance == "reject":
        return _refused_unless(sent, cue, next_start)
    if cue.stance not in ("accept", "offer"):
        return None
    window = _object_text(sent, cue, next_start)
    match = _CONDITION.search(window)
    if match is None:   # 'agreed to meet only after a ceasefire': 'after' ends a clause elsewhere
        window = re.split(r"[;]| but ", sent.text[cue.end:next_start])[0]
        match = re.search(r"\b(only)\s+after\b", window, re.IGNORECASE)
    if match is None or (not match.group(1) and _in_relative(_cue_token(sent, cue.end + match.start()))):
        return None     # 'lead a force that would go in once a truce holds': when it acts
    cond_items = issue_items(window[match.end():])
    if not cond_items:
        return None
    only = bool(match.group(1)) or bool(re.search(r"\bonly\s+(?:\w+\s+)?$", sent.text[:cue.start]))
    return cond_items, only, issue_items(window[:match.start()])


_UNLESS = re.compile(r"\b(?:unless|until|till|without)\b", re.IGNORECASE)


def _refused_unless(sent: Sentence, cue: _Cue, next_start: int | None) -> _Split | None:
    """'will not agree to any deal unless Russia withdraws', 'rejects talks until the shelling
    stops', 'won't sign without guarantees': what the refusal waits for is a demand (a precondition)."""
    window = _object_text(sent, cue, next_start)
    match = _UNLESS.search(window)
    if match is None or _modifies_noun(_cue_token(sent, cue.end + match.start())):
        return None
    cond_items = issue_items(window[match.end():])
    return (cond_items, False, issue_items(window[:match.start()])) if cond_items else None


_UNTIL = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)


def _put_off(sent: Sentence, cue: _Cue, next_start: int | None) -> bool:
    """'would not sign the accord until the maps are drawn': a negated step held until
    something happens is put off, not refused (what it waits for, where it names an issue, is read
    as a demand by `_refused_unless`)."""
    if not cue.negated or cue.stance != "reject":
        return False
    match = _UNTIL.search(_object_text(sent, cue, next_start))
    return match is not None and not _modifies_noun(_cue_token(sent, cue.end + match.start()))


_WITHOUT = re.compile(r"\bwithout\s+(?:(?:providing|giving|offering|granting|any|a|an|the)\s+)*",
                      re.IGNORECASE)


# what a preference sets aside: 'a lasting settlement rather than a truce', 'instead of a ceasefire'
_RATHER = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\s+(?:(?:a|an|the|any|just)\s+)*",
                     re.IGNORECASE)


def _left_out(sent: Sentence, cue: _Cue, next_start: int | None) -> list[tuple[str, str]]:
    """'Washington wants a deal without security guarantees for Kyiv', 'Moscow seeks a ceasefire
    without withdrawing its troops', 'Moscow favours a full settlement rather than a truce': what a
    demand or offer is made without, or preferred over, is refused."""
    window = _object_text(sent, cue, next_start)
    match = _WITHOUT.search(window) or _RATHER.search(window)
    if match is None:
        return []
    head = dict(issue_items(window[:match.start()]))    # 'talks without a delegation': still talks
    return [i for i in issue_items(window[match.end():]) if i[0] not in head]


_STOPPING = frozenset({"suspend", "halt", "pause", "stop", "cease", "freeze"})
_HOSTILE = re.compile(r"^\s*(?:(?:its|their|all|the|further|new|long-range|air|missile|drone|russian|"
                      r"ukrainian)\s+)*(?:strikes?|attacks?|shelling|bombing|bombardment|offensive|"
                      r"hostilities|fighting|assaults?|raids?)\b", re.IGNORECASE)


def _stops_hostilities(sent: Sentence, cue: _Cue) -> bool:
    """A verb of stopping whose object is the party's own attacks ('Russia suspended strikes on
    energy sites') keeps a truce; it refuses nothing."""
    tok = _cue_token(sent, cue.start)
    return (tok is not None and tok.lemma_.lower() in _STOPPING and not cue.negated
            and bool(_HOSTILE.match(sent.text[cue.end:])))


def _in_relative(marker: Any) -> bool:
    """'a force that would go in once a truce holds': the marker hangs in a relative clause that
    describes the offered thing, so it tells when that thing acts, not what the offer waits for."""
    if marker is None:
        return False
    anchor = marker.head.head if marker.dep_ == "mark" else marker.head
    return anchor.dep_ == "relcl"


def _modifies_noun(marker: Any) -> bool:
    """'any deal made without Ukraine': the marker hangs on a participle that describes the object,
    not on the refusal."""
    if marker is None:
        return False
    anchor = marker.head.head if marker.dep_ == "mark" else marker.head
    return anchor.dep_ in ("acl", "relcl", "amod") or anchor.pos_ in ("NOUN", "PROPN")


# 'was "absolutely unacceptable"': the quotation mark that opens the judgement's own words (with
# its adverbs) quotes the judge; it does not start the clause that names the thing judged
_OWN_QUOTE = re.compile(r"[\"\u201c]\s*(?:\w+ly\s+)*$")
_CONDEMNED = re.compile(r"\b(?:strikes?|attacks?|shelling|bombing|bombardment|killings?|aggression|"
                        r"invasion|crimes?|violations?|atrocit\w*|abductions?|deportations?|occupation)\b",
                        re.IGNORECASE)


# content that refuses, negates or judges the thing bad: 'sanctions are illegal', 'will never recognise'
_REFUSING = re.compile(r"\b(?:not|never|no|cannot|can't|won't|reject\w*|refus\w*|unacceptable|oppos\w*|"
                       r"worse|counterproductive|illegal|illegitimate|unlawful|harmful|wrong|mistake)\b",
                       re.IGNORECASE)


def _framed(analysis: Analysis, sent: Sentence, cue: _Cue) -> list[Record]:
    """'Moscow's position is that Ukraine must stay neutral': the content is the possessor's demand,
    or its rejection when the content refuses or negates ('...is that it will never recognise X')."""
    actor, _ = _party(sent, cue)
    if not _valid_party(actor):
        return []
    content = governed_text(sent.text[cue.end:])
    stance = "reject" if _REFUSING.search(content) else "demand"
    return [make_record("position", analysis, sent, {
        "party": actor_or_none(actor), "issue": issue, "stance": stance, "detail": detail,
        "precondition": _precondition(content)}) for issue, detail in issue_items(content)]


def _cue_words(sent: Sentence, cue: _Cue) -> str:
    return " ".join(sent.text[cue.start:cue.end].lower().replace("-", " ").split())


def _is_predicative(sent: Sentence, cue: _Cue) -> bool:
    return _cue_words(sent, cue) in _cues().predicative


def _predicative(analysis: Analysis, sent: Sentence, cue: _Cue, next_start: int | None) -> list[Record]:
    """'For Kyiv, recognising the annexation is a red line', 'Berlin said sending jets was out of the
    question', 'called the plan unacceptable': the thing is named before the cue, in its clause; the
    party is the 'for X', else the speaker, else the sentence's subject. Calling an attack
    unacceptable condemns an act; it states no term of a settlement."""
    tok = _cue_token(sent, cue.start)
    if tok is not None and tok.dep_ == "amod" and tok.i < tok.head.i and len(tok) == cue.end - cue.start:
        return []           # 'unacceptable demands', 'vital infrastructure': a label, not a judgement
    opened = _OWN_QUOTE.search(sent.text, 0, cue.start)
    own = opened.start() if opened else cue.start
    starts = [m.end() for m in _CLAUSE_START.finditer(sent.text, 0, own)]
    left = sent.text[starts[-1] if starts else 0:own]
    if _CONDEMNED.search(left):
        return []
    comma = sent.text.rfind(",", 0, own)
    if cue.stance == "reject" and comma >= 0 and _APPOSED_TERMS.match(sent.text, comma + 1, own):
        before = [m.end() for m in _CLAUSE_START.finditer(sent.text, 0, comma)]
        judge = _mention_in(sent.actors, sent.start + comma, sent.start + own)
        return _judged_terms(analysis, sent, cue, sent.text[before[-1] if before else 0:comma],
                             judge.actor if judge is not None else None)
    items = issue_items(left) or issue_items(_object_text(sent, cue, next_start))
    if _cue_words(sent, cue) in _cues().insufficient:
        items = [(issue, detail) for issue, detail in items if issue in _cues().graded]
    judged = _judged_reference(sent, cue) if not items else None
    if judged is not None:
        # 'whereas Oslo has deemed either option unacceptable': the thing is the one named
        # before, and the judge is the clause's own subject, not the speaker of the clause before
        items = _likened_items(analysis, sent, judged)
        own, _ = _party(sent, cue)
        return [make_record("position", analysis, sent, {
            "party": actor_or_none(own), "issue": issue, "stance": cue.stance, "detail": detail,
            "precondition": False}) for issue, detail in items] if _valid_party(own) else []
    party = _for_party(sent, cue) or _voice(sent)
    if party is None:
        party, at = _party(sent, cue)
        if at is not None and _target_in_thing(sent, at):
            party = None        # 'the pressure on Russia is insufficient': Russia is pressed, not judging
        party = party or _root_subject(sent, judged=True)
    if not _valid_party(party):
        return []
    return [make_record("position", analysis, sent, {
        "party": actor_or_none(party), "issue": issue, "stance": cue.stance, "detail": detail,
        "precondition": False}) for issue, detail in items]


def _judged_reference(sent: Sentence, cue: _Cue) -> Any:
    """'called any such deployment unacceptable': a predicate set on the object of a verb of calling
    or deeming, where that object is a noun likened to one just named ('such', 'either') whose own
    words name no issue; the object's first word, else None (read on the words: the parse often
    hangs 'such' on the predicate)."""
    tok = _cue_token(sent, cue.start)
    if tok is None:
        return None
    verb = next((v for v in (tok.head, tok.head.head) if v.lemma_.lower() in _DEEMING and v.i < tok.i), None)
    if verb is None:
        return None
    judged = sent.text[verb.idx + len(verb.text) - sent.start:cue.start]
    if not _LIKENED_WORDS.match(judged) or issue_items(judged):
        return None
    return tok.doc[verb.i + 1]


# 'any such move', 'either option', 'such an arrangement': words marking the kind just named
_LIKENED_WORDS = re.compile(r"^\s*(?:any\s+)?(?:such|either)\s+(?:an?\s+)?[\w-]+\s*$", re.IGNORECASE)
_DEEMING = frozenset({"call", "deem", "consider", "declare", "find", "label", "brand", "term"})


# 'X pull out of four regions, conditions the source called "unacceptable"': an apposition naming
# the clause before it as terms, judged in a relative clause
_APPOSED_TERMS = re.compile(r"\s*(?:(?:the|such|these|those)\s+)?(?:demands|conditions|terms|preconditions)"
                            r"\s+(?!(?:for|of|on|to)\b)[^,;:\"\u201c\u201d]*$", re.IGNORECASE)


def _labelled_terms(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Kyiv said Russia made "unacceptable" demands, including X': the label is the speaker's
    judgement of the other side's terms, so the speaker refuses X (the noun states the demand)."""
    records: list[Record] = []
    for m in _cues().cues.finditer(sent.text):
        stance = _cue_stance(m.group(0))
        if stance == "reject" and _judges_a_demand(sent, m, stance):
            noun = _cue_token(sent, m.start()).head
            after = sent.text[noun.idx + len(noun.text) - sent.start:]
            if _TERMS_CONTENT.match(after):     # the terms themselves, not what they did
                records += _judged_terms(analysis, sent, _Cue(m.start(), m.end(), stance, False),
                                         governed_text(after))
    return records


# what opens the content of 'demands': a list ('including', 'such as', a colon or dash) or a
# complement ('that Kyiv withdraw', 'for a withdrawal', 'to cede'); 'demands had derailed the talks'
# tells what the demands did, and names none of them
_TERMS_CONTENT = re.compile(r"[\s\"\u201d']*(?:,\s*)?(?:including|such as|among them|notably|namely|"
                            r"that|for|to|:|\u2014|\u2013|-)(?:\s|$)", re.IGNORECASE)


def _judged_terms(analysis: Analysis, sent: Sentence, cue: _Cue, terms: str,
                  judge: Actor | None = None) -> list[Record]:
    """'Kyiv said Russia had tabled "unacceptable" demands, including that Ukraine withdraw': the
    terms one side put are refused by the one who judges them: the party named judging ('conditions
    Kyiv called unacceptable'), else the speaker (a wire that only reports voices no view). With
    neither, the label is the writer's, and no party's stance."""
    party = judge or _voice(sent)
    if not _valid_party(party):
        return []
    return [make_record("position", analysis, sent, {
        "party": actor_or_none(party), "issue": issue, "stance": cue.stance, "detail": detail,
        "precondition": False}) for issue, detail in issue_items(terms)]


def _target_in_thing(sent: Sentence, at: int) -> bool:
    """A party named as the object of 'on', 'against' or 'to' inside the judged thing ('sanctions on
    Moscow', 'arms to Kyiv') is what the thing is aimed at or given to, not who judges it."""
    tok = _cue_token(sent, at)
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against", "to", "by")


def _voice(sent: Sentence) -> Actor | None:
    """The speaker a judgement is the view of; a news agency that only reports it ('Moscow called
    the plan unacceptable, Tass reported') voices no view, so the sentence's own party is read."""
    speaker = sent.attribution.speaker if sent.attribution is not None else None
    return None if speaker is None or speaker.sector in _cues().reporting else speaker


def _for_party(sent: Sentence, cue: _Cue) -> Actor | None:
    """'for Moscow', 'for us': the party a predicate is said to hold for ('for' on the predicate or
    its verb, not inside the subject: 'membership for Ukraine is a red line for Moscow')."""
    if sent.span is None:
        return None
    at = _cue_token(sent, cue.start)
    heads = {sent.span.root.i} | ({at.i, at.head.i} if at is not None else set())
    for tok in sent.span:
        if tok.lower_ != "for" or tok.dep_ != "prep" or tok.head.i not in heads:
            continue
        for obj in (c for c in tok.children if c.dep_ == "pobj"):
            if obj.lower_ in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER:
                return _resolve_pronoun(sent, obj.lower_, obj.idx)
            mention = _mention_in(sent.actors, obj.idx, obj.idx + len(obj.text))
            if mention is not None and _valid_party(mention.actor):
                return mention.actor
    return _next_for_party(sent, cue)


_FOR_TO = re.compile(r"\s*(?:for|to)\s+(?:the\s+)?", re.IGNORECASE)


def _next_for_party(sent: Sentence, cue: _Cue) -> Actor | None:
    """'X is a non-starter for Kyiv', 'unacceptable to Moscow', however the parse hangs the 'for':
    the party named right after the predicate."""
    match = _FOR_TO.match(sent.text, cue.end)
    if match is None:
        return None
    mention = next((m for m in sent.actors if m.start - sent.start == match.end()), None)
    return mention.actor if mention is not None and _valid_party(mention.actor) else None


def _root_subject(sent: Sentence, judged: bool = False) -> Actor | None:
    """The subject of the sentence's main verb ('The ministry called the plan unacceptable'); when
    that subject is the judged thing, not a party named inside it as its target or agent."""
    if sent.span is None:
        return None
    root = sent.span.root
    for child in (c for c in root.children if c.dep_ == "nsubj"):
        mention = _subject_mention(sent, child)
        if mention is not None and judged and _target_in_thing(sent, mention.start - sent.start):
            return None
        if mention is not None:
            return mention.actor
    return None


_ONLY_IF = re.compile(r"\b(?:only\s+(?:be\s+)?possible|possible\s+only|can\s+only\s+(?:\w+\s+)?\w+|"
                      r"will\s+only\s+(?:\w+\s+)?\w+|would\s+only\s+(?:\w+\s+)?\w+)\s+"
                      r"(?:if|when|once|after|provided(?:\s+that)?)\b", re.IGNORECASE)


def _only_if(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'A ceasefire is only possible if Kyiv withdraws from Donetsk,' Peskov said; 'peace will only
    come when Russia leaves': the condition is the speaker's demand (a precondition). With a party
    as subject ('Kyiv will only talk if...') the cue readings hold it."""
    match = _ONLY_IF.search(sent.text)
    speaker = sent.attribution.speaker if sent.attribution is not None else None
    if match is None or not _valid_party(speaker):
        return []
    tok = _cue_token(sent, match.start())
    verb = tok.head if tok is not None else None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    if any(_subject_mention(sent, c) is not None or c.lower_ in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER
           for c in subjects):
        return []
    return [make_record("position", analysis, sent, {
        "party": actor_or_none(speaker), "issue": issue, "stance": "demand", "detail": detail,
        "precondition": True}) for issue, detail in issue_items(governed_text(sent.text[match.end():]))]


_IS_CONDITION = re.compile(r"\b(?:is|was|are|were|remains?|remained|would\s+be|will\s+be)\s+(?:still\s+)?"
                           r"(?:an?|the|one)?\s*(?:of\s+the\s+)?(?:(?:key|main|necessary|essential|basic|"
                           r"absolute|first|indispensable|mandatory|minimum)\s+)*(?:pre-?conditions?|"
                           r"prerequisites?|conditions?|requirements?)\s+(?:for|of|to)\b", re.IGNORECASE)


def _stated_condition(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Ukraine's neutrality is a precondition for peace, the Kremlin said', 'a full ceasefire
    remains a key condition for any meeting': the thing called a condition is the speaker's demand."""
    match = _IS_CONDITION.search(sent.text)
    if match is None:
        return []
    speaker = sent.attribution.speaker if sent.attribution is not None else None
    if not _valid_party(speaker):
        return []
    starts = [m.end() for m in _CLAUSE_START.finditer(sent.text, 0, match.start())]
    thing = sent.text[starts[-1] if starts else 0:match.start()]
    return [make_record("position", analysis, sent, {
        "party": actor_or_none(speaker), "issue": issue, "stance": "demand", "detail": detail,
        "precondition": True}) for issue, detail in issue_items(thing)]


_NO_WITHOUT = re.compile(r"\b(?:no\s+(?:[\w-]+\s+){0,3}?(?:peace|deal|settlement|agreement|ceasefire|truce|"
                         r"talks|negotiations)|(?:impossible|cannot\s+happen|can't\s+happen|cannot\s+work|"
                         r"will\s+not\s+work|won't\s+work))\s+(?:[\w-]+\s+){0,3}?(?:without|until|unless)\b",
                         re.IGNORECASE)


def _label_speaker(sent: Sentence) -> Actor | None:
    """'Kremlin: no truce until...': a headline that names its speaker before a colon."""
    first = min(sent.actors, key=lambda m: m.start, default=None)
    if first is None or first.start != sent.start or not sent.text[first.end - sent.start:].startswith(":"):
        return None
    return first.actor


def _no_peace_without(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'There can be no peace without justice', 'a deal is impossible without guarantees': what
    peace cannot do without is the speaker's (or the subject's) demand."""
    match = _NO_WITHOUT.search(sent.text)
    if match is None or _inside_quote(sent, sent.start + match.start()) and sent.attribution is None:
        return []
    party = _voice(sent) or _label_speaker(sent) or _root_subject(sent)
    if not _valid_party(party):
        return []
    return [make_record("position", analysis, sent, {
        "party": actor_or_none(party), "issue": issue, "stance": "demand", "detail": detail,
        "precondition": True}) for issue, detail in issue_items(governed_text(sent.text[match.end():]))]


_CONDITION_NOUNS = frozenset({"condition", "precondition", "prerequisite", "requirement", "priority"})


def _made_condition(analysis: Analysis, sent: Sentence) -> list[Record]:
    """'Kyiv made a full ceasefire a condition for any meeting', 'Washington made the release of
    prisoners a priority': the thing made a condition is the subject's demand."""
    out: list[Record] = []
    for make in (t for t in sent.span or [] if t.lemma_ == "make" and t.pos_ == "VERB"):
        nouns = [d for c in make.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")
                 for d in c.subtree if d.lemma_.lower() in _CONDITION_NOUNS]
        subjects = [c for c in make.children if c.dep_ == "nsubj"]
        if not nouns or not subjects:
            continue
        mention = _subject_mention(sent, subjects[0])
        actor = mention.actor if mention is not None else None
        if actor is None and subjects[0].lower_ in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER:
            actor = _resolve_pronoun(sent, subjects[0].lower_, subjects[0].idx)
        if not _valid_party(actor):
            continue
        thing = sent.text[make.idx + len(make.text) - sent.start:nouns[0].idx - sent.start]
        pre = nouns[0].lemma_.lower() != "priority"
        out += [make_record("position", analysis, sent, {
            "party": actor_or_none(actor), "issue": issue, "stance": "demand", "detail": detail,
            "precondition": pre}) for issue, detail in issue_items(thing)]
    return out


def _directives(sent: Sentence) -> list[tuple[Any, Any]]:
    """'Trump told Zelensky to accept the deal', 'Washington asked Kyiv to hold elections': a verb of
    directing with an object and a to-clause; returns (verb, clause head) pairs."""
    out = []
    for verb in (t for t in sent.span or [] if t.lemma_.lower() in _cues().directive and t.pos_ == "VERB"):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                   and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")]
        if objects and clauses and not _advises_public(verb):
            out.append((verb, clauses[0]))
    return out


# who reads a party's mind rather than speaks for it: 'analysts say', 'critics argue', 'a poll shows'
_ONLOOKERS = frozenset({"analyst", "expert", "critic", "observer", "commentator", "pundit", "scholar",
                        "researcher", "economist", "historian", "skeptic", "sceptic", "poll", "survey",
                        "study", "think", "watcher", "insider", "columnist", "editorial", "opponent"})
# verbs of belief or guess: what they hold of another party is the believer's view, not the party's
_BELIEVING = frozenset({"believe", "think", "expect", "fear", "suspect", "predict", "speculate", "assume",
                        "doubt", "worry", "guess", "reckon", "anticipate", "estimate", "suppose", "bet",
                        "claim", "allege", "insinuate", "imagine", "wonder"})
_FRAME_VERBS = _SPEECH_LEMMAS | _BELIEVING | {"argue", "suggest", "contend", "warn", "show", "indicate"}


def _onlooker_voiced(sent: Sentence) -> bool:
    """'What Moscow wants is a neutral Ukraine, the analyst said', 'According to experts, ...': the
    whole sentence is an onlooker's reading (the main verb is their saying, or 'according to' them)."""
    if sent.span is None:
        return False
    root = sent.span.root
    if root.lemma_.lower() in _FRAME_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _ONLOOKERS for c in root.children):
        return True
    return bool(_ACCORDING_TO_ONLOOKERS.search(sent.text))


_ACCORDING_TO_ONLOOKERS = re.compile(r"\baccording to (?:(?:some|many|most|several|the|western|independent|"
                                     r"military)\s+)*(?:analysts?|experts?|observers?|commentators?|critics?|"
                                     r"researchers?)\b", re.IGNORECASE)


def _onlooker_frame(sent: Sentence, cue: _Cue, party: Actor | None) -> bool:
    """'Analysts say Moscow wants X', 'Diplomats expect Washington to propose Y', 'Kyiv believes
    Moscow seeks Z': a stance read into a party by onlookers, or by another party's belief or
    allegation, is not one the party states."""
    tok = _cue_token(sent, cue.start)
    for _ in range(5):
        if tok is None or tok.head.i == tok.i:
            return False
        if tok.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "aux", "acomp", "dobj", "oprd"):
            return False
        verb = tok.head
        if verb.lemma_.lower() in _FRAME_VERBS and verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return False
            if subject.lemma_.lower() in _ONLOOKERS:
                return True
            if verb.lemma_.lower() not in _BELIEVING or party is None:
                return False
            mention = _subject_mention(sent, subject)
            holder = mention.actor if mention is not None else None
            if holder is None and subject.lower_ in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER:
                holder = _resolve_pronoun(sent, subject.lower_, subject.idx)
            return holder is None or holder.country != party.country
        tok = verb
    return False


def _blamed(sent: Sentence, cue: _Cue, blamed_act: Any) -> bool:
    """'Kyiv accused Moscow of rejecting talks', 'blamed Russia for wanting the whole Donbas': an act
    a critic lays at a party's door is the critic's charge, not a stance the party states."""
    tok = _cue_token(sent, cue.start)
    for _ in range(3):
        if tok is None or tok.head.i == tok.i:
            return False
        if tok.dep_ == "pcomp":
            act = blamed_act(sent, tok.head.head)
            return act is not None and act.i == tok.i
        if tok.dep_ not in ("xcomp", "conj", "aux"):
            return False
        tok = tok.head
    return False


def _within(sent: Sentence, cue: _Cue, clause: Any) -> bool:
    at = sent.start + cue.start
    return clause.left_edge.idx <= at <= clause.right_edge.idx


def _directive_demand(analysis: Analysis, sent: Sentence, verb: Any, clause: Any) -> list[Record]:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    mention = _subject_mention(sent, subjects[0]) if subjects else None
    actor = mention.actor if mention is not None else None
    if actor is None and subjects and subjects[0].lower_ in _PRONOUNS_SPEAKER | _PRONOUNS_OTHER:
        actor = _resolve_pronoun(sent, subjects[0].lower_, subjects[0].idx)
    if not _valid_party(actor) or (sent.span is not None and _hypothetical_verb(verb)):
        return []
    text = governed_text(sent.text[clause.idx - sent.start:clause.right_edge.idx + len(clause.right_edge.text)
                                   - sent.start])
    return [make_record("position", analysis, sent, {
        "party": actor_or_none(actor), "issue": issue, "stance": "demand", "detail": detail,
        "precondition": _precondition(text)}) for issue, detail in issue_items(text)]


def _hypothetical_verb(verb: Any) -> bool:
    """'if Washington asks Kyiv to...', 'might tell', 'did not ask': no demand is stated."""
    return any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"))
               or (c.dep_ == "aux" and c.lower_ in ("might", "could", "may")) for c in verb.children)


def _question(sent: Sentence) -> bool:
    """'Would Moscow accept a truce?': a question states no one's stance."""
    return sent.text.rstrip(" \"'\u201d\u2019)").endswith("?")


_CLAUSE_START = re.compile(r"(?:[,;:\"\u201c\u201d]|\bthat\b|\bsaid\b|\bsays\b)\s*", re.IGNORECASE)


def _must_know(sent: Sentence, cue: _Cue) -> bool:
    """'the West must understand that...', 'Kyiv should know that...': a modal on a verb of knowing
    is a warning about how things stand, not a term the speaker puts to the other side."""
    tok = _cue_token(sent, cue.start)
    if tok is None:
        return False
    verb = tok.head if tok.dep_ == "aux" else next((c for c in tok.children if c.dep_ == "xcomp"), None)
    return verb is not None and verb.lemma_.lower() in _cues().knowing


def _speaker_demand(analysis: Analysis, sent: Sentence, cue: _Cue) -> list[Record]:
    """'"Russia must pull its troops out," Zelensky said': the speaker demands what the modal's
    clause names (its subject included: 'any truce must be unconditional')."""
    speaker = sent.attribution.speaker if sent.attribution else None
    if not _valid_party(speaker) or _must_know(sent, cue):
        return []
    starts = [m.end() for m in _CLAUSE_START.finditer(sent.text, 0, cue.start)]
    clause = sent.text[starts[-1] if starts else 0:cue.start] + sent.text[cue.start:cue.end] + " "
    window = governed_text(clause + sent.text[cue.end:])
    pre = _precondition(window)
    return [make_record("position", analysis, sent, {
        "party": actor_or_none(speaker), "issue": issue, "stance": "demand", "detail": detail,
        "precondition": pre}) for issue, detail in issue_items(window)]


_THIRD_PERSON = {"he": "person", "she": "person", "his": "person", "her": "person",
                 "it": "group", "its": "group", "they": "group", "their": "group"}


def _antecedent(analysis: Analysis, sent: Sentence, party_at: int) -> Actor | None:
    """'He also called for...' opening a paragraph: the actor layer resolves pronouns within a
    paragraph only, so a third-person subject left open is the latest fitting actor of the two
    sentences before (a person for he/she, a state or body for it/they)."""
    word = sent.text[party_at:].split(maxsplit=1)[0].lower().strip(".,;:\"'’")
    kind = _THIRD_PERSON.get(word)
    if kind is None or _inside_quote(sent, sent.start + party_at):
        return None
    earlier = [s for s in analysis.sentences if s.index < sent.index][-2:]
    for mention in reversed([m for s in earlier for m in s.actors]):
        actor = mention.actor
        if actor is None or not actor.country or mention.text.lower() in _THIRD_PERSON:
            continue
        if (kind == "person") == _is_person(analysis, mention):
            return actor
    return None


# texts that speak for their authors: 'the statement called for', 'the communique rejected'
_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "declaration", "resolution", "conclusion",
                        "text", "document", "letter", "note", "memorandum", "readout", "joint"})
_ISSUING = frozenset({"issue", "release", "adopt", "publish", "sign", "send", "put", "approve", "circulate",
                      "draft", "present", "unveil", "agree", "endorse", "distribute"})


def _document_author(analysis: Analysis, sent: Sentence, cue: _Cue) -> Actor | None:
    """'The G7's statement called for a truce', 'The statement rejected...' after 'Moscow issued a
    statement': a text that demands or rejects speaks for its author, named on the text (possessor,
    modifier, 'by X') or as the subject that issued it in the two sentences before."""
    _, token = _subject(sent, cue)
    if token is None or token.lemma_.lower() not in _DOCUMENTS:
        return None
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            if child.lower_ in _PRONOUNS_OTHER:
                return _issuer(analysis, sent, any_subject=True)
            mention = _mention_in(sent.actors, child.idx, child.idx + len(child.text))
            if mention is not None and mention.actor is not None:
                return mention.actor
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            mention = _subject_mention(sent, objects[0]) if objects else None
            if mention is not None and mention.actor is not None:
                return mention.actor
    return _issuer(analysis, sent, any_subject=False)


# 'a pact which would allow Peru to buy radars', 'the decree allows the port to reopen': an enacted
# measure that permits something is its author's offer of it
_PERMITS = re.compile(r"\ballows?$", re.IGNORECASE)
_MEASURES = frozenset({"deal", "agreement", "law", "bill", "legislation", "package", "decree", "measure",
                       "accord", "treaty", "act"})
_ENACTING = frozenset({"sign", "pass", "adopt", "approve", "announce", "unveil", "enact", "strike", "seal",
                       "conclude"})


def _enacting_author(analysis: Analysis, sent: Sentence, cue: _Cue) -> Actor | None:
    """Who enacted the measure that allows: the subject of the verb that takes it ('Starmer announced
    a deal which would allow...'), else the latest earlier subject that signed, passed or announced a
    measure ('the premier signed the bill ... The act also allows...')."""
    if not _PERMITS.search(sent.text[cue.start:cue.end]):
        return None
    _, token = _subject(sent, cue)
    if token is not None and token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        token = token.head.head     # what 'which' stands for: whatever was announced, it is the measure
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _ENACTING:
            return _enacter(sent, token.head)
    if token is None or token.lemma_.lower() not in _MEASURES:
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _ENACTING:
        return _enacter(sent, token.head)
    for before in reversed([s for s in analysis.sentences if s.index < sent.index]):
        for tok in before.span or []:
            if tok.lemma_.lower() in _MEASURES and tok.head.lemma_.lower() in _ENACTING:
                actor = _enacter(before, tok.head)
                if actor is not None:
                    return actor
    return None


def _enacter(sent: Sentence, verb: Any) -> Actor | None:
    """The actor named as the subject of an enacting verb."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        mention = _subject_mention(sent, subject)
        if mention is not None and mention.actor is not None and mention.actor.country:
            return mention.actor
    return None


def _issuer(analysis: Analysis, sent: Sentence, any_subject: bool) -> Actor | None:
    """Who issued a text in the two sentences before: the subject of 'issued/released/adopted a
    statement' (or, for 'its statement', the latest subject naming an actor)."""
    earlier = [s for s in analysis.sentences if s.index < sent.index][-2:]
    for before in reversed(earlier):
        for tok in reversed(list(before.span or [])):
            verb = tok.head if tok.lemma_.lower() in _DOCUMENTS and tok.dep_ == "dobj" else None
            if any_subject and tok.dep_ == "ROOT":
                verb = tok
            if verb is None or (not any_subject and verb.lemma_.lower() not in _ISSUING):
                continue
            for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                mention = _subject_mention(before, subject)
                if mention is not None and mention.actor is not None and mention.actor.country:
                    return mention.actor
    return None


def _is_person(analysis: Analysis, mention: ActorMention) -> bool:
    """A named person ('Zelensky') or a title that stands for one ('the Ukrainian leader')."""
    if mention.how == "title":
        return not mention.text.lower().endswith("s")
    span = analysis.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _co_parties(sent: Sentence, cue: _Cue, first: Actor | None) -> list[Actor]:
    """'Russia and the US agreed to...': every conjoined subject holds the position."""
    if _noun_cue(sent, cue) is not None:
        return []
    _, token = _subject(sent, cue)
    if token is None or token.dep_ != "nsubj":
        return []
    if token.lower_ in ("they", "we") and token.head.head.i != token.head.i:
        speakers = [c for c in token.head.head.children if c.dep_ == "nsubj"]
        token = speakers[0] if speakers else token      # 'Both X and Y said they hoped...'
    out: list[Actor] = []
    joint = [*_unlinked_subjects(token), *_paired_modifiers(token)] if cue.stance == "accept" else []
    for conj in [*token.conjuncts, *joint]:
        mention = _mention_in(sent.actors, conj.idx, conj.idx + len(conj.text))
        actor = mention.actor if mention is not None else None
        if _valid_party(actor) and actor != first and actor not in out:
            out.append(actor)  # type: ignore[arg-type]
    return out


def _unlinked_subjects(token: Any) -> list[Any]:
    """'Minister X and minister Y signed...' parsed as two subjects of the verb with no conjunct
    link: the other subject joined to this one by 'and' (read for a deal both accept, where the
    sides act together)."""
    return [c for c in token.head.children if c.dep_ == "nsubj" and c.i != token.i
            and any(t.lower_ == "and" for t in token.doc[min(c.i, token.i):max(c.i, token.i)])]


def _paired_modifiers(token: Any) -> list[Any]:
    """'Russian and Ukrainian delegations agreed...': each conjoined modifier of the subject names a
    side of its own; where the parser hung one named side on the other ('minister X and minister Y
    signed'), the subject's head word is a side too."""
    paired = [c for c in token.children if c.dep_ in ("amod", "nmod") and c.conjuncts]
    return [side for c in paired for side in (c, *c.conjuncts)] + ([token] if paired else [])


def _both_sides(analysis: Analysis, sent: Sentence, cue: _Cue) -> list[Actor]:
    """'The two sides agreed to swap 1,000 prisoners each': each side holds the position, and the
    sides are the last pair of states the story named together ('India and Pakistan', 'Moscow and
    Kyiv'), this sentence before the cue included; with no such pair, no one is read."""
    _, token = _subject(sent, cue)
    if token is None or token.lemma_.lower() not in SIDE_NOUNS or token.tag_ != "NNS" \
            or not any(c.lower_ in PAIR_WORDS for c in token.children):
        return []
    if token.lemma_.lower() == "leader":
        leaders = _last_two_leaders(analysis, sent)
        if leaders:
            return leaders
    pair = named_pair(analysis, sent, cue.start + sent.start, _valid_party)
    return list(pair) if pair else []


_LEADERS_BACK = 3


def _last_two_leaders(analysis: Analysis, sent: Sentence) -> list[Actor]:
    """'The Prime Minister spoke to President X ... Both leaders agreed that...': 'both leaders' are
    the last two people of different states the sentences before named, not a pair of states."""
    earlier = [s for s in analysis.sentences if s.index < sent.index][-_LEADERS_BACK:]
    found: list[Actor] = []
    for prior in reversed(earlier):
        for mention in reversed(prior.actors):
            actor = mention.actor
            if _valid_party(actor) and _is_person(analysis, mention) \
                    and all(a.country != actor.country for a in found):  # type: ignore[union-attr]
                found.append(actor)  # type: ignore[arg-type]
            if len(found) == 2:
                return found[::-1]
    return []


# 'the plant' and 'the station' name a nuclear plant said again: in a story that names nothing nuclear
# they are a factory, a railway or a broadcaster, and no position on nuclear safety
_NUCLEAR_STORY = re.compile(r"\b(?:nuclear|atomic|reactors?|z?npp|iaea|uranium|enrich\w*|centrifuges?"
                            r"|radiation|chornobyl|chernobyl)\b", re.IGNORECASE)


def find_positions(analysis: Analysis) -> list[Record]:
    """Every party's demand, offer, acceptance or rejection on an issue, one record per
    (party, issue, stance) per article; the first sentence that states it is the evidence."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    nuclear = _NUCLEAR_STORY.search(analysis.article.text) is not None
    for sent in analysis.sentences:
        for record in _sentence_positions(analysis, sent):
            party = record.fields["party"] or {}
            key = (party.get("country"), record.fields["issue"], record.fields["stance"])
            if record.fields["issue"] == "nuclear_safety" and not nuclear:
                continue
            if key not in seen:
                seen.add(key)
                out.append(record)
    return add_direction(analysis, out)

"""Position candidates: every (party, issue) pair a sentence could state, with sparse parse features.

The position rules read a stance only where a cue and a party line up in ways the rules know; the
English they miss is varied ('the harbour stays shut until the blockade ends', 'our answer to any
truce talk is no').
A trained reader looks wider: for each sentence it pairs each party the sentence could speak for
(its attributed speaker, the actors its clauses name, the speaker of the sentence before when this
one goes on with the statement) with each issue the issue lexicon reads in it, and describes the
pair by how the clause around the issue reads (its head and modal, a denial, a condition) and by
what the rules made there. Nothing here names an article's entity: the features are lemmas, labels,
issue ids and the rules' own cues.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from detente.extract import positions as pos
from detente.models import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.models import Record
    from detente.nlp.core import ActorMention, Analysis, Sentence

MODALS = frozenset({"could", "would", "may", "might", "should", "can", "must", "will", "shall"})
MARKERS = frozenset({"until", "unless", "if", "only", "never", "without", "before", "once", "no",
                     "not", "ready", "need", "want", "must", "cannot", "demand", "insist", "refuse"})
FIRST_PERSON = frozenset({"we", "i", "our", "us", "my"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
QUOTE_MARKS = ('"', "\u201c", "\u201d")


@dataclass
class PositionCandidate:
    """One (party, issue) pair of a sentence, with its features and the rules' stance there (if any)."""

    sentence: int
    party: Actor
    issue: str
    detail: str
    features: dict[str, float] = field(default_factory=dict)
    ruled: str | None = None


def _party_key(actor: Actor | None) -> str | None:
    return actor.country if actor is not None and actor.country else None


def rule_index(analysis: Analysis, records: Iterable[Record]) -> dict[tuple[int, str, str], str]:
    """(sentence index, country, issue) -> the stance the rules gave it, for the features."""
    starts = {s.start: s.index for s in analysis.sentences}
    out: dict[tuple[int, str, str], str] = {}
    for record in records:
        party = record.fields.get("party") or {}
        at = starts.get(record.evidence.start) if record.evidence is not None else None
        if at is not None and party.get("country"):
            out.setdefault((at, party["country"], record.fields["issue"]), record.fields["stance"])
    return out


def _mention_token(sent: Sentence, mention: ActorMention) -> Token | None:
    """The token that heads a mention (its head lies outside the mention); mentions carry article
    offsets."""
    if sent.span is None:
        return None
    inside = [t for t in sent.span if mention.start <= t.idx < mention.end]  # article offsets
    outside = [t for t in inside if not (mention.start <= t.head.idx < mention.end) or t.head.i == t.i]
    return (outside or inside or [None])[0]


def _role(tok: Token | None) -> str:
    """A mention's role in its clause: its label, or its owner's for a modifier ('Russian demands')."""
    if tok is None:
        return "none"
    if tok.dep_ in ("compound", "amod", "poss") and tok.head.i != tok.i:
        return f"{tok.dep_}>{tok.head.dep_}"
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return "agent"
    return tok.dep_


def _speaker(analysis: Analysis, sent: Sentence) -> Actor | None:
    attribution = sent.attribution or pos._quote_attribution(analysis, sent)
    return attribution.speaker if attribution is not None else None


def parties(analysis: Analysis, sent: Sentence) -> dict[str, tuple[Actor, set[str]]]:
    """Each country the sentence could state a position for, with its actor and roles."""
    found: dict[str, tuple[Actor, set[str]]] = {}

    def add(actor: Actor | None, role: str) -> None:
        if not pos._valid_party(actor) or (key := _party_key(actor)) is None:
            return
        held = found.setdefault(key, (actor, set()))  # type: ignore[arg-type]
        held[1].add(role)

    speaker = _speaker(analysis, sent)
    add(speaker, "speaker")
    for mention in sent.actors:
        tok = _mention_token(sent, mention)
        add(mention.actor, f"dep={_role(tok)}")
        add(mention.actor, f"how={mention.how}")
        if tok is not None and tok.dep_ in SUBJECT_DEPS:
            add(mention.actor, "subject")
    if speaker is None and sent.index > 0:
        before = analysis.sentences[sent.index - 1]
        if before.paragraph == sent.paragraph or sent.text.lstrip().startswith(QUOTE_MARKS):
            add(_speaker(analysis, before), "prev_speaker")
    return found


def _governor(tok: Token) -> Token:
    """The nearest verb or adjective above a token (the clause the issue is named in)."""
    for gov in [tok, *tok.ancestors]:
        if gov.pos_ in ("VERB", "AUX", "ADJ") and gov.i != tok.i:
            return gov
    return tok.sent.root


def _clause(verb: Token) -> set[str]:
    """Modal, denial and the lemma of a clause head."""
    names = {f"lemma={verb.lemma_.lower()}", f"pos={verb.pos_}"}
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            names.add(f"modal={child.lower_}")
        if child.dep_ == "neg" or child.lower_ in ("never", "no"):
            names.add("neg")
        if child.dep_ == "mark":
            names.add(f"mark={child.lower_}")
    return names


def _path(tok: Token, steps: int = 3) -> set[str]:
    """How the issue is governed: the lemmas of the verbs above it (nearest first), a denial on
    the way, and the words just before it ('no', 'full', 'until')."""
    names: set[str] = set()
    verbs = [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX", "ADJ")][:steps]
    for k, verb in enumerate(verbs, 1):
        names |= {f"up{k}={verb.lemma_.lower()}", f"up={verb.lemma_.lower()}"}
        if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in verb.children):
            names.add(f"path_neg={k}")
    for before in tok.doc[max(tok.sent.start, tok.i - 3):tok.i]:
        names.add(f"before={before.lemma_.lower()}")
    return names


def _setting(tok: Token, gov: Token, root: Token) -> set[str]:
    """Where the issue stands in the sentence: the preposition it hangs from ('after a truce' is a
    time, 'for a truce' a goal), the tense of its clause and of the sentence, and whether it lies in
    what a speech verb reports."""
    names = {f"gov_tag={gov.tag_}", f"root_tag={root.tag_}"}
    if tok.dep_ == "pobj" or (tok.head.dep_ == "pobj" and tok.dep_ in ("compound", "amod")):
        prep = tok.head if tok.dep_ == "pobj" else tok.head.head
        names.add(f"issue_prep={prep.lower_}")
    reported = any(a.dep_ in ("ccomp", "xcomp") and a.head.i == root.i for a in [tok, *tok.ancestors])
    names.add(f"reported={reported}")
    return names


def _subject_chain(tok: Token, heads: dict[int, str | None]) -> list[str]:
    """The countries that are subjects of the clauses above the issue, nearest clause first: the
    nearest one is the likeliest holder ('Kyiv demands that Moscow withdraw troops' has Moscow nearest,
    Kyiv next)."""
    chain: list[str] = []
    for verb in tok.ancestors:
        for child in verb.children:
            country = heads.get(child.i)
            if child.dep_ in SUBJECT_DEPS and country and country not in chain:
                chain.append(country)
    return chain


def _quoted(sent: Sentence, offset: int) -> bool:
    return sum(sent.text[:offset].count(q) for q in QUOTE_MARKS) % 2 == 1


def _issue_token(sent: Sentence, start: int) -> Token | None:
    if sent.span is None:
        return None
    return next((t for t in sent.span if t.idx - sent.start >= start), None)


def sentence_candidates(analysis: Analysis, sent: Sentence, ruled: dict[tuple[int, str, str], str],
                        cue_cache: Any = None) -> list[PositionCandidate]:
    """The (party, issue) pairs of one sentence with their features."""
    if sent.span is None:
        return []
    issues: dict[str, tuple[int, int]] = {}
    for issue, start, end in pos.find_issues(sent.text):
        issues.setdefault(issue, (start, end))
    if not issues:
        return []
    held = parties(analysis, sent)
    if not held:
        return []
    cues = pos._find_cues(sent)
    root = sent.span.root
    words = {t.lower_ for t in sent.span}
    shared = {f"root|{n}" for n in _clause(root)}
    shared |= {f"cue={c.stance}" for c in cues} or {"cue=none"}
    shared |= {f"mark={w}" for w in words & MARKERS}
    shared |= {f"question={sent.text.rstrip().endswith('?')}", f"attributed={sent.attribution is not None}",
               f"rules_sentence={any(k[0] == sent.index for k in ruled)}"}
    first_quoted = any(t.lower_ in FIRST_PERSON and _quoted(sent, t.idx - sent.start) for t in sent.span)
    shared.add(f"first_person_quoted={first_quoted}")
    heads = {t.i: _party_key(m.actor) for m in sent.actors if (t := _mention_token(sent, m)) is not None}
    out = []
    for issue, (start, end) in issues.items():
        tok = _issue_token(sent, start)
        gov = _governor(tok) if tok is not None else root
        near = [c for c in cues if c.end <= start]
        cue_near = near[-1] if near else None
        local = {f"issue={issue}", f"issue_dep={tok.dep_ if tok is not None else 'none'}",
                 f"quoted={_quoted(sent, start)}", f"gov_is_root={gov.i == root.i}"}
        local |= {f"gov|{n}" for n in _clause(gov)}
        if cue_near is not None:
            local |= {f"near_cue={cue_near.stance}", f"near_cue|issue={cue_near.stance}|{issue}",
                      f"near_cue_words={sent.text[cue_near.start:cue_near.end].lower()}"}
        subjects = {_party_key(m.actor) for m in sent.actors
                    if (t := _mention_token(sent, m)) is not None and t.dep_ in SUBJECT_DEPS
                    and t.head.i == gov.i}
        local |= _path(tok) if tok is not None else set()
        local |= _setting(tok, gov, root) if tok is not None else set()
        chain = _subject_chain(tok, heads) if tok is not None else []
        for country, (actor, roles) in held.items():
            names = shared | local | {f"role={r}" for r in roles}
            names |= {f"sector={actor.sector}", f"gov_subject={country in subjects}",
                      f"gov_other_subject={bool(subjects - {country})}", f"is_speaker={'speaker' in roles}"}
            for held_as in ("speaker", "subject", "prev_speaker"):
                if held_as in roles:
                    names |= {f"{held_as}|{n}" for n in local
                              if n.startswith(("gov|", "near_cue=", "issue=", "reported=", "quoted="))}
            if country in subjects:
                names |= {f"gov_subject|{n}" for n in local if n.startswith(("gov|", "near_cue="))}
            rank = chain.index(country) + 1 if country in chain else 0
            names |= {f"chain_rank={min(rank, 3)}", f"chain_first={bool(chain) and chain[0] == country}"}
            if rank:
                names |= {f"chain_rank={min(rank, 3)}|{n}" for n in local
                          if n.startswith(("up1=", "path_neg"))}
            stance = ruled.get((sent.index, country, issue))
            names |= {f"rules_here={stance}", f"rules_here={stance}|{issue}"}
            names.add(f"rules_party={any(k[0] == sent.index and k[1] == country for k in ruled)}")
            out.append(PositionCandidate(sent.index, actor, issue, sent.text[start:end],
                                         dict.fromkeys(names, 1.0), stance))
    return out


def candidates(analysis: Analysis, records: list[Record]) -> list[PositionCandidate]:
    """Every sentence's (party, issue) candidates, given the rules' records of the article."""
    ruled = rule_index(analysis, records)
    out: list[PositionCandidate] = []
    for sent in analysis.sentences:
        out += sentence_candidates(analysis, sent, ruled)
    return out

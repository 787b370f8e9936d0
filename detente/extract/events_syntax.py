"""Dependency-parse helpers for the events extractor: subjects, objects, negation and modality.

Each helper reads a spaCy token's neighbourhood and nothing else, so the rules can be tested on
single sentences.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from detente.extract.events_lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = ("dobj", "dative", "oprd", "attr")
TARGET_PREPS = ("on", "against", "at", "with", "to", "into", "toward", "towards", "upon", "of")
LOCATIVE_PREPS = ("in", "near", "at", "on", "over", "across", "outside", "around", "inside", "into", "from")
# how far up the parse an embedded clause still belongs to its governor
CHAIN_DEPS = ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acomp")
SHARED_SUBJECT_PREPS = ("without", "by", "after")
"""'left without signing', 'responded by sending', 'after meeting': the gerund's doer is the verb's."""
FACT_MARKS = ("after", "because", "since", "as", "when", "while")
"""Adverbial clauses that tell what happened (time, cause), whatever the main verb asks or denies."""
CONDITION_DEPS = ("xcomp", "conj", "ccomp", "advcl", "pcomp", "pobj", "prep")
FUTURE_MODIFIERS = ("planned", "proposed", "upcoming", "possible", "potential", "expected", "future", "next",
                    "prospective", "envisaged", "mooted")


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and not token.tag_.startswith("VB")


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def child_lemmas(token: Token, deps: tuple[str, ...] | None = None) -> set[str]:
    return {lemma(c) for c in token.children if deps is None or c.dep_ in deps}


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject and whether it is passive, climbing through xcomp, conj and participles."""
    for _ in range(6):
        # the subject nearest the verb: a dateline the parser also hangs on it ('KYIV, Ukraine (AP) - A
        # Russian attack killed...') stands further off
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            child = min(subjects, key=lambda c: abs(c.i - verb.i))
            return past_dateline(child), child.dep_ == "nsubjpass"
        if _finite_conj_of_infinitive(verb):
            verb = verb.head.head  # 'X urged Y to talk and pledged help': 'pledged' shares X, not Y
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
            return verb.head, verb.tag_ == "VBN"
        controller = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        if controller and verb.head.i != verb.i:
            return controller[0], False  # object control: 'prompted Orban to lash out', 'urged Kyiv to talk'
        shared = verb.dep_ == "pcomp" and lemma(verb.head) in SHARED_SUBJECT_PREPS
        if shared and verb.head.dep_ == "prep" and is_verb(verb.head.head):
            verb = verb.head.head  # 'left without signing', 'responded by sending': the same doer
            continue
        if _short_of(verb):
            verb = verb.head.head.head  # 'stopped short of approving'
            continue
        # a participle or a purpose infinitive ('took to X to demand') shares the main verb's subject
        climbs = verb.dep_ in ("xcomp", "conj", "acomp") or (verb.dep_ == "advcl" and (verb.tag_ == "VBG"
                                                                                       or has_to(verb)))
        if not climbs or verb.head.i == verb.i:
            return None, False
        verb = verb.head
    return None, False


DASHES = ("—", "–", "--", "-")


def past_dateline(subject: Token) -> Token:
    """'KYIV, Ukraine (AP) — U.S. Defense Secretary Lloyd Austin accused Russia...': when the parser makes
    a wire dateline (capitals opening the sentence, then a dash) the subject and hangs the real one on
    it, the doer is the name after the dash."""
    if subject.i != subject.sent.start or not subject.text.isupper() or len(subject.text) < 3:
        return subject
    dash = next((c for c in subject.children if c.dep_ == "punct" and c.text in DASHES), None)
    after = [c for c in subject.children if c.dep_ == "appos" and dash is not None and c.i > dash.i]
    return after[-1] if after else subject


def _finite_conj_of_infinitive(verb: Token) -> bool:
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ in ("VB", "VBG")
            and head.dep_ == "xcomp" and head.head.i != head.i)


def _short_of(verb: Token) -> bool:
    """'stopped/fell short of approving': the parser hangs 'of' on 'short', itself on the verb."""
    short = verb.head.head
    return (verb.dep_ == "pcomp" and lemma(verb.head) == "of" and short.lower_ == "short"
            and is_verb(short.head) and short.head.i != short.i)


def agent_of(verb: Token) -> Token | None:
    """The 'by X' of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and lemma(child) == "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def direct_objects(token: Token) -> list[Token]:
    """Objects of a verb, with their conjuncts ('prisoners and bodies')."""
    found = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            found.append(child)
            found.extend(c for c in child.conjuncts)
    return found


def prep_objects(token: Token, preps: tuple[str, ...] = TARGET_PREPS) -> Iterator[Token]:
    for child in token.children:
        # 'sent systems to Ukraine': the parser may call the recipient's 'to' a dative
        preposition = child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP")
        if preposition and lemma(child) in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj


def governors(token: Token) -> Iterator[Token]:
    """Heads that govern the token's clause (an xcomp's verb, a preposition's verb...)."""
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return
        dep = current.dep_
        base_conj = dep == "conj" and (current.tag_ in ("VB", "VBG") or is_noun(current))
        if dep not in CHAIN_DEPS and not base_conj:
            return
        if dep == "advcl" and any(c.dep_ == "mark" and lemma(c) in FACT_MARKS for c in current.children):
            return  # 'requested talks after jets violated its airspace': the 'after' clause happened
        current = current.head
        yield current


HEDGE_ADVERBS = ("allegedly", "possibly", "perhaps", "maybe", "supposedly", "purportedly")


def is_hedged_adverb(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in verb.children)


def has_aux(verb: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in verb.children)


def has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def is_conditional(verb: Token, lex: Lexicon) -> bool:
    """Inside an if/unless clause (at the verb or up its chain)."""
    current = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and lemma(c) in lex.conditional_marks for c in current.children):
            return True
        if _inverted(current):
            return True
        if current.dep_ not in CONDITION_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


INVERTING_AUX = ("had", "were", "should")


def _inverted(verb: Token) -> bool:
    """'Had Kyiv taken the plant...', 'Were Moscow to strike...', 'Should talks fail...': an auxiliary
    (or 'were' itself) put just before the subject of a dependent clause is an 'if' without the word.
    A main clause so ordered is a question, not a condition."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or verb.dep_ == "ROOT":
        return False
    first = min(subjects, key=lambda c: c.i)
    fronted = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.lower_ in INVERTING_AUX and t.i == first.left_edge.i - 1 for t in fronted)


def is_negated(anchor: Token, trigger: Token, lex: Lexicon) -> bool:
    """'not', 'never', 'neither side', 'no talks', 'failed to', 'without a deal'."""
    for tok in (anchor, trigger):
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if is_noun(tok) and any(c.dep_ == "det" and lemma(c) == "no" for c in tok.children):
            return True
    subject, _ = subject_of(anchor)
    if subject is not None:
        if lemma(subject) in ("neither", "none", "nobody", "nothing"):
            return True
        if any(c.dep_ in ("det", "preconj") and lemma(c) in ("no", "neither") for c in subject.children):
            return True
    if trigger.dep_ == "pobj" and lemma(trigger.head) == "without":
        return True
    if anchor.dep_ == "pcomp" and lemma(anchor.head) == "without":
        return True  # 'left without signing the deal'
    if _short_of(anchor):
        return True
    # 'failed to agree', 'were unable to agree', 'refrained from striking', 'stopped short of approving',
    # 'has yet to sign'
    return any(lemma(g) in lex.fail_verbs or _not_yet(g) or (lemma(g) in ("stop", "fall") and any(
               c.lower_ == "short" for c in g.children)) for g in governors(anchor))


def _not_yet(governor: Token) -> bool:
    """'has yet to sign', 'is yet to be ratified': what is still awaited has not happened."""
    return lemma(governor) in ("have", "be") and any(c.lower_ == "yet" and c.dep_ == "advmod"
                                                      for c in governor.children)


def noun_is_planned(noun: Token) -> bool:
    """'the planned talks', 'a possible meeting'."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in FUTURE_MODIFIERS for c in noun.children)


def puts_forward(verb: Token) -> bool:
    """'put forward a plan', 'have put forward demands': a phrasal verb that makes its object noun,
    as a light verb does."""
    return lemma(verb) == "put" and any(c.lower_ == "forward" for c in verb.children)


def in_subtree(token: Token, root: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i

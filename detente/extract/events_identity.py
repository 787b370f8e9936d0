"""Whether a sentence tells one more act or the last act again.

News tells one act over several sentences ("Russian missiles struck Dnipro. The attack killed nine."),
and `events.same_event` folds such tellings into one record. But English also marks a further act of
the same kind between the same sides: "He also called for the release of prisoners", "Troops also
stormed a village", "A further 20 prisoners were freed in exchange", "a separate strike killed two".
Those are not retellings: the annotation guide wants every distinct act. A definite event noun or
weapon as the doer ("the attack also damaged a hospital", "the drones also hit a school") still points
back at the act already told.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from detente.extract.events_lexicon import Lexicon
from detente.extract.positions import main_issue
from detente.models import Record
from detente.nlp.core import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

FURTHER_ADVERBS = frozenset({"also"})
FURTHER_ADJECTIVES = frozenset({"further", "additional", "separate"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
SUBJECTS = ("nsubj", "nsubjpass")

__all__ = ["about_another_issue", "lend_sides", "names_a_party", "tells_further"]


def tells_further(sentence: Sentence, lex: Lexicon) -> bool:
    """The sentence marks its act as one more ('also', 'a further N', 'a separate N'), on the act's
    own verb or on the verb that reports it, and its doer is not the act already told."""
    if sentence.span is None:
        return False
    acts = lex.trigger_lemmas | lex.speech_verbs
    for tok in sentence.span:
        word = tok.lower_
        if word in FURTHER_ADVERBS and tok.dep_ == "advmod" and tok.head.lemma_.lower() in acts:
            if not _points_back(tok.head, lex):
                return True
        elif word in FURTHER_ADJECTIVES and tok.dep_ == "amod" and _counted_more(tok.head):
            return True
    return False


def _counted_more(noun: Token) -> bool:
    """'a further 31 prisoners', 'a separate strike': one more of something, told indefinitely
    ('the separate talks' may name talks already told)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _points_back(verb: Token, lex: Lexicon) -> bool:
    """'The attack also damaged...', 'the drones also hit...': a definite act or weapon as the doer is
    the act told before, seen again."""
    weapons = set().union(*lex.modes.values())
    for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
        lemma = subject.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children)
        if definite and (lemma in lex.nouns or lemma in weapons):
            return True
        if subject.lower_ == "it":
            return True
    return False


def names_a_party(record: Record) -> bool:
    """Only an act with a doer or a target named can be a further act; a nameless reading ('31 wounded
    prisoners') is a figure of an act already told."""
    return record.fields["actor"] is not None or record.fields["target"] is not None


def lend_sides(told: Record, further: Record, article_id: str, spoken: bool) -> None:
    """'The RSF shelled a camp ... RSF fighters also stormed another': a further act of the same kind is
    between the sides already told, where it names no side of its own (never its place, day or figures).
    An act in words (`spoken`) takes only its doer: 'also called for funding for its schools' is
    addressed to no one the earlier demand was."""
    keys = (("actor", "target"),) if spoken else (("actor", "target"), ("target", "actor"))
    for key, other in keys:
        lent = told.fields[key]
        if further.fields[key] is None and lent is not None and lent != further.fields[other]:
            further.fields[key] = lent
    further.assign_id(article_id)


ISSUE_ACTS = frozenset({"REQUEST", "AGREE", "REJECT", "SUPPORT", "THREATEN", "ACCUSE"})
"""Acts in words: what they are about tells one from another."""


def about_another_issue(told: Record, later: Record, issues: dict[int, str | None]) -> bool:
    """'Ukraine asked for a meeting of the leaders ... Kyiv had come asking for a ceasefire': two acts
    in words by the same sides, told in sentences that name different issues, are two acts (a ceasefire
    asked for is not the meeting asked for), though a retelling in other words joins its first telling.
    `issues` keeps each record's issue, read once from its sentence."""
    if told.fields["type"] not in ISSUE_ACTS or told.evidence.text == later.evidence.text:
        return False
    first, second = (_issue_of(r, issues) for r in (told, later))
    return first is not None and second is not None and first != second


def _issue_of(record: Record, issues: dict[int, str | None]) -> str | None:
    if id(record) not in issues:
        issues[id(record)] = main_issue(record.evidence.text)
    return issues[id(record)]

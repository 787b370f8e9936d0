"""Small pure rules the actor resolver applies over a parsed Doc: quotation ranges, clause subjects,
organisations named after a country word, and a country word modifying an action noun.

Decision on a state used as a noun modifier: a country word (name or adjective) before a noun does
not act ("Russian oil", "the Ukraine war", "Kyiv talks") unless the noun is an institution or force
("a Russian drone", "Ukrainian troops": that state's military, resolved through titles) or an action
the state performs ("a U.S. request", "French mediation", "the EU sanctions package": the state,
as the one requesting, mediating, sanctioning). Actions are listed in actors.jsonl ("action_nouns").
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.models import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUOTE_OPEN, QUOTE_CLOSE = "“«", "”»"
MAX_ORG_WORDS = 6


@dataclass
class Cand:
    """A candidate mention: token range, actor, how it was found, person/group/org, priority."""

    start: int
    end: int
    actor: Actor
    how: str
    kind: str
    prio: int = 0


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotation marks, paired within each paragraph."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for pos, char in enumerate(text):
        if char == "\n" and text[pos + 1:pos + 2] == "\n":
            start = None
        elif char in QUOTE_OPEN or (char == '"' and start is None):
            start = pos
        elif (char in QUOTE_CLOSE or char == '"') and start is not None:
            out.append((start, pos + 1))
            start = None
    return out


def inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    """True when `pos` falls strictly inside one of the sorted, disjoint `ranges`."""
    k = bisect_right(ranges, (pos, 1 << 62)) - 1
    return k >= 0 and ranges[k][0] < pos < ranges[k][1]


def subject_of_same_verb(root: Token, pronoun: Token) -> bool:
    """"Macron thanked him": the subject of the verb an object pronoun hangs from is not its referent."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return root.dep_ in ("nsubj", "nsubjpass") and root.head == verb


def capitalised_org(doc: Doc, end: int, stop: set[int]) -> int | None:
    """End of the capitalised name right after a country word ("Latvian | Constitutional Court",
    "Nigerian | Union of Teachers"), stopping at titles, known names and lower-case words."""
    j = end
    while j < len(doc) and j - end < MAX_ORG_WORDS and j not in stop and doc[j].is_alpha \
            and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"):
        j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].text[:1].isupper() and j > end:
            j += 1
    while j > end and doc[j - 1].lower_ == "of":
        j -= 1
    return j if j > end else None


def acts_on(span: Span, action_nouns: frozenset[str]) -> bool:
    """"a U.S. request", "French mediation", "EU sanctions": the country word modifies an action."""
    root = span.root
    if root.dep_ not in ("compound", "amod", "nmod") or root.head.i < span.end:
        return False
    doc = span.doc   # "the EU sanctions package": a flat compound, any noun of it may be the action
    return any(doc[k].lemma_.lower() in action_nouns for k in range(span.end, root.head.i + 1))


def is_subject(root: Token) -> bool:
    """The subject, or a name set beside it: "Turkey's foreign minister Hakan Fidan met ..." has the
    title as parsed subject and the name as its apposition, and the name is who acts."""
    subjects = ("nsubj", "nsubjpass")
    return root.dep_ in subjects or (root.dep_ == "appos" and root.head.dep_ in subjects)

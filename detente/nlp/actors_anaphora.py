"""Bare definite titles read as anaphora: "the president", "the foreign minister", "the envoy".

News prose names a person once and then refers back to them by office: "Macron met Scholz in Paris.
The president said ...", "Lavrov arrived in Ankara on Monday. The minister told reporters ...". A
title with "the" and no country word ("the Ukrainian president" names its own holder) therefore
means the latest person named before it, in its paragraph or the three before, who holds that office
on the article's date; a title read this way counts as naming its holder again, so a chain of
"the prime minister ... the prime minister" paragraphs apart keeps pointing at the one person;
within one sentence the subject outranks an object ("Zelensky met Trump. The president said" is
read from the sentence's subject only when it holds the office too).
A person named only inside someone's quotation is the speaker's referent, not the narration's, so
is no antecedent ('... "Putin is not bluffing," the prime minister said. The president ...' still
means the president the narration named). Inside a quotation the speaker's own frame applies
("the president has ordered ..." said by a minister is the minister's president, not whoever the
narration named last), so quoted titles are left to the ordinary reading.
With no such person the resolver falls back to the office's only holder (the pope) or the holder in
the state the article is about.
"""
from __future__ import annotations

import re
from bisect import bisect_right, insort
from datetime import date
from typing import TYPE_CHECKING

from detente.models import Actor
from detente.nlp.actor_titles import LEADER_ROLES, Title
from detente.nlp.actors_dictionary import Dictionary, Person
from detente.nlp.actors_rules import Cand, inside, is_subject, quoted_ranges
from detente.nlp.doc_reads import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOOK_BACK_PARAGRAPHS = 3
NOT_ANAPHORIC = frozenset({"counterpart", "head"})   # "his counterpart", "the head of ..." need an owner
SUBJECTS = ("nsubj", "nsubjpass")


def bare_title(doc: Doc, title: Title) -> bool:
    """"the president", "the foreign minister": a singular office after "the", with no owner."""
    if title.country is not None or title.role is None or title.inst is not None or title.org is not None:
        return False
    if title.not_holder or title.role.key in NOT_ANAPHORIC or title.start == 0:
        return False
    head = doc[title.end - 1]
    after = doc[title.end].lower_ if title.end < len(doc) else ""
    return doc[title.start - 1].lower_ == "the" and head.tag_ not in ("NNS", "NNPS") \
        and after not in ("of", "'s", "’s")


def holds(person: Person, role: str, when: date) -> bool:
    """Whether `person` holds `role` on `when`; "leader" is any head of state or government and
    "minister"/"spokesperson" any office of that kind."""
    for held in person.holdings:
        if not ((held.start is None or held.start <= when) and (held.end is None or when < held.end)):
            continue
        if held.role == role or (role == "leader" and held.role in LEADER_ROLES) \
                or (role == "minister" and held.role.endswith(" minister") and "prime" not in held.role) \
                or (role == "spokesperson" and held.role.endswith("spokesperson")):
            return True
    return False


def resolve_bare_titles(doc: Doc, titles: list[Title], chosen: list[Cand], d: Dictionary,
                        when: date) -> tuple[list[Cand], list[Title]]:
    """Mentions for the bare titles whose holder was named shortly before; the rest are returned."""
    from detente.nlp.core import paragraph_starts

    text = doc_text(doc)
    paras = paragraph_starts(text)
    quoted = quoted_ranges(text)
    people = sorted((c for c in chosen if c.kind == "person" and c.actor.name in d.persons
                     and not inside(quoted, doc[c.start].idx)), key=lambda c: c.start)
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out: list[Cand] = []
    left: list[Title] = []
    for title in sorted(titles, key=lambda t: t.start):
        if taken.intersection(range(title.start, title.end)):
            continue
        if inside(quoted, doc[title.start].idx):
            left.append(title)
            continue
        assert title.role is not None
        para = bisect_right(paras, doc[title.start].idx)
        found = None
        for cand in reversed([c for c in people if c.end <= title.start]):
            if para - bisect_right(paras, doc[cand.start].idx) > LOOK_BACK_PARAGRAPHS:
                break
            if holds(d.persons[cand.actor.name], title.role.key, when):
                found = _subject_first(doc, people, cand, title.role.key, d, when)
                break
        if found is None:
            left.append(title)
            continue
        back = Cand(title.start, title.end, found.actor, "title", "person", prio=2)
        out.append(back)
        insort(people, back, key=lambda c: c.start)   # the next "the minister" may point back to this one
    return out, left


def _subject_first(doc: Doc, people: list[Cand], cand: Cand, role: str, d: Dictionary, when: date) -> Cand:
    """"Zelensky met Macron. The president ..." : an earlier subject of the same sentence who holds
    the office outranks the object named after it."""
    if is_subject(doc[cand.start:cand.end].root):
        return cand
    sent = doc[cand.start].sent
    for other in people:
        if sent.start <= other.start < cand.start and is_subject(doc[other.start:other.end].root) \
                and holds(d.persons[other.actor.name], role, when):
            return other
    return cand


ENEMY_WORDS = frozenset({"enemy", "adversary"})
SIDES = {"RUS": "UKR", "UKR": "RUS"}


def enemy_mentions(doc: Doc, chosen: list[Cand], d: Dictionary, speech: frozenset[str]) -> list[Cand]:
    """"the enemy" and "enemy drones" are the forces opposing whoever reports them: "Ukraine's air force
    said the enemy launched 40 drones" is Russia, "Russia's defence ministry said enemy drones were
    downed" is Ukraine. The reporter is the subject of the speech verb the clause hangs from (or that
    hangs from it: "The enemy shelled the town, the governor said"); with no reporter of one of the
    war's two sides, nothing is read."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    by_token = {i: c for c in chosen for i in range(c.start, c.end)}
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in ENEMY_WORDS or tok.i in taken or tok.tag_ in ("NNS", "NNPS") \
                or not (tok.is_lower or tok.is_sent_start):
            continue
        if not (tok.dep_ in ("amod", "compound") or (tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "our"))):
            continue
        reporter = _reporter(tok, by_token, speech)
        side = SIDES.get(reporter.actor.country or "") if reporter is not None else None
        if side is not None and side in d.polities:
            out.append(Cand(tok.i, tok.i + 1, Actor(d.polities[side]["name"], side, "MIL"), "group", "group"))
    return out


def _reporter(tok: Token, by_token: dict[int, Cand], speech: frozenset[str]) -> Cand | None:
    """The mention that is subject of the speech verb above `tok`, or of one attached to its clause."""
    verbs = list(tok.ancestors)
    root = verbs[-1] if verbs else tok
    verbs += [c for c in root.children if c.lemma_ in speech and c.dep_ in ("parataxis", "ccomp", "advcl")]
    for verb in verbs:
        if verb.lemma_ not in speech:
            continue
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i in by_token:
                return by_token[child.i]
            if child.dep_ in ("nsubj", "nsubjpass"):
                inner = [by_token[t.i] for t in child.subtree if t.i in by_token]
                if inner:
                    return inner[0]
    return None


def resolve_by_source(doc: Doc, titles: list[Title], chosen: list[Cand], d: Dictionary, when: date,
                      speech: frozenset[str], sender: str | None = None) -> tuple[list[Cand], list[Title]]:
    """"Downing Street said the Prime Minister spoke to ...", a readout headed "From: ... 10 Downing
    Street": a bare title that names no one earlier is the office's holder in the state whose seat of
    government the article gives as its source, and only when it gives exactly one such state (a
    seat merely mentioned, or seats of two states, fix nothing); the rest are returned."""
    if not titles:
        return [], titles   # most articles: nothing left to resolve, so no source is looked for
    state = source_state(doc, chosen, d, speech) or _seat_state(sender or "", d)
    if state is None:
        return [], titles
    out: list[Cand] = []
    left: list[Title] = []
    quoted = quoted_ranges(doc_text(doc))
    for title in titles:
        assert title.role is not None
        key = d.polities[state].get("leader", "president") if title.role.key == "leader" else title.role.key
        holder = None if inside(quoted, doc[title.start].idx) else d.holder(state, key, when)
        if holder is None:
            left.append(title)
            continue
        out.append(Cand(title.start, title.end, holder, "title", "person", prio=2))
    return out, left


def source_state(doc: Doc, chosen: list[Cand], d: Dictionary, speech: frozenset[str]) -> str | None:
    """The one state whose seat of government speaks for the article: the subject of a speech verb
    ("the White House said"), the sender of a readout ("From: Prime Minister's Office, 10 Downing
    Street", "a readout from the Elysee", "according to the Kremlin")."""
    states = {c.actor.country for c in chosen if c.actor.country in d.polities and _seat(doc, c, d)
              and _as_source(doc, c, speech)}
    return states.pop() if len(states) == 1 else None


def _seat_state(sender: str, d: Dictionary) -> str | None:
    """The one state whose seat of government a sender line names ("Prime Minister's Office, 10
    Downing Street", "Press service of the Kremlin"); None when it names none or several."""
    low = f" {sender.lower()} "
    states = {c for c, row in d.polities.items() for s in row.get("seats", [])
              if re.search(rf"\b{re.escape(s.removeprefix('the ').lower())}\b", low)}
    return states.pop() if len(states) == 1 else None


def _seat(doc: Doc, cand: Cand, d: Dictionary) -> bool:
    """"Downing Street", "the Kremlin": the mention is one of its state's seats of government."""
    text = doc[cand.start:cand.end].text.removeprefix("the ").lower()
    seats = d.polities[cand.actor.country or ""].get("seats", [])
    return any(text == s.removeprefix("the ").lower() for s in seats)


def _as_source(doc: Doc, cand: Cand, speech: frozenset[str]) -> bool:
    """The mention is who speaks: subject of a speech verb, or named by 'readout from', 'according
    to', 'statement from' or a header line 'From: ...'."""
    root = doc[cand.start:cand.end].root
    while root.dep_ == "conj" and root.head != root:   # "Downing Street and the Elysee said"
        root = root.head
    if root.dep_ in SUBJECTS and root.head.lemma_ in speech:
        return True
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[cand.start].idx) + 1
    if text[line_start:line_start + 5].lower() == "from:":
        return True
    before = {t.lower_ for t in doc[max(0, cand.start - 3):cand.start]}
    return "according" in before or ("from" in before and bool(before & {"readout", "statement"}))


# "MS KOVAL:", "MR. DUARTE (via video):", "MINISTER OKAFOR:": a transcript line opens with who speaks
SPEAKER_LABEL = re.compile(r"(?:(?:MR|MS|MRS|DR|SECRETARY|MINISTER|AMBASSADOR|GENERAL)\.?\s+)?"
                           r"(?:[A-Z][A-Z'’-]+\s+)?(?P<surname>[A-Z][A-Z'’-]+)(?:\s*\([^()\n]{1,40}\))?:")


def resolve_by_speaker_line(doc: Doc, titles: list[Title], d: Dictionary,
                            when: date) -> tuple[list[Cand], list[Title]]:
    """"MS KOVAL: ... The President has set out our terms": in a transcript line the
    labelled speaker's own frame applies, as in a quotation, so a bare title that names no one
    earlier is the office's holder in the speaker's state (the speaker must be a dictionary person
    with a state); the rest are returned."""
    if not titles:
        return [], titles
    text = doc_text(doc)
    quoted = quoted_ranges(text)
    out: list[Cand] = []
    left: list[Title] = []
    for title in titles:
        at = doc[title.start].idx
        state = None if inside(quoted, at) else _line_speaker_state(text, at, d)
        holder = None
        if state is not None and state in d.polities:
            assert title.role is not None
            key = title.role.key
            holder = d.holder(state, d.polities[state].get("leader", "president") if key == "leader" else key,
                              when)
        if holder is None:
            left.append(title)
            continue
        out.append(Cand(title.start, title.end, holder, "title", "person", prio=2))
    return out, left


def _line_speaker_state(text: str, at: int, d: Dictionary) -> str | None:
    """The state of the person a transcript label at the start of the line names, if any."""
    line_start = text.rfind("\n", 0, at) + 1
    found = SPEAKER_LABEL.match(text, line_start, at)
    if found is None:
        return None
    person = d.surnames.get((found["surname"].title(),))
    return person.actor.country if person is not None else None


"""Groups of states acting as one: coalitions, regional blocs and the common nouns that stand for them.

Three readings, each of English rather than of any one outlet:
  - a coalition with no code of its own ("the Quad", "the G7", "the E3", "the coalition of the
    willing") acts under the code of its member the article names most (ties: the first listed, its
    convenor), since the contract's country must be one state or IGO code;
  - a region's adjective before a plural noun of states or their leaders ("Western allies",
    "European capitals", "Western governments") and "the West" act as the bloc that speaks for the
    region in the war's diplomacy (data: `region_blocs`);
  - "the bloc", "the watchdog", "the agency" stand for the international organisation named last
    before them in the paragraph or the two before.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from detente.models import Actor
from detente.nlp.actors_dictionary import Dictionary
from detente.nlp.actors_rules import Cand
from detente.nlp.doc_reads import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOOK_BACK_PARAGRAPHS = 2
# nouns that also have ordinary senses ("the body was found", "a trade union"): read only as a clause's
# subject or owner, where an organisation is the likely reading
WEAK_ANAPHORS = frozenset({"union", "agency", "organisation", "organization", "body"})
PLACE_BEFORE_WEST = frozenset({"in", "to", "into", "across", "throughout", "from", "toward", "towards",
                               "around", "of"})


def with_member_country(cands: list[Cand], d: Dictionary, topic: Counter[str]) -> None:
    """Give each coalition mention the code of its member the article names most."""
    for cand in cands:
        members = d.group_members.get(cand.actor.name)
        if members and cand.actor.country is None:
            best = max(members, key=lambda m: (topic[m], -members.index(m)))
            cand.actor = Actor(cand.actor.name, best, cand.actor.sector)


def region_blocs(doc: Doc, chosen: list[Cand], d: Dictionary) -> list[Cand]:
    """"Western allies", "European capitals", "the West" → the region's bloc (NATO, EU)."""
    blocs = d.maps["region_blocs"]
    nouns = d.words["bloc_members"]
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out: list[Cand] = []
    for tok in doc:
        code = blocs.get(tok.lower_)
        if code is None or not tok.text[:1].isupper() or tok.i in taken or code not in d.polities:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in nouns and nxt.i not in taken:
            out.append(Cand(tok.i, tok.i + 2, d.government(code), "group", "group"))
            taken.update((tok.i, tok.i + 1))
        elif tok.text == "West" and _the_west(doc, tok.i):
            out.append(Cand(tok.i, tok.i + 1, d.government(code), "group", "group"))
            taken.add(tok.i)
    return out


def _the_west(doc: Doc, i: int) -> bool:
    """"the West" as an actor: not a place ("in the West"), not part of a name ("the West Bank")."""
    if i == 0 or doc[i - 1].lower_ != "the":
        return False
    if i > 1 and doc[i - 2].lower_ in PLACE_BEFORE_WEST:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() and nxt.is_alpha)


def bloc_anaphors(doc: Doc, chosen: list[Cand], d: Dictionary) -> list[Cand]:
    """"the bloc", "the watchdog" → the international organisation named last before them."""
    from detente.nlp.core import paragraph_starts

    words = d.words["bloc_anaphors"]
    paras = paragraph_starts(doc_text(doc))
    taken = {i for c in chosen for i in range(c.start, c.end)}
    igos = sorted((c for c in chosen if c.actor.sector == "IGO" and c.how != "pronoun"),
                  key=lambda c: c.start)
    out: list[Cand] = []
    for tok in doc:
        if tok.text not in words or tok.i in taken or tok.tag_ != "NN" or not _definite(doc, tok.i):
            continue
        if tok.text in WEAK_ANAPHORS and tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue
        para = bisect_right(paras, tok.idx)
        before = [c for c in igos if c.end <= tok.i
                  and para - bisect_right(paras, doc[c.start].idx) <= LOOK_BACK_PARAGRAPHS]
        if before:
            out.append(Cand(tok.i, tok.i + 1, before[-1].actor, "pronoun", "group"))
    return out


def _definite(doc: Doc, i: int) -> bool:
    """"the bloc", "the 27-nation bloc", "the UN's nuclear watchdog": "the" within three words before,
    with only modifiers (adjectives, numbers, hyphenated words) between."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if doc[k].lower_ == "the":
            return True
        if doc[k].pos_ not in ("ADJ", "NUM", "PUNCT", "NOUN", "PROPN", "PART") or doc[k].text in (",", "."):
            return False
    return False


# plural only: "Russia's ally Belarus" names the one ally right after
ALLY_NOUNS = frozenset({"allies", "partners", "backers", "supporters", "friends"})
BACKERS = {"UKR": "NATO"}   # in this war, "Ukraine's allies/partners/backers" are the Western coalition


def allies_of(doc: Doc, chosen: list[Cand], d: Dictionary) -> list[Cand]:
    """"Kyiv's allies pledged aid": X's allies are not X. The owner's mention is widened over the
    phrase and names the allies: Ukraine's backers as the Western bloc, anyone else's as an unnamed
    group without a state (better no country than the owner's)."""
    out: list[Cand] = []
    for cand in chosen:
        k = cand.end
        if k + 1 >= len(doc) or doc[k].text not in ("'s", "’s") or cand.how == "pronoun":
            out.append(cand)
            continue
        j = k + 1
        while j < len(doc) - 1 and doc[j].pos_ == "ADJ" and doc[j].is_lower and j - k <= 2:
            j += 1   # "Ukraine's closest allies"
        if doc[j].lower_ not in ALLY_NOUNS or not cand.actor.country:
            out.append(cand)
            continue
        code = BACKERS.get(cand.actor.country)
        actor = d.government(code) if code in d.polities else \
            Actor(f"{cand.actor.name}'s {doc[j].lower_}", None, None)
        out.append(Cand(cand.start, j + 1, actor, "group", "group", cand.prio))
    return out

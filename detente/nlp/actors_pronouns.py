"""Pronouns resolved to the actors named before them in the same paragraph.

he/his/him and she/her go to the latest compatible person (when the pronoun opens its paragraph
or the paragraph opens with a quotation, also to the main subject of the paragraph before: the
news pattern '"...," he said.'), they to the latest
group, it (only as the subject of a speech verb) to the latest organisation. Two guards: a pronoun
in the narration never goes to a name that only appears inside quotation marks ('Lavrov said:
"Putin is ready." He added...' is Lavrov), and an object pronoun is not the subject of its own
verb ("Macron thanked him"). A possessive stands for an actor only when what it owns could act
("his spokesman", "her government"), not "his wish".
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from detente.nlp.actors_dictionary import Dictionary
from detente.nlp.actors_rules import Cand, inside, is_subject, quoted_ranges, subject_of_same_verb
from detente.nlp.doc_reads import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUOTE_MARKS = "“\"«‘'"
PRONOUNS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "they": "group", "it": "it",
            "its": "it"}
COPULAS = ("be", "seem", "appear", "remain")
OBJECTS = ("dobj", "pobj", "dative", "iobj")


class Pronouns:
    """Pronoun mentions for a doc, given the named mentions already chosen."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.d = dictionary
        self.speech = dictionary.words["speech"]

    def resolve(self, doc: Doc, chosen: list[Cand]) -> list[Cand]:
        """he/she → latest person of the paragraph; they → latest group; it → latest org (as speaker)."""
        from detente.nlp.core import paragraph_starts

        text = doc_text(doc)
        paras = paragraph_starts(text)
        quoted = quoted_ranges(text)
        ordered = sorted(chosen, key=lambda c: c.start)
        named = {i: c for c in ordered if c.kind in ("group", "org") and c.how != "pronoun"
                 for i in range(c.start, c.end)}
        out: list[Cand] = []
        for tok in doc:
            want = PRONOUNS.get(tok.lower_)
            speaker = tok.dep_ == "nsubj" and tok.head.lemma_ in self.speech
            if want is None or not self._acting_possessive(tok):
                continue
            if want == "it":
                owner = self._clause_owner(tok, named)
                if owner is not None:   # "Moscow said it would ...", "the ministry said its forces ..."
                    out.append(Cand(tok.i, tok.i + 1, owner.actor, "pronoun", owner.kind))
                    continue
                if not speaker:
                    last = self._previous_subject(doc, tok, ordered)
                    if last is not None:
                        out.append(Cand(tok.i, tok.i + 1, last.actor, "pronoun", last.kind))
                    continue
            para = bisect_right(paras, tok.idx)
            outside = not inside(quoted, tok.idx)
            opens = tok.idx == paras[para - 1] or (outside and _opens_with_quote(text, paras[para - 1]))
            first = para - 1 if want in ("m", "f") and opens else para
            if first == para - 1 and para >= 2 and _only_quote(text, paras, para - 1):
                first = para - 2   # 'X posted a statement:' / '"..."' / 'He called on ...': past the quote
            for cand in reversed(ordered):
                if cand.start >= tok.i:
                    continue
                cand_para = bisect_right(paras, doc[cand.start].idx)
                if cand_para < first:
                    break
                if cand_para < para:
                    cand = self._main_subject(doc, ordered, cand_para, paras, quoted, want) or cand
                if outside and inside(quoted, doc[cand.start].idx):
                    continue   # words inside a quotation are not who the narration is about
                if tok.dep_ in OBJECTS and subject_of_same_verb(doc[cand.start:cand.end].root, tok):
                    continue   # "Macron thanked him": not Macron
                if self._compatible(cand, want):
                    cand = self._prefer_subject(doc, ordered, cand, want)
                    out.append(Cand(tok.i, tok.i + 1, cand.actor, "pronoun", cand.kind))
                    break
        return out

    def _clause_owner(self, tok: Token, by_token: dict[int, Cand]) -> Cand | None:
        """"Moscow said it wants talks", "The ministry said its forces advanced": it/its as the subject
        or owner in a clause under a verb whose subject is an organisation or state is that subject.
        `by_token` maps each token of a named organisation or state to its mention."""
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss") or _dummy_it(tok):
            return None
        verb = tok.head.head if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") else tok.head
        if tok.dep_ == "poss" and tok.head.dep_ not in ("nsubj", "nsubjpass"):
            verb = tok.head.head   # "Kyiv moved its troops": the verb the owned noun hangs from
            while verb.dep_ in ("prep", "pobj") and verb.head != verb:
                verb = verb.head
            subject = self._subject_of(verb, tok)
            if subject is not None and subject.i in by_token:
                return by_token[subject.i]
        while verb.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl") and verb.head != verb:
            verb = verb.head
            subject = self._subject_of(verb, tok)
            if subject is not None:
                return by_token.get(subject.i)
        return None

    @staticmethod
    def _previous_subject(doc: Doc, tok: Token, ordered: list[Cand]) -> Cand | None:
        """"The group controls most of Darfur. It is still fighting the army": "It" opening a sentence
        as its main subject continues the previous sentence's main subject when that is a state,
        group or organisation (not a person, not a phrase inside the clause)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" or not tok.is_sent_start \
                or _dummy_it(tok) or tok.lower_ != "it" or tok.i == 0:
            return None
        before = doc[tok.i - 1].sent
        if "\n\n" in doc[before.end - 1:tok.i + 1].text_with_ws:
            return None   # a new paragraph starts its own topic
        for cand in ordered:
            root = doc[cand.start:cand.end].root
            if before.start <= cand.start < before.end and root.dep_ in ("nsubj", "nsubjpass") \
                    and root.head == before.root and cand.kind in ("group", "org"):
                return cand
        return None

    @staticmethod
    def _subject_of(verb: Token, not_this: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child != not_this and child.i < not_this.i:
                return child
        return None

    def _main_subject(self, doc: Doc, ordered: list[Cand], para: int, paras: list[int],
                      quoted: list[tuple[int, int]], want: str) -> Cand | None:
        """The last compatible person who is the subject of a main verb in paragraph `para`: a pronoun
        opening the next paragraph continues that paragraph's protagonist ("Trump praised Putin,
        saying Putin agreed. / He said..." is Trump), not whoever was named last."""
        best = None
        for cand in ordered:
            idx = doc[cand.start].idx
            if bisect_right(paras, idx) != para or inside(quoted, idx) or not self._compatible(cand, want):
                continue
            root = doc[cand.start:cand.end].root
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT":
                best = cand
        return best

    def _acting_possessive(self, tok: Token) -> bool:
        """"his office", "her spokesman" stand for an actor; "his wish", "her visit" do not."""
        if tok.dep_ != "poss":
            return True
        head = (tok.head.lower_,)
        if head in self.d.roles and head != ("counterpart",):
            return True
        # 'its air defences', 'their special forces': the owned phrase may be several words long
        words = tuple(t.lower_ for t in tok.doc[tok.i + 1: tok.head.i + 1])
        return any(words[k:] in self.d.institutions for k in range(len(words)))

    def _prefer_subject(self, doc: Doc, ordered: list[Cand], cand: Cand, want: str) -> Cand:
        """"Lavrov spoke after talks with Wang Yi. He added..." → the subject, not the last name."""
        if doc[cand.start:cand.end].root.dep_ == "" or is_subject(doc[cand.start:cand.end].root):
            return cand
        sent = doc[cand.start].sent
        for other in ordered:
            if sent.start <= other.start < cand.start and self._compatible(other, want) \
                    and is_subject(doc[other.start:other.end].root):
                return other
        return cand

    def _compatible(self, cand: Cand, want: str) -> bool:
        if want in ("m", "f"):
            if cand.kind != "person":
                return False
            person = self.d.persons.get(cand.actor.name)
            return person is None or person.gender == want
        return cand.kind in ("group", "org")


def _dummy_it(tok: Token) -> bool:
    """"it was a provocation", "it is clear that ...": "it" before a copula with a noun predicate or an
    extraposed clause names no actor ("Moscow said it was ready" still reads Moscow)."""
    head = tok.head
    if tok.lower_ != "it" or head.lemma_ not in COPULAS:
        return False
    return any(c.dep_ in ("attr", "ccomp", "csubj") and c.i > tok.i for c in head.children)


def _opens_with_quote(text: str, start: int) -> bool:
    """'"We are ready," he said.': a paragraph that opens with a quotation and names its speaker only
    by a pronoun continues the previous paragraph, so he/she may look back into that one."""
    return text[start:start + 1] in QUOTE_MARKS


def _only_quote(text: str, paras: list[int], para: int) -> bool:
    """Paragraph `para` (1-based, as bisect gives it) is a quotation and nothing else: the words of
    whoever the paragraph before introduced ('X posted a statement:'), so a he or she opening the
    next paragraph may look back past it to that speaker."""
    start = paras[para - 1]
    end = paras[para] if para < len(paras) else len(text)
    body = text[start:end].strip()
    return len(body) > 2 and body[0] in QUOTE_MARKS and body[-1] in QUOTE_MARKS

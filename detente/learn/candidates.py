"""The rules' own trigger candidates, logged with what decided them and a few parse features.

Every token whose lemma the event lexicon knows is a trigger the rules consider. For each of its
readings (a verb, phrasal verb or noun of some PLOVER type) this says which guard decided it, by
asking the rules' public readers in the order the rules ask them:

- `made`: the rules made an event of that type in the sentence;
- `lexicon`: the trigger's own limits (objects, needs, excluded words) declined it, or read it as
  another type (`reread`);
- `no-anchor`: an event noun that no verb makes happen ('the talks' as a topic);
- `hedged`, `absorbed`, `sought`: the clause is hedged, conditional, wanted or demanded;
- `negated`: the act is denied; `future`: it is announced, not done;
- `record`: the record maker found no party, or another of its checks said no;
- `folded`: the record maker said yes but the reading was folded into another record.

Each declined reading (but a denied one) also carries the record the rules' record maker would build
for it: what an override would add, and whose parties are features.

Why: the rules miss events mostly where they considered a trigger and declined it (docs/training.md).
A decision model trained on these rows learns when a guard is too strict for English it has seen.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from detente.extract import events_syntax as syn
from detente.extract.events_lexicon import Lexicon, Trigger
from detente.extract.events_triggers import (
    Candidate,
    clause_status,
    noun_anchor,
    noun_trigger,
    verb_trigger,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.models import Record
    from detente.nlp.core import Analysis, Sentence

RecordMaker = Callable[..., "Record | None"]
MODALS = frozenset({"could", "would", "may", "might", "should", "can", "must", "will", "shall"})
PARTICLE_DEPS = ("prt", "prep", "advmod")


@dataclass
class Considered:
    """One reading of a trigger token the rules considered, and what came of it."""

    token: Token
    trigger: Trigger
    role: str
    guard: str
    candidate: Candidate | None = None
    record: Record | None = None
    features: dict[str, float] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return self.trigger.type


def readings(token: Token, lex: Lexicon) -> Iterator[tuple[Trigger, str]]:
    """The lexicon's readings of a token: its phrasal or plain verb entry, or its noun entry."""
    base = syn.lemma(token)
    if syn.is_verb(token):
        phrasal = [lex.phrasal[(base, syn.lemma(c))] for c in token.children
                   if c.dep_ in PARTICLE_DEPS and (base, syn.lemma(c)) in lex.phrasal]
        entry = phrasal[0] if phrasal else lex.verbs.get(base)
        if entry is not None:
            yield entry, "verb"
    elif syn.is_noun(token) and base in lex.nouns:
        yield lex.nouns[base], "noun"


def consider(analysis: Analysis, sentence: Sentence, lex: Lexicon, ctx: Any, make: RecordMaker,
             found: list[Record], declined: bool = True) -> list[Considered]:
    """Every trigger reading of the sentence, each with the guard that decided it and its features;
    with `declined` false only the readings the rules made (all a veto reads: building the record of
    every declined reading is most of the cost)."""
    if sentence.span is None:
        return []
    made = {r.fields["type"]: r for r in reversed(found)}  # each type's first record
    rows: list[Considered] = []
    for token in sentence.span:
        if syn.lemma(token) not in lex.trigger_lemmas:
            continue
        for trigger, role in readings(token, lex):
            if not declined and trigger.type not in made:
                continue
            row = _decide(analysis, sentence, token, trigger, role, lex, ctx, make, made)
            row.features = features(row, sentence, lex, found)
            rows.append(row)
    return rows


def _decide(analysis: Analysis, sentence: Sentence, token: Token, trigger: Trigger, role: str,
            lex: Lexicon, ctx: Any, make: RecordMaker, made: dict[str, Record]) -> Considered:
    """Ask the rules' readers in their order which one declined this reading (or that it was made)."""
    row = Considered(token, trigger, role, "made")
    if trigger.type in made:
        row.record = made[trigger.type]
        return row
    row.guard, row.candidate = _guard(token, trigger, role, lex)
    if row.guard != "negated":  # what the record maker would build, were the guard to say yes
        row.record = make(analysis, sentence, row.candidate, lex, ctx)
    if row.guard == "record" and row.record is not None:
        row.guard = "folded"
    return row


def _guard(token: Token, trigger: Trigger, role: str, lex: Lexicon) -> tuple[str, Candidate]:
    """The first of the rules' guards that declines the reading ('record' when none before the record
    maker does), and the candidate the rules would have read."""
    ruled = verb_trigger(token, lex) if role == "verb" else noun_trigger(token, lex)
    where = (token, "verb") if role == "verb" else noun_anchor(token, lex)
    anchor, how = where if where is not None else (token, role)
    cand = reading(token, anchor, trigger, how, lex)
    if cand.negated:
        return "negated", cand  # first: a denied act is no event whatever else its clause says
    if ruled is None or ruled.type != trigger.type:
        return ("lexicon" if ruled is None else "reread"), cand
    if where is None:
        return "no-anchor", cand
    status = clause_status(anchor, lex)
    if status in ("hedged", "absorbed", "sought"):
        return status, cand
    return ("future" if status == "future" else "record"), cand


def reading(token: Token, anchor: Token, trigger: Trigger, role: str, lex: Lexicon) -> Candidate:
    """A candidate of the trigger's type at `anchor`, negated as the rules would read it."""
    cand = Candidate(token, anchor, trigger, trigger.type, trigger.cameo, trigger.mode, role)
    cand.negated = syn.is_negated(anchor, token, lex)
    return cand


def _path(token: Token, steps: int = 2) -> str:
    """The dependency labels from the token up towards the root ('ccomp>ROOT')."""
    labels = [token.dep_]
    for gov in list(token.ancestors)[: steps - 1]:
        labels.append(gov.dep_)
    return ">".join(labels)


def _quoted(token: Token) -> bool:
    """Inside quotation marks in its sentence (an odd number of quote marks before it)."""
    marks = sum(1 for t in token.sent[: token.i - token.sent.start] if t.text in ('"', "\u201c", "\u201d"))
    return marks % 2 == 1


def _determiner(noun: Token) -> str:
    """The noun's article or determiner ('the talks' retold, 'a strike' new, 'no deal' denied)."""
    return next((c.lower_ for c in noun.children if c.dep_ == "det"), "none")


def features(row: Considered, sentence: Sentence, lex: Lexicon, found: list[Record]) -> dict[str, float]:
    """Sparse binary features of a reading: what it is, what decided it and how its clause reads."""
    token, kind = row.token, row.type
    anchor = row.candidate.anchor if row.candidate is not None else token
    verb = anchor if syn.is_verb(anchor) else token.head
    subject, passive = syn.subject_of(verb) if syn.is_verb(verb) else (None, False)
    root = sentence.span.root if sentence.span is not None else token
    lemma = syn.lemma(token)
    modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
    names = {
        f"type={kind}", f"lemma={lemma}", f"lemma={lemma}|{kind}", f"role={row.role}",
        f"guard={row.guard}", f"guard={row.guard}|{kind}", f"dep={token.dep_}", f"tag={token.tag_}",
        f"path={_path(anchor)}", f"modal={modal}", f"subject={subject is not None}",
        f"root_speech={syn.lemma(root) in lex.speech_verbs}", f"is_root={anchor.i == root.i}",
        f"quoted={_quoted(token)}", f"attributed={sentence.attribution is not None}",
        f"passive={passive}", f"neg={any(c.dep_ == 'neg' for c in verb.children)}",
        f"made_any={bool(found)}", f"first={sentence.index == 0}",
        f"number={any(t.like_num for t in sentence.span or [])}", f"dated={bool(sentence.times)}",
        f"hedged_adv={syn.is_hedged_adverb(verb)}", f"cond={syn.is_conditional(verb, lex)}",
    }
    if row.role == "noun":  # 'amid Russian strikes', 'after talks in Geneva': what holds the noun
        owned = any(c.dep_ in ("poss", "compound", "amod") and (c.ent_type_ or c.pos_ == "PROPN")
                    for c in token.children)
        names |= {f"head={syn.lemma(token.head)}", f"owned={owned}", f"det={_determiner(token)}"}
    names.add(f"actors={min(len(sentence.actors), 2)}")
    if row.record is not None:
        fields = row.record.fields
        names |= {f"actor={fields['actor'] is not None}", f"target={fields['target'] is not None}",
                  f"actor={fields['actor'] is not None}|{kind}"}
    return {name: 1.0 for name in names}

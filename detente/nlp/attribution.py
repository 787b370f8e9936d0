"""Who a sentence is attributed to: "according to X", "X said", "said X", "X told Reuters".

`find_attribution(span, actors)` reads the dependency parse of one sentence. The speaker is the
actor mention that overlaps the source phrase (the subject of a speech verb, the object of
"according to", the agent of "a report by"); when no mention overlaps, a proper-noun phrase
becomes a bare `Actor(name)`, and a common noun ("the report", "officials") gives no speaker.
`Attribution.start`/`end` are the character offsets of the source phrase, so a caller can
resolve a pronoun speaker ("he said") itself. The vocabulary is data:
`detente/data/attribution_lexicon.json`.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from detente.models import Actor
from detente.nlp.core import ActorMention, Attribution

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LEXICON_FILE = "attribution_lexicon.json"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
NAME_ENTS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The attribution vocabulary, loaded once."""
    text = resources.files("detente.data").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    for key, value in data.items():
        if isinstance(value, list) and key != "platforms":
            data[key] = [v.lower() for v in value]
    return data  # type: ignore[no-any-return]


def find_attribution(span: Span, actors: list[ActorMention]) -> Attribution | None:
    """The attribution of one sentence, or None when it reports nobody's words.

    Args:
        span: a parsed sentence (needs the dependency parse).
        actors: the actor mentions inside the sentence.
    """
    if len(span) == 0 or not span.doc.has_annotation("DEP"):
        return None
    relayed = _quoting(span, actors)
    if relayed is not None:
        return relayed
    said, according = _speech_verb(span, actors), _according_to(span, actors)
    if said is not None and said.speaker is not None:
        if according is not None and according.speaker is not None and said.medium is None:
            said.medium = according.speaker.name   # "X said on Friday, according to Reuters"
        return said
    if said is not None and according is not None and _pronoun_source(span, said):
        said.medium = according.speaker.name if according.speaker is not None else None
        return said   # '"...," he said, according to the Herald': he speaks, the paper relays
    return according or said or _report_by(span, actors) or _after_quote(span, actors)


def _pronoun_source(span: Span, found: Attribution) -> bool:
    """Whether an attribution's source phrase is a personal pronoun ("he said")."""
    if found.start is None or found.end is None:
        return False
    offset = span.start_char
    return span.text[found.start - offset:found.end - offset].lower() in ("he", "she", "they", "i", "we")


def _after_quote(span: Span, actors: list[ActorMention]) -> Attribution | None:
    """'"...," Name verbed' and '"...," verbed Name' read from word order when the parser lost
    the clause (it sometimes takes "Trump berated Zelensky" after a quote for a noun phrase)."""
    lex, text = lexicon(), span.text
    for mention in actors:
        rel = mention.start - span.start_char
        before = text[max(0, rel - 4):rel]
        if not any(c in before for c in '"”»\'’') or "," not in before and "." not in before:
            continue
        after = [t for t in span if t.idx >= mention.end][:1]
        if after and after[0].lemma_.lower() in lex["speech_verbs"] and after[0].tag_ in ("VBD", "VBZ"):
            return Attribution(mention.actor, after[0].lemma_.lower(), None, mention.start, mention.end)
    for tok in span:
        rel = tok.idx - span.start_char
        before = text[max(0, rel - 4):rel]
        if tok.lemma_.lower() not in lex["speech_verbs"] or not any(c in before for c in '"”»'):
            continue
        nxt = [m for m in actors if 0 <= m.start - (tok.idx + len(tok.text)) <= 1]
        if nxt:
            return Attribution(nxt[0].actor, tok.lemma_.lower(), None, nxt[0].start, nxt[0].end)
    return None


def _according_to(span: Span, actors: list[ActorMention]) -> Attribution | None:
    """"according to X", "as reported by X", "citing X": the object of the cue's preposition."""
    lowered = [t.lower_ for t in span]
    for cue in lexicon()["according_cues"]:
        words = cue.split()
        for i in range(len(lowered) - len(words) + 1):
            if lowered[i:i + len(words)] != words or _inside_quote(span, span[i + len(words) - 1]):
                continue
            last = span[i + len(words) - 1]
            objects = [c for c in last.children if c.dep_ in ("pobj", "dobj", "pcomp")]
            if not objects and i + len(words) < len(span):
                objects = [span[i + len(words)]]
            if objects:
                return _attribution(span, objects[0], actors, cue)
    return None


def _speech_verb(span: Span, actors: list[ActorMention]) -> Attribution | None:
    """"X said", "said X", "X told Reuters", "X posted on Telegram", "X's ministry reported"."""
    lex = lexicon()
    verbs = [t for t in span if t.lemma_.lower() in lex["speech_verbs"] and t.pos_ in ("VERB", "AUX")
             and not _inside_quote(span, t)]
    verbs.sort(key=lambda t: (t.lemma_.lower() in lex["weak_verbs"], _depth(t), t.i))
    fallback = None
    for verb in verbs:
        subject = _subject(verb, span)
        if subject is None and verb.tag_ == "VBG":
            leading = _leading_actor(span, verb, actors)
            if leading is not None:
                return leading
        if subject is None or subject.lower_ in lex["non_sources"]:
            continue
        found = _attribution(span, subject, actors, verb.lemma_.lower())
        found.medium = _medium(verb)
        if found.speaker is None and subject.pos_ != "PRON":
            found = _name_before(span, verb, actors) or found
        if found.speaker is not None or subject.pos_ == "PRON":
            return found
        if fallback is None and verb.lemma_.lower() not in lex["weak_verbs"]:
            fallback = found
    return fallback


def _name_before(span: Span, verb: Token, actors: list[ActorMention]) -> Attribution | None:
    """"Wikileaks editor-in-chief Kristinn Hrafnsson said", "lead researcher and NASA scientist Ann
    Lee said": a long title may lead the parser to a wrong subject ("Wikileaks", "lead"), but a
    person's name standing right before the verb of speech is who speaks."""
    names = [m for m in actors if m.how in ("name", "surname", "title") and 0 <= verb.idx - m.end <= 1
             and not _inside_quote(span, verb)]
    if not names:
        return None
    found = names[-1]
    return Attribution(found.actor, verb.lemma_.lower(), _medium(verb), found.start, found.end)


def _leading_actor(span: Span, verb: Token, actors: list[ActorMention]) -> Attribution | None:
    """"X heaped praise on Y, saying that ...": a participle of speech whose subject the parse lost
    speaks for the actor that opens the sentence (its main subject), not for a later one."""
    opening = [m for m in actors if span.start_char <= m.start < verb.idx and m.how != "pronoun"]
    if not opening or opening[0].start - span.start_char > 3 or _inside_quote(span, verb):
        return None
    first = opening[0]
    return Attribution(first.actor, verb.lemma_.lower(), _medium(verb), first.start, first.end)


def _quoting(span: Span, actors: list[ActorMention]) -> Attribution | None:
    """"Macron recalled, quoting Xi as saying: ..." - Xi's words, relayed by Macron (medium)."""
    for verb in span:
        if verb.lemma_.lower() not in ("quote", "cite") or verb.pos_ != "VERB" or _inside_quote(span, verb):
            continue
        passive = _quoted_as_saying(span, verb, actors)
        if passive is not None:
            return passive
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        says = [t for t in verb.subtree if t.lemma_.lower() in ("say", "tell", "write")]
        if not objects or not says:
            continue
        found = _attribution(span, objects[0], actors, "quoting")
        relay = _subject(verb)
        if found.speaker is None or relay is None:
            continue
        relayed_by = _speaker(relay, _phrase(relay), actors)
        found.medium = relayed_by.name if relayed_by is not None else None
        return found
    return None


def _quoted_as_saying(span: Span, verb: Token, actors: list[ActorMention]) -> Attribution | None:
    """"X was quoted as saying by Interfax", "X was cited by TASS as saying": the passive subject
    said it; the agent ("by Interfax") only relayed it (medium)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ in lexicon()["non_sources"]:
        return None
    found = _attribution(span, subjects[0], actors, "quoted")
    agents = [o for prep in verb.subtree if prep.dep_ in ("agent", "prep") and prep.lower_ == "by"
              for o in prep.children if o.dep_ == "pobj"]
    relay = _speaker(agents[0], _phrase(agents[0]), actors) if agents else None
    found.medium = relay.name if relay is not None else None
    return found if found.speaker is not None or subjects[0].pos_ == "PRON" else None


def _report_by(span: Span, actors: list[ActorMention]) -> Attribution | None:
    """"a report by X", "a study from X", "in a statement, X ...": the agent of a source noun."""
    lex = lexicon()
    for noun in span:
        if noun.lemma_.lower() not in lex["source_nouns"] or noun.pos_ != "NOUN":
            continue
        agent = _agent(noun)
        if agent is not None and _has_name(agent):
            return _attribution(span, agent, actors, noun.lemma_.lower())
        if noun.head.lower_ == "in" and noun.head.dep_ == "prep":
            subject = _subject(noun.head.head)
            if subject is not None and subject.pos_ != "PRON":
                found = _attribution(span, subject, actors, f"in a {noun.lower_}")
                if found.speaker is not None:
                    return found
    return None


def _attribution(span: Span, head: Token, actors: list[ActorMention], cue: str) -> Attribution:
    """An Attribution whose source phrase is the subtree of `head`, its relative clauses left out."""
    tokens = _phrase(head)
    if any(t.is_quote for t in tokens):
        tokens = _outside_quotes(span, head, tokens)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Attribution(_speaker(head, tokens, actors), cue, None, start, end)


def _outside_quotes(span: Span, head: Token, tokens: list[Token]) -> list[Token]:
    """'"We found ...," lead author Ann Lee wrote': where the parser hangs quoted words on the
    speaker, the source phrase is only the unbroken run of words around the head outside the
    quotation, so a caller can tell the speaker from the words spoken."""
    kept = {t.i for t in tokens if not t.is_quote and not _inside_quote(span, t)}
    if head.i not in kept:
        return tokens
    lo = hi = head.i
    while lo - 1 in kept:
        lo -= 1
    while hi + 1 in kept:
        hi += 1
    return [t for t in tokens if lo <= t.i <= hi]


def _phrase(head: Token) -> list[Token]:
    """`head`'s subtree without relative clauses ("X, who ...") and edge punctuation."""
    skipped = {t.i for c in head.subtree if c.dep_ in ("relcl", "acl") and c.i != head.i for t in c.subtree}
    tokens = [t for t in head.subtree if t.i not in skipped]
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    return tokens


def _speaker(head: Token, tokens: list[Token], actors: list[ActorMention]) -> Actor | None:
    """The actor mention over the source phrase, or a named phrase as a bare Actor."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    overlapping = [m for m in actors if m.start < end and m.end > start]
    named = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if head.pos_ == "NOUN" and named:   # "the president's head of staff Ann Lee said": Lee speaks
        on_name = [m for m in overlapping if m.start <= named[0].idx < m.end]
        return on_name[0].actor if on_name else _bare_name(named[0])
    if head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and named:
        return _titled_appositive(head, named[0], overlapping)
    if overlapping:
        on_head = [m for m in overlapping if m.start <= head.idx < m.end]
        if not on_head and head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
            return _bare_name(head)   # "the president's chief of staff Ann Lee said": Lee speaks
        best = on_head or sorted(overlapping, key=lambda m: (-(m.end - m.start), m.start))
        return best[0].actor
    if head.pos_ == "PRON":
        return None
    if head.lemma_.lower() in lexicon()["source_nouns"]:
        agent = _agent(head)
        return _speaker(agent, _phrase(agent), actors) if agent is not None else None
    name_tokens = [t for t in tokens if t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTS]
    if not name_tokens or head.pos_ != "PROPN" and head.ent_type_ not in NAME_ENTS:
        return None
    return _bare_name(head)


def _titled_appositive(head: Token, name: Token, overlapping: list[ActorMention]) -> Actor | None:
    """"the Agency's Deputy Director for Africa, Ana Ruiz, said": a capitalised title set off by
    commas before the holder's name; the holder speaks, with the state or body the title names
    when the name alone gives none."""
    on_name = [m for m in overlapping if m.start <= name.idx < m.end]
    person = on_name[0].actor if on_name else _bare_name(name)
    if person is None or person.country is not None:
        return person
    on_title = [m for m in overlapping if m.start <= head.idx < m.end or m.end <= name.idx]
    owner = next((m.actor for m in on_title if m.actor.country), None)
    return Actor(person.name, owner.country, person.sector or owner.sector) if owner is not None else person


def _bare_name(head: Token) -> Actor | None:
    """The name phrase of `head` as an actor the lexicon does not know."""
    words = [t for t in _head_phrase(head) if t.dep_ != "det"]
    name = head.doc[words[0].i:words[-1].i + 1].text.strip(" ,.'’\"")
    return Actor(name) if name else None


def _agent(noun: Token) -> Token | None:
    """The author of a source noun: "a report by X", "a study from X"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _head_phrase(head: Token) -> list[Token]:
    """The head noun with its compounds and name modifiers ("NBC News", "the Kremlin")."""
    parts = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod", "det", "poss", "case")
             and (c.pos_ == "PROPN" or c.dep_ == "det" or c.ent_type_)]
    kept = []
    for part in parts:
        kept.extend(t for t in part.subtree if t.pos_ != "PUNCT")
    return sorted({t.i: t for t in [*kept, head]}.values(), key=lambda t: t.i)


def _medium(verb: Token) -> str | None:
    """Who or where it was said to: "told Reuters", "posted on X", "in an interview with CNN"."""
    if verb.lemma_.lower() == "tell":
        for obj in verb.children:
            if obj.dep_ in ("dobj", "dative", "iobj") and _is_outlet(obj):
                return _outlet_name(obj)
    return _medium_after(verb, ("on", "to", "in"))


def _medium_after(word: Token, preps: tuple[str, ...]) -> str | None:
    """An outlet named after one of `preps` under `word`, looking through "in an interview"."""
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if _is_outlet(obj) and (prep.lower_ != "in" or obj.ent_type_ in ("ORG", "WORK_OF_ART")):
                return _outlet_name(obj)
            if obj.lemma_.lower() in lexicon()["medium_nouns"]:
                inner = _medium_after(obj, ("with", "on", "to", "in"))
                if inner:
                    return inner
    return None


def _is_outlet(token: Token) -> bool:
    """A platform or a named organisation, not a place, a date or a person."""
    if token.text.rstrip(".") in lexicon()["platforms"]:
        return True
    if token.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "NORP", "PERSON", "FAC"):
        return False
    return token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "WORK_OF_ART")


def _outlet_name(token: Token) -> str:
    if token.text.rstrip(".") in lexicon()["platforms"]:
        return token.text.rstrip(".")
    words = [t for t in _head_phrase(token) if t.dep_ != "det" and t.pos_ != "DET"]
    return " ".join(t.text for t in words)


def _subject(verb: Token, span: Span | None = None) -> Token | None:
    """The verb's subject, or the subject of the verb it is conjoined with ("X met Y and said").
    With `span`, a subject inside quotation marks is passed over: in '"The talks stalled," said a
    source' the parser may make both "talks" and "source" subjects of "said"."""
    for token in (verb, verb.head if verb.dep_ in ("conj", "xcomp", "advcl") else None):
        if token is None:
            continue
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and (span is None or not _inside_quote(span, child)):
                return child
    agents = [c for c in verb.children if c.dep_ == "agent"]
    for agent in agents:
        for obj in agent.children:
            if obj.dep_ == "pobj":
                return obj
    return None


def _has_name(token: Token) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTS for t in token.subtree)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _inside_quote(span: Span, token: Token) -> bool:
    """Whether `token` sits between quotation marks within the sentence (words of the quoted).

    A closing mark with no opening one before it means the sentence began inside a quote that
    has now ended ('... three months," she added.')."""
    depth = single = 0
    text = span.text  # not span.doc.text: spaCy rebuilds a doc's text on every access
    for pos in range(0, token.idx - span.start_char):
        char = text[pos]
        if char in "“«" or char == '"' and _opens(text, pos):
            depth += 1
        elif char in "”»" or char == '"':
            depth = max(depth - 1, 0)
        elif char in "‘'" and _opens(text, pos):
            single += 1   # 'We stay,' he said: single marks quote too (an apostrophe never opens)
        elif char in "’'" and single and not text[pos + 1:pos + 2].isalnum():
            single -= 1   # "don't" keeps going; a mark before a space or comma closes
    return depth > 0 or single > 0


def _opens(text: str, pos: int) -> bool:
    """Whether a straight double quote at `pos` opens a quotation (space before, word after)."""
    prev = text[pos - 1] if pos else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    return (prev.isspace() or prev in "([—–-/") and not nxt.isspace()

"""Direct quotations: who said what, in their own words, and to whom.

`find_quotes(analysis)` finds every quoted span in the article text (straight or curly double
quotes, guillemets, and single curly quotes), joins what news writing splits (a quote running
over several paragraphs, each reopened with a mark; a quote interrupted by "he said"), drops scare
quotes around a short phrase, and gives each quote the speaker of the attribution around it: in
its own sentence, a colon introduction ("Putin said:"), or a short next sentence ("she added.").
A quote whose speaker cannot be resolved to an actor is skipped: the contract needs a speaker.
A quote nested in another belongs to its original speaker, with `via` the relaying speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detente.extract.common import sentence_date
from detente.extract.quotes_posts import find_posts
from detente.models import Actor, Evidence, Record
from detente.nlp.attribution import find_attribution, lexicon
from detente.nlp.core import ActorMention, Analysis, Attribution, Sentence
from detente.nlp.datelines import dateline_country
from detente.nlp.doc_reads import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MIN_WORDS = 4          # quoted phrases this short are labels or scare quotes
MAX_LABEL_WORDS = 8    # below this, a quoted phrase with no verb is a label
MAX_GAP_WORDS = 10     # '"...," he said, "..."': the interruption joined into one quote
NEXT_SENTENCE_TOKENS = 12
LOOK_BACK = 4            # sentences of pure quotation looked back over for their speaker
PRONOUN_PARAGRAPHS = 2   # how far back a pronoun speaker is looked for
MAX_DESCRIPTION_WORDS = 6  # "a senior European diplomat": a described speaker, not a clause
PRONOUNS = {"he", "she", "they", "him", "her", "it"}
CONJUNCTIONS = {"and", "but", "or", "while", "then", "as", "yet"}
GAP_BREAK = re.compile(r"[.!?]\s|\n")
# single-quoted words; a ’ followed by a letter ("don’t") is an apostrophe, not the close
NESTED = re.compile(r"(?<![\w])[‘'](?=\S)((?:[^‘’']|[’'](?=\w))+?)(?<=\S)[’'](?![\w])")


@dataclass
class QuoteSpan:
    """A quotation: the character ranges of its words (marks excluded) and of the whole."""

    segments: list[tuple[int, int]]
    open: int
    close: int
    nested: list[QuoteSpan] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)   # segment indexes where "he said" cut in

    def parts(self) -> list[QuoteSpan]:
        """The spans between interruptions: '"A," he said, "B."' is two quotes of one speaker."""
        cuts = [0, *self.breaks, len(self.segments)]
        return [QuoteSpan(self.segments[a:b], self.segments[a][0] - 1, self.segments[b - 1][1] + 1)
                for a, b in zip(cuts, cuts[1:], strict=False) if a < b]

    def text(self, source: str) -> str:
        parts = (source[s:e].strip() for s, e in self.segments)
        return " ".join(p for p in parts if p).strip().rstrip(",").strip()

    def covers(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.segments)


def find_quotes(analysis: Analysis) -> list[Record]:
    """One `quote` record per direct quotation whose speaker resolves to an actor."""
    text = analysis.article.text
    records: list[Record] = []
    seen: set[str] = set()
    spans = scan_quotes(text)
    quoted = [seg for span in spans for seg in span.segments]
    for span in spans:
        for quote, via_speaker in [(span, None), *[(n, span) for n in span.nested]]:
            record = _record(analysis, quote, via_speaker, quoted)
            if record is None:
                continue
            for part in _split(analysis, quote, record):
                key = " ".join(re.findall(r"\w+", part.fields["text"].lower()))
                if key not in seen:
                    seen.add(key)
                    records.append(part)
    for start, end, words, owner in find_posts(analysis):
        key = " ".join(re.findall(r"\w+", words.lower()))
        if key not in seen:
            seen.add(key)
            records.append(_post_record(analysis, start, end, words, owner))
    return records


def _post_record(analysis: Analysis, start: int, end: int, words: str, owner: Actor) -> Record:
    """An embedded post's words as its owner's quote (`via` the platform is not named)."""
    evidence = Evidence(analysis.article.text[start:end], start, end)
    sentences = [s for s in analysis.sentences if s.start < end and s.end > start]
    when = next((t for t in map(sentence_date, sentences) if t is not None), None)
    fields = {"speaker": _with_country(analysis, owner).to_dict(), "text": words, "via": None}
    record = Record(kind="quote", evidence=evidence, fields=fields,
                    date=when.value if when else None, date_precision=when.precision if when else None)
    record.assign_id(analysis.article.id)
    return record


def _split(analysis: Analysis, quote: QuoteSpan, record: Record) -> list[Record]:
    """One record per contiguous span of a quote broken by its attribution (same speaker);
    a part too short to be more than a fragment stays out."""
    if not quote.breaks:
        return [record]
    out = []
    for part in quote.parts():
        words = part.text(analysis.article.text)
        if len(words.split()) < MIN_WORDS:
            continue
        fields = {**record.fields, "text": words}
        one = Record(kind="quote", evidence=record.evidence, fields=fields, date=record.date,
                     date_precision=record.date_precision)
        one.assign_id(analysis.article.id)
        out.append(one)
    return out or [record]


def _record(analysis: Analysis, quote: QuoteSpan, outer: QuoteSpan | None,
            quoted: list[tuple[int, int]]) -> Record | None:
    text = analysis.article.text
    words = quote.text(text)
    sentences = [s for s in analysis.sentences if s.start < quote.close and s.end > quote.open]
    if not sentences or _is_label(analysis, quote, words):
        return None
    if outer is None:
        attribution = _attribution(analysis, quote, sentences, quoted)
        via = attribution.medium if attribution else None
    else:
        attribution = _inner_attribution(analysis, quote, outer, sentences)
        outer_sentences = [s for s in analysis.sentences if s.start < outer.close and s.end > outer.open]
        outer_att = _attribution(analysis, outer, outer_sentences, quoted)
        outer_speaker = _speaker(analysis, outer_att, quoted) if outer_att else None
        via = outer_speaker.name if outer_speaker else None
        if attribution is not None and _first_person(text, attribution):
            attribution, via = outer_att, None   # 'He said: "I told them, 'Stop it.'"': his own words
    speaker = _speaker(analysis, attribution, quoted) if attribution else None
    if speaker is None:
        return None
    speaker = _with_country(analysis, speaker)
    if speaker.country is None and speaker.sector is not None:
        speaker = _side_that_responded(analysis, sentences[0], speaker)
    first, last = sentences[0], sentences[-1]
    evidence = Evidence(text[first.start:last.end], first.start, last.end)
    fields = {"speaker": speaker.to_dict(), "text": words, "via": via}
    when = next((t for t in map(sentence_date, sentences) if t is not None), None)
    record = Record(kind="quote", evidence=evidence, fields=fields,
                    date=when.value if when else None, date_precision=when.precision if when else None)
    record.assign_id(analysis.article.id)
    return record


STANCE_VERBS = {"reject", "deny", "dismiss", "welcome", "insist", "accuse", "condemn", "respond", "reply",
                "refuse", "hail", "praise", "vow", "denounce", "blame", "say", "warn"}


def _side_that_responded(analysis: Analysis, first: Sentence, speaker: Actor) -> Actor:
    """'The Taliban dismissed the account. "...," chief negotiator X told a radio station':
    an official whose title names no side, quoted right after a sentence in the same paragraph
    whose subject (a state, a government or a group) rejected, welcomed or said something, speaks
    for that subject."""
    prev = _neighbour(analysis, first, -1)
    if prev is None or prev.paragraph != first.paragraph or prev.span is None:
        return speaker
    root = prev.span.root
    if root.lemma_.lower() not in STANCE_VERBS:
        return speaker
    for subject in (c for c in root.children if c.dep_ == "nsubj"):
        for m in prev.actors:
            if m.start <= subject.idx < m.end and m.actor.country and m.how != "pronoun" \
                    and not _a_person(analysis, m):
                return Actor(speaker.name, m.actor.country, speaker.sector)
    return speaker


def _first_person(text: str, att: Attribution) -> bool:
    return att.start is not None and text[att.start:att.end].lower() in ("i", "we")


def _is_label(analysis: Analysis, quote: QuoteSpan, words: str) -> bool:
    """Scare quotes and labels: a few words, or a short phrase with no verb ("peace memos")."""
    count = len(words.split())
    if count < MIN_WORDS or _title_case(words):
        return True
    if count >= MAX_LABEL_WORDS:
        return False
    start, end = quote.segments[0][0], quote.segments[-1][1]
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _title_case(words: str) -> bool:
    """'"Listen To The Music"', '"Operation Eastern Shield Begins Today"': a span whose every word
    is capitalised, small words too, is the title of a song, a film, a book or an operation, not
    someone's sentence."""
    tokens = re.findall(r"[^\W\d_][\w’'-]*", words)
    return len(tokens) <= 2 * MAX_LABEL_WORDS and any(t.lower() in TITLE_SMALL_WORDS for t in tokens) \
        and all(t[0].isupper() for t in tokens)


TITLE_SMALL_WORDS = {"the", "a", "an", "to", "of", "in", "on", "for", "and", "is", "it", "with", "by", "at",
                     "from"}


# ------------------------------------------------------------------ speaker
def _attribution(analysis: Analysis, quote: QuoteSpan, sentences: list[Sentence],
                 quoted: list[tuple[int, int]]) -> Attribution | None:
    """The attribution outside the quote: same sentence, a colon intro, or a short next sentence."""
    before = analysis.article.text[:quote.open].rstrip()
    colon_at = analysis.sentence_at(len(before) - 1) if before.endswith(":") else None
    relative = _relative_intro(colon_at, len(before) - 1) if colon_at is not None else None
    if relative is not None:
        return relative   # '..., Lee said beside Kask, who added: "..."': Kask's words
    for sent in [sentences[-1], *sentences[:-1]]:
        att = _clause_attribution(analysis, quote, sent) or sent.attribution
        if att is not None and att.cue == "quoting" and att.start is not None and quote.open < att.start:
            att = _before_relay(analysis, sent, att)   # the relaying speaker's own words
        if att is not None and att.speaker is None and att.cue in CITING_CUES:
            continue   # '..., he continued, "...," citing a story': a story cited speaks no words
        if _outside(att, quote):
            return att
    intro = _colon_intro(analysis, quote) or _dash_signature(analysis, quote) or _goes_on(analysis, quote) \
        or _goes_on_before(analysis, quote) or _aside_speaker(analysis, quote)
    if intro is not None:
        return intro
    if _fills_sentences(analysis.article.text, quote, sentences):
        nxt = _neighbour(analysis, sentences[-1], +1)
        if nxt is not None and nxt.span is not None and nxt.paragraph == sentences[-1].paragraph \
                and (len(nxt.span) <= NEXT_SENTENCE_TOKENS or _opens_with_speaker(analysis, quote, nxt)) \
                and _outside(nxt.attribution, quote):
            return nxt.attribution
    if _mostly_quote(analysis.article.text, sentences, quoted):
        return _previous_speaker(analysis, quote, sentences[0], quoted)
    return _first_person_goes_on(analysis, quote, sentences)


CITING_CUES = set(lexicon()["according_cues"])   # "citing a report", "according to a study"
CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\b|;")


def _clause_attribution(analysis: Analysis, quote: QuoteSpan, sent: Sentence) -> Attribution | None:
    """'"A" to Putin, the Journal said, but officials said it would "B"': a sentence that joins
    two speakers gives each quote the speaker of its own clause. Only a clause whose own words
    name a speaker counts; the others go on with the sentence's attribution."""
    text = analysis.article.text
    cuts = [m for m in CLAUSE_BREAK.finditer(text, sent.start, sent.end)
            if not any(s <= m.start() < e for s, e in quote.segments)]
    if not cuts or not sent.start <= quote.open < sent.end:
        return None
    bounds = [sent.start, *(m.start() for m in cuts), sent.end]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if not lo <= quote.open < hi:
            continue
        clause = analysis.doc.char_span(lo, hi, alignment_mode="contract")
        if clause is None or len(clause) == 0:
            return None
        mentions = [m for m in sent.actors if lo <= m.start < hi]
        found = find_attribution(clause, mentions)
        if found is None or found.speaker is None:
            found = _name_then_verb(clause, mentions, quote)
        return found if found is not None and found.speaker is not None and _outside(found, quote) else None
    return None


def _name_then_verb(clause: Span, mentions: list[ActorMention], quote: QuoteSpan) -> Attribution | None:
    """'..." to Putin, The Wall Street Journal said': a name right before a verb of speech reads
    as its subject even where the parser hung the name on the word before (an apposition)."""
    verbs = set(lexicon()["speech_verbs"])
    for tok in clause:
        if tok.lemma_.lower() not in verbs or tok.tag_ not in ("VBD", "VBZ") \
                or quote.covers(tok.idx, tok.idx + len(tok.text)):
            continue
        before = [m for m in mentions if 0 <= tok.idx - m.end <= 1 and m.how != "pronoun"]
        if before:
            return Attribution(before[-1].actor, tok.lemma_.lower(), None, before[-1].start, before[-1].end)
    return None


FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")


def _first_person_goes_on(analysis: Analysis, quote: QuoteSpan,
                          sentences: list[Sentence]) -> Attribution | None:
    """'Lee told Fox News. But once the talks start, the pause "will end" and "we will work with
    them as we have."': a sentence attributed to nobody whose quoted words speak in the first
    person goes on with the speaker of the sentence just before, in the same paragraph."""
    words = quote.text(analysis.article.text)
    if any(s.attribution is not None for s in sentences) or len(words.split()) < MAX_LABEL_WORDS \
            or not FIRST_PERSON.search(words):
        return None
    if any(_speech_outside(s, quote) for s in sentences):
        return None   # 'Critics called the plan "..."': someone else's words, even unnamed
    prev = _neighbour(analysis, sentences[0], -1)
    if prev is None or prev.paragraph != sentences[0].paragraph:
        return None
    att = prev.attribution
    return att if att is not None and att.speaker is not None and _outside(att, quote) else None


def _speech_outside(sent: Sentence, quote: QuoteSpan) -> bool:
    """Whether a verb of speech stands in the sentence outside the quotation."""
    verbs = set(lexicon()["speech_verbs"])
    return sent.span is not None and any(
        t.lemma_.lower() in verbs and t.pos_ == "VERB" and not quote.covers(t.idx, t.idx + len(t.text))
        for t in sent.span)


def _previous_speaker(analysis: Analysis, quote: QuoteSpan, first: Sentence,
                      quoted: list[tuple[int, int]]) -> Attribution | None:
    """'X agreed. "..." and "..."': quotes standing alone continue the speaker named before them,
    looking back over sentences of the same paragraph that are themselves only quotation."""
    prev = _neighbour(analysis, first, -1)
    for _ in range(LOOK_BACK):
        if prev is not None and prev.paragraph != first.paragraph:
            return _quoted_paragraph_before(analysis, quote, prev, quoted)
        if prev is None:
            return None
        if prev.attribution is not None and _outside(prev.attribution, quote) \
                and not any(a <= prev.attribution.start < b for a, b in quoted):
            return prev.attribution
        if not _mostly_quote(analysis.article.text, [prev], quoted):
            break
        prev = _neighbour(analysis, prev, -1)
    if prev is not None and prev.paragraph == first.paragraph and prev.span is not None:
        if len(prev.span) <= NEXT_SENTENCE_TOKENS:
            return _subject_of_intro(prev, prev.end)
        return _speech_told_before(prev)
    return None


def _speech_told_before(prev: Sentence) -> Attribution | None:
    """'Netanyahu returned to the theme in a televised speech in Jerusalem on Tuesday. "..."': a
    sentence however long that tells of its subject speaking (a verb of speaking, or a speech,
    an address, an interview in its predicate) introduces the quotation after it in the same
    paragraph; its main subject speaks, when it names someone."""
    if prev.span is None:
        return None
    root = prev.span.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[0]
    nouns = SPEECH_NOUNS | set(lexicon()["medium_nouns"])
    told = root.lemma_.lower() in SPEAKING | set(lexicon()["speech_verbs"]) or any(
        t.lemma_.lower() in nouns for t in root.subtree
        if t.pos_ == "NOUN" and not subject.left_edge.i <= t.i <= subject.right_edge.i)
    if not told:
        return None
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    mentions = [m for m in prev.actors if m.start < end and m.end > start]
    if not mentions:
        return None
    return Attribution(mentions[-1].actor, "colon", None, start, end)


def _quoted_paragraph_before(analysis: Analysis, quote: QuoteSpan, prev: Sentence,
                             quoted: list[tuple[int, int]]) -> Attribution | None:
    """A paragraph that is nothing but a quotation goes on with the speaker of the paragraph
    before when that one ends on an attributed quotation ('"...," he said.' then '"..."')."""
    text = analysis.article.text
    if not _at_paragraph_start(text, quote.open):
        return None
    att = prev.attribution
    if att is None or att.start is None:
        return _introduced_before(analysis, quote, prev)
    if any(a <= att.start < b for a, b in quoted):
        return None
    in_prev = [(a, b) for a, b in quoted if prev.start <= a < prev.end]
    if att.cue in ("colon",):
        return None
    if not in_prev:   # 'Peskov said talks would resume.' then '"We are ready."': he goes on
        return att if att.speaker is not None and _whole_paragraph(text, quote) else None
    return att


def _introduced_before(analysis: Analysis, quote: QuoteSpan, prev: Sentence) -> Attribution | None:
    """'Lavrov did not mince his words.' then a paragraph of nothing but quotation: the short
    sentence that closes the paragraph before introduces the speaker, its named subject."""
    if prev.span is None or len(prev.span) > NEXT_SENTENCE_TOKENS \
            or not _whole_paragraph(analysis.article.text, quote):
        return None
    if not _about_speaking(prev):
        return None   # 'Zelensky visited the front.' does not say the next words are his
    intro = _subject_of_intro(prev, prev.end)
    return intro if intro is not None and intro.speaker is not None else None


SPEAKING = {"speak", "respond", "react", "reply", "address", "sound", "mince", "elaborate", "weigh"}
SPEECH_NOUNS = {"word", "message", "remark", "tone", "point", "reporter", "press", "journalist",
                "interview", "question", "view", "verdict", "assessment", "reaction",
                "anger", "frustration", "fury", "irritation", "disappointment", "optimism", "doubt"}


def _about_speaking(sent: Sentence) -> bool:
    """A sentence on how someone speaks or feels, not what they did: a state ("was blunt",
    "was furious"), a verb of speaking ("spoke to the press"), or a speech noun ("minced no
    words", "had a message for Moscow")."""
    if sent.span is None:
        return False
    root = sent.span.root
    if root.lemma_ == "be" and any(c.dep_ == "acomp" for c in root.children):
        return True
    return root.lemma_.lower() in SPEAKING | set(lexicon()["speech_verbs"]) \
        or any(t.lemma_.lower() in SPEECH_NOUNS for t in root.subtree if t.pos_ == "NOUN")


def _whole_paragraph(text: str, quote: QuoteSpan) -> bool:
    """True when the quotation fills its paragraph to the end (only punctuation after it)."""
    end = _paragraph_end(text, quote.open)
    return quote.close >= end or not re.search(r"\w", text[quote.close:end])


def _opens_with_speaker(analysis: Analysis, quote: QuoteSpan, nxt: Sentence) -> bool:
    """'"Progress was made!" Lee wrote on his blog, adding ...': after a quote closed by ! or ?
    the parser starts a new sentence, whose opening words are the attribution however long it runs."""
    att, text = nxt.attribution, analysis.article.text
    if att is None or att.start is None or att.speaker is None and not _is_pronoun(text, att):
        return False
    closed = text[max(quote.open, quote.close - 3):quote.close]
    return bool(re.search(r"[!?]", closed)) and not text[quote.close:nxt.start].strip() \
        and att.start - nxt.start <= 3


def _is_pronoun(text: str, att: Attribution) -> bool:
    return att.start is not None and text[att.start:att.end].lower() in PRONOUNS


def _mostly_quote(text: str, sentences: list[Sentence], quoted: list[tuple[int, int]]) -> bool:
    """True when at most a connective ("However,", "and") stands outside quotation marks."""
    start, end = sentences[0].start, sentences[-1].end
    words = [m for m in re.finditer(r"\w+", text[start:end])
             if not any(a <= start + m.start() < b for a, b in quoted)]
    return len(words) <= 2


def _before_relay(analysis: Analysis, sent: Sentence, att: Attribution) -> Attribution | None:
    """'"...," the envoy recalled, quoting Lavrov as saying': who speaks before the "quoting"."""
    span = analysis.doc.char_span(sent.start, att.start, alignment_mode="contract")
    if span is None:
        return None
    cut = next((t.i for t in span if t.lemma_.lower() in ("quote", "cite")), None)
    if cut is None or cut <= span.start:
        return None
    return find_attribution(analysis.doc[span.start:cut], sent.actors)


def _inner_attribution(analysis: Analysis, inner: QuoteSpan, outer: QuoteSpan,
                       sentences: list[Sentence]) -> Attribution | None:
    """Who the relayed words belong to: "Putin told me, 'We will ...'" inside the outer quote."""
    for start, end in outer.segments:
        if not start <= inner.open < end:
            continue
        clause = analysis.doc.char_span(start, inner.open, alignment_mode="contract")
        if clause is None or len(clause) == 0:
            return None
        actors = [m for m in analysis.actors if start <= m.start < inner.open]
        return find_attribution(clause, actors)
    return None


def _outside(att: Attribution | None, quote: QuoteSpan) -> bool:
    if att is None or att.start is None or att.end is None:
        return False
    return not any(s < att.end and att.start < e for s, e in quote.segments)


def _colon_intro(analysis: Analysis, quote: QuoteSpan) -> Attribution | None:
    """'Putin said:' right before the opening mark."""
    before = analysis.article.text[:quote.open].rstrip()
    if not before.endswith(":"):
        return None
    sent = analysis.sentence_at(len(before) - 1)
    if sent is None:
        return None
    if _outside(sent.attribution, quote):
        return sent.attribution
    return _subject_of_intro(sent, len(before) - 1) or _name_label(analysis, len(before) - 1)


GOING_ON = {"continue", "go", "carry", "read"}   # '"...," she continued', '"...," he went on'
WRITTEN_NOUNS = {"post", "message", "tweet", "text", "caption", "sign", "banner", "notice", "email"}
GOING_ON_REACH = 60   # characters from the closing mark to the verb: a short attribution only


def _goes_on(analysis: Analysis, quote: QuoteSpan) -> Attribution | None:
    """'"...," the minister continued' / '"...," he went on' / '"...," the statement read': verbs
    that say someone keeps speaking, or what a text says, are no verbs of speech elsewhere ("Russia
    continued its strikes"), so they read as an attribution only right after a closing mark and
    with no object of their own."""
    sent = analysis.sentence_at(quote.close - 1)
    if sent is None or sent.span is None:
        return None
    for verb in sent.span:
        if not 0 < verb.idx - quote.close <= GOING_ON_REACH or verb.lemma_.lower() not in GOING_ON \
                or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "xcomp", "ccomp") and c.idx > verb.idx
                                              for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.idx > quote.close]
        if verb.lemma_.lower() == "read":
            if not subjects or subjects[0].lemma_.lower() not in DOCUMENT_NOUNS | WRITTEN_NOUNS:
                continue   # '"...," the statement read': a document's words; "he read" is no speech
        elif verb.lemma_.lower() != "continue" and not any(c.lower_ == "on" for c in verb.children):
            continue
        if not subjects:
            return None
        start, end = subjects[0].left_edge.idx, subjects[0].idx + len(subjects[0].text)
        mentions = [m for m in sent.actors if m.start < end and m.end > start]
        speaker = mentions[-1].actor if mentions else None
        return Attribution(speaker, "continue", None, start, end)
    return None


def _goes_on_before(analysis: Analysis, quote: QuoteSpan) -> Attribution | None:
    """'He went on, "..."' / 'the envoy continued: "..."' / 'The statement read: "..."': the verbs
    of `_goes_on` also introduce the words that follow them, when the verb (with its "on") is the
    last word of the clause, right before the comma or colon that opens the quotation: nothing
    else can be what is continued or read."""
    text = analysis.article.text
    before = text[:quote.open].rstrip()
    if not before.endswith((",", ":")):
        return None
    sent = analysis.sentence_at(len(before) - 1)
    if sent is None or sent.span is None:
        return None
    words = [t for t in sent.span if t.idx + len(t.text) < len(before) and not t.is_punct]
    if not words:
        return None
    verb = words[-1].head if words[-1].lower_ == "on" and words[-1].dep_ == "prt" else words[-1]
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in GOING_ON or lemma in ("go", "carry") and verb is words[-1]:
        return None   # "he went," "she carried": only "went on" and "carried on" go on speaking
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or lemma == "read" and subjects[0].lemma_.lower() not in DOCUMENT_NOUNS | WRITTEN_NOUNS:
        return None   # "he read" is no speech; "the statement read" is the statement's words
    start, end = subjects[0].left_edge.idx, subjects[0].idx + len(subjects[0].text)
    mentions = [m for m in sent.actors if m.start < end and m.end > start]
    return Attribution(mentions[-1].actor if mentions else None, "continue", None, start, end)


# '"...," a Hamas official, speaking on condition of anonymity, said': an aside before the verb
ASIDE = re.compile(r"\s*,?\s*(?P<who>[^,.;\"“”]{3,60}?),\s*(?:speaking|who|asking|requesting|declining|"
                   r"citing|according)\b[^.;\"“”]{0,90},\s*(?:said|says|added|told|wrote)\b")


def _aside_speaker(analysis: Analysis, quote: QuoteSpan) -> Attribution | None:
    """'"...," a Hamas official, speaking on condition of anonymity, said' / '"...," the envoy, who
    asked not to be named, told reporters': an aside between the speaker and the verb of speech
    leaves the parser no subject, but the words right after the closing mark are the speaker."""
    found = ASIDE.match(analysis.article.text, quote.close)
    if found is None:
        return None
    start, end = found.start("who"), found.end("who")
    mentions = [m for m in analysis.actors if start <= m.start and m.end <= end and m.how != "pronoun"]
    return Attribution(mentions[-1].actor if mentions else None, "say", None, start, end)


DASH_SIGNATURE = re.compile(r"[ \t]*\n?[ \t]*[—–―][ \t]*")


def _dash_signature(analysis: Analysis, quote: QuoteSpan) -> Attribution | None:
    """'"Europe must defend itself." — Kaja Kallas, EU foreign policy chief': a pull quote or
    an epigraph signed with a dash and the speaker's name, no verb."""
    text = analysis.article.text
    dash = DASH_SIGNATURE.match(text, quote.close)
    if dash is None or not re.search(r"[—–―]", dash.group(0)):
        return None
    names = [m for m in analysis.actors if m.start == dash.end() and m.how in ("name", "surname", "title")]
    if not names:
        return None
    return Attribution(names[0].actor, "colon", None, names[0].start, names[0].end)


# what may stand before a speaker's name in a headline or a live-blog line: a bullet, a time stamp
LINE_CHROME = re.compile(r"\s*(?:[•·*▪►\-–—]\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*"
                         r"(?:[A-Z]{2,4}\b)?\s*[-–—|:]?\s*)?")
MAX_LABEL_TOKENS = 10


def _name_label(analysis: Analysis, colon: int) -> Attribution | None:
    """'Zelensky: "We will not ..."', '14:05 Peskov: "..."': in headlines and live blogs a name
    (with its title) and a colon stand for "X said". Only a line that opens with nothing but
    that name, no verb, reads so ('Photo: "..."' names no one)."""
    text = analysis.article.text
    line_start = text.rfind("\n", 0, colon) + 1
    chrome = LINE_CHROME.match(text, line_start, colon)
    start = chrome.end() if chrome else line_start
    speaker = _transcript_speaker(analysis, text[start:colon])
    if speaker is not None:
        return Attribution(speaker, "colon", None, start, colon)
    span = analysis.doc.char_span(start, colon, alignment_mode="expand")
    bracket = text.find("(", start, colon)
    label_end = bracket if bracket >= 0 else colon   # "Peskov (to TASS):": TASS only relays
    mentions = [m for m in analysis.actors if start <= m.start and m.end <= label_end and m.how != "pronoun"]
    if span is None or not mentions or not 0 < len(span) <= MAX_LABEL_TOKENS \
            or any(t.text in ".!?\"“”" or t.pos_ in ("VERB", "AUX")
                   and not any(m.start <= t.idx < m.end for m in mentions) for t in span):
        return None   # a verb outside the name ("Photo shows:") makes it no label
    rest = text[mentions[-1].end:colon].strip(" ,")
    medium = LABEL_MEDIUM.fullmatch(rest) if rest else None
    if rest and medium is None:
        return None   # the name must close the label: "Zelensky on Saturday:" is the parser's
    last = mentions[-1]
    return Attribution(last.actor, "colon", medium.group("medium") if medium else None, last.start, last.end)


# 'Ivan Petrenko (Telegram):', 'Peskov (to TASS):': the medium in brackets after a label's name
LABEL_MEDIUM = re.compile(r"\((?:(?:via|on|to|in)\s+)?(?P<medium>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\)")


TRANSCRIPT_LABEL = re.compile(r"(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})"
                              r"(?:\s*\([^()\n]{1,40}\))?\s*")


def _transcript_speaker(analysis: Analysis, label: str) -> Actor | None:
    """'ZELENSKY (VIA INTERPRETER): "..."': a broadcast transcript names who speaks in capitals
    before a colon, with a note in brackets; the name, looked up in plain case, must be a person
    the story itself names ("President Zelensky speaking in Kyiv"), not a namesake of a reporter."""
    from detente.nlp.actors import ActorResolver

    found = TRANSCRIPT_LABEL.fullmatch(label)
    if found is None:
        return None
    actor = ActorResolver.default().lookup(found["name"].title())
    if actor is None or not actor.country or _a_state(actor):
        return None
    return actor if any(m.actor == actor and m.how != "pronoun" for m in analysis.actors) else None


def _relative_intro(sent: Sentence, colon: int) -> Attribution | None:
    """'..., Lee told a press conference with Kask, who added: "..."': the speech verb right
    before the colon is in a relative clause, so its speaker is the person "who" stands for."""
    if sent.span is None:
        return None
    verbs = [t for t in sent.span if t.idx < colon and t.pos_ == "VERB"]
    if not verbs or verbs[-1].lemma_.lower() not in lexicon()["speech_verbs"] or verbs[-1].dep_ != "relcl":
        return None
    verb = verbs[-1]
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return None
    head = verb.head
    mentions = [m for m in sent.actors if m.start <= head.idx < m.end and m.how != "pronoun"]
    if not mentions:
        return None
    return Attribution(mentions[0].actor, verb.lemma_.lower(), None, mentions[0].start, mentions[0].end)


def _subject_of_intro(sent: Sentence, colon: int) -> Attribution | None:
    """'She was blunt:' introduces her words even without a speech verb: the main subject."""
    if sent.span is None:
        return None
    subjects = [t for t in sent.span if t.dep_ in ("nsubj", "nsubjpass") and t.idx < colon]
    for child in reversed(subjects):
            start = child.left_edge.idx
            end = child.right_edge.idx + len(child.right_edge.text)
            words = _subject_words(sent, start, end)
            mentions = [m for m in sent.actors if m.start < end and m.end > start
                        and not _in_brackets(words[:m.start - start])]   # "Peskov (to TASS):": not TASS
            speaker = mentions[-1].actor if mentions else None
            if speaker is not None or child.pos_ == "PRON" or _person_noun(child):
                return Attribution(speaker, "colon", None, start, end)   # "The envoy was blunt:"
    return None


def _person_noun(head: Token) -> bool:
    """Whether a subject is a person described by a noun ("the envoy", "a senior official"), whose
    side the reader of described speakers looks for."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in lexicon()["person_nouns"]


def _in_brackets(before: str) -> bool:
    """Whether a bracket opened in `before` is still open at its end."""
    return before.count("(") > before.count(")")


def _subject_words(sent: Sentence, start: int, end: int) -> str:
    """The characters of the sentence from `start` to `end` (offsets in the article)."""
    assert sent.span is not None
    offset = sent.span.start_char
    return sent.span.text[start - offset:end - offset]


def _fills_sentences(text: str, quote: QuoteSpan, sentences: list[Sentence]) -> bool:
    """True when nothing but punctuation stands outside the quote in its sentences."""
    outside = text[sentences[0].start:quote.open] + text[quote.close:sentences[-1].end]
    return not re.search(r"\w", outside)


def _neighbour(analysis: Analysis, sent: Sentence, step: int) -> Sentence | None:
    index = sent.index + step
    return analysis.sentences[index] if 0 <= index < len(analysis.sentences) else None


def _speaker(analysis: Analysis, att: Attribution, quoted: list[tuple[int, int]]) -> Actor | None:
    """The attribution's speaker; a pronoun ("he said") goes to the latest speaker named before
    it outside quotation marks (words inside quotes are not who is speaking)."""
    if att.start is None or att.end is None:
        return att.speaker
    pronoun = analysis.article.text[att.start:att.end].lower()
    if pronoun not in PRONOUNS:
        named = _surname_person(analysis, att) or _appositive_person(analysis, att) \
            or _full_name(analysis, att.speaker, att.start)
        return _title_back(analysis, att, named) or named or _described(analysis, att) \
            or _institution_back(analysis, att)
    here = analysis.sentence_at(att.start)
    floor = here.paragraph - PRONOUN_PARAGRAPHS if here is not None else -1
    people = ("name", "surname", "title")
    candidates = [(m.start, m.actor) for m in analysis.actors
                  if m.how != "pronoun" and (pronoun in ("they", "it") or m.how in people)]
    candidates += [(s.attribution.start, s.attribution.speaker) for s in analysis.sentences
                   if s.attribution is not None and s.attribution.speaker is not None
                   and s.attribution.start is not None]
    earlier = [(start, actor) for start, actor in candidates
               if start < att.start and not any(a <= start < b for a, b in quoted)
               and (sent := analysis.sentence_at(start)) is not None and sent.paragraph >= floor
               and not (pronoun in ("he", "she") and _a_state(actor))
               and not _other_gender(analysis.article.text, actor, pronoun)]
    private = _private_person_before(analysis, att, floor) if pronoun in ("he", "she") else None
    if private is not None and all(start < private[0] for start, _ in earlier):
        return private[1]
    if not earlier:
        return None
    if pronoun in ("he", "she"):     # a speaker goes on speaking: the last attributed sentence's speaker
        opened = _previous_subject(analysis, att)
        if opened is not None:
            return opened
        carried = _sentence_subject(analysis, earlier)
        if carried is not None:
            return carried
        topic = _latest_subject(analysis, earlier)
        if topic is not None:
            return topic
    if att.speaker is not None and any(actor == att.speaker for _, actor in earlier):
        return att.speaker
    return _sentence_subject(analysis, earlier) or max(earlier, key=lambda c: c[0])[1]


def _private_person_before(analysis: Analysis, att: Attribution, floor: int) -> tuple[int, Actor] | None:
    """'Local resident Nina described the blast. "...," she told a radio station': a private person
    introduced by a person noun and a name ("resident Nina", "a farmer, Petro Shevchuk") is no actor
    the actor layer knows, yet "she" goes on with her when no one is named after her. She speaks for
    the country of the place she is from ("a grower near Tours") or else of the latest place the
    story names before her; with neither, she is no one's speaker."""
    here = analysis.sentence_at(att.start)
    if here is None:
        return None
    nouns = lexicon()["person_nouns"]
    for sent in reversed(analysis.sentences[:here.index + 1]):
        if sent.paragraph < floor or sent.span is None:
            return None
        for tok in reversed(sent.span):
            if tok.idx >= att.start or tok.pos_ != "PROPN" or tok.dep_ not in ("appos", "compound") \
                    or tok.head.pos_ != "NOUN" or tok.head.lemma_.lower() not in nouns \
                    or any(m.start <= tok.idx < m.end for m in sent.actors):
                continue
            run = [t for t in tok.subtree if t.pos_ == "PROPN"]
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            country = _origin_country(analysis, end) or _place_before(analysis, here, start)
            return (start, Actor(analysis.article.text[start:end], country)) if country else None
    return None


def _place_before(analysis: Analysis, here: Sentence, before: int) -> str | None:
    """The country of the latest place named before `before`: the scene a local person belongs to."""
    for sent in reversed(analysis.sentences[:here.index + 1]):
        spots = [p for p in sent.places if p.start < before and p.place.country]
        if spots:
            return max(spots, key=lambda p: p.start).place.country
    return None


HONORIFIC_GENDER = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}


def _other_gender(text: str, actor: Actor, pronoun: str) -> bool:
    """'Ms. Finch asked Mr. Hale ... "...," he said': outlets that write "Mr", "Ms" or "Mrs"
    before a surname say whom "he" or "she" can stand for; a person the article calls "Ms. Finch"
    is never "he"."""
    if pronoun not in ("he", "she") or not actor.name or " " not in actor.name.strip():
        return False
    surname = re.escape(actor.name.split()[-1])
    said = {HONORIFIC_GENDER[m.lower()] for m in re.findall(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+{surname}\b", text)}
    return len(said) == 1 and pronoun not in said


def _latest_subject(analysis: Analysis, earlier: list[tuple[int, Actor]]) -> Actor | None:
    """'Petrenko keeps the letter. It was written by a schoolgirl, Anna Koval. "...," he said.':
    "he" or "she" goes on with the latest person who was the subject of a clause (or a speaker),
    not with someone only named as an object, an apposition or in a prepositional phrase of the
    same paragraph."""
    ordered = sorted(earlier, key=lambda c: c[0], reverse=True)
    last = analysis.sentence_at(ordered[0][0])
    for start, actor in ordered:
        sent = analysis.sentence_at(start)
        if sent is None or last is None or sent.paragraph != last.paragraph:
            break   # a subject further back does not outrank the person just named
        if not _a_state(actor) and (_spoke_at(sent, start, actor)
                                    or _person_at(analysis, start) and _subject_at(analysis, start)):
            return actor
    return None


def _person_at(analysis: Analysis, start: int) -> bool:
    """Whether a person is named at `start` (a name the tagger reads as a person, a surname or a
    title); a fleet, a paper or a place is not one "he" or "she" goes on with."""
    mention = next((m for m in analysis.actors if m.start == start and m.how != "pronoun"), None)
    return mention is not None and (mention.how in ("title", "surname") or _a_person(analysis, mention))


def _spoke_at(sent: Sentence, start: int, actor: Actor) -> bool:
    """Whether the sentence's attribution names `actor` at `start` as the one speaking ("..., said
    Mary Lovely"); the paper or agency a report is credited to ("according to the Journal") is not."""
    att = sent.attribution
    return att is not None and att.start == start and att.speaker == actor \
        and att.cue not in lexicon()["according_cues"] and actor.sector != "MED"


def _subject_at(analysis: Analysis, start: int) -> bool:
    """Whether the person named at `start` is the subject of a sentence's main clause ("Ivan
    Petrenko keeps", "the novelist Tom Reyes admired"), not of a clause inside it ("Hale stressed
    that Ruth Voss demanded", "a banker the chancellor picked")."""
    span = analysis.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":   # "the novelist Tom Reyes", not
        tok = tok.head                                     # "Lind, a banker Berg picked"
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:   # "Reyes grew up there and admired her"
        verb = verb.head
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ROOT"


def _previous_subject(analysis: Analysis, att: Attribution) -> Actor | None:
    """'Phumtham was more guarded. He said Thailand ... "act in good faith"': a sentence that opens
    on "he" or "she" goes on with the person who is the subject of the sentence just before it in
    the same paragraph."""
    here = analysis.sentence_at(att.start) if att.start is not None else None
    if here is None or analysis.article.text[here.start:att.start].strip(" \"“”‘’'"):
        return None
    prev = _neighbour(analysis, here, -1)
    if prev is None or prev.paragraph != here.paragraph or prev.span is None:
        return None
    root = prev.span.root
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        for m in prev.actors:
            if m.start <= subject.idx < m.end and m.how in ("name", "surname", "title") \
                    and not _a_state(m.actor) and m.actor.country:
                return m.actor
        if subject.pos_ == "PROPN" and not any(m.start <= subject.idx < m.end for m in prev.actors):
            return _named_before(analysis, subject.text, prev.start)   # "Phumtham was more guarded."
    return None


def _named_before(analysis: Analysis, word: str, before: int) -> Actor | None:
    """The person named in full before `before` of whose name `word` is one part ("Phumtham" of
    "Phumtham Wechayachai": some names are shortened to the given name)."""
    people = [m.actor for m in analysis.actors if m.end <= before and m.how in ("name", "title")
              and " " in m.actor.name and m.actor.country and word in m.actor.name.split()]
    return people[-1] if people else None


def _surname_person(analysis: Analysis, att: Attribution) -> Actor | None:
    """'Foreign Minister Therese Kayikwamba Wagner ... "...," Wagner said': a surname that is also
    the name of a state or a group ("Wagner", "Jordan") is the person's where the article wrote it
    right after that person's given names."""
    if att.start is None or att.end is None:
        return None
    text = analysis.article.text
    word = text[att.start:att.end]
    if not re.fullmatch(r"[A-Z][\w’'-]+", word):
        return None
    for m in analysis.actors:
        if m.end > att.start or m.how == "pronoun" or " " not in m.actor.name or not m.actor.country \
                or not _a_person(analysis, m):
            continue
        if text[m.end:m.end + len(word) + 1] == f" {word}" and not text[m.end + len(word) + 1:][:1].isalnum():
            return Actor(f"{m.actor.name} {word}", m.actor.country, m.actor.sector)
    return None


def _appositive_person(analysis: Analysis, att: Attribution) -> Actor | None:
    """'the UN Resident and Humanitarian Coordinator in Haiti, Anna Berg, said': when the
    parser leaves a long title's first words as the subject, the person named after the comma is
    the one speaking, not the organisation the title begins with (whose side a person known by name
    only takes)."""
    if att.start is None or att.end is None or att.speaker is None:
        return None
    if any(n.start == att.start and _a_person(analysis, n) for n in analysis.actors):
        return None   # the attribution opens on a person already
    text = analysis.article.text
    for m in analysis.actors:
        if att.start < m.start and m.end <= att.end and m.how == "name" and m.actor != att.speaker \
                and text[max(m.start - 3, 0):m.start].rstrip().endswith(",") and _a_person(analysis, m):
            person = m.actor   # the title's organisation is the side of a person known by name only
            return person if person.country else Actor(person.name, att.speaker.country, person.sector)
    return None


INSTITUTION_REACH = 4   # paragraphs back that "the ministry" may refer over


def _institution_back(analysis: Analysis, att: Attribution) -> Actor | None:
    """'The Russian Defence Ministry reported ... "...," the ministry said' / "the ministry's
    statement said" / "the staff said": a definite institution noun goes back to the latest
    institution named before it whose name holds that noun."""
    if att.start is None or att.end is None:
        return None
    span = analysis.doc.char_span(att.start, att.end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= MAX_DESCRIPTION_WORDS or span[0].lower_ != "the":
        return None
    head = span.root
    if head.lemma_.lower() in DOCUMENT_NOUNS:   # "the ministry's statement": the ministry's
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
        head = owners[0] if owners else head
    if head.pos_ != "NOUN" or head.lemma_.lower() in {*lexicon()["person_nouns"], *DOCUMENT_NOUNS}:
        return None
    return _institution_named_before(analysis, head.lemma_.lower(), att.start)


def _institution_named_before(analysis: Analysis, noun: str, at: int) -> Actor | None:
    """The latest actor of a known side, no state itself, named within INSTITUTION_REACH
    paragraphs before `at` with `noun` in its name ("ministry": the Russian Defence Ministry)."""
    here = analysis.sentence_at(at)
    floor = here.paragraph - INSTITUTION_REACH if here is not None else -1
    word = re.compile(rf"\b{re.escape(noun)}", re.IGNORECASE)
    for m in sorted(analysis.actors, key=lambda m: m.start, reverse=True):
        sent = analysis.sentence_at(m.start)
        if m.end > at or m.how == "pronoun" or sent is None or sent.paragraph < floor:
            continue
        if m.actor.country and not _a_state(m.actor) and (word.search(m.text) or word.search(m.actor.name)):
            return m.actor
    return None


def _a_person(analysis: Analysis, mention: ActorMention) -> bool:
    """Whether a mention names a person (the tagger's PERSON), not a state or an organisation."""
    span = analysis.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span[-1].ent_type_ == "PERSON" and not _a_state(mention.actor)


def _a_state(actor: Actor) -> bool:
    """Whether an actor is a state itself ("Russia"), which "he" or "she" never stands for."""
    from detente.nlp.actors_dictionary import default_dictionary

    polity = default_dictionary().polities.get(actor.country or "")
    return polity is not None and polity["name"] == actor.name


def _title_back(analysis: Analysis, att: Attribution, speaker: Actor | None) -> Actor | None:
    """'Minister Ann Lee met ... "...," the German minister said': a definite description of a
    person ("the German minister", "the Kremlin spokesman") that the actor layer could only read
    as a state goes back to the latest person of that side named before it."""
    if speaker is None or speaker.country is None or att.start is None or att.end is None:
        return None
    span = analysis.doc.char_span(att.start, att.end, alignment_mode="expand")
    if span is None or span[0].lower_ != "the" or span.root.tag_ != "NN" \
            or span.root.lemma_.lower() not in lexicon()["person_nouns"]:
        return None   # "the officials said" is several people, not the one named before
    if not _is_state(analysis, span, speaker):
        return None   # the description resolved to a person already ("the French president")
    people = [m for m in analysis.actors if m.how in ("name", "surname")]
    here = analysis.sentence_at(att.start)
    floor = here.paragraph - PRONOUN_PARAGRAPHS if here is not None else -1
    before = [m.actor for m in people if m.end <= att.start and " " in m.actor.name
              and (s := analysis.sentence_at(m.start)) is not None and s.paragraph >= floor]
    earlier = [a for a in map(lambda a: _with_country(analysis, a), before) if a.country == speaker.country]
    return earlier[-1] if earlier else None


def _is_state(analysis: Analysis, span: Span, speaker: Actor) -> bool:
    """Whether `speaker` is the state a description's adjective names ("German" -> Germany)."""
    from detente.nlp.actors import ActorResolver

    states = {e.text for e in doc_ents(analysis.doc) if e.label_ == "GPE"}
    for tok in span:
        if tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
            actor = ActorResolver.default().lookup(tok.text)
            if actor is not None:
                states.add(actor.name)
    return speaker.name in states


def _described(analysis: Analysis, att: Attribution) -> Actor | None:
    """'"...," said one Western official' / 'a resident told us': a speaker the text describes
    rather than names (a person noun: official, source, resident, diplomat) still speaks. Only a
    description whose side is known is kept: from its own words ("a senior Russian diplomat",
    "a source close to Zelensky"), from the same noun described earlier ("the source" after "a
    source close to Zelensky"), or from the speaker just before in the paragraph."""
    if att.start is None or att.end is None:
        return None
    span = analysis.doc.char_span(att.start, att.end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= MAX_DESCRIPTION_WORDS:
        return None
    head = span.root
    if head.pos_ == "NOUN" and head.lemma_.lower() in DOCUMENT_NOUNS:
        return _document(analysis, head)
    if head.pos_ != "NOUN" or head.lemma_.lower() not in lexicon()["person_nouns"]:
        return None
    words = [t for t in span if not (t.i < head.i and t.dep_ in ("det", "nummod", "predet"))
             and not t.is_punct]
    name = analysis.doc[words[0].i:words[-1].i + 1].text if words else ""
    country = (_side_of(analysis, head) or _earlier_side(analysis, head)
               or _paragraph_side(analysis, att.start) or _institution_side(analysis, head, att.start))
    return Actor(name, country) if name and country else None


def _institution_side(analysis: Analysis, head: Token, at: int) -> str | None:
    """'a ministry spokesman', 'an embassy official', 'the army's spokeswoman': a person noun whose
    modifier is an institution noun speaks for the latest institution named before with that noun
    (as "the ministry said" does), so takes its side."""
    for mod in head.children:
        if mod.dep_ in ("compound", "poss") and mod.i < head.i and mod.pos_ == "NOUN" \
                and mod.lemma_.lower() not in lexicon()["person_nouns"]:
            actor = _institution_named_before(analysis, mod.lemma_.lower(), at)
            side = actor.country if actor is not None else _institution_described_before(analysis, mod, at)
            if side is not None:
                return side
    return None


def _institution_described_before(analysis: Analysis, noun: Token, at: int) -> str | None:
    """'The Chinese embassy in Washington denied it. "...," an embassy spokesperson said': the side
    the latest earlier use of the institution noun gives in the words before it ("Chinese",
    "Russia's"), not in what follows it (the embassy is in Washington, not of it)."""
    here = analysis.sentence_at(at)
    floor = here.paragraph - INSTITUTION_REACH if here is not None else -1
    for tok in reversed(analysis.doc[:noun.i]):
        sent = analysis.sentence_at(tok.idx)
        if sent is None or sent.paragraph < floor:
            return None
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != noun.lemma_.lower():
            continue
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
        sides = [m.actor.country for m in analysis.actors
                 if start <= m.start and m.end <= end and m.how != "pronoun" and m.actor.country]
        sides += [c for _, c in _demonyms(analysis, start, end) if c]
        if sides:
            return sides[-1]
    return None


DOCUMENT_NOUNS = {"statement", "declaration", "communique", "communiqué", "resolution", "memorandum",
                  "decree", "letter", "note", "readout"}
ISSUING_VERBS = {"issue", "adopt", "release", "publish", "sign", "endorse", "approve", "send", "put",
                 "agree", "draft", "circulate", "post", "deliver", "hand"}


def _document(analysis: Analysis, head: Token) -> Actor | None:
    """'"...," the declaration said': a document speaks for who issued it, named in its own words
    ("the Kremlin's statement") or as the subject of the verb that issued it earlier ("NATO
    leaders adopted a declaration"). A document of no known issuer gives no speaker."""
    side = _side_of(analysis, head)
    if side is None:
        for tok in reversed(analysis.doc[:head.i]):
            if tok.lemma_.lower() == head.lemma_.lower() and tok.pos_ == "NOUN":
                side = _side_of(analysis, tok) or _issuer(analysis, tok)
                break
    return Actor(f"{side} {head.lower_}", side) if side else None


def _issuer(analysis: Analysis, doc_noun: Token) -> str | None:
    """The side of the subject of "issued / adopted / released ... a statement", or of "the US
    military said in a statement" (a verb of speech whose "in" phrase names the document)."""
    verb = doc_noun.head
    if doc_noun.dep_ == "pobj" and verb.lower_ in ("in", "via", "through") \
            and verb.head.lemma_.lower() in lexicon()["speech_verbs"]:
        verb = verb.head
    elif doc_noun.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return _side_of(analysis, subjects[0]) if subjects else None


def _side_of(analysis: Analysis, head: Token) -> str | None:
    """The country a description names: an actor or demonym among its words ("close to Zelensky")."""
    tokens = list(head.subtree)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    inside = [m.actor.country for m in analysis.actors
              if start <= m.start and m.end <= end and m.how != "pronoun" and m.actor.country]
    inside += [c for _, c in _demonyms(analysis, start, end) if c]
    return inside[0] if inside else None


def _earlier_side(analysis: Analysis, head: Token) -> str | None:
    """'the source said' goes on with the side of the last 'source' the article described."""
    for tok in reversed(analysis.doc[:head.i]):
        if tok.lemma_.lower() == head.lemma_.lower() and tok.pos_ == "NOUN":
            side = _side_of(analysis, tok)
            if side:
                return side
    return None


def _paragraph_side(analysis: Analysis, at: int) -> str | None:
    """'SBU officials told the BBC ... "...," one source said': the side of the speaker named
    just before in the same paragraph."""
    here = analysis.sentence_at(at)
    if here is None:
        return None
    for sent in reversed(analysis.sentences[:here.index]):
        if sent.paragraph != here.paragraph:
            return None
        att = sent.attribution
        if att is not None and att.speaker is not None and att.speaker.country:
            return att.speaker.country
    return None


def _sentence_subject(analysis: Analysis, earlier: list[tuple[int, Actor]]) -> Actor | None:
    """'Zelenskyy said he and Mr. Trump had talked. "...," he said.': the pronoun goes on with the
    speaker of the latest sentence that names people, not with the last person it names."""
    latest = analysis.sentence_at(max(earlier, key=lambda c: c[0])[0])
    att = latest.attribution if latest is not None else None
    if att is None or att.speaker is None or att.start is None or att.speaker.country is None:
        return None
    said = analysis.article.text[att.start:att.end].lower()
    if said in PRONOUNS or not any(actor == att.speaker for _, actor in earlier):
        return None
    return att.speaker


def _full_name(analysis: Analysis, actor: Actor | None, before: int) -> Actor | None:
    """A bare surname ("Artiukh wrote") becomes the full name given earlier ("Volodymyr Artiukh")."""
    if actor is None or actor.country is not None or " " in actor.name:
        return actor
    for sent in reversed([s for s in analysis.sentences if s.start < before]):
        earlier = sent.attribution.speaker if sent.attribution is not None else None
        if earlier is not None and earlier.name.endswith(f" {actor.name}"):
            return earlier
    return actor


TITLE_REACH = 45       # characters before a name that its title may fill ("Belgian Prime Minister")
# US outlets name a member of Congress with party and state: "Sen. Ann Lee (D-Va.)", "(R-Texas)"
US_PARTY_STATE = re.compile(r"\s*\((?:D|R|I)-[A-Z][A-Za-z.]*\)")
TITLE_BREAK = re.compile(r"[,;.()\[\]\"“”]|\b(?:and|said|says|told|for)\b")


def _with_country(analysis: Analysis, speaker: Actor) -> Actor:
    """A speaker known only by name takes the actor the article resolved under that name
    elsewhere, or the country its title gives where the article introduces the person
    ("Estonian regional governor Mart Kask ... Kask said")."""
    if speaker.country is not None or not speaker.name.strip():
        return speaker
    text, surname = analysis.article.text, speaker.name.split()[-1]
    for m in analysis.actors:
        if m.actor.country and m.how != "pronoun" and (m.actor.name == speaker.name or m.actor.name.endswith(
                f" {speaker.name}") or " " in m.text and m.text.endswith(f" {speaker.name}")):
            return m.actor    # "Kask said" after a mention the actor layer resolved in full
    for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
        if US_PARTY_STATE.match(text, found.end()):
            return Actor(speaker.name, "USA", speaker.sector or "GOV")
        country = _title_country(analysis, found.start()) or _origin_country(analysis, found.end())
        if country:
            return Actor(speaker.name, country, speaker.sector)
    home = dateline_country(text) if speaker.sector == "GOV" else None
    return Actor(speaker.name, home, speaker.sector) if home else speaker


# ", 54, a teacher from", ", a retired miner in", ", a grower near": a description between a name and
# its place
ORIGIN = re.compile(r",\s*(?:\d{1,3},\s*)?(?:an?|the)\s+(?:[a-z][\w’'-]*\s+){1,5}"
                    r"(?:from|of|in|near|outside)\s+(?:the\s+)?")
ORIGIN_REACH = 70


def _origin_country(analysis: Analysis, name_end: int) -> str | None:
    """'said Olena, 54, a teacher from Kharkiv': a person the text describes by where she is from
    belongs to that place's country."""
    sent = analysis.sentence_at(name_end - 1)
    if sent is None:
        return None
    spots = [(p.start, p.place.country) for p in sent.places]
    spots += [(m.start, m.actor.country) for m in sent.actors if m.how == "name"]
    text = analysis.article.text
    for start, country in sorted(spots, key=lambda spot: spot[0]):   # a place and a name may start alike
        if country and 0 < start - name_end <= ORIGIN_REACH and ORIGIN.fullmatch(text, name_end, start):
            return country
    return None


def _title_country(analysis: Analysis, name_at: int) -> str | None:
    """The country of the nearest actor, place or demonym in the title right before a name."""
    lo = max(name_at - TITLE_REACH, 0)
    mentions = [(m.end, m.actor.country) for m in analysis.actors if lo <= m.start and m.end <= name_at]
    sent = analysis.sentence_at(name_at)
    if sent is not None:
        mentions += [(p.end, p.place.country) for p in sent.places if lo <= p.start and p.end <= name_at]
    mentions += _demonyms(analysis, lo, name_at)
    for end, country in sorted(mentions, key=lambda m: m[0], reverse=True):  # countries may be None
        between = analysis.article.text[end:name_at]
        if country and len(country) == 3 and not TITLE_BREAK.search(between) and "\n" not in between \
                and not _posted_to(analysis, end) and _title_words(analysis, end, name_at):
            return country
    return None


POSTED = re.compile(r"\b(?i:ambassador|envoy|representative|emissary|delegate|consul|attach[eé]|official|"
                    r"correspondent|commander)\s+(?:to|in|at)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3}$")


def _posted_to(analysis: Analysis, end: int) -> bool:
    """'China's ambassador to Britain Liu Xiaoming', 'the US envoy to Ukraine Kurt Volker': the
    country after "to" or "in" in a title is where the envoy is posted, not whose envoy he is."""
    return bool(POSTED.search(analysis.article.text[max(end - 60, 0):end]))


def _demonyms(analysis: Analysis, start: int, end: int) -> list[tuple[int, str | None]]:
    """Country adjectives of a title the actor layer left as words ("Estonian regional governor")."""
    from detente.nlp.actors import ActorResolver

    span = analysis.doc.char_span(start, end, alignment_mode="contract")
    out: list[tuple[int, str | None]] = []
    for tok in span if span is not None else []:
        if tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
            actor = ActorResolver.default().lookup(tok.text)
            if actor is not None and actor.sector == "GOV":
                out.append((tok.idx + len(tok.text), actor.country))
    return out


def _title_words(analysis: Analysis, start: int, end: int) -> bool:
    """Only the words of a title between the place and the name ("'s Prime Minister", "regional
    head"), no verb or preposition ("expressed gratitude to")."""
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    return span is None or all(t.pos_ in ("PROPN", "NOUN", "ADJ", "PART", "PUNCT", "SPACE", "DET")
                               or t.lower_ in ("of", "to", "in") for t in span)   # "head of staff"


# ------------------------------------------------------------------ scanning
def scan_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation in `text`, continued across paragraphs and joined across "he said"."""
    spans = _join_interrupted(text, _double_quotes(text))
    for span in spans:
        span.nested = _nested(text, span)
    taken = [(s.open, s.close) for s in spans]
    for match in NESTED.finditer(text):
        if not any(a <= match.start() < b for a, b in taken) and "\n" not in match.group(1) \
                and (match.group(0)[0] == "‘" or _single_straight(text, match)):
            spans.append(QuoteSpan([(match.start(1), match.end(1))], match.start(), match.end()))
    return sorted(spans, key=lambda s: s.open)


def _single_straight(text: str, match: re.Match[str]) -> bool:
    """'We will stay,' he said: outlets that quote in single marks, typed straight. An apostrophe
    can look like either mark ("the allies' plan"), so the words must run to a sentence's length
    and the close must sit at a clause break: after , . ! ? or before one, or at a line end."""
    if match.group(0)[0] != "'" or len(match.group(1).split()) < MIN_WORDS:
        return False
    before, after = text[match.end() - 2], text[match.end():match.end() + 1]
    return before in ",.!?" or after in ("", "\n") or after in ",.;:!?)"


def _double_quotes(text: str) -> list[QuoteSpan]:
    """Pair double quotation marks, paragraph by paragraph (news convention for long quotes)."""
    spans: list[QuoteSpan] = []
    current: QuoteSpan | None = None
    seg_start = 0
    for pos, role in _marks(text):
        if current is not None and "\n\n" in text[seg_start:pos]:
            if role == "open" and _at_paragraph_start(text, pos):
                current.segments.append((seg_start, _paragraph_end(text, seg_start)))
                seg_start = pos + 1
                continue
            current = None
        if role == "open":
            current, seg_start = QuoteSpan([], pos, pos), pos + 1
        elif current is not None:
            current.segments.append((seg_start, pos))
            current.close = pos + 1
            spans.append(current)
            current = None
    return spans


def _marks(text: str) -> list[tuple[int, str]]:
    """Positions of double quotation marks with their role (open or close)."""
    marks = []
    low_open = False   # „...“ (German, Polish, Ukrainian house styles): the high mark closes
    for pos, char in enumerate(text):
        if char == "\n" and text.startswith("\n\n", pos):
            low_open = False
        if char == "„":
            marks.append((pos, "open"))
            low_open = True
        elif char == "“" and low_open:
            marks.append((pos, "close"))
            low_open = False
        elif char in "“«":
            marks.append((pos, "open"))
        elif char in "”»":
            low_open = False
            marks.append((pos, "close"))
        elif char == '"':
            prev = text[pos - 1] if pos else " "
            nxt = text[pos + 1] if pos + 1 < len(text) else " "
            opens = (prev.isspace() or prev in "([—–-/") and not nxt.isspace()
            marks.append((pos, "open" if opens else "close"))
    return marks


def _at_paragraph_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


def _join_interrupted(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """'"We are ready," he said, "but not at any price."' is one quote of two segments."""
    out: list[QuoteSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and _interruption(text, prev, span):
            prev.breaks.append(len(prev.segments))
            prev.segments.extend(span.segments)
            prev.close = span.close
        else:
            out.append(span)
    return out


def _interruption(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    gap = text[first.close:second.open]
    last_words = text[first.segments[-1][0]:first.segments[-1][1]].rstrip()
    if GAP_BREAK.search(gap) or len(gap.split()) > MAX_GAP_WORDS or not gap.strip(" ,") or ":" in gap \
            or CLAUSE_BREAK.search(gap):   # '"A," Lee said, while Kask said "B"': two speakers
        return False   # 'X said: "..."' opens a new quote, it does not resume one
    words = re.findall(r"\w+", gap.lower())
    if not words or words[0] in CONJUNCTIONS:
        return False   # '"...," and "..."': two quotes side by side, no one interrupting
    return last_words.endswith(",") or gap.lstrip().startswith(",")


def _nested(text: str, span: QuoteSpan) -> list[QuoteSpan]:
    """Single-quoted words inside a double quote: someone else's words, relayed."""
    nested = []
    for start, end in span.segments:
        for match in NESTED.finditer(text, start, end):
            nested.append(QuoteSpan([(match.start(1), match.end(1))], match.start(), match.end()))
    return nested


def quotation_speaker(analysis: Analysis, offset: int) -> Actor | None:
    """Who speaks the direct quotation that holds `offset`, read as a quote record reads it.

    Other extractors use it for a first person inside quotation marks ('"We condemn the strike,"
    the ministry said'): the 'we' is the quote's speaker, whom the writer names outside the marks."""
    spans = scan_quotes(analysis.article.text)
    quoted = [seg for span in spans for seg in span.segments]
    for span in spans:
        if not span.covers(offset, offset + 1) or any(n.covers(offset, offset + 1) for n in span.nested):
            continue
        record = _record(analysis, span, None, quoted)
        if record is None:
            return None
        return Actor(**record.fields["speaker"])
    return None

"""Numbers in news sentences: what is counted, how many, and how sure the writer is.

`parse_number` reads one number as written ("41", "1,000", "three-quarters", "$7 billion",
"2bn", "thousands"). `find_quantities` finds every count in a sentence with its qualifier
(about, at least, over, up to), unit (USD, percent, km) and counted noun ("aircraft destroyed or
damaged"). It uses the tagger when the pipeline has one and plain token rules on spacy.blank docs.

Conventions: vague plurals ("thousands", "dozens", "tens of thousands") are the lower bound of
their magnitude with the qualifier "at least" unless the text gives one; "less than"/"under" map
to "up to" (the contract has no "under"). Years, times, dates ("June 1"), ordinals, labels
("Day 3", "Resolution 2202"), list numbers and durations ("18 months", "30-day") are not counts,
nor are the counters of page furniture ("1.2K shares", "5 min read"). House styles read alike:
"1.2m" and "1.5 bln" (the tokenizer cuts the abbreviation off), Indian crore and lakh, ranges
("between 10 and 15", "10 to 15": the lower bound, "at least"), and currencies other than the
dollar (an ISO code as the unit, which claims turn into words: the contract knows only USD).
"""
from __future__ import annotations

import json
import re
from importlib import resources
from typing import TYPE_CHECKING

from detente.nlp.core import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _load(name: str) -> dict:
    return json.loads(resources.files("detente.data").joinpath(name).read_text(encoding="utf-8"))


VOCAB = _load("numbers_vocab.json")
MONTHS = {m.capitalize() for m in _load("dates_vocab.json")["months"]}
UNITS: dict[str, int] = VOCAB["units"]
TENS: dict[str, int] = VOCAB["tens"]
SCALES: dict[str, int] = VOCAB["scales"]
SUFFIXES: dict[str, int] = VOCAB["suffixes"]
FRACTIONS: dict[str, float] = VOCAB["fractions"]
DOZENS: dict[str, int] = VOCAB["dozens"]
VAGUE: dict[str, int] = VOCAB["vague"]
QUALIFIERS: dict[str, str] = VOCAB["qualifiers"]
WORDS = set(UNITS) | set(TENS) | set(SCALES) | set(FRACTIONS) | set(DOZENS) | set(VAGUE)
DIGITS = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>"
                    + "|".join(sorted(SUFFIXES, key=len, reverse=True)) + r")?$", re.IGNORECASE)
CURRENCY_SIGNS = sorted(VOCAB["currency_before"], key=len, reverse=True)
CURRENCY = re.compile(r"^(?:" + "|".join(map(re.escape, CURRENCY_SIGNS)) + r")\s*", re.IGNORECASE)
CHROME_AFTER = set(VOCAB["chrome_after"])
FORMULA_SIGNS = ("+", "/", "×")
SPACED_SUFFIXES = ("bn", "bln", "mn", "mln", "tn", "trn")   # "1.5 bln": a scale abbreviation after a space
SPLIT = re.compile(r"[\s\-–]+")
# "16 000", "1 200 000": thousands grouped by spaces (European and Ukrainian style)
SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,]?\d)")


def _strip_qualifier(text: str) -> str:
    for phrase in sorted(QUALIFIERS, key=len, reverse=True):
        if text.startswith(phrase + " "):
            return text[len(phrase) + 1:]
    return text


def parse_number(text: str) -> float | None:
    """The value of one written number, or None when `text` is not one ("a" alone is not)."""
    text = _strip_qualifier(text.strip().lower())
    text = CURRENCY.sub("", text).rstrip("%").strip()
    text = re.sub(r"\s*(?:percent|per cent|dollars)$", "", text)
    text = re.sub(r"(?<=\d)([a-z]{1,3})\.$", r"\1", text)   # "$30m." at a sentence's end
    if text in VAGUE:
        return float(VAGUE[text])
    text = SPACED_THOUSANDS.sub(lambda m: re.sub(r"\s", "", m.group(0)), text)
    words = [w for w in SPLIT.split(text) if w and w != "and"]
    if not words:
        return None
    first = DIGITS.match(words[0])
    if first:
        value = float(first["num"].replace(",", "")) * SUFFIXES.get((first["suffix"] or "").lower(), 1)
        return _scaled(value, words[1:])
    return _words_value(words)


def _scaled(value: float, rest: list[str]) -> float | None:
    """A digit number followed by scale words ("1.5 million", "7 billion")."""
    for word in rest:
        scale = SCALES.get(word) or SUFFIXES.get(word)
        if scale is None:
            return None
        value *= scale
    return value


def _words_value(words: list[str]) -> float | None:
    """Spelled-out numbers: "twenty-five", "a hundred", "three-quarters", "a dozen", "two million"."""
    total, current, seen = 0.0, 0.0, False
    for i, word in enumerate(words):
        if word in ("a", "an"):
            if i + 1 == len(words):
                return None
            current, seen = current or 1.0, True
        elif word in UNITS or word in TENS:
            current += UNITS.get(word, TENS.get(word, 0))
            seen = True
        elif word in FRACTIONS:
            current = (current or 1.0) * FRACTIONS[word]
            seen = True
        elif word in DOZENS:
            current = (current or 1.0) * DOZENS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None


# ---- finding quantities in a sentence ---------------------------------------------------------

def _is_digit_token(token: Token) -> bool:
    return bool(DIGITS.match(token.text))


def _word(token: Token) -> str:
    return token.lower_


def _starts_number(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if _is_digit_token(tok):
        return True
    word = _word(tok)
    nxt = _word(tokens[i + 1]) if i + 1 < len(tokens) else ""
    if word in ("a", "an"):
        return nxt in SCALES or nxt in DOZENS or nxt in FRACTIONS and not _ordinal(tokens, i + 1)
    if word == "tens":
        return nxt == "of" and i + 2 < len(tokens) and _word(tokens[i + 2]) in VAGUE
    return word in WORDS and word not in ("quarter", "quarters", "third", "thirds", "fifth", "tenth",
                                          "fifths", "tenths", "halves")


UNIT_NAMES = ("brigade", "battalion", "regiment", "division", "corps", "squadron", "flotilla", "detachment")
ORDINAL_FRACTIONS = ("third", "fourth", "fifth", "tenth")


def _ordinal(tokens: list[Token], k: int) -> bool:
    """"a fifth deadline", "a third round of talks": a fraction word that is also an ordinal,
    right before the noun it ranks, says which one, not how much ("a fifth of the land" is a share)."""
    if _word(tokens[k]) not in ORDINAL_FRACTIONS or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return nxt.is_alpha and _word(nxt) not in ("of", "more", "less", *SCALES) \
        and getattr(nxt, "pos_", "") in ("NOUN", "ADJ", "PROPN")


def _group_end(tokens: list[Token], i: int) -> int:
    """Index after the last token of the number starting at i ("twenty - five", "1.5 million",
    "tens of thousands", "three - quarters")."""
    j = i + 1
    while j < len(tokens):
        word = _word(tokens[j])
        prev = _word(tokens[j - 1])
        fraction = word in FRACTIONS and not _is_digit_token(tokens[j - 1])
        if word in SCALES or word in DOZENS or fraction or _thousands_group(tokens, i, j) \
                or _suffix_token(tokens, j):
            j += 1
        elif word in UNITS or word in TENS:
            if _is_digit_token(tokens[j - 1]):
                break
            j += 1
        elif word in ("-", "–") and j + 1 < len(tokens) and _word(tokens[j + 1]) in WORDS and not \
                tokens[j - 1].whitespace_:
            j += 1
        elif word == "of" and prev in ("tens", "hundreds") and j + 1 < len(tokens) \
                and _word(tokens[j + 1]) in VAGUE:
            j += 2
        elif word == "and" and prev in SCALES and j + 1 < len(tokens) \
                and _word(tokens[j + 1]) in UNITS.keys() | TENS.keys():
            j += 1
        else:
            break
    return j


def _suffix_token(tokens: list[Token], j: int) -> bool:
    """"1.2m", "1.2K", "1.5 bln": the tokenizer cuts a magnitude abbreviation off its digits."""
    prev, word = tokens[j - 1], _word(tokens[j])
    if word.endswith(".") and word[:-1] in SUFFIXES and not prev.whitespace_:
        word = word[:-1]   # "each worth $30m. Rights groups say": the tokenizer took the full stop along
    if not _is_digit_token(prev) or word not in SUFFIXES or DIGITS.match(prev.text)["suffix"]:
        return False
    if prev.whitespace_:
        return word in SPACED_SUFFIXES
    return not (j + 1 < len(tokens) and tokens[j + 1].text in ("-", "–") and not tokens[j].whitespace_)


def _thousands_group(tokens: list[Token], i: int, j: int) -> bool:
    """"16 000": token j is a group of three digits after a space-grouped number begun at i."""
    first, prev, tok = tokens[i].text, tokens[j - 1], tokens[j]
    return (re.fullmatch(r"\d{3}", tok.text) is not None and re.fullmatch(r"\d{1,3}", first) is not None
            and all(re.fullmatch(r"\d{1,3}", t.text) for t in tokens[i:j])
            and prev.whitespace_ in (" ", "\u00a0", "\u2009", "\u202f") and len(prev.whitespace_) == 1
            and not (j + 1 < len(tokens) and re.fullmatch(r"\d+", tokens[j + 1].text) and j - i >= 3))


def _is_year(tokens: list[Token], i: int, j: int) -> bool:
    text = tokens[i].text
    return j == i + 1 and len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


def _skip(tokens: list[Token], i: int, j: int) -> bool:
    """Numbers that are not counts: dates, times, labels, ordinals, list markers, "one of"."""
    tok, prev = tokens[i], tokens[i - 1] if i > 0 else None
    nxt = tokens[j] if j < len(tokens) else None
    if getattr(tok, "ent_type_", "") in ("DATE", "TIME") and not _counts_a_noun(tokens, i, j):
        return True
    if ":" in tok.text or (nxt is not None and _word(nxt) in VOCAB["not_count_after"]
                           and not _local_people(tokens, j)):
        return True
    if nxt is not None and _word(nxt) in CHROME_AFTER and j - i <= 2 and not (j + 1 < len(tokens)
                                                                            and _word(tokens[j + 1]) == "of"):
        return True   # page furniture: "1.2K shares", "5 min read"
    if (prev is not None and prev.text in MONTHS) or (nxt is not None and nxt.text in MONTHS):
        return True
    label = _token_before(tok)
    if label is not None and _word(label) in VOCAB["labels"] \
            and (label.text[:1].isupper() or label.text == "#"):
        return True
    if i == 0 and nxt is not None and nxt.text in (".", ")"):
        return True
    if nxt is not None and nxt.text[:1].isupper() and _word(nxt) in UNIT_NAMES:
        return True   # "the 155 Brigade", "47 Battalion": the number is part of the unit's name
    if _formula(tokens, i, j):
        return True
    if _word(tok) == "one" and j == i + 1:
        return (nxt is not None and _word(nxt) in VOCAB["one_not_before"]) or \
            (prev is not None and _word(prev) in VOCAB["one_not_after"])
    return False


def _local_people(tokens: list[Token], j: int) -> bool:
    """"three local cricketers", "12 local residents": "local" before a plural noun describes who
    is counted; "at 0800 local", "3 local time" are clock times."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return _word(tokens[j]) == "local" and after is not None and after.tag_ == "NNS" \
        and after.lower_ not in DURATIONS


def _token_before(tok: Token) -> Token | None:
    """The word before `tok` in the whole text, over the dot of an abbreviation: "No. 14 Alabama"
    may be cut into "No" and "." or into two sentences after "No."."""
    if tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    if before.text == "." and tok.i > 1 and not tok.doc[tok.i - 2].whitespace_:
        return tok.doc[tok.i - 2]
    return before


def _formula(tokens: list[Token], i: int, j: int) -> bool:
    """"the 2+2 format", "24/7", "a 50-50 chance": numbers joined by a sign into a name or odds."""
    before = tokens[i - 1] if i > 0 else None
    after = tokens[j] if j < len(tokens) else None
    if before is not None and before.text in FORMULA_SIGNS and not before.whitespace_:
        return True
    if after is not None and after.text in FORMULA_SIGNS and not tokens[j - 1].whitespace_:
        return True
    if _range_end(tokens, j, i) != j + 2 or tokens[j].text not in ("-", "–"):
        return False
    return tokens[j + 1].text == tokens[i].text or _score(tokens[i].text, tokens[j + 1].text)


def _score(first: str, second: str) -> bool:
    """"a 117-95 loss", "(19-8, 11-3 SEC)", "voted 79-18": a pair of whole numbers whose second is
    the smaller is a score, a record or a tally; a range runs from the lower bound up ("20-30")."""
    low, high = parse_number(first), parse_number(second)
    return "." not in first + second and low is not None and high is not None and low > high


def _counts_a_noun(tokens: list[Token], i: int, j: int) -> bool:
    """"between 40 and 50 drones", "Rs 50 crore": the tagger's DATE reading is wrong for an
    amount of money and for a range that a plural noun (no length of time) follows."""
    if i > 0 and tokens[i - 1].lower_ in VOCAB["currency_before"]:
        return True
    k = _range_end(tokens, j, i)
    after = tokens[k] if k < len(tokens) else None
    return k > j and after is not None and after.tag_ == "NNS" and after.lower_ not in DURATIONS


def _qualifier(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """The qualifier phrase just before token i, and where it starts."""
    for phrase in sorted(QUALIFIERS, key=len, reverse=True):
        size = len(phrase.split())
        if i - size < 0:
            continue
        words = " ".join(_word(t) for t in tokens[i - size:i])
        if words == phrase:
            return QUALIFIERS[phrase], i - size
    return None, i


def _unit_after(tokens: list[Token], j: int) -> tuple[str | None, int]:
    """The unit written after the number ("%", "per cent", "km", "dollars", "-kilometre")."""
    if j + 1 < len(tokens) and tokens[j].text in ("-", "–") and not tokens[j - 1].whitespace_:
        unit, end = _unit_after(tokens, j + 1)
        if unit is not None:
            return unit, end
    for phrase in sorted(VOCAB["units_after"], key=len, reverse=True):
        for size in range(1, len(phrase.split()) + 2):   # "sq. km": the tokenizer may cut off the dot
            written = "".join(t.text_with_ws for t in tokens[j:j + size]).strip().lower()
            if j + size <= len(tokens) and written == phrase:
                return VOCAB["units_after"][phrase], j + size
    return None, j


def _tagged(tokens: list[Token]) -> bool:
    return bool(tokens) and tokens[0].doc.has_annotation("TAG")


def _attached_hyphen(tokens: list[Token], k: int) -> bool:
    """Token k is joined to the next word by a hyphen ("medium-sized", "Iranian-made")."""
    return k + 2 < len(tokens) and tokens[k + 1].text in ("-", "–") and not tokens[k].whitespace_ \
        and not tokens[k + 1].whitespace_


def _is_participle(tok: Token, tagged: bool) -> bool:
    """An -ed word that says what happened to the things counted ("destroyed", "killed"), not a
    lexicalised adjective ("armoured vehicles")."""
    if tok.lower_ in ADJECTIVE_PARTICIPLES:
        return False
    if tagged:
        return tok.tag_ == "VBN" or (tok.tag_ == "JJ" and tok.lower_.endswith("ed"))
    return tok.is_alpha and tok.lower_.endswith("ed") and len(tok.text) > 4 and tok.lower_ not in STOP


def _is_noun(tok: Token, tagged: bool, run: list[Token]) -> bool:
    if tagged:
        return tok.tag_.startswith("NN") and tok.text not in ("%",)
    if not tok.is_alpha or tok.lower_ in STOP or tok.lower_ in WORDS or tok.lower_.endswith("ed"):
        return False
    if run and re.search(r"[^s]s$", run[-1].lower_):
        return False  # without tags a plural ends the noun: "soldiers lay" -> "soldiers"
    return not (run and tok.text[0].isupper() and not run[-1].text[0].isupper())


def _cut_run(run: list[Token], tagged: bool) -> list[Token]:
    """A noun run ends at its last common noun ("aircraft Ukraine" -> "aircraft")."""
    if tagged:
        common = [k for k, t in enumerate(run) if t.pos_ == "NOUN" or t.tag_ in ("NN", "NNS")]
        if common:
            return run[:common[-1] + 1]
    return run


def _post_participles(tokens: list[Token], k: int, tagged: bool) -> list[Token]:
    """"killed or wounded" after the head noun (with the tagger), or "-ed or -ed" without it."""
    if k >= len(tokens) or not _is_participle(tokens[k], tagged):
        return []
    coordinated = k + 2 < len(tokens) and tokens[k + 1].lower_ in ("or", "and")
    if coordinated and _is_participle(tokens[k + 2], tagged):
        return tokens[k:k + 3]
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    ends = after is None or after.is_punct or (after.tag_ in ("IN", "CC") and after.lower_ != "to")
    return tokens[k:k + 1] if tagged and tokens[k].tag_ == "VBN" and ends else []


def _surface(tok: Token, tagged: bool) -> str:
    keep = tok.pos_ == "PROPN" if tagged else (tok.text[0].isupper() and not tok.is_sent_start)
    return tok.text if keep else tok.lower_


def _joins_participles(tokens: list[Token], k: int, pre: list[Token], tagged: bool) -> bool:
    """"or" in "destroyed or damaged": a conjunction between two participles."""
    return bool(pre) and tokens[k].lower_ in ("or", "and") and k + 1 < len(tokens) \
        and _is_participle(tokens[k + 1], tagged)


def _scan(tokens: list[Token], k: int, tagged: bool) -> tuple[list[Token], list[Token]]:
    """Prenominal participles and the noun run after the number, skipping adjectives, hyphenated
    compounds ("medium-sized", "missile-carrying") and possessors ("Russia's")."""
    pre: list[Token] = []
    run: list[Token] = []
    while k < len(tokens) and tokens[k].lower_ in DETERMINERS:
        k += 1
    while k < len(tokens):
        tok = tokens[k]
        if _attached_hyphen(tokens, k):
            run = []
            while _attached_hyphen(tokens, k):
                k += 2
        elif not run and (_is_participle(tok, tagged) or _joins_participles(tokens, k, pre, tagged)):
            pre.append(tok)
        elif tok.tag_ == "POS" or tok.text in ("'s", "’s"):
            run = []
        elif tagged and tok.tag_.startswith("JJ") and run and all(t.pos_ == "PROPN" for t in run):
            run = []  # "U.S. military personnel": the proper noun was a modifier
        elif not run and (tok.lower_ in ADJECTIVE_PARTICIPLES or (tagged and tok.tag_.startswith("JJ"))):
            pass
        elif _is_noun(tok, tagged, run):
            run.append(tok)
        else:
            break
        k += 1
    return pre, run


def _noun_phrase(tokens: list[Token], k: int) -> tuple[str | None, Token | None]:
    """The counted noun from token k: head noun with its compounds, prenominal participles moved
    after it ("destroyed or damaged aircraft" -> "aircraft destroyed or damaged"); a participle
    alone is the noun ("12 killed" -> "killed")."""
    tagged = _tagged(tokens)
    pre, run = _scan(tokens, k, tagged)
    run = _cut_run(run, tagged)
    if not run:
        return (" ".join(t.lower_ for t in pre), pre[-1]) if pre else (None, None)
    post = _post_participles(tokens, run[-1].i - tokens[0].i + 1, tagged) if not pre else []
    words = [_surface(t, tagged) for t in run] + [t.lower_ for t in pre + post]
    return " ".join(words), run[-1]


def _subject_noun(tok: Token) -> str | None:
    """For "output fell 32%": the subject of the verb the number hangs from."""
    head = tok
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            words = [c for c in child.children if c.dep_ == "compound" and c.i < child.i] + [child]
            return " ".join(_surface(t, True) for t in words)
    return None


STOP = set(VOCAB["stop_words"])
ADJECTIVE_PARTICIPLES = set(VOCAB["adjective_participles"])
DETERMINERS = set(VOCAB["determiners"])
DURATIONS = set(VOCAB["durations"])
LINKS = sorted((link.split() for link in VOCAB["noun_links"]), key=len, reverse=True)


def _link(tokens: list[Token], k: int, unit: str | None, loose: bool) -> int:
    """Skip "in"/"of"/"worth of" between a sum, share or vague count and its noun."""
    if unit != "USD" and not loose:
        return k
    for link in LINKS:
        if [t.lower_ for t in tokens[k:k + len(link)]] == link and (unit == "USD" or link == ["of"]):
            return k + len(link)
    return k


def _range_end(tokens: list[Token], j: int, i: int | None = None) -> int:
    """After "10" in "10-15 tanks", "between 10 and 15 tanks", "10 to 15 tanks": the index after
    the upper bound, else j. "from 10 to 15" is a change, not a range."""
    if j + 1 < len(tokens) and tokens[j].text in ("-", "–") and not tokens[j - 1].whitespace_ \
            and _is_digit_token(tokens[j - 1]) and _is_digit_token(tokens[j + 1]):
        return j + 2
    if i is None or j + 1 >= len(tokens) or j - i != 1 or not _is_digit_token(tokens[i]) \
            or not _is_digit_token(tokens[j + 1]) or _group_end(tokens, j + 1) != j + 2:
        return j
    before = _word(tokens[i - 1]) if i > 0 else ""
    joiner = _word(tokens[j])
    if joiner == "and" and before == "between" or joiner == "to" and before not in ("from", "of"):
        return j + 2
    return j


def _shared_scale(tokens: list[Token], i: int, j: int, upper: int) -> tuple[float, int]:
    """"$40-50 billion", "3-4 million": the scale word after a range's upper bound scales its
    lower bound too. Returns the lower bound's factor and the index after the scale words."""
    if upper <= j or any(_word(t) in SCALES for t in tokens[i:j]):
        return 1, upper
    end = _group_end(tokens, upper - 1)
    if end <= upper or not all(_word(t) in SCALES for t in tokens[upper:end]):
        return 1, upper
    factor = parse_number("1 " + " ".join(t.text for t in tokens[upper:end]))
    return (factor, end) if factor else (1, upper)


def _range_extent(tokens: list[Token], j: int, i: int) -> int:
    """Index after a range's upper bound and the scale words it shares with its lower bound."""
    return _shared_scale(tokens, i, j, _range_end(tokens, j, i))[1]


def _is_duration(tokens: list[Token], end: int) -> bool:
    """"30-day", "two-year": a length of time, not a count."""
    return end + 1 < len(tokens) and tokens[end].text in ("-", "–") and tokens[end + 1].lower_ in DURATIONS


def _quantity(tokens: list[Token], i: int, j: int) -> Quantity | None:
    """The quantity whose number is tokens[i:j], with its currency, unit, qualifier and noun."""
    start_tok = i - 1 if i > 0 and tokens[i - 1].lower_ in VOCAB["currency_before"] else i
    unit = VOCAB["currency_before"].get(tokens[start_tok].lower_) if start_tok < i else None
    upper = _range_end(tokens, j, i)
    scale, upper = _shared_scale(tokens, i, j, upper)
    after_unit, end = _unit_after(tokens, upper)
    unit = unit or after_unit
    doc = tokens[0].doc
    # A span's text, not doc.text: spaCy rebuilds the whole document's text on every access.
    value = parse_number(doc[tokens[start_tok].i:tokens[j - 1].i + 1].text)
    value = value * scale if value is not None else None
    qualifier, _ = _qualifier(tokens, start_tok)
    if value is None or _is_duration(tokens, end) or (_is_year(tokens, i, j) and not qualifier and not unit):
        return None
    words = {t.lower_ for t in tokens[i:j]}
    vague = " ".join(t.lower_ for t in tokens[i:j]) in VAGUE or bool(words & VAGUE.keys())
    loose = vague or unit == "percent" or bool(words & FRACTIONS.keys())
    noun, head = _noun_phrase(tokens, _link(tokens, end, unit, loose))
    if head is not None and head.lower_ in DURATIONS:
        return None
    if noun is None and unit == "percent" and _tagged(tokens):
        noun = _subject_noun(tokens[i])
    if (vague or upper > j) and qualifier is None:
        qualifier = "at least"
    stop = tokens[end - 1].idx + len(tokens[end - 1].text)
    return Quantity(tokens[start_tok].idx, stop, doc[tokens[start_tok].i:tokens[end - 1].i + 1].text, value,
                    qualifier, unit, noun)


def find_quantities(span: Span) -> list[Quantity]:
    """Every count in one sentence, with absolute character offsets into the document."""
    tokens = list(span)
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        if not _starts_number(tokens, i):
            i += 1
            continue
        j = _group_end(tokens, i)
        quantity = None if _skip(tokens, i, j) else _quantity(tokens, i, j)
        if quantity is not None:
            found.append(quantity)
        i = max(j, _range_extent(tokens, j, i))
    return found

"""Figures about the war: how many drones, aircraft, soldiers, dollars, and who says so.

`find_claims(analysis)` turns each counted quantity of a sentence (from the language core's
number finder) into a `claim`: `what` is the counted noun, with the action it undergoes when the
parse names one ("drones launched", "people killed"); `claimant` is the sentence's attribution;
`subject` is whose drones or losses they are (a possessor or demonym on the noun, the subject of
"suffered"/"lost", or the actor of a non-harming action such as "launched"). Dates, durations,
ages, labels and counts of talk-shop nouns ("two sides") are not claims. Vocabulary is data:
`detente/data/claims_lexicon.json`.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from detente.extract.common import actor_or_none, make_record
from detente.models import Actor, Record
from detente.nlp.attribution import lexicon as attribution_lexicon
from detente.nlp.core import Analysis, Quantity, Sentence
from detente.nlp.numbers import VOCAB, parse_number

if TYPE_CHECKING:
    from spacy.tokens import Token

LEXICON_FILE = "claims_lexicon.json"
PARTICLES = ("down", "off", "out", "up")
# other currencies than the contract's USD: the amount is kept, the currency goes into `what`
CURRENCY_WORDS: dict[str, str] = VOCAB["currency_words"]
SCALE_WORDS = {*VOCAB["scales"], *VOCAB["suffixes"]}   # "billion" of "$9.1 billion in 2018"
# whose dollars an amount is in ("US dollars", "U.S. dollars"): part of the currency, not what it buys
CURRENCY_ISSUERS = {"us", "u.s.", "american"}
APPROXIMATORS = ("over", "about", "around", "nearly", "almost", "under", "some", "roughly")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    text = resources.files("detente.data").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    return {k: set(v) if isinstance(v, list) else v for k, v in json.loads(text).items()}


def find_claims(analysis: Analysis) -> list[Record]:
    """One `claim` record per distinct war figure in the article (repeats kept once)."""
    records: list[Record] = []
    seen: set[tuple[float, str]] = set()   # (value, counted noun): a figure repeated
    for sent in analysis.sentences:
        counted: str | None = None   # the counted noun of the sentence's last figure
        whole: str | None = None     # the `what` of the sentence's last figure of things
        previous: Quantity | None = None
        for quantity in sent.quantities:
            converted = _conversion(analysis.article.text, previous, quantity)
            previous = quantity
            if converted:
                continue
            fields = claim_fields(analysis, sent, quantity)
            if fields is not None and counted is not None:
                fields["what"] = _with_whole_noun(analysis, quantity, fields, counted)
            if fields is None and counted is not None and whole is not None:
                fields = _elided_fields(analysis, sent, quantity, counted, whole)
            if fields is None:
                continue
            counted = _counted_noun_word(fields["what"]) if fields["unit"] is None else None
            whole = fields["what"] if counted is not None else None
            key = (round(float(fields["value"]), 6), _counted_word(fields["what"]))
            if key not in seen:
                seen.add(key)
                records.append(make_record("claim", analysis, sent, fields))
    return records


# "5 billion yen (about $33 million)", "3,200 miles (5,150 km)": an opening bracket, at most an
# approximating word or two, then the amount again in another unit
CONVERSION = re.compile(r"\s*\(\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|or|"
                        r"equivalent to|worth|c\.|ca\.)\s+)?")


def _conversion(text: str, previous: Quantity | None, quantity: Quantity) -> bool:
    """Whether `quantity` restates the amount just before it in another unit, in brackets: the
    figure was reported once, in its first unit."""
    if previous is None or not (previous.unit or quantity.unit):
        return False
    return CONVERSION.fullmatch(text, previous.end, quantity.start) is not None


def claim_fields(analysis: Analysis, sent: Sentence, quantity: Quantity) -> dict[str, Any] | None:
    """The contract fields of one quantity, or None when it is no figure about the war."""
    if _in_time(sent, quantity) or _vague(quantity):
        return None
    number = _number_token(analysis, quantity)
    noun = _counted_noun(number) if number is not None else None
    if number is not None and noun is None and not quantity.noun:
        noun = _noun_past_participle(number)
    if number is not None and (_ratio_part(quantity, number) or _describes_a_noun(number, noun)
                               or _address(number, noun) or _name_number(quantity, number)
                               or _reporting_sources(noun) or _degree(quantity, number)
                               or _population(number, noun)):
        return None
    part, whole = _part_of_whole(number)
    if whole is not None:       # "212 of 230 drones were shot down": the 212 were, the 230 were all
        own = _action(number, noun) if number is not None else None
        what = _what(quantity, number, noun) if own else _what(quantity, whole, _counted_noun(whole))
    elif part is not None:
        what = _what(quantity, None, noun)
    else:
        what = _what(quantity, number, noun) or _partitive(quantity, number) \
            or _repetitions(quantity, number) or _brought_to(number)
    pair = _swap_pair(analysis.article.text, quantity)
    if pair == "second":
        return None   # "1,000 for 1,000": the first of the pair carries the figure
    if pair == "first":
        what = _exchange_noun(sent) or what
    if not what or quantity.unit == "percent" and _market_figure(what, noun):
        return None
    if quantity.value == 1 and (number is None or not _action(number, noun)):
        return None   # "one source", "a family": a single thing is a figure only when hit or lost
    if number is not None and _referring(quantity, number) and not _action(number, noun):
        return None   # "the two neighbours", "both sides", "its three allies": who, not how many
    speaker = sent.attribution.speaker if sent.attribution is not None else None
    subject = _subject(sent, number, noun) if number is not None else None
    value: float | int = int(quantity.value) if float(quantity.value).is_integer() else quantity.value
    share = _ratio_whole(number) if number is not None else None
    if share is not None:
        value = round(share / quantity.value, 4)   # "one in five soldiers": a share, 0.2
    unit = None if quantity.unit in CURRENCY_WORDS else quantity.unit   # the contract knows USD only
    return {"what": what, "value": value, "unit": unit, "qualifier": quantity.qualifier,
            "claimant": actor_or_none(speaker), "subject": actor_or_none(subject)}


ELIDING = ("more", "further", "another", "additional", "other")


def _elided_fields(analysis: Analysis, sent: Sentence, quantity: Quantity,
                   counted: str, whole: str) -> dict[str, Any] | None:
    """"about 11,000 troops ... and 3,000 more may follow", "six F-16s; a further 20 are due":
    a number with no noun of its own beside "more", "further" or "another" counts the noun of the
    figure before it in the sentence; a part of that figure ("downed 81 missiles, 11 of them by
    F-16s") counts what the whole counts and, with no verb of its own, underwent what the whole did."""
    number = _number_token(analysis, quantity)
    if number is None or quantity.unit or quantity.value < 2 or _in_time(sent, quantity) \
            or _counted_noun(number) is not None or _vague(quantity):
        return None
    doc = number.doc
    near = [doc[j].lower_ for j in (number.i - 1, number.i + 1) if 0 <= j < len(doc)]
    part = _part_of_figure_before(number)
    if not part and not any(w in ELIDING for w in near):
        return None
    verb = _action(number, None)
    what = f"{counted} {verb}" if verb else whole if part else counted
    value: float | int = int(quantity.value) if float(quantity.value).is_integer() else quantity.value
    speaker = sent.attribution.speaker if sent.attribution is not None else None
    return {"what": what, "value": value, "unit": None,
            "qualifier": quantity.qualifier, "claimant": actor_or_none(speaker), "subject": None}


def _with_whole_noun(analysis: Analysis, quantity: Quantity, fields: dict[str, Any], counted: str) -> str:
    """"a column of 60 trucks ... burned at least 22 of them": a part that names only what was done
    to it ("burned") counts the noun of the figure it is a part of ("trucks burned")."""
    what = str(fields["what"])
    number = _number_token(analysis, quantity)
    if fields["unit"] is not None or number is None or _counted_noun_word(what) is not None \
            or not _part_of_figure_before(number):
        return what
    return f"{counted} {what}"


def _part_of_figure_before(number: Token) -> bool:
    """A bare number that picks a part out of the figure just before it and places it with a
    preposition: "11 of them by F-16s", "30 of them on fire" (the noun it leaves out is the
    whole's); "four of them seriously" says how and is not read."""
    after = list(number.doc[number.i + 1:number.i + 4])
    pronouns = lexicon()["partitive_pronouns"]
    return len(after) == 3 and after[0].lower_ == "of" and after[1].lower_ in pronouns \
        and after[2].pos_ == "ADP" and after[2].lower_ not in ("of", "that")


# verbs a report's sources speak with: "two people familiar with the talks said"
SOURCE_VERBS = {"say", "tell", "speak", "add", "confirm", "explain", "insist", "note", "recount", "describe"}
# what marks people as a report's sources: "familiar with", "briefed on", "close to", "with knowledge of"
SOURCE_MARKS = {"familiar", "brief", "knowledgeable", "aware"}


SWAP_NOUNS = {"exchange", "swap", "trade", "handover"}


def _swap_pair(text: str, quantity: Quantity) -> str | None:
    """"a prisoner exchange: 1,000 for 1,000", "a 390-for-390 swap": an even swap writes one figure
    twice; "first" for the number before "for", "second" for the one after, else None."""
    first = quantity.text.split()[0].split("-")[0]
    number = re.escape(first)
    if re.compile(rf"(?:-for-|\s+for\s+){number}\b").match(text, quantity.start + len(first)) is not None:
        return "first"
    if re.search(rf"\b{number}(?:-for-|\s+for\s+)$", text[max(quantity.start - 40, 0):quantity.start]):
        return "second"
    return None


def _exchange_noun(sent: Sentence) -> str | None:
    """The exchange a swapped figure belongs to: "prisoner exchange", "swap"."""
    for tok in sent.span if sent.span is not None else []:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SWAP_NOUNS:
            words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
            return " ".join(t.lower_ for t in [*words, tok])
    return None


def _reporting_sources(noun: Token | None) -> bool:
    """"Two people familiar with the talks said", "three sources told Reuters", "according to two
    officials": a count of who a report rests on says how the news was gathered, not a figure
    of the war (unless something befell them: "two people were killed" has no such verb)."""
    people = {*attribution_lexicon()["person_nouns"], "people", "person"}
    if noun is None or noun.lemma_.lower() not in people:
        return False
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in SOURCE_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according" \
            or noun.dep_ in ("dobj", "pobj") and head.lemma_.lower() == "cite":
        return True
    doc = noun.doc
    after = [c for c in noun.children if c.i > noun.i]
    return any(c.lemma_.lower() in SOURCE_MARKS and c.dep_ in ("amod", "acl") for c in after) \
        or any(c.lower_ == "close" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "to" for c in after) \
        or any(c.lower_ == "with" and any(o.lemma_.lower() == "knowledge" for o in c.children) for c in after)


def _market_figure(what: str, noun: Token | None) -> bool:
    """"inflation is double the central bank's 4% target", "mortgage rates above 7%", "the index
    lost 0.4%": a share that measures prices, rates or markets is an economic statistic, none of
    the war's figures (a share of GDP spent on defence is: "GDP" is no market word)."""
    words = set(re.findall(r"[a-z]+", what.lower()))
    for node in (noun, noun.head) if noun is not None else ():   # "the bank's 4% target": "%" or its noun
        words |= {t.lower_ for c in node.children if c.dep_ == "poss" for t in c.subtree}
    return bool(words & lexicon()["market_words"])


POPULATED = {"country", "nation", "city", "town", "population", "state", "region", "capital", "metropolis"}


def _population(number: Token, noun: Token | None) -> bool:
    """"a country of 38 million people", "a city of 1.3 million": how many live somewhere says what
    the place is like, it counts nothing the war did."""
    node = noun if noun is not None and noun.i > number.i else number
    if node.i == number.i and number.head.pos_ in ("NOUN", "PROPN") and number.dep_ == "nummod":
        node = number.head
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in POPULATED


def _degree(quantity: Quantity, number: Token) -> bool:
    """"100% sure", "100 percent stolen", "a 1,000% record": a whole or more of a share on an
    adjective or a participle says how sure or how much, it measures nothing."""
    if quantity.unit != "percent" or quantity.value < 100:
        return False
    percent = number.head if number.dep_ == "nummod" else number
    return percent.dep_ == "npadvmod" and (percent.head.pos_ == "ADJ" or percent.head.tag_ == "VBN")


def _ratio_part(quantity: Quantity, number: Token) -> bool:
    """The "one" of "one in five soldiers": the share is read on the number after "in"."""
    doc, i = number.doc, number.i
    if quantity.unit or i + 2 >= len(doc) or doc[i + 1].lower_ != "in" or not doc[i + 2].like_num:
        return False
    return _share(doc[i], doc[i + 2]) is not None


def _ratio_whole(number: Token) -> float | None:
    """The part of "one in five soldiers" when `number` is the "five", else None."""
    doc, i = number.doc, number.i
    if i < 2 or doc[i - 1].lower_ != "in" or not doc[i - 2].like_num:
        return None
    return _share(doc[i - 2], number)


def _share(part: Token, whole: Token) -> float | None:
    """The part's value when "part in whole" reads as a share: a bare count before a larger one
    ("one in five", "1 in 6"), not an amount in a year ("$9.1 billion in 2018", "12 in 2024")."""
    if part.i > 0 and part.doc[part.i - 1].text in VOCAB["currency_before"] or not whole.text.isalpha() \
            and re.fullmatch(r"(1[89]|20)\d\d", whole.text):
        return None
    low, high = parse_number(part.text), parse_number(whole.text)
    if low is None or high is None or not 0 < low < high or part.text.lower() in SCALE_WORDS:
        return None
    return low


def _name_number(quantity: Quantity, number: Token) -> bool:
    """"Nord Stream 2", "Minsk 2 agreement", "Windows 11", "Hurricanes 4, Blackhawks 2": digits
    right after a name are part of the name or a score, not a count (a headline in title case,
    "Russia Fired 200 Missiles", is the exception the tagger can take for names)."""
    if not number.text[:1].isdigit() or number.i == 0 or quantity.unit:
        return False
    before = number.doc[number.i - 1]
    if before.pos_ != "PROPN" or not before.text[:1].isupper() or not before.whitespace_ \
            or before.idx >= quantity.start:
        return False
    words = [t for t in number.sent if t.is_alpha and not t.is_stop]
    return sum(t.text[:1].isupper() for t in words) < 0.6 * len(words)


def _describes_a_noun(number: Token, noun: Token | None) -> bool:
    """"a nine-storey block", "a 14-inch screen": a number joined to a word of size or build
    that modifies another noun tells what that noun is like, not how many of anything."""
    if noun is None or noun.lemma_.lower() not in lexicon()["measure_words"]:
        return False
    doc = noun.doc
    joined = noun.i == number.i + 2 and doc[number.i + 1].text in ("-", "–") and noun.i + 1 < len(doc) \
        and doc[noun.i + 1].pos_ == "NOUN"   # "a 40-pound warhead" the parser hung elsewhere
    return joined or noun.dep_ in ("amod", "compound", "nmod") and noun.head.pos_ in ("NOUN", "PROPN") \
        and noun.head.i > noun.i


def _address(number: Token, noun: Token | None) -> bool:
    """"10 Downing Street", "the 400 block of Main Street": a house number is no figure."""
    if noun is None or noun.lemma_.lower() not in lexicon()["address_words"]:
        return False
    if noun.text[:1].isupper():
        return True
    named = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return bool(named)


def _referring(quantity: Quantity, number: Token) -> bool:
    """A small spelled-out number after a definite determiner or possessive names a known group
    ("between the two 'great powers'", "their three allies") rather than reporting a count."""
    if re.search(r"\d", quantity.text) or quantity.value > 10:
        return False
    before = number.doc[number.i - 1] if number.i > 0 else None
    return before is not None and (before.lower_ in lexicon()["referring_determiners"]
                                   or before.tag_ == "PRP$" or before.dep_ == "poss")


def _vague(quantity: Quantity) -> bool:
    """"thousands of", "dozens": a magnitude, not a figure anyone reports."""
    words = quantity.text.lower().split()
    return not re.search(r"\d", quantity.text) and any(w in lexicon()["vague_words"] for w in words)


def _in_time(sent: Sentence, quantity: Quantity) -> bool:
    """Numbers inside a date expression ("June 1", "in 2022") are when, not how many."""
    return any(t.start < quantity.end and quantity.start < t.end for t in sent.times)


def _number_token(analysis: Analysis, quantity: Quantity) -> Token | None:
    span = analysis.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    numbers = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numbers[-1] if numbers else span.root


def _coordinated_modifier(number: Token, noun: Token) -> bool:
    """"145 Shahed and decoy drones", "65 Western and Global South countries": the word after the
    number is the first of two joined modifiers of the counted noun, not the noun itself."""
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return nxt is not None and nxt.i < noun.i and nxt.head.i in (noun.i, number.head.i) \
        and any(c.dep_ == "cc" for c in nxt.children) and any(c.dep_ == "conj" for c in nxt.children)


def _counted_noun(number: Token) -> Token | None:
    """The noun a number counts: its head ("41 aircraft") or the object of "of" ("four of X's bases")."""
    node = number
    while node.dep_ in ("compound", "quantmod", "nummod", "nmod") and node.head.i != node.i \
            and node.head.pos_ == "NUM":
        node = node.head
    if node.dep_ == "nummod" and node.head.pos_ == "ADJ":   # "65 Western and Global South countries"
        joined = [c for c in node.head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NNS"]
        if joined and any(c.dep_ == "cc" for c in node.head.children):
            return joined[0]
    if node.dep_ == "nummod" and node.head.pos_ in ("NOUN", "PROPN"):
        if node.head.lower_ not in lexicon()["fraction_words"]:
            return node.head
        node = node.head   # "three-quarters of the drones": the drones
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects:
                return objects[0]
    return None


def _what(quantity: Quantity, number: Token | None, noun: Token | None) -> str | None:
    """A short phrase for what is counted, or None when the count is no war figure."""
    lex = lexicon()
    victims = noun is not None and number is not None and _people_as_victims(number, noun)
    if noun is not None and not victims and (noun.lemma_.lower() in lex["durations"] | lex["not_war_nouns"]
                                             or _countries_where(noun)):
        return None
    phrase = (quantity.noun or "").strip()
    if phrase and number is not None and noun is not None and _coordinated_modifier(number, noun):
        phrase = noun.lower_   # "145 Shahed and decoy drones": drones, of two kinds
    if quantity.unit == "percent" and noun is None and number is not None and _share_of_a_noun(number):
        phrase = " ".join([*(t.lower_ for t in number.children if t.dep_ == "amod"), "percent"])
    if not phrase and noun is not None:
        words = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.ent_type_ != "NORP"]
        phrase = " ".join(t.lower_ for t in [*words, noun])
    if phrase.lower() in lex["fraction_words"] | lex["unit_words"]:
        phrase = ""
    phrase = _without_money_words(phrase)
    if quantity.text.endswith("."):
        phrase = ""   # "each worth $30m. Rights groups say": the words after the stop are the next sentence's
    if phrase and _head_word(phrase) in lex["durations"] | lex["not_war_nouns"] and not victims:
        return None
    verb = _action(number, noun) if number is not None else None
    state = _left_in_state(noun)
    if state and not verb and state not in phrase.split():
        phrase = f"{phrase} {state}".strip()   # "left 300 people dead": the dead
    if verb and not phrase and number is not None:
        phrase = _fronted_whole(number)     # "Of the 80 missiles fired, 60 were intercepted"
    if verb and not any(w.endswith("ed") for w in phrase.split()):
        phrase = f"{phrase} {verb}".strip()
    if quantity.unit == "percent" and number is not None:
        phrase = _compared(number, phrase) or phrase
    if quantity.unit == "USD" or quantity.unit in CURRENCY_WORDS:
        phrase = " ".join(w for w in phrase.split() if w not in CURRENCY_ISSUERS)   # "2 billion US dollars"
        if phrase and _only_participles(phrase):   # "the £2 billion loan funded by": the loan
            phrase = _without_participles(phrase)
        if not phrase or _a_name(phrase):   # "$50 billion backed by"
            phrase = (_per_unit(number) or _worth(number) or _money_verb(number) or _money_noun(number)
                      or _sum_of(number) or "amount")
        return f"{phrase} in {CURRENCY_WORDS.get(quantity.unit, quantity.unit)}"
    if not phrase and quantity.unit == "km":
        return "distance in km"
    if phrase and number is not None and not quantity.unit and _stray_participle(phrase, number):
        return None   # "an estimate of about 660,000 based on": a participle is no counted noun
    return phrase or None   # a bare "12%" says nothing of what it measures


STATE_NOUNS = ("country", "nation")
WHERE = ("in", "across", "throughout", "around", "to", "among", "within")


DYING = ("die", "perish")   # their subjects are the victims: "12 people died, among them three teachers"


def _people_as_victims(number: Token, noun: Token) -> bool:
    """Whether people of a kind rarely counted in war news ("journalists", "teachers", "players":
    a press conference's reporters, a team's players) are counted here as the war's victims or
    captives: "two journalists were killed", "three reporters were among those freed", "among
    them five teachers" of the dead."""
    lex = lexicon()
    if noun.lemma_.lower() not in lex["people_words"]:
        return False
    act = _action(number, noun)
    if act is not None and _lemma_of_act(act) in lex["victim_verbs"]:
        return True
    among = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among"]
    clause = noun.head.head if noun.dep_ == "appos" else noun.head   # the parser often hangs
    if noun.dep_ in ("nsubj", "attr", "dobj", "appos"):                # "among them" on the verb
        among += [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "among"
                  and (c.i < noun.i or noun.dep_ in ("nsubj", "attr"))]   # "X were among", "among them X"
    return any(_victim_group(group) for prep in among for group in _among_whom(prep, noun))


def _among_whom(prep: Token, noun: Token) -> list[Token]:
    """The group "among" puts the counted people in: its object ("among the dead"), or for
    "among them" the group just named (the noun the phrase is in apposition to, or the subject of
    the clause: "12 people died, among them three teachers")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not any(o.lower_ == "them" for o in objects):
        return objects
    if noun.dep_ == "appos":
        return [noun.head]
    clause = noun.head if prep.head.i == noun.i else prep.head
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i]


def _lemma_of_act(act: str) -> str:
    """The verb's lemma of an action phrase as `_action` writes it ("killed", "shot down", "freed")."""
    word = act.split()[-1] if act.split()[0] in ("and", "or") else act.split()[0]
    irregular = {v: k for k, v in lexicon()["irregular_participles"].items()}
    if word in irregular:
        return irregular[word]
    for cut in ("ed", "d"):
        if word.endswith(cut) and word[:-len(cut)] in lexicon()["victim_verbs"]:
            return word[:-len(cut)]
    return word


def _victim_group(group: Token) -> bool:
    """"the dead", "those freed", "the 20 people killed", "the hostages": a group of war victims."""
    if group.lower_ in lexicon()["victim_words"]:
        return True
    acts = [c for c in group.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if group.dep_ in ("nsubjpass", "dobj") and group.head.pos_ == "VERB" \
            or group.dep_ == "nsubj" and group.head.lemma_.lower() in DYING:
        acts.append(group.head)
    return any(a.lemma_.lower() in lexicon()["victim_verbs"] or a.lemma_.lower() in DYING for a in acts)


def _countries_where(noun: Token) -> bool:
    """"26 countries have committed troops", "envoys from 40 countries": how many states join,
    send or back something is a figure of the diplomacy; "sold in 60 countries", "travelled to
    12 nations" say where, and count nothing the war did."""
    if noun.lemma_.lower() not in STATE_NOUNS:
        return False
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
        return True   # "the 27-nation bloc", "a 40-country coalition": what the bloc is, not who joined
    return noun.dep_ == "pobj" and noun.head.lower_ in WHERE


def _left_in_state(noun: Token | None) -> str | None:
    """'The strike left 14 people dead', 'the flood left 2,000 families homeless': the state a
    count is left in says what it counts (the dead, the homeless), not the bare noun."""
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() != "leave":
        return None
    after = [*noun.head.children, *noun.children]   # the parser hangs "homeless" on either
    states = [c for c in after if c.i > noun.i and c.lower_ in LEFT_STATES]
    return states[0].lower_ if states else None


# what a count of people is left by an attack or a disaster ("left 300 drones unused" is no such state)
LEFT_STATES = {"dead", "injured", "wounded", "homeless", "missing", "displaced", "stranded", "trapped",
               "hospitalised", "hospitalized"}


COMPARING = ("below", "above", "under", "over")


def _compared(number: Token, phrase: str) -> str | None:
    """"a price cap of $47.60, 15% below market value", "at 20% under the market price": a share
    set against a level measures against that level ("cap below market value"), not the clause's
    subject; the noun it stands beside is kept, a verb's subject is not."""
    percent = number.head if number.dep_ == "nummod" and number.head.lower_ in ("%", "percent") else number
    doc = number.doc
    prep = doc[percent.i + 1] if percent.i + 1 < len(doc) else None
    if prep is None or prep.lower_ not in COMPARING:
        return None
    level = [o for o in prep.children if o.dep_ == "pobj"]
    if not level:
        return None
    than = doc[level[0].left_edge.i:level[0].right_edge.i + 1].text.lower()
    beside = prep.head
    if beside.pos_ in ("NOUN", "PROPN") and beside.i < percent.i and beside.lower_ not in ("%", "percent"):
        words = [t for t in beside.lefts if t.dep_ == "compound"]
        return " ".join([*(t.lower_ for t in [*words, beside]), prep.lower_, than])
    return f"{prep.lower_} {than}"


def _per_unit(number: Token | None) -> str | None:
    """"$47.60 per barrel", "$900 per tonne": an amount per unit is a price of that unit."""
    children = number.children if number is not None else []
    units = [o for p in children if p.dep_ == "prep" and p.lower_ == "per"
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return f"price per {units[0].lower_}" if units else None


def _without_participles(phrase: str) -> str:
    """"loan funded" -> "loan"; "spent" -> "": the trailing participles of a money phrase dropped."""
    words = phrase.split()
    while words and _only_participles(words[-1]):
        words.pop()
    return " ".join(words)


SUM_VERBS = {"amount", "total", "reach", "stand", "exceed", "top", "rise", "climb", "grow"}   # "rises to"


def _sum_of(number: Token | None) -> str | None:
    """"reconstruction needs amount to $524 billion", "losses stand at $80 billion", "aid totals
    $60 billion": a sum stated as what something comes to measures the subject of that verb."""
    if number is None:
        return None
    while number.dep_ in ("compound", "quantmod", "nummod") and number.head.i != number.i:
        number = number.head   # "to around 28 billion euros": the currency is the object of "to"
    link = number.head if number.dep_ == "pobj" and number.head.lower_ in ("to", "at") else number
    verb = link.head
    if verb.lemma_.lower() not in SUM_VERBS and link.i > 0 and link.i != number.i \
            and number.doc[link.i - 1].lemma_.lower() in SUM_VERBS:
        verb = number.doc[link.i - 1]   # "needs amount to": the parser hung "to" on "needs"
    if verb.lemma_.lower() not in SUM_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if subjects:
        words = [t for t in subjects[0].lefts if t.dep_ in ("compound", "amod", "nmod")]
        return " ".join(t.lower_ for t in [*words, subjects[0]])
    if verb.pos_ != "NOUN":
        return None
    run: list[str] = []   # the parser reads "needs amount" as one noun: the words before it name the sum
    for tok in reversed(number.doc[max(verb.i - 4, 0):verb.i]):
        if tok.pos_ not in ("NOUN", "VERB", "CCONJ") or tok.pos_ == "VERB" and tok.tag_ != "VBZ":
            break
        run.insert(0, tok.lower_)
    return " ".join(run).strip() or None


def _worth(number: Token | None) -> str | None:
    """"weapons worth about $90bn", "military support worth 1.9 billion euros": the amount
    measures the noun it is the worth of; "drones, each worth about $30m" names none ("worth")."""
    if number is None:
        return None
    before = [t for t in number.doc[max(number.i - 4, 0):number.i] if not t.is_punct and t.pos_ != "SYM"]
    words = [t for t in before if t.lower_ not in APPROXIMATORS and not t.like_num]
    if not words or words[-1].lower_ != "worth":
        return None
    doc, at = number.doc, words[-1].i - 1
    if at < 0 or doc[at].pos_ != "NOUN":
        return "worth"   # the parser hangs "worth" on the noun or the verb: the word before it tells
    run = [doc[at]]
    while at > 0 and len(run) < 4 and doc[at - 1].pos_ in ("NOUN", "ADJ") and doc[at - 1].ent_type_ != "NORP":
        at -= 1
        run.insert(0, doc[at])   # "air defence systems", "military support"
    return " ".join(t.lower_ for t in run)


# verbs whose money object says what the amount is: "lending Kyiv €90 billion" is a loan
MONEY_VERBS = {"lend": "loan", "loan": "loan", "borrow": "loan", "pledge": "pledge", "seek": "request",
               "request": "request", "allocate": "allocation", "earmark": "allocation",
               "donate": "donation", "invest": "investment"}


def _money_verb(number: Token | None) -> str | None:
    """"proposed lending Ukraine up to €140 billion", "an appeal which seeks $2.6 billion": an
    amount that is the object of a verb of lending, pledging or asking is that loan, pledge or
    request, and one asked by a named appeal or plan is that plan."""
    if number is None:
        return None
    node = number
    while node.dep_ in ("compound", "quantmod", "nummod") and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in MONEY_VERBS:
        return None
    owner = verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
    if owner is not None and owner.lower_ not in ("which", "that"):
        return owner.lower_
    return MONEY_VERBS[verb.lemma_.lower()]


def _only_participles(phrase: str) -> bool:
    """"$50 billion backed by", "spent $16 billion", "caused $7 billion in damages": a phrase that
    ends on the verb names no noun of what the amount buys (the money noun nearby does)."""
    last = phrase.split()[-1]
    return last.endswith("ed") or last in set(lexicon()["irregular_participles"].values())


def _a_name(phrase: str) -> bool:
    """"US", "White House": a phrase of capitalised words names who, not what an amount buys."""
    return all(w[:1].isupper() for w in phrase.split())


def _stray_participle(phrase: str, number: Token) -> bool:
    """A one-word `what` that is a participle of no war action, read off the words after the
    number ("660,000 based on forecasts", "20 compared with"): nothing counted is named."""
    if " " in phrase:
        return False
    after = [t for t in number.doc[number.i + 1:number.i + 4] if t.lower_ == phrase.lower()]
    return bool(after) and after[0].tag_ in ("VBN", "VBD") \
        and after[0].lemma_.lower() not in lexicon()["action_verbs"]


def _without_money_words(phrase: str) -> str:
    """"500 million roubles", "1.5 bln hryvnias": the currency and the scale are the amount, not
    what it counts (the parser may hang them on the number as its noun)."""
    drop = {*VOCAB["units_after"], *VOCAB["suffixes"], *VOCAB["scales"], *VOCAB["currency_before"]}
    return " ".join(w for w in phrase.split() if w.lower() not in drop)


def _share_of_a_noun(number: Token) -> bool:
    """"its seizure of the last 20 per cent": a share named inside a noun's "of" phrase is
    no change of the sentence's subject ("Russia"), unlike "the economy shrank by 3 percent"."""
    return number.dep_ == "pobj" and number.head.lower_ == "of" and number.head.head.pos_ == "NOUN"


def _fronted_whole(number: Token) -> str:
    """The noun of a fronted "Of the 80 missiles," that a bare number in the clause counts."""
    verb = number.head
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < number.i):
        nouns = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        if nouns:
            return nouns[0].lower_
    return ""


def _part_of_whole(number: Token | None) -> tuple[Token | None, Token | None]:
    """In "N of M drones", (the part N, None) for M and (None, the whole M) for N: the verb of the
    clause tells what happened to the part, not to the whole."""
    if number is None:
        return None, None
    doc, i = number.doc, number.i
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].like_num:
        return doc[i - 2], None
    if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].like_num:
        return None, doc[i + 2]
    return None, None


def _partitive(quantity: Quantity, number: Token | None) -> str | None:
    """"nine people, four of them children", "40 wounded, 11 of whom were children": a part of a
    group named before, counted by the noun after the pronoun; "five of them seriously" names none."""
    if number is None or quantity.noun:
        return None
    pronouns = [o for p in number.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and o.lower_ in lexicon()["partitive_pronouns"]]
    if not pronouns:
        return None
    doc, i = number.doc, pronouns[0].i + 1
    while i < len(doc) and i <= pronouns[0].i + 3 and doc[i].lemma_.lower() in ("be", ","):
        i += 1
    if i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() not in lexicon()["not_war_nouns"]:
        return doc[i].lower_
    return None


PARTICIPLE_ADJECTIVES = {"wounded", "injured", "captured", "detained", "abducted", "freed", "released"}
PARTICIPLE_REACH = 5   # tokens from the number to its noun: an adverb, the participle, adjectives


def _noun_past_participle(number: Token) -> Token | None:
    """"returned 14 badly burned Georgian conscripts", "another 9 injured sailors were
    released": the parser reads the participle as a verb, the number as its subject or as an object of
    its own, and leaves the number without a noun; the plural noun after the participle (and its
    adjectives) is the one counted."""
    doc, i = number.doc, number.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in PARTICIPLE_ADJECTIVES:
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ in ("ADJ", "PROPN") and doc[i].dep_ in ("amod", "compound"):
        i += 1
    if i >= len(doc) or i - number.i > PARTICIPLE_REACH:
        return None
    return doc[i] if doc[i].pos_ == "NOUN" and doc[i].tag_ == "NNS" else None


RUNNING_TOTALS = {"total", "number", "toll", "tally", "count"}
RAISING_TO = {"bring", "raise", "push", "take", "lift", "increase", "put", "drive"}


TOTAL_REACHES = {"rise", "climb", "grow", "jump", "reach", "stand", "hit", "top", "exceed", "be"}


def _running_total(number: Token) -> Token | None:
    """The running total a number is the value of: the object of "bring ... to N" (the total raised
    by someone) or the subject of "rose to N", "stood at N", "reached N", "will be N" (the total
    that rose)."""
    head = number.head.head if number.dep_ == "pobj" and number.head.lower_ in ("to", "at") else None
    if head is not None and head.dep_ == "acl" and head.head.lemma_.lower() in RUNNING_TOTALS:
        head = head.head.head   # "the number of soldiers freed to 3,400": "to" hung on the participle
    if head is not None and number.head.lower_ == "to" and head.lemma_.lower() in RAISING_TO:
        roles = ("dobj", "nsubjpass")
    elif head is not None and head.lemma_.lower() in TOTAL_REACHES - {"be"} \
            or number.dep_ in ("dobj", "attr") and number.head.lemma_.lower() in TOTAL_REACHES:
        head, roles = head if head is not None else number.head, ("nsubj",)
    else:
        return None
    totals = [c for c in head.children if c.dep_ in roles and c.lemma_.lower() in RUNNING_TOTALS
              and c.i < number.i]
    return totals[0] if totals else None


def _brought_to(number: Token | None) -> str | None:
    """"bringing the total to 557", "raised the number of people displaced to 90,000", "taking the
    death toll to 43": a running total is a figure of what it totals, and the number after "to"
    has no noun of its own; what it counts is the total's "of" phrase, or the total itself."""
    total = _running_total(number) if number is not None else None
    if total is None:
        return None
    counted = [o for p in total.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    if counted:
        noun = counted[0]
        if noun.lemma_.lower() in lexicon()["not_war_nouns"] | lexicon()["durations"]:
            return None
        done = [t for n in (noun, total) for t in n.rights if t.dep_ == "acl" and t.tag_ == "VBN"]
        words = [*(t for t in noun.lefts if t.dep_ in ("compound", "amod")), noun, *done[:1]]
        return " ".join(t.lower_ for t in words)
    return " ".join(t.lower_ for t in [*(t for t in total.lefts if t.dep_ == "compound"), total])


def _repetitions(quantity: Quantity, number: Token | None) -> str | None:
    """"violated the truce 4,000 times": how often a war act was done is a figure; "three times as
    many drones" is a ratio, "met three times" is no act of war."""
    if number is None or number.head.lower_ != "times" or quantity.value < 2:
        return None
    times = number.head
    verb, after = times.head, number.doc[times.i + 1] if times.i + 1 < len(number.doc) else None
    if times.dep_ == "appos" and verb.dep_ == "dobj":     # the parser hangs "N times" on the object
        verb = verb.head
    elif times.dep_ != "npadvmod":
        return None
    if verb.pos_ != "VERB" or after is not None and after.lower_ in (
            "as", "more", "less", "fewer", "higher", "lower", "larger", "bigger", "greater", "the", "over"):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in lexicon()["action_verbs"] | lexicon()["repeat_verbs"]:
        return None
    return f"times {verb.lower_ if verb.tag_ in ('VBD', 'VBN') else _participle(verb)}"


def _counted_noun_word(what: str) -> str | None:
    """The counted noun of a `what` as written ("troops" of "troops sent"), for a later number
    that leaves it out; None when the `what` names no noun ("wounded")."""
    done = lexicon()["participles"]
    words = [w for w in what.split() if not w.endswith("ed") and w not in ("or", "and") and w not in done]
    return words[-1] if words and len(words[-1]) >= 3 and re.search(r"[a-z]", words[-1]) else None


def _counted_word(what: str) -> str:
    """The counted noun of a `what` ("airbases struck" and "airbases hit" count the same thing)."""
    done = lexicon()["participles"]
    words = [w for w in what.replace(" in USD", "").split()
             if not w.endswith("ed") and w not in ("or", "and") and w not in done]
    return _head_word(words[-1]) if words else what


def _head_word(phrase: str) -> str:
    """The lemma-ish last word of a noun phrase ("military airbases" -> "airbase")."""
    words = re.findall(r"[a-z]+", phrase.lower().split(" killed")[0])
    if not words:
        return ""
    word = words[-1]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _action(number: Token, noun: Token | None) -> str | None:
    """The war action the count undergoes: "launched 212 drones", "12 people were killed"."""
    node, dep = _argument(number, noun)
    head = node.head
    verbal = head.pos_ == "VERB" or head.dep_ in ("xcomp", "ROOT", "conj", "ccomp")   # "to down"
    if dep not in ("dobj", "nsubjpass") or not verbal or head.lemma_.lower() not in lexicon()["action_verbs"]:
        return _reduced_relative(node)
    verb = head.text.lower() if head.tag_ in ("VBD", "VBN") else _participle(head)
    verb = " ".join([verb, *(c.lower_ for c in head.children
                             if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in PARTICLES)])
    first = head.head
    shared = not any(c.dep_ in ("dobj", "nsubj") for c in first.children if c.i > first.i) \
        and not any(c.dep_ == "nsubj" for c in head.children)
    if head.dep_ == "conj" and first.pos_ == "VERB" and first.tag_ in ("VBD", "VBN") and shared:
        links = [c.lower_ for c in first.children if c.dep_ == "cc"]
        return f"{first.lower_} {links[0] if links else 'and'} {verb}"   # "destroyed or damaged"
    return verb


def _reduced_relative(noun: Token) -> str | None:
    """A participle after the counted noun: "12 million people displaced", "40 drones shot down
    overnight", "30 civilians wounded in the strike"."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i]
    head = noun.head
    raised = head.lemma_.lower() in lexicon()["raising_verbs"]
    if noun.dep_ in ("nsubj", "nsubjpass") and head.i > noun.i and raised:   # "reported killed"
        verbs += [c for c in head.children if c.dep_ in ("xcomp", "oprd") and c.tag_ == "VBN"]
    elif noun.dep_ == "nsubj" and head.i > noun.i and head.tag_ in ("VBN", "VBD") \
            and head.dep_ in ("ccomp", "xcomp", "oprd", "pcomp", "conj", "advcl") \
            and not any(c.dep_ == "dobj" for c in head.children):
        verbs.append(head)   # "left 8 million people displaced", "with 40 people killed": a small clause
    for verb in verbs:
        if verb.lemma_.lower() in lexicon()["action_verbs"]:
            return " ".join([verb.lower_, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    return None


def _argument(number: Token, noun: Token | None) -> tuple[Token, str]:
    """The token that fills the verb's slot, with the slot: the noun ("212 drones"), else the
    number ("four of them", "two-thirds of them", "injured over 40"), out of coordinations."""
    node = noun if noun is not None and noun.i == number.head.i else number
    if node.i == number.i and number.head.lower_ in lexicon()["fraction_words"]:
        node = number.head   # the parser often takes "three-quarters" after a verb for an adverb
        if node.dep_ == "npadvmod":
            return node, "dobj"
    verb = node.head.head
    if node.dep_ == "pobj" and node.head.lower_ in APPROXIMATORS and verb.pos_ == "VERB" and not any(
            c.dep_ == "dobj" for c in verb.children):   # "destroyed 112 drones over 12 regions": a place
        return node.head, "dobj"
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node, node.dep_


def _participle(verb: Token) -> str:
    """The past participle of an action verb ("launched", "sent", "struck")."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon()["irregular_participles"]:
        return str(lexicon()["irregular_participles"][lemma])
    if lemma.endswith("e"):
        return f"{lemma}d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return f"{lemma[:-1]}ied"   # "occupied", "destroyed" keeps its y
    return f"{lemma}ed"


def _money_noun(number: Token | None) -> str | None:
    """What an amount of money measures: "$7 billion in damage", "put the damage at $3.5 billion"."""
    if number is None:
        return None
    money = lexicon()["money_nouns"]
    for token in [*number.subtree, *number.head.children, *number.head.head.children]:
        if token.lemma_.lower() in money and token.pos_ == "NOUN":   # not "funded" of "fund"
            return token.lemma_.lower()
    return None


def _subject(sent: Sentence, number: Token, noun: Token | None) -> Actor | None:
    """Whose figure it is: "Russia's bombers", "Ukrainian soldiers", "Ukraine has suffered 400,000"."""
    lex = lexicon()
    if noun is not None:
        words = [t for t in noun.subtree if t.i != number.i and t.i <= noun.i]
        found = _actor_over(sent, words) or _demonym(words)
        if found is not None:
            return found
    node, dep = _argument(number, noun)
    verb = node.head
    if noun is not None and verb.lemma_.lower() in lex["harm_verbs"]:
        inside = _located_in(sent, noun)
        if inside is not None:
            return inside
    if verb.pos_ != "VERB" or dep not in ("dobj", "attr"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in lex["loss_verbs"] or lemma in lex["action_verbs"] and lemma not in lex["harm_verbs"]:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            nearest = min(subjects, key=lambda t: abs(verb.i - t.i))   # not a dateline "KYIV -"
            return _actor_over(sent, _core(nearest))
    return None


LOCATING = ("in", "inside", "across", "within")


def _located_in(sent: Sentence, noun: Token) -> Actor | None:
    """"struck four depots deep inside Kosovo", "destroyed two plants in Ukraine's east": what
    is hit where a country is named is that country's (the noun's own "in" phrase only)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in LOCATING):
        tokens = list(prep.subtree)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        found = _actor_over(sent, tokens) or _demonym(tokens)
        if found is None:
            places = [p.place.country for p in sent.places if start <= p.start and p.end <= end
                      and p.place.country]
            found = Actor(places[0], places[0]) if places else None
        if found is not None and found.country:
            return found
    return None


def _core(head: Token) -> list[Token]:
    """The head with its modifiers, without appositions, clauses or parentheticals
    ("KYIV (Reuters) - Russia" -> "Russia")."""
    skip = {t.i for c in head.children if c.dep_ in ("appos", "relcl", "acl", "punct", "prep", "npadvmod")
            for t in c.subtree}
    return [t for t in head.subtree if t.i not in skip]


def _demonym(tokens: list[Token]) -> Actor | None:
    """"3 Russian helicopters": the state a demonym modifier names, from the actor dictionary."""
    from detente.nlp.actors_dictionary import default_dictionary

    names = default_dictionary().names
    for token in tokens:
        entry = names.get((token.text,)) if token.dep_ == "amod" else None
        if entry is not None and entry.kind == "demonym":
            return entry.actor
    return None


def _actor_over(sent: Sentence, tokens: list[Token]) -> Actor | None:
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    for mention in sent.actors:
        if mention.start < end and mention.end > start:
            return mention.actor
    return None

"""What every extractor shares: building a Record from a sentence, dating it, actor helpers.

Dating follows the gold guide (../shared/eval/ANNOTATION.md): a record is dated by the time its own
sentence names; a sentence that names none but continues a story told about a named day takes that
day ("carried"); a report of the day's news takes the publication day ("published"). Every dated
record says how its date was reached in `date_basis`.
"""
from __future__ import annotations

import re
from typing import Any

from detente.models import Actor, Record
from detente.nlp.core import Analysis, Sentence, TimeMention

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def actor_or_none(actor: Actor | None) -> dict[str, Any] | None:
    return actor.to_dict() if actor is not None else None


# "since June 1", "until Friday", "after the May 16 talks": a time that bounds or precedes the act.
NOT_THE_ACT = re.compile(r"(?i)\b(?:since|after|until|till|before|ahead\s+of|following|by|prior\s+to)"
                         r"(?:\s+(?:the|last|this))?\s*$")


def dates_the_act(sentence: Sentence, when: TimeMention) -> bool:
    """False for a time the sentence gives as a bound or a prior moment ("since", "until", "after")."""
    return not NOT_THE_ACT.search(sentence.text[:max(0, when.start - sentence.start)])


def sentence_date(sentence: Sentence, near: int | None = None) -> TimeMention | None:
    """The sentence's own date for the act: among the times that date it (not "since …", "until …"),
    the one nearest `near` (the trigger's offset in the article) when given, else the most precise."""
    times = [t for t in sentence.times if dates_the_act(sentence, t)]
    if not times:
        return None
    if near is not None:
        return min(times, key=lambda t: (abs(t.start - near), _PRECISION_RANK.get(t.precision, 9)))
    return min(times, key=lambda t: (_PRECISION_RANK.get(t.precision, 9), t.start))


def make_record(kind: str, analysis: Analysis, sentence: Sentence, fields: dict[str, Any],
                when: TimeMention | None = None) -> Record:
    """A record of `kind` resting on `sentence`, dated by `when` or by the sentence's own dates."""
    when = when if when is not None else sentence_date(sentence)
    record = Record(
        kind=kind,
        evidence=sentence.evidence,
        fields=fields,
        date=_date_value(when) if when else None,
        date_precision=when.precision if when else None,
    )
    record.assign_id(analysis.article.id)
    if when is not None:  # after the id: how a date was reached is not part of what was found
        record.fields["date_basis"] = _basis(analysis, when)
    return record


def _basis(analysis: Analysis, when: TimeMention) -> str:
    from detente.nlp.dates import basis_of

    return basis_of(when.text)


def _date_value(when: TimeMention) -> str:
    """The contract's date string for a time mention (a week is dated by its first day)."""
    return when.value


CARRIED_KINDS = ("event", "talks")  # the kinds the gold guide dates by the day the text fixes


def date_undated(analysis: Analysis, records: list[Record]) -> None:
    """Date the event and talks records whose own sentence names no day: the last day named earlier
    in the paragraph when the sentence continues that story, else the publication day when the
    sentence reports the day's news. Others stay undated (and the views say so)."""
    for record in records:
        if record.date is not None and _dated_by_a_bound(analysis, record):
            record.date = record.date_precision = None  # "held since May 1" does not date the act
        if record.date is not None:
            if "date_basis" not in record.fields:  # dated by its extractor without make_record
                record.fields["date_basis"] = _basis_of_value(analysis, record)
            _keep_range(analysis, record)
            continue
        record.fields.pop("date_basis", None)
        if record.kind not in CARRIED_KINDS:
            continue
        sentence = analysis.sentence_at(record.evidence.start)
        if sentence is None or any(t.precision == "day" and dates_the_act(sentence, t)
                                   for t in sentence.times):
            continue  # the extractor judged the sentence's own day to date something else
        carried = _carried_day(analysis, sentence)
        if carried is not None:
            _set_date(record, carried.value, "day", "carried")
        elif _reports_the_news(analysis, sentence):
            _set_date(record, analysis.reference.isoformat(), "day", "published")


def _dated_by_a_bound(analysis: Analysis, record: Record) -> bool:
    """Whether the record's date comes only from a time its sentence gives as a bound ("since May 1",
    "until Friday"), which dates something else."""
    sentence = analysis.sentence_at(record.evidence.start)
    if sentence is None:
        return False
    giving = [t for t in sentence.times if t.value == record.date]
    return bool(giving) and not any(dates_the_act(sentence, t) for t in giving)


def _keep_range(analysis: Analysis, record: Record) -> None:
    """`date_end` for a record dated by the first day of a range its sentence gives ("June 1-3",
    "from Monday to Wednesday"): the range is kept, not cut to its first day."""
    from detente.nlp.dates import range_end

    sentence = analysis.sentence_at(record.evidence.start)
    if sentence is None or record.date_precision != "day":
        return
    for mention in (t for t in sentence.times if t.value == record.date):
        end = range_end(sentence.text, sentence.times, mention, sentence.start)
        if end is not None:
            record.fields["date_end"] = end
            return


def _basis_of_value(analysis: Analysis, record: Record) -> str:
    """The basis of the time mention nearest the record's evidence that gives its date."""
    mentions = [t for sent in analysis.sentences for t in sent.times if t.value == record.date]
    if not mentions:
        return "stated"
    return _basis(analysis, min(mentions, key=lambda t: abs(t.start - record.evidence.start)))


def _set_date(record: Record, value: str, precision: str, basis: str) -> None:
    record.date, record.date_precision = value, precision
    record.fields["date_basis"] = basis


def _carried_day(analysis: Analysis, sentence: Sentence) -> TimeMention | None:
    """The last day named in an earlier sentence of the article, not as a bound ("since May 1"); a
    day after publication is a plan and dates nothing told as done, so it is passed over."""
    published = analysis.reference.isoformat() if analysis.article.published else None
    for earlier in reversed(analysis.sentences[:sentence.index]):
        days = [t for t in earlier.times if t.precision == "day" and dates_the_act(earlier, t)
                and (published is None or t.value <= published)]
        if days:
            return days[-1]
    return None


LEAD_SENTENCES = 2


def _reports_the_news(analysis: Analysis, sentence: Sentence) -> bool:
    """A sentence of the lead of an article whose publication day is known tells that day's news."""
    known = analysis.article.published is not None and not analysis.reference_inferred
    return known and sentence.index < LEAD_SENTENCES

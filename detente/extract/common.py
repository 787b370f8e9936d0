"""What every extractor shares: building a Record from a sentence, dating it, actor helpers."""
from __future__ import annotations

from typing import Any

from detente.models import Actor, Record
from detente.nlp.core import Analysis, Sentence, TimeMention

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def actor_or_none(actor: Actor | None) -> dict[str, Any] | None:
    return actor.to_dict() if actor is not None else None


def sentence_date(sentence: Sentence) -> TimeMention | None:
    """The most precise time expression in the sentence, if any (the event's own date)."""
    if not sentence.times:
        return None
    return min(sentence.times, key=lambda t: (_PRECISION_RANK.get(t.precision, 9), t.start))


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
    return record


def _date_value(when: TimeMention) -> str:
    """The contract's date string for a time mention (a week is dated by its first day)."""
    return when.value

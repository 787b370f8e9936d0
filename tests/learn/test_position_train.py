"""The position reader's experiment (docs/training.md, "A trained position reader"): it reads only the
studied sets, pairs a sentence's parties with its issues, and adds nothing it is not sure of."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.extract.positions import find_positions
from detente.learn import position_train
from detente.learn.position_candidates import candidates
from detente.nlp.core import Analysis


@pytest.mark.parametrize("name", ["check", "seeds", "written-e", "written-f", "heldout"])
def test_only_studied_sets_are_read(name: str) -> None:
    with pytest.raises(ValueError, match="not a studied set"):
        position_train.studied_set(name, Path("/nowhere"))


def test_a_speaker_is_paired_with_each_issue_of_the_sentence(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text("Chile's envoy said on Tuesday that Santiago was open to a ceasefire along the "
                            "river, but only if the rebels hand over their heavy guns first.")
    found = {(c.party.country, c.issue): c for c in candidates(analysis, find_positions(analysis))}
    truce = found[("CHL", "ceasefire")]
    assert {"role=speaker", "issue=ceasefire", "chain_first=True", "mark=only"} <= set(truce.features)
    assert truce.ruled is None  # the rules made no record here: the pair is one a reader could add


def test_a_pair_the_rules_made_carries_their_stance(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text("Norway's trade envoy said Oslo would keep its sanctions on the regime until "
                            "every political prisoner walks free.")
    records = find_positions(analysis)
    made = {(r.fields["party"]["country"], r.fields["issue"]): r.fields["stance"] for r in records}
    pairs = {(c.party.country, c.issue): c.ruled for c in candidates(analysis, records)}
    assert all(pairs[pair] == stance for pair, stance in made.items() if pair in pairs)
    assert made and any(pair in pairs for pair in made)


def _row(issue: str, blocked: bool = False) -> dict:
    return {"file": "a.txt", "source": {"file": "a.txt", "article": 0, "title": None},
            "party": {"country": "CHL", "name": "Chile"}, "issue": issue, "blocked": blocked,
            "features": ["role=speaker"]}


def test_a_weak_or_blocked_candidate_is_not_added() -> None:
    sure = {"none": 0.2, "demand": 0.1, "offer": 0.6, "accept": 0.05, "reject": 0.05}
    weak = {"none": 0.7, "demand": 0.1, "offer": 0.1, "accept": 0.05, "reject": 0.05}
    rows = [_row("ceasefire"), _row("sanctions"), _row("prisoners", blocked=True)]
    added = position_train.additions(rows, [sure, weak, sure], threshold=0.5)
    assert [(a["issue"], a["stance"], a["learned"]) for a in added] == [("ceasefire", "offer", True)]
    assert position_train.additions(rows, [sure, weak, sure], 0.5, need=("role=subject",)) == []

"""Demands and truce proposals a party puts forward (session 13): 'put forward' makes its object as a
light verb does ('put forward demands' is a REQUEST like 'made demands'), and a proposal for a truce,
a pause or a ceasefire, made by such a verb, asks the warring sides to stop (REQUEST). A proposal
rejected, or one only said to lead somewhere, is no request.

Every sentence here is written for these tests in our own words.
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor"), [
    ("Armenia has put forward new demands to Azerbaijan over the border villages, its foreign ministry "
     "said on Sunday.", "ARM"),
    ("Norway and Switzerland presented a proposal on Thursday for a two-week pause in the fighting in "
     "Myanmar.", "NOR"),
    ("Kenya put forward a proposal for an immediate ceasefire in South Sudan at the regional summit.", "KEN"),
])
def test_a_demand_or_truce_proposal_made_is_a_request(analyze_text, text: str, actor: str) -> None:
    found = events(analyze_text, text)
    assert any(e[0] == "REQUEST" and e[1] == actor for e in found), found


@pytest.mark.parametrize("text", [
    "Myanmar's junta rejected the proposal for a ceasefire on Friday.",
    "The proposal for a truce would let aid convoys reach the north, diplomats said.",
    "Kenya put forward a proposal to build a new railway to Uganda.",
])
def test_a_proposal_rejected_or_described_asks_nothing(analyze_text, text: str) -> None:
    found = events(analyze_text, text)
    assert not [e for e in found if e[0] == "REQUEST"], found

"""A forecast of harm is a charge (session 13): a party's spokesman who says another's aid 'will lead
to more deaths', 'would only prolong the war' or 'will cost lives' accuses whoever gave or decided it
(ACCUSE, CAMEO 111). Whose deed it is: the party named on the thing, else the giver the story told.
A risk ('could cost lives') or a forecast about weather or a thing with no doer accuses no one.

Every sentence here is written for these tests in our own words.
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Japan delivered a new batch of artillery shells to the Philippines on Monday. A Chinese foreign "
     "ministry spokesman told reporters the weapons would only prolong the conflict.", "CHN", "JPN"),
    ("Canada approved a $2 billion aid package for Ukraine. The Kremlin's spokesman said on Thursday "
     "the package will only result in more civilian casualties.", "RUS", "CAN"),
    ("Iran's foreign minister said Israel's decision to expand the operation will cost lives.", "IRN", "ISR"),
])
def test_a_forecast_that_a_deed_will_kill_accuses_its_doer(analyze_text, text: str, actor: str,
                                                           target: str) -> None:
    found = events(analyze_text, text)
    assert ("ACCUSE", actor, target) in found, found


@pytest.mark.parametrize("text", [
    "The Chinese meteorological agency said the typhoon would lead to more deaths along the coast.",
    "Canada approved a $2 billion aid package for Ukraine. A Russian spokesman said the sanctions "
    "could cost lives.",
])
def test_a_risk_or_a_forecast_with_no_doer_accuses_no_one(analyze_text, text: str) -> None:
    found = events(analyze_text, text)
    assert not [e for e in found if e[0] == "ACCUSE"], found

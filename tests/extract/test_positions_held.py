"""Positions read from a step held back until something changes (sentences written for these
tests, no corpus wording)."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Estonia said it would not resume arms sales to either side while the shelling continued.",
     ("EST", "ceasefire", "demand")),
    ('"Our raids will go on as long as the siege of Mirsk continues," Kenya\'s defence minister said.',
     ("KEN", "ceasefire", "demand")),
    ("Kenya will keep the border closed until Somalia withdraws its troops from the valley.",
     ("KEN", "withdrawal", "demand")),
    ("Kenya will not resume aid as long as the junta refuses to hold elections.",
     ("KEN", "governance_elections", "demand")),
])
def test_a_step_held_until_a_change_demands_the_change(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya's president said talks would continue while the ceasefire holds.",
    "Estonia's foreign minister met his Latvian counterpart while the summit was under way.",
    "The fighting continued until dawn, Kenya's army said.",
])
def test_a_clause_of_time_holds_nothing_back(analyze_text, text):
    assert not any(stance == "demand" for _, _, stance in positions(analyze_text, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Finland's president spoke with Norway's prime minister on Sunday. Both leaders agreed to tighten "
    "sanctions on Russia.",
    "The Finnish president phoned Prime Minister Jonas Gahr Store on Sunday. The two leaders agreed to "
    "tighten sanctions on Russia.",
])
def test_both_leaders_are_the_two_people_named_before(analyze_text, text):
    assert {("FIN", "sanctions", "accept"), ("NOR", "sanctions", "accept")} <= positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile's army moved troops to the border on Monday. Chile said the move was defensive. Opposition "
    "founder Marta Kell insisted that the government stop every weapons shipment at once.",
])
def test_the_body_a_demand_is_made_of_holds_no_position(analyze_text, text):
    """'X demanded that the government halt ...': the state's body is whom the demand is made of."""
    assert not any(party == "CHL" for party, _issue, _stance in positions(analyze_text, text))

"""A party's need in its own voice is its appeal (session 14): '"We need more interceptors," the minister
said' asks others for what it lacks (REQUEST); the same words told of a party by others, a need of
time, or a resident's plea ask no state for anything.

Every sentence here is written for these tests in our own words, in several voices (wire, readout,
transcript, live blog).
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor"), [
    ('"We need more interceptor missiles, and we need them this week," the Moldovan president said.', "MDA"),
    ('"I need a real truce before I sign anything," the Sudanese general told the mediators on Friday.',
     "SDN"),
    ("UPDATE 14:05: 'We need armoured vehicles and fuel, not statements,' Somalia's defence minister "
     "wrote on X.", "SOM"),
])
def test_a_need_in_the_partys_own_voice_is_an_appeal(analyze_text, text: str, actor: str) -> None:
    assert any(e[0] == "REQUEST" and e[1] == actor for e in events(analyze_text, text)), events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Moldova needs more air defence systems, a Pentagon spokesman said on Tuesday.",
    '"We need two days to read the proposal," the Georgian envoy said.',
    '"We do not need foreign troops on our soil," the Armenian premier said.',
    "A credible mission would need 10,000 troops, planners in Nairobi estimated.",
    '"We need help and we need protection," said Olena Petrenko, a resident of Kharkiv, by her ruined house.',
])
def test_a_need_told_by_others_or_of_time_is_no_appeal(analyze_text, text: str) -> None:
    assert not [e for e in events(analyze_text, text) if e[0] == "REQUEST"], events(analyze_text, text)

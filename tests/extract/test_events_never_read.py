"""Acts the rules never read, by class of English (session 12): a command that sends forces
somewhere ('ordered 2,000 soldiers to the province') or shuts places ('ordered the markets closed'); an
act a party says happens only on a condition ('would only take effect after sanctions are lifted'), its
demand of the condition.

Every sentence here is written for these tests in our own words, in several voices (wire, state
media, readout, live blog).
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("LIVE: Kenya's president ordered about 2,000 soldiers to the northern province on Tuesday.",
     "MOBILIZE", "KEN"),
    ("Mali's junta has ordered all markets and mosques in Bamako closed for a week, state television said.",
     "COERCE", "MLI"),
    ("Serbia's prime minister ordered the dissolution of two paramilitary units on Friday, his office said.",
     "COERCE", "SRB"),
])
def test_a_command_that_moves_forces_or_shuts_places(analyze_text, text: str, kind: str, actor: str) -> None:
    assert any(e[0] == kind and e[1] == actor for e in events(analyze_text, text)), events(analyze_text, text)


def test_troops_ordered_to_withdraw_are_not_mobilised(analyze_text) -> None:
    text = "The Kenyan general ordered his troops to withdraw from the border town on Monday."
    assert not [e for e in events(analyze_text, text) if e[0] == "MOBILIZE"], events(analyze_text, text)


@pytest.mark.parametrize(("text", "actor"), [
    ("Tehran said on Sunday the grain accord would only take effect after sanctions on its central bank "
     "are lifted.", "IRN"),
    ("Armenia said talks with Baku could resume only if Azerbaijan released the detained soldiers.", "ARM"),
])
def test_an_act_said_to_happen_only_on_a_condition_demands_it(analyze_text, text: str, actor: str) -> None:
    assert any(e[0] == "REQUEST" and e[1] == actor for e in events(analyze_text, text)), events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Mexico said the new border wall would be finished only after the rainy season.",
    "Armenia said talks with Baku could resume if the weather allowed.",
    "Ghana said it would decide on sending troops only once the terms of the truce were known.",
])
def test_a_condition_without_only_or_a_clause_demands_nothing(analyze_text, text: str) -> None:
    assert not [e for e in events(analyze_text, text) if e[0] == "REQUEST"], events(analyze_text, text)

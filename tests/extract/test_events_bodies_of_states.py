"""A state's body named with its state: 'the Foreign Ministry of the Kingdom of Norway', 'the Kremlin
readout'. The body acts for that state, whatever the dictionary knows of the body's own name.

Every sentence here is written for these tests in our own words, in several voices.
"""
from __future__ import annotations

import pytest

from detente.extract.events import find_events
from tests.extract.readings import events

pytestmark = pytest.mark.model


# The body's name runs on to its state through 'of': the state is the actor's country.
@pytest.mark.parametrize(("text", "kind", "state"), [
    # state media
    ("The Foreign Ministry of the State of Qatar welcomes the agreement reached between "
     "the two governments.", "SUPPORT", "QAT"),
    # wire
    ("In a statement, the Presidency of the Republic of Senegal condemned the attack on the "
     "peacekeepers.", "ACCUSE", "SEN"),
    # live blog
    ("12:40 GMT - The Embassy of the Kingdom of Norway urged both sides to respect the truce.",
     "REQUEST", "NOR"),
    ("The Government of the Republic of Angola welcomed the ceasefire, state television reported.",
     "SUPPORT", "AGO"),
])
def test_a_body_named_with_its_state_acts_for_it(analyze_text, text: str, kind: str, state: str) -> None:
    assert (kind, state, None) in events(analyze_text, text)


def test_the_body_keeps_its_own_name_without_what_came_before_it(analyze_text) -> None:
    text = "12:40 GMT - The Embassy of the Kingdom of Norway urged both sides to respect the truce."
    actors = [r.fields["actor"] for r in find_events(analyze_text(text))]
    assert {"name": "Embassy of the Kingdom of Norway", "country": "NOR", "sector": "GOV"} in actors


# A seat of government set before a noun ('the Kremlin readout', 'a Kremlin statement') speaks for
# its state, as 'the Kremlin said' does.
@pytest.mark.parametrize(("text", "kind", "state"), [
    # analysis
    ("The Kremlin readout said the key condition for a settlement must be an end to arms deliveries "
     "to Kyiv.", "REQUEST", "RUS"),
    # wire
    ("Earlier, a Kremlin statement rejected the European proposal as unrealistic.", "REJECT", "RUS"),
])
def test_a_seat_before_its_statement_is_its_state(analyze_text, text: str, kind: str, state: str) -> None:
    assert kind in {k for k, actor, _ in events(analyze_text, text) if actor == state}


def test_a_body_of_a_place_that_is_no_state_gets_no_country(analyze_text) -> None:
    text = "The Ministry of Defence of the separatist region rejected the charges."
    assert all(actor is None for _, actor, _ in events(analyze_text, text))

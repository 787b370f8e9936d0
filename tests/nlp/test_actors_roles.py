"""Actors in their roles (issue 10): references the resolver must read as a party, and must not.

Every sentence here is written for the test (none is taken from the corpus).
"""
from __future__ import annotations

import pytest

from tests.nlp.mentions import actor_of


# A possessive owning a several-word unit that can act ('its air defences') stands for its owner.
@pytest.mark.parametrize(("text", "country"), [
    ("The Ukrainian military said its air defences shot down 40 drones overnight.", "UKR"),
    ("Moscow said its special forces had taken the village.", "RUS"),
    ("The Polish army said its border guards detained two men.", "POL"),
])
def test_possessive_over_a_multiword_unit_is_its_owner(nlp, resolver, text: str, country: str) -> None:
    actor = actor_of(nlp, resolver, text, "its")
    assert actor is not None and actor.country == country


@pytest.mark.parametrize("text", [
    "Moscow said its economic growth had slowed.",
    "The ministry said its official position had not changed.",
])
def test_possessive_over_a_non_actor_stays_unresolved(nlp, resolver, text: str) -> None:
    assert actor_of(nlp, resolver, text, "its") is None


# A serving role ('adviser', 'aide', 'spokesperson') takes its state from whom it serves.
@pytest.mark.parametrize(("text", "needle", "country"), [
    ("An adviser to the Ukrainian president accused Moscow of lying.", "adviser", "UKR"),
    ("A senior aide to Donald Trump said the deal was close.", "aide", "USA"),
    ("A spokesperson for the German government condemned the strike.", "spokesperson", "DEU"),
    ("A spokesman for the Kremlin said the talks would resume.", "spokesman", "RUS"),
])
def test_serving_role_belongs_to_whom_it_serves(nlp, resolver, text: str, needle: str, country: str) -> None:
    actor = actor_of(nlp, resolver, text, needle)
    assert actor is not None and actor.country == country


# An indefinite bare title is some holder, not the one the dictionary happens to know.
@pytest.mark.parametrize(("text", "needle"), [
    ("An aide said the president was ready to travel.", "aide"),
    ("One adviser said the plan had been shelved.", "adviser"),
])
def test_indefinite_bare_title_is_no_known_holder(nlp, resolver, text: str, needle: str) -> None:
    assert actor_of(nlp, resolver, text, needle) is None


# A people named after a preposition of facing is a party ('lashed out at the Germans'), not a place.
@pytest.mark.parametrize(("text", "needle", "country"), [
    ("The Polish premier lashed out at the Germans over the pipeline probe.", "Germans", "DEU"),
    ("Kyiv held talks with the Americans in Jeddah.", "Americans", "USA"),
    ("The draft was rejected by the Russians on Friday.", "Russians", "RUS"),
])
def test_people_faced_is_a_party(nlp, resolver, text: str, needle: str, country: str) -> None:
    actor = actor_of(nlp, resolver, text, needle)
    assert actor is not None and actor.country == country


@pytest.mark.parametrize(("text", "needle"), [
    ("Ukrainian refugees in Warsaw were welcomed by Poles and Czechs alike, said the mayor of Krakow.", "Krakow"),
    ("The Russian delegation arrived in Istanbul.", "Istanbul"),
])
def test_places_stay_places(nlp, resolver, text: str, needle: str) -> None:
    assert actor_of(nlp, resolver, text, needle) is None


# A government named by its seat after 'in' ('the regime in Damascus') is that state.
@pytest.mark.parametrize(("text", "needle", "country"), [
    ("The regime in Kiev refused to negotiate, the ministry said.", "regime", "UKR"),
    ("The authorities in Kyiv condemned the strike.", "authorities", "UKR"),
    ("The government in Beijing denied sending arms.", "government", "CHN"),
])
def test_government_in_its_seat(nlp, resolver, text: str, needle: str, country: str) -> None:
    actor = actor_of(nlp, resolver, text, needle)
    assert actor is not None and actor.country == country


def test_delegation_in_a_host_city_is_not_the_host(nlp, resolver) -> None:
    actor = actor_of(nlp, resolver, "The delegation in Istanbul said talks would go on.", "delegation")
    assert actor is None or actor.country != "TUR"


# A title naming one of the states a known person served says whom they act for in the text, whatever
# they hold on the article's date; a 'former' title leaves the article date's role.
@pytest.mark.parametrize(("text", "country"), [
    ("Dutch Prime Minister Mark Rutte flew to Kyiv to pledge more F-16s.", "NLD"),
    ("NATO Secretary General Mark Rutte flew to Kyiv.", "NATO"),
    ("Former Dutch prime minister Mark Rutte said the alliance would stand firm.", "NATO"),
])
def test_a_title_names_the_state_a_known_person_acts_for(nlp, resolver, text: str, country: str) -> None:
    actor = actor_of(nlp, resolver, text, "Rutte")
    assert actor is not None and actor.country == country

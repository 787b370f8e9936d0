"""Actors of any outlet and any year: leaders of many states as of the article's date, titled names
followed by "of <state>", and organisations named after a country word.

Every sentence here is written for the test (none is taken from the corpus or the evaluation data).
"""
from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model


def actor_of(nlp, resolver, text: str, needle: str, when: str):  # type: ignore[no-untyped-def]
    """The actor of the mention overlapping the first `needle` in `text`, or None."""
    mentions = resolver.resolve_doc(nlp(text), date.fromisoformat(when))
    start = text.index(needle)
    end = start + len(needle)
    hits = [m for m in mentions if m.start < end and start < m.end]
    return hits[0].actor if hits else None


# Heads of state and government of many states, past and present, each with their state.
@pytest.mark.parametrize(("text", "needle", "when", "country"), [
    ("President Yoweri Museveni told parliament the budget would pass.", "Museveni", "2021-03-02", "UGA"),
    ("Chancellor Helmut Kohl flew to Moscow for two days of talks.", "Kohl", "1990-07-14", "DEU"),
    ("Mitterrand and Kohl laid a wreath together.", "Mitterrand", "1984-09-22", "FRA"),
    ("The Reagan administration refused to lift the embargo.", "Reagan", "1986-04-10", "USA"),
    ("Gorbachev said the treaty would be signed in Washington.", "Gorbachev", "1987-11-30", "RUS"),
    ("Argentina's Javier Milei called the tariff plan a mistake.", "Javier Milei", "2024-05-02", "ARG"),
    ("Speaking in Caracas, Nicolas Maduro rejected the sanctions.", "Nicolas Maduro", "2024-08-01", "VEN"),
])
def test_leaders_of_many_states_have_their_state(nlp, resolver, text: str, needle: str, when: str,
                                                  country: str) -> None:
    actor = actor_of(nlp, resolver, text, needle, when)
    assert actor is not None and actor.country == country


@pytest.mark.parametrize(("text", "when", "name"), [
    ("The prime minister of Israel met the envoy on Tuesday.", "1994-05-03", "Yitzhak Rabin"),
    ("The prime minister of Israel met the envoy on Tuesday.", "2015-05-03", "Benjamin Netanyahu"),
    ("The Russian president phoned his counterpart.", "2005-02-01", "Vladimir Putin"),
    ("The Russian president phoned his counterpart.", "2010-02-01", "Dmitry Medvedev"),
])
def test_a_title_names_whoever_held_it_on_the_article_date(nlp, resolver, text: str, when: str,
                                                           name: str) -> None:
    needle = "prime minister" if "prime" in text else "Russian president"
    actor = actor_of(nlp, resolver, text, needle, when)
    assert actor is not None and actor.name == name


# A titled name followed by "of <state>" belongs to that state; an untitled one does not.
@pytest.mark.parametrize(("text", "needle", "country"), [
    ("Foreign Minister Lena Berg of Sweden said the talks had stalled.", "Lena Berg", "SWE"),
    ("President Ada Kowal of Poland welcomed the decision.", "Ada Kowal", "POL"),
    ("Prime Minister Juri Tamm of Estonia said the border would stay shut.", "Juri Tamm", "EST"),
])
def test_a_titled_name_of_a_state_is_that_states(nlp, resolver, text: str, needle: str, country: str) -> None:
    actor = actor_of(nlp, resolver, text, needle, "2025-06-10")
    assert actor is not None and actor.country == country


def test_an_untitled_name_of_a_place_keeps_no_state(nlp, resolver) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Lopez of Spain won the race in record time."
    actor = actor_of(nlp, resolver, text, "Maria Lopez", "2025-06-10")
    assert actor is None or actor.country is None


# A country word opening an organisation's name makes it that country's, even without an org word.
@pytest.mark.parametrize(("text", "needle", "country"), [
    ("The Kenyan Union of Journalists said it would appeal the ruling.", "Union of Journalists", "KEN"),
    ("The Polish Society of Engineers issued a statement on Monday.", "Society of Engineers", "POL"),
])
def test_an_organisation_named_after_a_country_word_is_that_countrys(nlp, resolver, text: str, needle: str,
                                                                     country: str) -> None:
    actor = actor_of(nlp, resolver, text, needle, "2025-06-10")
    assert actor is not None and actor.country == country


# A comma before a possessive owner ends no list: the state before it is not a second owner.
@pytest.mark.parametrize(("text", "needle", "expect"), [
    ("Threats were made against Poland, Lithuania's defence ministry said.", "Poland", ("POL", "GOV")),
    ("Troops massed near Belarus, Latvia's border guard reported.", "Belarus", None),
])
def test_a_state_before_a_comma_does_not_share_the_next_states_office(nlp, resolver, text: str, needle: str,
                                                                    expect: tuple | None) -> None:
    actor = actor_of(nlp, resolver, text, needle, "2025-06-10")
    if expect is None:
        assert actor is None
    else:
        assert actor is not None and (actor.country, actor.sector) == expect


def test_a_list_of_country_words_still_shares_its_office(nlp, resolver) -> None:  # type: ignore[no-untyped-def]
    text = "The Greek, Cypriot and Maltese delegations walked out."
    assert actor_of(nlp, resolver, text, "Greek", "2025-06-10").country == "GRC"
    assert actor_of(nlp, resolver, text, "Cypriot", "2025-06-10").country == "CYP"


# Former states by their successor, seats of government standing for their governments.
@pytest.mark.parametrize(("text", "needle", "country"), [
    ("The Soviet Union vetoed the resolution.", "Soviet Union", "RUS"),
    ("Whitehall declined to comment on the report.", "Whitehall", "GBR"),
    ("The Quai d'Orsay summoned the ambassador.", "Quai d'Orsay", "FRA"),
    ("Moncloa said the cabinet would meet on Friday.", "Moncloa", "ESP"),
])
def test_former_states_and_seats_stand_for_governments(nlp, resolver, text: str, needle: str,
                                                       country: str) -> None:
    actor = actor_of(nlp, resolver, text, needle, "2025-06-10")
    assert actor is not None and actor.country == country


# An organisation's spokesperson is whoever speaks for it, never its head.
def test_a_ministrys_spokesperson_is_not_its_minister(nlp, resolver) -> None:  # type: ignore[no-untyped-def]
    text = "The State Department's spokeswoman declined to comment on the talks."
    actor = actor_of(nlp, resolver, text, "spokeswoman", "2025-04-02")
    assert actor is not None and actor.country == "USA" and actor.name != "Marco Rubio"


def test_the_head_of_the_un_nuclear_watchdog_heads_the_iaea(nlp, resolver) -> None:  # type: ignore[no-untyped-def]
    text = "The head of the UN nuclear watchdog toured the reactor halls."
    actor = actor_of(nlp, resolver, text, "head", "2024-09-01")
    assert actor is not None and actor.country == "IAEA"


# Armed groups are coded to the state they fight in, as rebels.
@pytest.mark.parametrize(("text", "needle", "country"), [
    ("Boko Haram fighters attacked a village overnight.", "Boko Haram", "NGA"),
    ("The PKK said it would lay down its arms.", "PKK", "TUR"),
    ("Al-Shabaab claimed the attack on the base.", "Al-Shabaab", "SOM"),
    ("M23 rebels seized the airport.", "M23", "COD"),
])
def test_armed_groups_have_the_state_they_fight_in(nlp, resolver, text: str, needle: str, country: str) -> None:
    actor = actor_of(nlp, resolver, text, needle, "2025-06-10")
    assert actor is not None and actor.country == country and actor.sector == "REB"


# Names and capitals of every state stand for their governments, whatever the small model first thought;
# a person named like a state stays a person.
@pytest.mark.parametrize(("text", "needle", "country"), [
    ("Khartoum rejected the proposal on Sunday.", "Khartoum", "SDN"),
    ("Nairobi said the mission would go ahead.", "Nairobi", "KEN"),
    ("Mali's junta extended the curfew by a week.", "Mali", "MLI"),
])
def test_capitals_of_other_states_stand_for_their_governments(nlp, resolver, text: str, needle: str,
                                                              country: str) -> None:
    actor = actor_of(nlp, resolver, text, needle, "2025-06-10")
    assert actor is not None and actor.country == country


def test_a_person_named_like_a_state_is_not_the_state(nlp, resolver) -> None:  # type: ignore[no-untyped-def]
    text = "Rep. Jim Jordan said the hearing would resume next week."
    actor = actor_of(nlp, resolver, text, "Jordan", "2025-06-10")
    assert actor is None or actor.country != "JOR"


# Ministries every cabinet has, and parliaments, forces and services by their own names.
@pytest.mark.parametrize(("text", "needle", "country", "sector"), [
    ("Hungary's interior ministry said the march was banned.", "interior ministry", "HUN", "GOV"),
    ("The Spanish justice ministry opened an inquiry.", "justice ministry", "ESP", "GOV"),
    ("France's armed forces ministry confirmed the flights.", "armed forces ministry", "FRA", "MIL"),
    ("The Knesset voted the measure down.", "Knesset", "ISR", "LEG"),
    ("The Sejm approved the defence budget.", "Sejm", "POL", "LEG"),
    ("The Bundeswehr sent engineers to the border.", "Bundeswehr", "DEU", "MIL"),
])
def test_ministries_parliaments_and_forces_by_name(nlp, resolver, text: str, needle: str, country: str,
                                                   sector: str) -> None:
    actor = actor_of(nlp, resolver, text, needle, "2025-06-10")
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_an_interior_minister_is_the_holder_on_the_date(nlp, resolver) -> None:  # type: ignore[no-untyped-def]
    text = "Russia's interior minister ordered more patrols."
    actor = actor_of(nlp, resolver, text, "interior minister", "2024-03-01")
    assert actor is not None and actor.name == "Vladimir Kolokoltsev"


# "the country's" / "the nation's" before a title: the state named last, in that sentence or the one before.
@pytest.mark.parametrize(("text", "needle", "name"), [
    ("Moldova voted on Sunday. The country's president called the result a victory.", "president", "Maia Sandu"),
    ("Tanks will be bought from Seoul, Poland's cabinet said, and the nation's defence minister agreed.",
     "defence minister", "Wladyslaw Kosiniak-Kamysz"),
])
def test_the_countrys_title_is_the_state_named_last(nlp, resolver, text: str, needle: str, name: str) -> None:
    actor = actor_of(nlp, resolver, text, needle, "2025-06-10")
    assert actor is not None and actor.name == name


def test_the_countrys_title_with_no_state_before_is_unread(nlp, resolver) -> None:  # type: ignore[no-untyped-def]
    text = "The country's president said nothing about the vote."
    actor = actor_of(nlp, resolver, text, "president", "2025-06-10")
    assert actor is None or actor.country is None

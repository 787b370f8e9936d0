"""Events precision on text that is not about war: a hostile or asking verb used in another sense of
English (a disaster, a game, a level reached, a question, a bare 'threatened') is no event, while the
same verbs telling attacks, beatings, threats and requests still are.

Every sentence here is written for these tests in our own words.
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events


def types(analyze_text, text: str) -> list[str]:
    return [kind for kind, _, _ in events(analyze_text, text)]


@pytest.mark.parametrize("text", [
    "The cholera outbreak that spread through the camps killed hundreds of children last winter.",
    "Four Ukrainian medics were killed in a road accident outside Lviv, the ministry said.",
    "A wildfire destroyed forty houses in the hills above Athens on Tuesday.",
    "Floods swept through the valley, killing eleven villagers in Pakistan.",
])
def test_disease_weather_and_accidents_are_no_attack(analyze_text, text: str) -> None:
    assert types(analyze_text, text) == []


@pytest.mark.parametrize("text", [
    "Portugal beat Spain 2-0 in Lisbon on Saturday.",
    "Kovalenko beat Petrov in straight sets and will meet the champion in the next match.",
    "Mexico defeated Canada in the semifinal of the cup.",
    "The Labour candidate beat the mayor by four thousand votes in the Manchester race.",
    "Moreno threatened twice in the opening minutes, and Spain struck the post before the goalkeeper saved.",
    "Having hit the crossbar, Moreno scored after he beat the offside trap.",
])
def test_games_and_races_are_no_attack(analyze_text, text: str) -> None:
    assert not {"ASSAULT", "THREATEN"} & set(types(analyze_text, text))


def test_a_level_reached_is_no_attack(analyze_text) -> None:
    assert types(analyze_text, "Gazprom shares hit 40 percent on Monday, a record for the Russian firm.") == []


@pytest.mark.parametrize("text", [
    "\"What did the minister know about the contract?\" Senator Graham asked.",
    "Senator Graham asked about the missing funds at Tuesday's hearing.",
    "Senator Graham demanded how the Pentagon could spend so much on a single jet.",
    "\"Is this the end of the road?\" Senator Graham asked the minister.",
])
def test_a_question_asked_is_no_request(analyze_text, text: str) -> None:
    assert "REQUEST" not in types(analyze_text, text)


@pytest.mark.parametrize("text, expected", [
    ("Police beat protesters with batons in Minsk on Sunday.", "ASSAULT"),
    ("Russian missiles hit a power plant in Kharkiv overnight.", "ASSAULT"),
    ("Russian artillery fire killed three civilians in Kherson on Friday.", "ASSAULT"),
    ("Russian forces hit 15 targets in the Donetsk region, the ministry said.", "ASSAULT"),
    ("Ukraine struck an oil refinery in Russia's Samara region, killing two workers.", "ASSAULT"),
    ("Russia threatened Ukraine with a new offensive in the north.", "THREATEN"),
    ("Lavrov asked Washington to explain the new sanctions.", "REQUEST"),
    ("Zelensky asked Germany for more air defence systems.", "REQUEST"),
    ("Moscow demanded that Kyiv withdraw its troops from the region.", "REQUEST"),
])
def test_the_same_verbs_still_tell_acts_of_war(analyze_text, text: str, expected: str) -> None:
    assert expected in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Her new single hit the charts in Britain last week.",
    "The defence bill finally hit the Senate floor on Thursday.",
    "It is striking that the two ministers never met in Brussels.",
])
def test_hit_as_arrive_or_succeed_is_no_attack(analyze_text, text: str) -> None:
    assert "ASSAULT" not in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Debris from a downed drone hit an apartment block in Kyiv overnight.",
    "A Russian glide bomb hit a supermarket in Kharkiv on Saturday.",
    "The occupiers struck a bus depot in Nikopol at dawn, the regional governor wrote on Telegram.",
    "The invaders hit a grain terminal in Izmail overnight, Ukraine's navy said.",
])
def test_debris_and_bombs_still_hit(analyze_text, text: str) -> None:
    assert "ASSAULT" in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The second conversation did not go well and the meeting ended early.",
    "Later studies have not supported the use of the drug.",
])
def test_a_denied_act_with_no_one_in_it_is_no_event(analyze_text, text: str) -> None:
    assert types(analyze_text, text) == []


def test_trying_to_capture_a_town_is_no_capture(analyze_text) -> None:
    text = "Russian forces have been trying to capture Pokrovsk for more than a year, Zelensky said."
    assert "COERCE" not in types(analyze_text, text)


def test_people_named_by_what_was_done_to_them_are_no_event(analyze_text) -> None:
    text = "Among those freed were marines detained during the siege of Mariupol, Zelensky said."
    assert "COERCE" not in types(analyze_text, text)


def test_a_named_detention_still_counts(analyze_text) -> None:
    text = "Georgian police detained twelve opposition activists in Tbilisi on Sunday."
    assert "COERCE" in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Moscow occupies about a fifth of Georgia's territory, including land taken in 2008.",
    "Russia still occupies the nuclear plant, the agency said.",
])
def test_land_held_is_no_seizure(analyze_text, text: str) -> None:
    assert "COERCE" not in types(analyze_text, text)


def test_land_taken_is_a_seizure(analyze_text) -> None:
    assert "COERCE" in types(analyze_text, "Russian troops occupied the village of Robotyne on Tuesday.")


@pytest.mark.parametrize("text", [
    "During Tuesday's televised debate in Warsaw the two candidates attacked each other's tax policies.",
    "Delhi has spent a decade fighting smog, with mixed results, officials in India admit.",
    "Aides in Washington worked all week to beat back doubts about the senator's health.",
    "The Polish minister launched a verbal attack on the court's ruling, calling it absurd.",
    "A Norwegian crew spent the winter shooting a documentary about river dolphins in Brazil.",
    "In Reykjavik she is shooting “Northern Lights,” her second feature, with an Icelandic cast.",
])
def test_ideas_attacked_and_films_shot_are_no_attack(analyze_text, text: str) -> None:
    """Policies, doubts, rulings and ills are attacked or fought with words and remedies; a camera
    shoots films."""
    assert "ASSAULT" not in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Russian troops attacked Ukrainian positions near Pokrovsk overnight, the General Staff said.",
    "Russian drones targeted air defences around the Ukrainian port of Odesa on Monday.",
    "Houthi fighters shot at a Greek cargo ship in the Red Sea, the US military said.",
    "The Sudanese army launched an attack on RSF bases north of Khartoum on Friday.",
])
def test_forces_and_places_are_still_attacked(analyze_text, text: str) -> None:
    assert "ASSAULT" in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Historians still study the plague that killed a third of the city in 1665.",
    "The cyclone, which destroyed 300 homes in Mozambique, weakened over land on Sunday.",
    "Relief teams reached villages cut off by a landslide that killed nine people near Kathmandu.",
])
def test_a_disaster_told_in_a_relative_clause_is_no_attack(analyze_text, text: str) -> None:
    """'The plague that killed...': the relative pronoun stands for the disaster, which kills no one's
    enemy."""
    assert "ASSAULT" not in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The drone strike that killed five civilians in Kherson was condemned by Ukraine's foreign ministry.",
    "Israeli troops, who killed 20 people in Gaza on Monday, said they had targeted militants.",
])
def test_an_attack_told_in_a_relative_clause_is_still_one(analyze_text, text: str) -> None:
    assert "ASSAULT" in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The former adviser appealed his sentence in a Washington court on Monday.",
    "Lawyers for the Georgian opposition leader said they would appeal against the verdict.",
    "The company lost the case in Ohio and is expected to appeal, its spokesman said.",
])
def test_an_appeal_in_court_is_no_request(analyze_text, text: str) -> None:
    """A ruling contested in court asks no one to act."""
    assert "REQUEST" not in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Zelensky appealed to Western allies for more air defence systems on Monday.",
    "The Sudanese government appealed for calm after the clashes in Darfur.",
    "Kyiv appealed to the UN Security Council to condemn the Russian strike.",
])
def test_an_appeal_to_someone_or_for_something_still_asks(analyze_text, text: str) -> None:
    assert "REQUEST" in types(analyze_text, text)


def test_a_maximum_reached_inside_a_number_is_no_attack(analyze_text) -> None:
    """'hit a maximum of 89 degrees' parses 'maximum' into the number: a level all the same."""
    assert types(analyze_text, "The chip ran hot in our tests in Taipei and hit a maximum of 92 degrees.") == []


def test_at_least_a_number_of_buildings_is_still_hit(analyze_text) -> None:
    assert "ASSAULT" in types(analyze_text, "Russian drones hit at least 20 buildings in Odesa overnight.")

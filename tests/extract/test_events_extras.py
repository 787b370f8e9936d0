"""Records that should not exist at all: readings of English that tell no political act, found among
the extras on wars and voices the rules were not written on (Myanmar, Syria, Libya, Kosovo, state
media, readouts, briefings).

- a protest told as the motive of a diplomatic act ('summoned the envoy in protest') is an objection
  (ACCUSE, as the annotation guide has it), not a street demonstration;
- a text handed over ('handed over a memorandum', 'a list of names') releases and returns no one;
- a sanctions package, law or decree that 'targets' or 'hits' someone names whom it covers;
- a count of acts since the war began ('have helped bring home 4,000 prisoners since the start of the
  war') is background, not one act the story reports; a record since then ('the first swap since the
  war began') still is one;
- 'somebody must do X' asks no party for anything;
- a visit to a site ('visited the border', 'a visit to the prison') meets no counterpart.

Every sentence here is written for these tests in our own words, in several voices.
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events


def types(analyze_text, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [kind for kind, _, _ in events(analyze_text, text)]


@pytest.mark.parametrize("text", [
    "Warsaw summoned Belarus's ambassador in protest after the border guard was stabbed, the ministry said.",
    "The foreign ministry in Vilnius handed a note to the Russian charge d'affaires in protest over the balloons.",
    "Seoul recalled its envoy from Pyongyang in protest at the missile launch, Yonhap reported.",
    "In protest, the Serbian government summoned the EU's representative on Monday.",
])
def test_a_diplomatic_protest_is_an_objection_not_a_demonstration(analyze_text, text: str) -> None:
    got = types(analyze_text, text)
    assert "PROTEST" not in got and "ACCUSE" in got


@pytest.mark.parametrize("text", [
    "Thousands of students gathered outside parliament in protest on Sunday.",
    "Hundreds of farmers marched through the capital in protest against the grain imports.",
])
def test_crowds_still_demonstrate_in_protest(analyze_text, text: str) -> None:
    assert "PROTEST" in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The Russian delegation handed over a memorandum setting out its conditions for a settlement.",
    "Kyiv's negotiators also handed over a list of 500 children they want returned from Russia.",
    "Armenia handed over a draft of the peace treaty to Azerbaijani officials on Wednesday, Yerevan said.",
    "At the end of the meeting the envoys handed over a letter from the emir to the Sudanese general.",
])
def test_a_text_handed_over_releases_no_one(analyze_text, text: str) -> None:
    assert "RETREAT" not in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Russia handed over 60 wounded Ukrainian soldiers on Friday as a goodwill gesture.",
    "The militia handed over the bodies of four soldiers to the Red Cross on Tuesday.",
])
def test_people_and_bodies_handed_over_are_still_returned(analyze_text, text: str) -> None:
    assert "RETREAT" in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The package, adopted in Brussels, also targets about 40 firms said to help Russia evade export curbs.",
    "The decree targets opposition broadcasters and bloggers abroad, critics in Minsk say.",
    "The new law hits shipping companies that carry Iranian crude, the Treasury said.",
    "The eleventh round of measures also targets Chinese suppliers of drone parts.",
])
def test_a_measure_names_whom_it_covers_not_whom_it_attacks(analyze_text, text: str) -> None:
    assert "ASSAULT" not in types(analyze_text, text)


def test_forces_that_target_a_place_still_attack(analyze_text) -> None:
    text = "Russian drones targeted the port of Izmail overnight, the governor said."
    assert "ASSAULT" in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Qatari mediation has helped return over 100 Ukrainian children since the start of the war.",
    "It was the latest of several rounds of talks hosted by Doha since the outbreak of fighting in 2023.",
    "Turkey has mediated the return of dozens of prisoners since the invasion began, Ankara says.",
])
def test_a_count_since_the_war_began_is_background(analyze_text, text: str) -> None:
    assert types(analyze_text, text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Russia and Ukraine swapped 150 prisoners each on Saturday, the first exchange since the war began.",
     "RETREAT"),
    ("Ukraine carried out the largest prisoner exchange since the invasion on Monday.", "RETREAT"),
    ("Russia has fired more than 2,000 drones at Ukraine since the start of the month, Kyiv said.", "ASSAULT"),
    ("Since mid-March, US warplanes have struck hundreds of targets in Yemen, the Pentagon says.", "ASSAULT"),
])
def test_records_and_recent_counts_are_still_acts(analyze_text, text: str, kind: str) -> None:
    assert kind in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    '"Somebody must work for peace," the Prime Minister told the press conference.',
    "Someone must take the first step, the Swiss mediator said on Friday.",
])
def test_somebody_must_asks_no_party(analyze_text, text: str) -> None:
    assert "REQUEST" not in types(analyze_text, text)


def test_a_named_party_that_must_act_is_still_asked(analyze_text) -> None:
    text = "The Lebanese premier said Israel must withdraw its troops from the south within 60 days."
    assert "REQUEST" in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The Israeli premier visited a settlement bloc south of Jerusalem on Tuesday, his office said.",
    "During his stay the defence secretary also paid a visit to the old city prison, now a museum.",
    "A congressman visited the border near El Paso last month to see the new fence.",
])
def test_a_visit_to_a_site_meets_no_one(analyze_text, text: str) -> None:
    assert "CONSULT" not in types(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The French president visited Kyiv on Monday and met Zelensky.",
    "Rubio visited the Ukrainian president at his office in Kyiv, the State Department said.",
])
def test_a_visit_to_a_capital_or_a_leader_is_still_a_meeting(analyze_text, text: str) -> None:
    assert "CONSULT" in types(analyze_text, text)

"""Events read by class of English where a sentence gave no event or the wrong type: taking control of a
place, acceptance said as a noun, answering with attacks, putting a pact on hold.

Every sentence here is written for these tests in our own words, in several voices (wire, state
media, readout, live blog, analysis).
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Russian troops took control of two more villages in the Donetsk region, the defence ministry said.",
     "RUS", "UKR"),
    ("M23 fighters gained control of Goma airport after two days of fighting.", "COD", "COD"),
    ("LIVE: Ukrainian units have taken control of the bridge near Kupiansk in Ukraine, a commander says.",
     "UKR", None),
    ("The Sudanese army said it had wrested control of the refinery in Khartoum from the RSF.", "SDN", "SDN"),
])
def test_taking_control_of_a_place_is_a_seizure(analyze_text, text: str, actor: str, target: str | None) -> None:
    found = [e for e in events(analyze_text, text) if e[0] == "COERCE"]
    assert found and found[0][1] == actor, events(analyze_text, text)
    if target is not None:
        assert found[0][2] == target


@pytest.mark.parametrize("text", [
    "The German government has not commented. The Democrats took control of the House in 2019.",
    "The German government has not commented. The fund took control of the carmaker's board in March.",
    "The German government has not commented. Merz has taken control of the debate, analysts say.",
])
def test_control_of_a_chamber_a_company_or_a_debate_seizes_nothing(analyze_text, text: str) -> None:
    assert "COERCE" not in [kind for kind, *_ in events(analyze_text, text)]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hamas said it had conveyed its acceptance of the mediators' ceasefire proposal.", "PSE"),
    ("Hungary gave the green light to the new sanctions package on Tuesday, diplomats said.", "HUN"),
    ("The Kremlin signalled its acceptance of a US plan for a 30-day pause in strikes on energy sites.", "RUS"),
    ("Kyiv gave the go-ahead for the prisoner exchange, Ukrainian officials told state television.", "UKR"),
    ("The Slovak parliament granted its approval to the defence pact with Washington.", "SVK"),
])
def test_acceptance_said_as_a_noun_is_an_agreement(analyze_text, text: str, actor: str) -> None:
    assert ("AGREE", actor) in [(kind, who) for kind, who, _ in events(analyze_text, text)]


@pytest.mark.parametrize("text", [
    "Trump's approval rating fell to 38 percent in the latest poll of Americans.",
    "Russian approval of the war remains high, a Moscow pollster found.",
])
def test_an_approval_rating_agrees_to_nothing(analyze_text, text: str) -> None:
    assert "AGREE" not in [kind for kind, *_ in events(analyze_text, text)]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Pakistan responded with mortar fire and drone attacks on Indian army posts.", "PAK", "IND"),
    ("Israel retaliated with airstrikes on Hezbollah positions in southern Lebanon.", "ISR", "LBN"),
    ("Ukraine hit back overnight with a wave of drone strikes on Russian refineries.", "UKR", "RUS"),
    ("Tehran answered with a barrage of missiles fired at Israeli cities, state media reported.", "IRN", "ISR"),
])
def test_answering_with_attacks_is_an_assault(analyze_text, text: str, actor: str, target: str) -> None:
    assert ("ASSAULT", actor, target) in events(analyze_text, text)


def test_answering_with_a_statement_is_no_assault(analyze_text) -> None:
    text = "The Polish minister responded with a statement criticising the plan for Ukraine."
    assert "ASSAULT" not in [kind for kind, *_ in events(analyze_text, text)]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("India has kept the Indus Waters Treaty in abeyance since April.", "IND", None),
    ("Washington put military aid to Ukraine on hold last week, officials said.", "USA", "UKR"),
    ("The EU has put accession talks with Turkey on ice, the commission said.", "EU", "TUR"),
    ("Islamabad suspended the trade treaty with New Delhi after the attack.", "PAK", "IND"),
])
def test_putting_a_pact_or_aid_on_hold_suspends_it(analyze_text, text: str, actor: str,
                                                   target: str | None) -> None:
    found = [e for e in events(analyze_text, text) if e[0] == "SANCTION"]
    assert found and found[0][1] == actor, events(analyze_text, text)
    assert found[0][2] == target  # a treaty is what is suspended, never a party


def test_putting_a_film_on_hold_is_no_sanction(analyze_text) -> None:
    text = "The German government has not commented. The studio put the film on hold after the strike."
    assert events(analyze_text, text) == []


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Moscow said the Kyiv regime was still sabotaging the negotiations.", "RUS", "UKR"),
    ("The Russian foreign ministry said Ukraine was deliberately delaying the exchange of prisoners.",
     "RUS", "UKR"),
    ("Kyiv says Moscow keeps dragging out the talks to buy time for its offensive.", "UKR", "RUS"),
    ("Beijing said Washington was trying to provoke a confrontation in the strait.", "CHN", "USA"),
    ("Lavrov spoke to reporters in Moscow. At the same time, he said, the Ukrainian side continues to "
     "undermine any settlement.", "RUS", "UKR"),
])
def test_reported_blameworthy_conduct_of_a_named_party_accuses_it(analyze_text, text: str, actor: str,
                                                                  target: str) -> None:
    assert ("ACCUSE", actor, target) in events(analyze_text, text)


def test_reported_violations_accuse_their_doer(analyze_text) -> None:
    text = "India's foreign ministry said there had been repeated violations of the truce by Pakistan."
    assert ("ACCUSE", "IND", "PAK") in events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "He said they were delaying the vote on the budget.",
    "The minister said the storm had delayed the exchange of prisoners.",
    "Moscow said Kyiv was not delaying the exchange, a rare note of praise.",
])
def test_unnamed_or_denied_conduct_accuses_no_one(analyze_text, text: str) -> None:
    assert "ACCUSE" not in [kind for kind, *_ in events(analyze_text, text)]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Kyiv's foreign ministry replied that it had offered a summit long ago and that Moscow was simply "
     "stalling.", "UKR", "RUS"),
    ("The Russian foreign ministry spokeswoman said the Kyiv regime was resorting to \"nuclear blackmail\".",
     "RUS", "UKR"),
    ("The Ukrainian ombudsman said Russian forces were committing atrocities in occupied towns.", "UKR", "RUS"),
    ("\"We want everyone home, but the Russian side continues to block the swap,\" the Ukrainian "
     "headquarters said.", "UKR", "RUS"),
])
def test_charges_told_as_an_answer_or_a_resort_accuse(analyze_text, text: str, actor: str, target: str) -> None:
    assert ("ACCUSE", actor, target) in events(analyze_text, text)


def test_committing_to_targets_accuses_no_one(analyze_text) -> None:
    text = "The German minister said the company was committing to new climate targets."
    assert "ACCUSE" not in [kind for kind, *_ in events(analyze_text, text)]


@pytest.mark.parametrize(("text", "actor"), [
    ("Ankara on Monday gave a cautious welcome to the accord reached in the capital.", "TUR"),
    ("Beijing gave a cautious welcome to the ceasefire plan, state media said.", "CHN"),
    ("The EU offered a warm welcome to Ukraine's decision to hold elections.", "EU"),
])
def test_a_welcome_given_to_a_pact_or_decision_supports_it(analyze_text, text: str, actor: str) -> None:
    assert ("SUPPORT", actor) in [(kind, who) for kind, who, _ in events(analyze_text, text)]


def test_a_welcome_given_to_visitors_is_no_support(analyze_text) -> None:
    text = "The German government has not commented. The mayor gave a warm welcome to the visiting band."
    assert events(analyze_text, text) == []

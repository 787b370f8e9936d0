"""Refusals a party announces for itself, read by class of English: troops it says it will not send
('Italy would not send soldiers'), a table it will not return to or negotiations it will not enter
(going to the table is talking, CONSULT), and a refusal told in a verb conjoined to a passive one
('Ukraine was not consulted and would not accept any deal'), which keeps the shared subject as its
doer; a side naming what it will treat as a target ('would be a legitimate target'), which
threatens it; and an act said to prove a named party insincere about peace ('showed Moscow had no
intention of ending the war'), which accuses it.

Every sentence here is written for these tests in our own words, in several voices (wire, state
media, readout, live blog, analysis).
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Spain would not send soldiers to Ukraine, Prime Minister Pedro Sanchez said on Thursday.", "ESP", "UKR"),
    ("LIVE: Berlin will not deploy troops to Ukraine, the German chancellor told reporters in Paris.",
     "DEU", "UKR"),
    ("Analysis: Turkey has said it will not deploy soldiers to Gaza as part of a stabilisation force.",
     "TUR", None),
])
def test_troops_a_party_will_not_send_are_refused(analyze_text, text: str, actor: str,
                                                   target: str | None) -> None:
    found = events(analyze_text, text)
    assert any(e[0] == "REJECT" and e[1] == actor and (target is None or e[2] == target) for e in found), found
    assert not any(e[0] == "MOBILIZE" for e in found), found


@pytest.mark.parametrize("text", [
    "The Eritrean government said it would not enter into any negotiation over its territory.",
    "Hamas said on Telegram that it will not return to the negotiating table while the strikes go on.",
    "Venezuela will not come back to the talks in Barbados, its foreign minister said on state television.",
])
def test_a_table_a_party_will_not_go_back_to_is_refused(analyze_text, text: str) -> None:
    found = events(analyze_text, text)
    assert any(e[0] == "REJECT" and e[1] is not None for e in found), found


def test_going_back_to_the_table_is_talking(analyze_text) -> None:
    text = ("Armenian and Azerbaijani negotiators returned to the negotiating table in Abu Dhabi on "
            "Monday, the Armenian foreign ministry said.")
    assert any(e[0] == "CONSULT" for e in events(analyze_text, text)), events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The Ukrainian foreign minister returned to Kyiv on Monday after a tour of the Gulf.",
    "Russian troops went to the border at dawn, the governor said.",
    "Israel did not send troops to the area, the army said.",
    "Russia will not attack NATO, Putin told the forum in St Petersburg.",
    "Had Spain sent troops to Ukraine, Moscow would have answered, Russian state television said.",
])
def test_trips_denied_deployments_and_assurances_refuse_nothing(analyze_text, text: str) -> None:
    found = events(analyze_text, text)
    assert not any(e[0] in ("REJECT", "CONSULT") for e in found), found


@pytest.mark.parametrize(("text", "actor"), [
    ("Zelensky said Ukraine was not consulted and would not accept any deal made behind its back.", "UKR"),
    ("State media: President Aliyev said Azerbaijan had not been consulted and would not accept any "
     "decision taken without Baku.", "AZE"),
])
def test_a_refusal_conjoined_to_a_passive_keeps_the_subject_as_doer(analyze_text, text: str,
                                                                   actor: str) -> None:
    found = events(analyze_text, text)
    assert any(e[0] == "REJECT" and e[1] == actor for e in found), found


def test_a_conjoined_passive_stays_passive(analyze_text) -> None:
    text = "The power station in Kharkiv was struck overnight and burned for hours, the governor said."
    assert not any(e[0] == "ASSAULT" and e[1] == "UKR" for e in events(analyze_text, text))


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Any foreign troops sent to Ukraine would be a legitimate target for our army, Russia's foreign "
     "minister said on Thursday.", "RUS", None),
    ("Russia's defence ministry warned that any ship sailing to a Ukrainian port would be considered a "
     "potential carrier of military cargo.", "RUS", "UKR"),
    ("LIVE: Iran's Revolutionary Guards said US bases in the Gulf would be legitimate targets if "
     "Washington joined the strikes.", "IRN", "USA"),
    ("State media: The Houthi movement said it would regard any vessel linked to Israel as a legitimate "
     "target in the Red Sea.", "YEM", "ISR"),
])
def test_a_side_naming_its_targets_threatens(analyze_text, text: str, actor: str, target: str | None) -> None:
    found = events(analyze_text, text)
    assert any(e[0] == "THREATEN" and e[1] == actor and (target is None or e[2] == target)
               for e in found), found


@pytest.mark.parametrize("text", [
    "Analysts said the fuel depots would be legitimate targets in any wider war.",
    "The army said it had struck legitimate military targets in northern Gaza overnight.",
    "Aid convoys would not be legitimate targets under the laws of war, the Red Cross said.",
])
def test_forecasts_past_strikes_and_assurances_threaten_no_one(analyze_text, text: str) -> None:
    assert not any(e[0] == "THREATEN" for e in events(analyze_text, text)), events(analyze_text, text)


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Zelensky said the overnight strike showed that Moscow had no intention of ending the war.", "UKR", "RUS"),
    ('"Every such barrage proves that Russia\'s talk of a truce is a lie," the Ukrainian president wrote on '
     "Telegram.", "UKR", "RUS"),
    ("Readout: Britain's prime minister said the attack demonstrated that Putin was not serious about peace.",
     "GBR", "RUS"),
    ("Analysis: Sudan's army chief said the drone strikes on Port Sudan showed the RSF only wants war.",
     "SDN", "SDN"),
])
def test_an_act_shown_to_prove_a_party_insincere_accuses_it(analyze_text, text: str, actor: str,
                                                             target: str) -> None:
    found = events(analyze_text, text)
    assert any(e[0] == "ACCUSE" and e[1] == actor and e[2] == target for e in found), found


@pytest.mark.parametrize("text", [
    "Zelensky said the agreement showed that Ukraine was serious about peace.",
    "Pollsters said the results showed that voters had no intention of backing the government.",
    "The minister said the talks showed Russia was not ready to give up its demands.",
])
def test_sincerity_shown_or_no_party_judged_accuses_no_one(analyze_text, text: str) -> None:
    assert not any(e[0] == "ACCUSE" for e in events(analyze_text, text)), events(analyze_text, text)


def test_a_condemnation_and_its_proof_are_one_charge(analyze_text) -> None:
    text = ("Canada's foreign minister condemned the Russian drone attack on Odesa's port overnight, which "
            "she said showed that Putin was not serious about peace.")
    charges = [e for e in events(analyze_text, text) if e[0] == "ACCUSE"]
    assert charges == [("ACCUSE", "CAN", "RUS")], events(analyze_text, text)

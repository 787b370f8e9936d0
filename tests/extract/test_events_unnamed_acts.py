"""Acts read by class of English where no act is named: a side naming what it will treat as a target
('would be a legitimate target'), which threatens it; and an act said to prove a named party
insincere about peace ('showed Moscow had no intention of ending the war'), which accuses it. A verb
conjoined to a passive one stays passive.

Every sentence here is written for these tests in our own words, in several voices (wire, state
media, readout, live blog, analysis).
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


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
            "she said proved Putin was never serious about peace.")
    charges = [e for e in events(analyze_text, text) if e[0] == "ACCUSE"]
    assert charges == [("ACCUSE", "CAN", "RUS")], events(analyze_text, text)

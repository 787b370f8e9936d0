"""An answer or a verdict whose object was told in an earlier sentence takes its party from there: a
loan told inside someone's plan is theirs ('backed a plan to raise a loan ... refused to approve the
loan'); a charge the article never told as one was made by whoever it last told acting against the
one who rejects it; 'condemned what he called an attack' condemns the attack, and an armed movement
of the condemner's own state is another side.

Every sentence here is written for these tests in our own words.
"""
from __future__ import annotations

import pytest

from detente.extract.events import find_events
from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("EU finance ministers backed a plan to raise a joint loan for Moldova on Monday.\n\n"
     "Austria later refused to approve the €20 billion (about $22 billion) loan without new guarantees.",
     "AUT", "EU"),
])
def test_a_thing_told_inside_a_plan_is_the_plans_owners(analyze_text, text: str, actor: str,
                                                        target: str) -> None:
    assert ("REJECT", actor, target) in events(analyze_text, text)


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Guyana on Monday demanded that Venezuela pull its troops back from the Essequibo border. Caracas "
     "rejected the charge that its soldiers had crossed into Guyanese territory.", "VEN", "GUY"),
])
def test_a_charge_never_told_answers_who_acted_against_the_denier(analyze_text, text: str, actor: str,
                                                                  target: str) -> None:
    assert ("REJECT", actor, target) in events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Al-Shabaab gunmen attacked a hotel in Kismayo overnight. The Somali prime minister condemned what "
    "he described as a cowardly attack on civilians.",
    "Al-Shabaab fighters stormed an army post near Baidoa on Sunday. Somalia's defence ministry condemned "
    "what it called a barbaric assault on the nation's soldiers.",
])
def test_condemning_what_is_called_an_attack_accuses_the_insurgents(analyze_text, text: str) -> None:
    accused = [r.fields["target"] for r in find_events(analyze_text(text)) if r.fields["type"] == "ACCUSE"]
    assert accused and accused[0] is not None and accused[0]["sector"] == "REB"


def test_a_government_condemning_no_attack_accuses_no_one(analyze_text) -> None:
    text = ("The Somali prime minister opened a new hospital in Kismayo. He condemned what he called a "
            "culture of waste in the ministries.")
    assert not any(kind == "ACCUSE" and target for kind, _, target in events(analyze_text, text))

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


@pytest.mark.parametrize(("text", "actor"), [
    ("The talks opened a day after Ethiopian air strikes on a market town in Amhara, which local "
     "officials said killed 14 people.", "ETH"),
    ("Mediators met in Nairobi on Friday, two days after Sudan's army shelled a camp near El Obeid, which "
     "aid workers said wounded 30 people.", "SDN"),
])
def test_an_act_a_reporter_says_did_harm_is_its_owners(analyze_text, text: str, actor: str) -> None:
    assert any(kind == "ASSAULT" and who == actor for kind, who, _ in events(analyze_text, text))


@pytest.mark.parametrize("text", [
    "Eritrea's assault on the border town of Zalambessa began on 3 May.\n\nThe assault, which aid groups "
    "say killed dozens of civilians, ended two days later.",
    "Chad's offensive against rebels in the north began on Monday.\n\n\"We are afraid,\" one resident "
    "said.\n\nThe offensive, which officials say killed 80 fighters, ended on Wednesday.",
])
def test_an_act_told_again_by_its_bare_noun_is_the_same_doers(analyze_text, text: str) -> None:
    found = events(analyze_text, text)
    assert [kind for kind, who, _ in found if who is None] == []
    assert len([kind for kind, _, _ in found if kind == "ASSAULT"]) >= 1


@pytest.mark.parametrize("text", [
    "The offensive, which officials say killed 80 fighters, ended on Wednesday.",
    "Chad's offensive against rebels in the north began on Monday. Markets stayed open. Schools reopened. "
    "Fuel prices rose. Banks closed early. The offensive, which officials say killed 80 fighters, ended "
    "on Wednesday.",
])
def test_a_bare_act_with_no_owner_told_nearby_has_no_doer(analyze_text, text: str) -> None:
    last = events(analyze_text, text)[-1]
    assert last[1] is None


def test_either_country_is_a_pair_of_states_named_as_states(analyze_text) -> None:
    text = ("Ethiopia and Eritrea agreed on Friday to pull troops back from the border after talks in "
            "Nairobi. The Ethiopian prime minister thanked President Donald Trump and China, which mediated. "
            "Washington warned that it would suspend trade deals with either country if the "
            "clashes resumed.")
    threats = [target for kind, _, target in events(analyze_text, text) if kind == "THREATEN"]
    assert threats and threats[0] in ("ETH", "ERI")


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Armenian and Azerbaijani diplomats met in Geneva on Thursday. Yerevan proposed another round of "
     "talks before the end of the month.", "ARM", "AZE"),
    ("Kosovo and Serbia agreed on Monday to reopen two border crossings. Pristina also suggested holding "
     "the next round in Skopje.", "XKX", "SRB"),
])
def test_one_more_round_is_proposed_to_the_party_last_met(analyze_text, text: str, actor: str,
                                                          target: str) -> None:
    assert any(kind in ("AGREE", "REQUEST") and (who, whom) == (actor, target)
               for kind, who, whom in events(analyze_text, text))


def test_a_round_proposed_with_no_meeting_told_names_no_counterpart(analyze_text) -> None:
    found = events(analyze_text, "Yerevan proposed another round of talks before the end of the month.")
    assert all(whom is None for kind, _, whom in found if kind == "AGREE")

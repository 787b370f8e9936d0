"""Events, material side: verb classes of material acts, restrictions of aid, and readings that rule acts out.

Every sentence here is written for these tests in our own words, in several outlets' voices.
"""
from __future__ import annotations

import pytest

from detente.extract.events import find_events

pytestmark = pytest.mark.model


def events(analyze_text, text: str, published: str | None = "2025-06-05") -> list[dict]:
    return [dict(r.fields, date=r.date) for r in find_events(analyze_text(text, published=published))]


def country(actor: dict | None) -> str | None:
    return actor.get("country") if actor else None


def assaults(found: list[dict]) -> list[dict]:
    return [e for e in found if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "NATO warned that any Russian attack on an ally would be met with force.",
    "Kyiv and Moscow discussed a moratorium on Russian strikes on energy facilities.",
    "Officials fear new Russian attacks on the capital in the coming weeks.",
    "The minister denied Ukraine's attacks on civilians in the region.",
    "Prices have risen since Russia's invasion of Ukraine.",
])
def test_a_feared_planned_stopped_or_background_act_is_no_assault(analyze_text, text: str) -> None:
    assert assaults(events(analyze_text, text)) == []


@pytest.mark.parametrize("text, actor, target", [
    ("Washington paused weapons deliveries to Kyiv last month.", "USA", "UKR"),
    ("Germany stopped arms exports to Israel after the raid.", "DEU", "ISR"),
    ("Canada has halted intelligence sharing with Mali's military junta.", "CAN", "MLI"),
    ("The Pentagon ordered a pause in shipments of artillery shells to Ukraine.", "USA", "UKR"),
    ("China restricted exports of drone parts to Russia.", "CHN", "RUS"),
])
def test_stopping_aid_or_trade_is_a_sanction(analyze_text, text: str, actor: str, target: str) -> None:
    found = [e for e in events(analyze_text, text) if e["type"] == "SANCTION"]
    assert any(country(e["actor"]) == actor and country(e["target"]) == target for e in found), found


@pytest.mark.parametrize("text", [
    "The storm stopped traffic on the main road.",
    "She paused before answering the question.",
])
def test_stopping_what_is_no_aid_is_no_sanction(analyze_text, text: str) -> None:
    assert [e for e in events(analyze_text, text) if e["type"] == "SANCTION"] == []


def test_pausing_its_own_strikes_is_a_retreat(analyze_text) -> None:
    found = events(analyze_text, "Moscow paused its strikes on the port for two days.")
    assert [e["type"] for e in found] == ["RETREAT"]


@pytest.mark.parametrize("text, kind, actor", [
    ("Russian forces took control of the village on Monday, the ministry said.", "COERCE", "RUS"),
    ("Ukrainian troops liberated the town of Kupiansk in the autumn.", "COERCE", "UKR"),
    ("Sudan's army gained control of the airport after two days of fighting.", "COERCE", "SDN"),
    ("Moscow drafted thousands of reservists last autumn.", "MOBILIZE", "RUS"),
    ("Wagner sent a convoy of armoured vehicles towards Moscow.", "MOBILIZE", None),
    ("Russian soldiers abandoned their positions near Kupiansk.", "RETREAT", "RUS"),
    ("Ukrainian forces pushed into the Belgorod region in March.", "ASSAULT", "UKR"),
    ("Russia hammered Ukraine's power grid with drones on Sunday.", "ASSAULT", "RUS"),
    ("Powerful explosions rocked the port of Odesa overnight.", "ASSAULT", None),
    ("Britain expanded sanctions on Russian oil traders.", "SANCTION", "GBR"),
])
def test_more_verbs_of_each_material_class(analyze_text, text: str, kind: str, actor: str | None) -> None:
    found = [e for e in events(analyze_text, text) if e["type"] == kind]
    assert found and (actor is None or country(found[0]["actor"]) == actor), events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The negotiators hammered out a compromise late on Friday.",
    "Her aide drafted a resolution on the crisis.",
    "Russia took part in the talks in Geneva.",
    "The army is advancing inside the city in a drive to take full control of it.",
    "Berlin announced a decision to send troops to Lithuania next year.",
])
def test_look_alikes_and_aims_are_no_material_act(analyze_text, text: str) -> None:
    kinds = {e["type"] for e in events(analyze_text, text)}
    assert not kinds & {"COERCE", "MOBILIZE", "ASSAULT"}, kinds


def test_sending_fighter_jets_is_still_aid(analyze_text) -> None:
    found = events(analyze_text, "The Netherlands sent fighter jets to Ukraine in May.")
    assert "AID" in [e["type"] for e in found], found


@pytest.mark.parametrize("text", [
    "Russian troops encircled the town of Avdiivka in February.",
    "The paramilitary force is imposing a siege on the city of El Obeid, Sudan's army said.",
    "Russian forces pressed on in the east. Ukrainian units were surrounded near Pokrovsk, Moscow claimed.",
])
def test_a_siege_or_encirclement_is_military_coercion(analyze_text, text: str) -> None:
    assert "COERCE" in [e["type"] for e in events(analyze_text, text)]


def test_surrounded_by_people_is_no_siege(analyze_text) -> None:
    assert events(analyze_text, "The minister was surrounded by reporters in Kyiv.") == []


@pytest.mark.parametrize("text, actor, target", [
    ("Congress approved $61 billion in aid to Ukraine.", "USA", "UKR"),
    ("Denmark handed over the first F-16 jets to Kyiv.", "DNK", "UKR"),
    ("Japan has given Ukraine $12 billion since the war began.", "JPN", "UKR"),
    ("The EU disbursed another 4.2 billion euros to Kyiv.", "EU", "UKR"),
])
def test_money_and_arms_handed_to_a_party_are_aid(analyze_text, text: str, actor: str, target: str) -> None:
    found = [e for e in events(analyze_text, text) if e["type"] == "AID"]
    assert any(country(e["actor"]) == actor and country(e["target"]) == target for e in found), found


def test_a_pledge_of_an_amount_in_aid_is_one_event(analyze_text) -> None:
    found = events(analyze_text, "Norway pledged $1 billion in aid to Ukraine.")
    assert len(found) == 1, found


@pytest.mark.parametrize("text", [
    "The war has cost Ukraine $500 billion in damage.",
    "Russia handed over 20 prisoners to Ukraine.",
])
def test_amounts_of_loss_and_prisoners_handed_over_are_no_aid(analyze_text, text: str) -> None:
    assert "AID" not in [e["type"] for e in events(analyze_text, text)]


@pytest.mark.parametrize("text, kind, actor", [
    ("A Ukrainian drone set fire to an oil depot near Sevastopol.", "ASSAULT", "UKR"),
    ("Soldiers torched the village before they withdrew, Sudan's army said.", "ASSAULT", None),
    ("The Wagner group recruited thousands of prisoners to fight in Ukraine.", "MOBILIZE", "RUS"),
    ("Britain has trained more than 30,000 Ukrainian soldiers since 2022.", "AID", "GBR"),
    ("Washington imposed 50% tariffs on Indian goods last week.", "SANCTION", "USA"),
    ("The US slapped new export restrictions on Chinese chip makers.", "SANCTION", "USA"),
])
def test_acts_of_force_recruitment_training_and_trade_penalties(analyze_text, text: str, kind: str,
                                                               actor: str | None) -> None:
    found = [e for e in events(analyze_text, text) if e["type"] == kind]
    assert found and (actor is None or country(found[0]["actor"]) == actor), events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "He set the table for the guests in Paris.",
    "The company executed the order within a day.",
    "The coach trained hard for the final.",
])
def test_everyday_uses_of_those_verbs_are_no_events(analyze_text, text: str) -> None:
    assert events(analyze_text, text) == []


@pytest.mark.parametrize("text", [
    "Hamas freed two Israeli women on Friday.",
    "Ukraine got back 84 people in a swap with Russia.",
    "The rebels freed three fishermen they had held since May, Colombia's army said.",
])
def test_people_freed_or_got_back_are_a_retreat(analyze_text, text: str) -> None:
    assert "RETREAT" in [e["type"] for e in events(analyze_text, text)]


def test_getting_back_to_work_is_no_event(analyze_text) -> None:
    assert events(analyze_text, "The negotiators got back to work in Riyadh.") == []


def test_intercepting_warplanes_is_mobilisation(analyze_text) -> None:
    found = events(analyze_text, "Finland's air force intercepted two Russian bombers near its border on Friday.")
    assert [country(e["target"]) for e in found if e["type"] == "MOBILIZE"] == ["RUS"], found


def test_intercepting_missiles_is_no_mobilisation(analyze_text) -> None:
    found = events(analyze_text, "Ukraine's air force said it intercepted 30 missiles.")
    assert "MOBILIZE" not in [e["type"] for e in found]


@pytest.mark.parametrize("text", [
    "Had Ukraine managed to capture the nuclear plant, its hand in talks would have been stronger.",
    "Were Russia to strike a NATO member, the alliance would respond.",
    "Should Israel launch missiles at Iranian oil sites, prices would soar.",
])
def test_an_inverted_condition_tells_no_act(analyze_text, text: str) -> None:
    kinds = {e["type"] for e in events(analyze_text, text)}
    assert not kinds & {"ASSAULT", "COERCE"}, kinds


def test_a_pluperfect_act_still_happened(analyze_text) -> None:
    found = events(analyze_text, "By Monday, Russia had captured the village near Pokrovsk, the ministry said.")
    assert "COERCE" in [e["type"] for e in found], found


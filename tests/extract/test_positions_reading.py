"""Positions stated by classes of English beyond the plain cue, on sentences written for these tests:
idioms of refusal and of holding out, requests with a 'for' object, things made to depend on
others, conditional bargains, quoted verbless slogans, and sentences that must state nothing."""
from __future__ import annotations

import pytest

from detente.extract.positions import main_issue
from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Kremlin poured cold water on the idea of a 30-day truce.", ("RUS", "ceasefire", "reject")),
    ("Zelensky brushed off suggestions that Ukraine could trade land for peace.", ("UKR", "territory", "reject")),
    ("Belgium balked at a plan to seize frozen Russian assets.", ("BEL", "assets_reparations", "reject")),
    ("Poland brushed aside calls to ease sanctions on Belarus.", ("POL", "sanctions", "reject")),
    ("Hungary threatened to veto the new package of sanctions.", ("HUN", "sanctions", "reject")),
])
def test_idioms_of_refusal_and_a_threat_to_refuse_reject(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Kyiv is holding out for security guarantees modelled on NATO's Article 5.",
     ("UKR", "security_guarantees", "demand")),
    ("\"We need security guarantees that work,\" Zelensky told reporters.", ("UKR", "security_guarantees", "demand")),
    ("Washington held out the prospect of sanctions relief.", ("USA", "sanctions", "offer")),
    ("Putin left the door open to a meeting with Zelensky.", ("RUS", "talks_format", "offer")),
    ("Ankara volunteered to host a new round of negotiations.", ("TUR", "talks_format", "offer")),
    ("Berlin has ruled out sending German soldiers to Ukraine.", ("DEU", "security_guarantees", "reject")),
])
def test_idioms_of_holding_out_and_of_offering(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_noun_need_is_no_demand(analyze_text):
    got = positions(analyze_text, "EU leaders committed to meeting Ukraine's military needs for next year.")
    assert ("UKR", "military_limits", "demand") not in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Moscow has conditioned any deal on the lifting of Western sanctions.", ("RUS", "sanctions", "demand")),
    ("Kyiv made any meeting contingent on a full ceasefire.", ("UKR", "ceasefire", "demand")),
])
def test_what_a_thing_is_made_to_depend_on_is_a_demand(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Kyiv asked its partners for more air defence systems.", ("UKR", "military_limits", "demand")),
    ("Warsaw pressed Brussels for tougher sanctions on Russian steel.", ("POL", "sanctions", "demand")),
])
def test_asking_someone_for_something_demands_it(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_asking_for_directions_states_nothing(analyze_text):
    assert not positions(analyze_text, "The reporter asked a soldier for directions to the station.")


@pytest.mark.model
def test_a_conditional_bargain_offers_the_main_clause(analyze_text):
    got = positions(analyze_text, "Washington would lift some sanctions if Moscow agreed to a ceasefire.")
    assert {("USA", "sanctions", "offer"), ("USA", "ceasefire", "demand")} <= got
    got = positions(analyze_text, "Zelensky said he was prepared to meet Putin if a ceasefire was in place.")
    assert {("UKR", "talks_format", "offer"), ("UKR", "ceasefire", "demand")} <= got


@pytest.mark.model
def test_a_negated_main_clause_offers_nothing(analyze_text):
    got = positions(analyze_text, "Washington would not lift sanctions even if Moscow agreed to a ceasefire.")
    assert ("USA", "sanctions", "offer") not in got


@pytest.mark.model
def test_a_quoted_verbless_no_rejects(analyze_text):
    got = positions(analyze_text, "\"No territorial concessions,\" Zelensky said.")
    assert ("UKR", "territory", "reject") in got
    assert not positions(analyze_text, "\"No one wants this war to go on,\" Zelensky said.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ministry said air defences shot down 45 drones overnight.",
    "The army said it had pushed back Russian forces near Pokrovsk.",
    "Officials are expected to discuss a ceasefire at the meeting on Monday.",
    "Russia's demands have not changed since 2022, analysts say.",
    "Ukrainian forces withdrew from the village after heavy fighting.",
])
def test_battlefield_reports_and_analysis_state_no_position(analyze_text, text):
    assert not positions(analyze_text, text)


def test_issue_names_read_by_meaning():
    assert main_issue("the Zaporizhzhia power station") == "nuclear_safety"
    assert main_issue("Beijing's plan") == "talks_format"
    assert main_issue("sending troops after a ceasefire") == "security_guarantees"
    assert main_issue("an end to the bloodshed") == "ceasefire"


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("A 30-day ceasefire was rejected by Moscow on Tuesday.", ("RUS", "ceasefire", "reject")),
    ("The plan for a ceasefire was endorsed by Kyiv.", ("UKR", "ceasefire", "accept")),
    ("The truce proposed by Russia was turned down by Ukraine.", ("UKR", "ceasefire", "reject")),
])
def test_a_passive_agent_holds_the_stance(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_passive_without_a_party_agent_states_nothing(analyze_text):
    assert not positions(analyze_text, "A truce was rejected by a majority of those polled.")
    got = positions(analyze_text, "The talks followed the peace formula proposed by Kyiv in 2022.")
    assert ("UKR", "talks_format", "offer") not in got


@pytest.mark.model
def test_proposing_that_another_party_act_is_a_demand(analyze_text):
    got = positions(analyze_text, "Trump suggested that Ukraine cede the Donbas in exchange for peace.")
    assert ("USA", "territory", "demand") in got
    got = positions(analyze_text, "Ankara proposed to host the next round of talks.")
    assert ("TUR", "talks_format", "offer") in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Kremlin said a meeting between Putin and Zelensky was not on the agenda.",
     ("RUS", "talks_format", "reject")),
    ("Zelensky said Ukraine would not give Russia any of its land.", ("UKR", "territory", "reject")),
    ("Putin said Ukrainian troops must leave the Donbas for the fighting to stop.",
     ("RUS", "withdrawal", "demand")),
])
def test_refusals_and_demands_in_reported_speech(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_giving_without_a_refusal_states_nothing(analyze_text):
    assert not positions(analyze_text, "Zelensky gave a speech in Kyiv about the Donbas.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia threatened to strike government buildings in Kyiv with missiles.",
    "Ukraine plans to produce four million drones this year.",
    "Putin signed a decree raising the size of the army by 180,000 troops.",
    "Russia said it shot down 40 Ukrainian drones over the Black Sea.",
])
def test_a_partys_own_military_or_legal_act_is_no_position(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
def test_a_threat_of_sanctions_is_still_read(analyze_text):
    got = positions(analyze_text, "Trump threatened to impose sweeping sanctions on buyers of Russian oil.")
    assert ("USA", "sanctions", "demand") in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Under the U.S. plan, Ukraine would cede the rest of the Donbas to Russia.", ("USA", "territory", "demand")),
    ("Washington's framework includes security guarantees for Kyiv.", ("USA", "security_guarantees", "offer")),
    ("The White House plan foresees a gradual lifting of sanctions on Russia.", ("USA", "sanctions", "offer")),
    ("The European counter-proposal offers Ukraine security guarantees similar to NATO's Article 5.",
     ("EU", "security_guarantees", "offer")),
    ("The American proposal would cap Ukraine's army at 600,000 troops.", ("USA", "military_limits", "demand")),
])
def test_a_plan_states_its_authors_position(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_the_plan_takes_the_author_named_before(analyze_text):
    text = ("Trump unveiled a peace plan on Monday. The plan would freeze the front line and require Kyiv "
            "to give up its bid to join NATO.")
    got = positions(analyze_text, text)
    assert {("USA", "withdrawal", "offer"), ("USA", "alliances_neutrality", "demand")} <= got


@pytest.mark.model
def test_a_plan_without_an_author_or_that_is_not_adopted_states_nothing(analyze_text):
    assert not positions(analyze_text, "A plan would freeze the front line, diplomats said.")
    got = positions(analyze_text, "Trump unveiled a plan. The plan was not expected to lift sanctions.")
    assert ("USA", "sanctions", "offer") not in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Macron praised the decision to create a reassurance force for Ukraine.",
     ("FRA", "security_guarantees", "accept")),
    ("Zelensky hailed the agreement on a new prisoner exchange.", ("UKR", "prisoners", "accept")),
    ("Moscow condemned the plan to station European troops in Ukraine.", ("RUS", "security_guarantees", "reject")),
    ("Lithuania criticised the decision to lift sanctions on Belarusian potash.", ("LTU", "sanctions", "reject")),
    ("Poland warned against any easing of sanctions on Moscow.", ("POL", "sanctions", "reject")),
    ("Berlin cautioned against lifting sanctions before a ceasefire.", ("DEU", "sanctions", "reject")),
    ("Trump said he was considering easing sanctions on Russian banks.", ("USA", "sanctions", "offer")),
])
def test_judging_a_proposal_and_arguing_against_it(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Zelensky condemned the overnight strike on energy infrastructure in Kyiv.",
    "Macron praised the courage of Ukrainian soldiers defending the front line.",
])
def test_judging_an_act_or_people_is_no_position(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Russia does not intend to return the annexed territories.", ("RUS", "territory", "reject")),
    ("Moscow sees no point in a temporary ceasefire.", ("RUS", "ceasefire", "reject")),
    ("The Kremlin is in no hurry to agree to a truce.", ("RUS", "ceasefire", "reject")),
    ("Zelensky said neutrality was not an option for Ukraine.", ("UKR", "alliances_neutrality", "reject")),
    ("Putin said there would be no ceasefire until Ukraine stops mobilisation.", ("RUS", "military_limits", "demand")),
    ("Kyiv insists that Europe must have a seat at the table.", ("UKR", "talks_format", "demand")),
])
def test_refusals_by_negated_intent_and_conditions_by_until(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_intent_and_hurry_without_a_term_state_nothing(analyze_text):
    assert not positions(analyze_text, "The minister intends to travel to Brussels next week.")
    assert ("RUS", "ceasefire", "accept") not in positions(analyze_text, "Moscow is in no hurry to agree to a truce.")

"""Positions read by class of English, on sentences written for these tests in several outlets' voices
(wire, broadsheet, tabloid, state media, think-tank): refusals said as a lack of interest or a stand
against; acceptance said as no objection; a thing judged impossible or essential; a goal or aim stated
as a frame; a party's bid or push; a party warned off a step; and what must still state nothing."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Moscow has no interest in a temporary truce, the foreign minister said.", ("RUS", "ceasefire", "reject")),
    ("Russia is not interested in a ceasefire that lets Kyiv regroup.", ("RUS", "ceasefire", "reject")),
    ("Budapest stands firmly against fresh sanctions on Russian gas.", ("HUN", "sanctions", "reject")),
    ("Poland has stood against any recognition of Crimea as Russian.", ("POL", "territory", "reject")),
    ("Ukraine's foreign minister said there would be no concessions on territory.", ("UKR", "territory", "reject")),
    ("Kyiv will make no compromise on its sovereignty, a presidential adviser said.", ("UKR", "territory", "reject")),
])
def test_a_refusal_said_as_no_interest_or_a_stand_against(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("France has no objection to sending peacekeepers to Ukraine.", ("FRA", "security_guarantees", "accept")),
    ("Germany would not stand in the way of using frozen Russian assets for Kyiv.",
     ("DEU", "assets_reparations", "accept")),
    ("Turkey said it had no objections to a prisoner exchange on its soil.", ("TUR", "prisoners", "accept")),
])
def test_no_objection_accepts(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Ukraine said a territorial swap was impossible.", ("UKR", "territory", "reject")),
    ("For the Kremlin, NATO membership for Kyiv is unthinkable.", ("RUS", "alliances_neutrality", "reject")),
    ("Zelensky said the return of deported children was essential for any deal.",
     ("UKR", "children_civilians", "demand")),
    ("Strong security guarantees are vital, the Ukrainian foreign minister told the BBC.",
     ("UKR", "security_guarantees", "demand")),
    ("Kyiv says there is no alternative to security guarantees backed by Washington.",
     ("UKR", "security_guarantees", "demand")),
])
def test_a_thing_judged_impossible_or_essential(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Moscow's goal is a neutral Ukraine outside NATO.", ("RUS", "alliances_neutrality", "demand")),
    ("Kyiv's aim is to secure the release of all prisoners of war.", ("UKR", "prisoners", "demand")),
    ("Britain's objective is a just peace with firm security guarantees for Kyiv.",
     ("GBR", "security_guarantees", "demand")),
    ("Ukraine's bid to join NATO has stalled.", ("UKR", "alliances_neutrality", "demand")),
    ("Washington's push for a 30-day truce met a cool response in Moscow.", ("USA", "ceasefire", "demand")),
])
def test_a_goal_aim_bid_or_push(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Russia warned the West against supplying Tomahawks to Kyiv.", ("RUS", "military_limits", "reject")),
    ("Moscow cautioned European capitals against sending troops to Ukraine.",
     ("RUS", "security_guarantees", "reject")),
])
def test_a_party_warned_off_a_step_is_a_refusal(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russian drones struck vital energy infrastructure overnight.",
    "It is impossible to verify the figures on prisoners independently.",
    "Officials said it was essential to repair the damaged power grid before winter.",
])
def test_labels_and_unattributed_judgements_state_nothing(analyze_text, text):
    got = positions(analyze_text, text)
    assert not {p for p in got if p[0] is not None}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Trump's push to end the war quickly without security guarantees for Kyiv has alarmed Europe.",
     ("USA", "security_guarantees", "reject")),
    ("Washington's drive to end the fighting before the summer has stalled.", ("USA", "ceasefire", "demand")),
    ("Kyiv's efforts to bring its soldiers home from Russian captivity have slowed, officials admit.",
     ("UKR", "prisoners", "demand")),
    ("Zelensky vowed to bring all Ukrainian prisoners of war back home.", ("UKR", "prisoners", "offer")),
])
def test_a_partys_push_drive_or_efforts(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Kremlin said Moscow is not a party to the Rome Statute, so the court's warrants mean nothing to it.",
     ("RUS", "accountability", "reject")),
    ("Washington said it was not bound by the tribunal's rulings on war crimes.",
     ("USA", "accountability", "reject")),
])
def test_standing_outside_a_treaty_or_court_rejects_it(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Sudan's army rejected the truce.", ("SDN", "ceasefire", "reject")),
    ("Myanmar's military rejected calls for a ceasefire.", ("MMR", "ceasefire", "reject")),
])
def test_an_army_that_refuses_a_truce_takes_a_stance(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_troops_abandoning_a_town_state_nothing(analyze_text):
    assert not positions(analyze_text, "Ukrainian troops abandoned the town after weeks of fighting.")


@pytest.mark.model
def test_unity_of_a_country_is_territory(analyze_text):
    got = positions(analyze_text, "Egypt voiced support for Sudan's national unity and territorial integrity.")
    assert ("EGY", "territory", "accept") in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Putin laid out his terms, including Ukraine's withdrawal from Donetsk.", ("RUS", "withdrawal", "demand")),
    ("The Ukrainian president restated his conditions: the return of every prisoner of war.",
     ("UKR", "prisoners", "demand")),
    ("Kyiv is counting on European partners to supply more air defence systems.",
     ("UKR", "military_limits", "demand")),
    ("Kyiv wants Washington to keep sharing intelligence.", ("UKR", "military_limits", "demand")),
    ("Washington called on Moscow to release the detained journalists.", ("USA", "children_civilians", "demand")),
])
def test_terms_hopes_and_requests_in_more_words(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Trump said he would consider sending more Patriots to Ukraine.", ("USA", "military_limits", "offer")),
    ("Berlin is considering supplying long-range missiles to Kyiv, a government source said.",
     ("DEU", "military_limits", "offer")),
    ("Zelensky signalled flexibility on holding elections after a truce.", ("UKR", "governance_elections", "offer")),
    ("Qatar has offered to broker a deal on the return of deported children.", ("QAT", "children_civilians", "offer")),
])
def test_an_offer_said_as_considering_or_flexibility(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Zelensky gave his blessing to the plan for a truce at sea.", ("UKR", "partial_ceasefire", "accept")),
    ("Kyiv agreed in principle to an exchange of all prisoners.", ("UKR", "prisoners", "accept")),
    ("Israel's prime minister declined the invitation to the summit.", ("ISR", "talks_format", "reject")),
])
def test_acceptance_in_principle_and_a_declined_invitation(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_support_for_dialogue_is_no_position(analyze_text):
    """A platitude ('we support dialogue') names no term of the talks: neither a format nor a venue."""
    got = positions(analyze_text, '"We support dialogue and diplomacy," the Indian prime minister said.')
    assert not got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Kremlin said a meeting between the two presidents was premature.", ("RUS", "talks_format", "reject")),
    ("Putin told reporters he saw no reason to meet Zelensky.", ("RUS", "talks_format", "reject")),
    ("Moscow sees no room for compromise on the status of Crimea.", ("RUS", "territory", "reject")),
    ("Lavrov said there could be no question of a ceasefire while arms kept flowing.",
     ("RUS", "ceasefire", "reject")),
])
def test_a_refusal_said_as_premature_or_no_reason(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Ukraine would like to see American troops in a reassurance force.", ("UKR", "security_guarantees", "demand")),
    ("Ukraine is looking for security guarantees on a par with NATO's Article 5.",
     ("UKR", "security_guarantees", "demand")),
    ("Warsaw is hoping for tougher sanctions on Russian oil, a diplomat said.", ("POL", "sanctions", "demand")),
])
def test_a_demand_said_as_a_wish(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Russia is in favour of a lasting settlement rather than a truce.", ("RUS", "ceasefire", "reject")),
    ("Moscow wants a comprehensive deal instead of a ceasefire, state media reported.",
     ("RUS", "ceasefire", "reject")),
])
def test_what_a_preference_sets_aside_is_refused(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_condition_hung_off_the_object(analyze_text):
    """'conditioned any ceasefire on a halt to arms supplies': the parse may attach 'on' to the object."""
    got = positions(analyze_text, "Russia has conditioned any ceasefire on a halt to Western arms supplies.")
    assert ("RUS", "military_limits", "demand") in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Kremlin offered an amnesty to fighters who laid down their weapons.", ("RUS", "accountability", "offer")),
    ("Moscow promised that the mutineers would be pardoned.", ("RUS", "accountability", "offer")),
    ("Russia demanded that Kyiv halt its offensive in the border region.", ("RUS", "ceasefire", "demand")),
])
def test_amnesty_pardon_and_halting_an_offensive(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Kremlin: no ceasefire until Kyiv withdraws from four regions", ("RUS", "withdrawal", "demand")),
    ("Kyiv says yes to US truce plan", ("UKR", "ceasefire", "accept")),
    ("Russia says no to European peacekeepers", ("RUS", "security_guarantees", "reject")),
])
def test_headline_forms(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Russia's foreign ministry released a statement. The statement rejected any deployment of European troops.",
     ("RUS", "security_guarantees", "reject")),
    ("EU leaders adopted conclusions at the summit. The conclusions urge Russia to return the deported children.",
     ("EU", "children_civilians", "demand")),
    ("Poland's declaration called for tougher sanctions on Russian oil.", ("POL", "sanctions", "demand")),
    ("A statement by Turkey called for a new round of direct talks in Istanbul.", ("TUR", "talks_format", "demand")),
])
def test_a_text_speaks_for_its_author(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_text_with_no_author_in_sight_holds_nothing(analyze_text):
    got = positions(analyze_text, "The weather was cold in Geneva. The statement called for an immediate ceasefire.")
    assert not got

"""Issues named the way news of any war names them, and stances said in more ways, on sentences
written for these tests in several voices (wire, broadsheet, state media, tabloid) and on several
wars: hostages, buffer and security zones, border demarcation, statehood, disarmament of a group,
rebuilding, who governs after a war, inquiries, humanitarian truces; refusals said as 'will not
tolerate', 'poured scorn on', 'held up'; a thing a party will not give back; a truce in every domain;
a party's own step back said with 'will'; words that only look like an issue's; 'both sides' as the
pair the story named; 'the proposal' standing for one named before; a teller's 'unacceptable demands'
and a party 'pressed to' act, who hold no refusal and no demand; an act asked of another party; a
threat to answer a step; a party an accord binds; what stays silent."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Azerbaijan and Armenia agreed to begin demarcating their shared border.", ("AZE", "territory", "accept")),
    ("Yerevan has proposed a joint commission on border delimitation.", ("ARM", "territory", "offer")),
    ("The Palestinians seek international backing for statehood.", ("PSE", "territory", "demand")),
    ("Moscow wants a demilitarised buffer zone along the border.", ("RUS", "withdrawal", "demand")),
    ("Israel insists on keeping a security zone in southern Lebanon.", ("ISR", "withdrawal", "demand")),
    ("Rwanda rejected calls to pull its soldiers out of eastern Congo.", ("RWA", "withdrawal", "reject")),
    ("The Israeli government ruled out any role for the Palestinian Authority in governing Gaza.",
     ("ISR", "governance_elections", "reject")),
    ("Washington has called for a transitional government led by civilians in Khartoum.",
     ("USA", "governance_elections", "demand")),
    ("Ukraine wants Russia to pay for the rebuilding of its cities.", ("UKR", "assets_reparations", "demand")),
    ("The Sudanese army said it was open to a humanitarian truce in El Fasher.",
     ("SDN", "ceasefire", "offer")),
    ("Kyiv dismissed the idea of a frozen conflict as a trap.", ("UKR", "ceasefire", "reject")),
    ("Tehran insisted on its right to enrich uranium.", ("IRN", "nuclear_safety", "demand")),
    ("Pakistan called for a neutral investigation into the attack.", ("PAK", "accountability", "demand")),
    ("Egypt wants the hostage deal to go ahead this week.", ("EGY", "prisoners", "demand")),
])
def test_an_issue_named_as_news_of_any_war_names_it(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Moscow has made clear it will not tolerate NATO troops in Ukraine.",
     ("RUS", "security_guarantees", "reject")),
    ("The Kremlin poured scorn on the idea of a Western peacekeeping force.",
     ("RUS", "security_guarantees", "reject")),
    ("Budapest has held up the new sanctions package for weeks.", ("HUN", "sanctions", "reject")),
    ("Russia has no intention of returning the occupied regions.", ("RUS", "territory", "reject")),
    ("Moscow will never hand back Crimea, the Kremlin said.", ("RUS", "territory", "reject")),
    ("The RSF announced a unilateral humanitarian truce.", ("SDN", "ceasefire", "offer")),
])
def test_refusals_and_offers_said_in_more_ways(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "He said the freed militants would not return to the front line.",
    "A neutral venue for the talks has not been chosen yet.",
    "Most Americans want Congress to investigate the president.",
])
def test_what_names_no_position(analyze_text, text):
    records = positions(analyze_text, text)
    assert not any(issue in ("withdrawal", "alliances_neutrality", "accountability") for _, issue, _ in records)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ('Kyiv says it is ready for "a truce in the air, at sea and on land" from Monday.', ("UKR", "ceasefire", "offer")),
    ("Delhi and Islamabad agreed to stop all firing on land, in the air and at sea.", ("IND", "ceasefire", "accept")),
    ("The Houthis said they would halt their attacks on shipping in the Red Sea.",
     ("YEM", "partial_ceasefire", "offer")),
    ("Washington said it would halt its strikes on Yemen.", ("USA", "ceasefire", "offer")),
    ("Moscow will release 300 Ukrainian prisoners on Sunday, the defence ministry said.",
     ("RUS", "prisoners", "offer")),
    ("Islamabad remains committed to the ceasefire, its foreign minister said.", ("PAK", "ceasefire", "accept")),
    ("Kinshasa undertook to neutralise the militia operating in the east.", ("COD", "military_limits", "offer")),
    ("Kyiv proposed that neither side strike civilian infrastructure for a month.",
     ("UKR", "partial_ceasefire", "offer")),
])
def test_a_full_truce_and_a_step_back_said_with_will(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "quiet"), [
    ('Kyiv says it is ready for "a truce in the air, at sea and on land" from Monday.', "territory"),
    ("The two nuclear-armed neighbours agreed to resume talks on Thursday.", "nuclear_safety"),
    ("Ankara wants the grain deal to go on despite Moscow's decision to pull out of the agreement.", "withdrawal"),
    ("Moscow will not tolerate attacks on its energy infrastructure, the Kremlin said.", "partial_ceasefire"),
    ("Kinshasa undertook to neutralise the militia operating in the east.", "alliances_neutrality"),
])
def test_words_that_only_look_like_an_issue(analyze_text, text, quiet):
    assert quiet not in {issue for _, issue, _ in positions(analyze_text, text)}


@pytest.mark.model
def test_what_a_plan_has_a_party_do_is_no_offer_of_that_party(analyze_text):
    assert not any(party == "RUS" for party, _, _ in
                   positions(analyze_text, "Under the draft, Russia would withdraw from the Kharkiv region."))


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Thai and Cambodian negotiators met in Kuala Lumpur. The two sides agreed to an immediate ceasefire.",
     {("THA", "ceasefire", "accept"), ("KHM", "ceasefire", "accept")}),
    ("India and Pakistan held talks on Monday. Both countries agreed to halt all firing along the border.",
     {("IND", "ceasefire", "accept"), ("PAK", "ceasefire", "accept")}),
    ("The mediators floated a plan for an exchange of all prisoners. Moscow said it had rejected the plan.",
     {("RUS", "prisoners", "reject")}),
    ("The US, Saudi Arabia and Egypt proposed a plan for a three-month truce.\n\nKhartoum rejected the "
     "proposal on Friday.",
     {("SDN", "ceasefire", "reject")}),
    ('Kyiv says Moscow made "unacceptable demands", including that Ukraine pull its troops out of four regions.',
     {("RUS", "withdrawal", "demand")}),
    ("The US and the Houthis agreed to stop targeting each other, Oman said.",
     {("USA", "ceasefire", "accept"), ("YEM", "ceasefire", "accept")}),
])
def test_the_sides_and_the_proposal_named_before(analyze_text, text, want):
    assert want <= positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    ("The two sides agreed to a prisoner exchange.", (None, "prisoners", "accept")),
    ('Kyiv says Moscow made "unacceptable demands", including that Ukraine pull its troops out of four regions.',
     ("RUS", "withdrawal", "reject")),
    ("A senator argued that Ukraine should be pressed to negotiate an end to the war.", ("UKR", "ceasefire", "demand")),
])
def test_no_party_where_none_is_named_and_no_stance_the_teller_gave(analyze_text, text, unwanted):
    assert unwanted not in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Kyiv's prime minister has called on Brussels to seize the frozen assets in full.",
     ("UKR", "assets_reparations", "demand")),
    ("Moscow would retaliate if the EU used the immobilised reserves, the foreign ministry warned.",
     ("RUS", "assets_reparations", "reject")),
    ("The accord binds Kinshasa to neutralise the militia within three months.", ("COD", "military_limits", "accept")),
    ("The Washington text commits Rwanda to disengage its forces from Congolese soil.",
     ("RWA", "withdrawal", "accept")),
    ("Putin on Saturday ordered a unilateral Orthodox Easter ceasefire.", ("RUS", "partial_ceasefire", "offer")),
])
def test_asked_of_another_threatened_answer_and_bound_by_an_accord(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_proposal_named_again_across_a_paragraph(analyze_text):
    text = ("Khartoum rejected a proposal by Washington, Riyadh and Cairo for a three-month truce, saying it "
            "would reward the militia.\n\nThe RSF said in a statement it welcomed the proposal.")
    assert {("SDN", "ceasefire", "reject"), ("SDN", "ceasefire", "accept")} <= positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia would not respond if provoked, Peskov said.",
    "Moscow threatened to seize more land in the east.",
])
def test_no_threat_read_as_terms(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Erdogan has offered to mediate between Moscow and Kyiv.", ("TUR", "talks_format", "offer")),
    ("Tehran is willing to cap uranium enrichment at 3.67 percent.", ("IRN", "nuclear_safety", "offer")),
    ("Hamas is insisting on guarantees that Israel will not resume the fighting.", ("PSE", "ceasefire", "demand")),
])
def test_mediation_enrichment_caps_and_no_return_to_war(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Moscow says it will only consider a ceasefire provided that Ukraine stops mobilisation.",
    "Austria will invite architects to submit plans for the building.",
    "Moscow turned down a Swiss offer to mediate between Russia and Ukraine.",
])
def test_a_condition_or_an_invitation_is_no_stance_of_its_subject(analyze_text, text):
    assert not any(party in ("UKR", "AUT") or stance == "offer" and party == "RUS"
                   for party, _, stance in positions(analyze_text, text))

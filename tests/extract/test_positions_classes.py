"""Positions read by class of English, on sentences written for these tests (no corpus wording):
blame for holding something up, concessions refused (swap, give away, part with), quotations of
several sentences attributed once at their end, and sentences that must state nothing."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Kremlin accused Kyiv of blocking the exchange of prisoners.", ("RUS", "prisoners", "demand")),
    ("Poland blamed Moscow for stalling the grain deal.", ("POL", "partial_ceasefire", "demand")),
    ("The EU criticised Hungary for holding up new sanctions on Russia.", ("EU", "sanctions", "demand")),
    ("Ukraine's foreign minister blamed Russia for not releasing the deported children.",
     ("UKR", "children_civilians", "demand")),
    ("Lithuania faulted Berlin for dragging its feet on sending tanks to Ukraine.",
     ("LTU", "military_limits", "demand")),
    ("Russia criticised Ukraine for delaying the return of Belgorod residents.",
     ("RUS", "children_civilians", "demand")),
])
def test_blame_for_obstructing_is_the_accusers_demand(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    # the accused's act, told by its critic, is not the accused's stance
    ("The Kremlin accused Kyiv of blocking the exchange of prisoners.", ("UKR", "prisoners", "reject")),
    ("Zelensky accused Russia of wanting to seize all of the Donbas.", ("RUS", "territory", "demand")),
    ("Kyiv accused Moscow of refusing to accept a ceasefire.", ("RUS", "ceasefire", "reject")),
])
def test_an_act_laid_at_a_partys_door_is_not_its_stance(analyze_text, text, unwanted):
    assert unwanted not in positions(analyze_text, text)


@pytest.mark.model
def test_praise_for_an_act_is_not_a_blame(analyze_text):
    """'praised X for agreeing' keeps X's acceptance (the judged object holds it)."""
    got = positions(analyze_text, "Turkey praised Russia for agreeing to extend the grain deal.")
    assert ("RUS", "partial_ceasefire", "accept") in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ('"We will not swap our land for promises," Zelensky said.', ("UKR", "territory", "reject")),
    ("Ukraine will not give away Crimea, the president said.", ("UKR", "territory", "reject")),
    ("Moscow said it would never part with the Zaporizhzhia nuclear plant.", ("RUS", "nuclear_safety", "reject")),
    ("Kyiv is ready to swap all prisoners for all, its ombudsman said.", ("UKR", "prisoners", "offer")),
])
def test_a_refused_or_offered_concession(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped prisoners on Sunday.",
    "The two sides swapped the bodies of fallen soldiers last week.",
])
def test_a_swap_done_states_no_stance(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[2] in ("reject", "demand")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ('"We cannot just give up our land. That would not be fair to our soldiers," Zelensky said.',
     ("UKR", "territory", "reject")),
    ('"Russia must pull its troops out of every region. Only then can we talk," the Ukrainian foreign minister '
     'told reporters.', ("UKR", "withdrawal", "demand")),
    ("\u201cThe sanctions have to stay until the last soldier leaves. There is no other way,\u201d "
     "Germany's chancellor said.", ("DEU", "sanctions", "demand")),
])
def test_a_quotation_of_several_sentences_is_its_closing_speakers(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_an_unattributed_open_quotation_names_no_speaker(analyze_text):
    text = '"We will not give up our land. Never." The crowd chanted it for an hour in Kyiv.'
    assert not positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Erdogan proposed a truce for the holidays, an idea Moscow welcomed but Kyiv rejected.",
     ("UKR", "partial_ceasefire", "reject")),
    ("Moscow demanded a pullback from the front line, but Kyiv refused.", ("UKR", "withdrawal", "reject")),
    ("Ankara offered to host new talks on a truce, and the Kremlin accepted.", ("RUS", "ceasefire", "accept")),
])
def test_a_conjoined_cue_without_object_shares_the_first_cues(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Washington unveiled a ceasefire plan on Monday, and Moscow rejected it within hours.",
     ("RUS", "ceasefire", "reject")),
    ("France floated sending peacekeepers to Ukraine. Russia dismissed it as a provocation.",
     ("RUS", "security_guarantees", "reject")),
    ("Kyiv has been cool to Ankara's plan, while Washington has rejected it outright.",
     ("USA", "talks_format", "reject")),
])
def test_a_pronoun_object_stands_for_the_thing_named_before(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia fired missiles at Kyiv overnight. Ukraine condemned it.",
    "Moscow staged a drill near the border, and Warsaw rejected it as theatre.",
])
def test_a_pronoun_for_an_act_names_no_issue(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    ("Russia proposed talks in Istanbul, but Kyiv declined to comment.", ("UKR", "talks_format", "reject")),
    ("Moscow demanded a pullback from the front line, and Kyiv said it rejected any talks with the occupiers.",
     ("UKR", "withdrawal", "reject")),
])
def test_a_cue_with_its_own_object_or_a_mute_refusal_shares_nothing(analyze_text, text, unwanted):
    assert unwanted not in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Analysts say Moscow wants to keep all of the Donbas.",
    "Critics argue that Trump wants to lift sanctions on Russia.",
    "Many analysts think Russia is ready to accept a ceasefire.",
    "Diplomats expect Washington to propose new sanctions next week.",
    "Experts warned that Moscow seeks a buffer zone along the border.",
    "Kyiv believes Moscow wants to keep the occupied regions.",
])
def test_a_stance_read_into_a_party_by_onlookers_is_not_stated(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Zelensky believes Ukraine needs security guarantees from the United States.",
     ("UKR", "security_guarantees", "demand")),
    ("The Kremlin says it is ready to accept a ceasefire.", ("RUS", "ceasefire", "accept")),
    ("Kyiv says Moscow has rejected a prisoner exchange.", ("RUS", "prisoners", "reject")),
])
def test_a_party_speaking_or_believing_for_itself_or_reporting_stays(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want", "unwanted"), [
    ("Ukraine will not agree to any deal unless Russia withdraws its troops.",
     ("UKR", "withdrawal", "demand"), ("UKR", "withdrawal", "reject")),
    ("Kyiv rejects any talks until Russian troops leave its territory.",
     ("UKR", "withdrawal", "demand"), ("UKR", "withdrawal", "reject")),
    ("Zelensky said he would not sign a peace deal without security guarantees.",
     ("UKR", "security_guarantees", "demand"), ("UKR", "security_guarantees", "reject")),
    ("Moscow refused to extend the grain deal unless sanctions on its banks were lifted.",
     ("RUS", "sanctions", "demand"), ("RUS", "sanctions", "reject")),
])
def test_what_a_refusal_waits_for_is_a_demand(analyze_text, text, want, unwanted):
    got = positions(analyze_text, text)
    assert want in got
    assert unwanted not in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Recognising Crimea as Russian is a non-starter for Kyiv.", ("UKR", "territory", "reject")),
    ("Any freeze of the front line is unacceptable to Moscow.", ("RUS", "withdrawal", "reject")),
    ("The Kremlin said it had no plans to attend the summit.", ("RUS", "talks_format", "reject")),
    ("Moscow has shown no willingness to accept a ceasefire.", ("RUS", "ceasefire", "reject")),
    ("Trump said he wants a deal that ends the killing.", ("USA", "ceasefire", "demand")),
    ("Beijing urged both sides to stop the fighting.", ("CHN", "ceasefire", "demand")),
])
def test_predicate_for_a_party_no_plans_and_inflected_ceasefire_verbs(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    ("The Kremlin said it had no plans to attend the summit.", ("RUS", "talks_format", "offer")),
    ("The Kremlin says it has no objection to a prisoner exchange.", ("RUS", "prisoners", "reject")),
])
def test_no_before_a_cue_turns_it(analyze_text, text, unwanted):
    assert unwanted not in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Berlin froze arms deliveries to Ukraine.", ("DEU", "military_limits", "reject")),
    ("Washington cut off military aid to Ukraine last week.", ("USA", "military_limits", "reject")),
    ("The White House halted the sharing of intelligence with Kyiv.", ("USA", "military_limits", "reject")),
    ("Military aid to Kyiv was paused by the White House.", ("USA", "military_limits", "reject")),
    ("Russia suspended strikes on Ukraine's energy infrastructure for 30 days.",
     ("RUS", "partial_ceasefire", "accept")),
])
def test_stopping_a_supply_refuses_it_and_stopping_attacks_keeps_a_truce(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    ("Russia suspended strikes on Ukraine's energy infrastructure for 30 days.",
     ("RUS", "partial_ceasefire", "reject")),
    ("Kyiv fears the US could halt weapons deliveries.", ("USA", "military_limits", "reject")),
    ("Russia wants to freeze the front line.", ("RUS", "withdrawal", "reject")),
    ("The EU froze Russian central bank assets.", ("EU", "assets_reparations", "reject")),
])
def test_stopping_that_refuses_nothing(analyze_text, text, unwanted):
    assert unwanted not in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Washington wants a quick deal without security guarantees for Kyiv.",
     ("USA", "security_guarantees", "reject")),
    ("Moscow seeks a ceasefire without withdrawing its troops.", ("RUS", "withdrawal", "reject")),
    ("Paris offered to host talks without any Russian delegation.", ("FRA", "talks_format", "offer")),
])
def test_what_a_demand_is_made_without_is_refused(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Zelensky's office said Kyiv would not hold elections under martial law.",
     ("UKR", "governance_elections", "reject")),
    ("Moscow will not lift the blockade of Ukrainian ports, Lavrov said.", ("RUS", "partial_ceasefire", "reject")),
    ("Brussels will not unfreeze the central bank's reserves, the commissioner said.",
     ("EU", "assets_reparations", "reject")),
])
def test_a_party_saying_it_will_not_do_a_thing_refuses_it(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia will not win this war, Zelensky said.",
    "The sanctions will not end the war, analysts said.",
    "If Kyiv would not hold elections, Washington might cut aid.",
    "The ministry would not comment on the prisoner exchange.",
])
def test_will_not_without_a_party_act_on_an_issue_states_nothing(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[2] == "reject"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Kremlin spokesman said a ceasefire was only possible if Kyiv withdrew from Donetsk.",
     ("RUS", "withdrawal", "demand")),
    ('"Peace will only come when Russian troops leave our land," Zelensky said.', ("UKR", "withdrawal", "demand")),
    ("A deal can only be signed once sanctions are lifted, Russia's foreign minister said.",
     ("RUS", "sanctions", "demand")),
])
def test_only_possible_if_states_the_speakers_precondition(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "What Russia wants is a neutral Ukraine, the analyst said.",
    "According to Western analysts, Moscow wants to keep the whole of Donetsk.",
    "The Kremlin will reject any truce, experts predict.",
])
def test_a_sentence_voiced_by_onlookers_states_no_position(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Russia wants a neutral Ukraine, Peskov said.", ("RUS", "alliances_neutrality", "demand")),
    ("Moscow has long insisted on a demilitarised Ukraine.", ("RUS", "military_limits", "demand")),
    ("Kyiv rejects a neutral Ukraine as a recipe for the next invasion.", ("UKR", "alliances_neutrality", "reject")),
])
def test_a_state_with_a_status_adjective_is_an_issue_not_an_actor(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Kremlin said Ukraine's neutrality was a precondition for peace.", ("RUS", "alliances_neutrality", "demand")),
    ("A full ceasefire remains a key condition for any meeting with Putin, Zelensky said.",
     ("UKR", "ceasefire", "demand")),
    ("Russia said that the lifting of sanctions was a prerequisite for extending the grain deal.",
     ("RUS", "sanctions", "demand")),
])
def test_a_thing_called_a_condition_is_the_speakers_demand(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Weather conditions for the offensive were poor, the general said.",
    "A ceasefire is a precondition for peace, the analyst wrote.",
])
def test_conditions_that_are_no_demand(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Washington pushed back on Kyiv's calls for security guarantees.",
     ("USA", "security_guarantees", "reject")),
    ("The Kremlin rejected Ukraine's demand for a full withdrawal of Russian troops.",
     ("RUS", "withdrawal", "reject")),
    ("Berlin dismissed Warsaw's call for new sanctions on Russia.", ("DEU", "sanctions", "reject")),
    ("Paris backed Helsinki's calls for more air defence for Ukraine.", ("FRA", "military_limits", "accept")),
])
def test_a_verb_on_another_partys_call_takes_what_the_call_names(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ('"The pressure on Moscow is still not enough," the Ukrainian president said.',
     ("UKR", "sanctions", "demand")),
    ("The sanctions imposed so far are insufficient, the Estonian prime minister said.",
     ("EST", "sanctions", "demand")),
    ("Warsaw said Western arms deliveries to Ukraine remained inadequate.", ("POL", "military_limits", "demand")),
    ("Germany said the security guarantees on offer were too weak.", ("DEU", "security_guarantees", "demand")),
])
def test_calling_help_or_pressure_insufficient_demands_more(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kyiv says a ceasefire alone is not enough.",
    "There is not enough time to negotiate a ceasefire, the envoy said.",
    "Ukraine's foreign minister said the exchange of prisoners was too little, too late.",
])
def test_calling_a_term_insufficient_asks_for_something_else(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[2] == "demand"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want", "unwanted"), [
    ("The US president hit back, saying that Putin had kept his word to him, and pushed back on "
     "Kyiv's calls for security guarantees.", ("USA", "security_guarantees", "reject"),
     ("RUS", "security_guarantees", "reject")),
    ('"The pressure on Russia is still insufficient," the president wrote on X.', None,
     ("RUS", "sanctions", "demand")),
])
def test_the_party_is_not_named_inside_a_reported_clause_or_the_judged_thing(analyze_text, text, want, unwanted):
    got = positions(analyze_text, text)
    assert unwanted not in got
    assert want is None or want in got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO chief Mark Rutte welcomed Finnish President Alexander Stubb to the summit in The Hague.",
    "Erdogan welcomed the Ukrainian delegation to the talks in Istanbul.",
    "Saudi Arabia welcomed the American and Russian delegations to Riyadh for talks.",
    "Zelensky urged caution about Russia's willingness to negotiate.",
    "Analysts voiced doubts about Moscow's readiness for a ceasefire.",
    "Kyiv was sceptical of Russia's stated readiness to hold talks.",
])
def test_greeting_guests_and_doubting_anothers_readiness_state_no_term(analyze_text, text):
    got = positions(analyze_text, text)
    assert not {p for p in got if p[2] in ("accept", "offer")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Kyiv welcomed the talks in Istanbul.", ("UKR", "talks_format", "accept")),
    ("Officials said Russia had signed the deal and rejected the ceasefire.", ("RUS", "ceasefire", "reject")),
    ("Poland cautioned against accepting a ceasefire on Russia's terms.", ("POL", "ceasefire", "reject")),
])
def test_welcoming_a_thing_and_plain_conjoined_verbs_still_state_it(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("A ceasefire plan backed by France was presented on Monday.", ("FRA", "ceasefire", "accept")),
    ("The proposal for a demilitarised zone, rejected by Kyiv, was discussed in Geneva.",
     ("UKR", "withdrawal", "reject")),
    ("The withdrawal of troops demanded by Moscow is not on the agenda in Kyiv.", ("RUS", "withdrawal", "demand")),
])
def test_a_participle_with_its_agent_states_the_agents_standing_stance(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    ("The ceasefire plan proposed by Ankara was discussed on Monday.", ("TUR", "ceasefire", "offer")),
    ("The withdrawal of troops demanded by Moscow is not on the agenda in Kyiv.", ("RUS", "withdrawal", "reject")),
    ("The aid pause will go away as soon as Kyiv commits to peace talks.", ("UKR", "talks_format", "offer")),
    ("Washington will resume aid once Zelensky agrees to a ceasefire.", ("UKR", "ceasefire", "accept")),
])
def test_labels_and_awaited_acts_are_no_stance_of_the_party_named(analyze_text, text, unwanted):
    assert unwanted not in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Once Russia agreed to talks, the fighting slowed.", ("RUS", "talks_format", "accept")),
    ("Russia accepts the ceasefire, and the talks will begin next week.", ("RUS", "ceasefire", "accept")),
])
def test_a_past_or_main_clause_acceptance_is_still_stated(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Diplomats will discuss the ten points of Ukraine's peace plan. It includes the release of all "
     "prisoners and the restoration of Ukraine's territorial integrity.", ("UKR", "prisoners", "offer")),
    ("Envoys studied the Kremlin's new memorandum on Monday. It envisages a ban on NATO membership for Ukraine.",
     ("RUS", "alliances_neutrality", "offer")),
])
def test_it_after_a_partys_plan_states_what_the_plan_holds(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kyiv rejected the deal last week. It includes the release of all prisoners.",
    "Russia has hit the power grid again. It includes the release of steam into the air.",
])
def test_it_with_no_authored_plan_just_before_states_nothing(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[1] == "prisoners" and p[2] == "offer"}

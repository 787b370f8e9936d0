"""Positions: party, issue, stance, precondition, on sentences written for these tests."""
from __future__ import annotations

import pytest

from detente.extract.positions import find_issues, find_positions, issue_items, main_issue


def _positions(analyze_text, text: str) -> set[tuple[str | None, str, str]]:
    records = find_positions(analyze_text(text))
    assert all(r.kind == "position" for r in records)
    return {((r.fields["party"] or {}).get("country"), r.fields["issue"], r.fields["stance"]) for r in records}


def test_issue_lexicon_names_every_issue_by_contract_id():
    assert main_issue("a 60-day truce along the whole front") == "ceasefire"
    assert main_issue("a moratorium on strikes on energy facilities") == "partial_ceasefire"
    assert main_issue("the exchange of all captured soldiers") == "prisoners"
    assert main_issue("a written pledge that Kyiv will never join NATO") == "alliances_neutrality"
    assert main_issue("nothing in particular") is None


def test_weak_issue_yields_to_a_specific_one():
    assert main_issue("talks on a ceasefire") == "ceasefire"
    assert main_issue("direct talks") == "talks_format"
    assert [h[0] for h in find_issues("lifting sanctions")] == ["sanctions"]


def test_a_list_is_split_into_one_item_per_issue():
    items = dict(issue_items("an end to sanctions, the release of frozen assets, as well as church rights"))
    assert set(items) == {"sanctions", "assets_reparations", "minority_rights"}
    assert "frozen assets" in items["assets_reparations"]


@pytest.mark.model
def test_insists_on_is_a_demand_of_the_capital(analyze_text):
    got = _positions(analyze_text, "Moscow insists on a ban on foreign peacekeepers in any settlement.")
    assert ("RUS", "security_guarantees", "demand") in got


@pytest.mark.model
def test_possessor_list_gives_one_position_per_item(analyze_text):
    text = ("Kyiv's list also includes the return of deported children, compensation for destroyed "
            "cities and a tribunal for war crimes.")
    got = _positions(analyze_text, text)
    assert {("UKR", "children_civilians", "demand"), ("UKR", "assets_reparations", "demand"),
            ("UKR", "accountability", "demand")} <= got


@pytest.mark.model
def test_rejection_of_the_other_sides_demand(analyze_text):
    got = _positions(analyze_text, "Ukraine rejects any plan that would require pulling its troops out of "
                                   "the Donetsk region.")
    assert ("UKR", "withdrawal", "reject") in got
    assert not any(stance == "demand" for _, _, stance in got)


@pytest.mark.model
def test_negated_acceptance_is_a_rejection(analyze_text):
    got = _positions(analyze_text, "The Kremlin is not inclined to accept a truce without concessions.")
    assert got == {("RUS", "ceasefire", "reject")}


@pytest.mark.model
def test_offer_and_acceptance_cues(analyze_text):
    offer = _positions(analyze_text, "Russia offered a three-day truce over the holidays.")
    assert ("RUS", "partial_ceasefire", "offer") in offer
    accept = _positions(analyze_text, "Ukraine accepted a U.S. proposal for an unconditional ceasefire.")
    assert ("UKR", "ceasefire", "accept") in accept


@pytest.mark.model
def test_precondition_is_flagged(analyze_text):
    analysis = analyze_text("Ukraine demands a full ceasefire as a precondition for any talks.")
    records = [r for r in find_positions(analysis) if r.fields["issue"] == "ceasefire"]
    assert records and records[0].fields["precondition"] is True
    plain = analyze_text("Ukraine demands a full ceasefire along the front.")
    assert [r.fields["precondition"] for r in find_positions(plain)] == [False]


@pytest.mark.model
def test_evidence_is_the_sentence_with_offsets(analyze_text):
    text = "Fighting went on overnight. Moscow wants sanctions lifted."
    analysis = analyze_text(text)
    (record,) = find_positions(analysis)
    assert text[record.evidence.start:record.evidence.end] == "Moscow wants sanctions lifted."
    assert record.fields["detail"]


@pytest.mark.model
def test_analyst_opinion_is_not_a_position(analyze_text):
    text = "Russia wants Ukraine to give up its NATO ambitions, said Jane Roe, an analyst at the Carnegie Endowment."
    got = _positions(analyze_text, text)
    assert got == set()


@pytest.mark.model
def test_one_record_per_party_issue_and_stance_per_article(analyze_text):
    text = "Kyiv demands a ceasefire. Ukraine again demanded a ceasefire on Tuesday."
    assert len(find_positions(analyze_text(text))) == 1


@pytest.mark.model
def test_a_condition_the_other_side_rejects(analyze_text):
    text = "Russian diplomats are pressing for an end to Western arms sales to Kyiv, a condition Kyiv rejects."
    got = _positions(analyze_text, text)
    assert {("RUS", "military_limits", "demand"), ("UKR", "military_limits", "reject")} <= got


@pytest.mark.model
def test_passive_agent_is_not_taken_for_the_subject(analyze_text):
    text = "Kyiv rejects any buffer zone inside its borders, as proposed by Moscow last month."
    got = _positions(analyze_text, text)
    assert ("UKR", "withdrawal", "reject") in got
    assert not any(party == "UKR" and stance == "offer" for party, _, stance in got)


@pytest.mark.model
def test_typographic_apostrophe_possessor(analyze_text):
    got = _positions(analyze_text, "Kyiv\u2019s list includes the return of deported children.")
    assert got == {("UKR", "children_civilians", "demand")}


@pytest.mark.model
def test_what_an_official_says_a_deal_requires_is_the_states_demand(analyze_text):
    text = "Foreign Minister Andrii Sybiha said any settlement requires binding security guarantees."
    got = _positions(analyze_text, text)
    assert ("UKR", "security_guarantees", "demand") in got


@pytest.mark.model
def test_a_demand_whose_content_is_not_named_gives_nothing(analyze_text):
    text = "Ukraine could use the plant as leverage over Moscow's demands in any negotiations."
    assert _positions(analyze_text, text) == set()


@pytest.mark.model
def test_the_issue_of_one_cue_does_not_leak_into_the_next(analyze_text):
    text = "Moscow did not accept the proposal and insisted that any truce must address the root causes."
    got = _positions(analyze_text, text)
    assert ("RUS", "ceasefire", "reject") not in got
    assert ("RUS", "ceasefire", "demand") in got


@pytest.mark.model
def test_ready_to_accept_is_acceptance_and_declined_to_back_is_rejection(analyze_text):
    got = _positions(analyze_text, "Ukraine said it was ready to accept a 30-day ceasefire.")
    assert ("UKR", "ceasefire", "accept") in got
    got = _positions(analyze_text, "Putin agreed to pause strikes on power plants but declined to back a full truce.")
    assert {("RUS", "partial_ceasefire", "accept"), ("RUS", "ceasefire", "reject")} <= got


@pytest.mark.model
def test_the_speaker_owns_what_a_deal_would_require(analyze_text):
    got = _positions(analyze_text, "Putin told Trump that a full truce would require an end to Western arms supplies.")
    assert got == {("RUS", "military_limits", "demand")}


@pytest.mark.model
def test_region_names_continue_a_list_item(analyze_text):
    text = "Moscow wants Ukraine to pull its forces out of Donetsk, Luhansk and Kherson."
    assert _positions(analyze_text, text) == {("RUS", "withdrawal", "demand")}


@pytest.mark.model
def test_participle_after_a_source_attribution_belongs_to_the_state(analyze_text):
    text = ("Kyiv has not drafted any written peace offer, an official said, instead pushing for an "
            "unconditional truce before any formal talks.")
    records = [r for r in find_positions(analyze_text(text)) if r.fields["stance"] == "demand"]
    assert [(r.fields["party"]["country"], r.fields["issue"], r.fields["precondition"]) for r in records] == [
        ("UKR", "ceasefire", True)]


def test_lexicon_knows_the_common_wordings_of_issues():
    assert main_issue("an extension of the grain deal") == "partial_ceasefire"
    assert main_issue("a lower price cap on crude") == "sanctions"
    assert main_issue("more air defence systems") == "military_limits"
    assert main_issue("a land swap in the east") == "territory"
    assert main_issue("a transitional process towards civilian rule") == "governance_elections"
    assert main_issue("a trilateral meeting of the leaders") == "talks_format"


@pytest.mark.model
def test_a_noun_cue_that_holds_its_preposition_reads_what_follows(analyze_text):
    got = _positions(analyze_text, "Kyiv's calls for a full prisoner exchange went unanswered.")
    assert ("UKR", "prisoners", "demand") in got


@pytest.mark.model
def test_a_hypothetical_cue_states_no_stance(analyze_text):
    got = _positions(analyze_text, "If Moscow rejects the truce, new sanctions will follow.")
    assert not any(stance == "reject" for _, _, stance in got)


@pytest.mark.model
def test_conjoined_subjects_each_hold_the_position(analyze_text):
    got = _positions(analyze_text, "Poland and Lithuania agreed to tighten sanctions on Belarus.")
    assert {("POL", "sanctions", "accept"), ("LTU", "sanctions", "accept")} <= got


@pytest.mark.model
def test_a_pronoun_opening_a_paragraph_takes_the_person_before(analyze_text):
    text = ("Ukrainian President Volodymyr Zelensky addressed parliament on Tuesday.\n\n"
            "He also called for the return of all prisoners of war.")
    assert ("UKR", "prisoners", "demand") in _positions(analyze_text, text)


@pytest.mark.model
def test_a_cue_inside_a_demand_is_what_is_demanded(analyze_text):
    got = _positions(analyze_text, "Berlin urged Moscow to accept an unconditional ceasefire.")
    assert ("DEU", "ceasefire", "demand") in got
    assert ("RUS", "ceasefire", "accept") not in got


@pytest.mark.model
def test_a_plural_apposition_sums_up_the_list_before_it(analyze_text):
    text = ("The draft would have Ukraine give up Crimea and shrink its armed forces, terms Kyiv has "
            "repeatedly rejected.")
    got = _positions(analyze_text, text)
    assert {("UKR", "territory", "reject"), ("UKR", "military_limits", "reject")} <= got


@pytest.mark.model
def test_a_dash_opens_the_list_a_demand_holds(analyze_text):
    text = ("The text mirrors Moscow's old demands \u2014 including recognition of Crimea and a cap on "
            "the size of Ukraine's armed forces.")
    got = _positions(analyze_text, text)
    assert {("RUS", "territory", "demand"), ("RUS", "military_limits", "demand")} <= got


@pytest.mark.model
def test_a_third_person_pronoun_in_a_quote_is_not_the_speaker(analyze_text):
    got = _positions(analyze_text, '"We welcome his readiness to end the war," Macron said.')
    assert not any(party == "FRA" and stance == "offer" for party, _, stance in got)


@pytest.mark.model
def test_welcoming_a_person_is_no_position(analyze_text):
    assert _positions(analyze_text, "Warsaw welcomed Zelensky to the summit in Brussels.") == set()


@pytest.mark.model
def test_that_after_a_speech_verb_is_no_relative(analyze_text):
    text = ("Lavrov told Russian media the talks went well, adding that Moscow had agreed to study "
            "the proposals.")
    got = _positions(analyze_text, text)
    assert not any(issue == "minority_rights" for _, issue, _ in got)


@pytest.mark.model
def test_a_noun_cue_names_its_issue_and_party_around_it(analyze_text):
    got = _positions(analyze_text, "The envoy flew home with a ceasefire proposal from Moscow.")
    assert ("RUS", "ceasefire", "offer") in got


@pytest.mark.model
def test_a_hope_is_a_demand(analyze_text):
    got = _positions(analyze_text, "Sweden hopes the meeting will bring more air defence systems for Kyiv.")
    assert ("SWE", "military_limits", "demand") in got


@pytest.mark.model
def test_a_modal_in_reported_speech_is_the_speakers_demand(analyze_text):
    got = _positions(analyze_text, '"Moscow must pull its troops out of our land," Zelensky said.')
    assert ("UKR", "withdrawal", "demand") in got
    assert not any(party == "RUS" for party, _, _ in got)


@pytest.mark.model
def test_a_threat_is_a_demand_and_a_hint_an_offer(analyze_text):
    got = _positions(analyze_text, "Canada threatened to tighten sanctions on Moscow's oil trade.")
    assert ("CAN", "sanctions", "demand") in got
    hinted = _positions(analyze_text, "Japan has hinted at imposing new tariffs on Russian fuel.")
    assert ("JPN", "sanctions", "offer") in hinted


@pytest.mark.model
def test_yet_to_accept_is_a_rejection(analyze_text):
    got = _positions(analyze_text, "Hungary is yet to back the new package of sanctions.")
    assert ("HUN", "sanctions", "reject") in got


@pytest.mark.model
def test_they_after_conjoined_speakers_is_each_speaker(analyze_text):
    text = "Both Macron and Scholz said they hoped the summit would lead to direct talks with Moscow."
    got = _positions(analyze_text, text)
    assert {("FRA", "talks_format", "demand"), ("DEU", "talks_format", "demand")} <= got


@pytest.mark.model
def test_a_modal_after_a_closed_clause_is_still_read(analyze_text):
    text = ("The Kremlin said it would quit the grain deal, which it says must also ease restrictions on "
            "Russian fertiliser exports.")
    got = _positions(analyze_text, text)
    assert ("RUS", "sanctions", "demand") in got


@pytest.mark.model
def test_a_passive_subject_holds_the_stance_not_a_modifier(analyze_text):
    text = ("Zelensky stated that Kyiv was not consulted on the US-Russia talks and would not recognize "
            "any deal made without Ukraine's participation.")
    got = _positions(analyze_text, text)
    assert ("UKR", "talks_format", "reject") in got
    assert not any(party == "USA" for party, _, _ in got)


@pytest.mark.model
def test_a_party_reported_by_the_media_keeps_its_position(analyze_text):
    text = "State media reported that Russia had accepted an invitation to the summit."
    assert ("RUS", "talks_format", "accept") in _positions(analyze_text, text)


@pytest.mark.model
def test_a_threat_noun_is_a_demand(analyze_text):
    got = _positions(analyze_text, "Talks resumed amid British threats of new sanctions on Moscow.")
    assert ("GBR", "sanctions", "demand") in got


@pytest.mark.model
def test_an_if_clause_is_the_condition_setters_demand(analyze_text):
    got = _positions(analyze_text, "Berlin will resume deliveries if Moscow agrees to a full ceasefire.")
    assert ("DEU", "ceasefire", "demand") in got
    assert ("RUS", "ceasefire", "accept") not in got


@pytest.mark.model
def test_fighting_until_a_goal_is_a_demand_of_it(analyze_text):
    got = _positions(analyze_text, "Kyiv vowed to fight on until every occupied territory is returned.")
    assert ("UKR", "territory", "demand") in got
    assert ("UKR", "territory", "offer") not in got


# ---- readings that state no stance, or another party's stance (round 2)

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Would Moscow sign a truce if the sanctions were lifted?",
    "Is Kyiv really prepared to give up the eastern regions?",
    "Officials declined to comment on whether Hungary would block the sanctions package.",
    "The minister refused to say if Berlin would send more air defence systems.",
    "Ukrainian soldiers abandoned the village after weeks of shelling, the general staff said.",
    "Prosecutors say the unit committed war crimes near the city.",
    "Russia's blockade of the ports choked grain exports for months.",
    "A captured soldier pleaded guilty to war crimes before a court in Kyiv.",
])
def test_no_stance_in_questions_mute_refusals_and_battlefield_acts(analyze_text, text):
    assert _positions(analyze_text, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "want", "not_want"), [
    # a blamed refusal is the critic's demand, not a stance the accused states (round 4)
    ("Kyiv accused Moscow of refusing to hand back abducted children.",
     ("UKR", "children_civilians", "demand"), ("RUS", "children_civilians", "reject")),
    ("Brussels criticised Budapest for blocking new sanctions on Russian oil.",
     ("EU", "sanctions", "demand"), ("HUN", "sanctions", "reject")),
    ("Zelensky praised Ankara for offering to host a new round of talks.",
     ("TUR", "talks_format", "offer"), ("UKR", "talks_format", "offer")),
])
def test_a_judged_object_holds_the_stance(analyze_text, text, want, not_want):
    got = _positions(analyze_text, text)
    assert want in got
    assert not_want not in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Ukraine will not give up Crimea, the president said.", ("UKR", "territory", "reject")),
    ("Kyiv has no intention of ceding the Donbas.", ("UKR", "territory", "reject")),
    ("Moscow refuses to hand over the nuclear plant to Ukrainian control.", ("RUS", "nuclear_safety", "reject")),
    ("The Kremlin said it was ready to give up its claim to Kherson.", ("RUS", "territory", "offer")),
])
def test_concession_verbs_negated_or_carried_by_a_cue(analyze_text, text, want):
    assert want in _positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("Moscow's demand that Kyiv renounce membership of NATO stands.",
     ("RUS", "alliances_neutrality", "demand"), ("UKR", "alliances_neutrality", "reject")),
    ("Slovakia has dropped its objections to the latest sanctions package.",
     ("SVK", "sanctions", "accept"), ("SVK", "sanctions", "reject")),
    ("Hungary lifted its veto on using frozen Russian assets.",
     ("HUN", "assets_reparations", "accept"), ("HUN", "assets_reparations", "reject")),
])
def test_a_noun_cue_read_through_the_clause_it_governs(analyze_text, text, want, not_want):
    got = _positions(analyze_text, text)
    assert want in got
    assert not_want not in got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kyiv turned down a proposal to swap land for a truce.",
    "The ministry called the proposal for new elections a provocation.",
])
def test_a_noun_cue_is_not_owned_by_the_subject_that_judges_it(analyze_text, text):
    assert not any(stance == "offer" for _, _, stance in _positions(analyze_text, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("Moscow will only sign a truce once the West halts arms deliveries to Kyiv.",
     ("RUS", "military_limits", "demand"), ("RUS", "ceasefire", "accept")),
    ("Ukraine would accept a ceasefire provided that its partners guarantee its security.",
     ("UKR", "security_guarantees", "demand"), None),
    ("Minsk offered to free detainees in return for an easing of sanctions.",
     ("BLR", "sanctions", "demand"), ("BLR", "sanctions", "offer")),
])
def test_the_condition_of_an_acceptance_is_a_demand(analyze_text, text, want, not_want):
    got = _positions(analyze_text, text)
    assert want in got
    assert not_want not in got


def test_the_longest_issue_name_wins():
    assert main_issue("talks on the Zaporizhzhia nuclear plant") == "nuclear_safety"
    assert main_issue("the Zaporizhzhia region") == "territory"


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("For Warsaw, lifting the sanctions before a peace deal is a red line.", ("POL", "sanctions", "reject")),
    ("Paris said a Ukrainian pledge of neutrality was out of the question.", ("FRA", "alliances_neutrality", "reject")),
    ("The Kremlin called the idea of European peacekeepers unacceptable.", ("RUS", "security_guarantees", "reject")),
    ("Membership of NATO for Ukraine remains a red line for Moscow.", ("RUS", "alliances_neutrality", "reject")),
    ("Our territorial integrity is non-negotiable, the Ukrainian president said.", ("UKR", "territory", "demand")),
])
def test_a_predicate_rejects_the_thing_its_clause_names(analyze_text, text, want):
    assert want in _positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russian attacks on power stations are unacceptable, the German chancellor said.",
    "The shelling near the nuclear plant crossed a red line, the agency's chief said.",
])
def test_calling_an_act_unacceptable_is_no_position(analyze_text, text):
    assert _positions(analyze_text, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "not_party"), [
    ("Ukraine's allies pledged to keep up military support.", "UKR"),
    ("Russia's partners have called for new talks on a ceasefire.", "RUS"),
])
def test_a_sides_allies_are_not_that_side(analyze_text, text, not_party):
    assert not any(party == not_party for party, _, _ in _positions(analyze_text, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Zelensky agreed to meet Putin only after a ceasefire.", ("UKR", "ceasefire", "demand")),
    ("Moscow expressed willingness to resume talks in Istanbul.", ("RUS", "talks_format", "offer")),
    ("The Kremlin signalled its readiness for another prisoner exchange.", ("RUS", "prisoners", "offer")),
])
def test_conditions_and_expressed_readiness(analyze_text, text, want):
    assert want in _positions(analyze_text, text)


def test_a_whole_peace_deal_is_not_the_format_of_talks():
    assert main_issue("a comprehensive peace deal") is None
    assert main_issue("a lasting settlement") is None
    assert main_issue("a meeting of the two leaders in Geneva") == "talks_format"


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The German chancellor said there could be no just peace without accountability for war crimes.",
     ("DEU", "accountability", "demand")),
    ("There will be no agreement without the release of all prisoners, Kyiv said.", ("UKR", "prisoners", "demand")),
    ("Moscow said a settlement was impossible without recognition of the new borders.",
     ("RUS", "territory", "demand")),
])
def test_no_peace_without_x_demands_x(analyze_text, text, want):
    assert want in _positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Experts said there can be no deal without territorial concessions.",
    "The drones struck without warning, the governor said.",
])
def test_no_without_needs_a_party_and_a_peace(analyze_text, text):
    assert _positions(analyze_text, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Many Ukrainians oppose any territorial concessions, a survey found.",
    "Most Germans support sending more weapons to Kyiv.",
])
def test_the_public_is_not_the_state(analyze_text, text):
    assert _positions(analyze_text, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Moscow's position is that Kyiv must renounce NATO membership.", ("RUS", "alliances_neutrality", "demand")),
    ("Ukraine's position remains that it will never recognise the annexed regions.", ("UKR", "territory", "reject")),
    ("China's stance is that unilateral sanctions are illegal.", ("CHN", "sanctions", "reject")),
])
def test_a_stated_position_frames_its_content(analyze_text, text, want):
    assert want in _positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Moscow has made recognition of the annexed regions a precondition for any deal.",
     ("RUS", "territory", "demand")),
    ("Kyiv made the return of abducted children a condition for further talks.", ("UKR", "children_civilians", "demand")),
    ("London has made air defence for Ukraine its top priority.", ("GBR", "military_limits", "demand")),
])
def test_what_a_party_makes_a_condition_is_its_demand(analyze_text, text, want):
    assert want in _positions(analyze_text, text)


@pytest.mark.model
def test_make_without_a_condition_is_no_position(analyze_text):
    assert _positions(analyze_text, "The shelling made life a misery for the residents of Kherson.") == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The president said his forces would not withdraw from the eastern regions.", None),
    ("Moscow refuses to pull its troops out of the occupied south.", ("RUS", "withdrawal", "reject")),
    ("Kyiv will never pull back from the line of contact, the defence minister said.", ("UKR", "withdrawal", "reject")),
    ("Ukraine proposed a truce in the air and at sea.", ("UKR", "partial_ceasefire", "offer")),
])
def test_refused_withdrawal_and_partial_truces(analyze_text, text, want):
    got = _positions(analyze_text, text)
    if want is not None:
        assert want in got


@pytest.mark.model
def test_a_withdrawal_that_happened_is_no_position(analyze_text):
    assert _positions(analyze_text, "Russian troops withdrew from the city in November.") == set()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Budapest is unlikely to back the new sanctions package.",
    "Moscow is expected to turn down the offer of a truce.",
    "Should Kyiv reject the ceasefire, Washington would cut off intelligence sharing.",
    "Were Russia to accept a truce, the guns could fall silent by Christmas.",
])
def test_predictions_and_inverted_conditions_state_no_stance(analyze_text, text):
    assert _positions(analyze_text, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("Washington told Kyiv to accept the loss of Crimea.", ("USA", "territory", "demand"), ("USA", "territory", "accept")),
    ("The EU asked Hungary to lift its block on the sanctions package.", ("EU", "sanctions", "demand"), None),
    ("Erdogan pressed Putin to extend the grain deal.", ("TUR", "partial_ceasefire", "demand"), None),
])
def test_directing_another_side_is_a_demand(analyze_text, text, want, not_want):
    got = _positions(analyze_text, text)
    assert want in got
    assert not_want not in got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Zelensky did not ask Washington to lift the sanctions.",
    "Putin told reporters that the weather was fine.",
])
def test_no_directive_no_demand(analyze_text, text):
    assert _positions(analyze_text, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Kyiv's refusal to cede land has angered the White House.", ("UKR", "territory", "reject")),
    ("Moscow's readiness to accept a truce surprised diplomats.", ("RUS", "ceasefire", "accept")),
    ("The president vowed not to surrender an inch of Ukrainian land.", None),
])
def test_a_noun_cue_chained_to_a_verb_governs_its_object(analyze_text, text, want):
    got = _positions(analyze_text, text)
    if want is not None:
        assert want in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Kremlin declared a three-day ceasefire for the anniversary.", ("RUS", "ceasefire", "offer")),
    ("Kyiv declared an energy truce for the winter months.", ("UKR", "partial_ceasefire", "offer")),
])
def test_declaring_a_truce_offers_it(analyze_text, text, want):
    assert want in _positions(analyze_text, text)


@pytest.mark.model
def test_declaring_a_state_of_emergency_is_no_position(analyze_text):
    assert _positions(analyze_text, "Moldova declared a state of emergency over gas supplies.") == set()


@pytest.mark.model
def test_the_moratorium_names_again_the_act_told_before(analyze_text):
    text = "Kenya proposed ending strikes on power plants. Ethiopia said it would support the moratorium."
    assert ("ETH", "partial_ceasefire", "accept") in _positions(analyze_text, text)


@pytest.mark.model
def test_an_indefinite_decision_names_nothing_told_before(analyze_text):
    text = "Kenya proposed ending strikes on power plants. Ethiopia rejected a decision by its own courts."
    assert not any(p == "ETH" for p, _, _ in _positions(analyze_text, text))

"""Positions that must not be read, or must go to the party that holds them, on sentences written for
these tests: a relative pronoun's antecedent holds its clause's stance, a 'for X to' subject is the
one asked, a modal on a verb of knowing warns, a threat of one's own force is an act, 'territory' as
the place of an act is no territory issue, 'no sign that' reports nothing, a negative subject
('nothing can be ruled out') states no refusal, and a party's title is not what 'it' stands for."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want", "unwanted"), [
    ("Zelensky said he hoped the swap would lead to talks with Moscow, which has long refused to "
     "negotiate with Kyiv.", ("RUS", "talks_format", "reject"), ("UKR", "talks_format", "reject")),
    ("The Kremlin spokesman said new sanctions were expected from Brussels, which wants to cut Russian "
     "gas imports to zero.", None, ("RUS", "sanctions", "demand")),
])
def test_a_relative_clause_stance_belongs_to_its_antecedent(analyze_text, text, want, unwanted):
    got = positions(analyze_text, text)
    if want is not None:
        assert want in got
    assert unwanted not in got


@pytest.mark.model
def test_an_unnamed_antecedent_does_not_pass_its_refusal_to_the_speaker(analyze_text):
    text = "Zelensky said the swap could open talks with the militants, who have long refused to negotiate with Kyiv."
    assert not {p for p in positions(analyze_text, text) if p[2] == "reject"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    ("The protesters stressed the necessity for Biden to support an immediate ceasefire.",
     ("USA", "ceasefire", "accept")),
    ("Activists said it was time for Germany to back the ceasefire proposal.", ("DEU", "ceasefire", "accept")),
    ("Erdogan said it was the right moment for Russia and Ukraine to agree a truce.",
     ("RUS", "ceasefire", "accept")),
])
def test_the_one_asked_in_a_for_to_clause_holds_no_stance(analyze_text, text, unwanted):
    assert unwanted not in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Putin said the West must realise that Russia has weapons able to hit targets on their territory.",
    "The Kremlin said Kyiv must understand that the front line keeps moving west.",
    '"Our partners should know that we will not back down on the sanctions," the minister said.',
])
def test_a_modal_on_knowing_is_a_warning_not_a_demand(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[2] == "demand"}


@pytest.mark.model
def test_a_modal_on_an_act_is_still_the_speakers_demand(analyze_text):
    got = positions(analyze_text, '"Russia must withdraw its troops from our land," Zelensky said.')
    assert ("UKR", "withdrawal", "demand") in got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia threatened to use nuclear weapons if Western troops entered Ukraine.",
    "Moscow has threatened to use force against any foreign peacekeepers.",
    "The riot police threatened to use live ammunition on the crowd.",
])
def test_a_threat_of_ones_own_force_is_no_position(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
def test_a_threat_of_sanctions_is_still_a_position(analyze_text):
    got = positions(analyze_text, "Washington threatened new sanctions on buyers of Russian oil.")
    assert ("USA", "sanctions", "demand") in got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ukraine asked its allies for permission to strike airfields on Russian territory.",
    "The UN plan to return refugees to their homes in territory held by the government was welcomed.",
])
def test_territory_as_the_place_of_an_act_is_no_territory_issue(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[1] == "territory"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Kyiv vowed to fight on until it regains control of all its occupied territory.",
     ("UKR", "territory", "demand")),
    ("Ukraine refuses to cede any of its territory to Russia.", ("UKR", "territory", "reject")),
])
def test_territory_at_stake_keeps_its_issue(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_freezing_the_front_line_is_about_lines_not_assets(analyze_text):
    got = positions(analyze_text, "The proposal, which Kyiv rejected, would have frozen the front line.")
    assert not {p for p in got if p[1] == "assets_reparations"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peskov said the Kremlin had seen no sign that Kyiv was ready for direct talks.",
    "Kyiv says there is no evidence that Moscow wants a ceasefire.",
    "Macron said allies would do everything needed, adding that nothing can be ruled out.",
    "No option has been ruled out, including new sanctions, the minister said.",
])
def test_what_was_not_seen_or_not_ruled_out_is_no_stance(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
def test_signing_is_still_an_acceptance(analyze_text):
    got = positions(analyze_text, "Russia signs the memorandum on a ceasefire, the Kremlin said.")
    assert ("RUS", "ceasefire", "accept") in got


@pytest.mark.model
def test_a_partys_title_is_not_what_it_stands_for(analyze_text):
    text = "Russia's chief negotiator Vladimir Medinsky said Moscow would take a series of measures to oppose it."
    assert not {p for p in positions(analyze_text, text) if p[1] == "talks_format"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    ("The Kremlin welcomed Trump's remarks that Ukraine will never join NATO.",
     ("UKR", "alliances_neutrality", "reject")),
    ("Warsaw dismissed the rumours that Kyiv is ready to cede the Donbas.", ("UKR", "territory", "offer")),
])
def test_what_a_remark_or_report_says_is_not_its_subjects_stance(analyze_text, text, unwanted):
    assert unwanted not in positions(analyze_text, text)


@pytest.mark.model
def test_a_party_inside_a_passive_agent_thing_is_no_agent(analyze_text):
    got = positions(analyze_text, "European leaders said any truce must be backed by US security guarantees.")
    assert ("USA", "ceasefire", "accept") not in got


@pytest.mark.model
def test_a_passive_agent_party_still_holds_the_stance(analyze_text):
    assert ("RUS", "ceasefire", "reject") in positions(analyze_text, "A 30-day truce was rejected by Moscow.")


@pytest.mark.model
def test_a_meeting_of_the_alliance_is_a_talks_format_not_membership(analyze_text):
    got = positions(analyze_text, "Latvia requested urgent NATO consultations after drones crossed its border.")
    assert ("LVA", "talks_format", "demand") in got
    assert not {p for p in got if p[1] == "alliances_neutrality"}


@pytest.mark.model
def test_membership_named_beside_a_summit_stays_membership(analyze_text):
    got = positions(analyze_text, "Ukraine wants a clear invitation to join NATO at the alliance's July summit.")
    assert ("UKR", "alliances_neutrality", "demand") in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Trump suggested that Ukraine cede the Donbas to Russia.", ("USA", "territory", "demand")),
    ("Putin suggested holding the next round of talks in Istanbul.", ("RUS", "talks_format", "offer")),
])
def test_a_suggestion_of_terms_is_still_a_proposal(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_new_statement_after_stressing_that_is_not_the_first_cues_object(analyze_text):
    text = ('The French president suggested the allies would "do everything needed," stressing that '
            '"nothing can be excluded" and that leaders had no consensus on sending troops to Ukraine.')
    assert not {p for p in positions(analyze_text, text) if p[0] == "FRA"}


@pytest.mark.model
def test_adding_that_keeps_both_statements(analyze_text):
    got = positions(analyze_text, "Russia demanded the lifting of sanctions, adding that it would not return the territories.")
    assert {("RUS", "sanctions", "demand"), ("RUS", "territory", "reject")} <= got


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    ("Activists stressed the moral necessity for Biden and his team to support a lasting ceasefire.",
     ("USA", "ceasefire", "accept")),
    ('The alliance chief said Ukraine has "the right to defend itself, and we have the right to support '
     'that with air defence."', ("UKR", "military_limits", "accept")),
    ("Kyiv has the right to reject any deal that cedes territory.", ("UKR", "territory", "reject")),
])
def test_an_infinitive_on_a_noun_is_held_only_by_the_nouns_owner(analyze_text, text, unwanted):
    assert unwanted not in positions(analyze_text, text)


@pytest.mark.model
def test_an_owned_decision_to_accept_is_the_owners_acceptance(analyze_text):
    got = positions(analyze_text, "Ukraine's decision to accept the ceasefire surprised Moscow.")
    assert ("UKR", "ceasefire", "accept") in got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "It seems possible that Kyiv will accept a ceasefire along the current line.",
    "It is likely that the Russian side would not want to look eager for talks after such a defeat.",
])
def test_a_writers_guess_is_no_partys_stance(analyze_text, text):
    assert not positions(analyze_text, text)


@pytest.mark.model
def test_borders_as_the_place_of_troops_is_no_territory_issue(analyze_text):
    got = positions(analyze_text, "Russia must also reinforce the troops stationed along its western borders, Putin said.")
    assert not {p for p in got if p[1] == "territory"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Ukraine insists on a return to its 1991 borders.", ("UKR", "territory", "demand")),
    ("Moscow wants to redraw the borders of Ukraine.", ("RUS", "territory", "demand")),
])
def test_borders_at_stake_keep_their_issue(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Prime Minister Orban, who was not invited to the meeting, said Hungary would veto the package.",
    "The Ukrainian president was invited to the summit in Alaska but did not attend.",
    "Kyiv was offered a place at the table only after Washington intervened.",
])
def test_the_party_an_invitation_goes_to_holds_no_stance(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[1] == "talks_format"}


@pytest.mark.model
def test_a_passive_offer_still_belongs_to_its_agent(analyze_text):
    assert ("RUS", "ceasefire", "offer") in positions(analyze_text, "A 30-day truce was offered by Russia on Monday.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Israeli premier declined to attend the conference, citing the Passover holiday.",
    "The minister refused to travel to Geneva over the Christmas holidays, his spokesman said.",
])
def test_a_holiday_named_as_a_date_is_no_holiday_truce(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[1] == "partial_ceasefire"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Putin declared a truce over Orthodox Easter, the Kremlin said.", ("RUS", "partial_ceasefire", "offer")),
    ("Moscow refused to halt strikes over the New Year holidays.", ("RUS", "partial_ceasefire", "reject")),
    ("Kyiv rejected an Easter truce as a stunt.", ("UKR", "partial_ceasefire", "reject")),
])
def test_a_holiday_beside_a_halt_still_names_the_holiday_truce(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    'Moscow sent a junior team led by a deputy minister, which Kyiv dismissed as a "propaganda delegation".',
    "Zelensky dismissed the Russian delegation as a group of extras.",
    "Kyiv rejected the Russian negotiators as unserious.",
])
def test_scorning_the_people_sent_refuses_no_term(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[2] == "reject"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Kyiv rejected the Russian proposal for talks in Minsk.", ("UKR", "talks_format", "reject")),
    ("Russia rejected the US plan for a ceasefire as too vague.", ("RUS", "ceasefire", "reject")),
    ("Ukraine wants a higher-level Russian delegation in Istanbul.", ("UKR", "talks_format", "demand")),
])
def test_refusing_a_proposal_or_asking_for_a_delegation_still_counts(analyze_text, text, want):
    assert want in positions(analyze_text, text)

"""Talks: venue, parties, mediators, format, round, status, delegations, outcomes and merging."""
from __future__ import annotations

import pytest

from detente.extract.talks import find_talks


def _one(analyze_text, text: str, published: str = "2025-06-05") -> dict:
    records = find_talks(analyze_text(text, published=published))
    assert len(records) == 1, [r.fields for r in records]
    assert records[0].kind == "talks"
    return records[0].fields


@pytest.mark.model
def test_held_round_with_venue_host_and_parties(analyze_text):
    f = _one(analyze_text, "Ukraine and Russia held a third round of direct talks in "
                           "Istanbul on Wednesday.")
    assert f["venue"]["name"] == "Istanbul" and f["venue"]["country"] == "TUR"
    assert f["parties"] == ["RUS", "UKR"]
    assert "TUR" in f["mediators"]
    assert (f["round"], f["format"], f["status"]) == (3, "direct", "held")


@pytest.mark.model
def test_proposed_talks_and_the_other_side_from_context(analyze_text):
    text = ("Ukraine said on Monday it would study the offer. "
            "The Kremlin proposed a new round of talks next week.")
    records = find_talks(analyze_text(text))
    assert len(records) == 1
    assert records[0].fields["status"] == "proposed"
    assert records[0].fields["parties"] == ["RUS", "UKR"]
    assert records[0].date is not None and records[0].date > "2025-06-05"


@pytest.mark.model
@pytest.mark.parametrize("sentence, status", [
    ("Moscow called off the planned talks in Riyadh at the last minute.", "cancelled"),
    ("The negotiations in Geneva between Kyiv and Moscow were postponed until July.", "postponed"),
    ("A Kremlin spokesman said there were no negotiations with Kyiv on energy strikes.", "denied"),
])
def test_status_cues(analyze_text, sentence, status):
    assert _one(analyze_text, sentence)["status"] == status


@pytest.mark.model
def test_mediator_and_indirect_format(analyze_text):
    f = _one(analyze_text, "Russia and Ukraine held indirect talks in Doha, mediated by Qatar, on a "
                           "maritime ceasefire.")
    assert f["format"] == "indirect"
    assert "QAT" in f["mediators"] and "QAT" not in f["parties"]


@pytest.mark.model
def test_what_planned_talks_were_to_negotiate_is_discussed(analyze_text):
    f = _one(analyze_text, "Moscow pulled out of planned talks with Kyiv that were meant to negotiate a halt "
                           "to strikes on energy infrastructure.")
    assert f["status"] == "cancelled"
    assert {"issue": "partial_ceasefire", "result": "discussed"}.items() <= f["outcomes"][0].items()


@pytest.mark.model
def test_leader_phone_call_is_virtual(analyze_text):
    f = _one(analyze_text, "Vladimir Putin and Recep Tayyip Erdogan spoke by phone on Tuesday.")
    assert f["format"] == "virtual"
    assert set(f["parties"]) == {"RUS", "TUR"}


@pytest.mark.model
def test_delegation_head(analyze_text):
    text = ("Russia and Ukraine will hold talks in Istanbul on Monday. "
            "The Ukrainian delegation will be led by Defence Minister Rustem Umerov.")
    (record,) = find_talks(analyze_text(text))
    heads = {d["party"]: d["head"] for d in record.fields["delegations"]}
    assert "Umerov" in heads.get("UKR", "")


@pytest.mark.model
def test_mentions_of_the_same_talks_merge_and_add_outcomes(analyze_text):
    text = ("Delegations from Kyiv and Moscow met for a second round of talks in Istanbul on June 2. "
            "The two sides agreed to exchange all wounded prisoners of war. "
            "Neither side agreed to a ceasefire. "
            "The second round of talks in Istanbul lasted barely an hour.")
    analysis = analyze_text(text)
    (record,) = find_talks(analysis)
    assert text[record.evidence.start:record.evidence.end].startswith("Delegations from Kyiv")
    outcomes = {o["issue"]: o["result"] for o in record.fields["outcomes"]}
    assert outcomes.get("prisoners") == "agreed"
    assert outcomes.get("ceasefire") == "not agreed"
    assert record.date == "2025-06-02"


@pytest.mark.model
def test_different_rounds_are_different_records(analyze_text):
    text = ("The first round of talks between Russia and Ukraine ended without a breakthrough. "
            "A second round of talks is planned for next month.")
    rounds = sorted(r.fields["round"] for r in find_talks(analyze_text(text)))
    assert rounds == [1, 2]


@pytest.mark.model
def test_talk_in_passing_is_not_a_record(analyze_text):
    assert find_talks(analyze_text("Analysts doubt that talks will change much on the battlefield.")) == []
    assert find_talks(analyze_text("The president talks often about the economy.")) == []


@pytest.mark.model
def test_demonym_compound_names_both_parties(analyze_text):
    f = _one(analyze_text, "A new round of Russian-Ukrainian talks opened in Geneva on Tuesday.")
    assert f["parties"] == ["RUS", "UKR"]
    assert f["venue"]["name"] == "Geneva" and f["status"] == "held"


@pytest.mark.model
def test_wanting_negotiations_is_a_position_not_talks(analyze_text):
    assert find_talks(analyze_text("Ukraine wants a truce, while Russia seeks negotiations on its terms.")) == []


@pytest.mark.model
def test_a_meeting_must_name_who_met(analyze_text):
    text = "The Security Council meeting on Friday heard that Russia struck Ukraine's power grid again."
    assert find_talks(analyze_text(text)) == []


@pytest.mark.model
def test_venue_stays_with_its_own_clause(analyze_text):
    text = "New peace talks are expected, yet no truce emerged from the discussions in Riyadh last month."
    records = find_talks(analyze_text(text))
    proposed = [r for r in records if r.fields["status"] == "proposed"]
    assert proposed and all(r.fields["venue"] is None and r.date is None for r in proposed)


@pytest.mark.model
def test_an_earlier_round_mentioned_in_passing_is_its_own_record(analyze_text):
    text = ("Moscow proposed new talks with Kyiv next week. "
            "This would be the third round of direct talks, with the second held in Geneva in May.")
    records = find_talks(analyze_text(text))
    by_round = {r.fields["round"]: r.fields for r in records}
    assert by_round[2]["status"] == "held" and by_round[2]["venue"]["name"] == "Geneva"
    assert by_round[3]["status"] == "proposed" and by_round[3]["venue"] is None


@pytest.mark.model
def test_initiator_with_title_is_a_mediator_not_a_party(analyze_text):
    text = ("Ukraine and Russia resumed talks in Geneva last month at the initiative of "
            "U.S. President Donald Trump.")
    f = _one(analyze_text, text)
    assert "USA" in f["mediators"] and f["parties"] == ["RUS", "UKR"]


@pytest.mark.model
def test_planned_talks_that_then_took_place_are_one_held_record(analyze_text):
    text = ("On May 5, with the two delegations set to open direct talks the following day, Russia shelled Kharkiv. "
            "Ukraine called the attack a provocation. "
            "This week's peace talks in Geneva between Russia and Ukraine did not lead to a truce.")
    records = find_talks(analyze_text(text, published="2025-05-09"))
    assert len(records) == 1, [r.fields for r in records]
    f = records[0].fields
    assert f["status"] == "held" and f["venue"]["name"] == "Geneva"
    assert records[0].date == "2025-05-06"
    assert {"issue": "ceasefire", "result": "not agreed"}.items() <= f["outcomes"][0].items()


@pytest.mark.model
def test_a_status_in_another_clause_is_not_this_talks_status(analyze_text):
    text = ("Russia and Ukraine held talks in Geneva on Friday, but a follow-up session was called off.")
    records = find_talks(analyze_text(text))
    geneva = [r.fields for r in records if (r.fields["venue"] or {}).get("name") == "Geneva"]
    assert geneva and geneva[0]["status"] == "held"


@pytest.mark.model
def test_the_two_sides_are_the_countries_named_together_around_talks(analyze_text):
    text = ("Talks between Russia and Ukraine in Geneva ended on Friday. "
            "U.S. officials welcomed the news. "
            "The two sides will hold a fourth round of negotiations in Vienna next month.")
    records = find_talks(analyze_text(text))
    vienna = [r.fields for r in records if (r.fields["venue"] or {}).get("name") == "Vienna"]
    assert vienna and vienna[0]["parties"] == ["RUS", "UKR"] and vienna[0]["status"] == "proposed"
    assert vienna[0]["round"] == 4


@pytest.mark.model
def test_meeting_a_need_is_not_a_meeting(analyze_text):
    text = "France and Germany pledged to keep meeting Ukraine's budget needs through next year."
    assert find_talks(analyze_text(text)) == []


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Kyiv and Moscow discussed the possibility of holding another round of talks.",
    "Washington and Moscow agreed to initiate negotiations on arms control.",
    "Officials in Paris and Kyiv are hoping for talks with Russia by the spring.",
    "A potential meeting between the Chinese and Indian leaders is being discussed.",
])
def test_talks_that_are_only_hoped_for_or_agreed_on_are_proposed(analyze_text, sentence):
    records = find_talks(analyze_text(sentence))
    assert records and all(r.fields["status"] == "proposed" for r in records), [r.fields for r in records]


@pytest.mark.model
def test_a_cue_ahead_of_later_talks_does_not_make_earlier_talks_proposed(analyze_text):
    text = "Erdogan thanked Putin for Monday's talks in Sochi ahead of a banquet in the evening."
    f = _one(analyze_text, text, published="2025-06-05")
    assert f["status"] == "held"


@pytest.mark.model
def test_a_named_mediator_makes_talks_of_the_two_sides(analyze_text):
    text = ("Russia and Ukraine swapped 90 prisoners of war each on Friday. "
            "Qatar was credited by Moscow and Kyiv for brokering the negotiations.")
    records = find_talks(analyze_text(text))
    assert records and "QAT" in records[-1].fields["mediators"]
    assert {"RUS", "UKR"} <= set(records[-1].fields["parties"])


@pytest.mark.model
@pytest.mark.parametrize("sentence, venue", [
    ("Armenian and Azerbaijani officials held talks in the Swiss city of Geneva on Tuesday.", "Geneva"),
    ("The US envoy was expected to meet Ukrainian officials while in Doha.", "Doha"),
    ("Diplomats from a dozen states ended in Riyadh on Friday their meetings on the crisis after three "
     "days of closed consultations.", "Riyadh"),
])
def test_venue_constructions(analyze_text, sentence, venue):
    records = find_talks(analyze_text(sentence))
    assert any((r.fields["venue"] or {}).get("name") == venue for r in records), [r.fields for r in records]


@pytest.mark.model
def test_met_in_the_past_is_held_even_to_discuss_a_potential_deal(analyze_text):
    text = "Erdogan met Putin in Sochi on Tuesday to discuss a potential grain agreement."
    records = find_talks(analyze_text(text))
    assert records and records[0].fields["status"] == "held", [r.fields for r in records]


@pytest.mark.model
def test_an_invitation_to_visit_is_proposed_talks_at_the_place_visited(analyze_text):
    f = _one(analyze_text, "Erdogan invited Putin to visit Ankara at a time that suits both leaders.")
    assert f["status"] == "proposed" and f["parties"] == ["RUS", "TUR"]
    assert (f["venue"] or {}).get("name") == "Ankara"


@pytest.mark.model
def test_the_scene_of_a_war_and_a_hyphened_pair_are_no_venue(analyze_text):
    records = find_talks(analyze_text(
        "The meeting between Rubio and Lavrov took place amid a push to end the war in Ukraine."))
    assert records and all(r.fields["venue"] is None for r in records)
    records = find_talks(analyze_text("Kyiv was not told about the US-Russia talks, Zelensky said."))
    assert all((r.fields["venue"] or {}).get("name") != "Russia" for r in records)


@pytest.mark.model
def test_requesting_consultations_is_a_position_not_talks(analyze_text):
    text = "Poland has requested urgent NATO consultations after Russian drones crossed its border."
    assert find_talks(analyze_text(text)) == []


@pytest.mark.model
def test_a_phone_call_beside_a_planned_meeting_is_its_own_talks(analyze_text):
    text = ("Georgia's prime minister agreed to send envoys to meet Russian officials during a phone call "
            "on Friday with Turkey's president.")
    records = find_talks(analyze_text(text))
    calls = [r.fields for r in records if r.fields["format"] == "virtual"]
    assert calls and {"GEO", "TUR"} <= set(calls[0]["parties"]), [r.fields for r in records]


@pytest.mark.model
def test_where_troops_or_commanders_are_is_no_venue(analyze_text):
    records = find_talks(analyze_text(
        "Shoigu held a meeting with Russia's commander in Syria and the Turkish defence minister on Monday."))
    assert all((r.fields["venue"] or {}).get("name") != "Syria" for r in records)


@pytest.mark.model
@pytest.mark.parametrize("sentence, parties, fmt, status", [
    ("Erdogan spoke with Zelensky by telephone on Sunday, his office said.", ["TUR", "UKR"], "virtual", "held"),
    ("Scholz phoned Putin on Friday to press for a ceasefire.", ["DEU", "RUS"], "virtual", "held"),
    ("The grain corridor came up in a conversation between Macron and Erdogan.", ["FRA", "TUR"], None, "held"),
    ("Lukashenko spent the day negotiating with Putin's envoys.", ["BLR", "RUS"], None, "held"),
    ("The Turkish president said he would call Putin on Wednesday.", ["RUS", "TUR"], "virtual", "proposed"),
])
def test_speaking_with_a_state_is_talks_read_from_the_parse(analyze_text, sentence, parties, fmt, status):
    f = _one(analyze_text, sentence)
    assert set(parties) <= set(f["parties"]), f
    assert (f["format"], f["status"]) == (fmt, status), f


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Zelensky called Putin a terrorist on Monday.",
    "The German chancellor spoke to reporters in Berlin about the war.",
    "Macron called for a ceasefire in the war.",
    "The Ukrainian president spoke to the BBC on Sunday.",
])
def test_speaking_to_no_state_or_calling_names_is_no_talks(analyze_text, sentence):
    assert find_talks(analyze_text(sentence)) == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, venue", [
    ("Biden met with Zelensky for about an hour on Tuesday on the sidelines of the G20 summit in New York.",
     "New York"),
    ("Ukrainian and Russian negotiators held talks for five hours on Friday at a hotel in Istanbul.", "Istanbul"),
    ("Macron spoke with Erdogan for an hour during a summit of European leaders in Prague.", "Prague"),
])
def test_a_venue_reached_through_a_chain_of_prepositions(analyze_text, sentence, venue):
    f = _one(analyze_text, sentence)
    assert (f["venue"] or {}).get("name") == venue, f


@pytest.mark.model
def test_a_host_whose_leader_takes_part_stays_a_side(analyze_text):
    f = _one(analyze_text, "Biden met with Zelensky for an hour on Tuesday at the White House in Washington.")
    assert {"UKR", "USA"} <= set(f["parties"]), f


@pytest.mark.model
@pytest.mark.parametrize("sentence, status", [
    ("The potential summit was discussed in a call between Biden and Zelensky on Tuesday.", "held"),
    ("Planned talks between Russia and Ukraine in Geneva were expected next week.", "proposed"),
])
def test_a_one_word_cue_speaks_only_of_the_noun_it_modifies(analyze_text, sentence, status):
    assert _one(analyze_text, sentence)["status"] == status


@pytest.mark.model
@pytest.mark.parametrize("sentence, parties, venue, status", [
    ("North Korea's leader Kim Jong Un invited Putin to visit Pyongyang at a convenient time.",
     ["PRK", "RUS"], "Pyongyang", "proposed"),
    ("The Hungarian leader's visit to Moscow angered EU partners.", ["HUN", "RUS"], "Moscow", "held"),
    ("Scholz hosted Zelensky in Berlin on Sunday.", ["DEU", "UKR"], "Berlin", "held"),
])
def test_a_visit_or_a_hosted_leader_is_talks_with_the_visited_state(analyze_text, sentence, parties,
                                                                     venue, status):
    f = _one(analyze_text, sentence)
    assert set(parties) <= set(f["parties"]) and f["venue"]["name"] == venue and f["status"] == status, f


@pytest.mark.model
def test_a_host_of_two_guests_is_a_mediator(analyze_text):
    f = _one(analyze_text, "Saudi Arabia hosted Ukrainian and Russian delegations in Jeddah.")
    assert f["parties"] == ["RUS", "UKR"] and "SAU" in f["mediators"], f


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Zelensky visited Kharkiv on Tuesday.",
    "The city hosted thousands of refugees from Ukraine.",
    "Zelensky visited troops near Bakhmut on Tuesday.",
])
def test_visiting_ones_own_land_or_hosting_no_state_is_no_talks(analyze_text, sentence):
    assert find_talks(analyze_text(sentence)) == []


@pytest.mark.model
def test_a_planned_meeting_beside_held_talks_is_its_own_record(analyze_text):
    text = ("Macron said Friday he could meet with Putin very soon, following long talks in Riyadh between "
            "his adviser and Russian officials.")
    records = [r.fields for r in find_talks(analyze_text(text))]
    statuses = sorted(f["status"] for f in records)
    assert statuses == ["held", "proposed"], records


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Erdogan said on Monday he would call Putin about the grain deal.",
    "The Polish president could visit Kyiv, his office said on Tuesday.",
])
def test_a_modal_on_the_meeting_verb_makes_it_a_plan(analyze_text, sentence):
    assert _one(analyze_text, sentence)["status"] == "proposed"


@pytest.mark.model
def test_meeting_reporters_beside_talks_adds_no_talks(analyze_text):
    records = find_talks(analyze_text(
        "Talks between Russia and Ukraine in Geneva ended without a deal, and the Swiss minister met reporters."))
    assert len(records) == 1

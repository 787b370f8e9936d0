"""Talks read by class, in sentences written for these tests in several outlets' voices: one call
is one record, who calls or meets is a side, and the reading around the trigger sets its status."""
from __future__ import annotations

import pytest

from detente.extract.talks import find_talks

pytestmark = pytest.mark.model


def _talks(analyze_text, text: str, published: str = "2025-06-05") -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_talks(analyze_text(text, published=published))]


@pytest.mark.parametrize("text", [
    "Macron spoke by phone with Putin on Tuesday, the Elysee said.",
    "Scholz spoke by telephone with Zelensky on Monday.",
    "The Italian premier spoke on the phone with the Ukrainian president late on Sunday.",
])
def test_a_verb_of_speaking_inside_a_call_phrase_is_one_call(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and talks[0]["format"] == "virtual", talks


@pytest.mark.parametrize("text, sides", [
    ("Erdogan phoned Zelensky on Wednesday to offer to mediate.", ["TUR", "UKR"]),
    ("Orban called Putin on Friday to propose hosting a summit.", ["HUN", "RUS"]),
    ("Rubio met with Lavrov in Riyadh on Tuesday to broker a truce.", ["RUS", "USA"]),
])
def test_who_calls_or_meets_is_a_side_whatever_the_purpose_clause_says(  # type: ignore[no-untyped-def]
        analyze_text, text, sides) -> None:
    talks = _talks(analyze_text, text)
    assert any(set(sides) <= set(t["parties"]) for t in talks), talks


@pytest.mark.parametrize("text", [
    "Turkey hosted Russian and Ukrainian delegations in Istanbul on Monday.",
    "Talks between Moscow and Kyiv were mediated by Qatar in Doha last week.",
])
def test_a_host_of_two_guests_stays_a_go_between(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(set(t["parties"]) == {"RUS", "UKR"} for t in talks), talks


@pytest.mark.parametrize("text, venue", [
    ("The Ukrainian leader will travel to Ankara on Wednesday to meet Erdogan.", "Ankara"),
    ("Rubio is flying to Paris to meet Ukrainian officials, the State Department said.", "Paris"),
    ("The two American envoys are due to travel to Moscow next week to meet Putin.", "Moscow"),
])
def test_a_journey_still_to_come_makes_its_meeting_proposed_at_its_end(  # type: ignore[no-untyped-def]
        analyze_text, text, venue) -> None:
    talks = _talks(analyze_text, text)
    assert any(t["status"] == "proposed" and (t["venue"] or {}).get("name") == venue for t in talks), talks


@pytest.mark.parametrize("text", [
    "Witkoff flew to Moscow on Thursday to meet Putin.",
    "The Finnish president travelled to Kyiv last week to meet Zelensky.",
])
def test_a_journey_told_in_the_past_keeps_its_meeting_held(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "held" and t["venue"] for t in talks), talks


@pytest.mark.parametrize("text", [
    "Erdogan said Turkey was ready to host talks between Russia and Ukraine.",
    "Zelensky said he was ready to meet Putin face to face.",
    "Budapest is willing to host a meeting between the American and Russian presidents.",
])
def test_readiness_to_hold_or_host_talks_is_a_proposal(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


@pytest.mark.parametrize("text, sides", [
    ("Putin told Trump in a call on Monday that he was open to a memorandum.", {"RUS", "USA"}),
    ("Merz assured Zelensky during a phone call that Berlin would keep up its support.", {"DEU", "UKR"}),
    ("Macron warned Putin in a telephone conversation on Friday against escalation.", {"FRA", "RUS"}),
])
def test_telling_someone_in_a_call_is_a_call_between_them(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any(set(t["parties"]) == sides and t["format"] == "virtual" for t in talks), talks


@pytest.mark.parametrize("text", [
    "Zelensky accused Russia of stalling in a call with reporters on Monday.",
    "Putin told Trump's critics to stay out of it, in a speech on Monday.",
])
def test_a_call_with_others_or_no_call_names_no_sides(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert not any({"RUS", "UKR"} <= set(t["parties"]) or {"RUS", "USA"} <= set(t["parties"]) for t in talks), talks


@pytest.mark.parametrize("text", [
    "Russian and Ukrainian delegations convened in Istanbul on Wednesday.",
    "American and Russian officials convened in Riyadh on Tuesday.",
])
def test_two_sides_convening_are_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and talks[0]["status"] == "held" and talks[0]["venue"], talks


@pytest.mark.parametrize("text", [
    "US and Russian officials held talks in Riyadh on Tuesday. Ukraine was not invited to the Saudi-hosted talks.",
    "Russian and Ukrainian negotiators met in Istanbul on Friday. Europe had no seat at the meeting.",
    "American and Russian diplomats held talks in Geneva on Monday. Kyiv was kept informed about the negotiations.",
])
def test_a_definite_talks_noun_naming_no_sides_is_the_talks_just_told(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and talks[0]["status"] == "held", talks


@pytest.mark.parametrize("text", [
    "Talks between Moscow and Kyiv were mediated by Qatar in Doha last week.",
    "Delegations of Russia and Ukraine met for Turkish-brokered talks on Monday.",
    "Turkish-hosted negotiations between Russia and Ukraine ended on Monday.",
])
def test_a_state_named_as_host_or_broker_is_no_side(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(set(t["parties"]) == {"RUS", "UKR"} for t in talks), talks


@pytest.mark.parametrize("text", [
    "Putin and Trump agreed during a call on Thursday to meet in Budapest.",
    "Zelensky and Erdogan agreed during a phone call on Sunday to meet in Ankara.",
    "Scholz and Zelensky agreed during a call on Friday to meet in Berlin next month.",
])
def test_a_meeting_agreed_in_a_call_is_talks_of_its_own(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    calls = [t for t in talks if t["format"] == "virtual" and t["status"] == "held" and not t["venue"]]
    meetings = [t for t in talks if t["status"] == "proposed" and t["venue"]]
    assert calls and meetings, talks


@pytest.mark.parametrize("text, sides", [
    ("Erdogan discussed the war with Putin by phone on Tuesday.", {"RUS", "TUR"}),
    ("Meloni discussed reconstruction with Zelensky over the phone on Friday.", {"ITA", "UKR"}),
])
def test_discussing_with_someone_by_phone_is_a_call(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any(set(t["parties"]) == sides and t["format"] == "virtual" for t in talks), talks


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped prisoners on Saturday after talks in Istanbul.",
    "Both sides released detainees on Sunday following negotiations between Moscow and Kyiv in Doha.",
])
def test_talks_named_in_passing_do_not_take_the_day_of_what_followed(  # type: ignore[no-untyped-def]
        analyze_text, text) -> None:
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "held" for t in talks), talks
    assert all(r.date is None for r in find_talks(analyze_text(text))), talks


@pytest.mark.parametrize("text", [
    "Moscow says it is waiting for Kyiv's answer on a date for the next round of talks with Ukraine.",
    "Diplomats are preparing the agenda of an upcoming meeting between American and Russian negotiators.",
    "Kyiv has yet to confirm whether it will send negotiators to talks with Russia in Geneva.",
    "Rubio said he would fly to Riyadh for talks with Russian officials.",
])
def test_talks_told_as_still_to_come_are_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


@pytest.mark.parametrize("text", [
    "Russia sent a delegation to talks with Ukraine in Istanbul on Monday.",
    "The last round of talks between Moscow and Kyiv ended in Istanbul on Monday.",
])
def test_talks_told_as_past_stay_held(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "held" for t in talks), talks


@pytest.mark.parametrize("text, venue", [
    ("Russia has sent a delegation to Istanbul for talks with Ukraine.", "Istanbul"),
    ("The Ukrainian delegation arrived in Doha on Sunday for talks with Russian officials.", "Doha"),
    ("The Kremlin sent Dmitriev to Miami to meet Witkoff.", "Miami"),
])
def test_where_a_delegation_is_sent_for_talks_is_their_venue(analyze_text, text, venue) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any((t["venue"] or {}).get("name") == venue for t in talks), talks


def test_a_journey_home_is_no_venue_of_talks_told_apart(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "After talks with Putin in Moscow, Witkoff flew back to Washington."
    talks = _talks(analyze_text, text)
    assert all((t["venue"] or {}).get("name") != "Washington" for t in talks), talks


@pytest.mark.parametrize("text, sides", [
    ("Trump spoke with Putin on Monday. He later called Zelensky to brief him on the conversation.", {"UKR", "USA"}),
    ("Macron called Putin to urge restraint.", {"FRA", "RUS"}),
    ("Erdogan phoned Zelensky to offer condolences.", {"TUR", "UKR"}),
])
def test_calling_someone_to_do_something_is_a_call(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any(set(t["parties"]) == sides and t["format"] == "virtual" for t in talks), talks


@pytest.mark.parametrize("text", [
    "Biden called Putin a killer.",
    "Zelensky called on Russia to agree to a ceasefire.",
])
def test_naming_or_calling_on_someone_is_no_call(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text", [
    "Rubio and Lavrov met in Riyadh on Tuesday.\n\nThe meeting came amid Kyiv's anger and Europe's "
    "absence from the peace talks.",
    "Ukrainian and Russian envoys held talks in Istanbul on Friday.\n\nThe round unfolded amid France's "
    "frustration at its exclusion from the negotiations.",
])
def test_a_definite_talks_noun_hanging_on_a_noun_is_the_talks_told_before(  # type: ignore[no-untyped-def]
        analyze_text, text) -> None:
    talks = _talks(analyze_text, text)
    assert len(talks) == 1, talks


@pytest.mark.parametrize("text, sides", [
    ("Zelensky said Kyiv had not been told about the US-Russia talks.", {"RUS", "USA"}),
    ("Poland is watching the Russia-Ukraine negotiations in Turkey, Warsaw said.", {"RUS", "UKR"}),
])
def test_sides_named_in_the_talks_compound_are_its_parties(  # type: ignore[no-untyped-def]
        analyze_text, text, sides) -> None:
    talks = _talks(analyze_text, text)
    assert [set(t["parties"]) for t in talks] == [sides], talks


@pytest.mark.parametrize("text, published, held, coming", [
    ("Ukrainian and Russian negotiators held talks in Istanbul on Monday ahead of further "
     "negotiations on Thursday.", "2025-06-02", "2025-06-02", "2025-06-05"),
    ("Xi thanked Putin for Monday's talks in the Kremlin before a second day of negotiations with "
     "ministers on Tuesday.", "2023-03-20", "2023-03-20", "2023-03-21"),
])
def test_talks_still_to_come_beside_held_talks_are_their_own_record(  # type: ignore[no-untyped-def]
        analyze_text, text, published, held, coming) -> None:
    talks = find_talks(analyze_text(text, published=published))
    got = sorted((t.date, t.fields["status"], t.fields["venue"]["name"]) for t in talks)
    venue = got[0][2]
    assert got == [(held, "held", venue), (coming, "proposed", venue)], got


def test_a_weekday_after_talks_still_to_come_is_the_coming_one(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = find_talks(analyze_text("The ministers gathered in Vienna ahead of talks with Iran on Thursday, "
                                    "diplomats said.", published="2025-06-03"))
    assert [(t.fields["status"], t.date) for t in talks] == [("proposed", "2025-06-05")], talks


@pytest.mark.parametrize("text", [
    "About a third of the applicants moved on to a second round, which weighed their essays.",
    "The panel added the scores from round one to the interview marks before ranking the finalists.",
])
def test_a_round_of_something_else_is_not_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


def test_a_bare_round_with_its_sides_named_is_still_talks(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "A second round is due next week, Kyiv and Moscow said.")
    assert [(t["round"], t["status"]) for t in talks] == [(2, "proposed")], talks


def test_the_verb_direct_is_not_a_format(analyze_text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, "The actor is in final talks to write and direct the remake, her agent said.") == []
    talks = _talks(analyze_text, "Russia and Ukraine will hold direct talks in Istanbul on Friday.")
    assert [t["format"] for t in talks] == ["direct"], talks


@pytest.mark.parametrize("text, sides", [
    ("Talks between Moscow and Kyiv planned for Friday have been put off, Ankara said.", {"RUS", "UKR"}),
    ("Negotiations between Washington and Tehran resumed in Oman on Sunday, Qatar's emir noted.", {"IRN", "USA"}),
])
def test_the_sides_a_between_phrase_names_are_the_parties_not_the_source(  # type: ignore[no-untyped-def]
        analyze_text, text, sides) -> None:
    talks = _talks(analyze_text, text)
    assert [set(t["parties"]) for t in talks] == [sides], talks


def test_who_holds_the_talks_is_a_side_even_when_said_to_host_something_else(  # type: ignore[no-untyped-def]
        analyze_text) -> None:
    talks = _talks(analyze_text, "Lula and Modi held talks in Brasilia on Monday, a day after the Brazilian "
                                 "president hosted a trade fair.")
    assert [(set(t["parties"]), t["mediators"]) for t in talks] == [({"BRA", "IND"}, [])], talks


@pytest.mark.parametrize("text, sides", [
    ("Ukraine's foreign minister is due to meet his Chinese counterpart in Guangzhou this week.", {"CHN", "UKR"}),
    ("The French president will meet the Polish prime minister in Warsaw on Friday.", {"FRA", "POL"}),
])
def test_meeting_a_counterpart_named_by_a_demonym_is_talks(  # type: ignore[no-untyped-def]
        analyze_text, text, sides) -> None:
    talks = _talks(analyze_text, text)
    assert [(set(t["parties"]), t["status"]) for t in talks] == [(sides, "proposed")], talks


@pytest.mark.parametrize("text", [
    "A Kremlin spokesman said Putin had no plans to meet the Ukrainian president.",
    "Ankara ruled out a meeting between Erdogan and Assad before the elections.",
    "Tehran says it has no intention of holding talks with Washington.",
])
def test_talks_ruled_out_or_with_no_plan_are_denied(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert [t["status"] for t in _talks(analyze_text, text)] == ["denied"]


@pytest.mark.parametrize("text", [
    "Paris did not rule out talks with Moscow in Geneva next month.",
    "Trump ruled out sending troops but said he would meet Putin in Budapest next week.",
])
def test_what_is_ruled_out_elsewhere_leaves_the_talks_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert [t["status"] for t in _talks(analyze_text, text)] == ["proposed"]


def test_leaders_gathering_at_a_place_is_a_summit_the_next_sentence_tells(  # type: ignore[no-untyped-def]
        analyze_text) -> None:
    text = ("European leaders gathered in Tirana on Thursday to back a truce in Ukraine.\n\n"
            "Starmer chaired the summit with Albanian Prime Minister Edi Rama, who welcomed Macron and Merz.")
    talks = _talks(analyze_text, text)
    assert [(t["venue"]["name"], t["status"]) for t in talks] == [("Tirana", "held")], talks


@pytest.mark.parametrize("text", [
    "Protesters gathered in Kyiv on Sunday to demand the release of prisoners.",
    "Investigators gathered evidence in Bucha for a week.",
])
def test_a_gathering_of_no_leaders_or_of_things_is_not_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text", [
    "The shelling came amid renewed efforts to restart stalled peace talks between Kyiv and Moscow.",
    "The trip is part of a bid to revive negotiations between Russia and Ukraine.",
    "Ankara has made several attempts to host talks between Russia and Ukraine.",
])
def test_talks_an_effort_aims_at_are_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


def test_talks_resumed_by_a_meeting_are_held(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "Russia and Ukraine met in Istanbul on Monday to resume talks.")
    assert [t["status"] for t in talks] == ["held"], talks


@pytest.mark.parametrize("text, venue", [
    ("Putin and Kim Jong Un met at a launch site in Russia's Far East on Tuesday.", "Russian Far East"),
    ("Zelensky met Trump during an Oval Office meeting on Friday.", "White House"),
])
def test_a_region_or_a_room_names_the_venue_not_the_country(analyze_text, text, venue) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert [t["venue"]["name"] for t in talks] == [venue], talks


@pytest.mark.parametrize("text", [
    "Hungary dropped its veto after negotiations with Brussels on plans to end Russian oil purchases.",
    "Kyiv is in talks with the IMF over a new loan, Ukrainian officials said.",
])
def test_talks_with_a_union_or_an_agency_name_no_two_states(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text, sides", [
    ("Russia and Ukraine held talks with UN officials in Geneva.", ["RUS", "UKR"]),
    ("Turkey held talks with Russia on Monday.", ["RUS", "TUR"]),
])
def test_talks_with_states_or_beside_told_sides_are_kept(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert [t["parties"] for t in _talks(analyze_text, text)] == [sides]


def test_a_demonym_on_the_topic_is_no_side(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("The Kremlin confirmed the talks, saying the theme of the meeting was a Ukrainian settlement.")
    assert all("UKR" not in t["parties"] for t in _talks(analyze_text, text))


@pytest.mark.parametrize("text", [
    "Russian and Ukrainian negotiators met in Istanbul on Friday.",
    "The Ukrainian side and the Russian side held talks in Geneva.",
    "Russian-Ukrainian talks resumed in Istanbul.",
])
def test_a_demonym_on_people_or_the_talks_is_a_side(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert [t["parties"] for t in _talks(analyze_text, text)] == [["RUS", "UKR"]]


@pytest.mark.parametrize("text, sides", [
    ("A US delegation traveled to Kyiv for talks.", ["UKR", "USA"]),
    ("The French foreign minister flew to Ankara for consultations on Monday.", ["FRA", "TUR"]),
])
def test_a_journey_to_a_capital_for_talks_makes_its_state_a_side(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert [t["parties"] for t in _talks(analyze_text, text)] == [sides]


def test_a_journey_adds_no_side_when_two_are_told_or_the_city_is_no_capital(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "Rubio traveled to Riyadh for talks with Lavrov on Tuesday.")
    assert [t["parties"] for t in talks] == [["RUS", "USA"]]
    talks = _talks(analyze_text, "A Russian team flew to Geneva for talks on Monday.")
    assert all("CHE" not in t["parties"] for t in talks)


@pytest.mark.parametrize("text, sides", [
    ("Ankara said Erdogan had phoned Putin on Monday, and that the two leaders would speak again next week.",
     ["RUS", "TUR"]),
    ("The Pakistani army chief called his Indian counterpart on Saturday, and the two officers will talk "
     "again on Monday.", ["IND", "PAK"]),
    ("Officials said Rubio met Lavrov in Riyadh on Tuesday and that both sides would meet again in the "
     "coming weeks.", ["RUS", "USA"]),
])
def test_the_two_sides_meeting_again_is_a_proposed_round_of_their_own(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert [(t["parties"], t["status"]) for t in talks] == [(sides, "held"), (sides, "proposed")], talks


@pytest.mark.parametrize("text", [
    "Erdogan phoned Putin on Monday, and the two leaders would speak to reporters later.",
    "Macron spoke with Xi on Tuesday and the two men discussed trade.",
])
def test_the_two_sides_speaking_to_others_adds_no_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert len(_talks(analyze_text, text)) == 1


@pytest.mark.parametrize("text", [
    "Russia will strike harder unless Ukraine agrees to talks in Istanbul.",
    "Should Putin meet Zelensky, the Kremlin would want the meeting held in Moscow.",
    "The Palestinian Authority, which has rejected Washington as a mediator if peace talks are ever revived, "
    "called for an emergency session.",
])
def test_talks_in_a_condition_are_not_told_as_held(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


@pytest.mark.parametrize("text", [
    "Ukraine and Russia held talks in Istanbul on Monday, even if little was agreed.",
    "Even if Russia and Ukraine met in Istanbul on Monday, no truce was agreed.",
])
def test_even_if_concedes_talks_that_were_held(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert [t["status"] for t in talks] == ["held"], talks


@pytest.mark.parametrize("text", [
    "Moscow said the warnings were a ploy to draw it into negotiations with Kyiv on its terms.",
    "Officials in Washington are working to push Moscow into talks with Kyiv in Geneva.",
])
def test_talks_someone_is_being_drawn_into_are_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


def test_talks_entered_into_were_held(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "Ukraine and Russia entered into talks in Istanbul on Monday.")
    assert [t["status"] for t in talks] == ["held"], talks


def test_talks_as_the_scene_of_a_supposed_act_were_held(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Most voters want an inquiry if Trump broke the law during his call with Zelensky on Monday."
    talks = _talks(analyze_text, text)
    assert [t["status"] for t in talks] == ["held"], talks


@pytest.mark.parametrize("text, sides, venue, status", [
    ("Peru and Chile signed a border treaty at the Palacio de Gobierno in Lima on Tuesday.",
     {"CHL", "PER"}, "Lima", "held"),
    ("The foreign ministers of Serbia and Kosovo inked a trade accord in Brussels late on Monday.",
     {"SRB"}, "Brussels", "held"),
    ("The presidents of Ecuador and Colombia will travel to Lisbon next month to sign a final pact.",
     {"COL", "ECU"}, "Lisbon", "proposed"),
])
def test_two_states_signing_a_document_at_a_place_met_there(  # type: ignore[no-untyped-def]
        analyze_text, text, sides, venue, status) -> None:
    talks = _talks(analyze_text, text)
    assert any(sides <= set(t["parties"]) and (t["venue"] or {}).get("name") == venue and t["status"] == status
               for t in talks), talks


@pytest.mark.parametrize("text", [
    "Peru signed the regional climate charter last year.",
    "Chile and Peru did not sign the fisheries accord in Lima.",
    "Bolivia signed an order to close the border with Peru.",
])
def test_a_signing_without_two_states_at_a_place_is_no_meeting(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("follow, venue, day", [
    ("The border commanders will meet on Thursday morning, an army spokesman said.", None, "2025-06-05"),
    ("They agreed to speak again in Quito on July 3.", "Quito", "2025-07-03"),
    ("The two delegations are due to meet again in Quito next Friday.", "Quito", None),
])
def test_a_further_meeting_of_the_sides_told_without_naming_them(  # type: ignore[no-untyped-def]
        analyze_text, follow, venue, day) -> None:
    talks = _talks(analyze_text, "Peru and Chile held talks in Lima on Monday. " + follow)
    later = [t for t in talks if t["status"] == "proposed"]
    assert len(later) == 1 and set(later[0]["parties"]) == {"CHL", "PER"}, talks
    assert (later[0]["venue"] or {}).get("name") == venue, talks


def test_the_two_sides_met_at_a_place_is_the_talks_told(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Peru and Chile agreed a truce on Monday, a mediator said, after the two countries' leaders met "
            "at a lakeside hotel in Quito.")
    talks = _talks(analyze_text, text)
    assert any({"CHL", "PER"} <= set(t["parties"]) and (t["venue"] or {}).get("name") == "Quito"
               and t["status"] == "held" for t in talks), talks


@pytest.mark.parametrize("follow", [
    "Officials will meet the press on Thursday.",
    "The ministers met in Brussels on Tuesday.",
    "The ministers will speak to reporters in Quito on Friday.",
    "Peruvian negotiators will meet on Thursday.",
])
def test_no_further_meeting_from_a_press_event_or_one_side(analyze_text, follow) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "Peru and Chile held talks in Lima on Monday. " + follow)
    assert [t["status"] for t in talks] == ["held"], talks


def test_the_go_betweens_of_talks_are_not_the_two_sides(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Ethiopia accused Eritrea of massing troops on the border. Eritrea denied it and blamed Ethiopia. "
            "Indirect negotiations in Geneva, mediated by Norway and Switzerland, ended on Monday.")
    talks = _talks(analyze_text, text)
    assert talks and all({"ERI", "ETH"} <= set(t["parties"]) for t in talks), talks
    assert all(not {"NOR", "CHE"} & set(t["parties"]) for t in talks), talks


def test_the_two_sides_of_a_tie_are_the_states_named_most(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Rwanda accused Burundi of shelling its border. Burundi denied it and blamed Rwanda. "
            "Burundian, Rwandan and Angolan officials attended the talks in Luanda. "
            "The two delegations will meet again on Friday.")
    talks = _talks(analyze_text, text)
    later = [t for t in talks if t["status"] == "proposed"]
    assert later and set(later[0]["parties"]) == {"BDI", "RWA"}, talks


@pytest.mark.parametrize("follow, venue", [
    ("The Armenian envoy also offered to convene the next round in late July.", None),
    ("Baku's negotiator proposed the next meeting in Tbilisi.", "Tbilisi"),
    ("Yerevan is ready for the next session, its foreign ministry wrote.", None),
])
def test_the_next_round_under_a_plan_is_not_the_round_just_held(  # type: ignore[no-untyped-def]
        analyze_text, follow, venue) -> None:
    text = "Armenia and Azerbaijan held border talks in Almaty on Wednesday. " + follow
    talks = _talks(analyze_text, text, published="2025-06-13")
    held = [t for t in talks if t["status"] == "held"]
    ahead = [t for t in talks if t["status"] == "proposed"]
    assert held and held[0]["venue"]["name"] == "Almaty", talks
    assert ahead and {"ARM", "AZE"} <= set(ahead[0]["parties"]), talks
    assert (ahead[0]["venue"] or {}).get("name") == venue, talks


@pytest.mark.parametrize("text", [
    "Armenian and Azerbaijani negotiators ended a fourth round of talks in Almaty on Thursday. "
    "Yerevan's envoy also floated a summit of both presidents before the winter.",
    "Peruvian and Ecuadorian delegations held a second round of talks in Lima on Monday. "
    "Quito later suggested a summit of the heads of state in the autumn.",
])
def test_a_meeting_of_leaders_is_its_own_talks_beside_a_round(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    held = [t for t in talks if t["status"] == "held" and t["round"] is not None]
    proposed = [t for t in talks if t["status"] == "proposed" and t["round"] is None]
    assert len(held) == 1 and len(proposed) == 1, talks


@pytest.mark.parametrize("text", [
    "Serbia and Kosovo traded blame over the border closure on Sunday. Belgrade has floated a "
    "summit of both presidents, a Serbian minister said.",
    "Sudan's army and Chad exchanged accusations over the raid on Friday. Khartoum asked for a "
    "summit between both heads of state before the rainy season.",
])
def test_a_planned_meeting_told_by_the_leaders_titles_is_between_the_articles_sides(  # type: ignore[no-untyped-def]
        analyze_text, text) -> None:
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and talks[0]["status"] == "proposed", talks
    assert len(talks[0]["parties"]) == 2, talks


def test_a_meeting_of_many_leaders_names_no_two_sides(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Poland and Belarus argued over the border on Monday. Warsaw proposed a meeting of "
            "European leaders on the migrant routes.")
    assert _talks(analyze_text, text) == []


def test_a_second_infinitive_agreed_beside_a_purpose_clause_is_a_meeting_to_come(  # type: ignore[no-untyped-def]
        analyze_text) -> None:
    text = ("Peru and Ecuador agreed to a truce on Friday after talks in Brasilia. The two sides "
            "also agreed to set up a hotline to avoid incidents and to meet again in Quito on March 3.")
    talks = _talks(analyze_text, text, published="2025-02-20")
    ahead = [t for t in talks if t["status"] == "proposed"]
    assert ahead and (ahead[0]["venue"] or {}).get("name") == "Quito", talks


def test_further_meetings_in_a_clause_of_their_own_are_talks_to_come_with_their_own_day(  # type: ignore[no-untyped-def]
        analyze_text) -> None:
    text = ("A Colombian envoy has held quiet talks with Venezuelan officials in Havana as part of a "
            "regional effort to calm the border, and further meetings were planned for Thursday.")
    talks = _talks(analyze_text, text, published="2025-03-10")
    held = [t for t in talks if t["status"] == "held"]
    ahead = [t for t in talks if t["status"] == "proposed"]
    assert held and ahead, talks

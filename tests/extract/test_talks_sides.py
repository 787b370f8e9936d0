"""Talks read as broad readings of English, in sentences written for these tests in several voices
(wire, state media, readout, live blog, analysis): talks of trade or home politics are no talks of a
war; "the two sides met" and "a meeting between the delegations" are talks of the article's sides;
odds on a meeting leave it proposed; go-betweens listed together all mediate; "the next round" after
talks is a round of them."""
from __future__ import annotations

import pytest

from detente.extract.talks import find_talks

pytestmark = pytest.mark.model


def _talks(analyze_text, text: str, published: str = "2025-06-05") -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_talks(analyze_text(text, published=published))]


def _dated(analyze_text, text: str, published: str = "2025-06-05") -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(r.fields["status"], r.date) for r in find_talks(analyze_text(text, published=published))]


@pytest.mark.parametrize("text", [
    "Washington and Beijing resumed trade talks in London on Monday, with tariffs on chips high on the agenda.",
    "Markets slipped again as traders fretted over the latest twist in US-China trade negotiations.",
    "The Social Democrats broke off coalition talks with the conservatives late on Tuesday.",
    "Japan and the US held talks on tariffs in Tokyo this week, the trade ministry said.",
    "The club confirmed that contract talks with its captain had stalled over the length of the deal.",
])
def test_talks_of_trade_or_home_politics_are_no_talks_of_a_war(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


def test_the_talks_after_trade_talks_are_those_trade_talks(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("The president revived trade talks with China last spring. Beijing may buy more soybeans "
            "if tariffs are cut, people close to the talks said.")
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text, status", [
    ("Israel and Hamas have fought for months. The ceasefire talks in Cairo were postponed on "
     "Wednesday after Israel declined to send negotiators.", "postponed"),
    ("Sudan's army and the RSF have fought since 2023. The peace talks in Jeddah resumed on Sunday, "
     "Saudi state media reported.", "held"),
])
def test_talks_tagged_as_a_verb_but_used_as_a_subject_are_talks(  # type: ignore[no-untyped-def]
        analyze_text, text, status) -> None:
    talks = _talks(analyze_text, text)
    assert any(t["status"] == status and t["venue"] for t in talks), talks


@pytest.mark.parametrize("text, sides", [
    ("Russia and Ukraine swapped 300 prisoners each on Tuesday. The two sides met again on Saturday in "
     "Geneva but made no progress on a truce.", {"RUS", "UKR"}),
    ("Ethiopia and Eritrea have traded accusations for weeks. Both delegations met behind closed doors "
     "in Nairobi for two hours on Monday, a Kenyan official said.", {"ERI", "ETH"}),
    ("Thailand accused Cambodia of shelling a temple. The two countries' leaders met in Kuala Lumpur on "
     "Monday and agreed to a truce.", {"KHM", "THA"}),
    ("LIVE: Armenia and Azerbaijan trade fire on the border. 14:05 Both sides spoke by phone this "
     "afternoon, Yerevan says.", {"ARM", "AZE"}),
])
def test_the_two_sides_meeting_are_the_articles_sides(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any(set(t["parties"]) == sides and t["status"] == "held" for t in talks), talks


def test_the_two_leaders_are_those_of_the_talks_told_last(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Trump and Putin met in Anchorage on Friday to discuss the war. Ukraine and Russia swapped "
            "prisoners on Saturday. Putin proposed that the two leaders meet next in Moscow.")
    talks = _talks(analyze_text, text)
    assert any(t["status"] == "proposed" and set(t["parties"]) == {"RUS", "USA"} for t in talks), talks


@pytest.mark.parametrize("text", [
    "Russia and Ukraine have fought since 2022. Both leaders spoke at the UN General Assembly on Tuesday.",
    "Russia and Ukraine have fought since 2022. The two sides talked up their gains on the front on Monday.",
    "India and Pakistan clashed in May. The two countries' armies have met in four wars since 1947.",
])
def test_the_two_sides_speaking_to_others_or_at_war_are_no_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text", [
    "Israel and Hamas have fought for months. A meeting between the two sides is unlikely before the autumn, "
    "diplomats said.",
    "Russia and Ukraine held talks in Istanbul in May. The Kremlin said a new meeting between the delegations "
    "was possible in July.",
    "Serbia and Kosovo last met in Brussels in March. Another meeting between the two sides remains doubtful, "
    "an EU official told reporters.",
])
def test_odds_on_a_meeting_leave_it_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    statuses = [status for status, _day in _dated(analyze_text, text)]
    assert "proposed" in statuses, statuses


@pytest.mark.parametrize("text, month", [
    ("Russia and Ukraine held talks in Istanbul in May. The Kremlin said a new meeting between the "
     "delegations was possible in July.", "2025-07"),
    ("The Ukrainian delegation proposed a meeting between Zelensky and Putin before the end of August, "
     "the state news agency reported.", "2025-08"),
])
def test_a_meeting_to_come_in_a_month_without_a_year_is_in_the_coming_one(  # type: ignore[no-untyped-def]
        analyze_text, text, month) -> None:
    assert ("proposed", month) in _dated(analyze_text, text, published="2025-06-05")


@pytest.mark.parametrize("text, mediators", [
    ("Pakistani and Afghan officials held a fresh round of talks in Istanbul on Saturday, mediated by Turkey "
     "and Qatar.", {"QAT", "TUR"}),
    ("Talks between Israel and Hamas, brokered by Egypt, Qatar and the United States, resumed in Cairo on "
     "Sunday.", {"EGY", "QAT", "USA"}),
])
def test_go_betweens_listed_together_all_mediate(analyze_text, text, mediators) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(mediators <= set(t["mediators"]) and not mediators & set(t["parties"])
                         for t in talks), talks


@pytest.mark.parametrize("text", [
    "Russia and Ukraine held talks in Istanbul in May. Moscow has proposed holding the next round in Istanbul "
    "later this month.",
    "Delegations from Kyiv and Moscow met in Istanbul on Monday. The Kremlin said a new round would depend "
    "on whether Kyiv accepted its memorandum.",
])
def test_the_next_round_after_talks_is_a_round_of_them(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any(t["status"] == "proposed" and set(t["parties"]) == {"RUS", "UKR"} for t in talks), talks


@pytest.mark.parametrize("text", [
    "The champions advance to the next round after a 2-0 win in Madrid, the league said.",
    "Russia and Ukraine held talks in Istanbul in May. Moscow launched a new round of strikes on Kyiv overnight.",
])
def test_a_round_of_something_else_is_no_round_of_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(t["status"] == "proposed" for t in _talks(analyze_text, text))


def test_his_talks_are_the_talks_of_the_clause_subject(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Trump told reporters he would call Putin after his talks with Zelensky."
    talks = _talks(analyze_text, text)
    assert any(set(t["parties"]) == {"UKR", "USA"} for t in talks), talks
    assert not any(set(t["parties"]) == {"RUS", "UKR"} for t in talks), talks


@pytest.mark.parametrize("text, venue", [
    ("On his self-styled peace mission, the Hungarian premier flew on Friday to Moscow, where he held three "
     "hours of talks with Putin.", "Moscow"),
    ("The Ukrainian leader will go to Rome on Thursday for a donors' conference, where he hopes to meet the "
     "US envoy.", "Rome"),
    ("LIVE 09:40 - Erdogan has landed in Baku, where he is due to meet Aliyev this afternoon.", "Baku"),
])
def test_talks_in_a_where_clause_are_at_its_place(analyze_text, text, venue) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any((t["venue"] or {}).get("name") == venue for t in talks), talks


@pytest.mark.parametrize("text", [
    "Any plan to hand the dam to Ukraine or to the United States is not being discussed, the ministry said.",
    "Ceding the peninsula to Russia or Ukraine was never negotiated, the envoy insisted.",
])
def test_a_topic_discussed_in_the_passive_names_no_sides(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text, status", [
    ("The fifth round of US-Iran talks was supposed to take place in Muscat on Sunday.", "postponed"),
    ("Moscow is waiting for Kyiv to confirm dates for a third round of direct talks in Istanbul, the Kremlin "
     "spokesman told reporters on Wednesday.", "proposed"),
])
def test_talks_planned_or_meant_to_be_are_not_held(analyze_text, text, status) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text, published="2025-06-20")
    assert [t["status"] for t in talks] == [status], talks


def test_a_day_of_telling_is_not_the_day_of_talks_planned(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Moscow is waiting for Kyiv to confirm dates for a third round of direct talks in Istanbul, the "
            "Kremlin spokesman told reporters on Wednesday.")
    assert _dated(analyze_text, text, published="2025-06-20") == [("proposed", None)]


@pytest.mark.parametrize("text, status", [
    ("The Trump-Putin summit in Anchorage on Friday ended without a deal.", "held"),
    ("The next Trump-Putin summit could take place in Budapest, the Hungarian premier said.", "proposed"),
    ("Xinhua: The Xi-Putin meeting in the Kremlin on Tuesday deepened strategic trust.", "held"),
])
def test_a_pair_of_leaders_names_joined_by_a_hyphen_are_the_sides(  # type: ignore[no-untyped-def]
        analyze_text, text, status) -> None:
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and talks[0]["status"] == status and len(talks[0]["parties"]) == 2, talks


@pytest.mark.parametrize("text", [
    "Tehran said it would not negotiate with Washington while the air strikes continue.",
    "The Ukrainian president said he will not meet Putin before a ceasefire is in place.",
    "Putin won't talk to Zelensky, the Kremlin spokesman told state television.",
    "Russia would not hold talks with Ukraine on a truce, the Kremlin said.",
])
def test_a_refusal_under_a_modal_is_a_stance_not_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text, sides", [
    ("The fifth round of U.S.-Iran talks was supposed to take place in Muscat on Sunday.", {"IRN", "USA"}),
    ("Briefing: the next U.S.-Russia meeting is planned for Riyadh.", {"RUS", "USA"}),
])
def test_an_abbreviated_state_joined_by_a_hyphen_is_a_side(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text, published="2025-06-20")
    assert any(sides <= set(t["parties"]) for t in talks), talks


@pytest.mark.parametrize("text, mediators", [
    ("Talks between the government in Bogota and the rebels began in 2022 with Cuba, Norway and Mexico acting "
     "as guarantors.", {"CUB", "MEX", "NOR"}),
    ("Egypt and Qatar, serving as mediators, relayed the proposal to Israel and Hamas at talks in Cairo on "
     "Monday.", {"EGY", "QAT"}),
])
def test_states_listed_as_guarantors_or_mediators_are_go_betweens(  # type: ignore[no-untyped-def]
        analyze_text, text, mediators) -> None:
    talks = _talks(analyze_text, text)
    assert talks and all(mediators <= set(t["mediators"]) and not mediators & set(t["parties"])
                         for t in talks), talks


@pytest.mark.parametrize("text", [
    "Russia and Ukraine have fought since 2022. Siemens and Alstom announced a merger in Paris on Monday. "
    "The two sides met again on Tuesday to settle the price.",
    "Russia and Ukraine have fought since 2022. Real Madrid and Bayern Munich drew 1-1 in the first leg. "
    "The two sides meet again in Munich next week.",
    "Israel and Hamas have fought for months. In Berlin, the Social Democrats and the Greens ended a week of "
    "bargaining; both parties met on Friday to sign the pact.",
    "Russia and Ukraine have fought since 2022. A meeting between the two sides of the ruling coalition in "
    "Kyiv ended without agreement on the budget.",
])
def test_the_two_sides_told_after_another_pair_are_not_the_wars(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


def test_the_two_delegations_after_two_allies_are_the_allies(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Russia and Ukraine have fought since 2022. The US and Britain coordinated their sanctions. Both "
            "delegations met in London on Wednesday to align their lists.")
    assert not any(set(t["parties"]) == {"RUS", "UKR"} for t in _talks(analyze_text, text))


@pytest.mark.parametrize("text", [
    "Russia and Ukraine have fought since 2022. The two sides met on the battlefield near Bakhmut in the "
    "bloodiest fighting of the year.",
    "Analysis: Russia and Ukraine have fought since 2022. The two teams met in the final in Paris on Sunday.",
])
def test_the_two_sides_meeting_in_battle_or_a_game_hold_no_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text", [
    "Russia and Ukraine held talks in Istanbul in May. The last round, held in Geneva in 2022, ended in failure.",
    "Russia and Ukraine held talks in Istanbul in May. The final round, said analysts, will be fought in the "
    "Donbas.",
])
def test_a_round_recalled_or_final_is_no_new_round(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert len(_talks(analyze_text, text)) == 1


@pytest.mark.parametrize("text", [
    "A meeting between Trump and Putin was possible, the Kremlin said in March, but none came.",
    "Analysis: Erdogan said in April that a summit of Putin and Zelensky in Istanbul was possible.",
])
def test_a_month_before_the_articles_own_is_not_moved_to_next_year(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(day and day.startswith("2026") for _status, day in _dated(analyze_text, text)), _dated(
        analyze_text, text)


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped 84 prisoners each on Friday. The two sides have not met face to face since March.",
    "Russia and Ukraine swapped 84 prisoners each on Friday. Asked whether the two sides would meet, the Kremlin "
    "spokesman declined to comment.",
    "LIVE: Russia and Ukraine swap 84 prisoners each. 10:12 The two sides would meet only if a truce held, an "
    "aide says.",
    "Russia and Ukraine swapped 84 prisoners each on Friday. The two sides spoke of progress but gave no details.",
    "Russia and Ukraine swapped 84 prisoners each on Friday. Both leaders spoke in their evening addresses of the "
    "men coming home.",
])
def test_the_two_sides_not_meeting_or_speaking_of_a_thing_hold_no_talks(  # type: ignore[no-untyped-def]
        analyze_text, text) -> None:
    assert _talks(analyze_text, text) == []


def test_the_two_leaders_after_a_meeting_are_its_sides(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Zelensky met Macron in Paris on Monday. The two leaders spoke again by phone on Wednesday."
    assert any(t["format"] == "virtual" and set(t["parties"]) == {"FRA", "UKR"} for t in _talks(analyze_text, text))


@pytest.mark.parametrize("text", [
    "Russia and Ukraine held talks in Istanbul in May. Russian gunners fired another round at the city overnight, "
    "the mayor said.",
    "Russia and Ukraine held talks in Istanbul in May. Poland votes in a runoff on Sunday; the next round will "
    "decide the presidency.",
])
def test_a_round_fired_or_deciding_a_vote_is_no_round_of_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert len(_talks(analyze_text, text)) == 1


@pytest.mark.parametrize("text, sides", [
    ("In indirect talks mediated by Oman, Iran and the United States traded proposals on Sunday.", {"IRN", "USA"}),
])
def test_a_list_after_a_go_between_that_would_take_both_sides_is_the_sides(  # type: ignore[no-untyped-def]
        analyze_text, text, sides) -> None:
    talks = _talks(analyze_text, text)
    assert talks and all(sides <= set(t["parties"]) for t in talks), talks


@pytest.mark.parametrize("text", [
    "The Istanbul talks would last two days, officials said as the delegations arrived on Monday.",
    "The Geneva talks may have produced more than either side admits, an analyst wrote.",
])
def test_talks_as_subject_of_a_modal_that_does_not_bring_them_about_are_not_proposed(  # type: ignore[no-untyped-def]
        analyze_text, text) -> None:
    assert all(t["status"] == "held" for t in _talks(analyze_text, text))


def test_a_meeting_of_the_two_leaders_recalled_as_background_is_no_round(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Putin rejected Zelensky's call for a summit on Tuesday. The two leaders had met once, in Paris in 2019."
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped 84 prisoners each on Friday. The last meeting between the two sides, in 2022, "
    "ended in failure.",
    "Russia and Ukraine swapped 84 prisoners each on Friday. There has been no meeting between the two sides "
    "since 2022.",
    "Russia and Ukraine swapped 84 prisoners each on Friday. Any meeting between the two sides would need a truce "
    "first, a diplomat said.",
    "Russia and Ukraine swapped 84 prisoners each on Friday. A meeting between the two sides' football teams was "
    "called off.",
])
def test_a_meeting_between_the_two_sides_that_is_none_supposed_or_recalled_is_no_round(  # type: ignore[no-untyped-def]
        analyze_text, text) -> None:
    assert _talks(analyze_text, text) == []

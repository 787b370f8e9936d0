"""Event type, negation and date conventions read from constructions (issue 10).

Every sentence here is written for these tests in our own words, in several voices, with sentences
each rule must not read.
"""
from __future__ import annotations

import pytest

from detente.extract.events import find_events

pytestmark = pytest.mark.model


def events(analyze_text, text: str, published: str = "2025-06-05") -> list[dict]:
    analysis = analyze_text(text, published=published)
    return [dict(r.fields, date=r.date) for r in find_events(analysis)]


def by_type(analyze_text, text: str, kind: str) -> list[dict]:
    return [e for e in events(analyze_text, text) if e["type"] == kind]


# -- the day of the act: a time that hangs on another act does not date it ------------------------

@pytest.mark.parametrize("text, kind", [
    ("Ukraine carried out the largest prisoner exchange since the war began in February 2022.", "RETREAT"),
    ("Moscow and Kyiv swapped 90 prisoners each, the first exchange since talks in Istanbul on May 16.",
     "RETREAT"),
    ("Hungary vetoed the aid package, which EU leaders approved in December.", "REJECT"),
    ("The Kremlin turned down the offer, which Kyiv had accepted in March.", "REJECT"),
    ("Macron spoke with Putin by phone, their first call since September 2022.", "CONSULT"),
])
def test_time_of_another_act_does_not_date_the_event(analyze_text, text: str, kind: str) -> None:
    found = by_type(analyze_text, text, kind)
    assert found and all(e["date"] is None for e in found)


@pytest.mark.parametrize("text, kind, day", [
    ("Russia and Ukraine swapped 200 prisoners of war on Saturday.", "RETREAT", "2025-05-31"),
    ("The Kremlin rejected the proposal, which Kyiv had accepted in March.", "AGREE", "2025-03"),
    ("Serbian and Kosovar envoys held talks that opened in Brussels on Tuesday.", "CONSULT", "2025-06-03"),
])
def test_the_acts_own_time_still_dates_it(analyze_text, text: str, kind: str, day: str) -> None:
    found = by_type(analyze_text, text, kind)
    assert found and found[0]["date"] == day


# -- failed or awaited agreement is AGREE negated -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Serbia has yet to sign the agreement.",
    "The accord is yet to be ratified by the Moldovan parliament.",
    "Kyiv and Moscow were unable to agree on a venue for the next round.",
    "The meeting in Riyadh ended on Tuesday with no agreement on a ceasefire.",
    "The envoys left Cairo with no deal on the hostages.",
])
def test_awaited_or_failed_agreement_is_negated(analyze_text, text: str) -> None:
    found = by_type(analyze_text, text, "AGREE")
    assert found and all(e["negated"] for e in found)


@pytest.mark.parametrize("text", [
    "Moscow and Kyiv agreed to exchange wounded prisoners of war.",
    "Serbia signed the agreement on Monday, and yet the dispute goes on.",
    "Chile and Peru agreed on a joint statement with no objection from Bolivia.",
])
def test_reached_agreement_stays_positive(analyze_text, text: str) -> None:
    found = by_type(analyze_text, text, "AGREE")
    assert found and not any(e["negated"] for e in found)


# -- what is handed over decides the type: weapons are AID, captives and bodies RETREAT -----------

@pytest.mark.parametrize("text, kind", [
    ("The Netherlands handed over the first F-16 jets to Ukraine on Tuesday.", "AID"),
    ("Denmark handed over its entire artillery stock to Kyiv.", "AID"),
    ("Estonia handed over a batch of howitzers to the Ukrainian army.", "AID"),
    ("Russia handed over 500 bodies of fallen soldiers to Ukraine.", "RETREAT"),
    ("Kyiv handed over two captured Russian pilots to Moscow.", "RETREAT"),
])
def test_handing_over_reads_by_what_is_handed(analyze_text, text: str, kind: str) -> None:
    assert [e["type"] for e in events(analyze_text, text)] == [kind]


# -- a reported 'should' laid on a named party's act is a demand ----------------------------------

@pytest.mark.parametrize("text, target", [
    ("Lithuania's foreign ministry said the Belarusian general should be arrested.", None),
    ("The Polish president said Moscow should withdraw its troops from the border.", "RUS"),
    ("Kenya's foreign minister said Ethiopia should release the detained journalists.", "ETH"),
    ("The Irish premier said the EU ought to impose sanctions on the settlers.", "EU"),
])
def test_reported_should_is_a_request(analyze_text, text: str, target: str | None) -> None:
    found = events(analyze_text, text)
    assert [e["type"] for e in found] == ["REQUEST"]
    if target is not None:
        assert (found[0]["target"] or {}).get("country") == target


@pytest.mark.parametrize("text", [
    "Officials said the convoy should reach Kharkiv by Friday.",
    "The envoy said the talks should resume next week.",
    "He said Ukraine should expect more attacks this winter.",
    "Britain said it should send more air defence systems.",
])
def test_forecast_or_own_duty_with_should_is_no_request(analyze_text, text: str) -> None:
    assert "REQUEST" not in [e["type"] for e in events(analyze_text, text)]


# -- headline English drops the auxiliary of a passive -------------------------------------------

@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan meet in Abu Dhabi but no peace deal reached",
    "Serbian and Kosovar leaders meet in Brussels, no agreement reached",
])
def test_headline_no_deal_reached_is_agree_negated(analyze_text, text: str) -> None:
    found = by_type(analyze_text, text, "AGREE")
    assert [e["negated"] for e in found] == [True]


@pytest.mark.parametrize("text", [
    "The talks reached a deadlock on Monday.",
    "The deal reached last year collapsed.",
])
def test_active_reach_is_no_headline_passive(analyze_text, text: str) -> None:
    assert by_type(analyze_text, text, "AGREE") == []


# -- background told in passing (a subordinate clause, a year or more before the story) -----------

@pytest.mark.parametrize("text", [
    "Putin's war, which began when Russia invaded Ukraine in February 2022, has killed tens of thousands.",
    "Among the freed were two reporters abducted from their homes in March 2022.",
    "Armenia and Azerbaijan signed a peace accord, which Moscow had rejected in 2023.",
])
def test_old_act_told_in_passing_is_no_event(analyze_text, text: str) -> None:
    found = events(analyze_text, text)
    assert not [e for e in found if e["date"] and e["date"] < "2024"]


@pytest.mark.parametrize("text, kind", [
    ("Russia invaded Ukraine in February 2022.", "ASSAULT"),
    ("Zelensky, who met Trump in Rome in April, held talks with Macron on Tuesday.", "CONSULT"),
])
def test_main_clause_history_and_recent_asides_stay(analyze_text, text: str, kind: str) -> None:
    assert len(by_type(analyze_text, text, kind)) >= 1


# -- what a plan 'will see' done is its content, not an act --------------------------------------

@pytest.mark.parametrize("text", [
    "The proposal would see both sides exchange all prisoners.",
    "The deal will see Russia return the Zaporizhzhia plant to Ukrainian control.",
    "Under the plan, the truce would see Israel release 300 detainees.",
])
def test_what_a_plan_would_see_done_has_not_happened(analyze_text, text: str) -> None:
    assert by_type(analyze_text, text, "RETREAT") == []


def test_reported_swap_still_happened(analyze_text) -> None:
    text = "Moldova and Transnistria exchanged all detainees on Monday, the mediators said."
    assert len(by_type(analyze_text, text, "RETREAT")) == 1


# -- a part of the day counts from a day the clause names, else from the publication day ----------

@pytest.mark.parametrize("text, day", [
    ("Russian missiles hit Kyiv in the early hours of Monday.", "2025-06-02"),
    ("Ukraine's military said Friday it had struck a Russian oil depot in Bryansk overnight.", "2025-05-30"),
    ("Belarus said on Saturday that Polish helicopters had violated its airspace overnight.", "2025-05-31"),
])
def test_part_of_day_is_read_against_the_named_day(analyze_text, text: str, day: str) -> None:
    found = events(analyze_text, text)
    assert found and found[0]["date"] == day


@pytest.mark.parametrize("text", [
    "Russia attacked Kyiv overnight, days after talks in Geneva on Friday.",
    "Russian drones struck Odesa overnight, the air force said.",
])
def test_part_of_day_alone_counts_from_publication(analyze_text, text: str) -> None:
    found = by_type(analyze_text, text, "ASSAULT")
    assert found and found[0]["date"] == "2025-06-04"


# -- threats: the vowed act as object, and a state's officials announcing its own act -------------

@pytest.mark.parametrize("text", [
    "Iran vowed revenge for the killing of its commander.",
    "Pyongyang promised a harsh response to the drills.",
    "Zelensky promised retaliation for the strike on Sumy.",
    "Lukashenko said Belarus would strike back at any aggressor.",
])
def test_vowed_response_is_threaten(analyze_text, text: str) -> None:
    assert [e["type"] for e in events(analyze_text, text)] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "The Kremlin said Ukraine would launch new attacks on the Crimean bridge.",
    "Japan promised a swift delivery of the aid.",
])
def test_forecast_of_another_state_or_a_promise_is_no_threat(analyze_text, text: str) -> None:
    assert "THREATEN" not in [e["type"] for e in events(analyze_text, text)]

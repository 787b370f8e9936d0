"""Readings of numbers found by reading every claim detente drew from news pages no one
annotated (sport, business, culture and politics pages): a score or a season record is no range,
a range's scale word ("$40-50 billion") scales both bounds, "a fifth deadline" ranks and does not
share, "No. 14" labels, "two-stroke" describes, and "per cent" is a unit and not the thing
counted; a number before "Brigade" names the unit, "left 300 people dead" counts the dead, and an
amount restated in brackets in another currency is one figure. Sentences written for these tests in
wire, broadsheet, briefing and sports-page voices."""
from __future__ import annotations

import pytest

from detente.extract.claims import find_claims

pytestmark = pytest.mark.model


def _claims(analyze_text, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_claims(analyze_text(text))]


@pytest.mark.parametrize("text", [
    "The visitors came back from a 24-10 deficit to win on penalties.",
    "Kyiv Dynamo (14-3, 9-2 in the league) host Shakhtar on Sunday.",
    "The upper house voted 61-38 on Thursday night to send the bill to the president.",
    "The champions were beaten 102-87 on the road, their third loss of the month.",
])
def test_a_score_or_a_record_is_no_range(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(analyze_text, text), _claims(analyze_text, text)


@pytest.mark.parametrize("text, value, unit", [
    ("The ministry said 20-30 drones were launched at the city overnight.", 20, None),
    ("Kyiv wants $40-50 billion in reconstruction aid over the next decade, officials said.", 40e9, "USD"),
    ("Donors are expected to pledge $3-4 billion for the energy fund at the Rome conference.", 3e9, "USD"),
    ("Aid agencies estimate that 2-3 million people fled the region in the first month.", 2e6, None),
])
def test_a_range_counts_from_its_lower_bound_with_the_shared_scale(analyze_text, text: str, value: float,  # type: ignore[no-untyped-def]
                                                                   unit: str | None) -> None:
    claims = _claims(analyze_text, text)
    assert len(claims) == 1, claims
    assert claims[0]["value"] == value and claims[0]["unit"] == unit and claims[0]["qualifier"] == "at least", claims


@pytest.mark.parametrize("text", [
    "The delegations will sit down for a third round of talks in Geneva next week.",
    "Congress is on the brink of a shutdown again, with a fifth deadline looming on Friday.",
    "Air raid sirens sounded across the capital for a tenth straight night.",
])
def test_a_fraction_word_before_its_noun_ranks(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(analyze_text, text), _claims(analyze_text, text)


def test_a_fraction_of_something_is_still_a_share(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Russian forces now occupy about a fifth of Ukraine's territory, the institute said.")
    assert [c["value"] for c in claims] == [0.2], claims


@pytest.mark.parametrize("text", [
    "No. 14 Alabama visits Ole Miss on Saturday.",
    "The ruling party's No. 2 official flew to Beijing.",
])
def test_a_number_after_no_labels(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(analyze_text, text), _claims(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Most of the boats run on cheap two-stroke engines that foul the river.",
    "The minister wore a two-tone suit to the signing ceremony.",
])
def test_a_build_word_describes_the_noun(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(analyze_text, text), _claims(analyze_text, text)


@pytest.mark.parametrize("text, value, word", [
    ("Support for the ceasefire plan fell to 41 per cent in the latest poll.", 41, "support"),
    ("Some 35 per cent of homes in the city still have no heating after the strikes, the mayor said.", 35, "homes"),
])
def test_per_cent_is_the_unit_not_the_thing(analyze_text, text: str, value: int, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert len(claims) == 1 and claims[0]["value"] == value and claims[0]["unit"] == "percent", claims
    assert word in claims[0]["what"] and "cent" not in claims[0]["what"].split(), claims


def test_a_levy_that_fell_from_one_share_to_another_names_no_cent(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "The war levy, which fell from 15 per cent to 11 per cent last spring, pays for drones.")
    assert not any("cent" in c["what"].split() for c in claims), claims


@pytest.mark.parametrize("text", [
    "A drone hit a base used by the 47 Brigade, a unit that fought near Avdiivka last year.",
    "Soldiers of the 155 Brigade were moved to the southern front last month.",
    "Fighting broke out near a base held by the 444 Battalion after midnight.",
])
def test_a_number_before_a_unit_name_is_the_unit(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(analyze_text, text), _claims(analyze_text, text)


@pytest.mark.parametrize("text, value, word", [
    ("The overnight strike on the port left 14 people dead, the governor said.", 14, "dead"),
    ("Clashes in the border district have left more than 300 people dead since March, a monitor said.", 300,
     "dead"),
    ("The dam breach left 2,000 families homeless, aid groups said.", 2000, "homeless"),
])
def test_a_count_left_in_a_state_is_counted_by_it(analyze_text, text: str, value: int, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert [c["value"] for c in claims] == [value] and word in claims[0]["what"], claims


@pytest.mark.parametrize("text, value", [
    ("Japan will give 5 billion yen (about $33 million) in emergency aid to the displaced, the ministry said.",
     5e9),
    ("The EU approved €50 billion (roughly $54 billion) for Kyiv over four years.", 50e9),
    ("Beijing pledged relief worth 20 million yuan (about 2.8 million U.S. dollars) to the refugees.", 20e6),
])
def test_an_amount_restated_in_brackets_is_one_figure(analyze_text, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert [c["value"] for c in _claims(analyze_text, text)] == [value], _claims(analyze_text, text)


def test_a_part_in_brackets_is_its_own_figure(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "The bank lent $5 billion (including $2 billion for the grid) to Ukraine.")
    assert {c["value"] for c in claims} == {5e9, 2e9}, claims

"""Figures as outlets of many house styles write them: sentences written for these tests
(British and Indian money and magnitudes, currencies other than the dollar, ranges, areas) and
the page furniture that carries numbers but reports nothing."""
from __future__ import annotations

import pytest

from detente.extract.claims import find_claims
from detente.nlp.numbers import parse_number

pytestmark = pytest.mark.model


def _claims(analyze_text, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_claims(analyze_text(text))]


@pytest.mark.parametrize(("text", "value"), [
    ("The war has displaced 3.7m people inside the country, the UN said.", 3_700_000),
    ("Moscow says it has recruited 1.2m men since the mobilisation.", 1_200_000),
    ("Officials said 2.5 bln hryvnias had been spent on shelters.", 2_500_000_000),
    ("The agency counted 1.1 mln refugees in Poland last year.", 1_100_000),
])
def test_a_magnitude_abbreviation_cut_off_its_digits_scales_the_number(analyze_text, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(c["value"] == value for c in _claims(analyze_text, text)), _claims(analyze_text, text)


@pytest.mark.parametrize(("text", "value", "word"), [
    ("The EU approved a €1.5bn package for Ukraine's energy grid.", 1_500_000_000, "euros"),
    ("Britain pledged £2.26 billion in loans to Kyiv.", 2_260_000_000, "pounds"),
    ("The cabinet allocated UAH 15 billion for rebuilding schools.", 15_000_000_000, "hryvnias"),
    ("A court in Moscow fined the firm 500 million roubles.", 500_000_000, "roubles"),
    ("New Delhi sent humanitarian aid worth Rs 50 crore to Kyiv.", 500_000_000, "rupees"),
    ("China will send emergency aid worth 30 million yuan to the flood-hit provinces, the agency said.",
     30_000_000, "yuan"),
    ("Israel's finance ministry said the war had cost 250 billion shekels so far.", 250_000_000_000,
     "shekels"),
    ("Poland will spend 4 billion zlotys on fortifying its eastern border, the defence minister said.",
     4_000_000_000, "zlotys"),
])
def test_other_currencies_keep_the_amount_and_name_the_currency(analyze_text, text, value, word) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(analyze_text, text) if c["value"] == value]
    assert claims and claims[0]["unit"] is None and word in claims[0]["what"], _claims(analyze_text, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Between 40 and 50 drones were shot down over the capital overnight.", 40),
    ("Russia fired between 10 and 15 missiles at the port, officials said.", 10),
    ("Some 20 to 25 soldiers were captured near the village.", 20),
])
def test_a_range_is_read_as_its_lower_bound(analyze_text, text, value) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert [c["value"] for c in claims] == [value], claims


def test_from_one_number_to_another_is_a_change_not_a_range(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "The toll rose from 12 to 15 people killed by Tuesday evening.")
    assert 15 in [c["value"] for c in claims], claims


@pytest.mark.parametrize("text", [
    "Russian troops captured 450 km² of farmland in March.",
    "Russian troops captured 450 sq. km of farmland in March.",
])
def test_an_area_in_square_kilometres_is_in_km(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert [(c["value"], c["unit"]) for c in _claims(analyze_text, text)] == [(450, "km")]


@pytest.mark.parametrize("text", [
    "5 min read",
    "1.2K shares · 340 comments",
    "Published 3 hours ago. 12K views",
])
def test_page_furniture_counters_are_no_figures(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _claims(analyze_text, text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("50 crore", 500_000_000), ("2 lakh", 200_000), ("€1.2bn", 1_200_000_000), ("UAH 15 billion", 15e9),
])
def test_parse_number_reads_indian_scales_and_currency_codes(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", [
    "The foreign ministers met in the 2+2 format in Tokyo.",
    "Peskov put the chances of a summit at 50-50.",
    "The air defence units are on duty 24/7 around the capital.",
    "The interview was broadcast on Channel 4 on Sunday night.",
    "Reactor 4 of the plant has been shut down since the spring.",
])
def test_numbers_that_are_names_odds_or_labels_are_no_figures(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _claims(analyze_text, text) == []


def test_a_sum_of_two_counts_is_still_read_with_spaces(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Russia launched 40 drones + 3 missiles overnight.")
    assert 40 in [c["value"] for c in claims], claims


@pytest.mark.parametrize(("text", "country"), [
    ("The assault struck four military airbases deep inside Russia.", "RUS"),
    ("Missiles destroyed two power plants in Ukraine's Kharkiv region.", "UKR"),
    ("Ukrainian drones destroyed 12 tanks inside Russian territory.", "RUS"),
])
def test_what_is_hit_inside_a_named_country_is_that_countrys(analyze_text, text, country) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert claims and (claims[0]["subject"] or {}).get("country") == country, claims


def test_a_place_of_the_verb_not_of_the_noun_names_no_owner(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "In Russia, officials said drones hit three refineries overnight.")
    assert claims and claims[0]["subject"] is None, claims


@pytest.mark.parametrize(("text", "value"), [
    ("The bank lent 2 billion US dollars to the government in Kyiv.", 2_000_000_000),
    ("The fund paid 500 million U.S. dollars for repairs to the grid, its director said.", 500_000_000),
])
def test_dollars_written_out_are_usd_and_no_counted_noun(analyze_text, text, value) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(analyze_text, text) if c["value"] == value]
    assert claims and claims[0]["unit"] == "USD", _claims(analyze_text, text)
    assert "us" not in claims[0]["what"].lower().replace(".", "").split(), claims

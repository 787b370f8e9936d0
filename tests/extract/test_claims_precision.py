"""Numbers in war news that are no figure of the war, or that measure something else than the
clause's subject: who a report rests on ("two people familiar with the talks said"), how sure
someone is ("100% sure"), market and price statistics, and shares set against a level or a price
per unit. Sentences written for these tests in wire, broadsheet and briefing voices."""
from __future__ import annotations

import pytest

from detente.extract.claims import find_claims

pytestmark = pytest.mark.model


def _claims(analyze_text, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_claims(analyze_text(text))]


@pytest.mark.parametrize("text, kept", [
    ("Two people briefed on the talks said Kyiv had asked for more air defence.", None),
    ("Three sources familiar with the matter told Reuters that 40 drones were shot down.", 40),
    ("According to two Western officials, 12 soldiers were killed near Pokrovsk.", 12),
    ("Citing three sources, the newspaper said the envoy would fly to Ankara on Monday.", None),
    ("Two diplomats close to the negotiations described the call as tense.", None),
])
def test_the_sources_of_a_report_are_no_figure(analyze_text, text: str, kept: int | None) -> None:  # type: ignore[no-untyped-def]
    values = [c["value"] for c in _claims(analyze_text, text)]
    assert values == ([kept] if kept else []), values


def test_people_something_befell_are_still_counted(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Two people were killed and 14 wounded, the regional governor said.")
    assert {c["value"] for c in claims} == {2, 14}, claims


@pytest.mark.parametrize("text", [
    "We are 100% sure that the drones came from across the border, the minister said.",
    "The commentator said the vote was 100 percent rigged.",
    "Inflation is almost double the central bank's 4% target.",
    "Mortgage rates stayed above 7% for a third week.",
    "The hryvnia lost 2.5% against the dollar, and the main stock index fell 1.2%.",
])
def test_degrees_and_market_statistics_are_no_figures(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(analyze_text, text)


def test_a_share_of_gdp_for_defence_stays_a_figure(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Allies agreed to raise defence spending to 5% of GDP by 2035.")
    assert [c["value"] for c in claims] == [5], claims


@pytest.mark.parametrize("text, value, words", [
    ("The new ceiling fixes Russian crude at $51.20 a barrel, 12% below market value.",
     12, ("below", "market")),
    ("Brussels fixed the cap for refined products at 20% under the average market price.", 20, ("under",)),
])
def test_a_share_set_against_a_level_measures_the_noun_beside_it(analyze_text, text, value, words) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in _claims(analyze_text, text) if c["value"] == value]
    assert found and all(w in found[0]["what"] for w in words), found


@pytest.mark.parametrize("text, value", [
    ("The package caps Russian diesel at $83.50 per barrel.", 83.5),
    ("Kyiv says Moscow pays about $900 per tonne for the fuel.", 900),
])
def test_an_amount_per_unit_is_a_price(analyze_text, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in _claims(analyze_text, text) if c["value"] == value]
    assert found and "price per" in found[0]["what"] and found[0]["unit"] == "USD", found


@pytest.mark.parametrize("text, value, word", [
    ("The World Bank said Ukraine's reconstruction and recovery needs amount to $524 billion.", 524e9, "needs"),
    ("Kyiv says its energy losses stand at $80 billion.", 80e9, "loss"),
    ("Military aid from Washington totals $60 billion, the Pentagon said.", 60e9, "aid"),
])
def test_a_sum_that_something_comes_to_measures_that_thing(analyze_text, text, value, word) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in _claims(analyze_text, text) if c["value"] == value]
    assert found and word in found[0]["what"], found


def test_a_participle_after_the_money_noun_leaves_the_noun(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Kyiv received the first tranche of the $2.5 billion loan funded by the profits of frozen assets."
    found = [c for c in _claims(analyze_text, text) if c["value"] == 2.5e9]
    assert found and "loan" in found[0]["what"], found


@pytest.mark.parametrize("text", [
    "Two statements came out of Riyadh on Tuesday, one from each delegation.",
    "The council has adopted three resolutions on the war since February.",
])
def test_counts_of_documents_are_no_figures(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(analyze_text, text)


def test_people_in_close_contact_are_no_sources(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Medics said 28 people in close contact with the wounded were evacuated.")
    assert [c["value"] for c in claims] == [28], claims


def test_a_sum_with_a_scale_letter_at_a_sentence_end(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels say they downed four surveillance drones, each worth about $30m. Aid groups say 68 died."
    found = [c for c in _claims(analyze_text, text) if c["unit"] == "USD"]
    assert found and found[0]["value"] == 30e6 and "worth" in found[0]["what"], found


def test_how_often_a_thing_happened_is_a_figure(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "The plant lost all outside power again; this has happened nine times since 2022.")
    assert any(c["value"] == 9 and "times" in c["what"] for c in claims), claims


def test_two_paths_are_a_figure_of_speech(analyze_text) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(analyze_text, 'She told the delegates: "There are two paths ahead of us, peace or ruin."')


@pytest.mark.parametrize("text", [
    "Ukraine, a country of 38 million people, braced for another winter of blackouts.",
    "Kharkiv, a city of 1.3 million, lies 30 km from the border.",
])
def test_how_many_live_in_a_place_is_no_figure(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in _claims(analyze_text, text) if c["value"] >= 1e6], _claims(analyze_text, text)


def test_an_action_in_y_reads_as_its_participle(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Russia occupies about 20% of Ukraine's territory, the institute said.")
    assert claims and "occupied" in claims[0]["what"], claims


@pytest.mark.parametrize("text, value, word", [
    ("In Istanbul the two sides agreed to a large prisoner exchange: 1,000 for 1,000.", 1000, "exchange"),
    ("Russia and Ukraine agreed on a 390-for-390 prisoner swap, the largest this year.", 390, "swap"),
])
def test_an_even_swap_is_one_figure_of_the_exchange(analyze_text, text: str, value: int, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert len(claims) == 1 and claims[0]["value"] == value and word in claims[0]["what"], claims

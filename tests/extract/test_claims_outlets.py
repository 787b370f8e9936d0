"""Figures as outlets nobody tuned on write them: sentences written for these tests in the voices
of wire copy, local papers, broadsheets and trade sites. A share written "one in five" is one
figure; a house number, the size of a building or a screen, and a currency sign are no figures
or no counted noun."""
from __future__ import annotations

import pytest

from detente.extract.claims import find_claims

pytestmark = pytest.mark.model


def _claims(analyze_text, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_claims(analyze_text(text))]


@pytest.mark.parametrize(("text", "share", "word"), [
    ("One in five soldiers in the brigade has been wounded, its commander said.", 0.2, "soldiers"),
    ("Officials estimate that 1 in 4 homes in the village was destroyed by shelling.", 0.25, "homes"),
    ("Roughly one in ten Ukrainians has left the country since the invasion, the agency says.", 0.1,
     "ukrainians"),
])
def test_one_in_n_is_a_single_share(analyze_text, text: str, share: float, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert [c["value"] for c in claims] == [share] and word in claims[0]["what"].lower(), claims


@pytest.mark.parametrize("text", [
    "A Russian missile struck a nine-storey apartment block in Dnipro on Sunday.",
    "The drone hit the roof of a five-story school building in Kharkiv.",
    "The new laptop has a 14-inch screen and a faster chip.",
])
def test_the_size_of_a_building_or_a_thing_is_no_figure(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _claims(analyze_text, text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Washington held back a shipment of 1,800 2,000-pound bombs bound for Israel.", 1800),
    ("Jets dropped two 2,000-pound bombs on the camp overnight, a rights group said.", 2),
    ("The drone carried a 40-pound warhead, the army said.", None),
    ("Each glide bomb of that type carries a 500-kilogram charge, the air force said.", None),
])
def test_the_weight_class_of_a_bomb_is_no_count(analyze_text, text: str, value: int | None) -> None:  # type: ignore[no-untyped-def]
    assert [c["value"] for c in _claims(analyze_text, text)] == ([value] if value else []), _claims(analyze_text, text)


def test_a_count_joined_to_a_war_noun_still_counts(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Russia launched a 200-drone attack on the capital overnight.")
    assert [c["value"] for c in claims] == [200], claims


@pytest.mark.parametrize("text", [
    "Police said the shooting happened in the 400 block of Harbor Street just after midnight.",
    "Protesters gathered outside 10 Downing Street on Saturday afternoon.",
    "A shell damaged the clinic at 14 Shevchenka Street, the mayor wrote.",
])
def test_a_house_number_is_no_figure(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _claims(analyze_text, text) == []


@pytest.mark.parametrize(("text", "value", "what"), [
    ("That is small next to the $4 billion the US sends to its ally every year.", 4_000_000_000,
     "amount in USD"),
    ("Tickets to the show cost Rs 299 at the door.", 299, "amount in rupees"),
])
def test_money_is_not_counted_by_a_name_or_a_currency_sign(analyze_text, text: str, value: int, what: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert [(c["value"], c["what"]) for c in claims] == [(value, what)], claims


def test_a_participle_after_a_number_is_no_counted_noun(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "The utility revised its first estimate of about 660,000 based on new forecasts."
    assert _claims(analyze_text, text) == []


@pytest.mark.parametrize(("text", "what"), [
    ("Germany sent two more air defence systems to Kyiv last month.", "systems sent"),
    ("Moscow says its plants built 300 new tanks this year.", "tanks built"),
    ("Ukraine's air force said it had shot 40 drones out of the sky.", "drones shot"),
])
def test_irregular_action_verbs_read_as_their_participle(analyze_text, text: str, what: str) -> None:  # type: ignore[no-untyped-def]
    whats = [c["what"] for c in _claims(analyze_text, text)]
    assert any(w.endswith(what) for w in whats), whats


@pytest.mark.parametrize("text", [
    "Germany halted the Nord Stream 2 pipeline days before the invasion.",
    "The Minsk 2 agreement was never carried out in full, diplomats say.",
    "The update to Windows 11 shipped on Tuesday with new security tools.",
])
def test_digits_after_a_name_are_part_of_the_name(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _claims(analyze_text, text) == []


def test_a_title_case_headline_still_counts(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Ukraine Says Russia Fired 200 Missiles At Its Cities Overnight")
    assert [c["value"] for c in claims] == [200], claims


@pytest.mark.parametrize(("text", "value", "what"), [
    ("The fire was 60 per cent contained by Saturday evening.", 60, "contained"),
    ("Spending $16 billion on shelters would save lives this winter.", 16_000_000_000, "amount in USD"),
])
def test_a_share_keeps_its_participle_and_money_keeps_its_amount(analyze_text, text: str, value: int, what: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert [(c["value"], c["what"]) for c in claims] == [(value, what)], claims


@pytest.mark.parametrize(("text", "value", "word"), [
    ("North Korea has sent about 11,000 troops, officials said, and 3,000 more may follow.", 3000, "troops"),
    ("Kyiv got its first six F-16s this summer; a further 20 are due by the end of the year.", 20, "f-16s"),
    ("Russia fired 40 missiles at the capital, and another 12 struck the west of the country.", 12,
     "missiles"),
])
def test_a_number_that_leaves_out_its_noun_counts_the_noun_before(analyze_text, text: str, value: int, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(analyze_text, text) if c["value"] == value]
    assert claims and word in claims[0]["what"].lower(), _claims(analyze_text, text)


def test_more_hours_of_talks_borrow_no_noun(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Russia launched 90 drones overnight, and 2 more hours of talks were set for Friday."
    assert [c["value"] for c in _claims(analyze_text, text)] == [90]


@pytest.mark.parametrize(("text", "value"), [
    ("Farm exports to China fell to $9.1 billion in 2018, the trade group said.", 9_100_000_000),
    ("Russia fired 12 missiles in 2024 at the port, the navy said.", 12),
    ("The firm bought the plant for $200 million in 2017.", 200_000_000),
])
def test_a_figure_in_a_year_is_no_share(analyze_text, text: str, value: int) -> None:  # type: ignore[no-untyped-def]
    assert value in [c["value"] for c in _claims(analyze_text, text)], _claims(analyze_text, text)

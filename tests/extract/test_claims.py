"""Claims: figures about the war with what they count, who gives them and whose they are."""
from __future__ import annotations

import pytest

from detente.extract.claims import find_claims, lexicon

pytestmark = pytest.mark.model


def _claims(analyze_text, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_claims(analyze_text(text))]


def _only(claims: list[dict]) -> dict:
    assert len(claims) == 1, claims
    return claims[0]


def test_lexicon_is_data() -> None:
    assert "month" in lexicon()["durations"]
    assert "launch" in lexicon()["action_verbs"]


def test_count_with_action_qualifier_and_actor(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claim = _only(_claims(analyze_text, "Overnight, Russia launched at least 212 drones at Kharkiv."))
    assert claim["value"] == 212 and claim["qualifier"] == "at least"
    assert "drones" in claim["what"] and "launched" in claim["what"]
    assert claim["subject"]["country"] == "RUS"
    assert claim["unit"] is None


def test_subject_of_smuggled_drones_is_the_actor(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claim = _only(_claims(analyze_text, "Ukrainian saboteurs smuggled about 90 drones across the border on fishing boats."))
    assert claim["value"] == 90 and claim["qualifier"] == "about"
    assert claim["subject"]["country"] == "UKR"


def test_possessor_is_the_subject_and_attribution_the_claimant(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "According to the Ukrainian general staff, the raid destroyed 17 of Russia's fighter jets."
    claim = _only(_claims(analyze_text, text))
    assert claim["value"] == 17 and "jets" in claim["what"]
    assert claim["subject"]["country"] == "RUS"
    assert claim["claimant"] is not None and claim["claimant"]["country"] == "UKR"


def test_losses_belong_to_who_suffered_them(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "The Wall Street Journal reports that Ukraine has suffered nearly 90,000 casualties."
    claim = _only(_claims(analyze_text, text))
    assert claim["value"] == 90000 and "casualties" in claim["what"]
    assert claim["subject"]["country"] == "UKR"
    assert "Journal" in claim["claimant"]["name"]


def test_money_in_usd(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claim = _only(_claims(analyze_text, "Officials put the damage to the refinery at $3.5 billion."))
    assert claim["value"] == 3_500_000_000 and claim["unit"] == "USD"
    assert "damage" in claim["what"]


def test_percent(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claim = _only(_claims(analyze_text, "Shell production grew by 18% in the first quarter, Bloomberg reported."))
    assert claim["value"] == 18 and claim["unit"] == "percent"
    assert claim["claimant"]["name"] == "Bloomberg"


def test_casualties_of_a_strike(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "A missile strike on Dnipro killed 14 civilians, the regional governor said.")
    claim = _only(claims)
    assert claim["value"] == 14 and "killed" in claim["what"] and "civilians" in claim["what"]


def test_dates_durations_ages_and_vague_plurals_are_no_claims(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("The 42-year-old commander served for 18 months near Bakhmut before the 30-day truce of "
            "March 2024. Thousands of residents left. One source described the mood as grim.")
    assert _claims(analyze_text, text) == []


def test_talk_shop_counts_are_no_claims(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("The two sides discussed three points at the meeting, and five ministers attended. "
            "Three of the seven judges dissented.")
    assert _claims(analyze_text, text) == []


def test_a_repeated_figure_is_kept_once(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Russia launched 212 drones at Kharkiv overnight.\n\n"
            "In all, Russia launched 212 drones at the city.")
    assert len(_claims(analyze_text, text)) == 1


def test_evidence_is_the_sentence(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Talks stalled again.\n\nOvernight, Russia launched 212 drones at Kharkiv."
    records = find_claims(analyze_text(text))
    assert len(records) == 1
    ev = records[0].evidence
    assert ev.text == "Overnight, Russia launched 212 drones at Kharkiv."
    assert text[ev.start:ev.end] == ev.text


def test_dateline_is_not_the_subject_and_particles_stay(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("KHARKIV, May 9 (AP) - Russia fired 48 drones at the region overnight, and air defences "
            "shot down 30 of them, the regional governor said.")
    claims = {c["value"]: c for c in _claims(analyze_text, text)}
    assert claims[48]["subject"]["country"] == "RUS"
    assert "shot down" in claims[30]["what"]


def test_demonym_on_the_noun_is_the_subject(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Ukrainian drones destroyed 3 Russian helicopters at an airfield near Dzhankoi."
    claim = _only(_claims(analyze_text, text))
    assert claim["value"] == 3 and "helicopters" in claim["what"]
    assert claim["subject"]["country"] == "RUS"


def test_a_bare_percentage_is_no_claim(analyze_text) -> None:  # type: ignore[no-untyped-def]
    assert _claims(analyze_text, "Most agreed, while 12% opposed it.") == []


def test_a_distance_in_km(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claim = _only(_claims(analyze_text, "The drones struck a refinery some 1,200 kilometres from the border."))
    assert claim["value"] == 1200 and claim["unit"] == "km"
    assert "km" in claim["what"] or "kilomet" in claim["what"]


def test_count_after_an_approximating_preposition(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "A missile barrage killed 9 Ukrainian soldiers and injured over 40 at a training ground."
    claims = {c["value"]: c for c in _claims(analyze_text, text)}
    assert claims[9]["subject"]["country"] == "UKR" and "killed" in claims[9]["what"]
    assert claims[40]["qualifier"] == "over" and "injured" in claims[40]["what"]


def test_fraction_of_a_pronoun_takes_the_action(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claim = _only(_claims(analyze_text, "Gunners said they had been able to down two-thirds of them."))
    assert abs(claim["value"] - 2 / 3) < 0.01
    assert "down" in claim["what"]


@pytest.mark.parametrize(("text", "word"), [
    ("The war has left more than 8 million people displaced.", "displaced"),
    ("Officials said 30 civilians wounded in the strike were taken to hospital.", "wounded"),
    ("Russian troops abducted 12 residents of the village, the mayor said.", "abducted"),
    ("Kyiv says 40 prisoners were repatriated on Friday.", "repatriated"),
])
def test_the_action_a_count_undergoes_from_a_participle_or_a_wider_verb_class(analyze_text, text, word) -> None:  # type: ignore[no-untyped-def]
    assert word in _only(_claims(analyze_text, text))["what"]


def test_a_participle_that_is_no_war_action_adds_nothing(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claim = _only(_claims(analyze_text, "The war has left 300 drones unused in the depot."))
    assert claim["what"] == "drones"


@pytest.mark.parametrize(("text", "word"), [
    ("At least 9 people are reported killed after the strike on the port.", "killed"),
    ("Five soldiers are believed captured near the border.", "captured"),
    ("The shelling went on for hours, with 23 civilians wounded and 4 houses destroyed.", "wounded"),
])
def test_a_count_in_a_small_clause_takes_its_participle(analyze_text, text, word) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(word in c["what"] for c in claims), claims


@pytest.mark.parametrize("text", [
    "The swap took place as the war between the two neighbours dragged on.",
    "Lavrov spoke of ties between the two great powers.",
    "Their three allies met in Rome on Friday.",
])
def test_a_small_number_after_a_determiner_names_a_group_not_a_count(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _claims(analyze_text, text) == []


def test_a_determined_count_that_is_hit_stays_a_claim(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claim = _only(_claims(analyze_text, "Moscow said the two soldiers killed were from Belgorod."))
    assert claim["value"] == 2 and "killed" in claim["what"]

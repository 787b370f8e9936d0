"""Issues named the way news of any war names them, and stances said in more ways, on sentences
written for these tests in several voices (wire, broadsheet, state media, tabloid) and on several
wars: hostages, buffer and security zones, border demarcation, statehood, disarmament of a group,
rebuilding, who governs after a war, inquiries, humanitarian truces; refusals said as 'will not
tolerate', 'poured scorn on', 'held up'; a thing a party will not give back; what stays silent."""
from __future__ import annotations

import pytest

from detente.extract.positions import find_positions


def _positions(analyze_text, text: str) -> set[tuple[str | None, str, str]]:
    records = find_positions(analyze_text(text))
    return {((r.fields["party"] or {}).get("country"), r.fields["issue"], r.fields["stance"]) for r in records}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Azerbaijan and Armenia agreed to begin demarcating their shared border.", ("AZE", "territory", "accept")),
    ("Yerevan has proposed a joint commission on border delimitation.", ("ARM", "territory", "offer")),
    ("The Palestinians seek international backing for statehood.", ("PSE", "territory", "demand")),
    ("Moscow wants a demilitarised buffer zone along the border.", ("RUS", "withdrawal", "demand")),
    ("Israel insists on keeping a security zone in southern Lebanon.", ("ISR", "withdrawal", "demand")),
    ("Rwanda rejected calls to pull its soldiers out of eastern Congo.", ("RWA", "withdrawal", "reject")),
    ("The Israeli government ruled out any role for the Palestinian Authority in governing Gaza.",
     ("ISR", "governance_elections", "reject")),
    ("Washington has called for a transitional government led by civilians in Khartoum.",
     ("USA", "governance_elections", "demand")),
    ("Ukraine wants Russia to pay for the rebuilding of its cities.", ("UKR", "assets_reparations", "demand")),
    ("The Sudanese army said it was open to a humanitarian truce in El Fasher.",
     ("SDN", "partial_ceasefire", "offer")),
    ("Kyiv dismissed the idea of a frozen conflict as a trap.", ("UKR", "ceasefire", "reject")),
    ("Tehran insisted on its right to enrich uranium.", ("IRN", "nuclear_safety", "demand")),
    ("Pakistan called for a neutral investigation into the attack.", ("PAK", "accountability", "demand")),
    ("Egypt wants the hostage deal to go ahead this week.", ("EGY", "prisoners", "demand")),
])
def test_an_issue_named_as_news_of_any_war_names_it(analyze_text, text, want):
    assert want in _positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Moscow has made clear it will not tolerate NATO troops in Ukraine.",
     ("RUS", "security_guarantees", "reject")),
    ("The Kremlin poured scorn on the idea of a Western peacekeeping force.",
     ("RUS", "security_guarantees", "reject")),
    ("Budapest has held up the new sanctions package for weeks.", ("HUN", "sanctions", "reject")),
    ("Russia has no intention of returning the occupied regions.", ("RUS", "territory", "reject")),
    ("Moscow will never hand back Crimea, the Kremlin said.", ("RUS", "territory", "reject")),
    ("The RSF announced a unilateral humanitarian truce.", ("SDN", "partial_ceasefire", "offer")),
])
def test_refusals_and_offers_said_in_more_ways(analyze_text, text, want):
    assert want in _positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "He said the freed militants would not return to the front line.",
    "A neutral venue for the talks has not been chosen yet.",
    "Most Americans want Congress to investigate the president.",
])
def test_what_names_no_position(analyze_text, text):
    records = _positions(analyze_text, text)
    assert not any(issue in ("withdrawal", "alliances_neutrality", "accountability") for _, issue, _ in records)

"""Positions read by the general machinery on sentences written for these tests in several voices
(wire, state media, readout, live blog, analysis): a news agency that reports a judgement is not its
holder; a refusal of one's own future step told with a preposition ('would not return to the
table'); what a 'whose' relative clause asks for ('soldiers, whose release Yerevan demanded')."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Moscow called the presence of NATO peacekeepers in Ukraine unacceptable, Tass reported.",
     ("RUS", "security_guarantees", "reject")),
    ("The Kremlin called any deployment of foreign troops unacceptable, the RIA news agency reported.",
     ("RUS", "security_guarantees", "reject")),
    ("Lifting sanctions is out of the question for Brussels, Reuters reported.", ("EU", "sanctions", "reject")),
])
def test_an_agency_reporting_a_judgement_does_not_hold_it(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_judgement_an_agency_reports_with_no_party_is_nobodys(analyze_text):
    assert not positions(analyze_text, "Sending troops to Ukraine was unacceptable, the Associated Press reported.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The rebels' commanders in the ELN said they would not return to the negotiating table under pressure.",
     ("COL", "talks_format", "reject")),
    ("Hamas said it would not negotiate with Israel while the strikes continue.", ("PSE", "talks_format", "reject")),
    ("Tehran will not engage in direct talks with Washington, the foreign ministry said.",
     ("IRN", "talks_format", "reject")),
])
def test_a_refused_step_told_with_a_preposition(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Hungarian minister said he would not comment on the talks.",
    "Russia will not stop at Donetsk, the analyst warned.",
])
def test_a_refusal_to_speak_or_an_onlookers_forecast_refuses_no_term(analyze_text, text):
    assert not {p for p in positions(analyze_text, text) if p[2] == "reject"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Baku still holds 19 Armenian soldiers, whose release Yerevan has repeatedly demanded.",
     ("ARM", "prisoners", "demand")),
    ("Kyiv handed over a list of deported children whose return it is seeking.",
     ("UKR", "children_civilians", "demand")),
    ("Yerevan has repeatedly demanded the release of 19 Armenian soldiers held in Baku.",
     ("ARM", "prisoners", "demand")),
])
def test_what_a_whose_clause_asks_for(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The UN special envoy for Yemen, Hans Grundberg, urged both sides to agree to a nationwide ceasefire.",
     ("UN", "Hans Grundberg", "ceasefire")),
    ("The African Union's envoy to Sudan, Mohamed Ibn Chambas, called for an immediate ceasefire.",
     ("AU", "Mohamed Ibn Chambas", "ceasefire")),
    ("BOGOTA, Colombia (AP) — Colombian President Gustavo Petro suspended peace talks with the rebel group "
     "on Friday, accusing it of attacks.", ("COL", "Gustavo Petro", "talks_format")),
])
def test_a_name_in_apposition_is_the_party_not_the_place_of_the_office(analyze_text, text, want):
    from detente.extract.positions import find_positions

    got = {((r.fields["party"] or {}).get("country"), (r.fields["party"] or {}).get("name"), r.fields["issue"])
           for r in find_positions(analyze_text(text))}
    assert want in got
    assert not {g for g in got if g[0] in ("YEM", "SDN")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Security Council urged the two sides to engage in dialogue.", ("UN", "talks_format", "demand")),
    ("Beijing called on both parties to resolve their differences through dialogue.",
     ("CHN", "talks_format", "demand")),
    ("Hamas said it remained open to dialogue.", ("PSE", "talks_format", "offer")),
    ("India has ruled out dialogue with Pakistan while attacks continue.", ("IND", "talks_format", "reject")),
    ("The Thai foreign ministry said it was ready for bilateral dialogue with Cambodia.",
     ("THA", "talks_format", "offer")),
])
def test_dialogue_asked_offered_or_refused_is_a_talks_position(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "\"We support dialogue and diplomacy,\" the Indian prime minister said.",
    "Beijing backs dialogue between the two sides, the foreign ministry spokesperson said.",
])
def test_backing_dialogue_as_such_accepts_no_term(analyze_text, text):
    assert not positions(analyze_text, text)

"""Stances told in the speaker's own quoted words, and judgements of another side's terms, on
sentences written for these tests in several voices (wire, state media, readout, live blog,
analysis): quotation marks around a stance word do not hide the thing judged or make the verb a
noun; 'unacceptable demands, including X' said by a party refuses X; 'X, conditions Y called
unacceptable' is Y's refusal of X."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Kremlin spokesman Dmitry Peskov said the presence of any Western peacekeepers in Ukraine was "
     "\"completely unacceptable\".", ("RUS", "security_guarantees", "reject")),
    ("The ministry said that handing Crimea back was \"absolutely impossible\" for Moscow.",
     ("RUS", "territory", "reject")),
    ("In Moscow, the foreign ministry says Russia \"categorically rejects\" any deployment of foreign "
     "troops in Ukraine.", ("RUS", "security_guarantees", "reject")),
    ("Iran's state television said Tehran \"firmly rejects\" any talks on its missile programme.",
     ("IRN", "talks_format", "reject")),
])
def test_a_stance_in_quotation_marks(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("14:05 - Zelensky says Moscow has tabled \"unacceptable\" demands, including that Ukraine withdraw "
     "from the whole of Donetsk.", ("UKR", "withdrawal", "reject")),
    ("An Armenian official said Baku had made unacceptable demands, among them that Yerevan cede "
     "territory in the south.", ("ARM", "territory", "reject")),
    ("Moscow insists Ukraine cede the rest of the Donbas region, conditions which Kyiv calls unacceptable.",
     ("UKR", "territory", "reject")),
    ("Washington demands a full halt to uranium enrichment, terms that Tehran has called "
     "\"unacceptable\".", ("IRN", "nuclear_safety", "reject")),
])
def test_a_party_judging_the_other_sides_terms_refuses_them(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    # the writer's own label holds no party's stance; the demand stays the demander's
    ("Russia made unacceptable demands, among them that Ukraine leave all of Donetsk.",
     ("RUS", "withdrawal", "reject")),
    # what the judged demands did names none of them
    ("Kyiv said Moscow's \"unacceptable\" demands had derailed the talks in Istanbul.",
     ("UKR", "talks_format", "reject")),
    ("Zelensky said Russia's unacceptable demands showed it did not want a ceasefire.",
     ("UKR", "ceasefire", "reject")),
    # putting forward demands makes no offer of what is demanded
    ("Kyiv said Moscow had put forward \"unacceptable\" demands, among them that Ukraine pull its troops "
     "out of four regions.", ("RUS", "withdrawal", "offer")),
])
def test_what_a_judged_demand_does_not_state(analyze_text, text, absent):
    assert absent not in positions(analyze_text, text)


@pytest.mark.model
def test_the_demander_keeps_its_demand_when_it_is_judged(analyze_text):
    got = positions(analyze_text, "Kyiv said Moscow had put forward \"unacceptable\" demands, such as that "
                                  "Ukraine pull its troops out of four regions.")
    assert {("RUS", "withdrawal", "demand"), ("UKR", "withdrawal", "reject")} <= got

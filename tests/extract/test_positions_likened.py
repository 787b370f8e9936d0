"""A thing named again as 'any such arrangement' or 'either proposal', on sentences written for
these tests: the likened noun names no issue of its own, so it takes the issue named just before it,
in its own sentence or the one before it in the paragraph."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Turkey suggested a moratorium on attacks on ports in the Sea of Azov during the harvest. "
     "Kyiv has rejected any such arrangement, citing past violations.", ("UKR", "partial_ceasefire", "reject")),
    ("Kyiv had put forward a 60-day truce along the whole front and a summit of the two presidents. "
     "Moscow did not accept either proposal, according to two diplomats.", ("RUS", "ceasefire", "reject")),
    ("Georgia has agreed to swap the remaining detainees, and Moldova said it would welcome "
     "such a deal as well.", ("MDA", "prisoners", "accept")),
])
def test_likened_noun_takes_the_issue_named_before(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_likened_noun_with_its_own_issue_keeps_it(analyze_text):
    got = positions(analyze_text, "Sanctions relief was discussed at length. Poland rejected any such "
                                  "ceasefire on Moscow's terms.")
    assert ("POL", "ceasefire", "reject") in got
    assert ("POL", "sanctions", "reject") not in got


@pytest.mark.model
def test_likened_words_said_are_no_terms(analyze_text):
    got = positions(analyze_text, "Minsk said Vilnius was planning a raid on the Astravets nuclear plant. "
                                  "Vilnius dismissed such claims as fiction.")
    assert not any(party == "LTU" and stance == "reject" for party, _, stance in got)

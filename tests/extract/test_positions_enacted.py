"""A measure that allows something is its enacter's offer of it, on sentences written for these
tests: the subject that announced or signed it in the same sentence ('X unveiled a deal which would
allow...'), else the latest earlier one that signed, passed or announced a measure."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Canada unveiled a loan deal which would allow Kyiv to buy 200 more Patriot interceptors over two years.",
     ("CAN", "military_limits", "offer")),
    ("Norway passed a sweeping sanctions bill on Tuesday after a long debate. Oslo's finance ministry "
     "welcomed the vote. The law also allows the government to confiscate frozen Russian central bank "
     "assets and hand the money to Ukraine.", ("NOR", "assets_reparations", "offer")),
])
def test_enacted_measure_that_allows_is_an_offer(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_measure_with_no_enacter_offers_nothing(analyze_text):
    got = positions(analyze_text, "Aid agencies said the corridor allows food convoys to reach the besieged port.")
    assert not any(stance == "offer" for _, _, stance in got)

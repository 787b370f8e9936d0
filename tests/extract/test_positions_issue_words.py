"""Issue words a reader lists for the thing itself, on sentences written for these tests: 'the plant'
or 'the station' said again for a nuclear plant, and 'restrictions' or cut oil and energy revenue for
sanctions; and the curbs on using a weapon, which are not sanctions; "pulling back" from a place, a
withdrawal like "pull back" and "pulled back"."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The Rivne nuclear plant lost its outside power line again on Sunday. Kyiv demanded that Moscow "
     "keep its troops and drones away from the plant.", ("UKR", "nuclear_safety", "demand")),
    ("Engineers restored a cooling pump at the South Ukraine nuclear station. The IAEA wants its "
     "inspectors to stay on at the station through the winter.", ("IAEA", "nuclear_safety", "demand")),
    ("Lithuania urged fellow members to tighten restrictions on Belarusian banks.",
     ("LTU", "sanctions", "demand")),
    ("Poland called on the G7 to squeeze Moscow's oil revenues further.", ("POL", "sanctions", "demand")),
])
def test_an_issue_named_by_the_words_for_the_thing(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_the_plant_of_a_story_that_names_nothing_nuclear_is_no_nuclear_issue(analyze_text):
    found = positions(analyze_text, "Shells cut the coal-fired Kurakhove power station off the grid. "
                                    "Poland demanded that Russia return control of the station to its owners.")
    assert not any(issue == "nuclear_safety" for _party, issue, _stance in found)


@pytest.mark.model
def test_curbs_on_using_a_weapon_are_not_sanctions(analyze_text):
    found = positions(analyze_text, "Kyiv asked Washington to lift restrictions on the use of its "
                                    "long-range missiles against targets deep inside Russia.")
    assert not any(issue == "sanctions" for _party, issue, _stance in found)


@pytest.mark.model
def test_pulling_back_from_a_region_is_a_withdrawal_not_its_status(analyze_text):
    found = positions(analyze_text, "Russia's defence minister said he had backed the painful step of "
                                    "pulling back from the Luhansk region to stronger lines.")
    assert ("RUS", "withdrawal", "accept") in found
    assert not any(issue == "territory" for _party, issue, _stance in found)

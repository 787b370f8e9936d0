"""Talks on unfamiliar outlets, in sentences written for these tests in several voices (wire, state
media, readout, live blog, analysis): who is a side and who a go-between when a mediation cue opens
a list of names, and whether talks are still to come when a plan governs their round."""
from __future__ import annotations

import pytest

from detente.extract.talks import find_talks

pytestmark = pytest.mark.model


def _talks(analyze_text, text: str, published: str = "2025-06-05") -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_talks(analyze_text(text, published=published))]


@pytest.mark.parametrize("text, go_betweens", [
    # wire
    ("The ceasefire was reached in Cairo on Monday after talks between Israel and Hamas which were "
     "brokered by Egypt, Qatar and Turkey.", {"EGY", "QAT", "TUR"}),
    # readout
    ("Armenia and Azerbaijan held talks in Geneva under the auspices of Switzerland and the European "
     "Union, the ministry said.", {"CHE", "EU"}),
    # state media
    ("Sudan's government and the rebels resumed negotiations in Jeddah with the mediation of Saudi "
     "Arabia, the United States and the African Union, the agency reported.", {"SAU", "USA"}),
    # analysis
    ("The talks between Serbia and Kosovo, hosted by France, Germany and Italy, made little headway "
     "on the question of recognition.", {"FRA", "DEU", "ITA"}),
])
def test_every_name_a_mediation_cue_opens_is_a_go_between(  # type: ignore[no-untyped-def]
        analyze_text, text, go_betweens) -> None:
    talks = _talks(analyze_text, text)
    assert talks, talks
    assert go_betweens <= set(talks[0]["mediators"]), talks
    assert not go_betweens & set(talks[0]["parties"]), talks


def test_a_list_of_sides_after_a_go_between_stays_sides(analyze_text) -> None:  # type: ignore[no-untyped-def]
    # live blog: the host is named first, the sides after a verb, not in the host's list
    talks = _talks(analyze_text, "Qatar hosted talks on Sunday between Ethiopia and Somalia in Doha.")
    assert talks and {"ETH", "SOM"} <= set(talks[0]["parties"]), talks
    assert "QAT" in talks[0]["mediators"], talks


@pytest.mark.parametrize("text", [
    # wire
    "Tehran is prepared to hold a fifth round of indirect talks with Washington in Muscat, the foreign "
    "ministry spokesman said on Monday.",
    # readout
    "The Secretary told his counterpart on Tuesday that Washington was eager to hold a second round of "
    "talks with Caracas in Doha.",
    # live blog
    "LIVE: Kyiv says it is ready to hold a fourth round of negotiations with Moscow in Geneva, an aide "
    "said on Wednesday.",
])
def test_a_round_a_plan_governs_is_still_to_come(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert [t["status"] for t in talks] == ["proposed"], talks


@pytest.mark.parametrize("text", [
    # state media
    "Armenia and Azerbaijan held a second round of talks in Abu Dhabi on Tuesday, state media reported.",
    # analysis
    "The third round of talks between Russia and Ukraine took place in Istanbul on Monday, the foreign "
    "ministry said.",
])
def test_a_round_told_as_done_stays_held(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert [t["status"] for t in talks] == ["held"], talks


@pytest.mark.parametrize("text", [
    # analysis
    "The bloc's top diplomat dismissed the Kremlin's demands as \"an excuse to dodge negotiations\" and "
    "said Kyiv alone could choose its leaders.",
    # wire
    "An opposition leader urged the cabinet to stop weapons shipments and lobby for negotiations with "
    "Beijing instead.",
    # live blog
    "Peace activists in Berlin pressed for talks with Russia at a rally on Saturday.",
    # state media
    "Critics say Hamas uses the hostages to evade negotiations while the war goes on.",
])
def test_talks_avoided_or_pressed_for_in_general_are_no_round(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text, status", [
    # readout: a round pressed for is still a round, named by its number and sides
    ("The envoy will push for a third round of talks between Kyiv and Moscow in Geneva next week.",
     "proposed"),
    # wire: what the sides avoid is another thing than the talks they held
    ("Russia and Ukraine held negotiations in Istanbul on Friday, avoiding the question of territory.",
     "held"),
])
def test_a_set_round_near_such_verbs_stays(analyze_text, text, status) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert [t["status"] for t in talks] == [status], talks


@pytest.mark.parametrize("text, site", [
    # wire
    ("The two presidents shook hands at the start of their talks at Kestrel International Airport on "
     "Thursday.", "Kestrel International Airport"),
    # live blog
    ("Envoys of Serbia and Kosovo held talks at the Brdo Castle on Monday, the EU said.", "Brdo Castle"),
    # analysis
    ("The talks at Livadia Palace between Georgian and Abkhaz envoys ended on Friday without a deal.",
     "Livadia Palace"),
])
def test_a_named_building_after_at_is_the_venue(analyze_text, text, site) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and (talks[0]["venue"] or {}).get("name") == site, talks


def test_a_city_named_with_the_building_stays_the_venue(analyze_text) -> None:  # type: ignore[no-untyped-def]
    # readout: the place the gazetteer knows wins over the building
    talks = _talks(analyze_text, "The foreign ministers of Armenia and Azerbaijan held talks in Almaty at "
                                 "the Rixos Hotel on Tuesday.")
    assert talks and talks[0]["venue"]["name"] == "Almaty", talks

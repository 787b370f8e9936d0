"""Claims read as English constructions (not as any article's wording): partitives, repeated acts,
a place after "over", and one figure told twice with two verbs."""
from __future__ import annotations

import pytest

from detente.extract.claims import find_claims

pytestmark = pytest.mark.model


def _claims(analyze_text, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_claims(analyze_text(text))]


@pytest.mark.parametrize("text, value, word", [
    ("The shelling killed eight villagers, three of them children.", 3, "children"),
    ("Some 25 residents were hurt, six of whom were teenagers.", 6, "teenagers"),
    ("A missile wounded 17 people in Sumy, two of them rescue workers.", 2, "workers"),
])
def test_partitive_counts_the_noun_after_the_pronoun(analyze_text, text, value, word) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(c["value"] == value and word in c["what"] for c in claims), claims


@pytest.mark.parametrize("text", [
    "At least 30 people were injured, four of them seriously.",
    "Both delegations brought ten proposals, two of which were new.",
])
def test_partitive_without_a_counted_noun_is_no_figure(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in _claims(analyze_text, text) if c["value"] in (4, 2)]


@pytest.mark.parametrize("text, value", [
    ("Moscow has breached the Easter truce 1,500 times, the general staff said.", 1500),
    ("Artillery shelled the town 40 times on Sunday.", 40),
    ("The Kremlin has broken the grain deal a dozen times, Kyiv claims.", 12),
])
def test_repeated_acts_of_war_are_figures(analyze_text, text, value) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(c["value"] == value and "times" in c["what"] for c in claims), claims


@pytest.mark.parametrize("text", [
    "Russia launched four times as many drones in June as in March.",
    "The prime minister has visited Kyiv three times this year.",
])
def test_ratios_and_peaceful_repeats_are_no_figures(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in _claims(analyze_text, text) if "times" in c["what"]]


def test_a_place_after_over_is_not_what_was_destroyed(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Air defence units downed 48 drones over nine regions on Tuesday night.")
    assert not [c for c in claims if "regions" in c["what"] and "downed" in c["what"]], claims


def test_one_figure_told_with_two_verbs_is_one_claim(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Ukraine's drones struck four airfields in Siberia. "
            "The four airfields hit lay thousands of kilometres from the front.")
    assert len([c for c in _claims(analyze_text, text) if c["value"] == 4]) == 1


@pytest.mark.parametrize("text, part, whole", [
    ("The air force said 41 of 49 drones were downed overnight.", 41, 49),
    ("Officials said 18 of 25 missiles had been intercepted over the capital.", 18, 25),
])
def test_the_verb_of_n_of_m_tells_of_the_part(analyze_text, text, part, whole) -> None:  # type: ignore[no-untyped-def]
    claims = {c["value"]: c["what"] for c in _claims(analyze_text, text)}
    assert part in claims and whole in claims, claims
    assert claims[part] != claims[whole] and any(w.endswith(("ed", "down")) for w in claims[part].split())


def test_a_fronted_whole_names_what_a_bare_number_counts(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Of the 60 shells fired at the town, 12 were duds.")
    claims += _claims(analyze_text, "Of the 30 drones launched, 27 were destroyed.")
    assert any(c["value"] == 27 and "drones" in c["what"] for c in claims), claims


@pytest.mark.parametrize("text", [
    "Image 4 of 9: Firefighters at the scene in Odesa.",
    "Photo 2 of 6",
    "5 min read",
])
def test_page_furniture_numbers_are_no_claims(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _claims(analyze_text, text) == []


@pytest.mark.parametrize("text", [
    "Moscow is pressing for control of the last 20 percent of the region it claims.",
    "Kyiv fears the loss of the remaining 30 per cent of the oblast.",
])
def test_a_share_inside_an_of_phrase_is_not_the_subject_s(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in _claims(analyze_text, text) if c["unit"] == "percent"]
    assert claims and all(c["what"].lower() not in ("moscow", "kyiv") for c in claims), claims


def test_a_change_by_a_share_keeps_what_changed(analyze_text) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, "Russia's grain exports fell by 12 percent after the strikes on the ports.")
    assert claims and "exports" in claims[0]["what"], claims


@pytest.mark.parametrize("text, value, word", [
    # wire
    ("Air defences brought down 48 of the incoming drones overnight, 9 of them over the capital, "
     "the air force said.", 9, "drones"),
    # state media
    ("Duty air defence systems intercepted and destroyed 57 Ukrainian unmanned aerial vehicles, "
     "23 of them over the Belgorod region, the ministry reported.", 23, "vehicles"),
    # readout
    ("The ministry said 310 drones were launched at Russian territory, 74 of them from the "
     "Sea of Azov.", 74, "drones"),
    # live blog
    ("11:40 - Insurgents ambushed a column of some 60 supply trucks and burned at least 22 of them "
     "near the border, a local official said.", 22, "trucks"),
    # analysis
    ("Kyiv says it shot down 20 cruise missiles that night, 6 of them with its newest "
     "interceptors.", 6, "missiles"),
])
def test_a_part_of_a_figure_counts_what_the_whole_counts(analyze_text, text, value, word) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(c["value"] == value and word in c["what"] for c in claims), claims

@pytest.mark.parametrize("text, value", [
    ("We now have 27 countries that are ready to commit soldiers to a reassurance force, the "
     "prime minister said.", 27),
    ("Delegations from more than 50 countries gathered in Geneva for the peace conference.", 50),
    ("A coalition of some 40 nations has promised to guard the truce once it is signed.", 40),
    ("Foreign ministers of 18 countries signed a joint statement condemning the strikes.", 18),
])
def test_how_many_states_join_is_a_figure(analyze_text, text, value) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(c["value"] == value and ("countr" in c["what"] or "nation" in c["what"]) for c in claims), claims


@pytest.mark.parametrize("text", [
    "The company now sells its tractors in 45 countries.",
    "Over the summer the foreign minister travelled to 12 nations across Africa.",
    "Ministers of the 27-nation bloc will meet in Brussels on Monday.",
])
def test_countries_that_say_where_are_no_figure(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert not any("countr" in c["what"] or "nation" in c["what"] for c in _claims(analyze_text, text))

@pytest.mark.parametrize("text, value, word", [
    ("Germany will send Kyiv air defence systems worth 2 billion euros, the chancellor said.",
     2_000_000_000, "systems"),
    ("Kyiv has proposed buying US weapons worth roughly $50bn, the president told reporters.",
     50_000_000_000, "weapons"),
    ("With the latest package, Dutch military aid since 2022 climbs to about 6 billion euros.",
     6_000_000_000, "aid"),
    ("Tokyo will lend Ukraine $3 billion backed by frozen Russian assets, the finance ministry said.",
     3_000_000_000, "loan"),
    ("The relief appeal, which seeks $1.2 billion, was only 10% funded by June, aid agencies said.",
     1_200_000_000, "appeal"),
])
def test_an_amount_measures_what_it_is_worth_or_lent_for(analyze_text, text, value, word) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(c["value"] == value and word in c["what"] for c in claims), claims


@pytest.mark.parametrize("text, value, word", [
    ("Two journalists were killed when a shell struck their car near Kherson, officials said.", 2, "journalists"),
    ("Four students were among those injured in the strike on the dormitory, the ministry reported.",
     4, "students"),
    ("The swap freed 120 prisoners of war, among them five reporters held since the siege.", 5, "reporters"),
    ("At least 12 people died in the attack, among them three teachers, regional officials said.",
     3, "teachers"),
    ("Militants abducted six teachers from the village school on Tuesday, police said.", 6, "teachers"),
    ("Dozens were killed in the raid, among them three local players, the provincial police chief said.",
     3, "players"),
])
def test_people_rarely_counted_are_counted_as_victims(analyze_text, text, value, word) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(c["value"] == value and word in c["what"] for c in claims), claims


@pytest.mark.parametrize("text", [
    "Three journalists asked the minister about the talks on Monday.",
    "Two senators said the aid bill would pass next week.",
    "The delegation of 25 members arrived in Geneva, among them three journalists.",
    "Eleven players were named in the squad for the tournament.",
    "The committee has 12 members, among them three judges.",
    "The minister met 40 students at the university on Friday.",
])
def test_the_same_people_outside_the_war_are_no_figure(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _claims(analyze_text, text) == []


@pytest.mark.parametrize("text, value, word", [
    ("A second barrage hit the bus depot at dawn, bringing the death toll to 27.", 27, "death"),
    ("Tuesday's swap of wounded men raised the number of soldiers freed to more than 3,400.", 3400, "soldiers"),
    ("The coastguard seized four more barges, bringing the total to 61.", 61, "total"),
    ("By nightfall the death toll from the ferry strike had climbed to 19.", 19, "death"),
    ("The number of hostages still held in the mine will be at least 240, the mediator said.", 240, "hostages"),
    ("The tally of downed helicopters reached 31 this spring.", 31, "helicopters"),
])
def test_a_running_total_brought_to_a_number_counts_what_it_totals(analyze_text, text, value, word) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(c["value"] == value and word in c["what"] for c in claims), claims


def test_a_total_of_no_war_noun_is_no_figure(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "The assembly voted to raise the number of seats to 150."
    assert not any(c["value"] == 150 for c in _claims(analyze_text, text))


@pytest.mark.parametrize("text, value, word", [
    ("The border guards passed back 14 badly injured Moldovan fishermen on Sunday.", 14, "fishermen"),
    ("Another 9 wounded Georgian conscripts were flown home in exchange for 5 pilots.", 9, "conscripts"),
])
def test_a_number_before_a_participle_counts_the_noun_after_it(analyze_text, text, value, word) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(c["value"] == value and word in c["what"] for c in claims), claims


@pytest.mark.parametrize("text, value, word", [
    ("The navy fired 38 Kalibr and Oniks missiles at the grain terminal overnight.", 38, "missiles"),
    ("Delegates from 44 African and Latin American countries signed the appeal.", 44, "countries"),
])
def test_a_number_before_two_joined_modifiers_counts_the_noun_they_share(analyze_text, text, value, word) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(analyze_text, text)
    assert any(c["value"] == value and word in c["what"] for c in claims), claims

"""Positions whose party or terms are told by reference, on sentences written for these tests: a
subject whose words the parse runs past its verb, a live blog's verbless 'X, in his channel:'
heading, and terms listed after a colon ('two options for a truce: A, or B')."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
def test_words_hung_on_a_subject_past_its_verb_name_no_party(analyze_text):
    text = ("The Azerbaijani side delivered a paper. In Hajiyev's words, it proposes two routes for a truce: "
            "the complete exit of the Armenian armed forces from Lachin, or a halt to arms imports by Yerevan.")
    got = positions(analyze_text, text)
    assert ("ARM", "ceasefire", "offer") not in got


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ('Serbian President Aleksandar Vucic, in his Telegram channel: "We reject any ceasefire that freezes '
     'the front line."', ("SRB", "ceasefire", "reject")),
    ('16:40 - Moldovan President Maia Sandu, in a video address: "We demand the withdrawal of all Russian '
     'troops from Transnistria."', ("MDA", "withdrawal", "demand")),
    ('Vucic on Telegram: "We reject any ceasefire that freezes the front line."', ("SRB", "ceasefire", "reject")),
])
def test_a_verbless_heading_before_a_colon_names_who_wrote(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_heading_with_a_verb_of_its_own_is_left_to_the_attribution_layer(analyze_text):
    text = "On Telegram, the Serbian president posted a photo of the new bridge."
    assert positions(analyze_text, text) == set()


@pytest.mark.model
def test_terms_listed_for_a_thing_are_asked_of_the_party_who_acts_in_them(analyze_text):
    text = ("Azerbaijan presented two options for a settlement: the withdrawal of Armenian troops from the "
            "enclave, or a package under which Yerevan stops buying heavy weapons.")
    got = positions(analyze_text, text)
    assert ("AZE", "withdrawal", "demand") in got
    assert ("AZE", "withdrawal", "offer") not in got


@pytest.mark.model
def test_listed_terms_naming_no_other_party_stay_the_offer(analyze_text):
    text = "Britain offered two options for security guarantees: air policing from Poland, or troops in Ukraine."
    got = positions(analyze_text, text)
    assert ("GBR", "security_guarantees", "offer") in got
    assert ("GBR", "security_guarantees", "demand") not in got


@pytest.mark.model
def test_a_pronoun_object_of_the_verb_a_cue_takes_stands_for_the_thing_named_before(analyze_text):
    text = ("Armenia wants inspectors at the Metsamor nuclear plant every month, and France has offered to run "
            "it under international supervision.")
    assert ("FRA", "nuclear_safety", "offer") in positions(analyze_text, text)


@pytest.mark.model
def test_a_pronoun_accepted_stands_for_the_plan_before_a_nearer_noun_the_plan_mentions(analyze_text):
    text = ("Somalia's president called the truce plan a sound basis, saying it also covered the withdrawal of "
            "troops from the border towns. \"Somalia is ready to accept it,\" he told parliament.")
    got = positions(analyze_text, text)
    assert ("SOM", "ceasefire", "accept") in got
    assert ("SOM", "withdrawal", "accept") not in got


def _parties(analyze_text, text: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    from detente.extract.positions import find_positions

    return {(r.fields["party"] or {}).get("name") for r in find_positions(analyze_text(text))}


@pytest.mark.model
def test_a_side_quoted_just_after_its_leader_told_it_is_that_leader(analyze_text):
    text = ("President Erdogan told the visiting envoy that the Turkish position had not changed. According to "
            "the Turkish side, a truce is possible only if the PKK hands over all its weapons.")
    assert _parties(analyze_text, text) == {"Recep Tayyip Erdogan"}


@pytest.mark.model
def test_a_side_quoted_after_its_leader_did_something_else_stays_the_state(analyze_text):
    text = ("Erdogan met the envoy on Monday. According to the Turkish side, a truce is possible only if the PKK "
            "hands over all its weapons.")
    assert _parties(analyze_text, text) == {"Turkey"}


@pytest.mark.model
def test_a_verb_joined_to_the_verb_of_saying_is_the_speakers_second_act(analyze_text):
    from detente.extract.positions import _find_cues, _party

    sent = analyze_text("The military-led cabinet in Bamako has stated it will not negotiate with an armed separatist "
                        "alliance under any circumstances and demanded that the rebels hand over Kidal first.").sentences[0]
    cue = next(c for c in _find_cues(sent) if sent.text[c.start:c.end] == "demanded")
    actor, _ = _party(sent, cue)
    assert actor is not None and actor.country == "MLI"


@pytest.mark.model
def test_insisting_that_one_will_not_accept_is_a_refusal_only(analyze_text):
    got = positions(analyze_text, "Sandu insisted that Moldova would not accept a softer sanctions regime for Moscow.")
    assert ("MDA", "sanctions", "reject") in got
    assert ("MDA", "sanctions", "demand") not in got


@pytest.mark.model
def test_insisting_that_another_will_not_tolerate_is_no_refusal_of_ones_own(analyze_text):
    got = positions(analyze_text, "Sandu insisted that Moscow would never tolerate weaker sanctions on Minsk.")
    assert ("MDA", "sanctions", "reject") not in got


@pytest.mark.model
def test_a_condition_apposed_to_a_refusal_takes_the_refused_verb_as_its_content(analyze_text):
    text = ("Armenia said its guards would not withdraw from the Lachin road during the winter months, a condition "
            "Azerbaijan has rejected.")
    assert ("AZE", "withdrawal", "reject") in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Poland and Lithuania are willing to station peacekeepers once a truce holds, whereas Moscow has branded any "
    "such mission unacceptable.",
    "Poland and Lithuania have said they would station peacekeepers in Ukraine, but Moscow has deemed any such "
    "mission unacceptable.",
])
def test_a_likened_thing_judged_is_the_one_named_before_and_the_judge_is_its_own_subject(analyze_text, text):
    got = positions(analyze_text, text)
    assert ("RUS", "security_guarantees", "reject") in got
    assert ("POL", "security_guarantees", "reject") not in got

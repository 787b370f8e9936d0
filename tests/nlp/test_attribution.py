"""Attribution: who a sentence reports, through which medium, on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from detente.nlp import language
from detente.nlp.attribution import find_attribution, lexicon
from detente.nlp.core import Attribution

REFERENCE = date(2025, 6, 5)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from detente.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def attribute(nlp):  # type: ignore[no-untyped-def]
    """`attribute(sentence) -> Attribution | None` with the real parser and actor resolver."""

    def _attribute(text: str) -> Attribution | None:
        doc = nlp(text)
        actors = language.resolve_actors(doc, REFERENCE)
        span = next(iter(doc.sents))
        return find_attribution(span, [m for m in actors if m.start < span.end_char])

    return _attribute


def test_lexicon_is_data_with_the_core_verbs() -> None:
    verbs = set(lexicon()["speech_verbs"])
    assert {"say", "tell", "claim", "report", "write", "post"} <= verbs
    assert "according to" in lexicon()["according_cues"]


def test_no_parse_means_no_attribution() -> None:
    from detente.nlp.pipeline import blank_nlp

    doc = blank_nlp()("The minister said the border was closed.")
    assert find_attribution(doc[:], []) is None


@pytest.mark.model
def test_according_to_names_the_source(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("According to the Kremlin, 40 Ukrainian drones were shot down over Belgorod.")
    assert att is not None and att.cue == "according to"
    assert att.speaker is not None and att.speaker.country == "RUS"


@pytest.mark.model
def test_subject_of_said(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("Sergei Lavrov said on Thursday that Moscow saw no basis for a truce.")
    assert att is not None and att.cue == "say"
    assert att.speaker is not None and "Lavrov" in att.speaker.name


@pytest.mark.model
def test_inverted_said_after_a_quote(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute('"The harvest will not wait for diplomats," said Dmitri Orlov, a grain trader.')
    assert att is not None and att.speaker is not None
    assert "Orlov" in att.speaker.name


@pytest.mark.model
def test_told_an_outlet_is_the_medium(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("Volodymyr Zelensky told Reuters that Kyiv would not cede the Donbas.")
    assert att is not None and att.medium == "Reuters"
    assert att.speaker is not None and att.speaker.country == "UKR"


@pytest.mark.model
def test_told_reporters_is_no_medium(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("Volodymyr Zelensky told reporters in Lviv that the talks had stalled.")
    assert att is not None and att.medium is None


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "medium"), [
    ("Andriy Yermak posted on Telegram that the exchange was complete.", "Telegram"),
    ('"The bridge is closed," Mykhailo Podolyak wrote on X.', "X"),
    ("Antony Blinken said in an interview with CNN that aid would continue.", "CNN"),
])
def test_platform_or_interview_is_the_medium(attribute, sentence: str, medium: str) -> None:  # type: ignore[no-untyped-def]
    att = attribute(sentence)
    assert att is not None and att.medium == medium


@pytest.mark.model
def test_a_place_after_said_is_no_medium(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("Keir Starmer said in London on Monday that Britain would send more air defence.")
    assert att is not None and att.medium is None


@pytest.mark.model
def test_possessive_ministry_is_attributed_to_its_state(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("Poland's defence ministry reported that 30 balloons crossed the border overnight.")
    assert att is not None and att.cue == "report"
    assert att.speaker is not None and att.speaker.country == "POL"


@pytest.mark.model
def test_a_report_by_names_its_author(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("A report by the Kiel Institute estimated that European aid fell by 40 percent.")
    assert att is not None and att.speaker is not None
    assert "Kiel" in att.speaker.name


@pytest.mark.model
def test_outlet_reports_that(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("The Wall Street Journal reports that Kyiv has lost 12 Patriot launchers.")
    assert att is not None and att.speaker is not None
    assert "Journal" in att.speaker.name


@pytest.mark.model
def test_a_bare_report_is_no_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("The report says 300 armoured vehicles were lost near the river.")
    assert att is None or att.speaker is None


@pytest.mark.model
def test_in_a_statement(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("In a statement, the Kremlin accused Kyiv of sabotaging the railway.")
    assert att is not None and att.speaker is not None and att.speaker.country == "RUS"


@pytest.mark.model
def test_said_with_according_to_outlet_gives_speaker_and_medium(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("Recep Tayyip Erdogan said Turkey was ready to host a summit, according to the Associated Press.")
    assert att is not None and att.speaker is not None and "Erdogan" in att.speaker.name
    assert att.medium == "Associated Press"


@pytest.mark.model
def test_speech_verb_inside_a_quote_is_not_the_attribution(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute('"They said nothing about prisoners," Dmitri Orlov added.')
    assert att is not None and att.speaker is not None and "Orlov" in att.speaker.name


@pytest.mark.model
def test_pronoun_subject_keeps_its_offsets(nlp, attribute) -> None:  # type: ignore[no-untyped-def]
    text = '"We are not leaving," she said.'
    att = attribute(text)
    assert att is not None and att.start is not None and att.end is not None
    assert text[att.start:att.end] == "she"


@pytest.mark.model
def test_plain_report_of_fighting_has_no_attribution(attribute) -> None:  # type: ignore[no-untyped-def]
    assert attribute("Russian troops advanced two kilometres near Pokrovsk overnight.") is None


@pytest.mark.model
def test_a_title_with_a_named_appositive_is_spoken_by_the_person(attribute) -> None:  # type: ignore[no-untyped-def]
    att = attribute("French President Emmanuel Macron's chief of staff Claire Dubois said in a "
                    "statement that the meeting had been useful.")
    assert att is not None and att.speaker is not None and "Dubois" in att.speaker.name


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Sergei Lavrov slammed the decision as a provocation aimed at the talks.",
    "Sergei Lavrov expressed hope that the grain deal would be extended.",
    "Sergei Lavrov asked why the West had ignored the proposal.",
])
def test_verbs_of_judging_and_asking_attribute_to_their_subject(attribute, sentence) -> None:  # type: ignore[no-untyped-def]
    att = attribute(sentence)
    assert att is not None and att.speaker is not None and "Lavrov" in att.speaker.name


@pytest.mark.model
@pytest.mark.parametrize(("text", "surname", "country"), [
    # a capitalised title that reads as its body, then the holder's name between commas
    ('"Every convoy must be let through," the UN Relief and Recovery Coordinator for Sudan, Thomas Becker, '
     'said in a statement.', "Becker", "UN"),
    ('"The monitors saw no tanks on the road," the African Union Chief Mediator for Sudan, Helen Carter, told '
     'reporters.', "Carter", "AU"),
])
def test_a_name_beside_a_capitalised_title_speaks(attribute, text: str, surname: str,  # type: ignore[no-untyped-def]
                                                 country: str) -> None:
    att = attribute(text)
    assert att is not None and att.speaker is not None
    assert surname in att.speaker.name and att.speaker.country == country

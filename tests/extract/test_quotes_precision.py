"""Quotes given to the wrong side or to no one at all: an envoy belongs to the state that sends
him, not to the one he is posted to; "he said" stands for a person, never for a state; titles of
songs, films or operations in quotation marks are no one's words. Sentences written for these
tests in the voices of wire copy, a tabloid and an entertainment page."""
from __future__ import annotations

import pytest

from detente.extract.quotes import find_quotes

pytestmark = pytest.mark.model


def _quotes(analyze_text, text: str) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    records = find_quotes(analyze_text(text))
    return [(r.fields["speaker"]["name"], r.fields["speaker"]["country"], r.fields["text"]) for r in records]


@pytest.mark.parametrize(("text", "name", "country"), [
    ('China\'s ambassador to Britain Liu Xiaoming warned that Beijing "will not sit on our hands if the '
     'situation becomes uncontrollable."', "Liu Xiaoming", "CHN"),
    ('The US envoy to Ukraine Kurt Volker met the lawyer twice. "I think all of us thought it was '
     'inappropriate," Volker said.', "Volker", "USA"),
    ('Estonian regional governor Mart Kask visited the border. "We saw the jets cross the line twice '
     'this morning," Kask said.', "Mart Kask", "EST"),
])
def test_an_envoy_speaks_for_the_state_that_sends_him(analyze_text, text: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and name in found[0][0] and found[0][1] == country, found


def test_he_said_goes_back_to_a_person_not_a_state(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('"They must realise that we also have weapons that can hit targets on their territory," said '
            'Putin.\n\nSpeaking ahead of the vote, he lauded what he said was Russia\'s modernised nuclear '
            'arsenal, the largest in the world.\n\n"Strategic nuclear forces are in a state of full '
            'readiness," he said.')
    found = _quotes(analyze_text, text)
    assert len(found) == 2 and all("Putin" in name for name, _, _ in found), found


@pytest.mark.parametrize("text", [
    'The band\'s manager said fans can expect "Listen To The Music" and "What A Fool Believes" on the tour.',
    'The documentary "The Day The Bridge Came Down" opens in Kyiv cinemas next week, the ministry said.',
])
def test_titles_in_quotation_marks_are_no_quotes(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _quotes(analyze_text, text)


def test_a_sentence_quoted_in_plain_case_stays(analyze_text) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, '"I am ready to meet him in any format," Zelensky said on Sunday.')
    assert len(found) == 1 and "Zelensky" in found[0][0], found


def test_a_surname_that_names_a_group_stays_the_persons(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('The accord was signed by Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan '
            'counterpart. "Today is not the end. It is the beginning of a long road," Wagner said.')
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][:2] == ("Therese Kayikwamba Wagner", "COD"), found


def test_an_organisations_official_posted_in_a_country_speaks_for_the_organisation(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('"Families are sleeping in the open, and the shelling has not stopped," said Lena Ortiz, a UN '
            'humanitarian official in Sudan.')
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == "UN", found


def test_a_letter_to_an_official_does_not_post_him_abroad(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Activists wrote to Miami-Dade County Mayor Daniella Levine Cava last week. "This underscores '
            'the gravity of the situation," Levine Cava wrote.')
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == "USA", found


@pytest.mark.parametrize(("text", "country"), [
    ('"Nobody wants this war to go on," said Olena, 54, a teacher from Kharkiv who fled to Poland.', "UKR"),
    ('"The shelling did not stop all night," said Mykola, a retired miner in Pokrovsk.', "UKR"),
])
def test_a_resident_described_by_her_town_belongs_to_its_country(analyze_text, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert found and found[0][1] == country, found


@pytest.mark.parametrize(("text", "country"), [
    ('The Russian Defence Ministry reported on Sunday that servicemen had returned. "We will continue the '
     'exchanges on the principle of all for all," the ministry said.', "RUS"),
    ('The Russian Defence Ministry reported the handover on Sunday.\n\n"We will continue the exchanges after '
     'the holiday," the ministry\'s statement said.', "RUS"),
    ('Ukraine\'s General Staff said attacks had been repelled. "The enemy lost more than 1,000 soldiers in '
     'the past day," the staff said in its morning update.', "UKR"),
])
def test_the_ministry_goes_back_to_the_ministry_named_before(analyze_text, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == country, found


def test_the_agency_named_nowhere_before_gives_no_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    assert not _quotes(analyze_text, '"Talks will go on next week as planned," the agency said.')


@pytest.mark.parametrize(("text", "country"), [
    ('"We have accepted the mediators\' proposal and are waiting for the other side," a Hamas official, '
     'speaking on condition of anonymity, said.', "PSE"),
    ('"The draft is not final and many points remain open," a senior Ukrainian official, who asked not to '
     'be named, told reporters.', "UKR"),
])
def test_an_aside_between_speaker_and_verb_keeps_the_speaker(analyze_text, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == country, found


def test_an_official_with_no_country_speaks_for_the_datelines_capital(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Special Correspondent | NEW DELHI, May 11, 2025\nThe two armies agreed on Saturday to halt all '
            'firing, Foreign Secretary Ravi Menon announced. "Instructions have been given on both sides to '
            'give effect to this understanding," he said.')
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == "IND", found


def test_a_surname_spelled_as_in_the_article_finds_the_resolved_person(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('KHARKIV, Ukraine (AP) — Regional governor Oleh Syniehubov said four people were hurt. "Rescuers '
            'are still working at the site," Syniehubov said.')
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == "UKR", found


@pytest.mark.parametrize(("text", "name"), [
    ('Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet attended.\n\nTrump had '
     'spoken to both leaders on Saturday.\n\nPhumtham was more guarded. He said his side expected the '
     'other to "act in good faith at every step", and repeated the accusation.', "Phumtham Wechayachai"),
    ('Trump spoke with Putin for two hours. "It was a very good call," Trump said. Zelensky was less '
     'upbeat. He said: "We have heard such promises before and nothing changed."', "Zelensky"),
])
def test_he_opening_a_sentence_is_the_subject_just_before(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert found and name in found[-1][0], found


def test_a_state_before_a_surname_is_no_given_name(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('China\'s ambassador to the United Kingdom Liu Xiaoming spoke on Monday. Liu said the army could be '
            'deployed, warning: "They are already there in the garrison and are responsible for defence."')
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][0] in ("Liu", "Liu Xiaoming") and found[0][1] == "CHN", found


def test_a_transcript_label_in_capitals_names_the_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('HOST: Here is Dmitry Peskov, the Kremlin spokesman, speaking this morning.\n'
            'PESKOV (THROUGH TRANSLATOR): "We are ready to continue the talks, but not on these terms."\n'
            'HOST: And from London, our correspondent.\n'
            'PARK: "This is a question for the ministers, not for the two of us."')
    found = _quotes(analyze_text, text)
    assert [(n, c) for n, c, _ in found] == [("Dmitry Peskov", "RUS")], found


@pytest.mark.parametrize(("text", "country"), [
    # a South Asian paper's dateline with a colon
    ('ISLAMABAD: The two sides agreed to extend the truce on Sunday.\n"We will respond to any violation '
     'with full force," Defence Minister Tariq Aziz told reporters.', "PAK"),
    # an agency dateline in title case
    ('Bamako (AFP) - Talks with the armed groups stalled again on Monday.\n"There are no negotiations '
     'with terrorists," spokesman General Amadou Diarra said on state radio.', "MLI"),
    # state media
    ('Ankara (AA) - The foreign ministry hosted both delegations on Tuesday.\n"The next round will take '
     'place here," Deputy Foreign Minister Selim Kaya said.', "TUR"),
    # a live page's entry
    ('KABUL: Border clashes eased overnight after the mediators stepped in.\n"Our forces have been told to '
     'hold fire," acting Defence Minister Noor Rahimi said in a video message.', "AFG"),
])
def test_a_dateline_with_a_colon_or_an_agency_gives_the_officials_side(analyze_text, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == country, found


def test_a_countrys_own_name_before_a_colon_is_a_label_not_a_dateline(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = 'UKRAINE: What we know on day 400\n"We will not give up an inch," Defence Minister Olena Bilyk said.'
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] is None, found


def test_a_private_person_named_by_a_person_noun_speaks_for_the_scene(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Two shells landed near the river port of Kherson before dawn.\n\n'
            'A local pensioner, Halyna, was feeding her hens when the first one fell.\n\n'
            '"The ground jumped under my feet and the fence simply disappeared," she told a local radio station.')
    found = _quotes(analyze_text, text)
    assert [(n, c) for n, c, _ in found] == [("Halyna", "UKR")], found


def test_a_person_described_as_living_near_a_place_takes_its_country(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Fuel prices rose again this week. "Each new strike on the refineries costs me a full tank," '
            'grumbles Marc Dupuis, a dairy farmer near Rennes.')
    found = _quotes(analyze_text, text)
    assert [(n, c) for n, c, _ in found] == [("Marc Dupuis", "FRA")], found

"""Quotes read by going through every quote detente drew from news pages no one annotated:
who speaks when the article's names are also ordinary words or places. Sentences written for
these tests in the voices of a profile, a wire story and a regional paper."""
from __future__ import annotations

import pytest

from detente.extract.quotes import find_quotes

pytestmark = pytest.mark.model


def _speakers(analyze_text, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.fields["speaker"]["name"] for r in find_quotes(analyze_text(text))]


def test_a_place_and_a_name_at_one_spot_do_not_stop_the_reading(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('The commander, Jack Black, toured the port. The Black Sea fleet has lost several ships since '
            'spring. "We will not give up the coast," he said.')
    assert _speakers(analyze_text, text) == ["Jack Black"]


@pytest.mark.parametrize("text, name", [
    ('The novelist Tom Reyes admired the actress Lena Black as a boy.\n\nHis Black identity shaped his '
     'books. "I always felt different," he said.', "Tom Reyes"),
    ('Sergeant Ivan Petrenko keeps the letter in his jacket. It was written by a schoolgirl, Anna Koval, '
     'from Lviv.\n\n"We read it every night in the trench," he said.', "Ivan Petrenko"),
    ('Farm minister Oksana Hrytsenko toured the silos with the Polish envoy, Marek Nowak, and a grain '
     'trader, Pavel Lis.\n\n"Every ton that leaves this port is a ton taken back from the blockade," '
     'she said.', "Oksana Hrytsenko"),
    ('Ambassador Petra Lind, a banker the chancellor Olaf Berg picked for the post, is closer to the '
     'talks than anyone. Yet Lind has changed her account once. "I now remember the call," she said.',
     "Petra Lind"),
    ('Comer Hale, the committee chairman, stressed that Ruth Voss and her lawyer had asked for a hearing.'
     '\n\n"We will hold it next month," he said.', "Comer Hale"),
    ('A Dutch inquiry found that a navy contractor leaked the plans, according to the Financial Times. '
     'The finding prompted Defence Minister Ruben Brekelmans to summon the firm\'s chief. "They owe the '
     'country an explanation by Friday," he said.', "Ruben Brekelmans"),
])
def test_he_or_she_goes_on_with_the_latest_subject(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    speakers = _speakers(analyze_text, text)
    assert len(speakers) == 1 and name in speakers[0], speakers


@pytest.mark.parametrize("text, name, country", [
    ('"Attacks on aid convoys must end at once," the UN Resident and Humanitarian Coordinator in Haiti, '
     'Grace Nkweta-Obi, said in a statement.', "Grace Nkweta-Obi", "UN"),
    ('"Strikes on the grid are a breach of the law of war," the UN Resident and Humanitarian Coordinator in '
     'Yemen, Anna Berg, said on Tuesday.', "Anna Berg", "UN"),
])
def test_the_person_named_after_a_long_title_speaks(analyze_text, text: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    records = find_quotes(analyze_text(text))
    assert len(records) == 1, records
    speaker = records[0].fields["speaker"]
    assert speaker["name"] == name and speaker["country"] == country, speaker


@pytest.mark.parametrize("text, country", [
    ('The Taliban dismissed the account on Monday. "Nothing in the text binds us to stop," chief negotiator '
     'Abdul Rahim Saqib told a radio station.', "AFG"),
    ('The Kremlin denied the report on Friday. "There were no such talks," a senior official, Oleg Markin, told '
     'the agency.', "RUS"),
])
def test_an_official_without_a_side_speaks_for_the_side_that_just_responded(analyze_text, text: str,  # type: ignore[no-untyped-def]
                                                                             country: str) -> None:
    records = find_quotes(analyze_text(text))
    assert len(records) == 1 and records[0].fields["speaker"]["country"] == country, records


def test_an_official_after_the_other_side_acted_keeps_no_side(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Russia launched 40 drones at the region overnight. "Two houses were hit in the village," regional '
            'governor Ivan Koval said.')
    records = find_quotes(analyze_text(text))
    assert len(records) == 1 and records[0].fields["speaker"]["country"] != "RUS", records


@pytest.mark.parametrize("text, name", [
    ('Sen. Laura Finch confronted the minister, Tom Hale, at the hearing over the empty offices.\n\nMs. Finch '
     'asked Mr. Hale what his department does to check on staff working from home. He did not answer '
     'directly.\n\n"To suggest that they are not working is an affront to the people of this department," he '
     'said.', "Tom Hale"),
    ('Senator Laura Finch met the minister, Tom Hale, on Tuesday.\n\nMr. Hale told Ms. Finch the offices would '
     'fill up by spring. She left the meeting early. "It was a waste of an afternoon," she said.', "Laura Finch"),
])
def test_mr_and_ms_say_whom_he_or_she_stands_for(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(analyze_text, text) == [name]


@pytest.mark.parametrize("text, name", [
    ('Councillor Helen Marsh faces four rivals in the primary. Her late father, Walter J. Marsh, was a '
     'lawyer in Fresno.\n\n"My dad never cared about party, and neither do I," Marsh said.',
     "Helen Marsh"),
    ('Defence Minister Anna Sorensen met the press on Monday. Her husband, Erik Sorensen, runs a shipyard in '
     'Aarhus.\n\n"We will order four more frigates this year," Sorensen said.', "Anna Sorensen"),
])
def test_a_bare_surname_stays_with_the_first_person_introduced_under_it(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    speakers = _speakers(analyze_text, text)
    assert len(speakers) == 1 and speakers[0].endswith(name), speakers

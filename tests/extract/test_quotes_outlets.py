"""Quotes as outlets nobody tuned on print them: sentences written for these tests in the voices
of science desks, tabloids, wire copy and web-only sites. A long title before a name, a speaker
who "continued", a pronoun speaker relayed by another paper, and an embedded post whose account
name only contains an actor's word."""
from __future__ import annotations

import pytest

from detente.extract.quotes import find_quotes

pytestmark = pytest.mark.model


def _quotes(analyze_text, text: str) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    records = find_quotes(analyze_text(text))
    return [(r.fields["speaker"]["name"], r.fields["speaker"]["country"], r.fields["text"]) for r in records]


@pytest.mark.parametrize(("text", "name"), [
    ('"We found that the shelling had damaged the main water pipe in two places," lead engineer '
     'Olena Bondar wrote.', "Olena Bondar"),
    ('Red Cross regional director Martin Keller said: "Our teams could not reach the village for a week."',
     "Martin Keller"),
    ('"The convoy was stopped at the last checkpoint before the river," senior field officer and UN '
     'logistics chief Amina Yusuf said in a statement.', "Amina Yusuf"),
])
def test_a_long_title_before_the_name_still_gives_the_speaker(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][0] == name, found


@pytest.mark.parametrize(("text", "name"), [
    ('Putin spoke for an hour. "We have weapons that can strike targets on their territory," the '
     'Russian leader continued.', "Putin"),
    ('Zelensky met Macron in Paris. "We will hold the line in the east no matter what," he went on.',
     "Zelensky"),
])
def test_a_speaker_who_continues_speaks(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and name in found[0][0], found


def test_continued_without_a_quote_is_no_attribution(analyze_text) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(analyze_text, "Russia continued its strikes on the city through the night.") == []


def test_a_pronoun_speaker_relayed_by_a_paper_keeps_the_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Senator Ann Marsh spoke in Wheeling on Monday. "We cannot keep waiting for the border to fix '
            'itself," she said, according to the Herald.')
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][0] == "Ann Marsh", found


def test_a_post_signed_by_a_longer_name_is_not_the_actor_inside_it(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Every family deserves a safe place to worship, and we will keep saying so.\n\n"
            "— Alliance For Open Churches (@OpenChurches) March 2, 2024")
    assert _quotes(analyze_text, text) == []


def test_a_post_signed_by_an_actor_and_a_title_is_the_actor(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Russia must be held to account for every strike on Ukraine's cities.\n\n"
            "— NATO Spokesperson (@NATOpress) June 3, 2025")
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == "NATO", found


@pytest.mark.parametrize(("text", "country"), [
    ("Two soldiers died in a helicopter crash near the border, the US military said in a statement.\n\n"
     '"The cause of the crash is under investigation and early reports do not point to enemy fire," '
     "the statement said.", "USA"),
    ("Russia's defence ministry said in a statement that its forces had taken the village.\n\n"
     '"Units of the central group liberated the settlement after heavy fighting," the statement read.', "RUS"),
])
def test_a_statement_speaks_for_who_said_it_in_that_statement(analyze_text, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == country, found


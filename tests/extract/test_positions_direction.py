"""Who is to act in a position (issue 14): read from the parse, on sentences written for these tests."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.extract.positions import find_positions
from detente.nlp.core import Analysis


def _direction(analyze_text: Callable[..., Analysis], text: str, issue: str) -> tuple[str | None, str | None]:
    records = [r for r in find_positions(analyze_text(text)) if r.fields["issue"] == issue]
    assert records, f"no {issue} position in {text!r}"
    who = records[0].fields["who_acts"]
    return (who or {}).get("country"), records[0].fields["who_acts_basis"]


@pytest.mark.parametrize(("text", "issue", "who"), [
    # a noun's doer: possessor, demonym, "of" after an intransitive act
    ("Ukraine demands the withdrawal of Russian troops from all occupied land.", "withdrawal", "RUS"),
    ("Kyiv wants a complete Russian pullout before any talks.", "withdrawal", "RUS"),
    ("Moscow's key demand is a guarantee of Ukraine's neutrality.", "alliances_neutrality", "UKR"),
    # a verb's own subject, and the controller of an infinitive
    ("Moscow insists that Kyiv withdraw its forces from the four regions.", "withdrawal", "UKR"),
    ("The Kremlin said Russia was not ready to withdraw from the occupied areas.", "withdrawal", "RUS"),
    ("Ukraine will never cede territory to Russia, Zelensky said.", "territory", "UKR"),
])
def test_the_parse_says_who_is_to_act(analyze_text: Callable[..., Analysis], text: str, issue: str,
                                      who: str) -> None:
    assert _direction(analyze_text, text, issue) == (who, "stated")


def test_a_refused_act_without_a_subject_is_the_partys_own(analyze_text: Callable[..., Analysis]) -> None:
    text = "Kyiv rejects any deal that would involve withdrawing from the Donbas."
    assert _direction(analyze_text, text, "withdrawal") == ("UKR", "implied")


@pytest.mark.parametrize(("text", "issue"), [
    ("Ukraine called for a full ceasefire on Monday.", "ceasefire"),
    # whose children, not who is to act: an owner of a thing is not a doer
    ("Kyiv demands the return of Ukrainian children.", "children_civilians"),
    # what is recognised, not who recognises
    ("Moscow demands the recognition of Crimea as Russian.", "territory"),
])
def test_no_actor_is_guessed_where_the_words_name_none(analyze_text: Callable[..., Analysis], text: str,
                                                      issue: str) -> None:
    assert _direction(analyze_text, text, issue) == (None, None)


def test_opposite_demands_on_one_issue_carry_opposite_directions(
        analyze_text: Callable[..., Analysis]) -> None:
    ukraine = _direction(analyze_text, "Ukraine demands the withdrawal of Russian forces.", "withdrawal")
    russia = _direction(analyze_text, "Russia demands that Ukraine withdraw from Donetsk.", "withdrawal")
    assert ukraine[0] == "RUS" and russia[0] == "UKR"

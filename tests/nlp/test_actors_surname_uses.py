"""A word the article used as someone's surname is that person only where it is used as a name:
"Black" in "a Black family" is an adjective, "Denver" in "moved to Denver" a place, even after
the article named "Lena Black" or the tagger read "Uptown Denver" as a person. Sentences written for these
tests in the voices of a profile, a wire story and a regional paper."""
from __future__ import annotations

import pytest

from tests.nlp.mentions import actor_of


@pytest.mark.parametrize(("text", "needle"), [
    ("The director cast Lena Black in the lead. He grew up in a Black family in the suburbs.", "Black"),
    ("Commander Jack Black toured the port. The Black Sea fleet has lost several ships since spring.", "Black"),
    ("The singer met Tom Paris at a festival. Two years later she moved to Paris for good.", "Paris"),
    ("Analyst Emma Young spoke first. Young people were leaving the border towns, she said.", "Young"),
])
def test_a_surname_used_as_an_adjective_or_a_place_is_nobody(nlp, resolver, text: str, needle: str) -> None:  # type: ignore[no-untyped-def]
    actor = actor_of(nlp, resolver, text, needle)
    assert actor is None or actor.name.split()[-1] != needle, actor


@pytest.mark.parametrize(("text", "needle", "name"), [
    ("Colonel Maria Black commands the brigade. Black said the line would hold.", "Black", "Maria Black"),
    ("The envoy, Daniel Young, landed in Kyiv on Monday. Young met the foreign minister an hour later.",
     "Young", "Daniel Young"),
])
def test_the_same_word_as_a_surname_is_still_the_person(nlp, resolver, text: str, needle: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actor = actor_of(nlp, resolver, text, needle)
    assert actor is not None and actor.name == name, actor


@pytest.mark.parametrize(("text", "needle", "name"), [
    ("The envoy, Marta Ruiz-Lozano, flew to Port-au-Prince on Monday.", "Ruiz-Lozano", "Marta Ruiz-Lozano"),
    ("Lawmaker Anna Kowalska-Wrona asked the minister about the border fence.", "Kowalska-Wrona", "Anna Kowalska-Wrona"),
])
def test_a_double_barrelled_surname_is_one_name(nlp, resolver, text: str, needle: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actor = actor_of(nlp, resolver, text, needle)
    assert actor is not None and actor.name == name, actor

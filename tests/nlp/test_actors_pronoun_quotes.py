"""A he or she opening the paragraph after a paragraph that is nothing but a quotation: the
speaker introduced before the quote ('X posted a statement:' / '"..."' / 'He called on ...').
Sentences written for these tests in our own words, in several voices."""
from __future__ import annotations

import pytest

from tests.nlp.mentions import actor_of


@pytest.mark.parametrize(("text", "name"), [
    # live blog: a statement posted online, then the writer's summary
    ("Polish Prime Minister Donald Tusk posted a statement on X after the night of strikes:\n\n"
     "\"Dozens of drones in one night. This is a deliberate provocation.\"\n\n"
     "He called on NATO allies to close the sky over western Ukraine.", "Donald Tusk"),
    # wire: a briefing, the quote, then the answer
    ("Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n"
     "\"Nothing has changed in our position. The talks go on only on the basis of realities.\"\n\n"
     "He rejected the European proposal for an unconditional truce.", "Dmitry Peskov"),
    # state media: an interview, then her demand
    ("Finnish Foreign Minister Elina Valtonen told public broadcaster Yle on Sunday:\n\n"
     "\"Our border stays closed until the pressure stops.\"\n\n"
     "She urged Moscow to end the flow of migrants to the frontier.", "Elina Valtonen"),
])
def test_pronoun_after_a_quote_paragraph_is_its_speaker(nlp, resolver, text: str, name: str) -> None:
    actor = actor_of(nlp, resolver, text, "He" if "\n\nHe " in text else "She")
    assert actor is not None and actor.name == name


def test_pronoun_after_two_narrated_paragraphs_stays_unread(nlp, resolver) -> None:
    """Only a paragraph of quotation is looked past: a narrated paragraph between keeps the old limit."""
    text = ("Polish Prime Minister Donald Tusk posted a statement on X after the night of strikes.\n\n"
            "Dozens of drones crossed the border overnight, the army said.\n\n"
            "He called on the allies to close the sky.")
    actor = actor_of(nlp, resolver, text, "He")
    assert actor is None or actor.name != "Donald Tusk"

"""Acts of speech told in the first person inside a quotation: the 'I' or 'we' is the quote's
speaker, named outside the marks, also in a sentence of the quote that names no one. Every sentence
here is written for these tests in our own words, in several voices (wire, state media, readout,
live blog)."""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "kind", "actor"), [
    # wire: the speaker named after a quote of two sentences
    ('"The ceasefire must hold. I urge both sides to return to the table without delay," Turkish '
     'President Recep Tayyip Erdogan said in a televised address.', "REQUEST", "TUR"),
    # live blog: a colon introduces the quote
    ("Live updates: day three of the summit.\n\nA Kremlin spokesman told state media: \"Europe is "
     "playing with fire. We demand that these provocations stop at once.\"", "REQUEST", "RUS"),
    # readout: the speaker named before, the act in the quote's last sentence
    ('Chinese Foreign Minister Wang Yi spoke after the meeting in Beijing. "Dialogue is the only way '
     'out. We support every effort to bring the parties together," Wang said.', "SUPPORT", "CHN"),
    # state media: an anonymous official of a named side
    ('"Our answer has been delivered to the mediators. We accept the proposal as it stands," a senior '
     'Hamas official said, speaking on condition of anonymity.', "AGREE", "PSE"),
])
def test_first_person_in_a_quote_is_its_speaker(analyze_text, text: str, kind: str, actor: str) -> None:
    assert any(t == kind and a == actor for t, a, _ in events(analyze_text, text))


@pytest.mark.parametrize(("text", "kind"), [
    # a speaker of no state or side: a coach, a spectator
    ('"The team was poor today. We reject the referee\'s decision completely," the coach told '
     'reporters after the match.', "REJECT"),
    ('"It was a terrible night. I condemn whoever threw the bottle," a spectator said outside the '
     'stadium.', "ACCUSE"),
    # no quotation at all: an unnamed 'we' in the narration
    ("We reject any plan that takes land from anyone, the column's author wrote.", "REJECT"),
])
def test_first_person_of_no_political_speaker_acts_for_no_one(analyze_text, text: str, kind: str) -> None:
    assert not [e for e in events(analyze_text, text) if e[0] == kind and e[1] is not None]


def test_a_speaker_does_not_act_on_himself(analyze_text) -> None:
    """'I thank you, Mr. President': the addressee is not the speaker, whatever 'President' reads as."""
    text = ('Ukrainian President Volodymyr Zelensky spoke briefly after the talks. "This was a good '
            'day. I thank Mr. President for his time," Zelensky said.')
    assert not [e for e in events(analyze_text, text) if e[1] is not None and e[1] == e[2]]


def test_a_name_beside_a_capitalised_title_is_the_act_s_actor(analyze_text) -> None:
    """'the UN ... Coordinator for Sudan, Thomas Becker, said': the title alone reads as the UN, but the
    person named beside it is who condemns, with the UN kept as his body."""
    from detente.extract.events import find_events

    text = ('"Attacks on aid workers are unacceptable," the UN Relief and Recovery Coordinator for Sudan, '
            'Thomas Becker, told reporters.')
    actors = [r.fields["actor"] for r in find_events(analyze_text(text)) if r.fields["type"] == "ACCUSE"]
    assert actors and all(a is not None and a["name"] == "Thomas Becker" and a["country"] == "UN" for a in actors)

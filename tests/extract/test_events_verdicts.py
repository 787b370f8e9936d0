"""Spoken verdicts with no accusation verb: a speaker's copular clause that names a party the
speaker's foe ('"Canada is our adversary," X said'), calls a deed just told an unfriendly or hostile
act ('"This is an unfriendly act," X said'), or judges a bare attack gerund a despicable act. The
guide codes these as ACCUSE (actor: the speaker's side; target: the judged party or the deed's doer).

Every sentence here is written for these tests in our own words.
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events


@pytest.mark.parametrize(("text", "speaker", "judged"), [
    ("“Britain is our enemy,” the Iranian foreign minister wrote on Telegram.", "IRN", "GBR"),
    ("“Canada is our adversary now,” a senior Venezuelan official said.", "VEN", "CAN"),
])
def test_a_party_named_the_speakers_foe_is_accused(analyze_text, text: str, speaker: str, judged: str) -> None:
    assert ("ACCUSE", speaker, judged) in events(analyze_text, text), events(analyze_text, text)


def test_a_deed_just_told_judged_unfriendly_accuses_its_doer(analyze_text) -> None:
    text = ("Tokyo expelled two Chinese diplomats on Monday over a spying case. “This is an unfriendly "
            "act, and it will harm our ties,” the Chinese ambassador said.")
    assert ("ACCUSE", "CHN", "JPN") in events(analyze_text, text), events(analyze_text, text)


def test_a_bare_attack_judged_a_despicable_act_accuses_its_doer(analyze_text) -> None:
    text = ("Russian artillery shelled a school in Kharkiv on Friday. “Shelling a school full of "
            "children is a despicable act,” a French foreign ministry spokeswoman said.")
    assert ("ACCUSE", "FRA", "RUS") in events(analyze_text, text), events(analyze_text, text)


@pytest.mark.parametrize("text", [
    # no deed against the speaker's side told before: 'this' points at nothing we read
    "Serbian police closed a border crossing with Kosovo. “This is a hostile act,” the Kosovar minister said.",
    # praise and a denied verdict judge no one
    "“Japan is our friend and partner,” the Indian envoy said.",
    "“Mexico is not our enemy,” a White House spokeswoman said.",
])
def test_no_deed_told_praise_or_a_denial_accuses_no_one(analyze_text, text: str) -> None:
    assert "ACCUSE" not in [kind for kind, *_ in events(analyze_text, text)], events(analyze_text, text)

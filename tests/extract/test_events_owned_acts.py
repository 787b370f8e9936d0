"""A harm told in a relative clause belongs to the act the clause speaks of: the act's owner did it,
to what the act was aimed at ('Chile's raids on camps in Peru, which killed 9')."""
from __future__ import annotations

import pytest

from detente.extract.events import find_events


def _assaults(analyze_text, text: str) -> set[tuple[str | None, str | None]]:
    found = set()
    for record in find_events(analyze_text(text)):
        if record.fields["type"] == "ASSAULT":
            actor, target = record.fields["actor"] or {}, record.fields["target"] or {}
            found.add((actor.get("country"), target.get("country")))
    return found


@pytest.mark.parametrize(("text", "pair"), [
    ("The envoys met in Doha two days after Serbia's missile strikes on depots deep inside Kosovo, which "
     "Pristina said had destroyed 30 trucks.", ("SRB", "XKX")),
    ("Thousands have fled the valley since Ethiopia's ground offensive of 3 and 4 May, which aid groups "
     "say killed more than 90 people.", ("ETH", None)),
    ("Markets stayed shut after the Chinese air raids on Taiwanese radar sites, which officials in Taipei "
     "said wounded four soldiers.", ("CHN", "TWN")),
])
def test_the_owner_of_the_act_did_the_harm(analyze_text, text: str, pair: tuple[str, str | None]) -> None:
    assert pair in _assaults(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Thousands fled the valley after Ethiopia's ground offensive of 3 May. The two-day offensive, which aid "
    "groups say killed more than 90 people, ended with a truce.",
    "Villagers in the north described Ethiopia's offensive on the hills near Badme. The offensive, which "
    "local elders said wounded 40 people, was halted on Friday.",
])
def test_the_act_told_before_lends_its_owner(analyze_text, text: str) -> None:
    assert any(actor == "ETH" for actor, _ in _assaults(analyze_text, text))


def test_a_definite_act_with_no_owned_telling_stays_unowned(analyze_text) -> None:
    text = ("Thousands fled the valley after the floods of 3 May. The two-day offensive, which aid groups say "
            "killed more than 90 people, ended with a truce.")
    assert all(actor is None for actor, _ in _assaults(analyze_text, text))


def test_an_unowned_act_gets_no_doer_from_the_clause(analyze_text) -> None:
    text = "The blast, which killed 12 people, hit a market in the port on Sunday."
    assert all(actor is None for actor, _ in _assaults(analyze_text, text))

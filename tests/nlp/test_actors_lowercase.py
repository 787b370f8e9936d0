"""States and peoples written in lower case on purpose ('russia', 'the russians', 'russian troops'),
as some outlets do: read as the state where the tagger itself sees a place or a people there.

Every sentence here is written for the test, in several outlets' voices (a regional paper, a
Telegram digest, an official's post).
"""
from __future__ import annotations

import pytest

from tests.nlp.mentions import actor_of


@pytest.mark.parametrize(("text", "needle"), [
    ("Overnight, russia attacked Odesa with forty drones, the regional governor wrote.", "russia"),
    ("The russians shelled the village again in the evening, local officials said.", "russians"),
    ("According to the ombudsman, the russian side keeps blocking the return of civilians.", "russian"),
])
def test_a_lower_cased_state_is_the_state(nlp, resolver, text: str, needle: str) -> None:
    actor = actor_of(nlp, resolver, text, needle)
    assert actor is not None and actor.country == "RUS"


@pytest.mark.parametrize(("text", "needle"), [
    ("The ministry served roast turkey and rice to the visiting delegation.", "turkey"),
    ("The gift was a set of fine china from the palace workshops.", "china"),
])
def test_common_words_stay_common(nlp, resolver, text: str, needle: str) -> None:
    actor = actor_of(nlp, resolver, text, needle)
    assert actor is None or actor.country not in ("TUR", "CHN")

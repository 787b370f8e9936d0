"""Events the rules declined or never considered, read by class of English: an agreement made by a pair
the sentence names only as 'both sides' or 'the two leaders'; a place or unit that 'came under
attack/fire'; a verdict on an attack told before ('"This attack is an
attempt to wreck the talks," X said'), which accuses the attack's doer.

Every sentence here is written for these tests in our own words, in several voices (wire, state
media, readout, live blog, analysis).
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "pair"), [
    ("Putin and Trump spoke by phone on Tuesday for two hours. The two leaders also agreed that their "
     "negotiators would meet in Riyadh next week.", {"RUS", "USA"}),
    ("President William Ruto received Ugandan President Yoweri Museveni at State House in Nairobi on "
     "Monday. Both sides agreed to reconvene in Kampala next month to finalise the border protocol.",
     {"KEN", "UGA"}),
    ("Iran's foreign minister met his Omani counterpart in Muscat on Saturday, the state news agency "
     "reported. The two sides agreed to expand cooperation on maritime security, it said.", {"IRN", "OMN"}),
    ("Analysis: Guyana's Irfaan Ali and Venezuela's Nicolas Maduro met in Kingstown on Thursday and "
     "traded barbs. Still, the presidents agreed to keep talking.", {"GUY", "VEN"}),
    ("Putin and Trump spoke by phone on Tuesday. The two sides did not agree on a ceasefire.", {"RUS", "USA"}),
])
def test_a_pair_told_meeting_is_who_agreed(analyze_text, text: str, pair: set[str]) -> None:
    agreed = [e for e in events(analyze_text, text) if e[0] == "AGREE"]
    assert agreed and {agreed[-1][1], agreed[-1][2]} == pair, events(analyze_text, text)


def test_leaders_agreeing_with_no_pair_told_is_an_agreement(analyze_text) -> None:
    text = "The leaders agreed to meet again within three months, Brazil's president told reporters."
    assert ("AGREE", None, None) in events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The final whistle ended a bad-tempered derby in Madrid. Both sides agreed afterwards that the "
    "referee had lost control.",
    "Acme Corp settled its dispute with the workers' union on Friday. Both sides agreed to drop all claims.",
    "The leaders of the two clubs agreed to share the cost of the new stadium.",
    "Union leaders agreed to put the offer to a vote of members.",
])
def test_sides_of_a_match_a_dispute_or_a_club_agree_no_diplomacy(analyze_text, text: str) -> None:
    assert ("AGREE", None, None) not in events(analyze_text, text)
    assert all(kind != "AGREE" or actor is not None for kind, actor, _ in events(analyze_text, text))


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("In a separate incident, Kharkiv came under a massive drone and missile attack overnight, the mayor "
     "said.", None, "UKR"),
    ("The Thai army said its positions had come under fire from Cambodian troops in several areas.",
     "KHM", "THA"),
    ("LIVE: Energodar has come under attack from Ukrainian drones again, the Russian-installed mayor says.",
     "UKR", None),
    ("State media said a Syrian army checkpoint near Idlib came under rocket attack from militants on "
     "Sunday.", None, None),
    ("Analysis: for the third night running, Odesa's port was under Russian attack.", "RUS", None),
])
def test_what_came_under_attack_was_attacked(analyze_text, text: str, actor: str | None,
                                             target: str | None) -> None:
    found = [e for e in events(analyze_text, text) if e[0] == "ASSAULT"]
    assert found, events(analyze_text, text)
    assert actor is None or found[0][1] == actor
    assert target is None or found[0][2] == target


@pytest.mark.parametrize("text", [
    "The health minister came under fire for her handling of the outbreak.",
    "The French government came under attack from opposition lawmakers over the budget.",
    "Senator Smith has come under fire from fellow Republicans in Washington.",
    "The Kremlin's new policy has been under attack since it was announced in Moscow.",
    "Britain's football chief came under attack over the stadium plan.",
])
def test_criticism_is_no_attack(analyze_text, text: str) -> None:
    assert "ASSAULT" not in [kind for kind, *_ in events(analyze_text, text)]


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Ukrainian drones struck an oil depot in Russia's Krasnodar region overnight. \"This attack is an "
     "effort to wreck what the two presidents agreed,\" Kremlin spokesman Dmitry Peskov said.",
     "RUS", "UKR"),
    ("Ukrainian drones hit the training centre of the Zaporizhzhia nuclear plant on Sunday. \"This is an "
     "attack on nuclear safety,\" Rosatom chief Alexei Likhachev told state television.", "RUS", "UKR"),
    ("Russian missiles struck a market in Kostiantynivka, killing 17 people. \"Attacks that kill civilians "
     "are unacceptable and must stop,\" UN Secretary-General Antonio Guterres said.", "UN", "RUS"),
    ("Israeli jets bombed a refugee camp in Rafah on Tuesday. A Qatari foreign ministry statement said the "
     "strikes were a reckless attempt to sabotage the truce talks.", "QAT", "ISR"),
])
def test_a_verdict_on_a_told_attack_accuses_its_doer(analyze_text, text: str, accuser: str, accused: str) -> None:
    assert ("ACCUSE", accuser, accused) in events(analyze_text, text), events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Israeli strikes hit a school in Gaza City. \"These strikes are a success,\" an army spokesman said.",
    "Russian forces shelled Kherson overnight. The governor said the attacks were the heaviest this month.",
    "A storm battered the coast overnight. \"This is unacceptable,\" the mayor of Miami said.",
    "Ukraine's army said the strikes on the depot were part of its plan to weaken Russian logistics.",
])
def test_a_neutral_word_on_an_attack_accuses_no_one(analyze_text, text: str) -> None:
    assert "ACCUSE" not in [kind for kind, *_ in events(analyze_text, text)]

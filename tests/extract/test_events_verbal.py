"""Verbal events (issue 10): constructions of diplomatic speech read by their shape, not one verb.

Every sentence here is written for these tests in our own words, in several outlets' voices; each class
has sentences it must read and sentences it must leave alone.
"""
from __future__ import annotations

import pytest

from detente.extract.events import find_events

pytestmark = pytest.mark.model


def events(analyze_text, text: str) -> list[dict]:
    return [dict(r.fields) for r in find_events(analyze_text(text))]


def readings(analyze_text, text: str) -> set[tuple]:
    """(type, actor country, target country) of every event the sentence tells."""
    return {(e["type"], (e["actor"] or {}).get("country"), (e["target"] or {}).get("country"))
            for e in events(analyze_text, text)}


def kinds(analyze_text, text: str) -> set[str]:
    return {e["type"] for e in events(analyze_text, text)}


@pytest.mark.parametrize("text, actor, target", [
    ("The White House said the strike was a violation of the ceasefire.", "USA", None),
    ("The European Commission said the move was a blatant breach of international law.", "EU", None),
    ("Germany's foreign minister said Moscow was responsible for the deaths of the civilians.", "DEU", "RUS"),
    ("Germany's foreign minister said Moscow bore responsibility for the deaths.", "DEU", "RUS"),
    ("Zelensky said Russia was lying about its readiness to negotiate.", "UKR", "RUS"),
])
def test_reported_judgement_accuses(analyze_text, text: str, actor: str, target: str | None) -> None:
    found = [r for r in readings(analyze_text, text) if r[0] == "ACCUSE"]
    assert found and found[0][1] == actor
    if target:
        assert found[0][2] == target


@pytest.mark.parametrize("text", [
    "The minister said the situation at the front was difficult.",
    "Zelensky said the talks were a success.",
    "Kyiv said it was not responsible for the explosion.",
    "Russia's defence ministry said its forces were responsible for the capture of the village.",
    "The general said the strike was a response to the shelling of the border town.",
])
def test_reported_statements_without_blame_are_no_accusation(analyze_text, text: str) -> None:
    assert "ACCUSE" not in kinds(analyze_text, text)


def test_held_responsible_accuses_the_object(analyze_text) -> None:
    assert ("ACCUSE", "UKR", "RUS") in readings(analyze_text, "Kyiv held Moscow responsible for the attack.")
    assert "ACCUSE" not in kinds(analyze_text, "The army held the line near the river for a week.")


def test_naming_verb_with_as_on_the_object(analyze_text) -> None:
    text = "The Czech foreign minister described the attack as a war crime."
    assert ("ACCUSE", "CZE", None) in readings(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The Russian foreign ministry said the proposal was unacceptable.",
    "Kyiv's envoy said the plan was unrealistic and a non-starter.",
])
def test_reported_refusal_of_a_proposal_rejects(analyze_text, text: str) -> None:
    assert "REJECT" in kinds(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Zelensky said Ukraine would never accept the loss of Crimea.",
    "Kyiv said it would not recognise the results of the referendums.",
    "The Ukrainian president stated that Ukraine was not consulted and would not recognize any deal made "
    "without it.",
])
def test_refused_acceptance_rejects(analyze_text, text: str) -> None:
    assert "REJECT" in kinds(analyze_text, text)


def test_refusing_a_premise_is_no_event(analyze_text) -> None:
    assert kinds(analyze_text, "Zelensky said he did not accept the premise of the question.") == set()


@pytest.mark.parametrize("text, target", [
    ("The German chancellor insisted that Moscow withdraw its forces from the occupied regions.", "RUS"),
    ("The Finnish president said Russia should return the deported children.", "RUS"),
    ("Kyiv's prosecutors said Putin should be arrested and brought to trial.", "RUS"),
    ("The Lithuanian minister recommended that the alliance deploy more troops to the Baltics.", "NATO"),
])
def test_reported_obligation_and_mandative_clause_request(analyze_text, text: str, target: str) -> None:
    found = readings(analyze_text, text)
    assert any(r[0] == "REQUEST" and r[2] == target for r in found)
    assert "MOBILIZE" not in {r[0] for r in found}  # what was asked for has not happened


@pytest.mark.parametrize("text", [
    "The spokesman said the talks should start next week.",
    "The minister said we should be ready for a long war.",
    "He said the weather should improve by Friday.",
    "Kyiv insisted that it had not violated the truce.",
])
def test_forecasts_and_own_duties_are_no_request(analyze_text, text: str) -> None:
    assert "REQUEST" not in kinds(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Britain is pushing its allies to tighten the oil price cap.",
    "The Turkish leader encouraged Russia and Ukraine to resume direct talks.",
    "The French president renewed his call for a ceasefire over the Easter holiday.",
    "Zelensky told European leaders that they must speed up deliveries of ammunition.",
])
def test_pressing_and_calls_for_request(analyze_text, text: str) -> None:
    assert "REQUEST" in kinds(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Russian troops pushed forward to capture the village.",
    "The rain encouraged farmers to plant early.",
    "The drone incursion pushed Poland to close its airspace.",
    "Russia's blockade prompted Moldova to seek new gas suppliers.",
    "Trump made a call to Putin on Tuesday.",
])
def test_pushing_forward_and_phone_calls_are_no_request(analyze_text, text: str) -> None:
    assert "REQUEST" not in kinds(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Kyiv and Moscow blamed each other for the strike on the dam.",
    "Russia and Ukraine traded accusations over the shelling of the plant.",
    "Armenia and Azerbaijan accused one another of breaking the truce.",
])
def test_reciprocal_accusation_is_two_events(analyze_text, text: str) -> None:
    found = {r for r in readings(analyze_text, text) if r[0] == "ACCUSE"}
    assert len(found) == 2
    (_, a, b), (_, c, d) = sorted(found)
    assert (a, b) == (d, c) and a != b


def test_reciprocal_praise_is_no_accusation(analyze_text) -> None:
    assert "ACCUSE" not in kinds(analyze_text, "The two leaders praised each other.")


@pytest.mark.parametrize("text, kind", [
    ("Kyiv dropped its demand for a full withdrawal.", "CONCEDE"),
    ("The Kremlin softened its stance on the deployment of European troops.", "CONCEDE"),
    ("Italy threw its weight behind the plan to use frozen Russian assets.", "SUPPORT"),
    ("Slovakia blocked the agreement on the new aid package.", "REJECT"),
    ("The Kremlin brushed aside the demand for a 30-day truce.", "REJECT"),
    ("The Russian foreign ministry warned Finland of retaliatory measures.", "THREATEN"),
    ("The Kremlin said any European troops in Ukraine would be legitimate targets.", "THREATEN"),
])
def test_idioms_of_the_verbal_classes(analyze_text, text: str, kind: str) -> None:
    assert kind in kinds(analyze_text, text)


@pytest.mark.parametrize("text, kind", [
    ("Officials dropped the charges against the journalist.", "CONCEDE"),
    ("Polish farmers blocked the border crossing.", "REJECT"),
    ("The ministers warned of a long winter ahead.", "THREATEN"),
    ("The president warned that prices could rise.", "THREATEN"),
])
def test_idioms_leave_other_readings_alone(analyze_text, text: str, kind: str) -> None:
    assert kind not in kinds(analyze_text, text)


@pytest.mark.parametrize("text", [
    "\"We need more air defence,\" Zelensky told the summit.",
    "The Moldovan president said her country needed more financial assistance from the bloc.",
    "\"We need your support,\" the Moldovan president told EU leaders.",
])
def test_saying_what_one_needs_requests_it(analyze_text, text: str) -> None:
    assert "REQUEST" in kinds(analyze_text, text)


@pytest.mark.parametrize("text", [
    "\"We need time,\" the coach said.",
    "Officials said the hospital needed more beds.",
    "Zelensky said he did not need a ride.",
])
def test_needs_that_ask_no_party_are_no_request(analyze_text, text: str) -> None:
    assert "REQUEST" not in kinds(analyze_text, text)


@pytest.mark.parametrize("text", [
    "\"We will not give up our land,\" Zelensky said.",
    "Kyiv said it would never cede territory to Russia.",
])
def test_refusing_to_give_ground_rejects(analyze_text, text: str) -> None:
    assert "REJECT" in kinds(analyze_text, text)


@pytest.mark.parametrize("text, actor", [
    ("The Estonian prime minister revealed: \"This is yet another example of reckless Russian behaviour.\"",
     "EST"),
    ("The alliance's new strategy recognises Russia as the most significant threat to allied security.",
     "NATO"),
    ("Warsaw regards the incursion as a deliberate provocation.", "POL"),
    ("The Kremlin views NATO's expansion as a direct threat to Russia.", "RUS"),
])
def test_naming_through_as_and_wider_verbs_of_saying_accuse(analyze_text, text: str, actor: str) -> None:
    assert any(r[0] == "ACCUSE" and r[1] == actor for r in readings(analyze_text, text))


@pytest.mark.parametrize("text", [
    "Beijing sees the summit as an opportunity for dialogue.",
    "The minister regards the deal as a step forward.",
    "Washington views Kyiv as a key partner.",
    "The analyst noted that the summit was a success.",
])
def test_naming_as_something_good_is_no_accusation(analyze_text, text: str) -> None:
    assert "ACCUSE" not in kinds(analyze_text, text)


@pytest.mark.parametrize("text", [
    "\u201cIt is very important that the world should not stay silent about this,\u201d Zelensky said.",
    "Macron said it was essential that allies deliver the jets before winter.",
    "The Polish foreign minister said it was vital that Europe must keep up the pressure on Moscow.",
])
def test_calling_another_party_s_act_necessary_requests_it(analyze_text, text: str) -> None:
    found = kinds(analyze_text, text)
    assert "REQUEST" in found and "AID" not in found


@pytest.mark.parametrize("text", [
    "Macron said it was important that we remain united.",
    "Macron said it was important that the talks had taken place.",
    "Macron said it was important that the talks took place in Paris.",
])
def test_necessity_of_own_acts_or_past_facts_is_no_request(analyze_text, text: str) -> None:
    assert "REQUEST" not in kinds(analyze_text, text)


@pytest.mark.parametrize("text, kind, actor", [
    ("Russia said it was willing to hold talks.", "AGREE", "RUS"),
    ("Hungary said it held talks with China on Monday.", "CONSULT", "HUN"),
    ("Moldova said it had lodged a protest with the Russian embassy.", "ACCUSE", "MDA"),
])
def test_pronoun_subject_of_a_light_verb_is_the_speaker(analyze_text, text: str, kind: str, actor: str) -> None:
    assert any(r[0] == kind and r[1] == actor for r in readings(analyze_text, text))


@pytest.mark.parametrize("text, kind", [
    ("Lavrov spoke with his Turkish counterpart about the talks.", "CONSULT"),
    ("Macron talked with Xi about the war for two hours.", "CONSULT"),
    ("Orban travelled to Moscow to meet Putin.", "CONSULT"),
    ("Putin said he was open to talks with Zelensky.", "AGREE"),
    ("Kyiv remains open to a ceasefire, its foreign minister said.", "AGREE"),
    ("China expressed appreciation for Brazil's peace efforts.", "SUPPORT"),
    ("Zelensky voiced gratitude to the United States for its support.", "SUPPORT"),
])
def test_talking_with_openness_and_gratitude(analyze_text, text: str, kind: str) -> None:
    assert kind in kinds(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Zelensky spoke with reporters after the meeting.",
    "The president spoke to the nation on Sunday.",
    "Putin said he was open to criticism.",
    "The border crossing remained open to trucks.",
])
def test_talking_to_the_public_or_open_to_anything_is_no_event(analyze_text, text: str) -> None:
    assert kinds(analyze_text, text) == set()


@pytest.mark.parametrize("text, target", [
    ("Medvedev threatened to strike Kyiv.", "UKR"),
    ("The Belarusian leader threatened to bomb Warsaw if the border stayed closed.", "POL"),
])
def test_threat_to_strike_a_place_threatens_its_state(analyze_text, text: str, target: str) -> None:
    assert any(r[0] == "THREATEN" and r[2] == target for r in readings(analyze_text, text))


@pytest.mark.parametrize("text, kind, actor, target", [
    ("The Russian attack drew condemnation from the European Union.", "ACCUSE", "EU", "RUS"),
    ("Kyiv's peace plan won support from Brazil.", "SUPPORT", "BRA", "UKR"),
    ("The decision drew a rebuke from the White House.", "ACCUSE", "USA", None),
])
def test_reaction_drawn_from_a_party_is_its_act(analyze_text, text: str, kind: str, actor: str,
                                                target: str | None) -> None:
    assert (kind, actor, target) in readings(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The exhibition drew praise from critics.",
    "The film drew criticism from reviewers.",
])
def test_reactions_of_no_party_are_no_event(analyze_text, text: str) -> None:
    assert kinds(analyze_text, text) == set()

"""Quotes a reader expects that the attribution readers missed: a verb of going on before the
quotation ("He went on, '...'"), and a spokesman described by his institution ("a ministry
spokesman"). Sentences written for these tests in several voices (wire, readout, analysis,
state media, live blog)."""
from __future__ import annotations

import pytest

from detente.extract.quotes import find_quotes


def _quotes(analyze_text, text: str) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    records = find_quotes(analyze_text(text))
    return [(r.fields["speaker"]["name"], r.fields["speaker"]["country"], r.fields["text"]) for r in records]


# ------------------------------------------------------------------ going on, before the quotation
@pytest.mark.parametrize(("text", "name", "opening"), [
    ("French President Emmanuel Macron spoke in Paris on Friday. He went on, “Europe cannot leave "
     "Ukraine to face this aggression alone.”", "Macron", "Europe cannot"),
    ("Finnish President Alexander Stubb took questions after the summit. If the allies had moved "
     "faster, he continued, “we would not be counting the dead in Kharkiv today,” pointing to the "
     "delays over air defence.", "Stubb", "we would not"),
    ("UN Secretary-General Antonio Guterres carried on: “Every day this war goes on, more children "
     "lose their homes and their schools.”", "Guterres", "Every day"),
    ("Turkish Foreign Minister Hakan Fidan paused for a moment in Ankara. Fidan continued: “Both "
     "delegations will sit at the same table in Istanbul next week.”", "Fidan", "Both delegations"),
])
def test_a_verb_of_going_on_introduces_the_quotation_after_it(analyze_text, text: str, name: str,  # type: ignore[no-untyped-def]
                                                              opening: str) -> None:
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    assert name in found[0][0] and found[0][2].startswith(opening)


def test_the_statement_read_gives_the_words_to_its_issuer(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("The Russian defence ministry released a statement on Monday. The statement read: “Air "
            "defence systems destroyed twenty-one Ukrainian drones over the Belgorod region overnight.”")
    found = _quotes(analyze_text, text)
    assert [(c, t[:13]) for _, c, t in found] == [("RUS", "Air defence s")]


@pytest.mark.parametrize("text", [
    "Russia continued, “a special operation” as Moscow calls it, into its third year.",
    "The soldier went, “ready or not,” into the trench before the others followed him down.",
    "At the vigil in Lviv, she read: “The names of the fallen are written on the wall of the church.”",
])
def test_going_on_without_a_speaker_going_on_gives_no_quote(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert find_quotes(analyze_text(text)) == []


# ------------------------------------------------------------------ a spokesman of an institution
@pytest.mark.parametrize(("text", "country"), [
    ("Russia's foreign ministry rejected the plan on Monday. A ministry spokesman said: “Kyiv has no "
     "place at a table it keeps walking away from.”", "RUS"),
    ("The Chinese embassy in Washington rejected the report. “China has never supplied lethal weapons "
     "to either party in this conflict,” an embassy spokesperson said.", "CHN"),
    ("Poland's defence ministry confirmed the debris fell near Lublin overnight.\n\n"
     "“The object crossed our airspace for about three minutes before it was lost on radar,” a "
     "ministry official told state radio.", "POL"),
])
def test_a_spokesman_of_an_institution_named_before_speaks_for_its_side(analyze_text, text: str,  # type: ignore[no-untyped-def]
                                                                        country: str) -> None:
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    assert found[0][1] == country


def test_a_spokesman_of_an_institution_not_named_before_is_left_out(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Residents of the village said the shelling lasted all night. “We hid in the cellar "
            "until morning came and the guns stopped,” a farm worker said.")
    assert find_quotes(analyze_text(text)) == []


def test_a_quotation_of_several_paragraphs_after_a_ministry_spokesman(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Russia's foreign ministry rejected the plan on Monday. A ministry spokesman said: “Kyiv "
            "has no place at a table it keeps walking away from.\n\n"
            "“We are studying the proposal carefully and will respond in due course.”")
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    assert found[0][1] == "RUS" and found[0][2].endswith("respond in due course.")


# ------------------------------------------------------------------ a speech told before the quotation
@pytest.mark.parametrize(("text", "name"), [
    ("Israeli Prime Minister Benjamin Netanyahu returned to the theme in a long televised speech in "
     "Jerusalem on Tuesday evening. “Hamas will not be allowed to rebuild a single tunnel under Gaza.”",
     "Netanyahu"),
    ("Polish President Andrzej Duda gave a speech to the parliament in Warsaw on the anniversary of the "
     "invasion. “Poland will never again be a corridor for anyone's army.”", "Duda"),
    ("Ukrainian President Volodymyr Zelensky spoke with the leaders of France, Germany and Britain on "
     "Sunday evening by video link. “We agreed on the next steps for air defence.”", "Zelensky"),
])
def test_a_long_sentence_telling_of_a_speech_introduces_the_quotation_after_it(  # type: ignore[no-untyped-def]
        analyze_text, text: str, name: str) -> None:
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    assert name in found[0][0]


def test_a_long_sentence_of_a_visit_does_not_introduce_the_quotation(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian President Vladimir Putin visited a tank factory in the Urals on Friday with the "
            "defence minister and the regional governor. “Our industry has tripled its output since "
            "the war began.”")
    assert find_quotes(analyze_text(text)) == []


# ------------------------------------------------------------------ a label with its medium in brackets
@pytest.mark.parametrize(("text", "name", "via"), [
    ("Russian drones hit the port of Odesa overnight, the regional governor said.\n\n"
     "Oleh Kiper (Telegram):\n\n"
     "\"Three people were injured and a grain terminal caught fire. Rescuers are working at the site.\"",
     "Kiper", "Telegram"),
    ("Andrii Sybiha (via X): \"Russia answered the peace proposal with 300 drones. That is its real "
     "answer.\"", "Sybiha", "X"),
])
def test_a_name_label_with_its_medium_in_brackets_speaks(analyze_text, text: str, name: str,  # type: ignore[no-untyped-def]
                                                         via: str) -> None:
    records = find_quotes(analyze_text(text))
    assert len(records) == 1
    assert name in records[0].fields["speaker"]["name"] and records[0].fields["via"] == via


def test_the_outlet_in_a_label_s_brackets_only_relays(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Kremlin spokesman Dmitry Peskov commented on the talks.\n\n"
            "Peskov (to TASS): \"No date for a new round has been agreed with the American side yet.\"")
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and "Peskov" in found[0][0]


def test_a_label_with_a_verb_outside_the_name_is_no_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Video shows (Telegram): \"Smoke rises over the depot after the strike, and sirens sound "
            "across the city.\"")
    assert find_quotes(analyze_text(text)) == []


# ------------------------------------------------------------------ a cited story speaks no words
def test_a_story_cited_after_the_quotation_leaves_its_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Finnish President Alexander Stubb took questions after the summit. Asked about the delays, he "
            "continued, “We would have done the same in their place,” citing a report on the air defence "
            "deliveries.")
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and "Stubb" in found[0][0]


def test_words_according_to_a_report_of_no_issuer_stay_out(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "“The front is stable and our reserves are ready,” according to a report in the morning paper."
    assert find_quotes(analyze_text(text)) == []


# ------------------------------------------------------------------ a described person introducing words
@pytest.mark.parametrize(("text", "country"), [
    ("Poland's foreign ministry summoned the Russian ambassador on Monday. A senior Polish diplomat put it "
     "bluntly: “Moscow is testing us, and it will get an answer.”", "POL"),
    ("Ukraine's army says its lines held overnight near Pokrovsk. The commander then turned to the visiting "
     "reporters: “We have not had enough shells since the spring, and the men know it.”", "UKR"),
])
def test_a_described_person_introducing_a_quotation_speaks_for_a_known_side(  # type: ignore[no-untyped-def]
        analyze_text, text: str, country: str) -> None:
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and found[0][1] == country


@pytest.mark.parametrize("text", [
    "Several drones hit the city overnight. A local resident posed a question to the mayor: “Where were "
    "the air defence systems when our building burned?”",
    "Several drones hit the city overnight. The man was calm: “We will rebuild our house before the "
    "winter comes.”",
])
def test_a_described_person_of_no_known_side_introduces_no_quote(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert find_quotes(analyze_text(text)) == []

"""Quotes read the way any outlet attributes them: sentences written for these tests in many
house styles (described speakers, passive "was quoted as saying", single quotation marks)."""
from __future__ import annotations

import pytest

from detente.extract.quotes import find_quotes, scan_quotes


def _quotes(analyze_text, text: str) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    records = find_quotes(analyze_text(text))
    return [(r.fields["speaker"]["name"], r.fields["speaker"]["country"], r.fields["text"]) for r in records]


# ------------------------------------------------------------------ described speakers
@pytest.mark.parametrize(("text", "country"), [
    ('"Moscow has not answered our letter yet," a senior Polish diplomat said on Friday.', "POL"),
    ('"The talks stalled over the map," said a source close to Emmanuel Macron.', "FRA"),
    ('Officials in Kyiv spoke to the press on Monday, Ukrainian Foreign Minister Andrii Sybiha said. '
     '"Every convoy reached the front on time," one official told reporters.', "UKR"),
])
def test_a_described_speaker_with_a_known_side_speaks(analyze_text, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    assert found[0][1] == country


def test_the_source_goes_on_with_the_source_described_before(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("According to a source close to German Chancellor Friedrich Merz, the offer was withdrawn. "
            "The deadline passed quietly, officials said.\n\n"
            '"Nobody in the chancellery expected an answer by Sunday," the source added.')
    found = _quotes(analyze_text, text)
    assert [(c, t[:6]) for _, c, t in found] == [("DEU", "Nobody")]


@pytest.mark.parametrize("text", [
    '"Everything will be decided at the table in the end," an eyewitness said.',
    '"This plan cannot work without guarantees for everyone," the statement said.',
])
def test_a_described_speaker_of_no_known_side_or_a_document_is_left_out(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert find_quotes(analyze_text(text)) == []


# ------------------------------------------------------------------ passive relays
@pytest.mark.parametrize(("text", "name", "via"), [
    ('"Contacts with Washington continue at a working level," Kremlin spokesman Dmitry Peskov '
     'was quoted as saying by the Interfax news agency.', "Peskov", "Interfax"),
    ('Sergei Lavrov was quoted by TASS as saying: "Europe has chosen war over dialogue once again."',
     "Lavrov", "TASS"),
    ('"We will answer any provocation firmly," Belarusian leader Alexander Lukashenko was cited by '
     'BelTA as saying.', "Lukashenko", "BelTA"),
])
def test_was_quoted_as_saying_gives_the_speaker_and_the_relay(analyze_text, text: str, name: str,  # type: ignore[no-untyped-def]
                                                              via: str) -> None:
    records = find_quotes(analyze_text(text))
    assert len(records) == 1
    assert name in records[0].fields["speaker"]["name"]
    assert via in (records[0].fields["via"] or "")


def test_prices_quoted_at_a_figure_are_not_speech(analyze_text) -> None:  # type: ignore[no-untyped-def]
    assert find_quotes(analyze_text("Brent crude was quoted at $62 a barrel on Monday morning.")) == []


# ------------------------------------------------------------------ single quotation marks
@pytest.mark.parametrize(("text", "name"), [
    ("'We will stand with Kyiv for as long as it takes,' British Prime Minister Keir Starmer said.",
     "Starmer"),
    ("Lithuanian Foreign Minister Kestutis Budrys spoke after the meeting. 'Nobody here believes "
     "a word the Kremlin says,' he told the BBC.", "Budrys"),
    ("Defence Secretary John Healey said Britain would 'do whatever it takes to keep them in the fight'.",
     "Healey"),
])
def test_straight_single_marks_quote_like_double_ones(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    assert name in found[0][0]


@pytest.mark.parametrize("source", [
    "Starmer said the allies' plan for a reassurance force was ready and the Europeans' offer stood.",
    "The '90s were another era, and the partners' notes from those years don't say much either.",
])
def test_apostrophes_are_not_single_quotes(source: str) -> None:
    assert scan_quotes(source) == []


# ------------------------------------------------------------------ a paragraph of quotation alone
@pytest.mark.parametrize(("text", "name"), [
    ("Hungarian Prime Minister Viktor Orban did not hide his anger.\n\n"
     '"Brussels has ignored us again. We will not pay for a war that is not ours."', "Orban"),
    ("Finnish President Alexander Stubb spoke with the press briefly.\n\n"
     '"The next weeks decide whether this war ends this year or drags on."', "Stubb"),
    ("Turkish Foreign Minister Hakan Fidan said a third round could be held in Istanbul.\n\n"
     '"Our doors are open to both delegations, at any level they choose."', "Fidan"),
])
def test_a_quotation_paragraph_goes_on_with_the_person_introduced_before(analyze_text, text: str,  # type: ignore[no-untyped-def]
                                                                        name: str) -> None:
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    assert name in found[0][0]


@pytest.mark.parametrize("text", [
    'The summit ended without a deal.\n\n"Nobody wanted to be the first to move on the question of land."',
    "Kremlin spokesman Dmitry Peskov said the talks would resume next week.\n\n"
    '"We are ready for the next round of the talks, not for an ultimatum," Zelensky said.',
])
def test_a_quotation_paragraph_is_not_given_to_a_thing_or_a_later_speaker(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    names = [name for name, _, _ in _quotes(analyze_text, text)]
    assert "Dmitry Peskov" not in names
    assert all("summit" not in name for name in names)


# ------------------------------------------------------------------ "the German minister said"
@pytest.mark.parametrize(("text", "name"), [
    ("German Foreign Minister Johann Wadephul told his Ukrainian counterpart that Berlin would send "
     'more air defence. "We will not leave Ukraine alone this winter," the German minister said.', "Wadephul"),
    ("Polish Defence Minister Wladyslaw Kosiniak-Kamysz visited the border on Tuesday. "
     '"Every metre of this fence protects Europe, not only Poland," the Polish minister told reporters.',
     "Kosiniak-Kamysz"),
    ("Swedish Prime Minister Ulf Kristersson hosted the Nordic leaders. "
     '"Our support is not a gift, it is an investment in our own security," the Swedish leader said.',
     "Kristersson"),
])
def test_a_title_description_goes_back_to_the_person_named_before(analyze_text, text: str,  # type: ignore[no-untyped-def]
                                                                  name: str) -> None:
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    assert name in found[0][0]


def test_officials_in_the_plural_are_not_the_one_person_named_before(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("German Foreign Minister Johann Wadephul arrived in Kyiv on Monday. "
            '"The deliveries will come before the winter," the German officials said.')
    assert all("Wadephul" not in name for name, _, _ in _quotes(analyze_text, text))


# ------------------------------------------------------------------ first person goes on
@pytest.mark.parametrize(("text", "name"), [
    ("The aid was delayed, Finnish President Alexander Stubb told Yle. But once parliament votes, the "
     'delay "will be over" and "we will deliver everything we promised to Kyiv."', "Stubb"),
    ("Zelensky said talks were possible. Ukraine, in his view, "
     '"cannot give away what we have not lost on the battlefield."', "Zelensky"),
    ("Polish Foreign Minister Radoslaw Sikorski told reporters the sanctions were working. Still, the "
     'next package "must hit the shadow fleet, and we will push for that in Brussels."', "Sikorski"),
])
def test_first_person_words_go_on_with_the_speaker_just_before(analyze_text, text: str,  # type: ignore[no-untyped-def]
                                                               name: str) -> None:
    found = _quotes(analyze_text, text)
    assert any(name in speaker for speaker, _, _ in found)


@pytest.mark.parametrize("text", [
    'Trump said the deal was close. Critics called the plan "a gift to Putin that we will all regret for years."',
    "Zelensky said talks were possible. The plan was later described in the press as "
    '"the worst deal we have seen in decades."',
])
def test_first_person_words_of_someone_else_are_not_given_to_the_speaker_before(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert find_quotes(analyze_text(text)) == []


# ------------------------------------------------------------------ "in the words of", "who added:"
@pytest.mark.parametrize(("text", "name"), [
    ('In the words of Kremlin spokesman Dmitry Peskov, "nothing is agreed yet and nothing will be agreed quickly."',
     "Peskov"),
    ('In the words of Polish Prime Minister Donald Tusk, "the time of illusions about Russia is over for good."',
     "Tusk"),
    ('The plan, in the words of Turkish Foreign Minister Hakan Fidan, "can be the basis of a lasting settlement."',
     "Fidan"),
])
def test_in_the_words_of_names_the_speaker(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    assert name in found[0][0]


@pytest.mark.parametrize(("text", "first", "second"), [
    ('"The war must end this year," Zelensky told a joint press conference with Friedrich Merz, who added: '
     '"Germany will do everything to help make that happen."', "Zelensky", "Merz"),
    ('"We want a fair deal," Kallas said after meeting Polish Foreign Minister Radoslaw Sikorski, who '
     'stressed: "Poland will not accept any deal made over the heads of Ukrainians."', "Kallas", "Sikorski"),
])
def test_who_added_before_a_colon_gives_the_words_to_the_person_it_stands_for(  # type: ignore[no-untyped-def]
        analyze_text, text: str, first: str, second: str) -> None:
    found = _quotes(analyze_text, text)
    assert len(found) == 2
    assert first in found[0][0] and second in found[1][0]

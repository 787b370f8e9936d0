"""Quotes as outlets of many house styles print them: sentences written for these tests in the
voices of wire copy, broadsheets, tabloids, live blogs, state media in English and continental
outlets (quotation-mark conventions, headline and live-blog labels, embedded posts)."""
from __future__ import annotations

import pytest

from detente.extract.quotes import find_quotes, scan_quotes

pytestmark = pytest.mark.model


def _quotes(analyze_text, text: str) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    records = find_quotes(analyze_text(text))
    return [(r.fields["speaker"]["name"], r.fields["speaker"]["country"], r.fields["text"]) for r in records]


# ------------------------------------------------------------------ quotation marks
@pytest.mark.parametrize(("text", "words"), [
    ("Merz sagte: „Wir stehen an der Seite der Ukraine.“", "Wir stehen an der Seite der Ukraine."),
    ("She wrote „the talks are over for this year“ and left.", "the talks are over for this year"),
    ("Tusk said: „Europe must defend itself now.” Then he left.", "Europe must defend itself now."),
])
def test_low_high_quotation_marks_pair(text: str, words: str) -> None:
    spans = scan_quotes(text)
    assert [s.text(text) for s in spans] == [words]


def test_a_low_high_quote_does_not_swallow_the_next_curly_quote() -> None:
    text = "„We are ready,“ he said. Later: “Nothing has changed since Monday.”"
    assert [s.text(text) for s in scan_quotes(text)] == ["We are ready", "Nothing has changed since Monday."]


@pytest.mark.parametrize(("text", "name"), [
    ("German Chancellor Friedrich Merz said: „We will not accept a peace dictated from Moscow.“", "Merz"),
    ("Russian Foreign Minister Sergei Lavrov said: «The West must stop arming Kyiv at once.»", "Lavrov"),
    ("Polish Prime Minister Donald Tusk wrote on X: 'Europe must finally wake up and defend itself.'", "Tusk"),
])
def test_every_quotation_mark_convention_gives_the_speaker(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and name in found[0][0]


# ------------------------------------------------------------------ a name and a colon
@pytest.mark.parametrize(("text", "name"), [
    ('Zelensky: "We will not withdraw our troops from Donbas under any pressure"', "Zelensky"),
    ("Zelenskyy: ‘Ukraine will never recognise the occupation of Crimea’", "Zelensky"),
    ('- 14:05 Peskov: "Putin has no plans to meet Zelensky this week."', "Peskov"),
    ('• 09.30 GMT Lavrov: "Moscow sees no point in a new round of talks now."', "Lavrov"),
    ('U.S. Secretary of State Marco Rubio: "We are not going to fly around the world for nothing."', "Rubio"),
])
def test_a_headline_or_live_blog_name_with_a_colon_is_the_speaker(analyze_text, text: str,  # type: ignore[no-untyped-def]
                                                                  name: str) -> None:
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and name in found[0][0]


@pytest.mark.parametrize("text", [
    'Photo: "A destroyed building in the centre of Kharkiv after the attack"',
    'Read more: "Why the peace talks in Istanbul failed to produce a ceasefire"',
    'The message was clear: "Russia must withdraw its troops from all of Ukraine."',
])
def test_a_label_that_names_no_one_gives_no_speaker(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert find_quotes(analyze_text(text)) == []


# ------------------------------------------------------------------ embedded posts
def test_an_embedded_post_is_its_owners_quote_without_the_chrome(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Zelensky thanked the French president after the call.\n\n"
            "Had a good call with @EmmanuelMacron. We discussed air defence for our cities and the "
            "next steps towards a just peace. pic.twitter.com/AbC123xyZ\n\n"
            "— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) June 3, 2025\n\n"
            "The Kremlin did not comment.")
    found = _quotes(analyze_text, text)
    assert len(found) == 1
    name, country, words = found[0]
    assert "Zelensky" in name and country == "UKR"
    assert words.endswith("a just peace.") and "pic.twitter" not in words and "@ZelenskyyUa" not in words


def test_a_quoted_post_keeps_one_record(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Poland's prime minister reacted within minutes.\n\n"
            '"Europe must finally wake up. Russia understands only strength and unity."\n\n'
            "— Donald Tusk (@donaldtusk) March 4, 2025")
    found = _quotes(analyze_text, text)
    assert [(n, c) for n, c, _ in found] == [("Donald Tusk", "POL")]


def test_a_post_of_an_account_that_names_no_actor_is_left_out(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("A fan account posted a photo.\n\n"
            "Look at this amazing sunset over the Dnipro river tonight!\n\n"
            "— Kyiv Views (@kyivviews) June 3, 2025")
    assert find_quotes(analyze_text(text)) == []


# ------------------------------------------------------------------ a dash and a name
@pytest.mark.parametrize(("text", "name"), [
    ("“Europe must be ready to defend itself without the Americans.” — Kaja Kallas, EU foreign policy chief",
     "Kallas"),
    ('"No peace can be signed over the heads of Ukrainians."\n— Volodymyr Zelensky', "Zelensky"),
    ("‘We are not at war with Russia, but we will not stand aside.’ – Emmanuel Macron", "Macron"),
])
def test_a_pull_quote_signed_with_a_dash_and_a_name(analyze_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == 1 and name in found[0][0]


def test_a_dash_before_words_that_name_no_one_gives_no_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "“We will rebuild every house in this street.” — a promise heard often in the town since spring."
    assert find_quotes(analyze_text(text)) == []


# ------------------------------------------------------------------ two speakers in one sentence
@pytest.mark.parametrize(("text", "speakers"), [
    ('The "suspension of aid is a gift to the Kremlin," the Financial Times said, but US officials said '
     'it would push "Kyiv to the negotiating table much faster than before."', ["Financial Times", "US officials"]),
    ('"We are ready for a ceasefire," Zelensky said on Monday, while Peskov said Moscow "has not received '
     'any proposal from Kyiv so far."', ["Zelensky", "Peskov"]),
    ('Lavrov said the talks had been useful; Rubio said "there is still a long way to go before any '
     'agreement."', ["Rubio"]),
])
def test_each_quote_takes_the_speaker_of_its_own_clause(analyze_text, text: str, speakers: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert len(found) == len(speakers)
    assert all(want in name for want, (name, _, _) in zip(speakers, found, strict=True))


def test_one_speaker_goes_on_after_but(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = '"We will not give up," Zelensky said, but added that Ukraine "needs more air defence from its partners."'
    found = _quotes(analyze_text, text)
    assert [name for name, _, _ in found] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_an_outlet_named_right_before_said_speaks_its_clause(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('The "halt in arms deliveries is a serious blow" to Kyiv, The Washington Post said, but '
            'Pentagon officials said the pause "would not last longer than a few weeks at most."')
    found = _quotes(analyze_text, text)
    assert found and "Washington Post" in found[0][0]


# ------------------------------------------------------------------ documents speak for their issuer
@pytest.mark.parametrize(("text", "country"), [
    ("The leaders of NATO endorsed a common declaration at the summit. The declaration recalled the "
     'alliance\'s commitment, affirming that "the security of Ukraine is bound up with our own security."', "NATO"),
    ('The Kremlin issued a statement on Friday evening. "Russia remains open to a political and diplomatic '
     'settlement," the statement said.', "RUS"),
    ('"The parties agreed to continue the talks in Istanbul next month," the Turkish readout of the call said.',
     "TUR"),
])
def test_a_document_speaks_for_the_side_that_issued_it(analyze_text, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(analyze_text, text)
    assert [c for _, c, _ in found] == [country]


def test_a_document_of_no_known_issuer_gives_no_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = 'A draft was circulated in the corridors. "All parties shall refrain from the use of force," the memorandum said.'
    assert find_quotes(analyze_text(text)) == []

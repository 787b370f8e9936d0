"""Quotes: direct quotations with their speaker and medium, on passages written for these tests."""
from __future__ import annotations

import json

import pytest

from detente.extract.claims import find_claims
from detente.extract.quotes import find_quotes, scan_quotes


def _texts(source: str) -> list[str]:
    return [span.text(source) for span in scan_quotes(source)]


# ------------------------------------------------------------------ scanning, no model
def test_scan_pairs_curly_straight_and_guillemets() -> None:
    source = ('He said “the line holds” today. She said "the grain moves" too. '
              "They wrote «the port is open» later.")
    assert _texts(source) == ["the line holds", "the grain moves", "the port is open"]


def test_scan_joins_a_quote_continued_in_the_next_paragraph() -> None:
    source = ('"The first paragraph of the statement ends here.\n\n'
              '"The second paragraph closes it," she said.')
    spans = scan_quotes(source)
    assert len(spans) == 1
    assert spans[0].text(source) == ("The first paragraph of the statement ends here. "
                                     "The second paragraph closes it")


def test_scan_drops_an_opening_mark_never_closed() -> None:
    source = '"This opening mark is never closed.\n\nA new paragraph starts plainly.'
    assert scan_quotes(source) == []


def test_scan_joins_a_quote_interrupted_by_he_said() -> None:
    source = '"We are ready," he said, "but not at any price."'
    assert _texts(source) == ["We are ready, but not at any price."]


def test_scan_keeps_two_quotes_split_by_a_full_stop_apart() -> None:
    source = '"We are ready," he said. "The price is another matter."'
    assert len(scan_quotes(source)) == 2


def test_scan_finds_a_nested_quote() -> None:
    source = "He said: “The general told me, ‘We hold the bridge until dawn,’ and he did.”"
    spans = scan_quotes(source)
    assert len(spans) == 1
    assert [n.text(source) for n in spans[0].nested] == ["We hold the bridge until dawn"]


def test_scan_leaves_apostrophes_alone() -> None:
    source = "The ministry’s reply came after Kyiv’s drones hit the depot."
    assert scan_quotes(source) == []


# ------------------------------------------------------------------ extraction, real pipeline
def _one(records):  # type: ignore[no-untyped-def]
    assert len(records) == 1, [r.fields for r in records]
    return records[0]


@pytest.mark.model
def test_same_sentence_attribution_and_offsets(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Talks resumed in Geneva on Monday.\n\n"
            "“Nobody at this table wants another winter of war,” Sergei Lavrov said.")
    analysis = analyze_text(text)
    record = _one(find_quotes(analysis))
    assert record.kind == "quote"
    assert record.fields["text"] == "Nobody at this table wants another winter of war"
    assert "Lavrov" in record.fields["speaker"]["name"]
    assert record.fields["via"] is None
    ev = record.evidence
    assert text[ev.start:ev.end] == ev.text and "Lavrov" in ev.text


@pytest.mark.model
def test_medium_from_told_an_outlet(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = '"We will not trade territory for a ceasefire," Volodymyr Zelensky told Reuters.'
    record = _one(find_quotes(analyze_text(text)))
    assert record.fields["via"] == "Reuters"
    assert record.fields["speaker"]["country"] == "UKR"


@pytest.mark.model
def test_colon_intro_and_platform(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Andriy Yermak posted on Telegram: “The exchange is complete and our people are home.”"
    record = _one(find_quotes(analyze_text(text)))
    assert record.fields["via"] == "Telegram"
    assert "Yermak" in record.fields["speaker"]["name"]


@pytest.mark.model
def test_interview_medium(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Antony Blinken said in an interview with CNN that the allies would "keep the pressure '
            'on Moscow for as long as it takes."')
    record = _one(find_quotes(analyze_text(text)))
    assert record.fields["via"] == "CNN"


@pytest.mark.model
def test_interrupted_quote_is_two_records_of_one_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """ANNOTATION.md: a quote broken by attribution is two records."""
    text = '"We are ready to talk," Recep Tayyip Erdogan said, "but not while the shelling goes on."'
    records = find_quotes(analyze_text(text))
    assert [r.fields["text"] for r in records] == ["We are ready to talk", "but not while the shelling goes on."]
    assert all("Erdogan" in r.fields["speaker"]["name"] for r in records)


@pytest.mark.model
def test_multi_paragraph_quote_is_one_record_with_spanning_evidence(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Dmytro Kuleba spoke at length after the vote.\n\n"
            "“The parliament has done its part and the government will now do its own.\n\n"
            "“Nobody should mistake our patience for weakness,” Kuleba said.")
    record = _one(find_quotes(analyze_text(text)))
    assert record.fields["text"].startswith("The parliament has done its part")
    assert record.fields["text"].endswith("patience for weakness")
    ev = record.evidence
    assert ev.text.startswith("“The parliament") and ev.text.endswith("Kuleba said.")
    assert text[ev.start:ev.end] == ev.text


@pytest.mark.model
def test_pronoun_in_the_next_clause_resolves_to_the_named_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Kaja Kallas met the foreign ministers in Brussels.\n\n"
            "“The winter will be hard for everyone. We have stocked enough gas for the season,” she said.")
    record = _one(find_quotes(analyze_text(text)))
    assert "Kallas" in record.fields["speaker"]["name"]
    assert record.fields["text"].startswith("The winter will be hard")


@pytest.mark.model
def test_quote_after_a_sentence_naming_the_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Mark Rutte told the alliance that the shipments had doubled. "
            "“We will keep them flowing whatever the cost may be.”")
    records = find_quotes(analyze_text(text))
    record = _one(records)
    assert "Rutte" in record.fields["speaker"]["name"]


@pytest.mark.model
def test_scare_quotes_and_short_fragments_are_skipped(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Both delegations exchanged "peace memos" in Istanbul. '
            'Sergei Lavrov called the proposal a “dead end.”')
    assert find_quotes(analyze_text(text)) == []


@pytest.mark.model
def test_quote_without_a_resolvable_speaker_is_skipped(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Posters in the square read “We will rebuild every house on this street.”"
    assert find_quotes(analyze_text(text)) == []


@pytest.mark.model
def test_nested_quote_belongs_to_the_original_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Donald Trump said: “Vladimir Putin told me, ‘We will answer the attack on our airfields,’ "
            "and I believed him.”")
    records = find_quotes(analyze_text(text))
    inner = [r for r in records if r.fields["text"] == "We will answer the attack on our airfields"]
    assert len(inner) == 1
    assert inner[0].fields["speaker"]["country"] == "RUS"
    assert inner[0].fields["via"] == "Donald Trump"
    outer = [r for r in records if r is not inner[0]]
    assert outer and outer[0].fields["speaker"]["country"] == "USA"


@pytest.mark.model
def test_repeated_quote_is_kept_once(analyze_text) -> None:  # type: ignore[no-untyped-def]
    sentence = "“The grain corridor stays open as long as ships keep coming,” Rustem Umerov said."
    text = f"{sentence}\n\nIn other news, the port was busy.\n\n{sentence}"
    assert len(find_quotes(analyze_text(text))) == 1


def test_scan_keeps_two_quotes_joined_by_and_apart() -> None:
    source = 'She called the plan “a real chance for peace,” and “the best offer in years.”'
    assert len(scan_quotes(source)) == 2


def test_scan_does_not_join_across_a_colon_intro() -> None:
    source = '"He called me at night," Orban recalled, quoting Fico as saying: "We will not sign this."'
    assert len(scan_quotes(source)) == 2


@pytest.mark.model
def test_quoting_x_as_saying_gives_x_with_the_relay_as_via(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("“He called me late at night and was very direct,” Donald Trump recalled, quoting "
            "Vladimir Putin as saying: “We will answer every strike on our airfields with force.”")
    records = {r.fields["text"]: r.fields for r in find_quotes(analyze_text(text))}
    relayed = records["We will answer every strike on our airfields with force."]
    assert relayed["speaker"]["country"] == "RUS" and relayed["via"] == "Donald Trump"
    own = records["He called me late at night and was very direct"]
    assert own["speaker"]["country"] == "USA"


@pytest.mark.model
def test_quotes_after_a_sentence_of_quotation_keep_the_named_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Fiona Hill disagreed. “The front has barely moved in a year. Neither army can break "
            "through before the spring,” and “any truce now would only freeze the lines where they are.”")
    records = find_quotes(analyze_text(text))
    assert len(records) == 2, [r.fields for r in records]
    assert all("Hill" in r.fields["speaker"]["name"] for r in records)


@pytest.mark.model
def test_a_bare_surname_takes_the_full_name_given_before(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Regional governor Oleh Synehubov said on Telegram that the strike hit a school.\n\n"
            "“There was nobody inside, thank God, but the building is gone,” Synehubov wrote.")
    record = _one(find_quotes(analyze_text(text)))
    assert record.fields["speaker"]["name"].endswith("Oleh Synehubov")


@pytest.mark.model
def test_quote_is_dated_by_its_sentence(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "“We will not sign anything under fire,” Andrii Sybiha said on June 2, 2025."
    record = _one(find_quotes(analyze_text(text)))
    assert record.date == "2025-06-02" and record.date_precision == "day"


@pytest.mark.model
def test_nested_words_of_the_speaker_himself_stay_his(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("“I called him twice. I said, ‘Stop bombing the power plants before winter comes,’ and he "
            "did not listen,” Emmanuel Macron said.")
    records = {r.fields["text"]: r.fields for r in find_quotes(analyze_text(text))}
    inner = records["Stop bombing the power plants before winter comes"]
    assert "Macron" in inner["speaker"]["name"] and inner["via"] is None


# ------------------------------------------------------------------ contract over the shared seeds
# Reads ../shared at run time (skipped when absent); asserts structure only, never the seeds' content.
@pytest.fixture(scope="module")
def seed_records(shared_dir):  # type: ignore[no-untyped-def]
    from detente.ingest.scrape import parse_text_scrape
    from detente.nlp.core import analyze
    from detente.nlp.pipeline import load_nlp

    nlp = load_nlp()
    out = []
    for path in sorted((shared_dir / "corpus" / "seeds").glob("*.txt"))[:2]:
        for article in parse_text_scrape(path.read_text(encoding="utf-8"), path.name):
            analysis = analyze(article, nlp(article.text))
            out += [(article, r) for r in find_quotes(analysis) + find_claims(analysis)]
    if not out:
        pytest.skip("no seed records")
    return out


@pytest.mark.model
def test_records_validate_against_the_contract_schema(shared_dir, seed_records) -> None:  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared_dir / "contract" / "schema.json").read_text(encoding="utf-8"))
    for article, record in seed_records:
        jsonschema.validate(record.to_contract(article), schema)


@pytest.mark.model
def test_evidence_offsets_point_into_the_article(seed_records) -> None:  # type: ignore[no-untyped-def]
    for article, record in seed_records:
        ev = record.evidence
        assert article.text[ev.start:ev.end] == ev.text


@pytest.mark.model
def test_quote_text_is_inside_its_evidence_and_has_a_speaker(seed_records) -> None:  # type: ignore[no-untyped-def]
    quotes = [(a, r) for a, r in seed_records if r.kind == "quote"]
    assert quotes
    for _, record in quotes:
        assert record.fields["speaker"]["name"]
        first_words = " ".join(record.fields["text"].split()[:3])
        assert first_words in " ".join(record.evidence.text.split())
        assert not record.fields["text"].startswith(("“", '"', "«"))


@pytest.mark.model
def test_claim_values_are_numbers_with_a_what(seed_records) -> None:  # type: ignore[no-untyped-def]
    claims = [r for _, r in seed_records if r.kind == "claim"]
    assert claims
    for record in claims:
        assert isinstance(record.fields["value"], (int, float)) and record.fields["what"]
        assert record.fields["unit"] in (None, "USD", "percent", "km")


def test_scan_single_quotes_with_apostrophes_inside() -> None:
    source = "‘It’s not over until we’re home,’ the soldier said."
    assert _texts(source) == ["It’s not over until we’re home"]


@pytest.mark.model
def test_unnamed_source_with_a_country_is_a_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('"Nobody in this capital expects a deal before the harvest," a senior Lithuanian official '
            'said on Tuesday.')
    speaker = _one(find_quotes(analyze_text(text))).fields["speaker"]
    assert speaker == {"name": "Lithuanian official", "country": "LTU", "sector": "GOV"}


@pytest.mark.model
def test_colon_intro_by_a_typed_source(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = 'A Kremlin source was blunt: "There will be no second round until the autumn at least."'
    speaker = _one(find_quotes(analyze_text(text))).fields["speaker"]
    assert speaker["country"] == "RUS" and speaker["name"] == "Kremlin source"


@pytest.mark.model
def test_source_without_a_country_gives_no_quote(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = '"The vote has been pushed back to the autumn session for now," one source said.'
    assert find_quotes(analyze_text(text)) == []


@pytest.mark.model
def test_a_speaker_named_bare_takes_the_country_of_the_title_that_introduced_them(analyze_text):
    text = ("Estonian regional governor Mart Kask visited the damaged harbour on Monday.\n\n"
            "“The damage is extensive and several families are still waiting for help,” Kask said.")
    quotes = find_quotes(analyze_text(text))
    assert quotes and quotes[0].fields["speaker"]["country"] == "EST"


@pytest.mark.model
def test_a_title_is_not_a_clause_before_the_name(analyze_text):
    text = ("Finland's president thanked Mart Kask for the report.\n\n"
            "“The damage is extensive and several families are still waiting for help,” Kask said.")
    quotes = find_quotes(analyze_text(text))
    assert not quotes or quotes[0].fields["speaker"]["country"] != "FIN"


@pytest.mark.model
def test_a_pronoun_goes_on_with_the_previous_speaker_not_the_last_person_named(analyze_text):
    text = ("Zelensky said he and Mr. Macron had a useful exchange on Tuesday.\n\n"
            "“I believe he now sees that a freeze along the front is not fair,” he said.")
    quotes = find_quotes(analyze_text(text))
    assert quotes and "Zelensk" in quotes[0].fields["speaker"]["name"]


@pytest.mark.model
def test_a_paragraph_of_pure_quotation_continues_the_speaker_of_the_paragraph_before(analyze_text):
    text = ("“We will keep the border crossings open through the winter,” Zelensky said.\n\n"
            "“Nobody in this country should be left without heating or without light.”")
    quotes = find_quotes(analyze_text(text))
    assert len(quotes) == 2
    assert all("Zelensk" in q.fields["speaker"]["name"] for q in quotes)


@pytest.mark.model
def test_a_paragraph_of_quotation_after_plain_narration_gets_no_borrowed_speaker(analyze_text):
    text = ("Zelensky visited the front on Monday.\n\n"
            "“Nobody in this country should be left without heating or without light.”")
    assert find_quotes(analyze_text(text)) == []


@pytest.mark.model
def test_a_quote_closed_by_an_exclamation_takes_the_speaker_opening_the_next_sentence(analyze_text):
    text = ("“Real progress was made at the table today!” Macron wrote on his social media account on Friday evening, "
            "adding that he had spoken with several European partners about the plan.")
    quotes = find_quotes(analyze_text(text))
    assert quotes and "Macron" in quotes[0].fields["speaker"]["name"]


@pytest.mark.model
def test_a_member_of_congress_named_with_party_and_state_is_american(analyze_text):
    text = ("The pause is a gift to Moscow and will cost lives on the front, Rep. Dana Okafor (D-Ore.) said. "
            "“Nobody in Congress voted for abandoning a partner in the middle of a war.”")
    quotes = find_quotes(analyze_text(text))
    assert quotes and quotes[0].fields["speaker"]["country"] == "USA", [q.fields for q in quotes]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ('"We will not give away a single village of our land to anyone at all," Zelensky snapped at reporters.',
     "Volodymyr Zelensky"),
    ('"You are risking a wider war, and what you are doing is very unwise for your own people," '
     "Biden scolded Netanyahu, visibly irritated.", "Joe Biden"),
    ('"There is no going back on the grain deal, whatever the pressure from the West," exclaimed Erdogan.',
     "Recep Tayyip Erdogan"),
])
def test_a_quote_then_a_manner_of_speaking_verb_names_the_speaker(analyze_text, text, name) -> None:  # type: ignore[no-untyped-def]
    records = find_quotes(analyze_text(text))
    assert records and records[0].fields["speaker"]["name"] == name, [r.fields for r in records]


@pytest.mark.model
def test_a_name_after_a_quote_without_a_speech_verb_is_no_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('The minister spoke on Monday. "The bridge is finished and will open to traffic next month." '
            "Biden visited the site on Tuesday.")
    records = find_quotes(analyze_text(text))
    assert all(r.fields["speaker"]["name"] != "Joe Biden" for r in records), [r.fields for r in records]


@pytest.mark.model
def test_he_said_goes_on_with_the_last_speaker_not_the_last_man_named(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Orban praised the Chinese leader in a long post, saying that Xi "has done more for peace in '
            'Europe than all of Brussels put together."\n\n'
            'He said they "both agreed that the fighting must end before the winter comes to Ukraine."')
    speakers = [r.fields["speaker"]["name"] for r in find_quotes(analyze_text(text))]
    assert speakers == ["Viktor Orban", "Viktor Orban"], speakers


@pytest.mark.model
def test_he_said_after_a_sentence_with_no_speaker_takes_the_man_named(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Scholz met Putin in Moscow on Tuesday.\n\n'
            'He said "the door to talks remains open for anyone who wants peace in Europe."')
    records = find_quotes(analyze_text(text))
    assert records and records[0].fields["speaker"]["country"] in ("DEU", "RUS"), [r.fields for r in records]

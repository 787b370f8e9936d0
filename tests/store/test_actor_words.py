"""The actor filter (`?actor=`): an exact code, or the start of any word of a name, read off an index.

What a user types into `/api/events?actor=...` finds the same records on SQLite and PostgreSQL, and
the same as the Python check `filters.mentions_actor` (issue 13: the substring match read every
name of a kind; migration 0012 writes each name's word-starting tails as keys).
"""
from __future__ import annotations

from typing import Any

import pytest

from detente.models import Article, Evidence, Record
from detente.store import Store
from detente.store.filters import field_checks, name_words
from detente.store.migrations import apply_migrations


def _who(name: str, code: str | None) -> dict[str, Any]:
    return {"name": name, "country": code, "sector": "GOV"}


def _event(actor: dict[str, Any] | None, target: dict[str, Any] | None = None) -> Record:
    sentence = "Officials traded blame over the strike."
    return Record("event", Evidence(sentence, 0, len(sentence)), {"type": "ACCUSE", "actor": actor,
                                                                  "target": target})


@pytest.fixture
def actors(store: Store) -> Store:
    """One article a record, each naming actors the way outlets write them."""
    named = [_event(_who("Volodymyr Zelensky", "UKR")), _event(_who("Ukraine's foreign ministry", "UKR")),
             _event(_who("Sergei Lavrov", "RUS"), _who("Kaja Kallas", None)),
             _event(_who("al-Hasan Ibrahim", "SDN")), _event(_who("the Kremlin", "RUS")),
             _event(_who("Ümit Yalçın", "TUR")), _event(None)]
    for i, record in enumerate(named):
        text = f"Report {i}: officials traded blame over the strike."
        store.save_article(Article(file=f"{i}.txt", index=0, text=text, title=text[:15], outlet="Wire",
                                   published="2025-03-01"), [record])
    return store


def _found(store: Store, actor: str) -> list[str]:
    """The actor names of the events `actor` selects, in the API's order."""
    _, rows = store.query_records("event", actor=actor, limit=100)
    return [(r.fields["actor"] or {}).get("name") for r, _ in rows]


def test_a_name_is_found_from_the_start_of_any_of_its_words(actors: Store) -> None:
    assert _found(actors, "Zelensky") == ["Volodymyr Zelensky"]
    assert _found(actors, "volodymyr zel") == ["Volodymyr Zelensky"]
    assert _found(actors, "Ukraine") == ["Ukraine's foreign ministry"]
    assert _found(actors, "foreign ministry") == ["Ukraine's foreign ministry"]
    assert _found(actors, "Hasan") == ["al-Hasan Ibrahim"]  # a hyphen starts a word
    assert _found(actors, "kremlin") == ["the Kremlin"]
    assert _found(actors, "ÜMIT") == ["Ümit Yalçın"]
    assert _found(actors, "Kallas") == ["Sergei Lavrov"]  # the target is an actor of the record too


def test_a_code_is_matched_whole_and_the_inside_of_a_word_is_not(actors: Store) -> None:
    assert _found(actors, "ukr") == ["Volodymyr Zelensky", "Ukraine's foreign ministry"]
    assert _found(actors, "RUS") == ["Sergei Lavrov", "the Kremlin"]
    assert _found(actors, "lensky") == []
    assert _found(actors, "s foreign") == []  # the s of "Ukraine's" starts no word
    assert len(_found(actors, "  ")) == 7  # blank: no filter


def test_the_store_answers_as_the_python_check(actors: Store) -> None:
    everything = [r for r, _ in actors.iter_records()]
    for ask in ("UKR", "ru", "Kreml", "lavrov", "%", "_", "al-", "the k", "Yalçın", "nobody"):
        want = [r.id for r in everything if all(check(r.fields) for check in field_checks(actor=ask))]
        total, rows = actors.query_records("event", actor=ask, limit=100)
        assert ([r.id for r, _ in rows], total) == (want, len(want)), ask


def test_name_words_are_the_tails_that_start_a_word() -> None:
    assert name_words("Volodymyr Zelensky") == ["volodymyr zelensky", "zelensky"]
    assert name_words("Ukraine's army") == ["ukraine's army", "army"]
    assert name_words("(UN) envoy") == ["un) envoy", "envoy"]


def test_a_store_from_before_the_word_keys_is_migrated_to_them(actors: Store) -> None:
    asks = ("Zelensky", "Ukraine", "RUS", "Hasan")
    before = [_found(actors, a) for a in asks]
    actors.execute("DELETE FROM record_keys WHERE facet = 'word'")  # type: ignore[attr-defined]
    actors.execute("DELETE FROM migrations WHERE name = '0012_actor_words'")  # type: ignore[attr-defined]
    if actors.dialect.name != "sqlite":  # type: ignore[attr-defined]
        actors.execute("DROP INDEX record_keys_word")  # type: ignore[attr-defined]
    assert _found(actors, "Zelensky") == []
    assert apply_migrations(actors) == ["0012_actor_words"]  # type: ignore[arg-type]
    assert [_found(actors, a) for a in asks] == before

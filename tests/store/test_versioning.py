"""The content version that derived views are keyed on, and the field filters as indexed SQL (issue 13)."""
from __future__ import annotations

from typing import Any

from detente.models import Article, Evidence, Record
from detente.store import Store
from detente.store.derived import derived_version, load_derived, save_derived
from detente.store.filters import field_checks


def _article(text: str, published: str = "2025-06-01") -> Article:
    return Article(file=f"{text[:8]}.txt", index=0, text=text, title=text[:20], outlet="Wire", published=published)


def _record(kind: str, sentence: str, **fields: Any) -> Record:
    return Record(kind, Evidence(sentence, 0, len(sentence)), fields)


def test_every_write_to_what_views_read_bumps_the_version(store: Store) -> None:
    seen = [store.content_version()]  # type: ignore[attr-defined]

    def moved() -> bool:
        seen.append(store.content_version())  # type: ignore[attr-defined]
        return seen[-1] > seen[-2]

    first, second = _article("Russia launched drones at Kyiv."), _article("Talks resumed in Istanbul.")
    store.save_article(first, [_record("event", first.text, type="ASSAULT")])
    assert moved()
    store.save_article(second)
    assert moved()
    store.replace_records(first.id, [])
    assert moved()
    store.link_near_duplicate(first.id, second.id, 0.9)
    assert moved()
    store.mark_input_done("x.txt", "abc", 10, 1)  # bookkeeping, not content: the views stay current
    store.count_articles()
    assert not moved()


def test_a_build_is_kept_and_only_a_newer_one_replaces_it(store: Store) -> None:
    assert derived_version(store, "v") is None  # type: ignore[arg-type]
    save_derived(store, "v", 5, b"five", 1.0)  # type: ignore[arg-type]
    save_derived(store, "v", 3, b"three", 1.0)  # type: ignore[arg-type]  # a slower, older build
    assert load_derived(store, "v") == (5, b"five")  # type: ignore[arg-type]
    save_derived(store, "v", 7, b"seven", 1.0)  # type: ignore[arg-type]
    assert load_derived(store, "v") == (7, b"seven")  # type: ignore[arg-type]


def _people(name: str, code: str | None) -> dict[str, Any]:
    return {"name": name, "country": code, "sector": "GOV"}


def test_field_filters_in_sql_answer_as_the_python_checks(store: Store) -> None:
    text = "A sentence."
    records = [
        _record("event", text, type="ASSAULT", actor=_people("Russia", "RUS"), target=_people("Ukraine", "UKR")),
        _record("event", text, type="CONSULT", actor=_people("Volodymyr Zelensky", "UKR"), target=None),
        _record("talks", text, parties=["RUS", "UKR"], mediators=["TUR"], status="held",
                delegations=[{"party": "UKR", "head": "Rustem Umerov"}],
                outcomes=[{"issue": "prisoners", "result": "agreed"}]),
        _record("position", text, party=_people("Ukraine", "UKR"), issue="ceasefire", stance="demand"),
        _record("quote", text, speaker=_people("100%_sure! spokesman", None), text="x"),
        _record("claim", text, claimant=_people("Ümit Öztürk", "TUR"), what="drones", value=3),
    ]
    for i, record in enumerate(records):
        store.save_article(_article(f"Article {i} about the war."), [record])
    asks = [{"actor": "UKR"}, {"actor": "ukr"}, {"actor": "zelensky"}, {"actor": "ukraine"}, {"actor": "Umerov"},
            {"actor": "TUR"}, {"actor": "100%_"}, {"actor": "%"}, {"actor": "_"}, {"actor": "!"}, {"actor": "ümit"},
            {"type": "ASSAULT"}, {"issue": "prisoners"}, {"issue": "ceasefire"}, {"actor": "UKR", "type": "CONSULT"},
            {"actor": "nobody"}]
    everything = [r for r, _ in store.iter_records()]
    for ask in asks:
        checks = field_checks(**ask)
        expected = [r.id for r in everything if all(check(r.fields) for check in checks)]
        total, rows = store.query_records(**ask, limit=100)
        assert [r.id for r, _ in rows] == expected, ask
        assert total == len(expected), ask


def test_replaced_records_are_found_by_their_new_fields_only(store: Store) -> None:
    article = _article("Moscow and Kyiv traded accusations.")
    store.save_article(article, [_record("event", article.text, type="ACCUSE", actor=_people("Russia", "RUS"))])
    store.replace_records(article.id, [_record("event", article.text, type="ACCUSE",
                                               actor=_people("Ukraine", "UKR"))])
    assert store.query_records("event", actor="RUS")[0] == 0
    assert store.query_records("event", actor="UKR")[0] == 1

"""Measure the actor layer: NER label accuracy with and without the entity ruler, resolver speed,
and accuracy on tests/fixtures/actor_mentions.jsonl.

    .venv/bin/python bench/actors.py
"""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

# (sentence, [(entity text, expected label)]) — written for this bench, in several outlets' voices
NER_CASES = [
    ("Kyiv said it would send Rustem Umerov to Istanbul.",
     [("Kyiv", "GPE"), ("Rustem Umerov", "PERSON"), ("Istanbul", "GPE")]),
    ("Crimea and Zaporizhzhia remain under Russian control.",
     [("Crimea", "GPE"), ("Zaporizhzhia", "GPE"), ("Russian", "NORP")]),
    ("Zelenskyy met Erdogan in Ankara on Thursday.",
     [("Zelenskyy", "PERSON"), ("Erdogan", "PERSON"), ("Ankara", "GPE")]),
    ("Drones struck the Engels and Olenya air bases overnight.",
     [("Engels", "FAC"), ("Olenya", "FAC")]),
    ("The SBU said the Kerch Strait bridge was damaged.",
     [("SBU", "ORG"), ("Kerch Strait bridge", "FAC")]),
    ("Peskov told TASS that Moscow was ready for a third round.",
     [("Peskov", "PERSON"), ("TASS", "ORG"), ("Moscow", "GPE")]),
    ("Ukrainian Defense Minister Rusten Umerov arrived in Riyadh.",
     [("Ukrainian", "NORP"), ("Rusten Umerov", "PERSON"), ("Riyadh", "GPE")]),
    ("Sybiha and Kallas discussed Kharkiv and Sumy.",
     [("Sybiha", "PERSON"), ("Kallas", "PERSON"), ("Kharkiv", "GPE"), ("Sumy", "GPE")]),
    ("Witkoff flew to St Petersburg to see Dmitriev.",
     [("Witkoff", "PERSON"), ("St Petersburg", "GPE"), ("Dmitriev", "PERSON")]),
    ("The Kyiv Independent reported explosions in Odesa and Mykolaiv.",
     [("Kyiv Independent", "ORG"), ("Odesa", "GPE"), ("Mykolaiv", "GPE")]),
    ("Russian forces pressed toward Pokrovsk and Kostiantynivka in Donetsk Oblast.",
     [("Russian", "NORP"), ("Pokrovsk", "GPE"), ("Kostiantynivka", "GPE"), ("Donetsk Oblast", "GPE")]),
    ("Budanov said HUR had hit a depot in Bryansk.",
     [("Budanov", "PERSON"), ("HUR", "ORG"), ("Bryansk", "GPE")]),
    ("Grossi visited the Zaporizhzhia nuclear plant with IAEA inspectors.",
     [("Grossi", "PERSON"), ("Zaporizhzhia nuclear plant", "FAC"), ("IAEA", "ORG")]),
    ("Lukashenko hosted Ushakov in Minsk.",
     [("Lukashenko", "PERSON"), ("Ushakov", "PERSON"), ("Minsk", "GPE")]),
    ("The Black Sea Fleet withdrew from Sevastopol to Novorossiysk.",
     [("Black Sea Fleet", "ORG"), ("Sevastopol", "GPE"), ("Novorossiysk", "GPE")]),
    # names outside the dictionary: the ruler must not split them
    ("Ukrainian MP Oleksandr Merezhko met Senator Jeanne Shaheen in Kyiv.",
     [("Oleksandr Merezhko", "PERSON"), ("Jeanne Shaheen", "PERSON"), ("Kyiv", "GPE")]),
    ("Grigory Karasin and Leonid Slutsky spoke to Izvestia about Moscow's terms.",
     [("Grigory Karasin", "PERSON"), ("Leonid Slutsky", "PERSON"), ("Moscow", "GPE")]),
    ("Olena Kondratiuk thanked Andrzej Duda and Petr Pavel in Prague.",
     [("Olena Kondratiuk", "PERSON"), ("Andrzej Duda", "PERSON"), ("Petr Pavel", "PERSON"),
      ("Prague", "GPE")]),
    ("Anna Putin, a teacher from Omsk, said she was no relation.",
     [("Anna Putin", "PERSON"), ("Omsk", "GPE")]),
]


def ner_accuracy(nlp) -> float:  # type: ignore[no-untyped-def]
    good = total = 0
    for text, expected in NER_CASES:
        found = {(e.text, e.label_) for e in nlp(text).ents}
        good += sum(1 for item in expected if item in found)
        total += len(expected)
    return good / total


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    sys.path.insert(0, str(root / "tests" / "nlp"))
    from detente.nlp import pipeline
    from detente.nlp.actors import ActorResolver

    plain = pipeline.load_model()
    nlp = pipeline.load_nlp()
    print(f"NER label accuracy, model alone : {ner_accuracy(plain):.3f}")
    print(f"NER label accuracy, with ruler  : {ner_accuracy(nlp):.3f}")

    t0 = time.perf_counter()
    resolver = ActorResolver.default()
    print(f"resolver load: {time.perf_counter() - t0:.2f} s")
    text = "\n\n".join(case[0] for case in NER_CASES) * 4
    doc = nlp(text)
    t0 = time.perf_counter()
    for _ in range(20):
        mentions = resolver.resolve_doc(doc, date(2025, 6, 10))
    per = (time.perf_counter() - t0) / 20
    print(f"resolve_doc: {per * 1000:.1f} ms for {len(doc)} tokens, {len(mentions)} mentions")

    from test_actors import fixture_accuracy

    rows = sum(1 for _ in (root / "tests/fixtures/actor_mentions.jsonl").open(encoding="utf-8"))
    accuracy, misses = fixture_accuracy(nlp, resolver)
    print(f"fixture accuracy: {accuracy:.3f} over {rows} mentions")
    for miss in misses:
        print("  miss:", miss)


if __name__ == "__main__":
    main()

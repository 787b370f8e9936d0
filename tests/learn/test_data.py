"""The training-data builder: gold notes land on the right sentences, PLOVER's names are mapped, the
check split and the seeds are never training data (issue 10)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.learn import data
from detente.learn.labels import LABELS, cats, plover_type
from detente.nlp.pipeline import blank_nlp

FIXTURES = Path(__file__).parent / "fixtures"


def test_note_fragments_drop_comments_and_split_at_ellipses() -> None:
    note = "Kyiv turned down [a reply to Moscow] ... the offer of talks … for now"
    assert data.note_fragments(note) == ["kyiv turned down", "the offer of talks"]


def test_locate_finds_a_fragment_verbatim_and_close_variants() -> None:
    sentences = ["The weather was mild.", "Kyiv \u201cturned down\u201d the offer of talks, officials said."]
    assert data.locate('kyiv "turned down" the offer', sentences) == 1
    assert data.locate("kyiv turned down the ofer of talks", sentences) == 1  # a typo or dropped quote mark
    assert data.locate("nothing like any sentence here at all", sentences) is None


def test_gold_examples_label_the_sentences_holding_each_note() -> None:
    examples = list(data.gold_examples(FIXTURES / "gold.jsonl", [FIXTURES / "report.txt"], blank_nlp()))
    labels = {ex.text.split()[0]: set(ex.labels) for ex in examples}
    assert labels == {"Moscow": {"SANCTION"}, "The": set(), "Kyiv": {"POSITION"}}
    assert len(examples) == 4  # every sentence of the article: the unlabelled ones are negatives
    assert {ex.source for ex in examples} == {"report.txt"}  # other.txt's record is not this file's


def test_plover_examples_map_old_names_and_hold_out_every_fifth() -> None:
    examples = list(data.plover_examples(FIXTURES / "plover.json"))
    assert [sorted(ex.labels)[0] for ex in examples] == ["REQUEST", "ASSAULT", "ACCUSE", "AGREE", "SANCTION"]
    assert [ex.part for ex in examples] == ["train"] * 4 + ["dev"]


def test_extra_sentences_are_valid_and_cover_non_events() -> None:
    extra = list(data.extra_examples())
    assert len(extra) >= 50
    assert any(not ex.labels for ex in extra) and all(ex.labels <= set(LABELS) for ex in extra)


def test_unknown_labels_are_refused_with_the_sentence_named() -> None:
    with pytest.raises(ValueError, match="Some sentence"):
        data.Example.from_dict({"text": "Some sentence.", "labels": ["ATTACK"]})
    with pytest.raises(ValueError, match="ATTACK"):
        cats({"ATTACK"})
    assert plover_type("FIGHT") == "ASSAULT" and plover_type("DOCUMENT") is None


def test_training_sources_never_include_check_or_seeds(shared_dir: Path) -> None:
    split = json.loads((shared_dir / "eval" / "reports" / "split.json").read_text(encoding="utf-8"))
    sources = data.Sources.shared(shared_dir, dev_every=4)
    assert not set(sources.tune_files) & set(split["check"])
    assert set(sources.dev_files) < set(sources.tune_files)
    assert sources.corpus.name == "reports"  # the seeds corpus is not read


def test_petrarch_sentences_get_plover_types_through_the_cameo_table() -> None:
    table = data.cameo_table(FIXTURES / "cameo2plover.txt")
    assert data.cameo_type("0361", table) == "AGREE"  # the nearest listed parent of an unlisted code
    assert data.cameo_type("190", table) == "ASSAULT"  # FIGHT is ASSAULT's old name
    examples = list(data.petrarch_examples(FIXTURES / "petrarch.xml", table, every=3))
    assert [(ex.text, set(ex.labels), ex.part) for ex in examples] == [
        ("Arnor offered to meet Gondor next week.", {"AGREE"}, "train"),
        ("Arnor troops attacked Gondor.", {"ASSAULT"}, "train"),
        ("The weather in Arnor was fine.", set(), "dev"),  # a 'no events' record is a negative
    ]


@pytest.mark.parametrize("held_out", ["check", "seeds", "written-b", "written-d"])
def test_the_decision_model_never_trains_on_held_out_sets(held_out: str, shared_dir: Path) -> None:
    from detente.learn import decide_train

    assert held_out not in decide_train.STUDIED
    with pytest.raises(ValueError, match="not a studied set"):
        decide_train.studied_set(held_out, shared_dir)


def test_the_decision_models_studied_sets_hold_no_held_out_file(shared_dir: Path) -> None:
    from detente.learn import decide_train

    split = json.loads((shared_dir / "eval" / "reports" / "split.json").read_text(encoding="utf-8"))
    files = {name: decide_train.studied_set(name, shared_dir).files for name in decide_train.STUDIED}
    assert not {p.name for p in files["tune"]} & set(split["check"])
    assert all(p.parent.parent.name in ("a", "c") for name in ("written-a", "written-c") for p in files[name])
    assert all(p.parent.name == "reports" for p in files["tune"])  # the seeds corpus is not read

"""The shipped classifier loads from the package, labels sentences, and the setting switches it off."""
from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import ConfigError
from detente.learn import events as learned
from detente.learn import model
from detente.learn.labels import LABELS


def test_it_is_off_unless_the_setting_names_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DETENTE_LEARNED_MODEL", raising=False)
    assert model.model_path() is None and not learned.enabled()
    monkeypatch.setenv("DETENTE_LEARNED_MODEL", "shipped")
    assert model.model_path() == model.SHIPPED and learned.enabled()
    monkeypatch.setenv("DETENTE_LEARNED_MODEL", "off")
    assert model.sentence_scores("Drones struck the depot.") == {}


def test_a_missing_model_folder_is_a_sentence_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=str(tmp_path / "nowhere")):
        model.load(tmp_path / "nowhere")


def test_the_shipped_weights_are_package_data_of_a_few_megabytes() -> None:
    assert (model.SHIPPED / "config.cfg").exists()
    size = sum(p.stat().st_size for p in model.SHIPPED.rglob("*") if p.is_file())
    assert size < 8_000_000


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "label"), [
    ("The president threatened to cut off gas deliveries if the bill passes.", "THREATEN"),
    ("The foreign ministry condemned the decision as illegal and provocative.", "ACCUSE"),
    ("The opposition demanded that the cabinet resign at once.", "REQUEST"),
    ("Warplanes bombed the rebel-held town, killing at least twelve civilians.", "ASSAULT"),
])
def test_the_shipped_model_ranks_the_right_type_first(sentence: str, label: str) -> None:
    scores = model.sentence_scores(sentence, model.SHIPPED)
    assert set(scores) == set(LABELS)
    events = {k: v for k, v in scores.items() if k != "POSITION"}
    assert max(events, key=events.__getitem__) == label


def test_ingest_with_a_missing_model_stops_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from detente.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("Drones struck the depot overnight, officials said.\n", encoding="utf-8")
    monkeypatch.setenv("DETENTE_LEARNED_MODEL", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(cli, ["ingest", str(article), "--db", str(tmp_path / "x.db"), "-q"])
    assert result.exit_code == 1
    assert f"No trained sentence classifier in {tmp_path / 'nowhere'}" in result.output
    assert "Traceback" not in result.output

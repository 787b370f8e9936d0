"""Training is reproducible: the same seed gives the same weights and figures (a small smoke run)."""
from __future__ import annotations

from pathlib import Path

from detente.learn.data import Example
from detente.learn.train import TrainOptions, save, train

ATTACKS = ["Troops shelled the village at dawn.", "Drones struck the depot overnight.",
           "Artillery pounded the town all week.", "Jets bombed the bridge on Monday."]
TALKS = ["The ministers met in Geneva for talks.", "The envoys held talks in Riyadh.",
         "The leaders met in Ankara on Friday.", "Negotiators met again in Doha."]
DEV = [Example("Rockets struck the airfield.", frozenset({"ASSAULT"}), "test", "dev"),
       Example("The envoys met in Cairo.", frozenset({"CONSULT"}), "test", "dev")]


def _examples() -> list[Example]:
    fit = [Example(t, frozenset({"ASSAULT"}), "test") for t in ATTACKS]
    fit += [Example(t, frozenset({"CONSULT"}), "test") for t in TALKS]
    return fit + DEV


def test_the_same_seed_gives_the_same_weights_and_figures(tmp_path: Path) -> None:
    options = TrainOptions(seed=7, epochs=4, architecture="bow")
    first, figures = train(_examples(), options, progress=False)
    second, again = train(_examples(), options, progress=False)
    assert figures == again
    assert first.get_pipe("textcat_multilabel").to_bytes() == second.get_pipe("textcat_multilabel").to_bytes()
    save(first, tmp_path / "model", {"options": options.__dict__, "dev": figures})
    assert (tmp_path / "model" / "training.json").exists() and (tmp_path / "model" / "config.cfg").exists()


def test_a_smoke_run_learns_the_fixture_labels() -> None:
    nlp, figures = train(_examples(), TrainOptions(seed=7, epochs=10, architecture="bow"), progress=False)
    assert figures["f_per_label"]["ASSAULT"] == 1.0 and figures["f_per_label"]["CONSULT"] == 1.0
    cats = nlp("Missiles struck the harbour.").cats
    assert cats["ASSAULT"] > cats["CONSULT"]

"""A joint subject ('the leaders also agreed to ...') with no pair told meeting stands for the two states
the story named together before it, so a further agreement is its own record, not the first retold."""
from __future__ import annotations

from detente.extract.events import find_events


def _agreements(analyze_text, text: str) -> list[tuple[str | None, str | None]]:
    out = []
    for record in find_events(analyze_text(text)):
        if record.fields["type"] == "AGREE":
            actor, target = record.fields["actor"] or {}, record.fields["target"] or {}
            out.append((actor.get("country"), target.get("country")))
    return out


def test_a_further_joint_agreement_is_its_own_record(analyze_text) -> None:
    text = ("The presidents of Bolivia and Paraguay agreed on Friday that neither army would cross the Pilcomayo. "
            "Both presidents also agreed they would reconvene in Asuncion before the rains.")
    found = _agreements(analyze_text, text)
    assert len(found) == 2
    assert all(actor in ("BOL", "PRY") for actor, _ in found)


def test_the_named_pair_stands_for_the_leaders(analyze_text) -> None:
    text = ("Bolivia and Paraguay held border talks in Salta on Friday. The leaders also agreed to "
            "reconvene in Asuncion before the rains.")
    found = _agreements(analyze_text, text)
    assert any({actor, target} == {"BOL", "PRY"} for actor, target in found)

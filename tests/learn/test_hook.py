"""The events hook: a confident label on a sentence the rules left empty becomes an event whose
parties come from the rules' role finders; switched off, nothing changes."""
from __future__ import annotations

import pytest

from detente.extract.events import find_events
from detente.learn import model

TEXT = "Moscow slapped new export curbs on Lithuanian fertiliser on Tuesday."


@pytest.mark.model
def test_a_confident_label_adds_an_event_with_parsed_parties(analyze_text, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DETENTE_LEARNED_MODEL", "off")
    assert find_events(analyze_text(TEXT)) == []  # the rules read no event in this wording
    monkeypatch.setenv("DETENTE_LEARNED_MODEL", "shipped")
    monkeypatch.setattr(model, "doc_sentence_scores",
                        lambda doc, spans, path=None: [{"SANCTION": 0.97, "ASSAULT": 0.1}] * len(spans))
    [event] = find_events(analyze_text(TEXT))
    assert event.fields["type"] == "SANCTION" and event.fields["learned"] is True
    assert event.fields["actor"]["country"] == "RUS"
    assert "slapped" in event.evidence.text


@pytest.mark.model
def test_an_unsure_label_adds_nothing(analyze_text, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DETENTE_LEARNED_MODEL", "shipped")
    monkeypatch.setattr(model, "doc_sentence_scores", lambda doc, spans, path=None: [{"SANCTION": 0.5}] * len(spans))
    assert find_events(analyze_text(TEXT)) == []

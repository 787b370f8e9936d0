"""Near-duplicate linking survives a round trip through the store's bytes."""
from __future__ import annotations

from detente.ingest.dedupe import NearDuplicateIndex, from_bytes, signature, to_bytes

BASE = ("Negotiators from both countries met in Geneva on Tuesday and agreed to meet again next month. "
        "The talks were hosted by the Swiss government and lasted four hours, officials said. "
        "A joint statement promised to study a mechanism for monitoring any future ceasefire along the "
        "front line, and to set up working groups on prisoners, missing persons and the return of "
        "civilians. Diplomats described the atmosphere as businesslike but noted that neither delegation "
        "moved on the question of territory. Observers from several European capitals attended the "
        "opening session, and the host country offered to organise a further round before the winter. "
        "Both sides said they would report back to their leaders before fixing a date.")


def test_signature_round_trips_through_bytes() -> None:
    mh = signature(BASE)
    again = from_bytes(to_bytes(mh))
    assert again.jaccard(mh) == 1.0


def test_a_lightly_edited_copy_is_linked_and_another_story_is_not() -> None:
    index = NearDuplicateIndex(threshold=0.8)
    assert index.add("a", from_bytes(to_bytes(signature(BASE)))) == []
    linked = index.add("b", signature(BASE.replace("four hours", "five hours")))
    assert [k for k, _ in linked] == ["a"]
    assert index.add("c", signature("Drones struck an oil depot near the border overnight, the governor said.")) == []


def test_many_copies_link_to_the_original_not_to_each_other() -> None:
    index = NearDuplicateIndex(threshold=0.8)
    assert index.add("original", signature(BASE)) == []
    links = [index.add(f"copy{i}", signature(BASE + f" Update {i}.")) for i in range(20)]
    assert all([k for k, _ in found] == ["original"] for found in links)

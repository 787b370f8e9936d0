"""The labels the sentence classifier predicts: PLOVER event types and 'states a position'."""
from __future__ import annotations

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
POSITION = "POSITION"
LABELS: tuple[str, ...] = (*EVENT_TYPES, POSITION)

# The PLOVER gold set (PLOVER_GSR_CAMEO.txt) still uses the codebook's older names.
OLD_NAMES: dict[str, str] = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
}


def plover_type(name: str) -> str | None:
    """A PLOVER type by its current name, or None when it is not one we label."""
    name = OLD_NAMES.get(name.upper(), name.upper())
    return name if name in EVENT_TYPES else None


def cats(present: set[str]) -> dict[str, float]:
    """spaCy's `doc.cats` for a sentence holding the `present` labels (every other label is 0)."""
    unknown = present - set(LABELS)
    if unknown:
        raise ValueError(f"Unknown labels {sorted(unknown)}. Known: {', '.join(LABELS)}")
    return {label: float(label in present) for label in LABELS}

"""Honest comparison of reported numbers: a value with a qualifier is an interval, not a point.

"over a hundred" is [100, inf), "around 150" is [135, 165] (about = within 10%), "at least 41" is
[41, inf), "up to 5" is [0, 5]. Two reports agree when their intervals overlap: "over a hundred" does
not contradict 117, but "around 150" does.
"""
from __future__ import annotations

import math

ABOUT_TOLERANCE = 0.10


def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    if qualifier == "about":
        spread = abs(value) * ABOUT_TOLERANCE
        return value - spread, value + spread
    if qualifier in ("at least", "over"):
        return value, math.inf
    if qualifier == "up to":
        return 0.0, value
    return value, value


def compatible(reports: list[tuple[float, str | None]]) -> bool:
    """True when one number could make every report true."""
    if not reports:
        return True
    lows, highs = zip(*(interval(v, q) for v, q in reports), strict=True)
    return max(lows) <= min(highs) + 1e-9

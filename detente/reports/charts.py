"""Charts for the digest, drawn with matplotlib to SVG text (no browser, no network)."""
from __future__ import annotations

import io
from collections import Counter
from typing import Any


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    text = buf.getvalue()
    return text[text.find("<svg"):]


def events_per_day(timeline: list[dict[str, Any]]) -> str | None:
    """Stacked bars of events per day by PLOVER type, with talks drawn as vertical lines: the
    escalation of attacks against the calendar of talks in one picture."""
    events = [e for e in timeline if e["kind"] == "event" and e["date"] and len(e["date"]) == 10]
    if not events:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days = sorted({e["date"] for e in events})
    types = [t for t, _ in Counter(e["type"] for e in events).most_common(6)]
    fig, ax = plt.subplots(figsize=(8, 3.2))
    bottom = [0] * len(days)
    for kind in types:
        heights = [sum(1 for e in events if e["date"] == d and e["type"] == kind) for d in days]
        ax.bar(days, heights, bottom=bottom, label=kind)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    for talk in (e for e in timeline if e["kind"] == "talks" and e["date"] in days):
        ax.axvline(talk["date"], color="black", linestyle="--", linewidth=1)
    ax.set_ylabel("events")
    ax.set_title("Events per day by type (dashed: talks)")
    ax.legend(fontsize=7, ncol=3)
    ax.tick_params(axis="x", labelrotation=45, labelsize=7)
    return _svg(fig)

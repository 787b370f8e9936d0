"""The positions matrix: parties x issues, each cell the party's latest stance with its history.

A cell changes when a later record gives the same party another stance on the same issue. An issue
is marked incompatible when one party demands or offers something and another party rejects it
(or the other way round), going by each party's latest stance.

A row is an issue and, where the positions say it, who is to act (`who_acts`): Ukraine's demand that
Russia withdraw and Russia's demand that Ukraine withdraw are two rows, `withdrawal (RUS acts)` and
`withdrawal (UKR acts)`, never one cell nor one agreement. Positions that do not say who is to act
keep the issue's plain row.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from detente.views.common import citation, record_day, source_key

PUSH = {"demand", "offer"}


@dataclass
class Cell:
    party: str
    issue: str
    who_acts: str | None = None
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def row(self) -> str:
        return row_key(self.issue, self.who_acts)

    @property
    def latest(self) -> dict[str, Any]:
        return self.history[-1]

    @property
    def stance(self) -> str:
        return str(self.latest["stance"])

    @property
    def sources(self) -> int:
        """How many articles give the latest stance."""
        return len({source_key(r) for r in self.history if r["stance"] == self.stance})

    @property
    def conflicting(self) -> list[str]:
        """Other stances given for the same day as the latest one (or, for an undated latest stance, by
        any undated report): sources that disagree on where the party stands now, which the cell must
        show rather than settle by the order the articles were read in."""
        day = record_day(self.latest)
        same_time = [r for r in self.history if record_day(r) == day]
        return sorted({str(r["stance"]) for r in same_time} - {self.stance})

    @property
    def changes(self) -> list[tuple[str | None, str]]:
        """(date, stance) each time the stance differed from the one before. Only dated records can
        show a change: undated reports have no order, so their differences are not a change, and two
        stances on one day are sources in conflict (see `conflicting`), not a change."""
        out: list[tuple[str | None, str]] = []
        for rec in (r for r in self.history if record_day(r)):
            if not out or (out[-1][1] != rec["stance"] and out[-1][0] != record_day(rec)):
                out.append((record_day(rec), rec["stance"]))
        return out if len(out) > 1 else []

    def to_dict(self) -> dict[str, Any]:
        current = [r for r in self.history if r["stance"] == self.stance]
        return {"party": self.party, "issue": self.issue, "who_acts": self.who_acts, "row": self.row,
                "stance": self.stance,
                "date": record_day(self.latest), "detail": self.latest.get("detail"),
                "precondition": any(r.get("precondition") for r in current),
                "sources": self.sources, "conflicting": self.conflicting,
                "changes": [{"date": d, "stance": s} for d, s in self.changes],
                "citations": [citation(r) for r in self.history]}


def row_key(issue: str, who_acts: str | None) -> str:
    """A matrix row: the issue id alone, or 'issue:ISO3' when the positions say who is to act."""
    return f"{issue}:{who_acts}" if who_acts else issue


def row_label(issue: str, who_acts: str | None) -> str:
    return f"{issue} ({who_acts} acts)" if who_acts else issue


def who_acts_code(record: dict[str, Any]) -> str | None:
    """Who the position says is to act, as the code rows are keyed on (a state's ISO3 code)."""
    who = record.get("who_acts") or {}
    return who.get("country") or who.get("name") or None


def party_label(record: dict[str, Any]) -> str:
    """A state's code stands for everyone speaking for it; others keep their name."""
    party = record.get("party") or {}
    return str(party.get("country") or party.get("name") or "?")


def build_matrix(records: Iterable[dict[str, Any]], party: str | None = None, issue: str | None = None,
                 as_of: str | None = None) -> dict[str, Any]:
    """The matrix as JSON-ready data: cells, parties, issues and the incompatible issues."""
    cells: dict[tuple[str, str, str | None], Cell] = {}
    positions = [r for r in records if r.get("kind") == "position"]
    # Without a day a position cannot be placed before or after `as_of`: left out, and counted.
    undated = [r for r in positions if as_of is not None and not record_day(r)]
    chosen = [r for r in positions if as_of is None or (record_day(r) or "9999") <= as_of]
    chosen.sort(key=lambda r: (record_day(r) or "", source_key(r), r["evidence"]["start"]))
    for rec in chosen:
        label = party_label(rec)
        if party and party.lower() not in (label.lower(), str((rec.get("party") or {}).get("name")).lower()):
            continue
        if issue and rec.get("issue") != issue:
            continue
        who = who_acts_code(rec)
        cells.setdefault((label, rec["issue"], who), Cell(label, rec["issue"], who)).history.append(rec)
    by_row: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    for cell in cells.values():
        by_row[(cell.issue, cell.who_acts or "")].append(cell)
    rows = [{"key": row_key(i, w or None), "issue": i, "who_acts": w or None,
             "label": row_label(i, w or None)} for i, w in sorted(by_row)]
    # Opposition is judged within a row: demanding that Russia withdraw and refusing that Ukraine
    # withdraw are not opposed.
    incompatible = sorted(row_key(i, w or None) for (i, w), row in by_row.items() if _opposed(row))
    return {"parties": sorted({c.party for c in cells.values()}), "issues": sorted({i for i, _ in by_row}),
            "rows": rows, "incompatible": incompatible, "cells": [c.to_dict() for c in cells.values()],
            "as_of": as_of, "undated_left_out": _matching(undated, party, issue)}


def _matching(records: list[dict[str, Any]], party: str | None, issue: str | None) -> int:
    """How many of `records` the party and issue filters would have kept."""
    return sum(1 for r in records
               if (not party or party.lower() in (party_label(r).lower(),
                                                  str((r.get("party") or {}).get("name")).lower()))
               and (not issue or r.get("issue") == issue))


def _opposed(cells: list[Cell]) -> bool:
    pushing = {c.party for c in cells if c.stance in PUSH}
    rejecting = {c.party for c in cells if c.stance == "reject"}
    return any(p != r for p in pushing for r in rejecting)


def render_matrix(matrix: dict[str, Any]) -> str:
    """A plain-text table: one row per issue, one column per party."""
    parties, cells = matrix["parties"], {(c["party"], c["row"]): c for c in matrix["cells"]}
    note = _undated_note(matrix)
    if not cells:
        return "\n".join(x for x in ("No positions recorded.", note) if x)
    width = max(12, *(len(p) for p in parties))
    first = max(24, *(len(r["label"]) + 3 for r in matrix["rows"]))
    lines = ["issue".ljust(first) + "".join(p.ljust(width + 2) for p in parties)]
    for line in matrix["rows"]:
        mark = " !" if line["key"] in matrix["incompatible"] else ""
        row = (line["label"] + mark).ljust(first)
        for p in parties:
            c = cells.get((p, line["key"]))
            text = "" if c is None else (f"{c['stance']}{'*' if c['changes'] else ''}"
                                         f"{'?' if c.get('conflicting') else ''} ({c['sources']})")
            row += text.ljust(width + 2)
        lines.append(row.rstrip())
    lines.append("! incompatible stances   * stance changed over time   ? sources conflict on the latest "
                 "stance   (n) sources for the latest stance")
    if note:
        lines.append(note)
    return "\n".join(lines)


def _undated_note(matrix: dict[str, Any]) -> str:
    """The line that says how many positions `--as-of` left out for lacking a date."""
    left_out = matrix.get("undated_left_out") or 0
    if not left_out:
        return ""
    plural = "s" if left_out != 1 else ""
    return (f"{left_out} undated position{plural} left out: without a date or a publication date "
            f"they cannot be placed before or after {matrix.get('as_of')}.")

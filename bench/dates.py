"""How often does detente give a found record the right date? Scored on the reports' tune split.

The article set is ingested and exported through the CLI (eval/gate.py's `export_set`), then scored
with ../shared/eval/score.py's own matching twice: as it is (date-checked) and with its date check
turned off (date-blind). Per kind it prints both F1 figures and their gap, and the date accuracy: of
the gold records that carry a date and are matched ignoring dates, the share whose date matches.
The issue's targets: accuracy >= 0.85 overall, gap <= 0.03 on every kind.

    .venv/bin/python -m bench.dates [--set tune|seeds] [--verbose]

`--verbose` lists the dated gold records matched with a wrong or missing date (tune and seeds only:
the check split is for confirming, never for study). It also prints what the story pass costs the
plain jsonl export of the same store: the export's time with it over its time without it (the
records as stored), best of three runs each, measured in the same run.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
TARGET_ACCURACY, TARGET_GAP = 0.85, 0.03


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class KindTally:
    """Counts for one kind: the scorer's tallies both ways, and the dated pairs of the blind match."""

    blind: dict[str, int] = field(default_factory=dict)
    checked: dict[str, int] = field(default_factory=dict)
    dated: int = 0
    dated_right: int = 0
    wrong: list[tuple[str, Any, Any]] = field(default_factory=list)


def _f1(t: dict[str, int]) -> float:
    p = t["correct"] / t["system"] if t["system"] else 0.0
    r = t["found"] / t["gold"] if t["gold"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def date_pairs(scorer: ModuleType, gold: list[dict], system: list[dict],
               date_ok: Callable[[dict, dict], bool]) -> dict[str, KindTally]:
    """Pair gold and system records with the scorer's date check off (the caller turned it off) and
    tally the dated pairs' dates with the real check, `date_ok`."""
    tallies = {kind: KindTally() for kind in scorer.KINDS}
    docs: dict[Any, list[dict]] = defaultdict(list)
    for g in gold:
        docs[scorer.doc_key(g)].append(g)
    placed = scorer.assign_docs(gold, system)
    for key, golds in docs.items():
        systems = placed.get(key, [])
        for kind in scorer.KINDS:
            required = [g for g in golds if g.get("kind") == kind and not g.get("optional")]
            sk = [s for s in systems if s.get("kind") == kind]
            for s_index, g_index in _pairs(scorer, kind, required, sk, date_ok).items():
                g, s = required[g_index], sk[s_index]
                if g.get("date") is None:
                    continue
                tallies[kind].dated += 1
                if date_ok(g, s):
                    tallies[kind].dated_right += 1
                else:
                    evidence = (s.get("evidence") or {}).get("text", "")[:150]
                    tallies[kind].wrong.append((key[0], g.get("date"), f"{s.get('date')} | {evidence}"))
    return tallies


def _pairs(scorer: ModuleType, kind: str, golds: list[dict], systems: list[dict],
           date_ok: Callable[[dict, dict], bool]) -> dict[int, int]:
    """{system index: gold index}: the date-checked pairs first, then the gold left over paired
    ignoring dates with the records left over, so a wrong date is never counted where a right one
    was there to pair."""
    blind = scorer.date_ok
    scorer.date_ok = date_ok
    try:
        checked = scorer.max_matching(kind, golds, systems, blocked=set())
    finally:
        scorer.date_ok = blind
    rest = [i for i in range(len(golds)) if i not in set(checked.values())]
    more = scorer.max_matching(kind, [golds[i] for i in rest], systems, blocked=set(checked))
    return {**checked, **{s: rest[g] for s, g in more.items()}}


def measure(scorer: ModuleType, gold: list[dict], system: list[dict]) -> dict[str, KindTally]:
    """Date-checked and date-blind tallies per kind, and the date accuracy of the blind pairs."""
    checked = scorer.score(gold, system)
    real = scorer.date_ok
    scorer.date_ok = lambda g, s: True  # the scorer's matching with its date check off
    try:
        blind = scorer.score(gold, system)
        tallies = date_pairs(scorer, gold, system, real)
    finally:
        scorer.date_ok = real
    for kind, tally in tallies.items():
        tally.blind, tally.checked = blind[kind], checked[kind]
    return tallies


def report(tallies: dict[str, KindTally], verbose: bool) -> list[str]:
    """The table a reader sees, one line per kind, then the overall date accuracy."""
    lines = [f"{'kind':9} {'blind F1':>8} {'dated F1':>8} {'gap':>6} {'dated':>6} {'right':>6} "
             f"{'accuracy':>8}"]
    for kind, t in tallies.items():
        blind, checked = _f1(t.blind), _f1(t.checked)
        accuracy = f"{t.dated_right / t.dated:8.3f}" if t.dated else f"{'-':>8}"
        flag = "  gap over target" if blind - checked > TARGET_GAP + 1e-9 else ""
        lines.append(f"{kind:9} {blind:8.3f} {checked:8.3f} {blind - checked:6.3f} {t.dated:6} "
                     f"{t.dated_right:6} {accuracy}{flag}")
    dated = sum(t.dated for t in tallies.values())
    right = sum(t.dated_right for t in tallies.values())
    overall = right / dated if dated else 0.0
    lines.append(f"date accuracy overall = {overall:.3f} ({right}/{dated}; target >= {TARGET_ACCURACY})")
    if verbose:
        for kind, t in tallies.items():
            lines += [f"  wrong {kind:8} {file}: gold {want} system {got}" for file, want, got in t.wrong]
    return lines


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _peak(work: Callable[[], object]) -> int:
    """Peak bytes Python allocated while `work` ran (tracemalloc)."""
    import tracemalloc

    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def export_cost(db: Path, runs: int = 3) -> tuple[float, float, int, int]:
    """Seconds and peak bytes to build every contract line of the store, without and with the story
    pass."""
    from detente.export import contract_records
    from detente.store import open_store

    with open_store(str(db)) as store:
        def plain() -> object:
            return [record.to_contract(article) for record, article in store.iter_records()]

        def story() -> object:
            return list(contract_records(store))

        story()  # warm: imports and caches are not the pass's cost
        return _best_of(runs, plain), _best_of(runs, story), _peak(plain), _peak(story)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("tune", "seeds"), default="tune", help="the article set to score")
    ap.add_argument("--verbose", action="store_true", help="list dated gold records given a wrong date")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"scorer not found: {SCORER}", file=sys.stderr)
        return 1
    scorer = _load("detente_bench_score", SCORER)
    gate = _load("detente_bench_gate", ROOT / "eval" / "gate.py")
    with tempfile.TemporaryDirectory(prefix="dates-bench-") as tmp:
        export, gold_path = gate.export_set(gate.SETS[args.set], Path(tmp))
        gold, records = scorer.load([str(gold_path)]), scorer.load([str(export)])
        without, with_story, mem_without, mem_story = export_cost(Path(tmp) / "set.db")
    system = [r for r in records if r.get("kind") in scorer.KINDS]
    print(f"set: {args.set} ({len(gate.SETS[args.set].files())} articles)")
    print("\n".join(report(measure(scorer, gold, system), args.verbose)))
    print(f"plain jsonl export of the set's store: {with_story / without:.1f}x the time with the story pass "
          f"({with_story * 1000:.0f} ms against {without * 1000:.0f} ms for the records as stored), "
          f"{mem_story / mem_without:.1f}x the peak memory ({mem_story >> 10} KiB against "
          f"{mem_without >> 10} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

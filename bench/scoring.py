"""Scoring throughput of fw-1 vs nomenklatura's logic-v2 on the same pairs, same run.

Run from the repository root: ``.venv/bin/python bench/scoring.py`` (``make bench``).
Uses the dev pairs in ``../shared/data/names/`` when present, else pairs of names from
the bundled lists in ``data/lists/``. Each algorithm scores every pair several times;
the median pairs/s is reported. Both get their inputs built beforehand (FtM entities for
logic-v2, NameRecords for fw-1) and both keep their own caches between runs (nomenklatura
caches name analysis per entity, fw-1 prepares each distinct name once); the first,
cold run of fw-1 (names not yet prepared) is printed too.
"""

from __future__ import annotations

import csv
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "names"
RUNS = 5


def load_pairs() -> tuple[list[tuple[str, str]], str]:
    """Name pairs to score, and where they come from."""
    files = [DATA / "dev_xscript.csv", DATA / "dev_latin.csv"]
    if all(f.is_file() for f in files):
        pairs = []
        for path in files:
            with path.open(encoding="utf-8") as fh:
                pairs += [(r["name1"], r["name2"]) for r in csv.DictReader(fh)]
        return pairs, "dev pairs (../shared/data/names)"
    names: list[str] = []
    pairs = []
    for path in sorted((ROOT / "data" / "lists").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        for entity in data.get("entities", []):
            if isinstance(entity, dict) and entity.get("name"):
                names.append(entity["name"])
                pairs += [(entity["name"], alias) for alias in entity.get("aliases") or []
                          if isinstance(alias, str)]
    rng = random.Random(1)
    pairs = pairs[:2500] + [(rng.choice(names), rng.choice(names)) for _ in range(5000)]
    return pairs, "bundled lists (name/alias pairs and random pairs)"


def timed(func: Callable[[], object], n: int) -> float:
    start = time.perf_counter()
    func()
    return n / (time.perf_counter() - start)


def main() -> int:
    from followthemoney import model
    from nomenklatura.matching import LogicV2

    from fusionwatch.resolve.compare import NameRecord, compare

    pairs, source = load_pairs()
    records = [(NameRecord((a,)), NameRecord((b,))) for a, b in pairs]

    def entity(name: str, key: str):  # type: ignore[no-untyped-def]
        proxy = model.make_entity("Company")
        proxy.id = key
        proxy.add("name", name)
        return proxy

    entities = [(entity(a, f"a{i}"), entity(b, f"b{i}")) for i, (a, b) in enumerate(pairs)]
    config = LogicV2.default_config()

    def run_fw1() -> None:
        for a, b in records:
            compare(a, b)

    def run_v2() -> None:
        for a, b in entities:
            LogicV2.compare(a, b, config)

    n = len(pairs)
    cold = timed(run_fw1, n)
    fw_runs, v2_runs = [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        fw_runs.append(timed(run_fw1, n))
        v2_runs.append(timed(run_v2, n))
    fw, v2 = statistics.median(fw_runs), statistics.median(v2_runs)
    print(f"{n:,} pairs from {source}; median of {RUNS} runs")
    print(f"fw-1      {fw:>10,.0f} pairs/s  (cold first run {cold:,.0f} pairs/s)")
    print(f"logic-v2  {v2:>10,.0f} pairs/s")
    print(f"ratio     {fw / v2:>10.1f}x  (cold fw-1: {cold / v2:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

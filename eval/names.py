"""Dev-set evaluation of fw-1 beside nomenklatura's logic-v2 and name-based.

Run from the repository root: ``.venv/bin/python eval/names.py`` (``make eval``). Reads
``../shared/data/names/dev_xscript.csv`` and ``dev_latin.csv`` (local only, never copied
into the repository). Prints precision/recall/F1 per kind and category, pairs per second,
and the pair recall of blocking on the dev positives.
"""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "names"
FILES = {"zh-en": "dev_xscript.csv", "latin": "dev_latin.csv"}
# nomenklatura has no per-algorithm threshold; 0.7 is yente's default match threshold.
NK_THRESHOLD = 0.7

Row = dict[str, str]


def load() -> dict[str, list[Row]]:
    """The dev rows per kind."""
    out: dict[str, list[Row]] = {}
    for kind, name in FILES.items():
        with (DATA / name).open(encoding="utf-8") as fh:
            out[kind] = list(csv.DictReader(fh))
    return out


def prf(pred: list[bool], gold: list[bool]) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def fw1_scorer() -> tuple[Callable[[Row], bool], float]:
    from fusionwatch.resolve.algorithms import fw1
    from fusionwatch.resolve.compare import NameRecord, compare

    def score(row: Row) -> bool:
        return compare(NameRecord((row["name1"],)), NameRecord((row["name2"],))).match

    return score, fw1.threshold()


def nk_scorer(name: str) -> tuple[Callable[[Row], bool], float]:
    from followthemoney import model
    from nomenklatura.matching import get_algorithm

    algo = get_algorithm(name)
    assert algo is not None
    config = algo.default_config()

    def entity(text: str, key: str):  # type: ignore[no-untyped-def]
        proxy = model.make_entity("Company")
        proxy.id = key
        proxy.add("name", text)
        return proxy

    counter = iter(range(10**9))

    def score(row: Row) -> bool:
        # unique ids: nomenklatura caches name analysis per entity id
        n = next(counter)
        a, b = entity(row["name1"], f"a{n}"), entity(row["name2"], f"b{n}")
        return algo.compare(a, b, config).score >= NK_THRESHOLD

    return score, NK_THRESHOLD


def blocking_recall(rows: list[Row], matched: list[bool]) -> tuple[float, float, int, int]:
    """Share of positives (and of positives fw-1 matches) that candidate_pairs over all
    names of the file generates; candidate and all-vs-all pair counts."""
    from fusionwatch.resolve.blocking import candidate_pairs

    names = sorted({r["name1"] for r in rows} | {r["name2"] for r in rows})
    ids = {n: i for i, n in enumerate(names)}
    found = set(candidate_pairs([[n] for n in names]))
    hit = [(min(i, j), max(i, j)) in found for i, j in
           ((ids[r["name1"]], ids[r["name2"]]) for r in rows)]
    pos = [h for h, r in zip(hit, rows, strict=True) if r["label"] == "true"]
    kept = [h for h, r, m in zip(hit, rows, matched, strict=True) if r["label"] == "true" and m]
    return (sum(pos) / len(pos), sum(kept) / max(1, len(kept)), len(found),
            len(names) * (len(names) - 1) // 2)


def main() -> int:
    if not DATA.is_dir():
        print(f"error: {DATA}: dev data not found (needs ../shared/data/names/)", file=sys.stderr)
        return 2
    data = load()
    scorers = {"fw-1": fw1_scorer(), "logic-v2": nk_scorer("logic-v2"),
               "name-based": nk_scorer("name-based")}
    print("thresholds: " + ", ".join(f"{k} {t}" for k, (_, t) in scorers.items())
          + " (nomenklatura: yente's default 0.7; fw-1: its fitted default)")
    preds: dict[tuple[str, str], list[bool]] = {}
    speed: dict[str, float] = {}
    for algo, (score, _) in scorers.items():
        total, elapsed = 0, 0.0
        for kind, rows in data.items():
            start = time.perf_counter()
            preds[(algo, kind)] = [score(r) for r in rows]
            elapsed += time.perf_counter() - start
            total += len(rows)
        speed[algo] = total / elapsed
    header = f"{'kind / category':34} {'n':>5} " + " ".join(
        f"{a:>20}" for a in scorers)
    print(header + "\n" + " " * 41 + "  P     R     F1    " * len(scorers))
    for kind, rows in data.items():
        gold = [r["label"] == "true" for r in rows]
        groups = {kind: list(range(len(rows)))}
        for cat in sorted({r["category"] for r in rows}):
            groups[f"  {cat}"] = [i for i, r in enumerate(rows) if r["category"] == cat]
        for label, idx in groups.items():
            cells = []
            for algo in scorers:
                pred = preds[(algo, kind)]
                p, r, f = prf([pred[i] for i in idx], [gold[i] for i in idx])
                if all(gold[i] for i in idx):
                    cells.append(f"  R {r:.3f}           ")
                elif not any(gold[i] for i in idx):
                    fpr = sum(pred[i] for i in idx) / len(idx)
                    cells.append(f"  false-match {fpr:.3f} ")
                else:
                    cells.append(f" {p:.3f} {r:.3f} {f:.3f} ")
            print(f"{label:34} {len(idx):>5} " + " ".join(cells))
    print("pairs/s (cold, names prepared on first use): " + ", ".join(
        f"{a} {s:,.0f}" for a, s in speed.items()))
    for kind, rows in data.items():
        rec, kept, cand, total = blocking_recall(rows, preds[("fw-1", kind)])
        print(f"blocking recall {kind}: {rec:.3f} of positives, {kept:.3f} of those fw-1 "
              f"matches; {cand:,} candidate pairs of {total:,} all-vs-all")
    return 0


if __name__ == "__main__":
    sys.exit(main())

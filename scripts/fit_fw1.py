"""Fit the weights of ``fw-1`` on the dev sets and write ``fusionwatch/data/fw1_weights.json``.

Usage: ``python scripts/fit_fw1.py [DATA_DIR]`` (default ``../shared/data/names``).

One logistic regression per route (``xscript`` on dev_xscript.csv, ``latin`` on
dev_latin.csv). Before the final fit on all rows it prints 5-fold cross-validated
precision/recall/F1 at each candidate threshold (folds grouped by company, so a company's
positive and its negatives never straddle train and test) and keeps the threshold with the
best mean cross-validated F1 over both sets (the highest one within 0.005 of the best).
Only weights are written, no rows.
"""

from __future__ import annotations

import csv
import importlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
fw1 = importlib.import_module("fusionwatch.resolve.algorithms.fw1")
prepare = importlib.import_module("fusionwatch.resolve.normalize").prepare

TARGET = ROOT / "fusionwatch" / "data" / "fw1_weights.json"
THRESHOLDS = [round(0.30 + 0.05 * i, 2) for i in range(9)]
TIE = 0.005


def load(path: Path) -> tuple[list[list[float]], list[int], list[str], list[str], list[float]]:
    """Feature rows, labels, routes, group keys and hand-weighted log-odds of a dev file."""
    rows, labels, kinds, groups, offsets = [], [], [], [], []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            kind, a, b, _ = fw1.read_pair(prepare(row["name1"]), prepare(row["name2"]))
            rows.append([f(a, b)[0] for f in fw1.ROUTES[kind]])
            offsets.append(sum(w * f(a, b)[0] for f, w, kinds in fw1.HAND_WEIGHTED
                               if kind in kinds))
            labels.append(1 if row["label"] == "true" else 0)
            kinds.append(kind)
            groups.append(row["name1"])
    return rows, labels, kinds, groups, offsets


def prf(pred: list[bool], gold: list[int]) -> tuple[float, float, float]:
    tp = sum(1 for p, g in zip(pred, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(pred, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold, strict=True) if not p and g)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def model() -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, max_iter=2000)


def cross_validate(x: list[list[float]], y: list[int], groups: list[str],
                   offsets: list[float]) -> list[float]:
    """Out-of-fold probabilities (5 folds grouped by the first name), the hand-weighted
    features (conflicts, weak shared words...) added to the fitted log-odds as the
    algorithm adds them, so the figures are those of the algorithm as shipped."""
    from sklearn.model_selection import GroupKFold

    probs = [0.0] * len(y)
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        clf = model().fit([x[i] for i in train], [y[i] for i in train])
        logits = clf.decision_function([x[i] for i in test])
        for i, logit in zip(test, logits, strict=True):
            probs[i] = fw1.probability(float(logit) + offsets[i])
    return probs


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/names"
    out: dict[str, Any] = {"algorithm": fw1.NAME}
    cv: dict[str, tuple[list[float], list[int]]] = {}
    for kind, name in (("xscript", "dev_xscript.csv"), ("latin", "dev_latin.csv")):
        x, y, kinds, groups, offsets = load(data / name)
        keep = [i for i, k in enumerate(kinds) if k == kind]
        x, y, groups = [x[i] for i in keep], [y[i] for i in keep], [groups[i] for i in keep]
        offsets = [offsets[i] for i in keep]
        cv[kind] = (cross_validate(x, y, groups, offsets), y)
        clf = model().fit(x, y)
        feats = [f.__name__ for f in fw1.ROUTES[kind]]
        out[kind] = {"intercept": round(float(clf.intercept_[0]), 4),
                     "weights": {f: round(float(w), 4)
                                 for f, w in zip(feats, clf.coef_[0], strict=True)}}
        print(f"{kind}: {len(y)} pairs; weights {out[kind]}")
    means: dict[float, float] = {}
    for t in THRESHOLDS:
        scores = {k: prf([p >= t for p in probs], y) for k, (probs, y) in cv.items()}
        means[t] = sum(s[2] for s in scores.values()) / len(scores)
        print(f"CV t={t:.2f} " + " ".join(
            f"{k}: P={s[0]:.3f} R={s[1]:.3f} F1={s[2]:.3f}" for k, s in scores.items()))
    best_f1 = max(means.values())
    # Near-ties go to the higher threshold: fewer near-miss merges for the same F1.
    best = max(t for t, f in means.items() if f >= best_f1 - TIE)
    out["threshold"] = best
    print(f"threshold {best} (mean CV F1 {best_f1:.3f})")
    TARGET.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"-> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

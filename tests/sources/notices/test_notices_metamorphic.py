"""Metamorphic tests: every dev notice, transformed in ways that must not change its
parse (see :mod:`metamorphic`), still parses to its label.

Run with ``-s`` to see the per-transformation accuracy table.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from metamorphic import TRANSFORMS, Label  # type: ignore[import-not-found]
from notices_testdata import (  # type: ignore[import-not-found]
    NOTICES,
    labels,
    norm,
    private_data,
    set_f1,
)

from fusionwatch.errors import InputError
from fusionwatch.sources.base import Document, ParseReport
from fusionwatch.sources.notices import NoticesSource, parse_notice

FIELDS = ("notice_type", "buyer", "agency", "project_number")
# Every transformation must keep the dev notices as right as the originals are,
THRESHOLD = 1.0
# except where a copy loses the table structure itself; these floors are the measured
# accuracy and stop a regression. html_to_text_lines: column tables copied one cell per
# line cannot be put back together (two-column label/value tables can). One space between
# cells: jl_53's item table, whose names contain spaces, no longer lines up with its header.
KNOWN_GAPS = {"html_to_text_lines": 0.65, "html_to_text_one_space": 0.94}


def _amounts(out: dict[str, Any], label: Label) -> tuple[int, int]:
    matched = right = 0
    for w in label["awards"]:
        cands = [a for a in out["awards"] if norm(a["supplier"]) == norm(w["supplier"])]
        if not cands:
            continue
        matched += 1
        a = ([c for c in cands if norm(c["lot"]) == norm(w["lot"])] or cands)[0]
        got, want = a["amount_yuan"], w["amount_yuan"]
        right += (got is None and want is None) or (
            got is not None and want is not None and abs(got - want) <= 0.5)
    return matched, right


def _score(out: dict[str, Any], label: Label) -> dict[str, Any]:
    got = {norm(a["supplier"]) for a in out["awards"]}
    want = {norm(a["supplier"]) for a in label["awards"]}
    score: dict[str, Any] = {f: norm(out[f]) == norm(label[f]) for f in FIELDS}
    score["f1"] = set_f1(got, want)
    score["amounts"] = _amounts(out, label)
    return score


Run = tuple[str, dict[str, Any], dict[str, Any], Path]  # dev file, output, score, input


def _run(tmp: Path) -> dict[str, list[Run]]:
    runs: dict[str, list[Run]] = {}
    for label in labels():
        data = (NOTICES / label["file"]).read_bytes()
        for tname, transform in TRANSFORMS.items():
            result = transform(label["file"], data, label)
            if result is None:
                continue
            name, new, want = result
            path = tmp / tname / name
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(new)
            try:
                out = parse_notice(path)
            except InputError:
                # A notice the parser refuses counts as wrong in every field.
                out = {"file": str(path), "awards": [], **dict.fromkeys(FIELDS, "error")}
            runs.setdefault(tname, []).append((label["file"], out, _score(out, want), path))
    return runs


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _run(tmp_path_factory.mktemp("metamorphic"))


def _table(runs: dict[str, Any]) -> dict[str, float]:
    worst: dict[str, float] = {}
    print(f"\n{'transformation':24} {'n':>3} " + " ".join(f"{f[:8]:>8}" for f in FIELDS)
          + f" {'F1':>6} {'amounts':>8} {'all':>6}")
    for tname, rows in runs.items():
        n = len(rows)
        acc = [sum(s[f] for _, _, s, _ in rows) / n for f in FIELDS]
        f1 = sum(s["f1"] for _, _, s, _ in rows) / n
        matched = sum(s["amounts"][0] for _, _, s, _ in rows)
        right = sum(s["amounts"][1] for _, _, s, _ in rows)
        amounts = right / matched if matched else 1.0
        perfect = sum(all(s[f] for f in FIELDS) and s["f1"] == 1.0
                      and s["amounts"][0] == s["amounts"][1] for _, _, s, _ in rows) / n
        print(f"{tname:24} {n:3d} " + " ".join(f"{a:8.3f}" for a in acc)
              + f" {f1:6.3f} {amounts:8.3f} {perfect:6.3f}")
        worst[tname] = min([*acc, f1, amounts])
    return worst


def test_metamorphic_accuracy(runs: dict[str, Any]) -> None:
    worst = _table(runs)
    for tname, rows in runs.items():
        for file, _out, s, _ in rows:
            bad = [f for f in FIELDS if not s[f]]
            if s["f1"] < 1 or s["amounts"][0] != s["amounts"][1]:
                bad.append(f"f1={s['f1']:.2f} amounts={s['amounts']}")
            if bad:
                print(f"  {tname}: {file}: {bad}")
    assert set(runs) == set(TRANSFORMS)  # every transformation applies to some notice
    assert {t: w for t, w in worst.items() if w < KNOWN_GAPS.get(t, THRESHOLD)} == {}


def test_metamorphic_privacy(runs: dict[str, Any]) -> None:
    """No private name or phone number of the original notice in any transformed parse."""
    private = {label["file"]: private_data(NOTICES / label["file"]) for label in labels()}
    for tname, rows in runs.items():
        for file, out, _s, _ in rows:
            names, phones = private[file]
            dumped = re.sub(r"\s", "", json.dumps(
                {k: v for k, v in out.items() if k != "file"}, ensure_ascii=False))
            digits = re.sub(r"\D", "", dumped)
            assert [n for n in names if n in dumped] == [], (tname, file)
            assert [p for p in phones if p in digits] == [], (tname, file)


def test_metamorphic_privacy_in_records(runs: dict[str, Any]) -> None:
    """Nor in any record fact or quoted span built from a transformed notice."""
    private = {label["file"]: private_data(NOTICES / label["file"]) for label in labels()}
    for tname, rows in runs.items():
        origin = {str(path): file for file, _out, _s, path in rows}
        report = ParseReport()
        docs = [Document.from_path(path) for _f, _o, _s, path in rows]
        for record in NoticesSource().parse(docs, report):
            names, phones = private[origin[record.document.path]]
            for fact in record.facts:
                for text in (fact.value, fact.quote or ""):
                    compact = re.sub(r"\s", "", text)
                    assert not [n for n in names if n in compact], (tname, record.schema)
                    digits = re.sub(r"\D", "", text)
                    assert not [p for p in phones if p in digits], (tname, record.schema)


_LABEL_TEXT = re.compile(r"[：:|]|(?:名称|地址|联系人|联系方式|电话|信息|编号|金额)$")


def test_no_label_text_in_values(runs: dict[str, Any]) -> None:
    """Whatever the transformation, no value carries a colon or ends with a label word
    (a neighbouring label picked up, or a value running into the next field)."""
    bad = []
    for tname, rows in runs.items():
        for file, out, _s, _p in rows:
            values = [out["buyer"], out["agency"], out["project_number"]]
            values += [a["supplier"] for a in out["awards"]]
            bad += [(tname, file, v) for v in values
                    if isinstance(v, str) and v != "error" and _LABEL_TEXT.search(v)]
    assert bad == []

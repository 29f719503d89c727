"""Every dev notice compared field by field with the hand-checked labels."""

from __future__ import annotations

from typing import Any

import pytest
from notices_testdata import (  # type: ignore[import-not-found]
    HEADER_FIELDS,
    NOTICES,
    labels,
    norm,
    same,
    set_f1,
)

from fusionwatch.sources.notices import parse_notice

# The accuracy the parser reaches on the 38 dev notices (all 1.0 when written); the
# thresholds leave a small margin so that a regression on any field fails.
THRESHOLD = 0.95


@pytest.fixture(scope="module")
def results() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(label, parse_notice(NOTICES / label["file"])) for label in labels()]


def test_output_keys(results: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    keys = ["file", "notice_type", "published", "project_name", "project_number", "buyer",
            "agency", "budget_yuan", "total_award_yuan", "awards", "items", "programs",
            "people_dropped"]
    for _, out in results:
        assert list(out) == keys
        for award in out["awards"]:
            assert set(award) == {"supplier", "address", "amount_yuan", "uscc", "lot"}


def test_header_fields(results: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    accuracy = {}
    for field in HEADER_FIELDS:
        wrong = [(label["file"], out[field], label[field])
                 for label, out in results if not same(out[field], label[field])]
        accuracy[field] = 1 - len(wrong) / len(results)
        print(f"{field:18} {accuracy[field]:.3f}  wrong: {wrong}")
    assert all(acc >= THRESHOLD for acc in accuracy.values()), accuracy


def test_suppliers_and_amounts(results: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    f1s, matched, right = [], 0, 0
    for label, out in results:
        got = {norm(a["supplier"]) for a in out["awards"]}
        want = {norm(a["supplier"]) for a in label["awards"]}
        f1s.append(set_f1(got, want))
        for w in label["awards"]:
            cands = [a for a in out["awards"] if norm(a["supplier"]) == norm(w["supplier"])]
            by_lot = [a for a in cands if norm(a["lot"]) == norm(w["lot"])]
            if cands:
                matched += 1
                a = (by_lot or cands)[0]
                got_amount, want_amount = a["amount_yuan"], w["amount_yuan"]
                if got_amount is None or want_amount is None:
                    right += got_amount is None and want_amount is None
                elif abs(got_amount - want_amount) <= 0.5:
                    right += 1
    f1 = sum(f1s) / len(f1s)
    print(f"supplier F1 {f1:.3f}; amounts right {right}/{matched} = {right / matched:.3f}")
    assert f1 >= THRESHOLD
    assert right / matched >= THRESHOLD


def test_uscc_and_people(results: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    for label, out in results:
        want = {norm(a["uscc"]).upper() for a in label["awards"] if a["uscc"]}  # type: ignore[union-attr]
        got = {norm(a["uscc"]).upper() for a in out["awards"] if a["uscc"]}  # type: ignore[union-attr]
        assert got == want, label["file"]
        assert (out["people_dropped"] > 0) == label["people_present"], label["file"]


def test_surveillance_programs(results: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    for label, out in results:
        if out["programs"]:
            assert label["surveillance"], label["file"]
        for program in out["programs"]:
            assert program["evidence"]
    hefei = next(out for label, out in results if label["file"].startswith("hefei"))
    tags = {p["tag"]: p["evidence"] for p in hefei["programs"]}
    assert "雪亮" in tags["sharp_eyes"]
    assert tags["public_security_buyer"] == "合肥市公安局瑶海分局"

"""Features that separate near-misses: numbered institutes, branches vs parents."""

from __future__ import annotations

from fusionwatch.resolve.features import FeatureResult
from fusionwatch.resolve.normalize.types import Prepared


def number_conflict(a: Prepared, b: Prepared) -> FeatureResult:
    """1 if the names carry different numbers (CETC 13th vs 14th institute), 0.5 if one only."""
    if a.numbers == b.numbers:
        return 0.0, ""
    if a.numbers and b.numbers:
        return 1.0, f"numbers differ {sorted(a.numbers)} vs {sorted(b.numbers)}"
    return 0.5, "only one name is numbered"


def branch_mismatch(a: Prepared, b: Prepared) -> FeatureResult:
    """1 if one name is a branch (分公司, "Branch") and the other is not (its parent)."""
    if a.branch != b.branch:
        return 1.0, "branch vs parent"
    return 0.0, ""

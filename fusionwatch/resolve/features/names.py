"""Features comparing two names of the same script (Latin-Latin or Han-Han)."""

from __future__ import annotations

from rapidfuzz.fuzz import partial_ratio, ratio

from fusionwatch.resolve.features import FeatureResult
from fusionwatch.resolve.normalize.types import Prepared


def core_contained(a: Prepared, b: Prepared) -> FeatureResult:
    """How well the shorter trade name is found inside the longer one (partial match)."""
    short, long_ = sorted((a.core_key, b.core_key), key=len)
    if len(short) < (2 if a.script == "han" else 3):  # two Han characters make a name
        return 0.0, ""
    score = max(0.0, (partial_ratio(short, long_) / 100.0 - 0.6) / 0.4)
    return score, f"{short!r} within {long_!r} {score:.2f}"


def core_overlap(a: Prepared, b: Prepared) -> FeatureResult:
    """Share of the words of the shorter trade name that the other one has too."""
    if not a.core or not b.core:
        return 0.0, ""
    if a.core_key == b.core_key:
        return 1.0, "same trade-name words"
    small, large = sorted((a.core, b.core), key=len)
    key = "".join(large)
    found = sum(1 for w in small if w in large or (len(w) >= 4 and w in key) or any(
        len(w) > 4 and ratio(w, v) >= 85 for v in large))
    score = found / len(small)
    return score, f"{found}/{len(small)} trade-name words shared"


def core_extra(a: Prepared, b: Prepared) -> FeatureResult:
    """Share of the longer trade name's words that the other name lacks ("China Railway"
    vs "China Railway Signal")."""
    if not a.core or not b.core or a.core_key == b.core_key:
        return 0.0, ""
    small, large = sorted((a.core, b.core), key=len)
    key = "".join(small)
    extra = [w for w in large if w not in small and w not in key]
    if not extra:
        return 0.0, ""
    score = len(extra) / len(large)
    return score, f"extra words {' '.join(extra)!r}"


def token_overlap(a: Prepared, b: Prepared) -> FeatureResult:
    """Jaccard overlap of all normalized words (trade name, industry, region)."""
    union = a.tokens | b.tokens
    if not union:
        return 0.0, ""
    score = len(a.tokens & b.tokens) / len(union)
    return score, f"word overlap {score:.2f}"


def region_match(a: Prepared, b: Prepared) -> FeatureResult:
    """Both names carry a region and share it."""
    if a.regions & b.regions:
        return 1.0, f"same region {min(a.regions & b.regions)}"
    return 0.0, ""


def region_conflict(a: Prepared, b: Prepared) -> FeatureResult:
    """Both names carry regions and none is shared ("Anhui X" vs "Sichuan X")."""
    if a.regions and b.regions and not a.regions & b.regions:
        return 1.0, f"regions differ {min(a.regions)}/{min(b.regions)}"
    return 0.0, ""


def acronym_match(a: Prepared, b: Prepared) -> FeatureResult:
    """One name is the initials of the other ("IBM" / "International Business Machines")."""
    found = (a.acronyms & b.tokens) or (b.acronyms & a.tokens)
    if found:
        return 1.0, f"{min(found).upper()} is an acronym of the other name"
    return 0.0, ""

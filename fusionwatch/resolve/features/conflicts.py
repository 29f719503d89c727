"""Features that separate near-misses: numbered institutes, branches vs parents."""

from __future__ import annotations

from fusionwatch.resolve.features import FeatureResult
from fusionwatch.resolve.features.names import spelled_alike
from fusionwatch.resolve.normalize.resources import brands, regions
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


def city_conflict(a: Prepared, b: Prepared) -> FeatureResult:
    """1 if both names carry regions and share none, and neither is in the other
    ("Beijing Huawei Digital Technologies" vs "Chengdu Huawei Technologies": sibling
    subsidiaries; "Shandong X" vs "Jinan X" is no conflict: Jinan is in Shandong)."""
    if (a.regions and b.regions and a.regions.isdisjoint(b.regions)
            and not regions().nested(a.regions, b.regions)):
        return 1.0, "different cities or provinces"
    return 0.0, ""


UNITS = frozenset({"institute", "research institute", "academy", "university", "laboratory",
                   "key laboratory", "college", "school", "hospital", "center", "centre",
                   "science", "research",
                   # plants of one city differ in what they make ("Khabarovsk Radio
                   # Engineering Plant" / "Khabarovsk Shipbuilding Plant")
                   "plant", "factory", "works"})


# Kinds of unit: two names of one field naming units of no common kind are two bodies
# ("Institute of Aeronautics and Astronautics" of CAS / "Nanjing University of
# Aeronautics and Astronautics"). Words of one kind name one.
UNIT_KINDS = {
    "institute": "institute", "research institute": "institute", "academy": "academy",
    "university": "university", "college": "university", "school": "university",
    "laboratory": "laboratory", "key laboratory": "laboratory", "hospital": "hospital",
    "plant": "plant", "factory": "plant", "works": "plant",
}


def unit_conflict(a: Prepared, b: Prepared) -> FeatureResult:
    """1 if both names are units of research or teaching bodies, or plants, and each has
    words the other lacks ("CAS Institute of Microelectronics" vs "CAS Institute of
    Computing Technology"): for such units the field is what tells them apart; or if they
    are units of different kinds (an institute and a university: :data:`UNIT_KINDS`)."""
    if a.tokens.isdisjoint(UNITS) or b.tokens.isdisjoint(UNITS):
        return 0.0, ""
    kinds_a = {UNIT_KINDS[w] for w in a.tokens if w in UNIT_KINDS}
    kinds_b = {UNIT_KINDS[w] for w in b.tokens if w in UNIT_KINDS}
    if kinds_a and kinds_b and kinds_a.isdisjoint(kinds_b):
        return 1.0, f"different kinds of unit: {min(kinds_a)} vs {min(kinds_b)}"
    only_a = set(a.tokens - b.tokens - UNITS - a.regions)
    only_b = set(b.tokens - a.tokens - UNITS - b.regions)
    if only_a and only_b:  # a word spelled alike is no other field ("Vocation[al]")
        only_a = {w for w in only_a if not any(_alike(w, v) for v in only_b)}
        only_b = {w for w in only_b if not any(_alike(w, v) for v in only_a)}
    if only_a and only_b:
        return 1.0, f"different units: {min(only_a)} vs {min(only_b)}"
    return 0.0, ""


def _alike(word: str, other: str) -> bool:
    """One word written two ways: spelled alike, or one the other plus an ending of up
    to three letters ("Wheel[ed]", "Vocation[al]")."""
    short, long_ = sorted((word, other), key=len)
    return spelled_alike(word, other) or (
        len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3)


def brand_ids(keys: frozenset[str]) -> set[str]:
    """The glossary entries (Han brand names) that brand keys stand for."""
    table = brands().latin
    return {zh for key in keys for zh in table.get(key, ())}


def brand_match(a: Prepared, b: Prepared) -> FeatureResult:
    """1 if both names carry different forms of one glossary brand ("Sugon" / "Dawning
    Information"); names that already share their trade-name words get nothing more."""
    if a.brands and b.brands and not set(a.core) & set(b.core):
        shared = brand_ids(a.brands) & brand_ids(b.brands)
        if shared:
            return 1.0, f"same brand {min(shared)}"
    return 0.0, ""


def brand_conflict(a: Prepared, b: Prepared) -> FeatureResult:
    """1 if both names contain brands of the glossary and no brand is shared
    (大华 vs "Uniview", "Dahua" vs "Uniview")."""
    if not a.brands or not b.brands or brand_ids(a.brands) & brand_ids(b.brands):
        return 0.0, ""
    if any(len(k) >= 4 and k in b.joined for k in a.brands) or any(
            len(k) >= 4 and k in a.joined for k in b.brands):
        return 0.0, ""
    return 1.0, f"brands differ: {min(a.brands)} vs {min(b.brands)}"

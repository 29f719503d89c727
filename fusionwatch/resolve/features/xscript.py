"""Features comparing a Han-script name with a Latin-script one.

Each takes ``(han, latin)``: the Han name's trade-name pinyin is compared with the
Latin name's distinctive words under a tolerant romanization (:func:`loose`).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.fuzz import ratio

from fusionwatch.resolve.features import FeatureResult
from fusionwatch.resolve.normalize.pinyin import initials, loose, skeleton
from fusionwatch.resolve.normalize.types import Prepared


@lru_cache(maxsize=100_000)
def _loose_syllables(sylls: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(loose(s) for s in sylls)


def _in_order(parts: tuple[str, ...], text: str) -> int:
    """Number of characters of ``parts`` found in order in ``text``."""
    pos, found = 0, 0
    for part in parts:
        idx = text.find(part, pos)
        if idx >= 0 and (idx - pos <= 3 or found == 0):
            found += len(part)
            pos = idx + len(part)
    return found


def pinyin_equal(han: Prepared, latin: Prepared) -> FeatureResult:
    """The trade name's pinyin equals the Latin name's distinctive words (海康->"haikang")."""
    key = "".join(_loose_syllables(han.syllables))
    if key and key == latin.core_key:
        return 1.0, f"pinyin {''.join(han.syllables)!r} = {' '.join(latin.core)!r}"
    return 0.0, ""


def pinyin_similarity(han: Prepared, latin: Prepared) -> FeatureResult:
    """Edit similarity of the trade name's pinyin and the Latin distinctive words."""
    key = "".join(_loose_syllables(han.syllables))
    if not key or not latin.core_key:
        return 0.0, ""
    score = max(0.0, 2.0 * ratio(key, latin.core_key) / 100.0 - 1.0)
    return score, f"pinyin {''.join(han.syllables)!r}~{' '.join(latin.core)!r} {score:.2f}"


def trade_coverage(han: Prepared, latin: Prepared) -> FeatureResult:
    """Share of the trade name's pinyin found, in order, in the Latin distinctive words."""
    parts = _loose_syllables(han.syllables)
    total = sum(len(p) for p in parts)
    if not total or not latin.core_key:
        return 0.0, ""
    score = _in_order(parts, latin.core_key) / total
    return score, f"{score:.0%} of {''.join(han.syllables)!r} in {latin.core_key!r}"


def latin_coverage(han: Prepared, latin: Prepared) -> FeatureResult:
    """Share of the Latin distinctive words explained by the pinyin of the Han name."""
    if not latin.core_key:
        return 0.0, ""
    parts = _loose_syllables(han.full_syllables)
    score = _in_order(parts, latin.core_key) / len(latin.core_key)
    return score, f"{score:.0%} of {latin.core_key!r} is pinyin of the Han name"


def name_evidence(han: Prepared, latin: Prepared) -> FeatureResult:
    """Best direct evidence that the names are the same: pinyin, glossary or initials.

    Region and industry agreement only count when some such evidence exists
    (:func:`context_agreement`): two companies of one city and trade share those.
    """
    best, note = 0.0, ""
    for feature in (pinyin_equal, glossary, acronym):
        score, text = feature(han, latin)
        if score > best:
            best, note = score, text
    cover = trade_coverage(han, latin)[0] * latin_coverage(han, latin)[0]
    if cover > best:
        best, note = cover, f"pinyin covers both names {cover:.2f}"
    return best, note


def context_agreement(han: Prepared, latin: Prepared) -> FeatureResult:
    """Region and industry agreement, weighted by the direct name evidence."""
    evidence = name_evidence(han, latin)[0]
    if not evidence:
        return 0.0, ""
    region = 1.0 if han.regions & latin.regions else 0.0
    ind = industry_agreement(han, latin)[0]
    score = evidence * (region + ind) / 2.0
    return score, f"region/industry agree {score:.2f}"


def region_conflict(han: Prepared, latin: Prepared) -> FeatureResult:
    """Both names carry regions and they differ (杭州… vs "Ningbo …")."""
    if han.regions and latin.regions and not han.regions & latin.regions:
        return 1.0, f"regions differ {sorted(han.regions)[0]}/{sorted(latin.regions)[0]}"
    return 0.0, ""


def skeleton_similarity(han: Prepared, latin: Prepared) -> FeatureResult:
    """Consonant-skeleton similarity, for brand spellings (固德威 gudewei ~ "Goodwe")."""
    key = skeleton("".join(_loose_syllables(han.syllables)))
    other = skeleton(latin.core_key)
    if len(key) < 2 or len(other) < 2:
        return 0.0, ""
    score = max(0.0, 2.0 * ratio(key, other) / 100.0 - 1.0)
    return score, f"consonants {key!r}~{other!r} {score:.2f}"


def acronym(han: Prepared, latin: Prepared) -> FeatureResult:
    """A Latin word is the pinyin initials of the Han name (广哈通信 -> "GHT")."""
    full = initials(han.full_syllables)
    short = initials(han.syllables)
    for word in latin.core:
        if 2 <= len(word) <= 6 and (word == short or (
                len(word) >= len(short) and full.startswith(word))):
            return 1.0, f"{word.upper()!r} = initials of {' '.join(han.full_syllables)!r}"
    return 0.0, ""


def glossary(han: Prepared, latin: Prepared) -> FeatureResult:
    """The Han name contains a brand whose English form the Latin name has (海康威视->Hikvision)."""
    for key in han.brands:
        if key in latin.brands or (len(key) >= 4 and key in latin.joined):
            return 1.0, f"brand glossary: {key}"
    return 0.0, ""


def industry_agreement(han: Prepared, latin: Prepared) -> FeatureResult:
    """Share of the Han name's industry words whose English form the Latin name has."""
    if not han.industry or not isinstance(han.industry, tuple):
        return 0.0, ""
    found = sum(1 for alts in han.industry if any(
        a in latin.industry or a.replace(" ", "") in latin.joined for a in alts))
    score = found / len(han.industry)
    return score, f"{found}/{len(han.industry)} industry words translated"


def latin_unexplained(han: Prepared, latin: Prepared) -> FeatureResult:
    """The Latin name has distinctive words and none of them is pinyin, initials or brand."""
    if not latin.core_key:
        return 0.0, ""
    if _in_order(_loose_syllables(han.full_syllables), latin.core_key) >= 2:
        return 0.0, ""
    return 1.0, f"{' '.join(latin.core)!r} unexplained by the Han name"

"""Which scored links may merge records without a person looking.

The match probability answers "are these names the same organization?" on pairs of
names. Merging records in the store asks more: a wrong merge puts one company's
listings on another. A link that rests only on evidence that many organizations share
(a cross-script pair that agrees on an industry word or a region, but not on its trade
name: 北京百度网讯科技 ~ "Huawei Technologies") is kept with its score for
``fusionwatch review``, and does not merge by itself.
"""

from __future__ import annotations

from fusionwatch.resolve.compare import MatchResult

# Features that say the trade names themselves agree (spelling, pinyin, translation,
# brand, acronym) or that an identifier does.
TRADE_NAME_EVIDENCE = frozenset({
    "skeleton_similarity", "mixed_coverage", "syllable_agreement", "name_evidence",
    "brand_match", "acronym_match", "identifier",
})


def auto_merge(result: MatchResult) -> bool:
    """True when the link may merge clusters without review."""
    if result.explanation.startswith("xscript"):
        return any(result.features.get(name, 0.0) > 0 for name in TRADE_NAME_EVIDENCE)
    return True

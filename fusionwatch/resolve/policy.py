"""Which scored links may merge records without a person looking.

The match probability answers "are these names the same organization?" on pairs of
names. Merging records in the store asks more: a wrong merge puts one company's
listings on another. A cross-script link merges by itself only when the whole trade
name is accounted for: spelled out in pinyin, found in the brand glossary, or backed by
an identifier; any link merges by itself only with a high score. Links resting on less
(an industry word: 北京百度网讯科技 ~ "Huawei Technologies"; two consonants: 白涛 ~
"BOET"; part of a name: 东港 ~ "Dongfang Wangli") keep their score and wait in
``fusionwatch review``.

Measured on the bundled lists and notices: every cross-script link with a whole-name
match was right in a sample; the partial ones were mostly chance agreements.
"""

from __future__ import annotations

import re

from fusionwatch.resolve.compare import MatchResult, NameRecord, best_names, compare
from fusionwatch.resolve.features.xscript import kind_words
from fusionwatch.resolve.normalize import prepare, split_aliases
from fusionwatch.resolve.normalize.resources import (
    GOVERNMENT_WORDS,
    brands,
    industry,
    latin_words,
    stem,
)
from fusionwatch.resolve.normalize.types import Prepared

_HAN = re.compile(r"[\u3400-\u9fff]")

# Links scoring below this wait for review: in a sample of 50 links between list entries
# (bundled lists), 13 of the 17 wrong ones scored below 0.9 and 2 of the 33 right ones.
AUTO_SCORE = 0.9
# How much of the trade name the cross-script evidence must account for.
WHOLE_NAME = 0.8
# Pinyin agreement that counts as the trade name spelled out.
SPELLED = 0.8


# Words naming a body of government: "Xinjiang Uyghur Autonomous Region (XUAR)" (a
# region, on CBP's list) is not "XUAR People's Government Public Security Bureau". A
# Russian design bureau is "Byuro" or "KB" (Konstruktorskoe Byuro) in transliteration.
BODY_WORDS = GOVERNMENT_WORDS | {"byuro", "kb"}


def _body_words(record: NameRecord) -> set[str]:
    return {w for name in record.names if not _HAN.search(name)
            for w in latin_words(name) if w in BODY_WORDS}


def body_of_other(a: NameRecord, b: NameRecord) -> bool:
    """One record names a government body and the other none: a region or an organization
    and one of its bodies, or two bodies written differently; a person decides."""
    return bool(_body_words(a)) != bool(_body_words(b))


# A trade name this short and alone is an acronym many bodies share.
ACRONYM = 4


def _acronym(name: Prepared) -> bool:
    """Whether a prepared name is one word of up to ACRONYM letters."""
    return len(name.core) == 1 and len(name.core[0]) <= ACRONYM


def _short(name: str) -> bool:
    """Whether every alias written in ``name`` is an :func:`_acronym`."""
    return all(map(_acronym, map(prepare, split_aliases(name))))


def acronym_only(a: NameRecord, b: NameRecord) -> bool:
    """The records match on a short acronym alone and their longer names disagree: the
    best pair of names is one word of up to ACRONYM letters each, both records have
    longer names and no two of those match ("CEC" for China Electronics Corporation on
    DoD's list, "CEC LIMITED" for a chemicals trader also named "China Enriching
    Chemistry" on OFAC's); a person decides. "JSC VAD" / "ZAO VAD" have no longer names
    that could disagree."""
    pair = best_names(a, b)
    if pair is None or not all(map(_acronym, pair)):
        return False
    long_a = tuple(n for n in a.names if not _short(n))
    long_b = tuple(n for n in b.names if not _short(n))
    return bool(long_a and long_b) and not compare(NameRecord(long_a),
                                                   NameRecord(long_b)).match


def auto_merge(a: NameRecord, b: NameRecord, result: MatchResult) -> bool:
    """True when the link may merge clusters without review."""
    if result.score < AUTO_SCORE:
        return False
    if not result.explanation.startswith("xscript"):
        return not body_of_other(a, b) and not acronym_only(a, b)
    features = result.features
    if features.get("identifier", 0.0) > 0:
        return True
    if features.get("name_evidence", 0.0) < WHOLE_NAME or features.get("region_conflict"):
        return False
    names = a.names + b.names
    if brand_spelled_otherwise(names) or other_trade(a, b):
        return False
    # the glossary names the pair, or the Latin name spells the Han trade name out in
    # pinyin; a translated word (东方 ~ "Oriental") is shared by too many firms
    return glossary_pair(names) or (
        features.get("skeleton_similarity", 0.0) >= SPELLED
        and features.get("syllable_agreement", 0.0) >= SPELLED)


def other_trade(a: NameRecord, b: NameRecord) -> bool:
    """Both names of the best pair say what the body does, and no word of it agrees:
    新疆天富能源 (energy) and "Xinjiang Tianfu Cotton Supply Chain" share the group's
    trade name, 天富, but are two of its companies; a person decides."""
    pair = best_names(a, b)
    if pair is None:
        return False
    han, latin = pair if pair[0].script == "han" else pair[::-1]
    if han.script != "han" or latin.script != "latin":
        return False
    kinds = kind_words(latin) - industry().common
    return bool(kinds and han.industry) and kinds.isdisjoint(kind_words(han))


def _latin_keys(name: str) -> set[str]:
    words = [stem(w) for w in latin_words(name)]
    return {"".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}


def glossary_pair(names: tuple[str, ...]) -> bool:
    """A Latin name carries a glossary brand whose Han form a Han name has."""
    han = [n for n in names if _HAN.search(n)]
    glossary = brands()
    return any(form in h for name in names if not _HAN.search(name)
               for key in _latin_keys(name) for form in glossary.latin.get(key, ())
               for h in han)


def brand_spelled_otherwise(names: tuple[str, ...]) -> bool:
    """A Latin name carries a glossary brand whose Han form none of the Han names has.

    "Dahua" is 大华 in the glossary: 达华工程管理 sounds the same and is another firm.
    """
    han = [n for n in names if _HAN.search(n)]
    if not han:
        return False
    glossary = brands()
    for name in names:
        if _HAN.search(name):
            continue
        for key in _latin_keys(name):
            forms = glossary.latin.get(key)
            if forms and not any(form in h for form in forms for h in han):
                return True
    return False

"""Features comparing a Han-script name with a Latin-script one.

Each takes ``(han, latin)``: the Han name's trade-name pinyin is compared with the
Latin name's distinctive words under a tolerant romanization
(:func:`fusionwatch.resolve.normalize.pinyin.loose`), precomputed on the names.
"""

from __future__ import annotations

from rapidfuzz.distance import LCSseq
from rapidfuzz.fuzz import ratio

from fusionwatch.resolve.features import FeatureResult
from fusionwatch.resolve.normalize.resources import GOVERNMENT_WORDS, regions
from fusionwatch.resolve.normalize.types import Prepared

# One-pair memos: features of the pair being scored share these intermediate results.
_EVIDENCE: list[object] = [None, None, 0.0]
_MIXED: list[object] = [None, None, (0.0, 0.0)]
_SYLLABLES: list[object] = [None, None, (0.0, "")]


def skeleton_similarity(han: Prepared, latin: Prepared) -> FeatureResult:
    """Consonant-skeleton similarity, for brand spellings (固德威 gudewei ~ "Goodwe").

    A government body named by its place and kind alone has no brand to spell: the
    consonants of 喀什地区公安局's kind (gong an ju) are no evidence of "Kuang-Chi Group".
    A company's kind may be its brand (数码视讯 shuma shixun ~ "Sumavision")."""
    if len(han.skeleton) < 2 or len(latin.skeleton) < 2 or han.pinyin[0] != latin.core_key[0]:
        return 0.0, ""
    if han.generic and government_body(han):
        return 0.0, ""
    score = 2.0 * ratio(han.skeleton, latin.skeleton) / 100.0 - 1.0
    if score <= 0.0:
        return 0.0, ""
    return score, f"consonants {han.skeleton}~{latin.skeleton} {score:.2f}"


# English words of a kind of government body (公安局 "public security bureau", 人民政府
# "people's government", 法院 "court").
GOVERNMENT = GOVERNMENT_WORDS | {"committee", "commission", "administration", "psb"}


# Words of a Latin body's name that say where or under whom it is, not what it is.
ADMINISTRATIVE = frozenset({"municipal", "municipality", "prefecture", "district", "county",
                            "city", "province", "provincial", "autonomou", "region", "people",
                            "government", "area", "league", "banner"})


def kind_words(name: Prepared) -> set[str]:
    """The English words of a name's industry words: of a Latin name's, or of every
    English form of a Han name's (``industry_words``)."""
    phrases = name.industry_words if name.script == "han" else name.industry
    return {word for phrase in phrases for word in phrase.split()}  # type: ignore[union-attr]


def government_body(han: Prepared) -> bool:
    """Whether one of a Han name's industry words names a kind of government body."""
    return not GOVERNMENT.isdisjoint(kind_words(han))


def other_body(han: Prepared, latin: Prepared) -> bool:
    """Whether a Latin name has kind words a Han government body's name does not translate,
    besides where it is: "Xinjiang Production and Construction Corps Public Security
    Bureau" is not 新疆维吾尔自治区公安厅 (the region's bureau)."""
    return bool(kind_words(latin) - kind_words(han) - ADMINISTRATIVE)


def glossary(han: Prepared, latin: Prepared) -> FeatureResult:
    """The Han name contains a brand whose English form the Latin name has (海康威视->Hikvision)."""
    for key in han.brands:
        if key in latin.brands or (len(key) >= 4 and key in latin.joined):
            return 1.0, f"brand glossary: {key}"
    return 0.0, ""


def translation(han: Prepared, latin: Prepared) -> FeatureResult:
    """The Latin words translate the Han trade name (三星 -> "Three Stars", 熊猫 -> "Panda"):
    share of Han characters translated times share of Latin words that are translations."""
    if not latin.core or han.meanings.isdisjoint(latin.tokens):  # nothing translated
        return 0.0, ""
    tokens = latin.tokens
    chars = sum(size for size, words in han.trade_words if words & tokens)
    if not chars:
        return 0.0, ""
    meant = han.meanings
    words = sum(1 for w in latin.core if w in meant)
    score = chars / len(han.raw_key) * words / len(latin.core)
    return score, f"translation {han.raw_key}={latin.raw_key} {score:.2f}" if score else ""


def _common(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """Length of the longest common subsequence of two syllable sequences."""
    return int(LCSseq.similarity(a, b))


def syllable_agreement(han: Prepared, latin: Prepared) -> FeatureResult:
    """When the Latin trade name is written in pinyin ("Fangda", "Zhongying"): share of
    the Han trade name's syllables it spells, in order, minus the share it does not, so
    -1 for pinyin of another name (常州长青 vs "Zhongying") and +1 for its own."""
    if not latin.pinyin_like or not han.syllables:
        return 0.0, ""
    if _SYLLABLES[0] is han and _SYLLABLES[1] is latin:
        return _SYLLABLES[2]  # type: ignore[return-value]
    common = _common(han.syllables, latin.syllables)
    score = (2.0 * common - len(han.syllables)) / len(han.syllables)
    result = (score, f"pinyin {' '.join(han.syllables)} vs {' '.join(latin.syllables)}")
    _SYLLABLES[:] = [han, latin, result]
    return result


def _coverage(han: Prepared, latin: Prepared) -> tuple[float, float]:
    """(share of Han trade-name characters, share of Latin trade-name letters) explained
    in order by pinyin, brand spellings or translations (see :func:`mixed_coverage`)."""
    if _MIXED[0] is han and _MIXED[1] is latin:
        return _MIXED[2]  # type: ignore[return-value]
    key = latin.core_key
    result = (0.0, 0.0)
    if han.options and key and not han.heads.isdisjoint(latin.heads):
        pos, chars, used, index = 0, 0, 0, 0
        options, starts = han.options, latin.starts
        while index < len(options):
            best = None
            for text, span in options[index]:
                at = key.find(text, pos)
                while chars == 0 and at > 0 and at not in starts:
                    at = key.find(text, at + 1)
                if at >= 0 and (at - pos <= 2 or chars == 0) and (
                        best is None or at < best[0]):
                    best = (at, len(text), span)
            if best is None:
                index += 1
                continue
            pos = best[0] + best[1]
            used += best[1]
            chars += best[2]
            index += best[2]
        if chars:
            result = (min(1.0, chars / len(options)), min(1.0, used / len(key)))
    _MIXED[:] = [han, latin, result]
    return result


def mixed_coverage(han: Prepared, latin: Prepared) -> FeatureResult:
    """Han characters spelled, in order, by the Latin words in pinyin, brand spellings or
    translation (中矿 -> "Sinomine", 金房 -> "Kingfore"): share of Han characters explained
    times share of the Latin letters used."""
    chars, used = _coverage(han, latin)
    if not chars:
        return 0.0, ""
    score = chars * used
    return score, f"{han.raw_key} spelled in {latin.raw_key} {score:.2f}"


def initialism(han: Prepared, latin: Prepared) -> bool:
    """Whether the Latin trade name is the initials of the Han one (广发证券 / "GF
    Securities", 金诚信 / "JCHX Mining"). Initials beside other words of the trade name
    are no evidence: "Defense S&T Key Laboratory ... at Xidian" is not 商汤 (S T); nor
    are two letters without an industry word in common: "KS" is not 旷视科技."""
    core = latin.core
    if len(core) != 1 or core[0] not in han.acronyms:
        return False
    # two letters name many firms: only with an industry word in common ("GF Securities")
    if len(core[0]) > 2:
        return True
    return not kind_words(han).isdisjoint(kind_words(latin))


def name_evidence(han: Prepared, latin: Prepared) -> FeatureResult:
    """Best direct evidence that the names are the same: pinyin, glossary or initials.

    Two companies of one city and trade share region and industry words; this is what
    tells them apart.
    """
    if _EVIDENCE[0] is han and _EVIDENCE[1] is latin:
        return _EVIDENCE[2], ""  # type: ignore[return-value]
    if (han.pinyin and han.pinyin == latin.core_key) or initialism(han, latin) or (
            han.brands and glossary(han, latin)[0]):
        score = 1.0
    else:
        score = max(translation(han, latin)[0], mixed_coverage(han, latin)[0])
    _EVIDENCE[:] = [han, latin, score]
    return score, ""


def lone_translation(han: Prepared, latin: Prepared) -> FeatureResult:
    """1 when one translated word is all that links the names: no pinyin, consonants,
    glossary brand or initials agree, exactly one word of the Han trade name is translated
    (东方 -> "Oriental", 联合 -> "United", 信 -> "Faith"), something is left unexplained
    on either side, and no region or industry word backs it up. A single translated word
    ("Oriental Dynasty" vs 新疆东方工程管理) only counts with other evidence."""
    if han.meanings.isdisjoint(latin.tokens) or han.regions & latin.regions:
        return 0.0, ""
    evidence = name_evidence(han, latin)[0]
    if not evidence or evidence >= 1.0:
        return 0.0, ""
    if skeleton_similarity(han, latin)[0] or industry_agreement(han, latin)[0]:
        return 0.0, ""
    key = latin.core_key
    if any(len(s) >= 3 and s in key for s in han.loose_syllables):
        return 0.0, ""
    translated = [words & latin.tokens for _, words in han.trade_words if words & latin.tokens]
    if len(translated) != 1:
        return 0.0, ""
    chars, used = _coverage(han, latin)
    if chars >= 0.5 and used >= 0.8:
        return 0.0, ""
    return 1.0, f"one translated word only ({min(translated[0])})"


def region_conflict(han: Prepared, latin: Prepared) -> FeatureResult:
    """Both names carry regions and they differ, neither in the other (杭州… vs "Ningbo
    …"; not 济南… vs "Shandong …")."""
    if han.regions and latin.regions and not han.regions & latin.regions and not (
            regions().nested(han.regions, latin.regions)):
        return 1.0, "regions differ"
    return 0.0, ""


def industry_agreement(han: Prepared, latin: Prepared) -> FeatureResult:
    """Share of the Han name's industry words whose English form the Latin name has."""
    if not han.industry or not isinstance(han.industry, tuple):
        return 0.0, ""
    found = 0
    for alts in han.industry:
        for alt in alts:
            if alt in latin.tokens:
                found += 1
                break
    score = found / len(han.industry)
    return score, f"{found}/{len(han.industry)} industry words translated" if found else ""



def generic_match(han: Prepared, latin: Prepared) -> FeatureResult:
    """Both names are only a region and industry words, and they agree on both
    (杭州银行 / "Bank of Hangzhou", 宁波建工 / "Ningbo Construction"); half as much when
    only one name has a region (国际实业 / "Xinjiang International Industry"). A
    government body agrees only with a name of no other kind (:func:`other_body`)."""
    if not han.generic or not latin.generic:
        return 0.0, ""
    if government_body(han) and other_body(han, latin):
        return 0.0, ""
    if han.regions & latin.regions:
        score = industry_agreement(han, latin)[0]
        return score, "same region and industry" if score else ""
    if han.regions and latin.regions:
        return 0.0, ""
    score = 0.5 * industry_agreement(han, latin)[0]
    return score, "same industry, one name without region" if score else ""


def no_name_evidence(han: Prepared, latin: Prepared) -> FeatureResult:
    """1 when nothing in the trade names links them: no pinyin, consonants, initials,
    glossary brand or translation, and they are not two generic names that agree.
    Sharing a region and an industry word is what two companies of one city and trade
    have in common (深圳市朗科科技 / "Shenzhen Jasic Technology"), so it is no match on
    its own, however often a dev set's English brand names are unrelated to the Chinese
    ones."""
    if name_evidence(han, latin)[0] or skeleton_similarity(han, latin)[0] or generic_match(
            han, latin)[0] or syllable_agreement(han, latin)[0] > 0:
        return 0.0, ""
    return 1.0, "no trade-name evidence"

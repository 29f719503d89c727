"""Features comparing two names of the same script (Latin-Latin or Han-Han)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.fuzz import partial_ratio, ratio
from rapidfuzz.process import extractOne

from fusionwatch.resolve.features import FeatureResult
from fusionwatch.resolve.normalize.latin import Reading
from fusionwatch.resolve.normalize.pinyin import loose, segment
from fusionwatch.resolve.normalize.resources import CEDICT_STOP, industry, regions, word_weight
from fusionwatch.resolve.normalize.shared import share
from fusionwatch.resolve.normalize.types import Prepared


def respaced(a: Prepared, b: Prepared) -> tuple[Prepared, Prepared]:
    """The pair with one trade name written in the other's words when the two are the
    same letters written with other word breaks or spellings ("Wal-Mart" / "Walmart",
    "Exxon Mobil" / "ExxonMobil", "Scott" / "Scot": one ``core_key``, and one spelling or
    one :func:`sound` of five letters or more): the name with more words (else ``b``)
    takes the other's, so that the word features see the same words. Other pairs are
    returned as they are."""
    if a.core_key != b.core_key or a.core == b.core or not a.core or not b.core:
        return a, b
    # One loose key is not one spelling: "CSD" / "CST", "Dama" / "Tama" differ; nor are
    # two acronyms (no vowel) one sound: "VZPP-S" (Voronezh) / "VZPS" (Vladimir)
    if a.raw_key != b.raw_key and (max(len(a.raw_key), len(b.raw_key)) < 5
                                   or sound(a.raw_key) != sound(b.raw_key)
                                   or not _VOWEL.search(a.raw_key)
                                   or not _VOWEL.search(b.raw_key)):
        return a, b
    if len(a.core) > len(b.core):
        return _rewords(a, b.core), b
    return a, _rewords(b, a.core)


def to_read(a: Prepared, b: Prepared) -> bool:
    """Whether :func:`expanded` would rewrite the pair (a quick test, kept in step)."""
    return bool((a.shorts and not a.shorts.isdisjoint(b.run_keys))
                or (b.shorts and not b.shorts.isdisjoint(a.run_keys))
                or _readable(a, b) or _readable(b, a))


def _readable(name: Prepared, other: Prepared) -> bool:
    """Whether ``other`` has a word ``name`` may be read as: a joined compound, an English
    meaning of a pinyin word, or the pinyin of a brand spelling (see ``read_bits``)."""
    tokens = other.tokens
    return not (name.compound_keys.isdisjoint(tokens) and name.glosses.isdisjoint(tokens)
                and name.spelling_keys.isdisjoint(tokens))


def expanded(a: Prepared, b: Prepared) -> tuple[Prepared, Prepared, list[str]]:
    """The pair with each name read in the other's words, and a note per word read:

    - a short word of one name that abbreviates consecutive words of the other is written
      out in those words ("JSCB Primorye Bank" with "Joint Stock Commercial Bank
      Primorye": JSCB as "joint stock commercial bank");
    - consecutive words of one name that the other writes as one word are joined ("Buy
      Best Electronic Pars" with "BuyBest Electronic": "buybest");
    - a short word that gives the initials of the syllables of a pinyin word of the other
      is that word ("JZJ" with "Jianzhijia": jian zhi jia), beside any shared word;
    - a pinyin word is read as the English the other name writes its Han words in
      ("Yinhe Biomedical" with "Galaxy Biomedical": 银河, galaxy; see :func:`_translated`);
    - a brand spelling is read as the pinyin the other name writes ("Kingfa Sci & Tech"
      with "Jinfa Science and Technology": jinfa), beside a shared word that is no place.

    For abbreviations the other name is the only dictionary: no word is read as an
    abbreviation the pair does not show, and only in a name that shares another
    trade-name word with the other ("Primorye"). Other pairs are returned as they are."""
    notes: list[str] = []
    if to_read(a, b):
        a, b = _read(a, b, notes), _read(b, a, notes)
    return a, b, notes


def _read(name: Prepared, other: Prepared, notes: list[str]) -> Prepared:
    """``name`` with its words read as :func:`expanded` says, prepared again."""
    from fusionwatch.resolve.normalize import prepare  # (normalize imports features' users)

    places = regions()
    sequence = list(name.sequence)
    before = len(notes)
    shorts = name.shorts & other.run_keys
    # An anchor: a trade-name word of this name, not one to read, that the other name has
    # too. Initials alone are no evidence ("ANA" is not "Al Noor Alaili"; "CCCC
    # Dredging" is not "Car Care Center CCC"): a name that is only an acronym is left to
    # the acronym feature.
    if shorts and not any(w in other.tokens for w in name.core if w not in shorts):
        # the syllables of one pinyin word ("JZJ" for "Jianzhijia") need only a shared
        # word of any kind but a place ("JZJ Chain Drugstore" / "Jianzhijia Health-Chain")
        anchored = _anchored(name, other, shorts)
        shorts = frozenset(w for w in shorts if anchored and _syllabic(w, other))
    for short in sorted(shorts):
        if short in other.tokens or short not in sequence:
            continue
        words = next(run for initials, run in other.runs if initials == short)
        at = sequence.index(short)
        sequence[at:at + 1] = words
        notes.append(f"{short.upper()} read as {' '.join(words)!r}")
    for joined, words in name.compounds:
        # (a place is no part of a trade name: "Syrian Air Force" is not "SyrianAir")
        if joined not in other.tokens or joined in name.tokens or any(
                w in places.latin or w in places.countries for w in words):
            continue
        for at in range(len(sequence) - len(words) + 1):
            if tuple(sequence[at:at + len(words)]) == words:
                sequence[at:at + len(words)] = [joined]
                notes.append(f"{' '.join(words)!r} read as {joined!r}")
                break
    for word, spelled in name.spellings:
        found = [p for p in spelled if p in other.tokens and p not in name.tokens]
        if (found and word in sequence and word not in other.tokens
                and _anchored(name, other, {word})):
            sequence[sequence.index(word)] = found[0]
            notes.append(f"{word!r} read as pinyin {found[0]!r} (a brand spelling)")
    for word, options in name.readings:
        read = _translated(word, options, name, other, sequence)
        if read:
            at = sequence.index(word)
            sequence[at:at + 1] = read[0]
            notes.append(f"{word!r} read as {' '.join(read[0])!r} ({read[1]})")
    return prepare(" ".join(sequence)) if len(notes) > before else name


def _translated(word: str, options: tuple[Reading, ...], name: Prepared, other: Prepared,
                sequence: list[str]) -> tuple[list[str], str] | None:
    """The words of ``other`` that pinyin ``word`` of ``name`` translates, and the Han
    words read, when the other name writes in English the word this one writes in
    pinyin: "Yinhe Biomedical" / "Galaxy Biomedical" (银河, galaxy). Every trade-name word
    of the other name that this one lacks must be a meaning of a Han word of one reading
    of ``word``, and each Han word must mean a word of the other name ("Yinlong" /
    "Silver Dragon": 银 silver, 龙 dragon); the names must share another word, not a
    place."""
    if word in other.tokens or word not in sequence:
        return None
    content = [w for w in other.core if w not in name.tokens and w not in CEDICT_STOP]
    if not content or len(content) > 3 or not _anchored(name, other, {word}):
        return None
    available = other.tokens - name.tokens
    for parts in options:
        hans: list[str] = []
        covered: set[str] = set()
        for part in parts:
            found = [(han, meant & available) for han, meant in part if meant & available]
            if not found:
                break
            hans.append(found[0][0])
            covered.update(w for _, meant in found for w in meant)
        else:
            if covered.issuperset(content):
                read = [w for w in dict.fromkeys(other.sequence) if w in covered]
                return read, "".join(hans)
    return None


def _anchored(name: Prepared, other: Prepared, besides: frozenset[str] | set[str]) -> bool:
    """Whether ``name`` shares with ``other`` a word that is no place, ``besides`` the
    words being read (an anchor for a reading: a reading alone is no evidence)."""
    return any(w in other.tokens for w in name.tokens - name.regions - besides)


def _syllabic(short: str, other: Prepared) -> bool:
    """Whether ``short`` abbreviates ``other``'s words only as the syllables of one
    pinyin word (see ``latin._pinyin_runs``), not as its consecutive words."""
    return all(len(words) == 1 for initials, words in other.runs if initials == short)


def _rewords(name: Prepared, core: tuple[str, ...]) -> Prepared:
    """``name`` with trade-name words ``core`` in place of its own."""
    old, new = frozenset(name.core), frozenset(core)
    weighed = (name.weighed - old) | new
    starts, offset = {0}, 0
    for word in core:
        offset += len(loose(word))
        starts.add(offset)
    return share(replace(
        name, core=core, raw_key="".join(core), tokens=(name.tokens - old) | new,
        weighed=weighed, weights=tuple(sorted((w, word_weight(w)) for w in weighed)),
        starts=frozenset(starts)))


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
    found = sum(1 for w in small if w in large or (len(w) >= 4 and w in key and spans(
        w, large)) or any(spelled_alike(w, v) for v in large))
    score = found / len(small)
    return score, f"{found}/{len(small)} trade-name words shared"


# Replacements in order; "ch" is parked as "\0" while "c" becomes "k", then restored.
_SOUNDS = (("sch", "sh"), ("ph", "f"), ("ck", "k"), ("kh", "h"), ("ch", "\0"), ("tz", "c"),
           ("ts", "c"), ("c", "k"), ("q", "k"), ("x", "ks"), ("y", "i"), ("w", "v"),
           ("\0", "ch"))
_DOUBLE = re.compile(r"(.)\1+")
_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=200_000)
def sound(word: str) -> str:
    """A key that spellings of one word in other transliterations share: "Spectrum" /
    "Spektrum", "Rayz" / "Raiz", "Tsiklon" / "Cyclone", "Kristall" / "Kristal", and a
    Russian initial Е written "Ye" or "E" ("Yevpatoria" / "Evpatoria")."""
    for old, new in _SOUNDS:
        if old in word:
            word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", word)
    if word.startswith("ie"):
        word = word[1:]
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def spelled_alike(word: str, other: str) -> bool:
    """Two words are one spelled differently: the same first letter and few letters apart
    or two neighbouring letters swapped ("Malakhit" / "Malachite", "Dahau" / "Dahua";
    "Hongta" is not "Zhongtai"; two pinyin words apart in a
    syllable are two names: "Minsheng" is not "Meisheng"), or the same :func:`sound`."""
    if (len(word) > 4 and word[0] == other[0]
            and (ratio(word, other) >= 85 or swapped(word, other))
            and not pinyin_apart(word, other)):
        return True
    return len(word) > 3 and len(other) > 3 and sound(word) == sound(other)


def swapped(word: str, other: str) -> bool:
    """Whether ``other`` is ``word`` with two neighbouring letters swapped, the commonest
    typing error ("Dahau" for "Dahua")."""
    if len(word) != len(other) or word == other:
        return False
    at = next(i for i, (x, y) in enumerate(zip(word, other, strict=True)) if x != y)
    return (at + 1 < len(word) and word[at] == other[at + 1] and word[at + 1] == other[at]
            and word[at + 2:] == other[at + 2:])


@lru_cache(maxsize=100_000)
def pinyin_apart(word: str, other: str) -> bool:
    """Whether two words that both read as pinyin differ in a syllable beyond a spelling
    (loose key) or an -n/-ng ending: "Minsheng" / "Meisheng" (min, mei) are two names,
    "Jinghong" / "Jinhong" one."""
    a, b = segment(word), segment(other)
    if a is None or b is None or a == b or len(a) != len(b):  # ("Baba'i" / "Babaei")
        return False
    return any(s != t and loose(s) != loose(t) and s.rstrip("g") != t.rstrip("g")
               for s, t in zip(a, b, strict=True))


def spans(word: str, words: tuple[str, ...]) -> bool:
    """Whether ``word`` is consecutive ``words`` written together ("Hikvision" for "Hik
    Vision"), not letters inside them ("Hongta" inside "Zhongtai", "Sino" in "CanSino")."""
    for i in range(len(words)):
        joined = words[i]
        for j in range(i + 1, len(words) + 1):
            if joined == word:
                return True
            if len(joined) >= len(word) or j == len(words):
                break
            joined += words[j]
    return False


def core_extra(a: Prepared, b: Prepared) -> FeatureResult:
    """Share of the longer trade name's words that the other name lacks ("China Railway"
    vs "China Railway Signal"); a word spelled alike is not lacking ("Spektrum")."""
    if not a.core or not b.core or a.core_key == b.core_key:
        return 0.0, ""
    small, large = sorted((a.core, b.core), key=len)
    key = "".join(small)
    extra = [w for w in large if w not in small and w not in key and not any(
        spelled_alike(w, v) for v in small)]
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
    """Both names carry regions and none is shared, nor in another ("Anhui X" vs "Sichuan
    X"; not "Shandong X" vs "Jinan X")."""
    if a.regions and b.regions and not a.regions & b.regions and not regions().nested(
            a.regions, b.regions):
        return 1.0, f"regions differ {min(a.regions)}/{min(b.regions)}"
    return 0.0, ""


def same_name(a: Prepared, b: Prepared) -> FeatureResult:
    """How much the two names being the same words once normalized (legal forms, case,
    word breaks and spellings aside; same numbers, both branches or neither) says beyond
    their shared words' distinctiveness: 1 minus that (capped at 1). "IRAN SPACE RESEARCH
    CENTER" / "Iran Space Research Center" name one body although each word is common in
    list names; for "Hikvision" / "HIKVISION" the shared word says it all already. An
    acronym alone ("AO MMZ": the Mari, Mytishchi and Miass machine-building plants) gets
    nothing."""
    if not (a.tokens and a.tokens == b.tokens and a.core == b.core
            and a.numbers == b.numbers and a.branch == b.branch
            and (len(a.tokens) > 1 or len(a.core_key) > 3)):  # "MMZ" is many plants
        return 0.0, ""
    score = 1.0 - min(1.0, sum(weight for _, weight in a.weights))
    return score, f"the same name {score:.2f}" if score else ""


def acronym_match(a: Prepared, b: Prepared) -> FeatureResult:
    """One name is the initials of the other ("IBM" / "International Business Machines").

    Two letters ("IR") or three that spell a word common in list names ("AIR" for
    "Airline of the Islamic Republic") are no evidence: many names abbreviate to them;
    nor is an acronym beside a trade-name word the other name lacks ("CCCC Dredging" is
    not "Car Care Center CCC")."""
    found = {w for w in a.acronyms & b.tokens if _only_word(w, b, a)} | {
        w for w in b.acronyms & a.tokens if _only_word(w, a, b)}
    found = {w for w in found if len(w) >= 4 or (len(w) == 3 and word_weight(w) >= 0.5)}
    if found:
        return 1.0, f"{min(found).upper()} is an acronym of the other name"
    return 0.0, ""


def _only_word(acronym: str, name: Prepared, other: Prepared) -> bool:
    """Whether ``acronym`` is all of ``name``'s trade name the ``other`` name lacks."""
    return all(w == acronym or w in other.tokens for w in name.core)


# One-pair memo: the three distinctiveness features share one split of the words.
_SPLIT: list[object] = [None, None, ((), 0.0, 0.0, 0.0)]


def _found(word: str, other: Prepared, words: frozenset[str]) -> bool:
    """Whether ``word`` of one name is in the other: as a word, inside its joined words
    (6+ letters, so "comp" is not found in "comprehensive": "Alabuga" in "TNAlabuga"),
    or spelled alike ("Malakhit"/"Malachite": same first letter, few letters apart;
    "Hongta" is not "Zhongtai")."""
    if word in words or (len(word) >= 6 and word in other.joined):
        return True
    return len(word) > 4 and _alike(word, words)


def _alike(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` (5+ letters) is spelled like one of ``words`` (see :func:`_found`)."""
    if extractOne(word, words, scorer=ratio, score_cutoff=80) is not None:  # one C call
        head = word[0]
        if any(len(v) > 4 and v[0] == head
               and (ratio(word, v) >= (80 if min(len(word), len(v)) > 6 else 85)
                    or swapped(word, v))
               and not pinyin_apart(word, v) for v in words):
            return True
    key = sound(word)
    return any(len(v) > 3 and sound(v) == key for v in words)


def _split(a: Prepared, b: Prepared) -> tuple[tuple[str, ...], float, float, float]:
    """(shared words, their summed weight, weight only in ``a``, weight only in ``b``)."""
    if _SPLIT[0] is a and _SPLIT[1] is b:
        return _SPLIT[2]  # type: ignore[return-value]
    words_a, words_b = a.weighed, b.weighed
    shared: list[str] = []
    mass = only_a = only_b = 0.0
    for word, weight in a.weights:
        if word in words_b or _found(word, b, words_b):
            shared.append(word)
            mass += weight
        else:
            only_a += weight
    for word, weight in b.weights:
        if word not in words_a and not _found(word, a, words_a):
            only_b += weight
    result = (tuple(shared), mass, only_a, only_b)
    _SPLIT[:] = [a, b, result]
    return result


def distinct_shared(a: Prepared, b: Prepared) -> FeatureResult:
    """Evidence of the shared words, by how rare each is in list names (capped at 1):
    sharing "Hikvision" is strong, sharing only "Ministry", "Trading" or "Kapital" weak.
    Han names have no frequency table: their shared trade-name words count in full."""
    if a.script == "han":
        return core_overlap(a, b)[0], ""
    shared, mass, _, _ = _split(a, b)
    if not shared:
        return 0.0, ""
    score = min(1.0, mass)
    return score, f"shared {' '.join(shared)!r} distinctiveness {score:.2f}"


def weak_shared(a: Prepared, b: Prepared) -> FeatureResult:
    """How little the shared words say when the names also differ: 1 minus the summed
    distinctiveness of the shared words (0 when that reaches 1, or when neither name has a
    word of its own that is not wholly common). "Khazar Steel" vs "Nilfam Khazar",
    "Gazprom Kapital" vs "IFD Kapital", "Basic Element" vs "Element" rest on words many
    listed names share. Two forms of one glossary brand ("Sugon" / "Dawning Information
    Industry") share the brand: nothing to weigh here."""
    shared, mass, only_a, only_b = _split(a, b)
    if not shared or mass >= 1.0 or not only_a + only_b:
        return 0.0, ""
    if a.brands and b.brands:
        from fusionwatch.resolve.features.conflicts import brand_match  # (imports names)

        if brand_match(a, b)[0]:
            return 0.0, ""
    score = 1.0 - mass
    return score, f"only common words shared ({' '.join(shared)}) {score:.2f}"


def kind_conflict(a: Prepared, b: Prepared) -> FeatureResult:
    """1 if both names are only a place and a kind of body, and the kinds have no word in
    common: "Deutsche Telekom" / "Deutsche Bank", "Bank of Hangzhou" / "Hangzhou Cable"."""
    kinds_a, kinds_b = a.industry, b.industry
    if (a.generic and b.generic and isinstance(kinds_a, frozenset)
            and isinstance(kinds_b, frozenset) and kinds_a and kinds_b
            and kinds_a.isdisjoint(kinds_b)):
        return different_kinds(kinds_a, kinds_b)
    return 0.0, ""


def different_kinds(kinds_a: frozenset[str], kinds_b: frozenset[str]) -> FeatureResult:
    """:func:`kind_conflict` of two disjoint sets of industry words, words common in list
    names left out: they say no kind ("SMIC", the common short name of many SMIC entities,
    is no kind of business "Semiconductor Manufacturing International" differs from)."""
    common = industry().common
    kinds_a, kinds_b = kinds_a - common, kinds_b - common
    if kinds_a and kinds_b:
        return 1.0, f"different kinds: {min(kinds_a)} vs {min(kinds_b)}"
    return 0.0, ""

"""The features of an ``fw-1`` route computed in one pass: same scores, faster.

The feature functions in :mod:`fusionwatch.resolve.features` are the reference and the
documentation; calling a dozen of them per pair repeats work (set intersections, the
spelling coverage) and costs a function call each. The builders here return, for one
route, a function of a name pair that computes every feature of the route in the order
the algorithm lists them, shares the intermediate results, and adds the weighted scores
in that same order, so the log-odds, the feature scores and the explanations are
identical to the reference loop (``tests/resolve/test_fw1_fast.py`` checks them on real
and random names). :data:`ORDER` holds each route's feature order; ``fw1`` uses a builder
only when its route lists exactly these features.
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz.distance import LCSseq
from rapidfuzz.fuzz import partial_ratio, ratio
from rapidfuzz.process import extractOne

from fusionwatch.resolve.features import Note, conflicts, names, xscript
from fusionwatch.resolve.normalize.types import Prepared

NameLogit = tuple[float, dict[str, float], list[Note]]
Scorer = Callable[[Prepared, Prepared], NameLogit]

_CONFLICTS = ("number_conflict", "branch_mismatch", "brand_conflict")
ORDER: dict[str, tuple[str, ...]] = {
    "xscript": ("skeleton_similarity", "mixed_coverage", "syllable_agreement",
                "name_evidence", "region_conflict", "industry_agreement", "generic_match",
                *_CONFLICTS, "lone_translation", "no_name_evidence"),
    "latin": ("core_contained", "core_overlap", "core_extra", "token_overlap",
              "region_match", "region_conflict", "distinct_shared", *_CONFLICTS,
              "acronym_match", "same_name", "brand_match", "city_conflict",
              "unit_conflict", "weak_shared", "kind_conflict"),
    "han": ("core_contained", "core_overlap", "core_extra", "token_overlap",
            "region_match", "region_conflict", "distinct_shared", *_CONFLICTS,
            "brand_match", "city_conflict", "unit_conflict"),
}


# Scores repeat (1/2, 2/3, the same ratios), and formatting a float costs more than a
# lookup. Only non-zero scores are formatted, so 0.0 and -0.0 never share an entry.
_TWO: dict[float, str] = {}


def _two(value: float) -> str:
    """``f"{value:.2f}"``, remembered."""
    if len(_TWO) >= 50_000:
        _TWO.clear()
    text = _TWO[value] = f"{value:.2f}"
    return text


def build(kind: str, intercept: float, weights: tuple[float, ...]) -> Scorer:
    """The one-pass scorer of route ``kind``; ``weights`` follow ``ORDER[kind]``."""
    if len(weights) != len(ORDER[kind]):
        raise ValueError(f"{kind}: {len(ORDER[kind])} weights expected, got {len(weights)}")
    if kind == "xscript":
        return _xscript(intercept, weights)
    return _same_script(intercept, weights, han=kind == "han")


def _coverage(options: tuple[tuple[tuple[str, int], ...], ...],
              texts: tuple[tuple[str, ...], ...], key: str,
              word_starts: tuple[int, ...]) -> tuple[float, float]:
    """:func:`fusionwatch.resolve.features.xscript._coverage` without its memo: the same
    greedy walk, asking where the next character may be spelled rather than where each
    of its spellings first occurs.

    The reference takes, per Han character, the option whose first occurrence (at a word
    start for the first character, else from ``pos``) is leftmost, the first listed on a
    tie, and accepts it within two letters of ``pos``. That is the first listed option
    at the first place where any option begins, so one ``startswith`` with the tuple of
    the character's spellings (``texts``, a C loop) tests a place for all of them; the
    options are walked only to pick the one found. ``word_starts``: sorted word starts.
    """
    startswith = key.startswith
    size = len(options)
    index = 0
    while index < size:  # the first explained character must begin a Latin word
        spellings = texts[index]
        for at in word_starts:
            if startswith(spellings, at):
                break
        else:
            index += 1
            continue
        break
    else:
        return 0.0, 0.0
    pos = used = chars = 0
    while True:
        for text, span in options[index]:  # the first listed option found at ``at``
            if startswith(text, at):
                pos = at + len(text)
                used += len(text)
                chars += span
                index += span
                break
        while index < size:  # the next character, spelled within two letters of pos
            spellings = texts[index]
            if startswith(spellings, pos):
                at = pos
            elif startswith(spellings, pos + 1):
                at = pos + 1
            elif startswith(spellings, pos + 2):
                at = pos + 2
            else:
                index += 1
                continue
            break
        else:
            chars_share, used_share = chars / size, used / len(key)  # min(1.0, ...), inlined
            return (chars_share if chars_share < 1.0 else 1.0,
                    used_share if used_share < 1.0 else 1.0)


def _xscript(intercept: float, weights: tuple[float, ...]) -> Scorer:
    (w_skeleton, w_mixed, w_syllables, w_evidence, w_region, w_industry, w_generic,
     w_number, w_branch, w_brand, w_lone, w_no_evidence) = weights
    glossary, brand_conflict = xscript.glossary, conflicts.brand_conflict

    def score(han: Prepared, latin: Prepared) -> NameLogit:
        logit = intercept
        scores: dict[str, float] = {}
        # notes with values are (template, *values), formatted when the explanation is
        # read: formatting them here was some 6% of the time of this scorer (see Note)
        notes: list[Note] = ["xscript"]
        tokens, key = latin.tokens, latin.core_key
        # skeleton_similarity
        skeleton = 0.0
        head = han.skeleton_head  # (pinyin[0] when the skeleton has 2+ letters)
        if head and head == latin.skeleton_head and not (
                han.generic and xscript.government_body(han)):
            value = 2.0 * ratio(han.skeleton, latin.skeleton) / 100.0 - 1.0
            if value > 0.0:
                skeleton = scores["skeleton_similarity"] = value
                logit += w_skeleton * value
                notes.append(("consonants {}~{} {:.2f}", han.skeleton, latin.skeleton, value))
        # mixed_coverage
        chars = used = mixed = 0.0
        # (one AND of two ints, see Prepared.head_bits: no spelling can begin the key if 0)
        if han.options and key and han.head_bits & latin.head_bits:
            chars, used = _coverage(han.options, han.option_texts, key, latin.word_starts)
            if chars:
                mixed = chars * used
                if mixed:
                    scores["mixed_coverage"] = mixed
                    logit += w_mixed * mixed
                    notes.append(("{} spelled in {} {:.2f}", han.raw_key, latin.raw_key, mixed))
        # syllable_agreement
        syllables = 0.0
        if latin.pinyin_like and han.syllables:
            size = len(han.syllables)
            if han.syllable_codes and latin.syllable_codes:
                common = int(LCSseq.similarity(han.syllable_codes, latin.syllable_codes))
            else:
                common = int(LCSseq.similarity(han.syllables, latin.syllables))
            value = syllables = (2.0 * common - size) / size
            if value:
                scores["syllable_agreement"] = value
                logit += w_syllables * value
                notes.append(("pinyin {} vs {}", han.syllable_text, latin.syllable_text))
        # name_evidence (its translation share is shared with lone_translation)
        translated: list[frozenset[str]] | None = None
        acronym = False
        if han.evidence_bits & latin.token_bits:  # else no meaning or acronym is a token
            if not han.meanings.isdisjoint(tokens):
                translated = [hit for _, words in han.trade_words if (hit := words & tokens)]
            acronym = xscript.initialism(han, latin)
        if (han.pinyin and han.pinyin == key) or acronym or (
                han.brands and glossary(han, latin)[0]):
            evidence = 1.0
        else:
            translation = 0.0
            if translated is not None and latin.core:
                shared = sum(size for size, words in han.trade_words if words & tokens)
                if shared:
                    meant = han.meanings
                    count = sum(1 for w in latin.core if w in meant)
                    translation = shared / len(han.raw_key) * count / len(latin.core)
            evidence = mixed if mixed > translation else translation  # max(), inlined
        if evidence:
            scores["name_evidence"] = evidence
            logit += w_evidence * evidence
        # region_conflict
        same_region = not han.regions.isdisjoint(latin.regions)
        if han.regions and latin.regions and not same_region and (  # not Regions.nested
                han.regions.isdisjoint(latin.provinces)
                and latin.regions.isdisjoint(han.provinces)):
            scores["region_conflict"] = 1.0
            logit += w_region
            notes.append("regions differ")
        # industry_agreement
        industry = 0.0
        if not han.industry_words.isdisjoint(tokens) and isinstance(han.industry, tuple):
            found = 0
            for alts in han.industry:
                for alt in alts:
                    if alt in tokens:
                        found += 1
                        break
            if found:
                industry = scores["industry_agreement"] = found / len(han.industry)
                logit += w_industry * industry
                notes.append(("{}/{} industry words translated", found, len(han.industry)))
        # generic_match
        generic = 0.0
        if han.generic and latin.generic and industry and not (
                xscript.government_body(han) and xscript.other_body(han, latin)):
            if same_region:
                generic = scores["generic_match"] = industry
                logit += w_generic * industry
                notes.append("same region and industry")
            elif not han.regions or not latin.regions:
                generic = scores["generic_match"] = 0.5 * industry
                logit += w_generic * generic
                notes.append("same industry, one name without region")
        # number_conflict, branch_mismatch, brand_conflict
        if han.numbers != latin.numbers or han.branch != latin.branch:
            logit = _structure_conflicts(han, latin, logit, w_number, w_branch, scores, notes)
        if han.brands and latin.brands:
            value, note = brand_conflict(han, latin)
            if value:
                scores["brand_conflict"] = value
                logit += w_brand * value
                notes.append(note)
        # lone_translation
        if (translated is not None and not same_region and evidence and evidence < 1.0
                and not skeleton and not industry and len(translated) == 1
                and not (chars >= 0.5 and used >= 0.8)
                and not any(len(s) >= 3 and s in key for s in han.loose_syllables)):
            scores["lone_translation"] = 1.0
            logit += w_lone
            notes.append(f"one translated word only ({min(translated[0])})")
        # no_name_evidence
        if not (evidence or skeleton or generic or syllables > 0):
            scores["no_name_evidence"] = 1.0
            logit += w_no_evidence
            notes.append("no trade-name evidence")
        return logit, scores, notes

    return score


def _same_script(intercept: float, weights: tuple[float, ...], han: bool) -> Scorer:
    if han:  # no acronym_match, same_name or weak_shared
        (w_contained, w_overlap, w_extra, w_tokens, w_region, w_regions, w_distinct,
         w_number, w_branch, w_brand, w_brand_match, w_city, w_unit) = weights
        w_acronym = w_same = w_weak = w_kind = 0.0
    else:
        (w_contained, w_overlap, w_extra, w_tokens, w_region, w_regions, w_distinct,
         w_number, w_branch, w_brand, w_acronym, w_same, w_brand_match, w_city, w_unit,
         w_weak, w_kind) = weights
    kind = "han" if han else "latin"
    shortest = 2 if han else 3
    acronym_match, spans = names.acronym_match, names.spans
    brand_conflict, brand_match = conflicts.brand_conflict, conflicts.brand_match
    unit_conflict, units = conflicts.unit_conflict, conflicts.UNITS
    two = _TWO.get

    def score(a: Prepared, b: Prepared) -> NameLogit:
        logit = intercept
        scores: dict[str, float] = {}
        notes: list[Note] = [kind]
        # core_contained
        short, long_ = (b.core_key, a.core_key) if len(b.core_key) < len(a.core_key) else (
            a.core_key, b.core_key)
        if len(short) >= shortest:
            value = max(0.0, (partial_ratio(short, long_) / 100.0 - 0.6) / 0.4)
            if value:
                scores["core_contained"] = value
                logit += w_contained * value
                notes.append(f"{short!r} within {long_!r} {two(value) or _two(value)}")
        # core_overlap, core_extra
        overlap = 0.0
        if a.core and b.core:
            if a.core_key == b.core_key:
                overlap = scores["core_overlap"] = 1.0
                logit += w_overlap
                notes.append("same trade-name words")
            else:
                small, large = (b, a) if len(b.core) < len(a.core) else (a, b)
                joined, words = large.raw_key, large.core
                found = 0
                for w in small.core:
                    if w in words or (len(w) >= 4 and w in joined and spans(w, words)) or (
                            _spelled_in(w, large)):
                        found += 1
                if found:
                    overlap = scores["core_overlap"] = found / len(small.core)
                    logit += w_overlap * overlap
                    notes.append(f"{found}/{len(small.core)} trade-name words shared")
                joined, words = small.raw_key, small.core
                extra = [w for w in large.core if w not in words and w not in joined and not (
                    _spelled_in(w, small))]
                if extra:
                    value = scores["core_extra"] = len(extra) / len(large.core)
                    logit += w_extra * value
                    notes.append(f"extra words {' '.join(extra)!r}")
        # token_overlap
        common = len(a.tokens & b.tokens)
        if common:
            value = scores["token_overlap"] = common / (len(a.tokens) + len(b.tokens) - common)
            logit += w_tokens * value
            notes.append(f"word overlap {two(value) or _two(value)}")
        # region_match, region_conflict
        regions = a.regions & b.regions
        # (two places, neither in the other: not Regions.nested, on precomputed provinces)
        apart = bool(a.regions and b.regions and not regions
                     and a.regions.isdisjoint(b.provinces)
                     and b.regions.isdisjoint(a.provinces))
        if regions:
            scores["region_match"] = 1.0
            logit += w_region
            notes.append(f"same region {min(regions)}")
        elif apart:
            scores["region_conflict"] = 1.0
            logit += w_regions
            notes.append(f"regions differ {min(a.regions)}/{min(b.regions)}")
        # distinct_shared
        shared: tuple[str, ...] = ()
        mass = only_a = only_b = 0.0
        if han:
            if overlap:
                scores["distinct_shared"] = overlap
                logit += w_distinct * overlap
        else:
            # names._split, inlined
            words_a, words_b = a.weighed, b.weighed
            joined_a, joined_b = a.joined, b.joined
            found_words: list[str] = []
            for word, weight in a.weights:
                if word in words_b or (len(word) >= 6 and word in joined_b) or (
                        len(word) > 4 and _alike_in(word, b)):
                    found_words.append(word)
                    mass += weight
                else:
                    only_a += weight
            for word, weight in b.weights:
                if not (word in words_a or (len(word) >= 6 and word in joined_a) or (
                        len(word) > 4 and _alike_in(word, a))):
                    only_b += weight
            shared = tuple(found_words)
            if shared:
                value = min(1.0, mass)
                if value:
                    scores["distinct_shared"] = value
                    logit += w_distinct * value
                    notes.append(f"shared {' '.join(shared)!r} distinctiveness "
                                 f"{two(value) or _two(value)}")
        # number_conflict, branch_mismatch, brand_conflict
        if a.numbers != b.numbers or a.branch != b.branch:
            logit = _structure_conflicts(a, b, logit, w_number, w_branch, scores, notes)
        both_brands = a.brands and b.brands
        if both_brands:
            value, note = brand_conflict(a, b)
            if value:
                scores["brand_conflict"] = value
                logit += w_brand * value
                notes.append(note)
        # acronym_match
        if not han and ((a.acronyms and not a.acronyms.isdisjoint(b.tokens)) or (
                b.acronyms and not b.acronyms.isdisjoint(a.tokens))):
            value, note = acronym_match(a, b)
            if value:
                scores["acronym_match"] = value
                logit += w_acronym * value
                notes.append(note)
        # same_name
        if (common and a.tokens == b.tokens and a.core == b.core and not han
                and a.numbers == b.numbers and a.branch == b.branch
                and (common > 1 or len(a.core_key) > 3)):
            value = 1.0 - min(1.0, sum(weight for _, weight in a.weights))
            if value:
                scores["same_name"] = value
                logit += w_same * value
                notes.append(f"the same name {two(value) or _two(value)}")
        # brand_match
        branded = 0.0
        if both_brands:
            value, note = brand_match(a, b)
            branded = value
            if value:
                scores["brand_match"] = value
                logit += w_brand_match * value
                notes.append(note)
        # city_conflict
        if apart:
            scores["city_conflict"] = 1.0
            logit += w_city
            notes.append("different cities or provinces")
        # unit_conflict
        if not a.tokens.isdisjoint(units) and not b.tokens.isdisjoint(units):
            value, note = unit_conflict(a, b)
            if value:
                scores["unit_conflict"] = value
                logit += w_unit * value
                notes.append(note)
        # weak_shared
        if not han and shared and mass < 1.0 and only_a + only_b and not branded:
            value = 1.0 - mass
            if value:
                scores["weak_shared"] = value
                logit += w_weak * value
                notes.append(f"only common words shared ({' '.join(shared)}) "
                             f"{two(value) or _two(value)}")
        # kind_conflict
        kinds_a, kinds_b = a.industry, b.industry
        if (a.generic and b.generic and not han and kinds_a and kinds_b
                and isinstance(kinds_a, frozenset) and kinds_a.isdisjoint(kinds_b)):
            value, note = names.different_kinds(kinds_a, kinds_b)  # type: ignore[arg-type]
            if value:
                scores["kind_conflict"] = value
                logit += w_kind * value
                notes.append(note)
        return logit, scores, notes

    return score


# Sound keys of a name's words, for the Latin route's spelling tests (a cache per prepared
# name, like prepare()'s): (sounds of its 4+ letter core words, first letters of its core
# words, sounds of its 4+ letter weighed words, first letters of its 5+ letter weighed
# words).
Spellings = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
_SPELLINGS: dict[Prepared, Spellings] = {}


def _spellings(name: Prepared) -> Spellings:
    """The sound keys and initials of a name's words, computed once per name: of its
    trade-name words, then of its weighed words (those of five letters or more)."""
    found = _SPELLINGS.get(name)
    if found is None:
        if len(_SPELLINGS) >= 200_000:
            _SPELLINGS.clear()
        sound = names.sound
        found = _SPELLINGS[name] = (frozenset(sound(v) for v in name.core if len(v) > 3),
                                    frozenset(v[:1] for v in name.core),
                                    frozenset(sound(v) for v in name.weighed if len(v) > 3),
                                    frozenset(v[:1] for v in name.weighed if len(v) > 4))
    return found


def _spelled_in(word: str, other: Prepared) -> bool:
    """``any(names.spelled_alike(word, v) for v in other.core)`` (keep the two in step):
    a word of the same first letter within a ratio of 85 or with two letters swapped, or one
    of the same sound, looked
    up among the other name's sounds instead of comparing them one by one."""
    sounds, initials, _, _ = _spellings(other)
    if len(word) > 4 and word[0] in initials and any(
            v[0] == word[0] and (ratio(word, v) >= 85 or names.swapped(word, v))
            and not names.pinyin_apart(word, v) for v in other.core):
        return True
    return len(word) > 3 and names.sound(word) in sounds


def _alike_in(word: str, other: Prepared) -> bool:
    """``names._alike(word, other.weighed)`` (keep the two in step): its common cases, no
    word of five letters or more with the same first letter, or none within a ratio of
    80, decided by a look-up among the other name's sounds."""
    spellings = _spellings(other)
    if word[0] not in spellings[3] or extractOne(
            word, other.weighed, scorer=ratio, score_cutoff=80) is None:
        return names.sound(word) in spellings[2]
    return names._alike(word, other.weighed)


def _structure_conflicts(a: Prepared, b: Prepared, logit: float, w_number: float,
                         w_branch: float, scores: dict[str, float], notes: list[Note]) -> float:
    """Add number_conflict and branch_mismatch to ``logit`` in the reference order (so
    sums stay bit-identical); shared by the routes and called only when the numbers or
    the branch flags differ (rare), so the common pair pays one comparison."""
    if a.numbers != b.numbers:
        if a.numbers and b.numbers:
            scores["number_conflict"] = 1.0
            logit += w_number
            notes.append(f"numbers differ {sorted(a.numbers)} vs {sorted(b.numbers)}")
        else:
            scores["number_conflict"] = 0.5
            logit += w_number * 0.5
            notes.append("only one name is numbered")
    if a.branch != b.branch:
        scores["branch_mismatch"] = 1.0
        logit += w_branch
        notes.append("branch vs parent")
    return logit

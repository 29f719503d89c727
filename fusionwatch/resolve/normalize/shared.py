"""One shared instance per equal part of prepared names, for speed.

Scoring a pair reads a few dozen small objects of two prepared names; across thousands
of names these are scattered in memory and reading them, not computing on them, is most
of the time. Names share most of their parts (words, pinyin spellings of a character,
region and number sets, the empty set): :func:`share` returns the same name with equal
parts made one object (strings interned, containers drawn from bounded tables), so the
parts scoring reads stay in the processor's cache. Values are unchanged; the fields that
only serve speed (``syllable_text``, ``skeleton_head``, ``provinces``, ``industry_words``,
``syllable_codes``, ``head_bits``, ``option_texts``, ``word_starts``, ``token_bits``,
``evidence_bits``, ``short_bits``, ``run_bits``, ``read_bits``) are
filled here.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import TypeVar

from fusionwatch.resolve.normalize.resources import regions
from fusionwatch.resolve.normalize.types import Prepared

T = TypeVar("T")
# Tables stop growing past this many entries (later values are kept as they are).
LIMIT = 200_000
_TABLE: dict[object, object] = {}
EMPTY: frozenset[str] = frozenset()


def _one(value: T) -> T:
    """The shared instance of a hashable value whose elements are all of one type
    (equal values of different types, 1 and 1.0, must never be merged)."""
    found = _TABLE.get(value)
    if found is not None:
        return found  # type: ignore[return-value]
    if len(_TABLE) < LIMIT:
        _TABLE[value] = value
    return value


_CODES: dict[str, str] = {}  # syllable -> its character (pinyin syllables: a few thousand)


def _codes(syllables: tuple[str, ...]) -> str:
    """One character per distinct syllable, from plane 1 on (no surrogates); empty once
    the characters run out (scoring then compares the syllables themselves)."""
    out = []
    for syllable in syllables:
        code = _CODES.get(syllable)
        if code is None:
            if len(_CODES) >= 0x100000 - 2:
                return ""
            code = _CODES[syllable] = chr(0x10000 + len(_CODES))
        out.append(code)
    return "".join(out)


_HEADS: dict[str, int] = {}  # head (one or two letters) -> its bit
# Heads past this many share one last bit (loose keys are ASCII letters: some 700 heads).
HEAD_LIMIT = 4096


def _head_bits(heads: frozenset[str]) -> int:
    """One bit per head, so that two names' heads overlap iff their bits do (heads seen
    after the table is full share a bit: a false overlap only costs a coverage walk)."""
    bits = 0
    for head in heads:
        bit = _HEADS.get(head)
        if bit is None:
            bit = 1 << min(len(_HEADS), HEAD_LIMIT)
            if len(_HEADS) < HEAD_LIMIT:
                _HEADS[head] = bit
        bits |= bit
    return bits


def _word_bits(words: frozenset[str]) -> int:
    """One of 256 bits per word, from its hash (so, like ``syllable_codes`` and the head
    bits, comparable only between names prepared in one process)."""
    bits = 0
    for word in words:
        bits |= 1 << (hash(word) & 255)
    return bits


def _words(words: frozenset[str]) -> frozenset[str]:
    """A set of strings with its strings interned (the set itself is per name)."""
    return frozenset(map(sys.intern, words)) if words else EMPTY


def _few(words: frozenset[str]) -> frozenset[str]:
    """A set of strings drawn from a small vocabulary (regions, numbers, brands)."""
    return _one(frozenset(map(sys.intern, words))) if words else EMPTY


def _seq(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(map(sys.intern, words))


def share(name: Prepared) -> Prepared:
    """``name`` with its parts shared with equal parts of other names."""
    intern = sys.intern
    options = tuple(_one(tuple(_one((intern(text), span)) for text, span in opts))
                    for opts in name.options)
    key = name.core_key
    word_starts = tuple(sorted(s for s in name.starts | {0} if s < len(key)))
    heads = name.heads if name.script == "han" else frozenset(
        key[s:s + n] for s in word_starts for n in (1, 2))
    industry = name.industry
    alternatives: frozenset[str] = EMPTY
    if isinstance(industry, frozenset):
        industry = _few(industry)
    elif industry:
        alternatives = _few(frozenset(alt for alts in industry for alt in alts))
    return replace(
        name,
        core=_seq(name.core), core_key=intern(name.core_key),
        syllables=_seq(name.syllables), full_syllables=_seq(name.full_syllables),
        tokens=_words(name.tokens), regions=_few(name.regions), industry=industry,
        legal=_few(name.legal), numbers=_few(name.numbers), brands=_few(name.brands),
        pinyin=intern(name.pinyin), loose_syllables=_seq(name.loose_syllables),
        loose_full=_seq(name.loose_full), skeleton=intern(name.skeleton),
        raw_key=intern(name.raw_key),
        trade_words=tuple(_one((size, _few(words))) for size, words in name.trade_words),
        meanings=_words(name.meanings), starts=_one(name.starts),
        acronyms=_words(name.acronyms),
        options=options,
        heads=_words(name.heads), weighed=_words(name.weighed),
        weights=tuple((intern(word), weight) for word, weight in name.weights),
        syllable_text=" ".join(name.syllables), industry_words=alternatives,
        syllable_codes=_codes(name.syllables), head_bits=_head_bits(heads),
        token_bits=_word_bits(name.tokens) if name.script == "latin" else 0,
        short_bits=_word_bits(name.shorts), run_bits=_word_bits(name.run_keys),
        read_bits=_word_bits(name.compound_keys | name.glosses | name.spelling_keys),
        evidence_bits=_word_bits(name.meanings | name.acronyms) if name.script == "han" else 0,
        option_texts=tuple(_one(tuple(text for text, _ in opts)) for opts in options),
        word_starts=_one(word_starts),
        skeleton_head=name.pinyin[0] if len(name.skeleton) >= 2 else "",
        provinces=_few(frozenset(found for r in name.regions
                                 if (found := regions().province.get(r)))),
    )

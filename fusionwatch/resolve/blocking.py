"""Blocking: cheap keys so that only records sharing one are compared.

:func:`name_keys` gives the keys of one name; 海康威视, "Hikvision" and "HANGZHOU HIKVISION
DIGITAL TECH CO" share ``b:hikvision``; pinyin names share ``c:``/``p:`` keys with their
Latin spelling. :func:`candidate_pairs` is an in-memory inverted index over such keys that
skips keys shared by too many records, so it never compares all against all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from fusionwatch.resolve.normalize import prepare
from fusionwatch.resolve.normalize.pinyin import loose
from fusionwatch.resolve.normalize.resources import industry
from fusionwatch.resolve.normalize.types import Prepared

MAX_BLOCK = 200
SPELLED = 4  # letters of a spelled trade-name head (``s:`` keys)
T = TypeVar("T", bound=Any)


def _concepts(name: Prepared) -> set[str]:
    """Industry concepts shared by scripts: the first English form of each Han word."""
    if isinstance(name.industry, tuple):
        return {alts[0] for alts in name.industry}
    table = industry().concepts
    return {c for phrase in name.industry for c in table.get(phrase, ())}


def _spelled_heads(options: tuple[tuple[str, ...], ...]) -> set[str]:
    """The first SPELLED letters of each way a Han trade name's first characters may be
    spelled in Latin (pinyin, brand spellings, translations: 金发 -> "kink"+"fa" ->
    "kink", "jinf", "kolt"...): the key a Latin word starting that trade name has too
    ("Kingfa", loosely "kinkfa")."""
    heads: set[str] = set()
    partial = {""}
    for texts in options:
        grown = {start + text for start in partial for text in texts}
        heads.update(t[:SPELLED] for t in grown if len(t) >= SPELLED)
        partial = {t for t in grown if len(t) < SPELLED}
        if not partial:
            break
    return heads


def prepared_keys(name: Prepared) -> set[str]:
    """Blocking keys of a prepared name."""
    keys = {f"b:{b}" for b in name.brands}
    keys.update(f"r:{r}:{c}" for r in name.regions for c in _concepts(name))
    keys.update(f"m:{w}" for w in name.meanings if len(w) >= 4)
    if name.script == "han":
        pinyin = name.pinyin
        keys.add(f"h:{name.core_key}")
        sylls = name.syllables
        for start in range(len(sylls)):
            # every in-order run of syllables, so "hikvision"-style partial spellings hit
            run = loose("".join(sylls[start:start + 2]))
            if len(run) >= 4:
                keys.add(f"p:{run[:4]}")
        if pinyin:
            keys.add(f"c:{pinyin}")
            keys.add(f"k:{name.skeleton[:3]}")
        for acro in (name.full_initials, name.initials):  # 广发证券: "GFZQ", "GF"
            if len(acro) >= 2:
                keys.add(f"a:{acro[:3]}")
        keys.update(f"s:{head}" for head in _spelled_heads(name.option_texts))
        return keys
    if name.core_key:
        keys.add(f"c:{name.core_key}")
        keys.add(f"k:{name.skeleton[:3]}")
        if name.syllables:  # pinyin keyed syllable by syllable, as a Han name's is
            keys.add("c:" + "".join(loose(s) for s in name.syllables))
        key = name.core_key
        keys.update(f"s:{key[at:at + SPELLED]}" for at in name.word_starts
                    if len(key) - at >= SPELLED)
    for word in name.core:
        if len(word) >= 4:
            keys.add(f"m:{word}")
        key = loose(word)
        if len(key) >= 4:
            keys.add(f"p:{key[:4]}")
            # one word of the trade name may be all the Han name's pinyin ("Jinhua
            # Chunguang" / 春光)
            keys.add(f"c:{key}")
        if 2 <= len(word) <= 6:
            keys.add(f"a:{word[:3]}")
    return keys


def name_keys(text: str) -> set[str]:
    """Blocking keys of one name (any script)."""
    return prepared_keys(prepare(text))


def block_pairs(index: Mapping[str, Sequence[T]], max_block: int = MAX_BLOCK,
                keep: Callable[[T, T], bool] | None = None) -> Iterator[tuple[T, T]]:
    """Each pair of members sharing a block of ``index`` (key -> members), once.

    Blocks larger than ``max_block`` are skipped (a key that common tells nothing);
    ``keep(a, b)`` filters pairs (e.g. only pairs with a new record). Pairs come
    ordered ``(smaller, larger)`` and sorted, so every run scores them in one order.
    """
    pairs: set[tuple[T, T]] = set()
    for members in index.values():
        if len(members) < 2 or len(members) > max_block:
            continue
        for x, a in enumerate(members):
            for b in members[x + 1:]:
                if a != b and (keep is None or keep(a, b)):
                    pairs.add((a, b) if a < b else (b, a))
    yield from sorted(pairs)


def candidate_pairs(records: Iterable[Iterable[str]],
                    max_block: int = MAX_BLOCK) -> Iterator[tuple[int, int]]:
    """Yield each pair ``(i, j)``, ``i < j``, of records (lists of names) sharing a key.

    Keys shared by more than ``max_block`` records are skipped (too common to tell
    anything); each pair is yielded once.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for i, names in enumerate(records):
        keys: set[str] = set()
        for text in names:
            keys |= name_keys(text)
        for key in keys:
            index[key].append(i)
    yield from block_pairs(index, max_block)

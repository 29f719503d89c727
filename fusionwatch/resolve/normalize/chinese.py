"""Han-script organization names: 杭州海康威视数字技术股份有限公司 -> parts.

Traditional characters become simplified (opencc), full-width forms half-width; then the
administrative region prefix (杭州, 浙江省…), legal forms (股份有限公司, 集团…), bracketed
qualifiers, branch suffixes (…公司北京分公司 is a branch of its parent), ordinal numbers
(第十四研究所) and industry words (数字, 技术…) are separated from the trade name (海康威视).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from fusionwatch.resolve.normalize.pinyin import (
    initials,
    loose,
    skeleton,
    syllable_spellings,
    syllables,
)
from fusionwatch.resolve.normalize.resources import (
    brands,
    industry,
    legal_forms,
    meanings,
    regions,
)
from fusionwatch.resolve.normalize.types import Prepared

HAN = re.compile(r"[\u3400-\u9fff]")
BRACKET = re.compile(r"[(\[【「〔]([^)\]】」〕]*)[)\]】」〕]")
ORDINAL = re.compile(
    r"第?([零〇一二两三四五六七八九十百\d]+)(?=研究所|研究院|所|院|厂|分队|局|处|中心|室)")
BRANCH_SUFFIXES = ("分公司", "分行", "支行", "办事处", "分厂", "分店", "分部", "分所")
DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
MIN_TRADE = 2
SHARE_CLASS = re.compile(r"(?<=[\u4e00-\u9fff])[AB]$")
STOCK_MARK = re.compile(r"^\*?S?\*?ST|^(XD|XR|DR|N)(?=[\u4e00-\u9fff])")


def _options(trade: str, sylls: tuple[str, ...]) -> tuple[tuple[tuple[str, int], ...], ...]:
    """For each character of the trade name, the Latin strings it may appear as, with the
    number of characters each explains: its pinyin, brand spellings, translations."""
    if len(sylls) != len(trade):  # Latin letters or digits inside: pinyin per character lost
        return ()
    table, longest = meanings()
    trades = industry()
    longest = max(longest, trades.max_len)
    out: list[tuple[tuple[str, int], ...]] = []
    for pos, syllable in enumerate(sylls):
        opts = {(key, 1) for key in syllable_spellings(syllable)}
        for size in range(1, min(longest, len(trade) - pos) + 1):
            part = trade[pos:pos + size]
            for word in table.get(part, ()):
                if len(word) >= 2:
                    opts.add((loose(word), size))
            for phrase in trades.han.get(part, ()):
                opts.add((loose(phrase.replace(" ", "")), size))
        out.append(tuple(sorted(opts, key=lambda o: (-len(o[0]), o))))
    return tuple(out)


def _brands(full: str, head: str, trade: str) -> set[str]:
    """Glossary brands of a Han name. A brand of four or more characters may appear
    anywhere (海康威视); a shorter one must begin the name after its region and, if of
    two characters, be the whole trade name (华大 is BGI, 华大九天 is not)."""
    found: set[str] = set()
    for zh, keys in brands().han.items():
        if (len(zh) >= 4 and zh in full) or zh == trade or (
                len(zh) == 3 and (head.startswith(zh) or full.startswith(zh))):
            found |= keys
    return found


def _acronyms(short: str, full: str, digraphs: str) -> frozenset[str]:
    """Initials a Latin name may use: of the trade name, or of it plus industry words;
    and of the trade name with zh/ch/sh kept whole (金诚信 -> "JCX" or "JCHX")."""
    found = {full[:size] for size in range(max(2, len(short)), min(6, len(full)) + 1)}
    for letters in (short, digraphs):
        if 2 <= len(letters) <= 6:
            found.add(letters)
    return frozenset(found)


def _digraph_initials(sylls: tuple[str, ...]) -> str:
    """Initials keeping the digraphs zh, ch, sh ("jin cheng xin" -> "jchx")."""
    return "".join(s[:2] if s[:2] in ("zh", "ch", "sh") else s[:1] for s in sylls)


def _meanings(trade: str) -> tuple[tuple[tuple[int, frozenset[str]], ...], frozenset[str]]:
    """Split a trade name into words of the meanings table, longest first (三星 -> 三, 星)."""
    table, longest = meanings()
    found: list[tuple[int, frozenset[str]]] = []
    pos = 0
    while pos < len(trade):
        for size in range(min(longest, len(trade) - pos), 0, -1):
            words = table.get(trade[pos:pos + size])
            if words:
                found.append((size, words))
                pos += size
                break
        else:
            pos += 1
    union: frozenset[str] = frozenset().union(*(w for _, w in found))
    return tuple(found), union


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def han_number(text: str) -> str:
    """Convert a Han or Arabic numeral up to 999 to Arabic digits ("十四" -> "14")."""
    if text.isdigit():
        return str(int(text))
    total, current = 0, 0
    for char in text:
        if char in DIGITS:
            current = DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
    return str(total + current)


# a dash or dot between two Han characters joins two words of one name (中兴-沈阳商业大厦)
_JOINER = re.compile(r"(?<=[\u3400-\u9fff])[-\u2010-\u2015\u00b7\u30fb\u2022.](?=[\u3400-\u9fff])")


def clean_han(text: str) -> str:
    """Simplified characters, half-width forms, no spaces, no dash or dot between Han
    characters."""
    text = unicodedata.normalize("NFKC", _t2s().convert(text))
    return _JOINER.sub("", re.sub(r"\s+", "", text))


def _strip_prefix_regions(text: str, found: list[str]) -> str:
    table = regions()
    heads: list[str] = []  # (the regions stripped here: a branch's, found before, are not)
    changed = True
    while changed:
        changed = False
        for size in range(min(table.max_len, len(text) - 1), 1, -1):
            head, rest = text[:size], text[size:]
            key = table.han.get(head) or table.han_strict.get(head)
            # keep a region that is the whole trade name (宁波港: 港 alone is no name),
            # or a city of another province than the one named (浙江德宏: 德宏 is in Yunnan)
            if key and (len(rest) >= MIN_TRADE or rest in industry().han) and not (
                    table.elsewhere(key, heads)):
                found.append(key)
                heads.append(key)
                text = text[size:]
                changed = True
                break
    return text


def _strip_suffix(text: str, words: tuple[str, ...] | dict[str, Any], found: list[str],
                  max_len: int = 16) -> str:
    changed = True
    while changed:
        changed = False
        for size in range(min(max_len, len(text) - MIN_TRADE), 0, -1):
            tail = text[-size:]
            if tail in words:
                found.append(tail)
                text = text[:-size]
                changed = True
                break
    return text


def prepare_han(text: str) -> Prepared:
    """Prepare a Han-script name for matching."""
    name = clean_han(text)
    joined = name
    legal: list[str] = []
    found_regions: list[str] = []
    numbers = {han_number(m.group(1)) for m in ORDINAL.finditer(name)}
    name = ORDINAL.sub("", name)
    branch = False
    for suffix in BRANCH_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + MIN_TRADE:
            branch = True
            head = name[: -len(suffix)]
            cut = max(head.rfind("公司"), head.rfind("集团"))
            place = head[cut + 2:] if cut >= 0 else ""
            _strip_prefix_regions(place + "XX", found_regions)
            name = head[: cut + 2] if cut >= 0 else head
            break
    for inner in BRACKET.findall(name):
        key = regions().han_strict.get(inner) or regions().han.get(inner)
        if key:
            found_regions.append(key)
        else:
            legal.append(inner)
    name = BRACKET.sub("", name)
    name = SHARE_CLASS.sub("", STOCK_MARK.sub("", name))
    stripped = name
    name = _strip_prefix_regions(name, found_regions)
    head = name
    han_legal = legal_forms()[1]
    ind_table = industry()
    ind_words: list[str] = []
    size = -1
    while size != len(name):
        size = len(name)
        name = _strip_suffix(name, han_legal, legal)
        name = _strip_suffix(name, ind_table.han, ind_words, ind_table.max_len)
    ind_words.reverse()
    generic = name in ind_table.han
    if generic:  # 杭州银行: region and industry are the whole name
        ind_words.insert(0, name)
    trade = "" if generic else name
    found_brands = _brands(stripped, head, trade)
    spoken = name  # pinyin of the generic word still helps ("数码视讯" ~ "Sumavision")
    trade_words, found_meanings = _meanings(trade)
    sylls = syllables(spoken)
    full = sylls + tuple(s for w in ind_words for s in syllables(w))
    loose_sylls = tuple(loose(s) for s in sylls)
    options = _options(trade, sylls) if trade else ()
    pinyin = "".join(loose_sylls)
    return Prepared(
        text=text, script="han", core=(trade or stripped,), core_key=trade or stripped,
        syllables=sylls, generic=generic, trade_words=trade_words, meanings=found_meanings,
        full_syllables=full,
        tokens=frozenset([trade, *ind_words, *found_regions]),
        regions=frozenset(found_regions),
        industry=tuple(ind_table.han[w] for w in ind_words),
        legal=frozenset(legal), numbers=frozenset(numbers), branch=branch,
        brands=frozenset(found_brands), joined=joined,
        pinyin=pinyin, loose_syllables=loose_sylls, loose_full=tuple(loose(s) for s in full),
        skeleton=skeleton(pinyin), initials=initials(sylls), full_initials=initials(full),
        raw_key=trade or stripped, acronyms=_acronyms(initials(sylls), initials(full),
                                                      _digraph_initials(sylls)),
        options=options, heads=frozenset(t[:2] for opts in options for t, _ in opts),
    )

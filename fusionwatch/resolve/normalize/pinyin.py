"""Pinyin and tolerant romanization keys.

English spellings of Chinese names vary: Wade-Giles ("Tsingtao", "Hsin"), Hong Kong
("Kwong", "Chung"), brand-like ("Veichi" for 伟创, "Goodwe" for 固德威). :func:`loose`
maps pinyin and such spellings to one coarse key, so that comparison tolerates them.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RULES: tuple[tuple[str, str], ...] = (
    ("ng", "9"), ("hs", "x"), ("ph", "f"), ("zh", "j"), ("ch", "j"), ("sh", "s"), ("q", "j"),
    ("tz", "z"), ("ts", "z"), ("c", "z"), ("g", "k"), ("b", "p"), ("d", "t"), ("v", "w"),
    ("u9", "o9"), ("ieh", "ie"), ("9", "ng"),
)
_REPEAT = re.compile(r"(.)\1+")
# A "c" after a vowel and before c, k, l, r, s, t or a word's end, or starting a word before
# l or r, is no pinyin c ("ts") but English k: "Ostec" is "Ostek", "Electro" "Elektro",
# "Clou" (科陆) "Klou". (Not starting a word before another consonant: that is an acronym,
# and the C of "CNIRTI", Central, is not the K of "KNIRTI", Kaluga.)
_HARD_C = re.compile(r"(?<=[aeiouy])c(?=[cklrst]|\b)|\bc(?=[lr])")
_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=65536)
def loose(text: str) -> str:
    """Return a coarse romanization key of ``text`` (lower-case ASCII letters)."""
    text = _HARD_C.sub("k", text.lower())
    for old, new in _RULES:
        text = text.replace(old, new)
    return _REPEAT.sub(r"\1", text)


def skeleton(text: str) -> str:
    """Consonant skeleton of a loose key ("kutewei" -> "ktw")."""
    return _VOWELS.sub("", text).replace("x", "s")


@lru_cache(maxsize=65536)
def syllables(han: str) -> tuple[str, ...]:
    """Pinyin syllables (lower case, no tones, ü as u) of a Han string; Latin runs kept."""
    from pypinyin import Style, lazy_pinyin

    out: list[str] = []
    for syl in lazy_pinyin(han, style=Style.NORMAL, v_to_u=True):
        syl = syl.replace("ü", "u").lower()
        out.extend(w for w in re.split(r"[^0-9a-z]+", syl) if w)
    return tuple(out)


def initials(sylls: tuple[str, ...]) -> str:
    """First letter of each syllable ("guang ha tong" -> "ght")."""
    return "".join(s[0] for s in sylls if s)


_SYLLABLE = re.compile(
    r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai"
    r"|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)")


def is_syllable(word: str) -> bool:
    """Whether ``word`` is one (plausible) pinyin syllable."""
    return _SYLLABLE.fullmatch(word) is not None


@lru_cache(maxsize=65536)
def segment(word: str) -> tuple[str, ...] | None:
    """Split a Latin word into pinyin syllables, fewest first ("huatie" -> hua, tie), or
    None if it does not read as pinyin ("uniview")."""
    if not word.isascii() or not word.isalpha():
        return None
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            prev = best[start]
            if prev is not None and is_syllable(word[start:end]):
                if best[end] is None or len(prev) + 1 < len(best[end] or ()):
                    best[end] = (*prev, word[start:end])
    return best[-1]


def pinyin_like(word: str) -> bool:
    """Whether a Latin word reads as pinyin syllables ("huatie" yes, "uniview" no)."""
    return len(word) >= 4 and segment(word) is not None


# Spellings of syllables common in company brands: Cantonese/Wade-Giles ("Kin", "Chung"),
# and brand habits ("Sino" for 中, "Ray" for 瑞, "Vi" for 威/维). Keys are pinyin.
BRAND_SPELLINGS: dict[str, tuple[str, ...]] = {
    "zhong": ("sino", "chung", "zhon"), "jin": ("king", "kin", "gin"), "hai": ("hi",),
    "xin": ("sin", "shin", "hsin"), "hua": ("wa", "wah"), "guang": ("kwong", "kwang"),
    "wei": ("vi", "vei", "wi", "way"), "rui": ("ray", "rei"), "kai": ("key", "kay"),
    "ying": ("in", "yin"), "kang": ("can", "con", "kan"), "ao": ("o", "au"),
    "tai": ("ty", "thai"), "sheng": ("shine", "sun", "sen", "son"), "li": ("lee", "ly"),
    "yi": ("e", "yee"), "da": ("ta",), "tian": ("tien", "tin", "ten"), "xiang": ("shine", "siang"),
    "jia": ("ka", "ga", "kia"), "bao": ("po", "pao"), "lian": ("lien", "luen"),
    "tong": ("tung", "ton"), "long": ("lung", "loong"), "fu": ("foo",), "mei": ("may", "mi"),
    "hong": ("hung",), "de": ("te", "der"), "you": ("yo", "u"), "huan": ("wan",),
    "qing": ("tsing", "ching"), "he": ("ho",), "ke": ("ko", "co"), "ge": ("ko",),
    "jiang": ("kiang", "chiang", "jang"), "nuo": ("no",), "cheng": ("chen", "ching"),
}


def syllable_spellings(syllable: str) -> tuple[str, ...]:
    """Loose keys of a pinyin syllable and of its brand-style spellings."""
    return (loose(syllable), *(loose(s) for s in BRAND_SPELLINGS.get(syllable, ())))


@lru_cache(maxsize=1)
def _brand_pieces() -> dict[str, tuple[str, ...]]:
    """Brand spelling to the pinyin syllables it spells ("king" -> jin; "sun" -> sheng)."""
    out: dict[str, list[str]] = {}
    for syllable, spellings in BRAND_SPELLINGS.items():
        for spelling in spellings:
            out.setdefault(spelling, []).append(syllable)
    return {spelling: tuple(found) for spelling, found in out.items()}


@lru_cache(maxsize=65536)
def brand_readings(word: str, limit: int = 6) -> tuple[str, ...]:
    """The pinyin a brand-spelled word may write, syllable by syllable, with at least one
    brand spelling of :data:`BRAND_SPELLINGS` ("kingfa" -> "jinfa", 金发; "sunway" ->
    "shengwei", "sunwei"...): up to ``limit`` readings of at most four syllables, none
    for a word shorter than four letters."""
    if len(word) < 4 or not word.isascii() or not word.isalpha():
        return ()
    pieces = _brand_pieces()
    # readings[i]: (syllables, brand spellings used) of word[:i]
    start_at: tuple[str, ...] = ()
    readings: list[list[tuple[tuple[str, ...], int]]] = [[(start_at, 0)]]
    readings += [[] for _ in word]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            piece = word[start:end]
            options = [(s, 1) for s in pieces.get(piece, ())]
            if is_syllable(piece):
                options.append((piece, 0))
            for syllable, brand in options:
                for sylls, used in readings[start]:
                    if len(sylls) < 4 and len(readings[end]) < 4 * limit:
                        readings[end].append(((*sylls, syllable), used + brand))
    found = dict.fromkeys("".join(sylls) for sylls, used in readings[-1] if used)
    # (spellings :func:`loose` already makes one, "Taesong" / "Daesong", are left to the
    # tolerant comparison: Korean and Wade-Giles write them so for other names too)
    return tuple(reading for reading in found if loose(reading) != loose(word))[:limit]

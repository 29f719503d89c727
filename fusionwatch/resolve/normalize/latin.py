"""Latin-script organization names: case, diacritics, abbreviations, legal forms, regions.

"HANGZHOU HIKVISION DIGITAL TECH CO" and "Hangzhou Hikvision Digital Technology Co.,
Ltd." both become region ``hangzhou``, core ``hikvision``, industry ``digital``,
``technology`` and legal form ``company limited``/``company``.
"""

from __future__ import annotations

import re

from fusionwatch.resolve.normalize.pinyin import (
    brand_readings,
    initials,
    is_syllable,
    loose,
    segment,
    skeleton,
)
from fusionwatch.resolve.normalize.resources import (
    REGION_ALIASES,
    abbreviations,
    brands,
    industry,
    initial_meanings,
    latin_words,
    legal_forms,
    org_words,
    pinyin_meanings,
    regions,
    stem,
    word_weight,
)
from fusionwatch.resolve.normalize.types import Prepared

# Words that say what kind of body a name is without distinguishing it.
GENERIC = frozenset({"group", "holding", "stock", "share", "joint", "listed", "public",
                     "enterprise", "limited", "company", "corporation", "incorporated",
                     "by", "the", "no", "number"})
# Common transliterated forms missing from the GLEIF list (Russian, Indonesian...).
_RUSSIAN = ("obshchestvo s ogranichennoi otvetstvennostyu",
            "obshchestvo s ogranichennoy otvetstvennostyu", "aktsionernoe obshchestvo",
            "publichnoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo",
            "otkrytoe aktsionernoe obshchestvo", "joint stock company",
            "public joint stock company", "closed joint stock company",
            "open joint stock company", "limited liability company",
            "publicly traded company",  # PAO, as the lists translate it ("KAMAZ ...")
            # Russian state bodies' forms, in the lists' English ("of" is a stop word)
            "federal state unitary enterprise", "state unitary enterprise",
            "federal state enterprise", "federal state institution",
            "federal state budgetary institution", "federal state budget institution",
            "federal state governmental institution", "federal state owned institution",
            "federal state autonomous institution",
            "federal state budgetary scientific institution",
            "federal state budgetary educational institution higher education",
            "federal state budget educational institution higher education",
            "federal state autonomous educational institution higher education",
            "federal state institution higher vocational education",
            "federal state budgetary educational institution higher professional education",
            # Ukrainian and Belarusian: "TOV", "PrAT"
            "tovarystvo z obmezhenoyu vidpovidalnistyu", "pryvatne aktsionerne tovarystvo",
            "publichne aktsionerne tovarystvo", "aktsionerne tovarystvo")
# Other transliterations of the words of those forms, as the bundled lists spell them
# ("OTKRYTOYE AKTSIONERNOYE OBSCHESTVO TAE AVIA", "OBSHESTVO S OGRANICHENNOJ ...").
_RUSSIAN_SPELLINGS = {
    **dict.fromkeys(("obschestvo", "obshestvo", "obshtestvo", "obshcestvo", "obschchestvo",
                     "obshschestvo"), "obshchestvo"),
    **dict.fromkeys(("aktsionernoye", "akcionernoe", "aktsionerno"), "aktsionernoe"),
    "otkrytoye": "otkrytoe", "zakrytoye": "zakrytoe", "publichnoye": "publichnoe",
    **dict.fromkeys(("ogranichennoy", "ogranichennoj"), "ogranichennoi"),
    "otvetstvennostiu": "otvetstvennostyu",
}
# Gulf and Levant forms, written with or without dots ("B.S.C.", "S.A.L.", "W.L.L.").
_GULF = ("bsc", "bscc", "sal", "wll", "qsc", "qpsc", "saog", "saoc", "ksc", "kscc", "kscp",
         "psc", "fze", "fzco", "fzc", "fzllc", "fz llc", "ca", "sdn bhd", "bhd")
EXTRA_LEGAL = frozenset({"pjsc", "jsc", "ojsc", "cjsc", "oao", "zao", "pao", "ooo", "ao",
                         "tov", "pte", "tbk", "kk", "anonim sirketi", "limited sirketi",
                         # Turkish "Ltd. Sti." (Limited Sirketi); Persian "Sahami Aam/Khass"
                         "limited sti", "sti", "sahami aam", "sahami khass", "sahami",
                         *_RUSSIAN, *_GULF})
LEADING_LEGAL = frozenset({"pjsc", "jsc", "ojsc", "cjsc", "oao", "zao", "pao", "ooo", "ao",
                           "pt", "tov", "concern", "llc", *_RUSSIAN})
# Words in a legal form, longest first ("federal state budgetary educational institution
# higher education": 7)
LEGAL_LENGTHS = tuple(range(max(len(f.split()) for f in (*EXTRA_LEGAL, *LEADING_LEGAL)), 0, -1))
# "(CAS)", "(CETC 14)": an abbreviation of the words before it, not a distinctive word.
ANNOTATION = re.compile(r"\(\s*([A-Z][A-Z0-9&.\- ]{1,11})\s*\)")
BRANCH = re.compile(r"\b(sub ?)?branch( office| company)?\b|\brepresentative office\b")
# "CETC 13 subordinate institution: Bowei Integrated Circuits" names the subordinate.
SUBORDINATE = re.compile(r"(?i)\b(?:subordinate (?:institution|unit|entity)|subsidiary)\s*:\s*")
ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)?$")
# Ordinal words number units like digits do ("First Division" vs "Fourth Division").
ORDINAL_WORDS = {word: str(i) for i, word in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth"), start=1)}
# ... and so do Roman numerals ending a name ("Rim Group Investments II Corp." is not "Rim
# Group Investments Corp."); elsewhere "I.V." is a person's initials ("named after I.V.
# Kurchatov"), and I, V, X alone are initials, XI pinyin (西)
ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}
# China's ethnic groups as autonomous areas' English names give them: "Ili Kazakh
# Autonomous Prefecture" (伊犁哈萨克自治州) is Ili, not Kazakhstan; "Qiandongnan Miao and
# Dong Autonomous Prefecture" is Qiandongnan.
ETHNIC = frozenset({
    "mongol", "mongolian", "hui", "tibetan", "uyghur", "uighur", "uygur", "miao", "yi",
    "zhuang", "buyei", "bouyei", "korean", "manchu", "dong", "yao", "bai", "tujia", "hani",
    "kazak", "kazakh", "dai", "li", "lisu", "va", "wa", "she", "lahu", "shui", "dongxiang",
    "naxi", "jingpo", "kirgiz", "kyrgyz", "kirghiz", "tu", "daur", "mulao", "qiang",
    "blang", "salar", "maonan", "gelao", "xibe", "sibe", "achang", "pumi", "tajik", "nu",
    "uzbek", "ewenki", "evenki", "deang", "bonan", "yugur", "jing", "tatar", "derung",
    "oroqen", "hezhen", "monba", "lhoba", "jino", "various", "nationality"})
ALIAS = re.compile(r"\b(?:a\.?k\.?a|f\.?k\.?a|d\.?b\.?a|also known as|formerly known as"
                   r"|formerly|previously)\b\.?:?", re.IGNORECASE)


def split_aliases(text: str) -> list[str]:
    """Split "X a.k.a. Y; f.k.a. Z" annotations into separate names."""
    parts = [p.strip(" ,;\"'") for p in ALIAS.split(text)]
    return [p for p in parts if p] or [text]


def _merge_syllables(core: list[str]) -> list[str]:
    """Join runs of single pinyin syllables ("Hua Sheng Tian Long" -> "huashengtianlong")."""
    out: list[str] = []
    run: list[str] = []
    for word in [*core, ""]:
        if word and is_syllable(word):
            run.append(word)
            continue
        if len(run) >= 2:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        if word:
            out.append(word)
    return out


def _country(tokens: list[str], i: int, countries: dict[str, str]) -> tuple[str, int] | None:
    """(country key, number of words) of a country name of two or more words at ``i``."""
    for n in (4, 3, 2):
        if i + n <= len(tokens):
            key = countries.get(" ".join(tokens[i:i + n]))
            if key:
                return key, n
    return None


def _places_as_keys(tokens: list[str], countries: dict[str, str]) -> list[str]:
    """``tokens`` with each country named by its key, in one word: a generic name's place
    is its name, however written ("United States Steel" / "US Steel")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        found = _country(tokens, i, countries)
        if found:
            out.append(found[0])
            i += found[1]
        else:
            out.append(tokens[i])
            i += 1
    return out


def _spoken(core: list[str]) -> tuple[str, ...] | None:
    """Pinyin syllables of the trade name when every word of it reads as pinyin."""
    out: list[str] = []
    for word in core:
        sylls = segment(word) if len(word) >= 4 or is_syllable(word) else None
        if sylls is None:
            return None
        out.extend(sylls)
    return tuple(out)


def words(text: str, translate: bool = True) -> list[str]:
    """Normalized words: abbreviations expanded, plurals stemmed, "Co.,Ltd" unified, and
    organization words of other languages in English ("zavod" -> "plant"; not with
    ``translate=False``)."""
    return _normalized(_written(text), translate)


def _written(text: str) -> list[str]:
    """The words of ``text`` as :func:`latin_words` gives them, "Co.,Ltd" unified."""
    text = re.sub(r"(?i)\bco\s*[.,]+\s*,?\s*l(?:imi)?te?d\b", " co ltd ", text)
    text = re.sub(r"(?i)\bsci\s*[-&]\s*tech\b", " science technology ", text)
    text = re.sub(r"(?i)\bhi\s*-\s*tech\b", " high technology ", text)
    return latin_words(text)


def _normalized(written: list[str], translate: bool = True) -> list[str]:
    """:func:`words` of words already split by :func:`_written`."""
    out: list[str] = []
    english_of, abbreviated = org_words().english, abbreviations()
    for word in written:
        word = _RUSSIAN_SPELLINGS.get(word, word)
        english = english_of(word) if translate else None
        if english is not None:
            out.extend(english)
        else:
            out.extend(abbreviated.get(word, word).split())
    return [_adjective(stem(w)) for w in out]


# Russian adjectives of place names lose their ending: "Khabarovskiy" is "Khabarovsk",
# "Vyborgsky" "Vyborgsk" (spelled alike with "Vyborg"), "Moskovskiy" "Moskovsk".
_ADJECTIVE = re.compile(r"^([a-z]{3,}sk)(?:iy|ii|yi|y|i|aya|aia|oye|oe|ogo|oi|oy)$")


def _adjective(word: str) -> str:
    """The place name a Russian adjective is made of ("khabarovskiy" -> "khabarovsk")."""
    if "sk" not in word or word in regions().countries:  # "Rossiski": Russia
        return word
    match = _ADJECTIVE.match(word)
    return match.group(1) if match else word


def _ethnic_qualifiers(tokens: list[str]) -> set[int]:
    """Positions of the ethnic groups an autonomous area is named for (the words of
    :data:`ETHNIC` right before "autonomous": "Changji Hui Autonomous Prefecture")."""
    found: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok == "autonomou":
            j = i - 1
            while j > 0 and tokens[j] in ETHNIC:
                found.add(j)
                j -= 1
    return found


def _spelled(kept: list[str], ind: frozenset[str]) -> set[str]:
    """The initials of ``kept`` (three to six), also leaving out one industry word
    ("CASC": China Aerospace Science and Technology Corporation; "CSGC": China South
    Industries Group Corporation)."""
    spelled = "".join(t[0] for t in kept)
    if not 3 <= len(spelled) <= 6:
        return set()
    found = {spelled}
    if len(spelled) > 4:
        found |= {spelled[:i] + spelled[i + 1:] for i in range(1, len(kept)) if kept[i] in ind}
    return found


def _strip_legal(tokens: list[str], legal: set[str], trail: list[str]) -> list[str]:
    """Strip legal forms from the start of ``tokens`` ("JSC Concern ..."), then legal forms,
    generic words and trailing regions from its end (first the start: "Joint Stock
    Company Moscow Industrial Bank" keeps "Moscow" once "Industrial Bank" is gone)."""
    latin_legal, _ = legal_forms()
    region_keys = regions().latin
    # Leading forms: "JSC Concern VKO Almaz-Antey", "OBSHCHESTVO S OGRANICHENNOI ...".
    changed = True
    while changed:
        changed = False
        for n in LEGAL_LENGTHS:
            head = " ".join(tokens[:n])
            if len(tokens) > n and head in LEADING_LEGAL:
                legal.add(head)
                del tokens[:n]
                changed = True
                break
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for n in LEGAL_LENGTHS:
            if len(tokens) <= n:
                continue
            tail = " ".join(tokens[-n:])
            if tail in latin_legal or tail in EXTRA_LEGAL or (n == 1 and tail in GENERIC):
                legal.add(tail)
                del tokens[-n:]
                changed = True
                break
        if not changed and tokens[-1] in region_keys and len(tokens) > 1:
            last = tokens.pop()
            trail.append(regions().countries.get(last) or REGION_ALIASES.get(last, last))
            changed = True
    return tokens


def _runs(*sequences: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(initials, words) of the runs of 2 to 6 consecutive words a short word could
    abbreviate: not legal or generic words alone ("Technology Corporation Limited" is no
    "TCL"), and for two letters ("IT", "CB") words that say what kind of body it is.
    Each sequence is one writing of the name (as written: "NPO" abbreviates "Nauchno
    Proizvodstvennoe Obedinenie", not its English)."""
    kinds, english = industry().phrases, org_words().english
    out: dict[str, tuple[str, ...]] = {}
    for sequence in sequences:
        for i in range(len(sequence) - 1):
            for j in range(i + 2, min(len(sequence), i + 6) + 1):
                run = tuple(sequence[i:j])
                if all(w in GENERIC for w in run) or not all(w[:1].isalpha() for w in run):
                    continue
                if j - i == 2 and not all(w in kinds or english(w) for w in run):
                    continue
                out.setdefault("".join(w[0] for w in run), run)
    return tuple(out.items())


def _pinyin_runs(core: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(initials, (word,)) of each trade-name word of three to six pinyin syllables that a
    short word may abbreviate by its syllables: "JZJ" for "Jianzhijia" (jian zhi jia), as
    Chinese companies abbreviate their names ("BYD" for Biyadi). Two letters are no
    evidence ("L&M" is not "Lema")."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for word in core:
        sylls = segment(word) if len(word) >= 6 else None
        if sylls is not None and 3 <= len(sylls) <= 6:
            out.append((initials(sylls), (word,)))
    return tuple(out)


Reading = tuple[tuple[tuple[str, frozenset[str]], ...], ...]


def _readings(core: list[str]) -> tuple[tuple[str, tuple[Reading, ...]], ...]:
    """(word, options) of each trade-name word of two to four pinyin syllables that
    :func:`pinyin_meanings` reads as Han words with English meanings: the whole word as one
    Han word ("yinhe": 银河 galaxy, 引河 irrigation channel...), or split in two ("yinlong":
    银 silver + 龙 dragon), or, for three or four syllables, one character a syllable, each
    a word's first ("zhongnongfa": 中 china, 农 agriculture, 发 development; see
    :func:`initial_meanings`)."""
    out: list[tuple[str, tuple[Reading, ...]]] = []
    table = None
    firsts = None
    for word in core:
        sylls = segment(word) if len(word) >= 4 else None
        if sylls is None or not 2 <= len(sylls) <= 4:
            continue
        table = table or pinyin_meanings()
        options: list[Reading] = []
        whole = table.get(" ".join(sylls))
        if whole:
            options.append((whole,))
        for at in range(1, len(sylls)):
            left, right = table.get(" ".join(sylls[:at])), table.get(" ".join(sylls[at:]))
            if left and right:
                options.append((left, right))
        if len(sylls) >= 3:
            firsts = firsts or initial_meanings()
            parts = tuple(table.get(s, ()) + firsts.get(s, ()) for s in sylls)
            if all(parts):
                options.append(parts)
        if options:
            out.append((word, tuple(options)))
    return tuple(out)


def _compounds(sequence: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(joined, words) of each run of 2 or 3 consecutive words, legal and generic words
    left out, that joined make 5 letters or more ("buy best" -> "buybest")."""
    out: dict[str, tuple[str, ...]] = {}
    for i in range(len(sequence) - 1):
        for j in range(i + 2, min(len(sequence), i + 3) + 1):
            run = tuple(sequence[i:j])
            joined = "".join(run)
            if len(joined) >= 5 and joined.isalpha() and not any(w in GENERIC for w in run):
                out.setdefault(joined, run)
    return tuple(out.items())


_PARENTHESES = re.compile(r"\(\s*([^()]{2,30}?)\s*\)")


def _annotations(text: str) -> tuple[list[str], str]:
    """The words of a name's annotations, and the name without them: "(CETC 14)", "(HK)",
    and a place in any case ("(Hong Kong)", "(Shenzhen)", "(HONG KONG)", a place given
    as one word "hongkong"), which only says where the organization is."""
    places = regions()
    notes: list[str] = []

    def note(match: re.Match[str]) -> str:
        found = words(match.group(1))
        joined = "".join(found)
        if joined in places.latin:
            notes.append(joined)
        elif " ".join(found) in places.countries:
            notes.append(" ".join(found))
        elif ANNOTATION.fullmatch(match.group(0)):
            notes.extend(w for w in found if not w.isdigit())
        else:
            return match.group(0)
        return " "

    return notes, _PARENTHESES.sub(note, text)


def prepare_latin(text: str) -> Prepared:
    """Prepare a Latin-script name for matching."""
    original_text = text
    parts = SUBORDINATE.split(text, maxsplit=1)
    text = parts[1] if len(parts) == 2 and parts[1].strip() else parts[0]
    notes, text = _annotations(text)
    lowered = text.casefold()
    branch = bool(BRANCH.search(" ".join(latin_words(lowered)))) or (
        len(parts) == 2 and not parts[1].strip())
    written = _written(text)  # (split once: read in English here, as written for _runs)
    tokens = _normalized(written)
    joined = "".join(tokens)
    original = list(tokens)
    ethnic = _ethnic_qualifiers(tokens)
    if ethnic:
        tokens = [t for i, t in enumerate(tokens) if i not in ethnic]
    legal: set[str] = set()
    region_found: list[str] = []
    if branch:
        tokens = [t for t in tokens if t not in ("branch", "sub", "office", "representative")]
    tokens = _strip_legal(tokens, legal, region_found)
    places = regions()
    reg, countries, ind = places.latin, places.countries, industry().phrases
    region_found.extend(countries.get(w) or REGION_ALIASES.get(w, w)
                        for w in notes if w in reg or w in countries)
    # (a number is no initial: "CETC 32" abbreviates the words, the number is its own)
    letters = "".join(t[0] for t in tokens if t not in GENERIC and not ORDINAL.match(t))
    acronyms = frozenset([letters]) if 2 <= len(letters) <= 6 and len(tokens) > 1 else frozenset()
    # "NRCPC" for "National Research Center for Parallel Computer Engineering and
    # Technology": the leading words' initials (four or more: "ANA" is no "Al Noor Alaili
    # Trading")
    acronyms |= {letters[:n] for n in range(4, min(len(letters), 7))}
    # "IOC" for "Iranian Oil Company Limited": initials may keep "Company", "Group"...
    kept = [t for t in original if t not in ("limited", "incorporated") and not ORDINAL.match(t)]
    if len(original) > 2:
        acronyms |= _spelled(kept, ind)
        # "CETC 32" for "China Electronics Technology Group Corporation 32nd Research
        # Institute": a unit named after its parent, the parent's initials
        ends = [i for i, t in enumerate(kept[:-1]) if t in ("corporation", "company", "group")]
        if ends and ends[-1] >= 2:
            acronyms |= _spelled(kept[:ends[-1] + 1], ind)
    # "(CETC 14)" abbreviates the name; "(CHINA)", "(HK)" only say where it is.
    acronyms |= frozenset(w for w in notes if w.isalpha() and w not in reg)
    notes = [w for w in notes if w not in countries]
    core: list[str] = []
    found_industry: set[str] = set()
    numbers: set[str] = set()
    named: list[str] = []  # regions in the name itself (not "(Beijing)" or trailing ones)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        pair = tok + tokens[i + 1] if i + 1 < len(tokens) else ""
        if pair in reg:
            region_found.append(REGION_ALIASES.get(pair, pair))
            named.append(region_found[-1])
            i += 2
            continue
        country = _country(tokens, i, countries)
        if country:
            region_found.append(country[0])
            i += country[1]
            continue
        for n in (3, 2):
            phrase = " ".join(tokens[i:i + n])
            if len(tokens) - i >= n and phrase in ind:
                found_industry.add(phrase)
                i += n
                break
        else:
            match = ORDINAL.match(tok)
            if match:
                numbers.add(str(int(match.group(1))))
            elif tok in ORDINAL_WORDS:
                numbers.add(ORDINAL_WORDS[tok])
            elif tok in ROMAN and i == len(tokens) - 1 and i > 0:
                numbers.add(ROMAN[tok])
            elif (tok in places.counties and i + 1 < len(tokens)
                  and tokens[i + 1] in ("county", "district")):  # "Moyu County"
                region_found.append(tok)
            elif tok in reg and not places.elsewhere(
                    place := countries.get(tok) or REGION_ALIASES.get(tok, tok), named):
                region_found.append(place)
                named.append(place)
            elif tok in ind:
                found_industry.add(tok)
            elif tok in GENERIC:
                legal.add(tok)
            else:
                core.append(tok)
            i += 1
    generic = not core
    if generic:  # "Bank of Lanzhou": the region and industry words are the name
        legal_words = {w for phrase in legal for w in phrase.split()}
        core = _places_as_keys([
            REGION_ALIASES.get(t, t) for i, t in enumerate(original)
            if i not in ethnic and t not in GENERIC and not ORDINAL.match(t)
            and t not in ORDINAL_WORDS
            and t not in legal_words
            and t not in ("branch", "sub", "office", "representative")], countries)
    core = _merge_syllables(core)
    key = "".join(core)
    loose_key = loose(key)
    spoken = _spoken(core) if core and not generic else None
    starts, offset = {0}, 0
    for word in core:
        offset += len(loose(word))
        starts.add(offset)
    glossary = brands().latin
    windows = {"".join(core[i:j]) for i in range(len(core)) for j in range(i + 1, i + 4)}
    found_brands = {w for w in windows if w in glossary}
    runs = _runs(original, _normalized(written, translate=False)) + _pinyin_runs(core)
    # "(MCF)" after "Mechanical Construction Factory" abbreviates the name itself: an
    # acronym of it, not a word of its own
    own = {initials for initials, _ in runs}
    notes = [w for w in notes if w not in own]
    # (a generic name's region is its name: "Urumqi Municipal PSB", "Bank of Lanzhou")
    weighed = (set(core) | found_industry | {w for w in notes if w.isalpha()}) - (
        set() if generic else set(region_found))
    compounds = _compounds(original)
    readings = _readings(core) if not generic else ()
    spellings = tuple((w, found) for w in core if (found := brand_readings(w)))
    return Prepared(
        spellings=spellings, spelling_keys=frozenset(r for _, found in spellings for r in found),
        readings=readings, glosses=frozenset(
            w for _, options in readings for parts in options for part in parts
            for _, found in part for w in found),
        compounds=compounds, compound_keys=frozenset(c[0] for c in compounds),
        sequence=tuple(original), runs=runs, run_keys=frozenset(r[0] for r in runs),
        shorts=frozenset(w for w in core if 2 <= len(w) <= 5 and w.isalpha()
                         and not is_syllable(w) and w not in GENERIC),
        weights=tuple(sorted((w, word_weight(w)) for w in weighed)),
        weighed=frozenset(weighed),
        text=original_text, script="latin", core=tuple(core), core_key=loose_key,
        full_syllables=(), tokens=frozenset(core) | frozenset(found_industry)
        | frozenset(region_found) | frozenset(w for w in notes if w not in reg),
        regions=frozenset(region_found),
        industry=frozenset(found_industry), legal=frozenset(legal),
        numbers=frozenset(numbers), branch=branch, brands=frozenset(found_brands),
        joined=joined, generic=generic, pinyin=loose_key, skeleton=skeleton(loose_key),
        raw_key=key, starts=frozenset(starts),
        heads=frozenset(loose_key[i:i + n] for n in (1, 2) for i in range(len(loose_key))),
        acronyms=acronyms, pinyin_like=spoken is not None,
        syllables=spoken or ())

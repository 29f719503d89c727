"""The prepared form of one organization name, computed once and compared many times."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, eq=False)
class Prepared:
    """An organization name split into the parts that matter for matching.

    Compared by identity: :func:`fusionwatch.resolve.normalize.prepare` caches one
    instance per distinct name, so pair-level memos can key on it cheaply. The last
    fields (``syllable_text`` on) only serve speed and are filled by ``prepare`` (through
    :func:`fusionwatch.resolve.normalize.shared.share`): score only names it returns.

    Attributes:
        text: the name as given.
        script: ``"latin"`` or ``"han"``.
        core: the distinctive words (trade name) in order; for Han names the trade name.
        core_key: ``core`` joined with no spaces, loosely romanized for Latin names.
        syllables: pinyin syllables of a Han trade name (empty for Latin names).
        full_syllables: pinyin of the trade name followed by its industry words.
        tokens: every normalized word, for overlap measures.
        regions: region keys in pinyin (``hangzhou``, ``china``).
        industry: industry phrases (Latin) or, for Han names, one tuple of English
            alternatives per industry word.
        legal: legal forms and generic words found (``company limited``, ``group``).
        numbers: numbers in the name (``13`` for 第十三研究所 or "13th").
        branch: whether the name is a branch (分公司, "Beijing Branch").
        brands: glossary keys the name contains (English brand keys, lower case).
        generic: the name has no distinctive word; ``core`` then holds its other words.
        pinyin: loose key of the trade name: pinyin (Han) or ``core`` (Latin) joined.
        loose_syllables: loose keys of ``syllables``; ``loose_full`` of ``full_syllables``.
        skeleton: consonant skeleton of ``pinyin``.
        initials: first letters of ``syllables``; ``full_initials`` of ``full_syllables``.
        raw_key: ``core`` joined with no spaces, as spelled.
        trade_words: (length, English words) of each word of a Han trade name that the
            meanings table translates (三星 -> (1, {three}), (1, {star})).
        meanings: all English words of ``trade_words``.
        options: per trade-name character, the (loose Latin string, characters explained)
            it may be written as: pinyin, brand spellings ("sino" for 中), translations.
        heads: first two letters of every ``options`` string (Han) or every one- and
            two-letter substring of ``core_key`` (Latin): a quick test for any overlap.
        acronyms: pinyin initials a Latin name could abbreviate a Han name to ("ght").
        pinyin_like: every distinctive Latin word reads as pinyin ("Huatie", "Tianlong").
        starts: offsets in ``core_key`` where a Latin word begins.
        joined: every normalized word joined with no spaces (Han: the cleaned name).
        weights: (word, distinctiveness in list names) of each trade-name and industry
            word of a Latin name, regions left out (see ``resources.word_weight``).
        weighed: the words of ``weights``.
        syllable_text: ``syllables`` joined by spaces.
        skeleton_head: first letter of ``pinyin`` if ``skeleton`` has two letters or more.
        provinces: the provinces of ``regions`` (``Regions.nested`` as two set tests).
        industry_words: every English alternative of a Han name's ``industry``.
        syllable_codes: ``syllables`` as one character per distinct syllable (a
            comparison of strings is faster than one of tuples).
        head_bits: the heads a Han name's spelling may begin with, as an integer (one bit
            per distinct head): ``heads`` (Han) or those at a word start (Latin, where
            the spelling must begin); ``han.head_bits & latin.head_bits`` is 0 when no
            spelling can begin the Latin name (faster than a set test).
        option_texts: the strings of ``options``, one tuple per character (Han).
        token_bits: ``tokens`` as 256 bits, one per word chosen by its hash (Latin): two
            names whose bits do not meet share no word (bits that meet may still be two
            words: check the sets). ``evidence_bits``: the same of ``meanings`` and
            ``acronyms`` (Han). Like ``syllable_codes``, valid within one process.
        word_starts: ``starts`` before the end of ``core_key``, in order (Latin).
        sequence: every normalized word of a Latin name, in order (legal forms too).
        shorts: trade-name words of a Latin name that may abbreviate words of another
            name ("CRI" in "JSC CRI Burevestnik"): 2 to 5 letters, not pinyin.
        runs: (initials, words) of each run of 2 to 6 consecutive words of the name
            (as normalized, or as written before translation) a short word could stand
            for ("cri", "central research institute"); ``run_keys``: their initials.
        compounds: (joined, words) of each run of 2 or 3 consecutive words of
            ``sequence`` that another name may write as one ("buybest", ("buy", "best"));
            ``compound_keys``: the joined words.
        readings: (word, options) of each trade-name word of a Latin name that reads as
            pinyin of Han words with English meanings ("yinhe": 银河, galaxy); each option
            is one split of the word's syllables into Han words, a part per Han word, and
            each part the (Han word, English words) its syllables may be;
            ``glosses``: every English word of ``readings``.
        spellings: (word, pinyin) of each trade-name word of a Latin name that may be a
            brand spelling of pinyin ("kingfa", ("jinfa",)); see ``pinyin.brand_readings``;
            ``spelling_keys``: every pinyin of ``spellings``.
        short_bits, run_bits: ``shorts`` and ``run_keys`` as bits like ``token_bits``
            (Latin); ``read_bits``: the same of ``compound_keys``, ``glosses`` and
            ``spelling_keys``, the words another name's tokens must meet for this one to
            be read in them: they rule out most pairs with nothing to read by four ANDs.
    """

    text: str
    script: str
    core: tuple[str, ...]
    core_key: str
    syllables: tuple[str, ...]
    full_syllables: tuple[str, ...]
    tokens: frozenset[str]
    regions: frozenset[str]
    industry: frozenset[str] | tuple[tuple[str, ...], ...]
    legal: frozenset[str]
    numbers: frozenset[str]
    branch: bool
    brands: frozenset[str]
    joined: str
    generic: bool = False
    pinyin: str = ""
    loose_syllables: tuple[str, ...] = ()
    loose_full: tuple[str, ...] = ()
    skeleton: str = ""
    initials: str = ""
    full_initials: str = ""
    raw_key: str = ""
    trade_words: tuple[tuple[int, frozenset[str]], ...] = ()
    meanings: frozenset[str] = frozenset()
    starts: frozenset[int] = frozenset({0})
    pinyin_like: bool = False
    acronyms: frozenset[str] = frozenset()
    options: tuple[tuple[tuple[str, int], ...], ...] = ()
    heads: frozenset[str] = frozenset()
    weights: tuple[tuple[str, float], ...] = ()
    weighed: frozenset[str] = frozenset()
    syllable_text: str = ""
    skeleton_head: str = ""
    provinces: frozenset[str] = frozenset()
    industry_words: frozenset[str] = frozenset()
    syllable_codes: str = ""
    head_bits: int = 0
    option_texts: tuple[tuple[str, ...], ...] = ()
    word_starts: tuple[int, ...] = ()
    token_bits: int = 0
    evidence_bits: int = 0
    sequence: tuple[str, ...] = ()
    shorts: frozenset[str] = frozenset()
    runs: tuple[tuple[str, tuple[str, ...]], ...] = ()
    run_keys: frozenset[str] = frozenset()
    compounds: tuple[tuple[str, tuple[str, ...]], ...] = ()
    compound_keys: frozenset[str] = frozenset()
    short_bits: int = 0
    run_bits: int = 0
    readings: tuple[tuple[str, tuple[tuple[tuple[tuple[str, frozenset[str]], ...], ...], ...]],
                    ...] = ()
    glosses: frozenset[str] = frozenset()
    spellings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    spelling_keys: frozenset[str] = frozenset()
    read_bits: int = 0

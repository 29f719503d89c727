"""The public matching API: compare two organization records, get keys for search.

    >>> a = NameRecord(("杭州海康威视数字技术股份有限公司",))
    >>> b = NameRecord(("Hangzhou Hikvision Digital Technology Co., Ltd.",))
    >>> compare(a, b).match
    True
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any, ClassVar

from fusionwatch.resolve.algorithms import ALGORITHMS
from fusionwatch.resolve.blocking import prepared_keys
from fusionwatch.resolve.features import Note, note_text
from fusionwatch.resolve.normalize import prepare, split_aliases
from fusionwatch.resolve.normalize.countries import countries_conflict
from fusionwatch.resolve.normalize.identifiers import compare_identifiers
from fusionwatch.resolve.normalize.types import Prepared


@dataclass(frozen=True)
class NameRecord:
    """An organization as matching sees it: names, countries, identifiers (USCC, LEI)."""

    names: tuple[str, ...]
    countries: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()

    # The prepared names, the only one of them if there is one, and the epoch they were
    # prepared in, once compare() has prepared them (see _names_of): stored in the
    # instance dict, so not fields (no part of equality, hash or repr). Attributes, not
    # one tuple: scoring a pair of one-name records reads no other object of them.
    _names: ClassVar[tuple[Prepared, ...]] = ()
    _name: ClassVar[Prepared | None] = None
    _epoch: ClassVar[object] = None

    def __getstate__(self) -> dict[str, Any]:
        """The fields only: pickled records (Spark broadcasts them) leave the cache out."""
        return {field.name: getattr(self, field.name) for field in fields(self)}


@dataclass(frozen=True, slots=True)
class MatchResult:
    """A match probability, the decision at the default threshold, and why."""

    score: float
    match: bool
    explanation: str
    features: dict[str, float]


class _Explanation:
    """``MatchResult.explanation``, joined from the notes on first read.

    compare() stores its list of notes in the field's slot instead of the text: most
    pairs of a bulk run are never explained, and joining the notes (formatting those
    with values, see :data:`fusionwatch.resolve.features.Note`) is a measurable part of
    scoring one. Reading the field joins them with "; " and keeps the text.
    """

    def __init__(self, slot: Any) -> None:
        self._get, self._set = slot.__get__, slot.__set__

    def __get__(self, result: MatchResult | None, owner: type | None = None) -> Any:
        if result is None:
            return self
        value = self._get(result)
        if type(value) is list:  # notes stored by compare(), not joined yet
            value = "; ".join(map(note_text, value))
            self._set(result, value)
        return value

    def __set__(self, result: MatchResult, value: str) -> None:
        self._set(result, value)


# The field reads through _Explanation from now on (its __init__, equality, repr too).
MatchResult.explanation = _Explanation(MatchResult.__dict__["explanation"])  # type: ignore[misc,assignment]


class _Draft:
    """A MatchResult being built: the same slots, not frozen.

    A frozen dataclass's fields are set through ``object.__setattr__`` or the slot
    descriptors, a call each (together some 3% of the time of a pair); compare() writes
    the four slots of a draft directly and then makes it a MatchResult, which Python
    allows between classes with the same slots (``__class__`` assignment).
    """

    __slots__ = ("score", "match", "explanation", "features")
    score: float
    match: bool
    explanation: str | list[Note]
    features: dict[str, float]


if _Draft.__slots__ != MatchResult.__slots__:
    raise TypeError("_Draft must have the slots of MatchResult")


def _result(score: float, match: bool, explanation: str | list[Note],
            features: dict[str, float]) -> MatchResult:
    """``MatchResult(score, match, explanation, features)``, built faster; ``explanation``
    may be the list of notes, joined on first read."""
    result: Any = _Draft()
    result.score = score
    result.match = match
    result.explanation = explanation
    result.features = features
    result.__class__ = MatchResult
    return result  # type: ignore[no-any-return]


@lru_cache(maxsize=100_000)
def _prepared(names: tuple[str, ...]) -> tuple[Prepared, ...]:
    out: list[Prepared] = []
    for name in names:
        if name and name.strip():
            out.extend(prepare(alias) for alias in split_aliases(name))
    return tuple(out)


# Replaced by forget_prepared(): names a record kept under an older epoch are stale.
_EPOCH: list[object] = [object()]


def _names_of(record: NameRecord) -> tuple[Prepared, ...]:
    """The prepared names of a record, kept on the record for the next comparison.

    A per-record cache: reading an attribute of the record is cheaper than hashing its
    names for the ``_prepared`` lookup, and a record is usually compared many times.
    """
    epoch = _EPOCH[0]
    if record._epoch is epoch:
        return record._names
    names = _prepared(record.names)
    object.__setattr__(record, "_names", names)
    object.__setattr__(record, "_name", names[0] if len(names) == 1 else None)
    object.__setattr__(record, "_epoch", epoch)  # last: the names are set when it matches
    return names


def forget_prepared() -> None:
    """Prepare every name again on next use (after the brand glossary changed)."""
    prepare.cache_clear()
    _prepared.cache_clear()
    _EPOCH[0] = object()


def compare(a: NameRecord, b: NameRecord, algorithm: str = "fw-1") -> MatchResult:
    """Compare two records: the best-matching pair of names, then identifiers and countries."""
    algo = ALGORITHMS.get(algorithm)
    if algo is None:
        raise ValueError(f"unknown algorithm {algorithm!r}; known: {sorted(ALGORITHMS)}")
    epoch = _EPOCH[0]  # (records compared before keep their prepared names: _names_of)
    if a._epoch is not epoch:
        _names_of(a)
    if b._epoch is not epoch:
        _names_of(b)
    best: tuple[float, dict[str, float], list[Note]] | None = None
    name_a, name_b = a._name, b._name
    if name_a is not None and name_b is not None:
        best = algo.name_logit(name_a, name_b)
    else:
        found = _best(a._names, b._names, algo)
        best = found[0] if found is not None else None
    logit, features, notes = best if best is not None else (-10.0, {}, ["no names"])
    if a.identifiers and b.identifiers:
        score, note = compare_identifiers(a.identifiers, b.identifiers)
        if score:
            features = {**features, "identifier": score}
            logit += algo.IDENTIFIER_MATCH if score > 0 else algo.IDENTIFIER_CONFLICT
            notes = [*notes, note]
    if a.countries and b.countries and countries_conflict(a.countries, b.countries):
        features = {**features, "country_conflict": 1.0}
        logit += algo.COUNTRY_CONFLICT
        notes = [*notes, "countries differ"]
    probability = algo.probability(logit)
    return _result(probability, probability >= algo.threshold(), notes, features)


def _best(names_a: tuple[Prepared, ...], names_b: tuple[Prepared, ...], algo: Any
          ) -> tuple[tuple[float, dict[str, float], list[Note]], Prepared, Prepared] | None:
    """The best-scoring pair of names, one of each side, with its ``name_logit``."""
    best: tuple[tuple[float, dict[str, float], list[Note]], Prepared, Prepared] | None = None
    for pa in names_a:
        for pb in names_b:
            result = algo.name_logit(pa, pb)
            if best is None or result[0] > best[0][0]:
                best = (result, pa, pb)
    return best


def best_names(a: NameRecord, b: NameRecord,
               algorithm: str = "fw-1") -> tuple[Prepared, Prepared] | None:
    """The pair of names, one of each record, that :func:`compare` scores the two by."""
    found = _best(_names_of(a), _names_of(b), ALGORITHMS[algorithm])
    return None if found is None else (found[1], found[2])


def blocking_keys(record: NameRecord) -> set[str]:
    """Blocking keys of a record: records sharing no key are never compared."""
    keys: set[str] = set()
    for name in _names_of(record):
        keys |= prepared_keys(name)
    return keys


def normalize_for_search(text: str) -> set[str]:
    """Search keys of a query or a name, so 海康威视 / "hikvision" / "HANGZHOU HIKVISION
    DIGITAL TECH" find the same entity (brand, trade-name pinyin and word keys)."""
    keys: set[str] = set()
    for alias in split_aliases(text):
        name = prepare(alias)
        keys |= {f"b:{b}" for b in name.brands}
        if name.script == "han":
            keys.add(f"c:{name.pinyin}")
            keys.add(f"h:{name.core_key}")
        elif name.core_key:
            keys.add(f"c:{name.core_key}")
    keys.discard("c:")
    return keys

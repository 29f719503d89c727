"""The one-pass ``fw-1`` scorer agrees exactly with the reference feature functions.

:mod:`fusionwatch.resolve.algorithms.fw1_fast` computes each route's features in one pass
and :mod:`fusionwatch.resolve.normalize.shared` shares equal parts of prepared names; both
are optimizations only. Checked on real names (bundled lists, procurement notices) paired
as name/alias, at random and by a shared word, and on arbitrary text: same log-odds,
feature scores and explanations as calling each feature of the route in turn.
"""

from __future__ import annotations

import json
import math
import pickle
import random
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fusionwatch.resolve.algorithms import fw1, fw1_fast
from fusionwatch.resolve.compare import MatchResult, NameRecord, _names_of, _result, compare
from fusionwatch.resolve.features import names, note_text, xscript
from fusionwatch.resolve.normalize import is_han, prepare, shared, split_aliases
from fusionwatch.resolve.normalize.chinese import prepare_han
from fusionwatch.resolve.normalize.latin import prepare_latin
from fusionwatch.resolve.normalize.resources import regions
from fusionwatch.resolve.normalize.types import Prepared

DATA = Path(__file__).resolve().parents[2] / "data"


def _list_names() -> tuple[list[str], list[tuple[str, str]]]:
    names: list[str] = []
    aliases: list[tuple[str, str]] = []
    for path in sorted((DATA / "lists").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        for entity in data.get("entities", []):
            if isinstance(entity, dict) and isinstance(entity.get("name"), str):
                names.append(entity["name"])
                for alias in entity.get("aliases") or []:
                    if isinstance(alias, str):
                        names.append(alias)
                        aliases.append((entity["name"], alias))
    return names, aliases


def _notice_names() -> list[str]:
    names: list[str] = []
    path = DATA / "notices_labels.jsonl"
    if not path.is_file():
        return names
    for line in path.read_text(encoding="utf-8").splitlines():
        notice = json.loads(line)
        names += [notice[k] for k in ("buyer", "agency") if isinstance(notice.get(k), str)]
        names += [a["supplier"] for a in notice.get("awards") or []
                  if isinstance(a, dict) and isinstance(a.get("supplier"), str)]
    return names


def _pairs() -> list[tuple[str, str]]:
    listed, aliases = _list_names()
    rng = random.Random(20261127)
    names = sorted({n for n in listed + _notice_names() if n.strip()})
    names = rng.sample(names, min(3000, len(names)))
    han = [n for n in names if is_han(n)]
    latin = [n for n in names if not is_han(n)]
    by_word: dict[str, list[str]] = {}
    for name in latin:
        for word in name.lower().split()[:3]:
            by_word.setdefault(word, []).append(name)
    groups = [g for g in by_word.values() if len(g) >= 2]
    pairs = rng.sample(aliases, min(1500, len(aliases)))
    pairs += [(rng.choice(names), rng.choice(names)) for _ in range(3000)]
    pairs += [(rng.choice(han), rng.choice(latin)) for _ in range(2000) if han and latin]
    pairs += [(rng.choice(han), rng.choice(han)) for _ in range(500) if han]
    pairs += [tuple(rng.sample(g, 2)) for g in rng.choices(groups, k=2000)]  # type: ignore[misc]
    return pairs


def _prepared(text: str) -> list[Prepared]:
    return [prepare(alias) for alias in split_aliases(text) if alias.strip()]


def _same(a: Prepared, b: Prepared) -> None:
    fast = fw1.name_logit(a, b)
    reference = fw1.reference_logit(a, b)
    assert fast[:2] == reference[:2], (a.text, b.text)
    assert type(fast[0]) is type(reference[0])  # noqa: E721
    # the fast scorer may leave notes to format (features.Note); the reference formats
    assert all(type(note) is str for note in reference[2])
    assert [note_text(note) for note in fast[2]] == reference[2], (a.text, b.text)


def test_every_route_takes_the_fast_path() -> None:
    for kind in ("latin", "xscript", "han"):
        assert fw1._fast(kind) is not fw1.reference_logit, kind
        assert tuple(name for _, name, _ in fw1._compiled(kind)[1]) == fw1_fast.ORDER[kind]


def test_fast_path_equals_reference_features_on_real_names() -> None:
    kinds: set[str] = set()
    for one, two in _pairs():
        for a in _prepared(one):
            for b in _prepared(two):
                kinds.add(fw1.route(a, b)[0])
                _same(a, b)
                _same(b, a)
    assert kinds == {"latin", "xscript", "han"}


def test_coverage_walk_equals_the_reference_walk() -> None:
    names = [p for one, two in _pairs() for p in _prepared(one) + _prepared(two)]
    han = [p for p in names if p.options][:500]
    latin = [p for p in names if p.script == "latin" and p.core_key]
    rng = random.Random(11)
    for h in han:
        for lat in rng.sample(latin, 20) + [p for p in latin if p.heads & h.heads][:20]:
            assert fw1_fast._coverage(h.options, h.option_texts, lat.core_key,
                                      lat.word_starts) == xscript._coverage(h, lat)


def test_spelling_look_ups_equal_the_word_by_word_tests() -> None:
    names_ = [p for one, two in _pairs()[:4000] for p in _prepared(one) + _prepared(two)]
    words = sorted({w for p in names_ for w in p.core + tuple(p.weighed)})
    words += ["spektrum", "tsiklon", "kristall", "malakhit", "raiz", "sino", "hongta"]
    rng = random.Random(12)
    for other in rng.sample(names_, 1500) + [prepare("Spectrum Cyclone Kristal Malachite")]:
        for word in rng.sample(words, 15) + ["spektrum", "tsiklon", "kristall", "malakhit"]:
            assert fw1_fast._spelled_in(word, other) == any(
                names.spelled_alike(word, v) for v in other.core), (word, other.text)
            if len(word) > 4:
                assert fw1_fast._alike_in(word, other) == names._alike(word, other.weighed)


_WORDS = ["Hangzhou", "Hikvision", "Digital", "Technology", "Co.", "Ltd", "Institute", "13th",
          "14", "Research", "Branch", "Zhongying", "Sino", "Huatie", "Dahua", "Uniview",
          "Group", "Beijing", "Bank of", "Kapital", "Element", "IBM", "(CETC 14)", "Sugon",
          "Dawning", "Information", "University", "Academy", "Shanghai", "Fudan", "a.k.a."]
_HAN = list("杭州海康威视数字技术股份有限公司北京分中国电子科集团"
            "第十三研究所大华宁波银行东方三星金")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=6), st.lists(st.sampled_from(_WORDS),
       max_size=6), st.text(st.sampled_from(_HAN), max_size=14), st.text(max_size=12))
def test_fast_path_equals_reference_on_arbitrary_text(
        one: list[str], two: list[str], han: str, noise: str) -> None:
    texts = [" ".join(one), " ".join(two), han, han + " ".join(two), " ".join(one) + noise,
             noise]
    prepared = [p for text in texts if text.strip() for p in _prepared(text)]
    for a in prepared:
        for b in prepared:
            _same(a, b)


# filled by share() only
_DERIVED = {"syllable_text", "skeleton_head", "provinces", "industry_words", "syllable_codes",
            "head_bits",
            "option_texts", "word_starts", "token_bits", "evidence_bits", "short_bits",
            "run_bits", "read_bits"}


def test_word_bits_rule_out_only_pairs_with_nothing_to_read() -> None:
    from fusionwatch.resolve.features.names import to_read

    names = [p for one, two in _pairs()[:1500] for p in _prepared(one) + _prepared(two)
             if p.script == "latin"]
    rng = random.Random(7)
    pairs = [(rng.choice(names), rng.choice(names)) for _ in range(20_000)]
    pairs += list(zip(names, names[1:], strict=False))
    readable = 0
    for a, b in pairs:
        bits = (a.short_bits & b.run_bits or b.short_bits & a.run_bits
                or a.read_bits & b.token_bits or b.read_bits & a.token_bits)
        if to_read(a, b):
            readable += 1
            assert bits, (a.text, b.text)
    assert readable  # the test saw pairs to read


def test_shared_names_keep_their_values() -> None:
    names, _ = _list_names()
    sample = random.Random(5).sample(sorted(set(names + _notice_names())), 800)
    for text in sample:
        for alias in split_aliases(text):
            shared = prepare(alias)
            plain = prepare_han(alias) if is_han(alias) else prepare_latin(alias)
            for field in fields(Prepared):
                if field.name not in _DERIVED:
                    assert getattr(shared, field.name) == getattr(plain, field.name), field.name
            assert shared.syllable_text == " ".join(plain.syllables)
            assert len(shared.syllable_codes) == len(plain.syllables)
            assert shared.skeleton_head == (
                plain.pinyin[0] if len(plain.skeleton) >= 2 else "")
            industry = plain.industry if isinstance(plain.industry, tuple) else ()
            assert shared.industry_words == {alt for alts in industry for alt in alts}
            assert shared.option_texts == tuple(tuple(t for t, _ in o) for o in plain.options)
            assert shared.word_starts == tuple(sorted(
                s for s in plain.starts | {0} if s < len(plain.core_key)))
            province = regions().province
            assert shared.provinces == {province[r] for r in plain.regions if r in province}


def test_head_bits_overlap_exactly_when_a_spelling_may_begin(
        monkeypatch: pytest.MonkeyPatch) -> None:
    names = [p for one, two in _pairs()[:3000] for p in _prepared(one) + _prepared(two)]
    han = [p for p in names if p.script == "han"]
    latin = [p for p in names if p.script == "latin"]
    rng = random.Random(3)
    for h, lat in zip(han, rng.sample(latin, len(han)), strict=True):
        begins = {lat.core_key[s:s + n] for s in lat.word_starts for n in (1, 2)}
        assert bool(h.head_bits & lat.head_bits) == (not h.heads.isdisjoint(begins))
        if not h.head_bits & lat.head_bits:
            assert xscript._coverage(h, lat) == (0.0, 0.0)
    # past the table's limit new heads share one bit: overlaps may be false, never missed
    known = prepare("Abbott")
    monkeypatch.setattr(shared, "HEAD_LIMIT", len(shared._HEADS))
    one = shared._head_bits(frozenset({"\u0100", known.core_key[:2]}))
    assert one & known.head_bits and one & shared._head_bits(frozenset({"\u0100"}))
    assert one & shared._head_bits(frozenset({"\u0101"}))  # a false overlap


def test_word_bits_meet_when_words_are_shared() -> None:
    names = [p for one, two in _pairs()[:3000] for p in _prepared(one) + _prepared(two)]
    han = [p for p in names if p.script == "han" and (p.meanings or p.acronyms)][:300]
    latin = [p for p in names if p.script == "latin"][:300]
    met = 0
    for h in han:
        for other in latin:
            if not (h.meanings | h.acronyms).isdisjoint(other.tokens):
                assert h.evidence_bits & other.token_bits
                met += 1
    assert met and 0 < prepare("Panda Electronics").token_bits < 1 << 256


def test_syllable_codes_stand_for_syllables() -> None:
    names = [prepare(text) for text in ("常州长青科技股份有限公司", "Zhongying Technology",
                                        "Changzhou Changqing", "Huatie", "TCL科技集团")]
    pairs = {cs for p in names for cs in zip(p.syllable_codes, p.syllables, strict=True)}
    assert len(pairs) == len({c for c, _ in pairs}) == len({s for _, s in pairs}) > 5


@pytest.mark.parametrize("logit", [-math.inf, -31.0, -30.0, -1.5, 0.0, 2.25, 30.0, 30.5,
                                   math.inf])
def test_probability_is_the_clamped_logistic(logit: float) -> None:
    expected = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))
    assert fw1.probability(logit) == expected


def test_result_is_a_plain_match_result() -> None:
    built = _result(0.25, False, "x; y", {"f": 1.0})
    assert built == MatchResult(score=0.25, match=False, explanation="x; y",
                                features={"f": 1.0})
    result = compare(NameRecord(("Hikvision",)), NameRecord(("杭州海康威视数字技术股份有限公司",)))
    assert type(result) is MatchResult and result.match
    assert repr(result).startswith("MatchResult(score=")


def test_notes_format_on_demand() -> None:
    assert note_text("regions differ") == "regions differ"
    assert note_text(("{} spelled in {} {:.2f}", "中矿", "sinomine", 0.625)) == (
        "中矿 spelled in sinomine 0.62")
    lazy = _result(0.5, True, ["xscript", ("{}/{} industry words translated", 1, 2)], {})
    assert lazy.explanation == "xscript; 1/2 industry words translated"


def test_explanation_joined_on_first_read_equals_the_eager_one() -> None:
    lazy = _result(0.25, False, ["xscript", "regions differ"], {"region_conflict": 1.0})
    eager = MatchResult(0.25, False, "xscript; regions differ", {"region_conflict": 1.0})
    assert lazy.explanation == "xscript; regions differ" == eager.explanation
    assert type(lazy.explanation) is str and lazy.explanation is lazy.explanation
    assert _result(0.25, False, ["xscript", "regions differ"], {"region_conflict": 1.0}) == eager
    assert repr(_result(0.5, True, ["a", "b"], {})) == repr(MatchResult(0.5, True, "a; b", {}))
    assert pickle.loads(pickle.dumps(_result(0.5, True, ["a", "b"], {}))).explanation == "a; b"
    with pytest.raises(AttributeError):
        lazy.explanation = "changed"  # type: ignore[misc]
    for one, two in _pairs()[:2000]:
        a, b = NameRecord((one,), ("CN",)), NameRecord((two,), ("US",), ("LEI",))
        names = [fw1.reference_logit(x, y) for x in _names_of(a) for y in _names_of(b)]
        notes = max(names, key=lambda r: r[0])[2] if names else ["no names"]
        assert compare(a, b).explanation == "; ".join([*notes, "countries differ"])


def test_records_keep_their_prepared_names_out_of_sight() -> None:
    record = NameRecord(("Hikvision", "杭州海康威视数字技术股份有限公司"), ("CN",))
    fresh = NameRecord(("Hikvision", "杭州海康威视数字技术股份有限公司"), ("CN",))
    first = _names_of(record)
    assert _names_of(record) is first and [p.text for p in first] == list(record.names)
    one = NameRecord(("Hikvision",))
    assert record._name is None and _names_of(one)[0] is one._name is prepare("Hikvision")
    assert compare(record, fresh) == compare(fresh, record)
    assert record == fresh and hash(record) == hash(fresh) and repr(record) == repr(fresh)
    assert "_names" in record.__dict__
    assert pickle.loads(pickle.dumps(record)).__dict__ == {  # Spark broadcasts records
        "names": record.names, "countries": ("CN",), "identifiers": ()}

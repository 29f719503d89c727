"""Blocking keys and the candidate-pair generator."""

from __future__ import annotations

import json
from pathlib import Path

from fusionwatch.resolve.blocking import candidate_pairs, name_keys

LISTS = Path(__file__).resolve().parents[2] / "data" / "lists"


def test_keys_cross_script() -> None:
    han = name_keys("杭州海康威视数字技术股份有限公司")
    assert han & name_keys("Hikvision")
    assert han & name_keys("HANGZHOU HIKVISION DIGITAL TECH CO")
    assert name_keys("浙江大华技术股份有限公司") & name_keys("Dahua Technology")


def test_a_brand_spelling_or_translation_of_the_trade_name_shares_a_key() -> None:
    # 金发 spelled "King" + "fa", 九号 translated "Nine": no pinyin key meets them
    for han, latin in (("金发科技股份有限公司", "Kingfa Sci.&Tech. Co.,Ltd."),
                       ("九号有限公司", "Ninebot Limited")):
        shared = name_keys(han) & name_keys(latin)
        assert {k for k in shared if k.startswith("s:")}, shared


def test_candidate_pairs_finds_pairs_without_all_vs_all() -> None:
    records = [["Hangzhou Hikvision Digital Technology Co., Ltd."], ["Zhejiang Uniview"],
               ["海康威视"], ["Dahua Technology"], ["浙江大华技术股份有限公司"]]
    pairs = set(candidate_pairs(records))
    assert (0, 2) in pairs and (3, 4) in pairs
    assert all(i < j for i, j in pairs)


def test_frequent_keys_are_capped() -> None:
    records = [[f"Shenzhen Foo{i} Technology"] for i in range(50)]
    assert len(set(candidate_pairs(records, max_block=10))) < 50 * 49 // 2


def test_bundled_entity_list_recall_of_aliases() -> None:
    data = json.loads((LISTS / "bis_entity_list.json").read_text(encoding="utf-8"))
    entries = [e for e in data["entities"] if e.get("aliases") and e.get("country") == "China"]
    entries = entries[:200]
    records = [[e["name"]] for e in entries] + [[e["aliases"][0]] for e in entries]
    pairs = set(candidate_pairs(records))
    n = len(entries)
    found = sum(1 for i in range(n) if (i, i + n) in pairs)
    assert found / n > 0.3
    assert len(pairs) < (2 * n) * (2 * n - 1) // 2 // 10

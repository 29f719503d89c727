"""Search uses the matcher's normalization: any script, any spelling, same entity."""

from __future__ import annotations

import pytest
from conftest import LISTS

from fusionwatch.analyze.search import search
from fusionwatch.resolve.run import index_new
from fusionwatch.sources import get_source
from fusionwatch.store.ingest import ingest
from fusionwatch.store.store import Store


@pytest.fixture
def lists_store(store: Store) -> Store:
    ingest(store, get_source("bis_entity_list"), [LISTS / "bis_entity_list.json"])
    ingest(store, get_source("us_lists"), [LISTS / "dow_1260h.json"])
    index_new(store)
    return store


@pytest.mark.parametrize("query", ["海康威视", "hikvision", "HANGZHOU HIKVISION DIGITAL TECH",
                                   "杭州海康威视数字技术股份有限公司"])
def test_hikvision_in_any_script(lists_store: Store, query: str) -> None:
    hits = search(lists_store, query, limit=3)
    top = {h.entity_id for h in hits[:2]}
    names = {h.name for h in hits[:2]}
    assert names == {"Hangzhou Hikvision Digital Technology Co., Ltd."}, hits
    assert {h.dataset for h in hits[:2]} == {"bis_entity_list", "dow_1260h"}
    assert len(top) == 2


def test_search_does_not_return_the_sibling(lists_store: Store) -> None:
    hits = search(lists_store, "浙江大华技术股份有限公司", limit=5)
    assert hits and all("Hikvision" not in h.name for h in hits)
    assert "Dahua" in hits[0].name


def test_index_new_is_incremental(lists_store: Store) -> None:
    assert index_new(lists_store) == 0
    ingest(lists_store, get_source("us_lists"), [LISTS / "fcc_covered.json"])
    assert 0 < index_new(lists_store) < 100
    assert any(h.dataset == "fcc_covered" for h in search(lists_store, "海康威视"))


@pytest.mark.parametrize(("query", "listed"), [
    # a buyer's name in a procurement notice, and the bureau on the Entity List: a name
    # of place and kind alone has no trade-name key, its region-and-kind key finds it
    ("喀什地区公安局", "Kashgar Prefecture Public Security Bureau"),
    ("伊犁哈萨克自治州公安局", "Yili Kazakh Autonomous Prefecture Public Security Bureau"),
    ("石河子市公安局", "Shihezi Municipality Public Security Bureau"),
])
def test_chinese_name_of_a_listed_bureau(lists_store: Store, query: str, listed: str) -> None:
    hits = search(lists_store, query, limit=3)
    assert hits and hits[0].name == listed, hits
    assert hits[0].dataset == "bis_entity_list" and hits[0].score > 0.9
    # and no company whose brand merely sounds like the bureau's kind (gong an ju)
    assert all(h.score < 0.5 or "Public Security" in h.name for h in hits), hits

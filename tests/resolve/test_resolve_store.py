"""Resolution over a real store: merges across lists, judgements that last, engines agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import LISTS

from fusionwatch.resolve.engines import LocalEngine
from fusionwatch.resolve.judgements import Judgement, history, judge, retract
from fusionwatch.resolve.run import canonical_of, cluster_members, resolve
from fusionwatch.sources import get_source
from fusionwatch.store.ingest import ingest
from fusionwatch.store.store import Store

SMALL_LISTS = ["dow_1260h.json", "ofac_nscmic.json", "fcc_covered.json"]


def _ingest_small(store: Store) -> None:
    ingest(store, get_source("us_lists"), [LISTS / name for name in SMALL_LISTS])


def _id(store: Store, dataset: str, name: str) -> str:
    value = store.scalar(
        """SELECT entity_id FROM statements WHERE dataset = ? AND prop = 'name' AND value = ?
           AND schema <> 'Sanction'""", [dataset, name])
    assert value is not None, (dataset, name)
    return str(value)


def test_same_company_on_two_lists_is_merged(store: Store) -> None:
    _ingest_small(store)
    resolve(store)
    sensetime_1260h = _id(store, "dow_1260h", "SenseTime Group, Inc.")
    sensetime_nscmic = _id(store, "ofac_nscmic", "Sensetime Group Limited")
    assert canonical_of(store, sensetime_1260h) == canonical_of(store, sensetime_nscmic)
    dahua = _id(store, "dow_1260h", "Zhejiang Dahua Technology Co., Ltd.")
    hikvision = _id(store, "dow_1260h",
                    "Hangzhou Hikvision Digital Technology Co., Ltd.")
    assert canonical_of(store, dahua) != canonical_of(store, hikvision)


def test_different_judgement_splits_and_survives_reingest_and_resolve(
        store: Store, tmp_path: Path) -> None:
    _ingest_small(store)
    resolve(store)
    a = _id(store, "dow_1260h", "SenseTime Group, Inc.")
    b = _id(store, "ofac_nscmic", "Sensetime Group Limited")
    assert b in cluster_members(store, a)
    judge(store, a, b, Judgement.DIFFERENT, "tester", "testing a split")
    resolve(store)
    assert b not in cluster_members(store, a)
    # a newer version of one list: the 1260H file with one entry fewer
    data = json.loads((LISTS / "dow_1260h.json").read_text(encoding="utf-8"))
    dawning = "Dawning Information Industry Co., Ltd."  # alias Sugon
    data["entities"] = [e for e in data["entities"] if e["name"] != dawning]
    data["count"] = len(data["entities"])
    newer = tmp_path / "dow_1260h.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    report = ingest(store, get_source("us_lists"), [newer])
    assert report.datasets[0].removed == 1
    resolve(store)
    assert b not in cluster_members(store, a)
    resolve(store, full=True)
    assert b not in cluster_members(store, a)
    # the judgement is reversible, and its history is kept
    retract(store, a, b)
    resolve(store)
    assert b in cluster_members(store, a)
    assert [e.judgement for e in history(store, a, b)] == [Judgement.DIFFERENT]


def test_same_judgement_joins(store: Store) -> None:
    _ingest_small(store)
    resolve(store)
    a = _id(store, "dow_1260h", "Zhejiang Dahua Technology Co., Ltd.")
    b = _id(store, "fcc_covered", "Hytera Communications Corporation")
    assert canonical_of(store, a) != canonical_of(store, b)
    judge(store, a, b, Judgement.SAME, "tester", "only to test the mechanism")
    resolve(store)
    assert canonical_of(store, a) == canonical_of(store, b)


def test_incremental_resolve_scores_only_new_records(store: Store) -> None:
    ingest(store, get_source("us_lists"), [LISTS / "dow_1260h.json"])
    first = resolve(store)
    assert first.rescored_records == first.records
    ingest(store, get_source("us_lists"), [LISTS / "ofac_nscmic.json"])
    second = resolve(store)
    assert 0 < second.rescored_records < second.records
    again = resolve(store)
    assert again.rescored_records == 0 and again.pairs_scored == 0


def _links(store: Store) -> list[tuple[str, str, float]]:
    return [(a, b, round(s, 9)) for a, b, s in store.rows(
        "SELECT left_id, right_id, score FROM links ORDER BY 1, 2")]




@pytest.mark.parametrize(
    "engine_name", ["local", pytest.param("spark", marks=pytest.mark.spark)])
def test_engines_give_the_same_links(tmp_path: Path, engine_name: str) -> None:
    from fusionwatch.resolve.engines import get_engine

    with Store(tmp_path / "local.duckdb") as reference:
        _ingest_small(reference)
        resolve(reference, engine=LocalEngine())
        expected = _links(reference)
    engine = get_engine(engine_name)
    with Store(tmp_path / "engine.duckdb") as store:
        _ingest_small(store)
        resolve(store, engine=engine)
        assert _links(store) == expected
    assert len(expected) > 10


def test_lists_merge_hikvision_and_keep_numbered_institutes_apart(store: Store) -> None:
    ingest(store, get_source("bis_entity_list"), [LISTS / "bis_entity_list.json"])
    ingest(store, get_source("us_lists"), [LISTS / name for name in
                                           ("dow_1260h.json", "dow_1286.json", "bis_meu.json",
                                            "ofac_nscmic.json", "fcc_covered.json")])
    resolve(store)
    hik_el = _id(store, "bis_entity_list", "Hangzhou Hikvision Digital Technology Co., Ltd.")
    hik_1260h = _id(store, "dow_1260h", "Hangzhou Hikvision Digital Technology Co., Ltd.")
    assert canonical_of(store, hik_el) == canonical_of(store, hik_1260h)
    # no cluster holds two differently numbered institutes (CETC 13th vs 14th, ...)
    number = re.compile(r"\b(\d+)(?:st|nd|rd|th)?\b(?=[^,]*(?:Institute|Academy|Research))")
    clusters: dict[str, set[str]] = {}
    for entity_id, canon in store.rows("SELECT entity_id, canonical_id FROM resolution"):
        names = [r[0] for r in store.rows(
            "SELECT value FROM statements WHERE entity_id = ? AND prop = 'name'", [entity_id])]
        for name in names:
            found = number.search(name)
            if found:
                clusters.setdefault(canon, set()).add(found.group(1))
    mixed = {c: nums for c, nums in clusters.items() if len(nums) > 1}
    assert mixed == {}

"""The JSON-layout lists: bis_entity_list and us_lists, on the bundled files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from srcdata import CSL, LISTS, parse

from fusionwatch.errors import FormatError
from fusionwatch.sources.entity_lists import dataset_name

US_LISTS = sorted(
    p for p in LISTS.glob("*.json") if p.name not in ("lists.json", "bis_entity_list.json")
)


@pytest.fixture(scope="module")
def entity_list() -> tuple[list, object]:
    return parse("bis_entity_list", LISTS / "bis_entity_list.json")


def test_entity_list_reads_every_entry(entity_list) -> None:
    records, report = entity_list
    rep = report.datasets["bis_entity_list"]
    assert rep.rows_read == 3409
    assert rep.persons_dropped == len(rep.dropped_names) > 0
    entities = [r for r in records if r.schema != "Sanction"]
    sanctions = [r for r in records if r.schema == "Sanction"]
    assert len(entities) == len(sanctions) == 3409 - rep.persons_dropped
    assert not [r for r in records if r.schema == "Person"]


def test_hikvision_with_alias_and_federal_register_citations(entity_list) -> None:
    records, _ = entity_list
    name = "Hangzhou Hikvision Digital Technology Co., Ltd."
    (hik,) = [r for r in records if name in r.values("name")]
    assert hik.schema == "Company"
    assert hik.values("alias") == ["Hikvision"]
    assert hik.values("country") == ["China"]
    assert len(hik.values("address")) == 3
    cite = "84 FR 54004, 10/9/19; 85 FR 34505, 6/5/20; 85 FR 44161, 7/22/20"
    assert {f.citation for f in hik.facts} == {cite}
    assert hik.id.startswith("bis-entity-list-")
    (sanction,) = [r for r in records if r.schema == "Sanction" and r.values("entity") == [hik.id]]
    assert sanction.values("program") == ["Entity List"]
    assert sanction.values("sourceUrl")[0].startswith("https://www.ecfr.gov/")
    assert "For all items subject to the EAR" in sanction.values("provisions")[0]
    assert {f.citation for f in sanction.facts} == {cite}


def test_persons_dropped_and_organizations_kept(entity_list) -> None:
    records, report = entity_list
    dropped = set(report.datasets["bis_entity_list"].dropped_names)
    assert {"Abdul Satar Ghoura", "Assadullah Majed", "Kurshid Ghoura"} <= dropped
    names = {n for r in records for n in r.values("name")}
    assert "Afghan-German Construction Company" in names
    assert not names & dropped


def test_ids_are_stable_and_unique_per_name_and_country(entity_list) -> None:
    records, _ = entity_list
    again, _ = parse("bis_entity_list", LISTS / "bis_entity_list.json")
    assert [r.id for r in records] == [r.id for r in again]


def test_inline_aka_split_off_the_name(entity_list) -> None:
    records, _ = entity_list
    (mesbah,) = [r for r in records if r.values("name") == ["Mesbah Energy Company"]]
    assert "MEC" in mesbah.values("alias")


@pytest.mark.parametrize("path", US_LISTS, ids=lambda p: p.stem)
def test_us_lists_one_dataset_per_file(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    records, report = parse("us_lists", path)
    dataset = dataset_name(data["list_id"])
    assert list(report.datasets) == [dataset]
    rep = report.datasets[dataset]
    assert rep.rows_read == data["count"] == len(data["entities"])
    assert all(r.dataset == dataset for r in records)
    assert not [r for r in records if r.schema == "Person"]
    kept = len([r for r in records if r.schema == "Sanction"])
    assert kept + rep.persons_dropped == data["count"]


def test_us_lists_dataset_names() -> None:
    _, report = parse("us_lists", *US_LISTS)
    assert {"dow_1260h", "bis_meu", "dhs_uflpa", "ofac_nscmic", "bis_dpl"} <= set(report.datasets)


def test_count_mismatch_is_a_format_error(tmp_path: Path) -> None:
    data = json.loads((LISTS / "bis_meu.json").read_text(encoding="utf-8"))
    data["count"] += 1
    bad = tmp_path / "bis_meu.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FormatError, match="bis_meu.json.*count"):
        parse("us_lists", bad)


def test_entity_list_source_refuses_another_list() -> None:
    with pytest.raises(FormatError, match="us_lists"):
        parse("bis_entity_list", LISTS / "bis_meu.json")


def test_entity_list_from_the_consolidated_screening_list() -> None:
    records, report = parse("bis_entity_list", CSL / "consolidated_sample_2019.csv")
    assert list(report.datasets) == ["bis_entity_list"]
    rep = report.datasets["bis_entity_list"]
    assert rep.rows_read == 22  # the Entity List rows of the sample only
    names = {n for r in records for n in r.values("name")}
    assert "32 Group China Ltd." in names
    assert "200G PSA HOLDINGS LLC" not in names  # an SDN row
    assert "Gunther Migeotte" in rep.dropped_names
    (group,) = [r for r in records if r.values("name") == ["32 Group China Ltd."]]
    assert {f.citation for f in group.facts} == {"80 FR 69852"}


def test_address_only_listings_are_addresses() -> None:
    records, _ = parse("bis_entity_list", LISTS / "bis_entity_list.json")
    addresses = [r for r in records if r.schema == "Address"]
    names = {r.values("name")[0] for r in addresses}
    assert names == {f"Address {n:02d}" for n in range(1, 19)}  # 01 is listed twice
    assert all(r.values("full") for r in addresses)
    assert not [r for r in records if r.schema != "Address"
                and any(n.startswith("Address 0") for n in r.values("name"))]

"""trade.gov's Consolidated Screening List in both CSV layouts and as JSON."""

from __future__ import annotations

from pathlib import Path

import pytest
from srcdata import CSL, FIXTURES, parse

from fusionwatch.errors import FormatError
from fusionwatch.sources.csl import dataset_for

JSON_SAMPLE = FIXTURES / "csl" / "consolidated_sample_2025.json"


def test_2025_csv_one_dataset_per_list() -> None:
    records, report = parse("csl", CSL / "consolidated_sample_2025.csv")
    assert set(report.datasets) == {
        "csl_isn", "csl_uvl", "csl_meu", "csl_plc", "csl_sdn", "csl_dtc", "csl_dpl",
        "csl_ssi", "csl_fse", "csl_el",
    }
    assert sum(d.rows_read for d in report.datasets.values()) == 13
    # "Individual" rows and the untyped DPL/DTC individuals are dropped.
    assert report.datasets["csl_plc"].persons_dropped == 2
    assert report.datasets["csl_dtc"].dropped_names == ["Cesareo Estanislao Benitez"]
    assert not [r for r in records if r.schema == "Person"]
    names = {n for r in records for n in r.values("name")}
    assert "Sinobright Import and Export Company" in names
    assert "Mohammed ABU JHEISHEH" not in names


def test_provenance_citation_and_source_url() -> None:
    records, _ = parse("csl", CSL / "consolidated_sample_2025.csv")
    (cetc,) = [r for r in records if r.dataset == "csl_el" and r.schema != "Sanction"]
    assert {f.citation for f in cetc.facts} == {"83 FR 37423; 87 FR 77505"}
    assert "HSRI" in cetc.values("alias")
    assert cetc.values("sourceUrl") == [
        "https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list"
    ]
    (sanction,) = [r for r in records if r.schema == "Sanction" and r.values("entity") == [cetc.id]]
    assert sanction.values("startDate") == ["2018-08-01"]
    ssi = [r for r in records if r.id == "csl-ssi-28603"]
    assert ssi and ssi[0].values("vatCode") == ["CHE-267.936.404"]


def test_2019_csv_layout() -> None:
    records, report = parse("csl", CSL / "consolidated_sample_2019.csv")
    assert sum(d.rows_read for d in report.datasets.values()) == 115
    assert report.datasets["csl_plc"].persons_dropped == 13
    vessels = [r for r in records if r.schema == "Vessel"]
    assert len(vessels) == 2


def test_json_layout_gives_the_same_records_as_csv() -> None:
    from_json, json_report = parse("csl", JSON_SAMPLE)
    from_csv, csv_report = parse("csl", CSL / "consolidated_sample_2025.csv")

    def facts(records: list) -> dict:
        return {r.id: sorted((f.prop, f.value, f.citation) for f in r.facts) for r in records}

    assert facts(from_json) == facts(from_csv)
    assert {k: v.rows_read for k, v in json_report.datasets.items()} == {
        k: v.rows_read for k, v in csv_report.datasets.items()
    }


@pytest.mark.parametrize(
    ("source", "dataset"),
    [
        ("Entity List (EL) - Bureau of Industry and Security", "csl_el"),
        ("Specially Designated Nationals (SDN) - Treasury Department", "csl_sdn"),
        ("Military End User (MEU) List - Bureau of Industry and Security", "csl_meu"),
        ("Nonproliferation Sanctions (ISN) - State Department", "csl_isn"),
        ("Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department",
         "csl_cmic"),
    ],
)
def test_dataset_names(source: str, dataset: str) -> None:
    assert dataset_for(source) == dataset


def test_csv_without_csl_columns(tmp_path: Path) -> None:
    bad = tmp_path / "other.csv"
    bad.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(FormatError, match="other.csv: not a CSL CSV"):
        parse("csl", bad)


def test_row_with_extra_cells(tmp_path: Path) -> None:
    lines = (CSL / "consolidated_sample_2019.csv").read_text(encoding="utf-8").splitlines()
    lines[3] += ",extra,cells"
    bad = tmp_path / "csl.csv"
    bad.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(FormatError, match="csl.csv: line 4: wrong number of columns"):
        parse("csl", bad)

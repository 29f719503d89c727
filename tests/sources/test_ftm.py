"""FollowTheMoney JSON lines, on a small fixture of real public entities."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from srcdata import FIXTURES, parse

from fusionwatch.errors import FormatError
from fusionwatch.sources.base import Document, ParseReport
from fusionwatch.sources.ftm import FtmSource, dataset_of

SAMPLE = FIXTURES / "ftm" / "us_lists_sample.ftm.json"


def test_persons_and_their_links_are_dropped() -> None:
    records, report = parse("ftm", SAMPLE)
    rep = report.datasets["us_lists_sample"]
    assert rep.rows_read == 10
    assert sorted(rep.dropped_names) == ["Morteza REZAIE", "Qasem SOLEIMANI"]
    ids = {r.id for r in records}
    assert ids == {
        "fw-hikvision", "fw-dahua", "fw-cetc", "fw-own-cetc-hikvision",
        "fw-sanction-hikvision", "fw-irgc",
    }
    assert any("2 entities linked to dropped persons" in w for w in report.warnings)
    assert not [r for r in records if r.schema in ("Person", "Membership")]


def test_values_and_languages() -> None:
    records, _ = parse("ftm", SAMPLE)
    hik = next(r for r in records if r.id == "fw-hikvision")
    assert hik.schema == "Company"
    assert "Hikvision" in hik.values("alias")
    assert [f.lang for f in hik.facts if f.value == "杭州海康威视数字技术股份有限公司"] == ["zho"]
    own = next(r for r in records if r.id == "fw-own-cetc-hikvision")
    assert own.values("owner") == ["fw-cetc"] and own.values("asset") == ["fw-hikvision"]


def test_explicit_dataset_name() -> None:
    report = ParseReport()
    records = list(FtmSource(dataset="opensanctions").parse([Document.from_path(SAMPLE)], report))
    assert {r.dataset for r in records} == {"opensanctions"}


def test_dataset_from_file_name() -> None:
    assert dataset_of("data/zala.ftm.json") == "zala"
    assert dataset_of("Entities-2024.jsonl") == "entities_2024"


def test_unknown_schema(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ftm.json"
    bad.write_text(
        SAMPLE.read_text(encoding="utf-8")
        + json.dumps({"id": "x", "schema": "Spaceship", "properties": {}}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(FormatError, match="bad.ftm.json: line 11: unknown schema 'Spaceship'"):
        parse("ftm", bad)


def test_truncated_line(tmp_path: Path) -> None:
    bad = tmp_path / "cut.ftm.json"
    bad.write_text(SAMPLE.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    with pytest.raises(FormatError, match="cut.ftm.json: line 10: invalid JSON"):
        parse("ftm", bad)

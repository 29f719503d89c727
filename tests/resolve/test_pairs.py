"""The ``fusionwatch pairs score`` evaluation interface."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from fusionwatch.cli.pairs import COMMANDS, pairs
from fusionwatch.errors import FormatError, MissingFileError
from fusionwatch.resolve.pairs import score_file

ROWS = [
    ("杭州海康威视数字技术股份有限公司", "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("Zhejiang Dahua Technology Co., Ltd.", "Zhejiang Uniview Technologies Co., Ltd."),
    ("Hikvision", "HANGZHOU HIKVISION DIGITAL TECH CO"),
]


def write(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_round_trip_keeps_rows_in_order(tmp_path: Path) -> None:
    source = write(tmp_path / "in.csv", ["id", "name1", "name2"],
                   [(str(i), a, b) for i, (a, b) in enumerate(ROWS)])
    target = tmp_path / "out.csv"
    result = CliRunner().invoke(pairs, ["score", "--in", str(source), "--out", str(target)])
    assert result.exit_code == 0, result.output
    with target.open(encoding="utf-8") as fh:
        out = list(csv.DictReader(fh))
    assert [r["id"] for r in out] == ["0", "1", "2"]
    assert [r["match"] for r in out] == ["true", "false", "true"]
    assert all(0.0 <= float(r["score"]) <= 1.0 and r["explanation"] for r in out)


def test_countries_are_used(tmp_path: Path) -> None:
    source = write(tmp_path / "in.csv", ["name1", "name2", "country1", "country2"],
                   [("Hikvision", "Hikvision", "CN", "Germany")])
    score_file(source, tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8") as fh:
        assert next(csv.DictReader(fh))["match"] == "false"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError):
        score_file(tmp_path / "nope.csv", tmp_path / "out.csv")


def test_missing_columns(tmp_path: Path) -> None:
    source = write(tmp_path / "in.csv", ["a", "b"], [("x", "y")])
    with pytest.raises(FormatError, match="name1"):
        score_file(source, tmp_path / "out.csv")


def test_undecodable(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes("name1,name2\n海康,大华\n".encode("gb18030"))
    with pytest.raises(FormatError):
        score_file(source, tmp_path / "out.csv")


def test_commands_exported() -> None:
    assert pairs in COMMANDS

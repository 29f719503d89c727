"""Unusable files give an InputError that names the file, for every source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from srcdata import CSL, LISTS, OFAC, parse

from fusionwatch.errors import FormatError, InputError, MissingFileError

SOURCES = ["bis_entity_list", "us_lists", "ofac_sdn", "csl", "ftm"]


def empty(tmp: Path) -> Path:
    (tmp / "empty.json").write_bytes(b"")
    return tmp / "empty.json"


def binary(tmp: Path) -> Path:
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return tmp / "image.png"


def utf16(tmp: Path) -> Path:
    text = (LISTS / "bis_meu.json").read_text(encoding="utf-8")
    (tmp / "utf16.json").write_bytes(text.encode("utf-16"))
    return tmp / "utf16.json"


def truncated_json(tmp: Path) -> Path:
    data = (LISTS / "bis_entity_list.json").read_bytes()
    (tmp / "cut.json").write_bytes(data[: len(data) // 3])
    return tmp / "cut.json"


def garbled_csv(tmp: Path) -> Path:
    (tmp / "garbled.csv").write_bytes(b'x,"y\n\x01\x02 z",,\n"unterminated\n')
    return tmp / "garbled.csv"


BAD: dict[str, Callable[[Path], Path]] = {
    "empty": empty,
    "binary": binary,
    "utf16": utf16,
    "truncated_json": truncated_json,
    "garbled_csv": garbled_csv,
}


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_file(tmp_path: Path, source: str, kind: str) -> None:
    path = BAD[kind](tmp_path)
    with pytest.raises(FormatError) as err:
        parse(source, path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("source", SOURCES)
def test_missing_file(tmp_path: Path, source: str) -> None:
    with pytest.raises(MissingFileError, match="nowhere.csv: no such file"):
        parse(source, tmp_path / "nowhere.csv")


@pytest.mark.parametrize(
    ("source", "path"),
    [
        ("bis_entity_list", OFAC / "sdn_2024-04-26.csv"),
        ("us_lists", OFAC / "sdn_2024-04-26.csv"),
        ("ofac_sdn", LISTS / "bis_entity_list.json"),
        ("ofac_sdn", CSL / "consolidated_sample_2025.csv"),
        ("csl", LISTS / "bis_meu.json"),
        ("csl", OFAC / "sdn_2024-04-26.csv"),
        ("ftm", LISTS / "bis_meu.json"),
        ("ftm", OFAC / "alt_2025-02.csv"),
    ],
    ids=lambda v: v if isinstance(v, str) else v.name,
)
def test_wrong_format_for_the_source(source: str, path: Path) -> None:
    with pytest.raises(InputError) as err:
        parse(source, path)
    assert str(path) in str(err.value)

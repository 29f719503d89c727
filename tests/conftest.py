"""Shared fixtures: the bundled real data, a fresh store, a CLI runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from fusionwatch.store.store import Store

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
LISTS = DATA / "lists"
OFAC = LISTS / "ofac"
NOTICES = DATA / "notices"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.duckdb") as s:
        yield s


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.duckdb"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()

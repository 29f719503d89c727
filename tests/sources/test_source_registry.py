"""The registry of sources, and the layering rule for source modules."""

from __future__ import annotations

import ast

import pytest
from srcdata import ROOT

from fusionwatch.errors import UsageError
from fusionwatch.sources import SOURCES, get_source

FORBIDDEN = ("fusionwatch.model", "fusionwatch.store", "fusionwatch.resolve", "fusionwatch.cli",
             "fusionwatch.analyze", "fusionwatch.serve", "fusionwatch.export",
             "fusionwatch.settings")


def test_registry_lists_the_built_in_sources() -> None:
    names = [cls.name for cls in SOURCES]
    assert len(names) == len(set(names))
    assert names[:5] == ["bis_entity_list", "us_lists", "ofac_sdn", "csl", "ftm"]
    for cls in SOURCES:
        assert cls.description and cls.formats


def test_get_source() -> None:
    assert get_source("ofac_sdn").name == "ofac_sdn"
    with pytest.raises(UsageError, match="unknown source 'sdn'; known sources: bis_entity_list"):
        get_source("sdn")


@pytest.mark.parametrize("path", sorted((ROOT / "fusionwatch" / "sources").glob("*.py")),
                         ids=lambda p: p.name)
def test_sources_import_only_lower_layers(path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = [
        name
        for node in ast.walk(tree)
        for name in (
            [a.name for a in node.names] if isinstance(node, ast.Import)
            else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        )
    ]
    assert not [m for m in imported if m.startswith(FORBIDDEN)]
    assert "os" not in imported  # sources never read the environment

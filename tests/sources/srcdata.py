"""Paths to the bundled data and a parse helper, shared by the source tests."""

from __future__ import annotations

from pathlib import Path

from fusionwatch.sources import get_source
from fusionwatch.sources.base import Document, ParseReport, Record

ROOT = Path(__file__).resolve().parent.parent.parent
LISTS = ROOT / "data" / "lists"
OFAC = LISTS / "ofac"
CSL = LISTS / "csl"
FIXTURES = ROOT / "tests" / "fixtures"


def parse(source: str, *paths: Path | str) -> tuple[list[Record], ParseReport]:
    """Run a source over files and return its records and report."""
    report = ParseReport()
    docs = [Document.from_path(p) for p in paths]
    return list(get_source(source).parse(docs, report)), report

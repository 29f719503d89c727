"""No private person's name or phone number from any dev notice reaches the output.

The names are collected here straight from the raw files by their labels, with
regexes of this test's own, not with the parser's privacy module.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from notices_testdata import NOTICES, private_data  # type: ignore[import-not-found]

from fusionwatch.sources.base import Document, ParseReport
from fusionwatch.sources.notices import NoticesSource, parse_notice

FILES = sorted(p for p in NOTICES.iterdir() if p.is_file())
def test_collector_finds_people() -> None:
    everyone = [private_data(p) for p in FILES]
    assert sum(len(n) for n, _ in everyone) > 80
    assert sum(len(p) for _, p in everyone) > 40


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_private_data_in_output(path: Path) -> None:
    names, phones = private_data(path)
    out = parse_notice(path)
    dumped = re.sub(r"\s", "", json.dumps({k: v for k, v in out.items() if k != "file"},
                                          ensure_ascii=False))
    digits = re.sub(r"[\s\-]", "", dumped)
    assert [n for n in names if n in dumped] == []
    assert [p for p in phones if p in digits] == []


def test_no_private_data_in_records() -> None:
    report = ParseReport()
    docs = [Document.from_path(p) for p in FILES]
    records = list(NoticesSource().parse(docs, report))
    assert records
    private = {}
    for path in FILES:
        private[str(path)] = private_data(path)
    for record in records:
        names, phones = private[record.document.path]
        for fact in record.facts:
            for text in (fact.value, fact.quote or ""):
                compact = re.sub(r"\s", "", text)
                assert not [n for n in names if n in compact], (record.schema, fact)
                digits = re.sub(r"\D", "", text)
                assert not [p for p in phones if p in digits], (record.schema, fact)
    assert report.dataset("notices").persons_dropped > 0
    assert report.dataset("notices").dropped_names == []

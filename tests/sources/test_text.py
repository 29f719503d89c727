"""Cleaning names and aliases of the JSON-layout lists (real Entity List aliases)."""

from __future__ import annotations

import pytest

from fusionwatch.sources._text import clean_alias


@pytest.mark.parametrize("alias,expected", [
    # numbered institutes keep their number: it is what tells them apart
    ("China Shipbuilding Industry Group Co., Ltd. (CSIC) 701st Research Institute",
     "China Shipbuilding Industry Group Co., Ltd. (CSIC) 701st Research Institute"),
    ("China Electronics Technology Group Corp. (CETC) 54th Research Institute",
     "China Electronics Technology Group Corp. (CETC) 54th Research Institute"),
    ("CASC 5th Academy, 503 Institute", "CASC 5th Academy, 503 Institute"),
    ("AO Zavod No. 9", "AO Zavod No. 9"),
    # an address run on into the alias is cut off
    ("Glavgosekspertiza. 13 Demidova Street, Sevastopol, Crimea, Ukraine; and 10 Vokzalnaya",
     "Glavgosekspertiza"),
    ("Transsphere Oy Ltd., 20 Nuolitie, Vantaa, Finland 01740", "Transsphere Oy Ltd."),
    ("HPSTAR; and", "HPSTAR"),
])
def test_clean_alias(alias: str, expected: str) -> None:
    assert clean_alias(alias) == expected

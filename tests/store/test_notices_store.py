"""Procurement notices in the store: a cumulative dataset, awards seen from the supplier."""

from __future__ import annotations

from pathlib import Path

from conftest import NOTICES

from fusionwatch.analyze.entity import describe
from fusionwatch.sources import get_source
from fusionwatch.store.ingest import ingest
from fusionwatch.store.queries import get_entity
from fusionwatch.store.store import Store

FILES = sorted(p for p in NOTICES.iterdir() if p.suffix in (".html", ".txt"))


def _award_suppliers(store: Store) -> list[str]:
    return [r[0] for r in store.rows(
        "SELECT DISTINCT value FROM statements WHERE schema = 'ContractAward' "
        "AND prop = 'supplier' ORDER BY 1")]


def test_notices_accumulate_instead_of_replacing(store: Store) -> None:
    half = len(FILES) // 2
    source = get_source("notices")
    ingest(store, source, FILES[:half])
    first = _award_suppliers(store)
    assert first
    ingest(store, source, FILES[half:])
    # what the first folder held is still current, not "removed"
    for supplier in first:
        assert get_entity(store, supplier).active_datasets == ["notices"]
    assert set(first) < set(_award_suppliers(store))
    again = ingest(store, source, FILES[:half])
    assert again.datasets[0].unchanged


def test_supplier_shows_its_awards_with_buyer_amount_date_and_quote(store: Store) -> None:
    ingest(store, get_source("notices"), FILES)
    shown = 0
    for supplier in _award_suppliers(store):
        info = describe(store, supplier)
        for ref in info["referenced_by"]:
            if ref["schema"] != "ContractAward" or "amount" not in ref["values"]:
                continue
            contract = ref["links"]["contract"]
            buyer = contract.get("links", {}).get("authority")
            if buyer is None or "date" not in ref["values"]:
                continue
            quote = ref["quotes"]["amount"]
            document = (NOTICES / quote["document"].rsplit("/", 1)[-1])
            text_has_number = any(ch.isdigit() for ch in quote["quote"]) or any(
                ch in quote["quote"] for ch in "壹贰叁肆伍陆柒捌玖拾佰仟万")
            assert text_has_number, quote
            assert document.exists()
            assert buyer["caption"] and buyer["schema"] in ("PublicBody", "Organization",
                                                            "Company")
            shown += 1
    assert shown >= 20


def test_bad_files_are_reported_and_the_batch_goes_on(store: Store, tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 4)
    good = FILES[0]
    (tmp_path / good.name).write_bytes(good.read_bytes())
    report = ingest(store, get_source("notices"), [tmp_path])
    failed = sorted(p.rsplit("/", 1)[-1] for p, _ in report.failures)
    assert failed == ["binary.html", "empty.html"]
    assert report.documents_parsed == 1
    assert report.datasets[0].statements > 0

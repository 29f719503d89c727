"""Records for the store: FollowTheMoney schemata and properties, ids, provenance."""

from __future__ import annotations

from followthemoney import model
from notices_testdata import NOTICES  # type: ignore[import-not-found]

from fusionwatch.sources import get_source
from fusionwatch.sources.base import Document, ParseReport, Record
from fusionwatch.sources.notices import NoticesSource


def _records() -> tuple[list[Record], ParseReport]:
    report = ParseReport()
    docs = [Document.from_path(p) for p in sorted(NOTICES.iterdir())]
    return list(NoticesSource().parse(docs, report)), report


def test_registered_source() -> None:
    source = get_source("notices")
    assert isinstance(source, NoticesSource)
    assert source.formats == ("html", "txt")
    assert source.description


def test_records_use_real_ftm_properties() -> None:
    records, report = _records()
    assert report.documents_parsed == 38
    assert report.dataset("notices").rows_read == 38
    schemata = {r.schema for r in records}
    assert {"Contract", "ContractAward", "Company", "PublicBody"} <= schemata
    for record in records:
        schema = model.get(record.schema)
        assert schema is not None
        for fact in record.facts:
            assert fact.prop in schema.properties, (record.schema, fact.prop)
        assert record.id.startswith("notice-")


def test_quotes_and_spans_point_into_the_text() -> None:
    from fusionwatch.sources.notices.parse import parse_document

    records, _ = _records()
    texts = {str(p): parse_document(p).text for p in sorted(NOTICES.iterdir())}
    quoted = 0
    for record in records:
        for fact in record.facts:
            if fact.span is not None:
                start, end = fact.span
                assert texts[record.document.path][start:end] == fact.quote
                quoted += 1
    assert quoted > 200


def test_awards_link_contract_supplier_and_amount() -> None:
    records, _ = _records()
    by_id = {r.id: r for r in records}
    awards = [r for r in records if r.schema == "ContractAward"]
    assert len(awards) >= 38
    for award in awards:
        assert award.values("contract")[0] in by_id
        supplier = by_id[award.values("supplier")[0]]
        assert supplier.schema == "Company"
        assert award.values("status") in (["awarded"], ["candidate"])
    jl20 = [a for a in awards if a.document.path.endswith("jl_20.html")]
    assert sorted(a.values("amount")[0] for a in jl20) == ["39600", "70080"]
    assert {a.values("supplier")[0] for a in jl20} == {by_id[jl20[0].values("supplier")[0]].id}


def test_same_supplier_same_id_across_notices() -> None:
    records, _ = _records()
    ids = {r.id for r in records
           if r.schema == "Company" and r.values("name") == ["重庆延贵科技有限公司"]}
    assert len(ids) == 1
    contracts = [r for r in records if r.schema == "Contract"
                 and r.document.path.endswith("hefei_yaohai_xueliang_procurement_doc.txt")]
    assert "sharp_eyes" in contracts[0].values("program")


def test_ingest_into_the_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from fusionwatch.store.ingest import ingest
    from fusionwatch.store.store import Store

    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(store, NoticesSource(), [NOTICES])
        rep = {d.dataset: d for d in report.datasets}["notices"]
        assert rep.rows_read == 38
        assert rep.entities > 100
        assert rep.persons_dropped > 0
        assert rep.dropped_names == []
        again = ingest(store, NoticesSource(), [NOTICES])
        assert {d.dataset: d for d in again.datasets}["notices"].unchanged

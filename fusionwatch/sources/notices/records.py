"""Parsed notices as FollowTheMoney records: buyer, agency, suppliers, Contract, awards.

Organization ids depend on the verbatim name only, so the same supplier joins up
across notices (and resolution can merge spelling variants later). Every fact read
from the text quotes it and gives its span in the decoded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.cn import uscc as stdnum_uscc

from fusionwatch.sources.base import Document, Record, make_id
from fusionwatch.sources.notices.amounts import yuan_value
from fusionwatch.sources.notices.parse import ParsedNotice
from fusionwatch.sources.notices.privacy import is_clean
from fusionwatch.sources.notices.text import Hit

__all__ = ["DATASET", "notice_records", "org_id", "org_schema"]

DATASET = "notices"
_PUBLIC = re.compile(
    r"(?:局|厅|委员会|委|政府|办公室|办事处|管委会|中心|学校|小学|中学|大学|学院|医院|卫生院|法院|检察院"
    r"|研究院|研究所|监狱|看守所|派出所|支队|大队|总队|军区|部队|站|处|馆|科|所)$"
)
_COMPANY = re.compile(r"公司|企业|集团|厂|商行|事务所|合作社")


def org_id(name: str) -> str:
    """The id of an organization named in notices: stable for the same verbatim name."""
    return "notice-org-" + make_id(DATASET, "org", re.sub(r"\s+", "", name))


def org_schema(name: str, default: str) -> str:
    """PublicBody for government bodies, Company for firms, else ``default``.

    The schema depends on the name only, so a body that buys in one notice and acts
    as agency in another keeps one schema.
    """
    if _COMPANY.search(name):
        return "Company"
    if _PUBLIC.search(name):
        return "PublicBody"
    return default


class _Builder:
    def __init__(self, parsed: ParsedNotice, document: Document) -> None:
        self.parsed = parsed
        self.document = document

    def quote(self, hit: Hit | None) -> tuple[str | None, tuple[int, int] | None]:
        if hit is None:
            return None, None
        text = self.parsed.text[hit.start:hit.end]
        if not is_clean(text, self.parsed.private):
            return None, None
        return text, (hit.start, hit.end)

    def add(self, record: Record, prop: str, value: object, hit: Hit | None) -> None:
        if value is None:
            return
        if isinstance(value, str) and not is_clean(value, self.parsed.private):
            return
        quote, span = self.quote(hit)
        record.add(prop, value, quote=quote, span=span)

    def org(self, name: str, hit: Hit | None, default: str) -> Record:
        record = Record(org_id(name), org_schema(name, default), DATASET, self.document)
        self.add(record, "name", name, hit)
        record.add("country", "cn")
        return record


def notice_records(parsed: ParsedNotice, document: Document) -> Iterator[Record]:
    """The records one parsed notice yields."""
    b = _Builder(parsed, document)
    data, hits = parsed.data, parsed.hits
    buyer_id: str | None = None
    if data["buyer"]:
        buyer = b.org(data["buyer"], hits.get("buyer"), "Organization")
        buyer_id = buyer.id
        yield buyer
    if data["agency"]:
        yield b.org(data["agency"], hits.get("agency"), "Company")
    contract = Record("notice-contract-" + make_id(DATASET, "contract", document.sha256),
                      "Contract", DATASET, document)
    # A field not in the notice stays empty: the contract is named by what it says.
    title = data["project_name"] or data["project_number"]
    b.add(contract, "title", title, hits.get("project_name") if data["project_name"] else None)
    b.add(contract, "name", title, hits.get("project_name") if data["project_name"] else None)
    b.add(contract, "procedureNumber", data["project_number"], hits.get("project_number"))
    if buyer_id:
        b.add(contract, "authority", buyer_id, hits.get("buyer"))
    if data["budget_yuan"] is not None:
        b.add(contract, "amount", data["budget_yuan"], hits.get("budget"))
        contract.add("currency", "CNY")
    for tag, evidence in parsed.programs:
        b.add(contract, "program", tag, evidence)
        b.add(contract, "keywords", tag, evidence)
    contract.add("noticeId", document.path.rsplit("/", 1)[-1])
    contract.add("type", data["notice_type"])
    if document.url:
        contract.add("sourceUrl", document.url)
    yield contract
    status = "candidate" if data["notice_type"] == "candidates" else "awarded"
    for award, out in zip(parsed.awards, data["awards"], strict=True):
        if not out["supplier"]:
            continue  # dropped by the privacy check
        supplier = b.org(out["supplier"], award.supplier, "Company")
        b.add(supplier, "address", out["address"], award.address)
        if out["uscc"] and stdnum_uscc.is_valid(out["uscc"].upper()):
            b.add(supplier, "uscCode", out["uscc"].upper(), award.uscc)
        yield supplier
        award_id = make_id(DATASET, "award", document.sha256, out["supplier"], out["lot"])
        rec = Record("notice-award-" + award_id, "ContractAward", DATASET, document)
        b.add(rec, "contract", contract.id, hits.get("project_name"))
        b.add(rec, "supplier", supplier.id, award.supplier)
        if out["amount_yuan"] is not None:
            b.add(rec, "amount", yuan_value(award.amount), award.amount_hit)
            rec.add("currency", "CNY")
        b.add(rec, "date", data["published"], hits.get("published"))
        b.add(rec, "lotNumber", out["lot"], award.lot)
        rec.add("status", status)
        b.add(rec, "summary", data["project_name"], hits.get("project_name"))
        yield rec

"""trade.gov's Consolidated Screening List (CSL), as CSV or as JSON.

Two CSV column layouts exist (2025 with a leading ``_id`` column, 2019 without); the
JSON layout is api.trade.gov's ``{"results": [...]}`` with list-valued fields. Each
CSL ``source`` list becomes a dataset "csl_<code>" from the code in its name
("Entity List (EL) - Bureau of Industry and Security" -> ``csl_el``). ``type``
"Individual" rows are dropped and counted; rows without a type go through the
person classifier. The Federal Register notice is every fact's citation.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from fusionwatch.errors import FormatError
from fusionwatch.sources._ids import ID_PROPS, allowed
from fusionwatch.sources._text import (
    citations,
    clean_alias,
    clean_name,
    decode,
    id_prefix,
    iso_date,
    lang_of,
)
from fusionwatch.sources.base import Document, ParseReport, Record, SourceDefaults, make_id
from fusionwatch.sources.persons import classify

ENTITY_LIST_SOURCE = "Entity List (EL) - Bureau of Industry and Security"
REQUIRED = {"source", "name", "type", "addresses", "federal_register_notice"}
_CODE = re.compile(r"\(([A-Z0-9-]{2,})\)")
_SUCCESSOR = re.compile(r";\s*and any successor.*$", re.IGNORECASE)


def dataset_for(source: str) -> str:
    """The dataset name of a CSL source list: "csl_" + its short code."""
    code = _CODE.search(source)
    slug = code[1] if code else re.sub(r"\W+", "_", source.split(" - ")[0]).strip("_")
    return "csl_" + slug.lower().replace("-", "_")


def sniff(doc: Document) -> bool:
    """Whether a file looks like a CSL export (a CSV header or a "results" array)."""
    head = doc.read_bytes()[:4096].lstrip(b"\xef\xbb\xbf \r\n\t")
    if head.startswith(b"{"):
        return b'"results"' in head
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace")
    return {"source", "name"} <= {c.strip().strip('"') for c in first.split(",")}


def read_rows(doc: Document) -> list[dict[str, Any]]:
    """The rows of a CSL file as dicts; JSON list fields are kept as lists.

    Raises:
        FormatError: not a CSL CSV/JSON file, or garbled.
    """
    text = decode(doc)
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FormatError(
                doc.path, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            ) from None
        results = data.get("results") if isinstance(data, dict) else None
        if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
            raise FormatError(doc.path, "not CSL JSON (no 'results' array of objects)")
        return results
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    missing = REQUIRED - set(reader.fieldnames or ())
    if missing:
        raise FormatError(doc.path, f"not a CSL CSV: no column {', '.join(sorted(missing))}")
    rows: list[dict[str, Any]] = []
    try:
        for row in reader:
            if None in row or None in row.values():
                raise FormatError(doc.path, f"line {reader.line_num}: wrong number of columns")
            rows.append(row)
    except csv.Error as exc:
        raise FormatError(doc.path, f"line {reader.line_num}: {exc}") from None
    return rows


def parse_document(
    doc: Document, report: ParseReport, only: str | None = None
) -> Iterator[Record]:
    """Yield the records of one CSL file; with ``only``, of that source list only,
    stored as the ``bis_entity_list`` dataset (the Entity List through the CSL)."""
    for row in read_rows(doc):
        source = _text(row.get("source"))
        if only is not None and source != only:
            continue
        dataset = "bis_entity_list" if only == ENTITY_LIST_SOURCE else dataset_for(source)
        report.row(dataset)
        yield from row_records(doc, dataset, row, report)


def row_records(
    doc: Document, dataset: str, row: dict[str, Any], report: ParseReport
) -> Iterator[Record]:
    """The entity and Sanction records of one CSL row; nothing for a person."""
    name, inline = clean_name(_SUCCESSOR.sub("", _text(row.get("name"))))
    aliases = [clean_alias(a) for a in _list(row.get("alt_names")) + inline]
    aliases = [a.removeprefix("and ").strip() for a in aliases if a and a != name]
    verdict = classify(name, tuple(aliases), declared=_text(row.get("type")) or None)
    if verdict.is_person:
        report.dropped_person(dataset, name)
        return
    addresses = _addresses(row.get("addresses"))
    countries = [c for _a, c in addresses if c]
    number = _text(row.get("entity_number"))
    key = number or make_id(dataset, name, countries[0] if countries else None)
    cite = citations(_text(row.get("federal_register_notice")))
    entity = Record(f"{id_prefix(dataset)}-{key}", verdict.schema, dataset, doc)
    entity.add("name", name, lang=lang_of(name), citation=cite)
    for alias in aliases:
        entity.add("alias", alias, lang=lang_of(alias), citation=cite)
    for address, country in addresses:
        entity.add("address", address, citation=cite)
        entity.add("country", country, citation=cite)
    entity.add("notes", _text(row.get("remarks")), citation=cite)
    for url in _urls(row):
        entity.add("sourceUrl", url, citation=cite)
    if verdict.schema == "Vessel":
        for col, prop in (("call_sign", "callSign"), ("vessel_type", "type"),
                          ("vessel_flag", "flag"), ("gross_tonnage", "tonnage"),
                          ("gross_registered_tonnage", "grossRegisteredTonnage")):
            entity.add(prop, _text(row.get(col)), citation=cite)
    for prop, value in _identifiers(row.get("ids")):
        if allowed(prop, verdict.schema):
            entity.add(prop, value, citation=cite)
    yield entity
    yield _sanction(doc, dataset, entity.id, key, row, cite)


def _sanction(
    doc: Document, dataset: str, entity_id: str, key: str, row: dict[str, Any], cite: str | None
) -> Record:
    source = _text(row.get("source"))
    record = Record(f"{id_prefix(dataset)}-sanction-{key}", "Sanction", dataset, doc)
    record.add("entity", entity_id, citation=cite)
    record.add("authority", source.split(" - ", 1)[-1], citation=cite)
    programs = _list(row.get("programs")) or [source.split(" - ")[0]]
    for program in programs:
        record.add("program", program, citation=cite)
    start = iso_date(_text(row.get("start_date")))
    record.add("listingDate", start, citation=cite)
    record.add("startDate", start, citation=cite)
    record.add("endDate", iso_date(_text(row.get("end_date"))), citation=cite)
    record.add("provisions", _text(row.get("license_requirement")), citation=cite)
    record.add("provisions", _text(row.get("license_policy")), citation=cite)
    for url in _urls(row):
        record.add("sourceUrl", url, citation=cite)
    return record


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return str(value).strip()


def _list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [_text(v) for v in value if _text(v)]
    return [v.strip() for v in _text(value).split(";") if v.strip()]


def _urls(row: dict[str, Any]) -> list[str]:
    urls = [_text(row.get("source_list_url")), _text(row.get("source_information_url"))]
    return list(dict.fromkeys(u for u in urls if u))


def _addresses(value: Any) -> list[tuple[str, str | None]]:
    """(address text, ISO country code) pairs; CSV cells end with ", <code>"."""
    found: list[tuple[str, str | None]] = []
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                parts = [_text(item.get(k)) for k in ("address", "city", "state", "postal_code")]
                country = _text(item.get("country")) or None
                text = ", ".join(p for p in parts + [country or ""] if p)
                found.append((text, country))
        return found
    for text in _text(value).split("; "):
        match = re.search(r"(?:^|,\s*)([A-Z]{2})$", text.strip())
        if text.strip():
            found.append((text.strip(), match[1] if match else None))
    return found


def _identifiers(value: Any) -> Iterator[tuple[str, str]]:
    """(property, value) pairs from the ``ids`` column or JSON array."""
    items: list[tuple[str, str]] = []
    if isinstance(value, list):
        items = [(_text(i.get("type")), _text(i.get("number")))
                 for i in value if isinstance(i, dict)]
    else:
        for part in _text(value).split("; "):
            bits = [b.strip() for b in part.split(", ")]
            if len(bits) >= 3 and re.fullmatch(r"[A-Z]{2}", bits[0]):
                items.append((bits[-1], bits[1]))  # 2019 layout: country, number, type
            elif len(bits) >= 2:
                items.append((bits[0], bits[1]))
    for label, number in items:
        prop = ID_PROPS.get(label)
        if prop and number:
            yield prop, number


class Csl(SourceDefaults):
    """The trade.gov Consolidated Screening List, one dataset per source list."""

    name: ClassVar[str] = "csl"
    description: ClassVar[str] = "trade.gov Consolidated Screening List; one dataset per list"
    formats: ClassVar[tuple[str, ...]] = (
        "CSL CSV (2025 layout with _id, 2019 layout)",
        'CSL JSON ({"results": [...]})',
    )
    suffixes: ClassVar[tuple[str, ...] | None] = (".csv", ".json")

    def parse(self, documents: Sequence[Document], report: ParseReport) -> Iterator[Record]:
        """Yield the records of every row of every document."""
        for doc in documents:
            yield from parse_document(doc, report)
            report.documents_parsed += 1

"""The US export-control lists in the JSON layout, and the Entity List from trade.gov.

The JSON layout (one file per list)::

    {"list_id": "bis-entity-list", "source_file": ..., "extracted": ..., "count": 3409,
     "entities": [{"name", "aliases", "country", "address", "status",
                   "effective_date", "federal_register", "notes"}, ...]}

Each entry becomes an entity Record (schema from :mod:`.persons`; persons are dropped
and counted) and a Sanction Record. Every fact carries the entry's Federal Register
references as its citation. Entity ids are ``<dataset>-<make_id(dataset, name, country)>``
so an entry keeps its id from one version of the list to the next (with '_' -> '-'
in the dataset part: FollowTheMoney ids allow only letters, digits, '.' and '-').
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from fusionwatch.errors import FormatError
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
from fusionwatch.sources.urls import LISTS

ENTITY_LIST_ID = "bis-entity-list"
# On these lists the notes say what licence requirement applies; elsewhere, why.
_PROVISION_NOTES = {"bis-entity-list", "bis-meu", "bis-dpl"}
_FIELDS = ("name", "aliases", "country", "address", "federal_register", "notes")
_ADDRESS_ONLY = re.compile(r"Address \d+")


def dataset_name(list_id: str) -> str:
    """The dataset a list is stored as: its list_id with '-' -> '_'."""
    return list_id.replace("-", "_")


def load_list(doc: Document) -> dict[str, Any]:
    """Read and check one file in the JSON layout.

    Raises:
        FormatError: not JSON, not the layout, or ``count`` differs from the entries.
    """
    data = _load_json(doc)
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise FormatError(doc.path, "not a list in the JSON layout (no 'entities' array)")
    if not isinstance(data.get("list_id"), str) or not data["list_id"]:
        raise FormatError(doc.path, "no 'list_id' in the JSON layout")
    entities = data["entities"]
    if data.get("count") != len(entities):
        raise FormatError(
            doc.path, f"'count' is {data.get('count')!r} but the file has {len(entities)} entries"
        )
    for index, entry in enumerate(entities):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise FormatError(doc.path, f"entry {index}: not an object with a 'name'")
        missing = [f for f in _FIELDS if f not in entry]
        if missing:
            raise FormatError(doc.path, f"entry {index}: missing {', '.join(missing)}")
        if entry["aliases"] is not None and not isinstance(entry["aliases"], list):
            raise FormatError(doc.path, f"entry {index}: 'aliases' is not a list")
    return data


def _load_json(doc: Document) -> Any:
    text = decode(doc)
    if not text.lstrip().startswith(("{", "[")):
        raise FormatError(
            doc.path, "not JSON; expected the JSON list layout {list_id, count, entities}"
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            doc.path, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None


def parse_list(doc: Document, data: dict[str, Any], report: ParseReport) -> Iterator[Record]:
    """Yield the records of one loaded JSON-layout list."""
    list_id: str = data["list_id"]
    dataset = dataset_name(list_id)
    for entry in data["entities"]:
        report.row(dataset)
        yield from entry_records(doc, dataset, list_id, entry, report)


def entry_records(
    doc: Document, dataset: str, list_id: str, entry: dict[str, Any], report: ParseReport
) -> Iterator[Record]:
    """The entity and Sanction records of one entry; nothing for a person."""
    name, inline_aliases = clean_name(entry["name"])
    aliases = [clean_alias(str(a)) for a in entry.get("aliases") or []] + inline_aliases
    aliases = [a for a in aliases if a and a != name]
    country = entry.get("country")
    key = make_id(dataset, name, country)
    cite = citations(entry.get("federal_register"))
    if _ADDRESS_ONLY.fullmatch(name):
        # The Entity List also lists bare addresses ("Address 01" in Hong Kong): the
        # listed thing is the address, not an organization called "Address 01".
        entity = Record(f"{id_prefix(dataset)}-{key}", "Address", dataset, doc)
        entity.add("name", name, citation=cite)
        entity.add("full", entry.get("address"), citation=cite)
        entity.add("country", country, citation=cite)
        yield entity
        yield sanction(doc, dataset, list_id, entity.id, key, entry, cite)
        return
    verdict = classify(name, tuple(aliases))
    if verdict.is_person:
        report.dropped_person(dataset, name)
        return
    entity = Record(f"{id_prefix(dataset)}-{key}", verdict.schema, dataset, doc)
    entity.add("name", name, lang=lang_of(name), citation=cite)
    for alias in aliases:
        entity.add("alias", alias, lang=lang_of(alias), citation=cite)
    entity.add("country", country, citation=cite)
    for address in _addresses(entry.get("address")):
        entity.add("address", address, citation=cite)
    entity.add("notes", entry.get("notes"), citation=cite)
    yield entity
    yield sanction(doc, dataset, list_id, entity.id, key, entry, cite)


def sanction(
    doc: Document,
    dataset: str,
    list_id: str,
    entity_id: str,
    key: str,
    entry: dict[str, Any],
    cite: str | None,
) -> Record:
    """The Sanction record that ties an entity to the list that names it."""
    info = LISTS.get(list_id)
    record = Record(f"{id_prefix(dataset)}-sanction-{key}", "Sanction", dataset, doc)
    record.add("entity", entity_id, citation=cite)
    if info is not None:
        record.add("authority", info.authority, citation=cite)
        record.add("program", info.name, citation=cite)
        record.add("sourceUrl", info.url, citation=cite)
    else:
        record.add("program", list_id, citation=cite)
    date = iso_date(entry.get("effective_date"))
    record.add("listingDate", date, citation=cite)
    record.add("startDate", date, citation=cite)
    prop = "provisions" if list_id in _PROVISION_NOTES else "reason"
    record.add(prop, entry.get("notes"), citation=cite)
    record.add("status", entry.get("status"), citation=cite)
    return record


def _addresses(text: object) -> list[str]:
    # The Entity List joins several addresses with "; and ".
    if not isinstance(text, str):
        return []
    return [a.strip(" ;.") for a in text.split("; and ") if a.strip(" ;.")]


class BisEntityList(SourceDefaults):
    """The BIS Entity List (Supplement No. 4 to Part 744 of the EAR)."""

    name: ClassVar[str] = "bis_entity_list"
    description: ClassVar[str] = "BIS Entity List; persons are classified out and dropped"
    formats: ClassVar[tuple[str, ...]] = (
        "JSON layout (bis_entity_list.json)",
        "trade.gov CSL CSV or JSON, Entity List rows only",
    )
    suffixes: ClassVar[tuple[str, ...] | None] = (".json", ".csv")

    def parse(self, documents: Sequence[Document], report: ParseReport) -> Iterator[Record]:
        """Yield the Entity List's records from each document."""
        from fusionwatch.sources import csl  # csl imports this module's helpers

        for doc in documents:
            if csl.sniff(doc):
                yield from csl.parse_document(doc, report, only=csl.ENTITY_LIST_SOURCE)
            else:
                data = load_list(doc)
                if data["list_id"] != ENTITY_LIST_ID:
                    raise FormatError(
                        doc.path,
                        f"this is the {data['list_id']!r} list, not the Entity List; "
                        "ingest it with the us_lists source",
                    )
                yield from parse_list(doc, data, report)
            report.documents_parsed += 1


class UsLists(SourceDefaults):
    """The other US lists in the JSON layout, one dataset per list."""

    name: ClassVar[str] = "us_lists"
    description: ClassVar[str] = (
        "US lists in the JSON layout (MEU, DPL, UFLPA, 1260H, 1286, NS-CMIC, FCC, State, CBP)"
    )
    formats: ClassVar[tuple[str, ...]] = ("JSON layout, one list per file",)
    suffixes: ClassVar[tuple[str, ...] | None] = (".json",)

    def parse(self, documents: Sequence[Document], report: ParseReport) -> Iterator[Record]:
        """Yield each list's records under the dataset named by its list_id."""
        for doc in documents:
            yield from parse_list(doc, load_list(doc), report)
            report.documents_parsed += 1

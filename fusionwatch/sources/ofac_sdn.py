"""OFAC's SDN list in its legacy three-file CSV form (sdn.csv, alt.csv, add.csv).

The files are headerless, Windows-1252, use "-0-" for empty and end with a DOS
end-of-file byte (0x1A). They are given together in one parse call and told apart
by their column count: sdn 12, alt 5, add 6, and the optional sdn_comments 2
(the overflow of truncated Remarks; only its complete "; "-separated items are read,
since each comment starts mid-sentence). alt/add/comments need the sdn.csv they
belong to in the same call. Individuals are dropped and counted; their aliases and
addresses are skipped silently. Rows read = sdn.csv entries.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from fusionwatch.errors import FormatError
from fusionwatch.sources._ids import allowed, remark_identifier
from fusionwatch.sources._text import decode, iso_date
from fusionwatch.sources.base import Document, ParseReport, Record, SourceDefaults
from fusionwatch.sources.persons import classify
from fusionwatch.sources.urls import OFAC_AUTHORITY, OFAC_SDN_PAGE

DATASET = "ofac_sdn"
KINDS = {12: "sdn", 5: "alt", 6: "add", 2: "comments"}
_WIDTH = {kind: count for count, kind in KINDS.items()}
_ORDER = ("sdn", "alt", "add", "comments")
_ALIAS = re.compile(r"^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*,?\s*'(.+?)'?\.?$", re.IGNORECASE)
_ALIAS_PROP = {"a.k.a.": "alias", "n.k.a.": "alias", "f.k.a.": "previousName"}
_ALT_PROP = {"aka": "alias", "nka": "alias", "fka": "previousName"}
_DATE_PROPS = {"incorporationDate", "buildDate"}
_COUNTRY_LABELS = ("Nationality of Registration ", "Nationality ", "Citizen ")


@dataclass
class _Table:
    doc: Document
    kind: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    complete: bool = False


def read_table(doc: Document) -> _Table:
    """Decode one file, check its shape and tell which of the files it is.

    Raises:
        FormatError: wrong encoding, unbalanced quotes, or rows whose column count
            does not match the first row's (a garbled or truncated file).
    """
    # UTF-8 first: a re-saved file decodes cleanly, and cp1252 would garble it.
    text = decode(doc, ("utf-8", "cp1252"))
    # Official files end with a DOS end-of-file byte: its absence means a cut file.
    complete = text.rstrip("\r\n").endswith("\x1a")
    text = text.rstrip("\r\n").removesuffix("\x1a")
    if text.lstrip()[:1] in ("{", "["):
        raise FormatError(doc.path, "a JSON file, not an OFAC SDN CSV file")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    table: _Table | None = None
    try:
        for row in reader:
            if not row or row == ["\x1a"]:
                continue
            if table is None:
                kind = KINDS.get(len(row))
                if kind is None:
                    raise FormatError(
                        doc.path,
                        f"line {reader.line_num}: {len(row)} columns; not an OFAC sdn.csv "
                        "(12), alt.csv (5), add.csv (6) or sdn_comments.csv (2)",
                    )
                table = _Table(doc, kind, complete=complete)
            elif len(row) != _WIDTH[table.kind]:
                raise FormatError(
                    doc.path,
                    f"line {reader.line_num}: {len(row)} columns where the file has "
                    f"{_WIDTH[table.kind]} (garbled or truncated)",
                )
            if not row[0].strip().isdigit():
                raise FormatError(doc.path, f"line {reader.line_num}: ent_num {row[0]!r}")
            table.rows.append((reader.line_num, [_value(v) for v in row]))
    except csv.Error as exc:
        raise FormatError(doc.path, f"line {reader.line_num}: {exc}") from None
    if table is None:
        raise FormatError(doc.path, "no rows")
    return table


def _value(text: str) -> str:
    text = text.strip()
    return "" if text == "-0-" else text


class OfacSdn(SourceDefaults):
    """The OFAC Specially Designated Nationals list (sdn.csv + alt.csv + add.csv)."""

    name: ClassVar[str] = "ofac_sdn"
    description: ClassVar[str] = "OFAC SDN list, official CSV files; individuals dropped"
    formats: ClassVar[tuple[str, ...]] = (
        "sdn.csv (12 columns)",
        "alt.csv (5)",
        "add.csv (6)",
        "sdn_comments.csv (2)",
    )
    suffixes: ClassVar[tuple[str, ...] | None] = (".csv",)

    def parse(self, documents: Sequence[Document], report: ParseReport) -> Iterator[Record]:
        """Yield one entity and one Sanction per non-person SDN entry, then alias/address
        records from alt.csv and add.csv for the entities they belong to."""
        tables = sorted((read_table(d) for d in documents), key=lambda t: _ORDER.index(t.kind))
        if not tables:
            return
        if tables[0].kind != "sdn":
            raise FormatError(
                tables[0].doc.path,
                f"an OFAC {tables[0].kind} file needs its sdn.csv in the same ingest",
            )
        if len(tables) > 1 and tables[1].kind == "sdn":
            raise FormatError(
                tables[1].doc.path,
                "a second sdn.csv in one ingest; ingest each snapshot on its own",
            )
        if not tables[0].complete:
            # A re-saved file loses the byte too, so this warns; the store refuses a
            # version that would drop most of the list (see store.ingest).
            report.warnings.append(
                f"{tables[0].doc.path}: no end-of-file byte (0x1A), which official "
                "sdn.csv files end with: re-saved, or truncated?")
        schemas: dict[str, str] = {}
        dropped: set[str] = set()
        for table in tables:
            if table.kind == "sdn":
                yield from self._entries(table, report, schemas, dropped)
            else:
                yield from self._extras(table, report, schemas, dropped)
            report.documents_parsed += 1

    def _entries(
        self, table: _Table, report: ParseReport, schemas: dict[str, str], dropped: set[str]
    ) -> Iterator[Record]:
        for _line, row in table.rows:
            ent_num, name, sdn_type, program = row[0], row[1], row[2], row[3]
            report.row(DATASET)
            if sdn_type.lower() == "individual":
                report.dropped_person(DATASET, name)
                dropped.add(ent_num)
                continue
            schema = classify(name, declared=sdn_type or "entity").schema
            schemas[ent_num] = schema
            record = Record(f"ofac-{ent_num}", schema, DATASET, table.doc)
            record.add("name", name)
            if schema == "Vessel":
                record.add("callSign", row[5])
                record.add("type", row[6])
                record.add("tonnage", row[7])
                record.add("grossRegisteredTonnage", row[8])
                record.add("flag", row[9])
                record.add("notes", f"Vessel owner: {row[10]}" if row[10] else None)
            elif row[4]:
                record.add("notes", row[4])
            _remarks(record, row[11], complete_first=True)
            yield record
            sanction = Record(f"ofac-{ent_num}-sanction", "Sanction", DATASET, table.doc)
            sanction.add("entity", record.id)
            sanction.add("authority", OFAC_AUTHORITY)
            sanction.add("sourceUrl", OFAC_SDN_PAGE)
            for prog in program.strip("[] ").split("] ["):
                sanction.add("program", prog)
            yield sanction

    def _extras(
        self, table: _Table, report: ParseReport, schemas: dict[str, str], dropped: set[str]
    ) -> Iterator[Record]:
        unknown = 0
        records: dict[str, Record] = {}
        for _line, row in table.rows:
            ent_num = row[0]
            if ent_num in dropped:
                continue
            if ent_num not in schemas:
                unknown += 1
                continue
            record = records.get(ent_num)
            if record is None:
                record = Record(f"ofac-{ent_num}", schemas[ent_num], DATASET, table.doc)
                records[ent_num] = record
            if table.kind == "alt":
                prop = _ALT_PROP.get(row[2].lower().replace(".", ""), "alias")
                record.add(prop, row[3])
            elif table.kind == "add":
                address = ", ".join(v for v in (row[2], row[3], row[4]) if v)
                record.add("address", address)
                record.add("country", row[4])
            else:
                _remarks(record, row[1], complete_first=False)
        if unknown:
            report.warnings.append(
                f"{table.doc.path}: {unknown} rows refer to entries not in the sdn.csv given"
            )
        yield from (r for r in records.values() if r.facts)


def _remarks(record: Record, remarks: str, complete_first: bool) -> None:
    """Aliases, identifiers and nationality from an SDN Remarks text."""
    items = [i.strip() for i in remarks.split("; ")]
    if not complete_first:
        items = items[1:]  # a comment continues a cut-off Remarks item
    for item in items:
        if not item:
            continue
        alias = _ALIAS.match(item)
        if alias:
            record.add(_ALIAS_PROP[alias[1].lower()], alias[2].rstrip("'"))
            continue
        ident = remark_identifier(item)
        if ident and allowed(ident[0], record.schema):
            value = iso_date(ident[1]) if ident[0] in _DATE_PROPS else ident[1]
            record.add(ident[0], value, quote=item)
            continue
        for label in _COUNTRY_LABELS:
            if item.lower().startswith(label.lower()):
                if record.schema != "Vessel":
                    record.add("country", item[len(label):].rstrip("."))
                break

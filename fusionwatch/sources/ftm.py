"""FollowTheMoney entities as JSON lines, as exported by OpenSanctions and Aleph.

One entity per line: ``{"id", "schema", "properties": {prop: [values]}, ...}``.
Schemas and properties are checked against followthemoney's model. Person entities
are dropped and counted, and so are LegalEntity entries whose name the classifier
reads as a person's. Entities that exist to link a dropped person (Ownership,
Sanction, Family, Associate, Identification...) are dropped too and counted in
``report.warnings``; organizations that merely mention a dropped person keep
everything but that reference. The dataset is the file's stem ("zala.ftm.json" ->
"zala") unless the source is created with an explicit dataset name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

from followthemoney import model
from followthemoney.schema import Schema

from fusionwatch.errors import FormatError
from fusionwatch.sources._text import decode, lang_of
from fusionwatch.sources.base import Document, ParseReport, Record, SourceDefaults
from fusionwatch.sources.persons import classify

_SUFFIXES = (".json", ".jsonl", ".ijson", ".ftm", ".ndjson")


def dataset_of(path: str) -> str:
    """The dataset name of an FtM file: its stem without format suffixes."""
    name = Path(path).name
    while any(name.lower().endswith(s) for s in _SUFFIXES):
        name = name[: name.rfind(".")]
    return re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_") or "ftm"


def read_entities(doc: Document) -> list[tuple[int, dict[str, Any], Schema]]:
    """Parse and check every line before anything is yielded.

    Raises:
        FormatError: a line that is not JSON, not an entity, or names an unknown schema.
    """
    entities: list[tuple[int, dict[str, Any], Schema]] = []
    for number, line in enumerate(decode(doc).splitlines(), start=1):
        if not line.strip():
            continue
        if not entities and not line.lstrip().startswith("{"):
            raise FormatError(doc.path, f"line {number}: not FtM JSON lines")
        if not entities and line.strip() == "{":
            raise FormatError(doc.path, "a JSON document, not JSON lines (one entity per line)")
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(doc.path, f"line {number}: invalid JSON ({exc.msg})") from None
        if not isinstance(data, dict) or not data.get("id") or not data.get("schema"):
            raise FormatError(doc.path, f"line {number}: not an entity (needs 'id' and 'schema')")
        schema = model.get(str(data["schema"]))
        if schema is None:
            raise FormatError(doc.path, f"line {number}: unknown schema {data['schema']!r}")
        props = data.get("properties", {})
        if not isinstance(props, dict):
            raise FormatError(doc.path, f"line {number}: 'properties' is not an object")
        entities.append((number, data, schema))
    if not entities:
        raise FormatError(doc.path, "no entities")
    return entities


def _values(props: dict[str, Any], name: str) -> list[str]:
    value = props.get(name)
    values = value if isinstance(value, list) else [value]
    return [str(v) for v in values if v is not None and str(v).strip()]


def _is_person(data: dict[str, Any], schema: Schema) -> bool:
    if schema.is_a("Person"):
        return True
    if schema.name == "LegalEntity":
        names = _values(data.get("properties", {}), "name")
        return bool(names) and classify(names[0], tuple(names[1:])).is_person
    return False


class FtmSource(SourceDefaults):
    """FollowTheMoney JSON lines (OpenSanctions, Aleph exports)."""

    name: ClassVar[str] = "ftm"
    description: ClassVar[str] = "FollowTheMoney JSON lines; persons and their links dropped"
    formats: ClassVar[tuple[str, ...]] = ("FtM JSON lines (.ftm.json, .jsonl)",)
    suffixes: ClassVar[tuple[str, ...] | None] = _SUFFIXES

    def __init__(self, dataset: str | None = None) -> None:
        """Args: dataset: store every file under this dataset instead of its stem."""
        self.dataset = dataset

    def parse(self, documents: Sequence[Document], report: ParseReport) -> Iterator[Record]:
        """Yield the non-person entities of each file."""
        for doc in documents:
            yield from self._parse(doc, report)
            report.documents_parsed += 1

    def _parse(self, doc: Document, report: ParseReport) -> Iterator[Record]:
        dataset = self.dataset or dataset_of(doc.path)
        entities = read_entities(doc)
        persons = {str(d["id"]) for _n, d, s in entities if _is_person(d, s)}
        linked = stripped = unknown = 0
        for _number, data, schema in entities:
            report.row(dataset)
            props: dict[str, Any] = data.get("properties", {})
            if str(data["id"]) in persons:
                names = _values(props, "name")
                report.dropped_person(dataset, names[0] if names else str(data["id"]))
                continue
            refs = {
                p.name
                for p in schema.properties.values()
                if p.type.name == "entity" and set(_values(props, p.name)) & persons
            }
            if refs and not schema.is_a("LegalEntity"):
                linked += 1  # an edge or record about a dropped person
                continue
            record = Record(str(data["id"]), schema.name, dataset, doc)
            for prop_name in props:
                prop = schema.get(prop_name)
                if prop is None:
                    unknown += 1
                    continue
                for value in _values(props, prop_name):
                    if prop_name in refs and value in persons:
                        stripped += 1
                        continue
                    lang = lang_of(value) if prop.type.name == "name" else None
                    record.add(prop_name, value, lang=lang)
            yield record
        if linked:
            report.warnings.append(
                f"{doc.path}: {linked} entities linked to dropped persons were dropped"
            )
        if stripped:
            report.warnings.append(
                f"{doc.path}: {stripped} references to dropped persons were removed"
            )
        if unknown:
            report.warnings.append(
                f"{doc.path}: {unknown} property values not in their schema were skipped"
            )

"""Statements: one property value of one entity, with its provenance.

This is the unit the store keeps (followthemoney's statement model, plus the
provenance fusionwatch needs: the source document's sha256, a citation such as a
Federal Register reference, and the quoted span a value was extracted from).
A :class:`~fusionwatch.sources.base.Record` becomes statements here, after each
value is cleaned against the FollowTheMoney schema.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from followthemoney import model as ftm_model
from followthemoney.schema import Schema

from fusionwatch.errors import FormatError
from fusionwatch.sources.base import Record

# The pseudo-property that records an entity's existence in a source, as in
# followthemoney's statement model: every entity has one, even without values.
ID_PROP = "id"


@dataclass(frozen=True)
class Statement:
    """One value of one property of one entity, as one dataset states it."""

    id: str
    entity_id: str
    schema: str
    prop: str
    prop_type: str
    value: str
    original_value: str | None
    lang: str | None
    dataset: str
    document: str
    citation: str | None
    quote: str | None
    span_start: int | None
    span_end: int | None


def statement_id(dataset: str, entity_id: str, prop: str, value: str) -> str:
    """The stable key of a statement: the same fact in a newer file keeps its id."""
    key = "\x1f".join((dataset, entity_id, prop, value))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def get_schema(name: str, path: str) -> Schema:
    """Look up a FollowTheMoney schema, refusing Person (never stored) and unknowns."""
    schema = ftm_model.get(name)
    if schema is None:
        raise FormatError(path, f"unknown FollowTheMoney schema {name!r}")
    if schema.is_a("Person"):
        # Sources drop persons at parse time; this is the last line of defence.
        raise FormatError(path, "refusing to store a Person entity")
    return schema


def record_statements(record: Record) -> Iterator[Statement]:
    """Clean a record's values against its schema and yield statements.

    Values the schema's type rejects (an unknown country, a malformed date) are
    skipped; the original text is kept in ``original_value`` when cleaning changed it.
    """
    doc = record.document
    schema = get_schema(record.schema, doc.path)
    yield Statement(
        statement_id(record.dataset, record.id, ID_PROP, record.id),
        record.id, schema.name, ID_PROP, "id", record.id, None, None,
        record.dataset, doc.sha256, None, None, None, None,
    )
    for fact in record.facts:
        prop = schema.get(fact.prop)
        if prop is None:
            raise FormatError(doc.path, f"{schema.name} has no property {fact.prop!r}")
        cleaned = prop.type.clean(fact.value)
        if cleaned is None:
            continue
        start, end = fact.span if fact.span is not None else (None, None)
        yield Statement(
            statement_id(record.dataset, record.id, prop.name, cleaned),
            record.id, schema.name, prop.name, prop.type.name, cleaned,
            fact.value if fact.value != cleaned else None, fact.lang,
            record.dataset, (fact.document or doc).sha256, fact.citation, fact.quote,
            start, end,
        )

"""One entity described for people: values grouped by property, each with its sources."""

from __future__ import annotations

from typing import Any

from fusionwatch.store.queries import get_entity
from fusionwatch.store.store import Store


def _provenance(s: dict[str, Any]) -> dict[str, Any]:
    prov = {
        "dataset": s["dataset"],
        "document": s["document_url"] or s["document_path"],
        "sha256": s["document_sha256"],
        "retrieved": s["retrieved"],
        "first_seen": s["first_seen"],
        "last_seen": s["last_seen"],
    }
    for key in ("citation", "quote", "original_value"):
        if s[key]:
            prov[key] = s[key]
    if s["span_start"] is not None:
        prov["span"] = [s["span_start"], s["span_end"]]
    return prov


def describe(store: Store, entity_id: str) -> dict[str, Any]:
    """The entity's values with their provenance, and the datasets that list it now."""
    view = get_entity(store, entity_id)
    props: dict[str, list[dict[str, Any]]] = {}
    for s in view.statements:
        if s["prop"] == "id":
            continue
        values = props.setdefault(s["prop"], [])
        entry = next((v for v in values if v["value"] == s["value"]), None)
        if entry is None:
            entry = {"value": s["value"], "sources": []}
            values.append(entry)
        entry["sources"].append(_provenance(s))
    return {
        "id": view.id,
        "schema": view.schema,
        "caption": view.caption,
        "listed_in": view.active_datasets,
        "removed_from": view.removed_datasets,
        "properties": props,
    }

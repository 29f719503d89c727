"""One entity described for people: values with their sources, what points at it
(contract awards, sanctions), and the records resolution merged it with."""

from __future__ import annotations

from typing import Any

from fusionwatch.store.queries import (
    EntityView,
    cluster_of,
    get_entity,
    links_between,
    referencing,
)
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


def _properties(view: EntityView) -> dict[str, list[dict[str, Any]]]:
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
    return props


def _brief(store: Store, entity_id: str, skip: str, depth: int) -> dict[str, Any]:
    """A referencing entity in short: first value of each property, entities followed."""
    view = get_entity(store, entity_id)
    out: dict[str, Any] = {"id": view.id, "schema": view.schema, "caption": view.caption,
                           "values": {}, "quotes": {}, "links": {}}
    for s in view.statements:
        prop = s["prop"]
        if prop in ("id", skip) or prop in out["values"] or prop in out["links"]:
            continue
        if s["prop_type"] == "entity":
            out["links"][prop] = (_brief(store, s["value"], "", depth - 1) if depth > 0
                                  else {"id": s["value"]})
            continue
        out["values"][prop] = s["value"]
        if s["quote"]:
            out["quotes"][prop] = {"quote": s["quote"], "span": [s["span_start"], s["span_end"]],
                                   "document": s["document_url"] or s["document_path"]}
    return out


def describe(store: Store, entity_id: str) -> dict[str, Any]:
    """Everything the store says about one record, with provenance."""
    view = get_entity(store, entity_id)
    refs = [{"via": prop, **_brief(store, ref_id, prop, 2)}
            for ref_id, _, prop in referencing(store, entity_id)]
    canonical, members = cluster_of(store, entity_id)
    others = [m for m in members if m != entity_id]
    cluster = [{"id": m, "caption": get_entity(store, m).caption,
                "listed_in": get_entity(store, m).active_datasets} for m in others]
    return {
        "id": view.id,
        "schema": view.schema,
        "caption": view.caption,
        "listed_in": view.active_datasets,
        "removed_from": view.removed_datasets,
        "properties": _properties(view),
        "referenced_by": refs,
        "canonical_id": canonical,
        "same_as": cluster,
        "merge_evidence": [{"left": a, "right": b, "score": round(s, 3), "explanation": e,
                            "auto": auto}
                           for a, b, s, e, auto in links_between(store, members)],
    }

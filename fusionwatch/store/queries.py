"""Read-only queries over the store: entities with provenance, search, stats, export."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from followthemoney import model as ftm_model

from fusionwatch.errors import UsageError
from fusionwatch.store.store import Store

_STMT_COLS = (
    "s.id, s.entity_id, s.schema, s.prop, s.prop_type, s.value, s.original_value, s.lang, "
    "s.dataset, s.citation, s.quote, s.span_start, s.span_end, s.first_seen, s.last_seen, "
    "s.first_run, s.last_run, d.path, d.url, d.sha256, d.retrieved"
)
_STMT_KEYS = [c.split(".")[-1] for c in _STMT_COLS.replace(" ", "").split(",")]
_STMT_KEYS[-4:] = ["document_path", "document_url", "document_sha256", "retrieved"]


@dataclass
class EntityView:
    """An entity as the store knows it: its statements and whether it is still listed."""

    id: str
    schema: str
    statements: list[dict[str, Any]]
    active_datasets: list[str]
    removed_datasets: list[str]

    @property
    def caption(self) -> str:
        """The entity's first name, else its id."""
        names = sorted(s["value"] for s in self.statements if s["prop"] == "name")
        return names[0] if names else self.id

    def properties(self) -> dict[str, list[str]]:
        """Values by property (the FtM ``properties`` mapping)."""
        props: dict[str, list[str]] = {}
        for s in self.statements:
            if s["prop"] != "id" and s["value"] not in props.setdefault(s["prop"], []):
                props[s["prop"]].append(s["value"])
        return props

    def to_ftm(self) -> dict[str, Any]:
        """The FollowTheMoney JSON form of the entity."""
        first = min(s["first_seen"] for s in self.statements)
        last = max(s["last_seen"] for s in self.statements)
        datasets = sorted({s["dataset"] for s in self.statements})
        return {"id": self.id, "schema": self.schema, "properties": self.properties(),
                "datasets": datasets, "first_seen": first, "last_seen": last}


def _latest_runs(store: Store) -> dict[str, int]:
    return {d: r for d, r in store.rows("SELECT dataset, max(run_id) FROM runs GROUP BY 1")}


def _schema_of(statements: list[dict[str, Any]]) -> str:
    """The most specific schema the statements agree on (FtM's common schema)."""
    schema = None
    for s in sorted(statements, key=lambda s: s["last_run"], reverse=True):
        candidate = ftm_model.get(s["schema"])
        if candidate is None:
            continue
        try:
            schema = candidate if schema is None else ftm_model.common_schema(schema, candidate)
        except Exception:  # unrelated schemata: keep the most recent one
            continue
    return schema.name if schema is not None else statements[0]["schema"]


def _view(store: Store, entity_id: str, rows: list[tuple[Any, ...]],
          latest: dict[str, int]) -> EntityView:
    statements = [dict(zip(_STMT_KEYS, r, strict=True)) for r in rows]
    active: set[str] = set()
    removed: set[str] = set()
    for s in statements:
        if s["prop"] == "id":
            (active if s["last_run"] == latest.get(s["dataset"]) else removed).add(s["dataset"])
    return EntityView(entity_id, _schema_of(statements), statements,
                      sorted(active), sorted(removed - active))


def get_entity(store: Store, entity_id: str) -> EntityView:
    """One entity with every statement and its provenance; UsageError if unknown."""
    rows = store.rows(
        f"""SELECT {_STMT_COLS} FROM statements s JOIN documents d ON d.sha256 = s.document
            WHERE s.entity_id = ? ORDER BY s.prop, s.dataset, s.value""", [entity_id])
    if not rows:
        raise UsageError(f"no entity with id {entity_id!r}")
    return _view(store, entity_id, rows, _latest_runs(store))


def iter_entities(store: Store, dataset: str | None = None) -> Iterator[EntityView]:
    """Every entity (optionally of one dataset), in id order."""
    latest = _latest_runs(store)
    where = "WHERE s.entity_id IN (SELECT entity_id FROM statements WHERE dataset = ?)" \
        if dataset else ""
    cur = store.con.cursor()
    cur.execute(
        f"""SELECT {_STMT_COLS} FROM statements s JOIN documents d ON d.sha256 = s.document
            {where} ORDER BY s.entity_id, s.prop, s.dataset, s.value""",
        [dataset] if dataset else [])
    current: str | None = None
    batch: list[tuple[Any, ...]] = []
    while True:
        chunk = cur.fetchmany(10_000)
        for row in chunk:
            if row[1] != current and batch:
                yield _view(store, batch[0][1], batch, latest)
                batch = []
            current = row[1]
            batch.append(row)
        if not chunk:
            break
    if batch:
        yield _view(store, batch[0][1], batch, latest)


def iter_statements(store: Store) -> Iterator[dict[str, Any]]:
    """Every statement with its document, for CSV export."""
    cur = store.con.cursor()
    cur.execute(f"""SELECT {_STMT_COLS} FROM statements s JOIN documents d
                    ON d.sha256 = s.document ORDER BY s.entity_id, s.prop, s.value""")
    while chunk := cur.fetchmany(10_000):
        for row in chunk:
            yield dict(zip(_STMT_KEYS, row, strict=True))


def stats(store: Store) -> dict[str, Any]:
    """Counts per dataset (latest version) and overall."""
    datasets = []
    for row in store.rows(
        """SELECT r.dataset, r.run_id, r.started_at, r.rows_read, r.persons_dropped,
                  r.entities, r.statements,
                  (SELECT count(*) FROM runs x WHERE x.dataset = r.dataset)
           FROM runs r WHERE r.run_id = (SELECT max(run_id) FROM runs x
                                          WHERE x.dataset = r.dataset)
           ORDER BY r.dataset"""):
        datasets.append(dict(zip(
            ["dataset", "run_id", "ingested", "rows_read", "persons_dropped", "entities",
             "statements", "versions"], row, strict=True)))
    schemata = dict(store.rows(
        """SELECT schema, count(DISTINCT entity_id) FROM statements WHERE prop = 'id'
           GROUP BY 1 ORDER BY 2 DESC"""))
    return {
        "store": store.path,
        "entities": store.scalar("SELECT count(DISTINCT entity_id) FROM statements") or 0,
        "statements": store.scalar("SELECT count(*) FROM statements") or 0,
        "documents": store.scalar("SELECT count(*) FROM documents") or 0,
        "schemata": schemata,
        "datasets": datasets,
    }


def search_names(store: Store, text: str, limit: int = 20) -> list[tuple[str, str, str]]:
    """Entities with a name or alias containing ``text`` (case-insensitive).

    Returns:
        (entity_id, matched name, dataset) rows.
    """
    if not text.strip():
        raise UsageError("search text is empty")
    return [tuple(r) for r in store.rows(
        """SELECT entity_id, min(value), min(dataset) FROM statements
           WHERE prop_type = 'name' AND value ILIKE '%' || ? || '%'
           GROUP BY entity_id ORDER BY min(length(value)), 2 LIMIT ?""",
        [text.strip(), limit])]


def referencing(store: Store, entity_id: str) -> list[tuple[str, str, str]]:
    """Entities that point at ``entity_id`` (awards naming a supplier, sanctions...).

    Returns:
        (entity_id, schema, property) rows.
    """
    return [tuple(r) for r in store.rows(
        """SELECT DISTINCT entity_id, schema, prop FROM statements
           WHERE prop_type = 'entity' AND value = ? AND entity_id <> ? ORDER BY 2, 1""",
        [entity_id, entity_id])]


def cluster_of(store: Store, entity_id: str) -> tuple[str | None, list[str]]:
    """The canonical id of the entity's resolved cluster and its members (else None, [])."""
    canon = store.scalar("SELECT canonical_id FROM resolution WHERE entity_id = ?", [entity_id])
    if canon is None:
        members = [r[0] for r in store.rows(
            "SELECT entity_id FROM resolution WHERE canonical_id = ? ORDER BY 1", [entity_id])]
        return (entity_id, members) if members else (None, [])
    members = [r[0] for r in store.rows(
        "SELECT entity_id FROM resolution WHERE canonical_id = ? ORDER BY 1", [canon])]
    return str(canon), members


def links_between(store: Store,
                  ids: list[str]) -> list[tuple[str, str, float, str, bool]]:
    """Scored links among ``ids`` with their explanations and auto flag, best first."""
    if len(ids) < 2:
        return []
    marks = ", ".join("?" for _ in ids)
    return [tuple(r) for r in store.rows(
        f"""SELECT left_id, right_id, score, explanation, auto FROM links
            WHERE left_id IN ({marks}) AND right_id IN ({marks}) ORDER BY score DESC""",
        [*ids, *ids])]

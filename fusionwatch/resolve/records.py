"""Loading organizations from the store as the matcher sees them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from fusionwatch.resolve.compare import NameRecord
from fusionwatch.store.store import Store

# Schemata that name an organization; Vessel, Airplane, Sanction etc. are not resolved.
ORG_SCHEMATA = ("Company", "Organization", "PublicBody", "LegalEntity")
NAME_PROPS = ("name", "alias", "previousName", "abbreviation")
COUNTRY_PROPS = ("country", "jurisdiction", "mainCountry")
ID_PROPS = ("uscCode", "leiCode")


@dataclass
class OrgRecord:
    """One stored organization record: id, dataset, schema and what the matcher needs."""

    id: str
    dataset: str
    schema: str
    record: NameRecord

    @property
    def caption(self) -> str:
        """The record's first name."""
        return self.record.names[0] if self.record.names else self.id


def load_records(store: Store, entity_ids: set[str] | None = None) -> dict[str, OrgRecord]:
    """Organizations in the store (optionally only ``entity_ids``), by id."""
    placeholders = ", ".join("?" for _ in ORG_SCHEMATA)
    props = NAME_PROPS + COUNTRY_PROPS + ID_PROPS
    prop_marks = ", ".join("?" for _ in props)
    rows = store.rows(
        f"""SELECT entity_id, dataset, schema, prop, value FROM statements
            WHERE schema IN ({placeholders}) AND prop IN ({prop_marks})
            ORDER BY entity_id, prop = 'name' DESC, value""",
        [*ORG_SCHEMATA, *props])
    names: dict[str, list[str]] = defaultdict(list)
    countries: dict[str, list[str]] = defaultdict(list)
    idents: dict[str, list[str]] = defaultdict(list)
    meta: dict[str, tuple[str, str]] = {}
    for entity_id, dataset, schema, prop, value in rows:
        if entity_ids is not None and entity_id not in entity_ids:
            continue
        meta.setdefault(entity_id, (dataset, schema))
        bucket = names if prop in NAME_PROPS else countries if prop in COUNTRY_PROPS else idents
        if value not in bucket[entity_id]:
            bucket[entity_id].append(value)
    return {
        entity_id: OrgRecord(entity_id, dataset, schema, NameRecord(
            tuple(names[entity_id]), tuple(countries[entity_id]), tuple(idents[entity_id])))
        for entity_id, (dataset, schema) in meta.items() if names[entity_id]
    }

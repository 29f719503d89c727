"""Every record the sources yield fits FollowTheMoney's model.

The store cleans each value against its property type and skips what does not
clean, so an id with a '_' in it, or a date in the wrong format, would vanish
silently there; this test catches it at the source.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from followthemoney import model
from followthemoney.types import registry
from srcdata import CSL, FIXTURES, LISTS, OFAC, parse

RUNS: dict[str, list[Path]] = {
    "bis_entity_list": [LISTS / "bis_entity_list.json"],
    "us_lists": sorted(p for p in LISTS.glob("*.json")
                       if p.name not in ("lists.json", "bis_entity_list.json")),
    "ofac_sdn": [OFAC / "sdn_2024-05-03.csv", OFAC / "alt_2025-02.csv",
                 OFAC / "add_2025-02.csv", OFAC / "sdn_comments_2025-02.csv"],
    "csl": [CSL / "consolidated_sample_2025.csv", CSL / "consolidated_sample_2019.csv",
            FIXTURES / "csl" / "consolidated_sample_2025.json"],
    "ftm": [FIXTURES / "ftm" / "us_lists_sample.ftm.json"],
}


@pytest.mark.parametrize("source", sorted(RUNS))
def test_records_fit_the_model(source: str) -> None:
    records, _ = parse(source, *RUNS[source])
    ids = {r.id for r in records}
    for record in records:
        assert registry.entity.clean(record.id) == record.id, record.id
        schema = model.get(record.schema)
        assert schema is not None and not schema.abstract, record.schema
        assert not schema.is_a("Person")
        for fact in record.facts:
            prop = schema.get(fact.prop)
            assert prop is not None, (record.schema, fact.prop)
            if prop.type.name in ("entity", "date", "identifier", "url", "email"):
                assert prop.type.clean(fact.value) is not None, (record.id, fact.prop, fact.value)
            if prop.type.name == "entity" and source != "ftm":
                assert fact.value in ids  # sanctions point at an entity of the same ingest

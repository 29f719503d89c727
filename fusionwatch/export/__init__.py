"""Exports: FollowTheMoney JSON lines (entities) and CSV (statements with provenance)."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from fusionwatch.errors import UsageError
from fusionwatch.store.queries import iter_entities, iter_statements
from fusionwatch.store.store import Store

CSV_COLUMNS = [
    "id", "entity_id", "schema", "prop", "prop_type", "value", "original_value", "lang",
    "dataset", "citation", "quote", "span_start", "span_end", "first_seen", "last_seen",
    "document_path", "document_url", "document_sha256", "retrieved",
]


def write_export(store: Store, fmt: str, out: TextIO) -> int:
    """Write the store to ``out`` as ``ftm`` or ``csv``; returns the rows written."""
    count = 0
    if fmt == "ftm":
        for view in iter_entities(store):
            out.write(json.dumps(view.to_ftm(), ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for stmt in iter_statements(store):
            writer.writerow(stmt)
            count += 1
    else:
        raise UsageError(f"unknown export format {fmt!r} (ftm, csv)")
    return count

"""Writing one dataset version into the store.

Statements are staged (:meth:`Store.bulk_insert`) and merged with set-based SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass, fields

from fusionwatch.model.statements import Statement
from fusionwatch.sources.base import Document
from fusionwatch.store.store import Store

_COLUMNS = [f.name for f in fields(Statement)]


@dataclass
class RunInfo:
    """What is known about a dataset version before it is written."""

    dataset: str
    source: str
    started_at: str
    documents: Sequence[Document]
    rows_read: int
    persons_dropped: int
    cumulative: bool = False


def last_documents(store: Store, dataset: str) -> list[str] | None:
    """The sorted document hashes of the dataset's latest run, or None if never ingested."""
    docs = store.scalar(
        "SELECT documents FROM runs WHERE dataset = ? ORDER BY run_id DESC LIMIT 1", [dataset]
    )
    return None if docs is None else sorted(json.loads(docs))


def write_run(store: Store, run: RunInfo, statements: Iterable[Statement]) -> tuple[int, int, int]:
    """Write a dataset version; must be called inside a transaction.

    Returns:
        (run_id, entities, statements) of the new version.
    """
    now = run.started_at
    hashes = {d.sha256 for d in run.documents}
    if run.cumulative:
        hashes |= set(last_documents(store, run.dataset) or [])
    previous = store.scalar("SELECT max(run_id) FROM runs WHERE dataset = ?", [run.dataset])
    run_id = int(store.scalar("SELECT nextval('run_ids')"))
    if run.cumulative and previous is not None:
        # A cumulative dataset (notices) grows by documents: what earlier versions held
        # stays current. last_seen keeps saying when a fact was last read.
        store.execute("UPDATE statements SET last_run = ? WHERE dataset = ? AND last_run = ?",
                      [run_id, run.dataset, previous])
        store.execute("INSERT INTO seen SELECT ?, dataset, entity_id FROM seen WHERE run_id = ?",
                      [run_id, previous])
    for doc in run.documents:
        store.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [doc.sha256, doc.path, doc.url, doc.size, doc.retrieved, now],
        )
    store.execute("DROP TABLE IF EXISTS stage")
    store.execute(
        "CREATE TEMP TABLE stage AS SELECT * EXCLUDE (first_seen, last_seen, first_run, last_run)"
        " FROM statements LIMIT 0")
    seen_ids: set[str] = set()

    def unique() -> Iterable[tuple[object, ...]]:
        """Each statement once (two entries of a list may state the same fact)."""
        for stmt in statements:
            if stmt.id not in seen_ids:
                seen_ids.add(stmt.id)
                yield astuple(stmt)

    store.bulk_insert("stage", _COLUMNS, unique())
    cols = ", ".join(_COLUMNS)
    store.execute(
        """UPDATE statements SET last_seen = ?, last_run = ?, schema = s.schema,
               document = s.document, citation = s.citation, quote = s.quote,
               span_start = s.span_start, span_end = s.span_end,
               original_value = s.original_value, lang = s.lang
           FROM stage s WHERE statements.id = s.id AND statements.dataset = s.dataset""",
        [now, run_id],
    )
    store.execute(
        f"""INSERT INTO statements SELECT {cols}, ?, ?, ?, ? FROM stage s
            WHERE NOT EXISTS (SELECT 1 FROM statements t
                              WHERE t.id = s.id AND t.dataset = s.dataset)""",
        [now, now, run_id, run_id],
    )
    store.execute(
        """INSERT INTO seen SELECT DISTINCT ?, dataset, entity_id FROM stage s
           WHERE NOT EXISTS (SELECT 1 FROM seen x WHERE x.run_id = ?
                             AND x.entity_id = s.entity_id)""", [run_id, run_id]
    )
    entities = int(store.scalar("SELECT count(DISTINCT entity_id) FROM stage"))
    count = int(store.scalar("SELECT count(*) FROM stage"))
    store.execute("DROP TABLE stage")
    store.execute(
        "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [run_id, run.dataset, run.source, now,
         json.dumps(sorted(hashes)),
         run.rows_read, run.persons_dropped, entities, count],
    )
    return run_id, entities, count

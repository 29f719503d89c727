"""The store's tables. Statements are the facts; everything else is bookkeeping.

- ``documents``: every source file ever ingested (sha256, path/URL, retrieval date).
- ``runs``: one row per dataset version ingested (which documents, what was read).
- ``statements``: facts with provenance and first/last seen (see model.statements).
- ``seen``: which entities each run contained; change tracking compares two runs.
- ``judgements``: human decisions about pairs of entities, as reversible edges.
- ``name_keys``: blocking / search keys of each entity's names (derived, rebuildable).
- ``links``: scored candidate pairs with the algorithm, its explanation, and whether the
  link may merge clusters by itself (``auto``) or only goes to the review queue.
- ``resolution``: the canonical id of each entity, derived from links and judgements.
"""

from __future__ import annotations

VERSION = 1

DDL = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS documents (
        sha256 VARCHAR PRIMARY KEY,
        path VARCHAR NOT NULL,
        url VARCHAR,
        size BIGINT NOT NULL,
        retrieved VARCHAR NOT NULL,
        first_ingested VARCHAR NOT NULL
    )""",
    """CREATE SEQUENCE IF NOT EXISTS run_ids START 1""",
    """CREATE TABLE IF NOT EXISTS runs (
        run_id BIGINT PRIMARY KEY,
        dataset VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        started_at VARCHAR NOT NULL,
        documents VARCHAR NOT NULL,
        rows_read BIGINT NOT NULL,
        persons_dropped BIGINT NOT NULL,
        entities BIGINT NOT NULL,
        statements BIGINT NOT NULL
    )""",
    # No primary key on purpose: DuckDB's over-eager index checks make UPDATE of
    # indexed rows fragile; the ingest keeps ``id`` unique itself.
    """CREATE TABLE IF NOT EXISTS statements (
        id VARCHAR NOT NULL,
        entity_id VARCHAR NOT NULL,
        schema VARCHAR NOT NULL,
        prop VARCHAR NOT NULL,
        prop_type VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        original_value VARCHAR,
        lang VARCHAR,
        dataset VARCHAR NOT NULL,
        document VARCHAR NOT NULL,
        citation VARCHAR,
        quote VARCHAR,
        span_start INTEGER,
        span_end INTEGER,
        first_seen VARCHAR NOT NULL,
        last_seen VARCHAR NOT NULL,
        first_run BIGINT NOT NULL,
        last_run BIGINT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS seen (
        run_id BIGINT NOT NULL,
        dataset VARCHAR NOT NULL,
        entity_id VARCHAR NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS judgements (
        left_id VARCHAR NOT NULL,
        right_id VARCHAR NOT NULL,
        judgement VARCHAR NOT NULL,
        who VARCHAR NOT NULL,
        made_at VARCHAR NOT NULL,
        why VARCHAR,
        active BOOLEAN NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS resolution (
        entity_id VARCHAR NOT NULL,
        canonical_id VARCHAR NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS name_keys (
        entity_id VARCHAR NOT NULL,
        key VARCHAR NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS links (
        left_id VARCHAR NOT NULL,
        right_id VARCHAR NOT NULL,
        score DOUBLE NOT NULL,
        algorithm VARCHAR NOT NULL,
        explanation VARCHAR NOT NULL,
        auto BOOLEAN NOT NULL DEFAULT true
    )""",
    # stores made before links had the auto flag
    """ALTER TABLE links ADD COLUMN IF NOT EXISTS auto BOOLEAN DEFAULT true""",
]

"""The ``resolve`` job over the whole store: key -> block -> score -> cluster.

Incremental: records whose statements are newer than the last resolution are keyed
and scored against everything; links between older records are kept. Clustering is
cheap and always redone from all links and the judgements in force.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from fusionwatch.errors import UsageError
from fusionwatch.resolve.algorithms import ALGORITHMS
from fusionwatch.resolve.blocking import MAX_BLOCK, block_pairs
from fusionwatch.resolve.cluster import canonical_id, cluster
from fusionwatch.resolve.compare import blocking_keys, compare
from fusionwatch.resolve.engines import Engine, LocalEngine
from fusionwatch.resolve.judgements import Judgement, active_judgements
from fusionwatch.resolve.records import OrgRecord, load_records
from fusionwatch.sources import get_source
from fusionwatch.store.store import Store

T = TypeVar("T")
Progress = Callable[[Iterable[T]], Iterable[T]]

# Scored pairs below this are not kept: they are neither links nor review material.
KEEP_SCORE = 0.05
# Two records scoring below this clearly differ: a chain of links may not join them.
VETO_SCORE = 0.1


@dataclass
class ResolveReport:
    """What a resolve run did."""

    algorithm: str
    threshold: float
    records: int
    rescored_records: int
    pairs_scored: int
    links: int
    clusters_merged: int
    records_merged: int
    refused: int

    def line(self) -> str:
        """One-line summary for the terminal."""
        return (f"resolve {self.algorithm} @ {self.threshold:.2f}: {self.records} records "
                f"({self.rescored_records} rescored), {self.pairs_scored} pairs scored, "
                f"{self.links} links; {self.records_merged} records in "
                f"{self.clusters_merged} merged clusters; {self.refused} links refused "
                f"(judged different, or vetoed as chaining)")


def default_threshold(algorithm: str) -> float:
    """The algorithm's calibrated default threshold; UsageError for unknown algorithms."""
    algo = ALGORITHMS.get(algorithm)
    if algo is None:
        raise UsageError(f"unknown algorithm {algorithm!r}; known: {', '.join(sorted(ALGORITHMS))}")
    return float(algo.threshold())


def _meta(store: Store, key: str) -> str | None:
    value = store.scalar("SELECT value FROM meta WHERE key = ?", [key])
    return None if value is None else str(value)


def _set_meta(store: Store, key: str, value: str) -> None:
    store.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])


def update_keys(store: Store, records: dict[str, OrgRecord], touched: set[str]) -> None:
    """Replace the blocking/search keys of ``touched`` records (inside a transaction)."""
    store.execute("CREATE TEMP TABLE IF NOT EXISTS touched (entity_id VARCHAR)")
    store.execute("DELETE FROM touched")
    store.bulk_insert("touched", ["entity_id"], ((i,) for i in touched))
    store.execute("DELETE FROM name_keys WHERE entity_id IN (SELECT entity_id FROM touched)")
    store.bulk_insert("name_keys", ["entity_id", "key"], (
        (i, key) for i in sorted(touched) if i in records
        for key in sorted(blocking_keys(records[i].record))))


def _changed_since(store: Store, run: int, records: dict[str, OrgRecord]) -> set[str]:
    return {r[0] for r in store.rows(
        "SELECT DISTINCT entity_id FROM statements WHERE last_run > ? OR first_run > ?",
        [run, run]) if r[0] in records}


def index_new(store: Store) -> int:
    """Key the records ingested since the last indexing, so search finds them.

    Returns the number of records (re)keyed.
    """
    last_run = int(store.scalar("SELECT coalesce(max(run_id), 0) FROM runs"))
    done = _meta(store, "index.run")
    if done is not None and int(done) >= last_run:
        return 0
    records = load_records(store)
    touched = set(records) if done is None else _changed_since(store, int(done), records)
    with store.transaction():
        update_keys(store, records, touched)
        _set_meta(store, "index.run", str(last_run))
    return len(touched)


def _candidates(store: Store, records: dict[str, OrgRecord],
                touched: set[str]) -> Iterator[tuple[str, str]]:
    """Pairs sharing a key, at least one side touched; never all-vs-all.

    Two entries of one list are two listings: a list names each organization once
    (its aliases are on the same entry), so pairs within a snapshot dataset are not
    candidates. Cumulative datasets (notices, written by many hands) are the exception.
    """
    index: dict[str, list[str]] = defaultdict(list)
    for entity_id, key in store.rows("SELECT entity_id, key FROM name_keys ORDER BY 2, 1"):
        if entity_id in records:
            index[key].append(entity_id)
    within = _cumulative_datasets(store)

    def keep(a: str, b: str) -> bool:
        """A pair worth scoring: something new in it, and not two entries of one list."""
        if a not in touched and b not in touched:
            return False
        da, db = records[a].dataset, records[b].dataset
        return da != db or da in within

    yield from block_pairs(index, MAX_BLOCK, keep)


def _cumulative_datasets(store: Store) -> set[str]:
    out = set()
    for dataset, source in store.rows("SELECT DISTINCT dataset, source FROM runs"):
        try:
            if get_source(source).cumulative:
                out.add(dataset)
        except UsageError:  # a source no longer registered
            continue
    return out


def resolve(store: Store, *, algorithm: str = "fw-1", threshold: float | None = None,
            full: bool = False, engine: Engine | None = None,
            progress: Progress[tuple[str, str]] | None = None) -> ResolveReport:
    """Resolve the organizations in the store into clusters (see module docstring).

    Args:
        store: the open store.
        algorithm: the matching algorithm (``fw-1``).
        threshold: link pairs scoring at least this; the algorithm's default if None.
        full: rescore every pair, not only pairs with new or changed records.
        engine: where pairs are scored (in process by default, or Spark).
        progress: wraps the pair stream, e.g. with a progress bar.
    """
    cut = default_threshold(algorithm) if threshold is None else threshold
    records = load_records(store)
    last_run = int(store.scalar("SELECT coalesce(max(run_id), 0) FROM runs"))
    done = _meta(store, "resolve.run")
    if full or done is None or _meta(store, "resolve.algorithm") != algorithm:
        touched = set(records)
    else:
        touched = _changed_since(store, int(done), records)
    with store.transaction():
        update_keys(store, records, touched)
        if len(touched) == len(records):
            store.execute("DELETE FROM links")
        else:
            store.execute("DELETE FROM links WHERE left_id IN (SELECT entity_id FROM touched)"
                          " OR right_id IN (SELECT entity_id FROM touched)")
        pairs = list(_candidates(store, records, touched))
        scorer = engine or LocalEngine()
        rows = [(a, b, score, algorithm, explanation, auto)
                for a, b, score, explanation, auto
                in scorer.score(pairs, {i: r.record for i, r in records.items()}, algorithm,
                                progress) if score >= KEEP_SCORE]
        scored = len(pairs)
        store.bulk_insert("links", ["left_id", "right_id", "score", "algorithm", "explanation",
                                    "auto"], rows)
        report = _recluster(store, records, cut, algorithm)
        _set_meta(store, "resolve.run", str(last_run))
        _set_meta(store, "index.run", str(last_run))
        _set_meta(store, "resolve.algorithm", algorithm)
        _set_meta(store, "resolve.threshold", str(cut))
    report.rescored_records = len(touched)
    report.pairs_scored = scored
    return report


def _recluster(store: Store, records: dict[str, OrgRecord], cut: float,
               algorithm: str) -> ResolveReport:
    """Rebuild the resolution table from links at ``cut`` and the judgements in force."""
    links = [(a, b, s) for a, b, s in store.rows(
        "SELECT left_id, right_id, score FROM links WHERE score >= ? AND auto", [cut])]
    edges = active_judgements(store)
    same = [(e.left_id, e.right_id) for e in edges if e.judgement is Judgement.SAME]
    different = [(e.left_id, e.right_id) for e in edges if e.judgement is Judgement.DIFFERENT]
    nodes = set(records) | {i for pair in same + different for i in pair}
    known = {(a, b): s for a, b, s in store.rows("SELECT left_id, right_id, score FROM links")}
    result = cluster(sorted(nodes), links, same, different,
                     _veto(records, known, algorithm, cut))
    store.execute("DELETE FROM resolution")
    merged = [m for m in result.clusters() if len(m) > 1]
    store.bulk_insert("resolution", ["entity_id", "canonical_id"], (
        (member, canonical_id(members)) for members in merged for member in sorted(members)))
    return ResolveReport(algorithm, cut, len(records), 0, 0, len(links), len(merged),
                         sum(len(m) for m in merged), len(result.refused))


def current_threshold(store: Store) -> float:
    """The threshold of the last resolve run (the default before any)."""
    algorithm = _meta(store, "resolve.algorithm") or "fw-1"
    return float(_meta(store, "resolve.threshold") or default_threshold(algorithm))


# Features that say two names are two bodies (when the pair is no match anyway): other
# numbers, a branch and its parent, two brands, cities or units, conflicting identifiers.
# Not two countries: a list enters one firm once per country it has addresses in
# ("Southeast Trading LTD. Bucharest, Romania. (See also addresses under Finland and
# Russia)"), and another list's entry without a country joins them.
CONFLICTS = frozenset({"branch_mismatch", "brand_conflict", "city_conflict", "unit_conflict"})


def conflicting(features: dict[str, float]) -> bool:
    """Whether match ``features`` hold a conflict of :data:`CONFLICTS`, two numbers or
    two identifiers."""
    return (not CONFLICTS.isdisjoint(features) or features.get("number_conflict", 0.0) >= 1.0
            or features.get("identifier", 0.0) < 0)


def _veto(records: dict[str, OrgRecord], known: dict[tuple[str, str], float],
          algorithm: str, cut: float) -> Callable[[str, str], bool]:
    """True for two records whose names clearly differ (scored now if not scored yet)."""
    conflicts: dict[tuple[str, str], bool] = {}

    def veto(x: str, y: str) -> bool:
        """True when x and y score below VETO_SCORE, or are no match and conflict
        ("Beijing ..." / "Nanjing University of Aeronautics and Astronautics", both linked
        to an institute of that field with no city); cached per pair."""
        pair = (x, y) if x < y else (y, x)
        score = known.get(pair)
        if score is not None and (score < VETO_SCORE or score >= cut):
            return score < VETO_SCORE
        if x not in records or y not in records:
            return False
        if pair not in conflicts:
            result = compare(records[x].record, records[y].record, algorithm)
            known[pair] = result.score
            conflicts[pair] = result.score < cut and conflicting(result.features)
        return known[pair] < VETO_SCORE or conflicts[pair]

    return veto


def recluster(store: Store) -> ResolveReport:
    """Re-apply judgements without rescoring (after ``judge``)."""
    cut = current_threshold(store)
    algorithm = _meta(store, "resolve.algorithm") or "fw-1"
    with store.transaction():
        return _recluster(store, load_records(store), cut, algorithm)


def canonical_of(store: Store, entity_id: str) -> str:
    """The cluster id of a record (itself when it stands alone)."""
    value = store.scalar("SELECT canonical_id FROM resolution WHERE entity_id = ?", [entity_id])
    return str(value) if value is not None else entity_id


def cluster_members(store: Store, entity_id: str) -> list[str]:
    """Every record in the same cluster as ``entity_id`` (including itself)."""
    canon = canonical_of(store, entity_id)
    rows = store.rows("SELECT entity_id FROM resolution WHERE canonical_id = ? ORDER BY 1",
                      [canon])
    return [r[0] for r in rows] or [entity_id]

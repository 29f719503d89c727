"""Ingest: parse files with a source, clean the records, write new dataset versions.

Everything is parsed and validated before the store is touched, and all datasets of
one call are written in one transaction, so bad input or a killed process leaves
the store as it was. A dataset whose files are identical to its latest version is
left alone: re-ingesting the same file changes nothing.

Most sources are snapshots (a list's new version replaces the old one, and what it no
longer holds is marked removed). A source with ``cumulative = True`` (procurement
notices) grows instead: a new version adds documents and keeps the earlier ones.
A source with ``tolerant = True`` reports a bad file and goes on with the others
(a folder of notices); the records of the good files are still written atomically.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fusionwatch.errors import InputError
from fusionwatch.model.statements import Statement, record_statements
from fusionwatch.sources.base import DatasetReport, Document, ParseReport, Record, Source
from fusionwatch.store.changes import diff_runs, subject_schemata
from fusionwatch.store.store import Store
from fusionwatch.store.writer import RunInfo, last_documents, write_run

Progress = Callable[[Iterable[Record]], Iterable[Record]]


@dataclass
class IngestReport:
    """What one ``ingest`` call read and wrote, per dataset."""

    source: str
    datasets: list[DatasetReport] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    documents_parsed: int = 0

    def as_dict(self, show_dropped: bool = False) -> dict[str, object]:
        """A JSON-ready summary; dropped person names only when asked for."""
        out = []
        for rep in self.datasets:
            item: dict[str, object] = {
                "dataset": rep.dataset, "rows_read": rep.rows_read,
                "entities": rep.entities, "statements": rep.statements,
                "persons_dropped": rep.persons_dropped, "unchanged": rep.unchanged,
                "added": rep.added, "removed": rep.removed,
            }
            if show_dropped:
                item["dropped_names"] = list(rep.dropped_names)
            out.append(item)
        return {"source": self.source, "datasets": out,
                "failures": [{"file": f, "problem": p} for f, p in self.failures],
                "warnings": list(self.warnings)}


def expand_paths(paths: Sequence[str | Path], suffixes: Sequence[str] | None) -> list[Path]:
    """Paths as given, with directories expanded to their files (sorted, recursive)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file())
            if suffixes is not None:
                found = [f for f in found if f.suffix.lower() in suffixes]
            if not found:
                raise InputError(str(raw), "directory holds no files this source reads")
            out.extend(found)
        else:
            out.append(p)
    return out


def _statements(records: Iterable[Record]) -> tuple[dict[str, list[Statement]],
                                                     dict[str, set[Document]]]:
    by_dataset: dict[str, list[Statement]] = defaultdict(list)
    docs: dict[str, set[Document]] = defaultdict(set)
    for record in records:
        by_dataset[record.dataset].extend(record_statements(record))
        docs[record.dataset].update(record.documents())
    return by_dataset, docs


# A new version removing more than this share of a list's entries is refused.
MAX_SHRINK = 0.5
_SHRINK_MIN = 20


def _check_shrink(store: Store, dataset: str, old_run: int | None, removed: int,
                  allow: bool, docs: set[Document]) -> None:
    if allow or old_run is None:
        return
    subjects = subject_schemata()
    marks = ", ".join("?" for _ in subjects)
    before = int(store.scalar(
        f"""SELECT count(DISTINCT s.entity_id) FROM seen s WHERE s.run_id = ?
            AND s.entity_id IN (SELECT entity_id FROM statements
                                WHERE prop = 'id' AND schema IN ({marks}))""",
        [old_run, *subjects]))
    if before >= _SHRINK_MIN and removed > MAX_SHRINK * before:
        path = sorted(d.path for d in docs)[0]
        raise InputError(path, f"would remove {removed} of the {before} entities of "
                               f"{dataset} (more than half): a truncated file? "
                               "(--allow-shrink accepts it)")


def ingest(
    store: Store,
    source: Source,
    paths: Sequence[str | Path],
    *,
    urls: dict[str, str] | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
    allow_shrink: bool = False,
) -> IngestReport:
    """Parse ``paths`` with ``source`` and write each changed dataset as a new version.

    Args:
        store: the open store.
        source: a registered source.
        paths: files (or directories) to read.
        urls: where fetched files came from, by path, for provenance.
        progress: wraps the record stream, e.g. with a progress bar.
        now: the ingest time (first_seen / last_seen); defaults to the current time.
        allow_shrink: accept a version that drops more than half of a list's entries
            (otherwise refused: it is far more often a truncated file than real news).
    """
    started = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    suffixes, cumulative, tolerant = source.suffixes, source.cumulative, source.tolerant
    parse_report = ParseReport()
    documents = []
    for path in expand_paths(paths, suffixes):
        try:
            documents.append(Document.from_path(path, (urls or {}).get(str(path))))
        except InputError as exc:
            if not tolerant:
                raise
            parse_report.failed(exc.path, exc.problem)
    records: Iterable[Record] = source.parse(documents, parse_report)
    if progress is not None:
        records = progress(records)
    by_dataset, docs = _statements(records)
    report = IngestReport(source.name, failures=parse_report.failures,
                          warnings=parse_report.warnings,
                          documents_parsed=parse_report.documents_parsed)
    with store.transaction():
        for name in sorted(set(parse_report.datasets) | set(by_dataset)):
            rep = parse_report.dataset(name)
            report.datasets.append(rep)
            stmts = by_dataset.get(name, [])
            if not stmts:
                continue
            hashes = {d.sha256 for d in docs[name]}
            previous = last_documents(store, name)
            if previous is not None and (
                    hashes <= set(previous) if cumulative else sorted(hashes) == previous):
                rep.unchanged = True
                rep.entities, rep.statements = store.rows(
                    """SELECT entities, statements FROM runs WHERE dataset = ?
                       ORDER BY run_id DESC LIMIT 1""", [name])[0]
                continue
            info = RunInfo(name, source.name, started, sorted(docs[name], key=lambda d: d.path),
                           rep.rows_read, rep.persons_dropped, cumulative)
            run_id, rep.entities, rep.statements = write_run(store, info, stmts)
            diff = diff_runs(store, name, run_id)
            if diff is not None:
                rep.added, rep.removed = len(diff.added), len(diff.removed)
                _check_shrink(store, name, diff.old_run, rep.removed, allow_shrink,
                              docs[name])
    return report

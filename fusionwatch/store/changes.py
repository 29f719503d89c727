"""Change tracking: which listed things a dataset version added and removed.

Only subjects count (companies, organizations, vessels...): the Sanction record
that goes with each listing comes and goes with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from followthemoney import model as ftm_model

from fusionwatch.errors import UsageError
from fusionwatch.store.store import Store


@dataclass
class Changes:
    """Entities added and removed between two versions of a dataset."""

    dataset: str
    old_run: int | None
    new_run: int
    added: list[tuple[str, str]]
    removed: list[tuple[str, str]]

    def as_dict(self) -> dict[str, object]:
        """The JSON layout of ``fusionwatch changes --json``."""
        return {
            "dataset": self.dataset,
            "added": [{"id": i, "caption": c} for i, c in self.added],
            "removed": [{"id": i, "caption": c} for i, c in self.removed],
        }


_CAPTION = """(SELECT coalesce(min(value) FILTER (WHERE prop = 'name'), min(value))
               FROM statements s WHERE s.entity_id = e.entity_id AND s.dataset = ?
               AND s.prop <> 'id')"""


@cache
def subject_schemata() -> tuple[str, ...]:
    """Schemata of listed things (Company, Vessel...), not of Sanction records and the like."""
    return tuple(sorted(s.name for s in ftm_model.schemata.values() if s.is_a("Thing")))


def diff_runs(store: Store, dataset: str, new_run: int) -> Changes | None:
    """Compare ``new_run`` with the dataset's previous version; None if it is the first."""
    old_run = store.scalar(
        "SELECT max(run_id) FROM runs WHERE dataset = ? AND run_id < ?", [dataset, new_run]
    )
    if old_run is None:
        return None

    def only_in(a: int, b: int) -> list[tuple[str, str]]:
        """Subjects seen in run ``a`` and not in run ``b``, with their captions."""
        subjects = subject_schemata()
        marks = ", ".join("?" for _ in subjects)
        rows = store.rows(
            f"""SELECT e.entity_id, {_CAPTION} FROM
                (SELECT entity_id FROM seen WHERE run_id = ?
                 EXCEPT SELECT entity_id FROM seen WHERE run_id = ?) e
                WHERE e.entity_id IN (SELECT entity_id FROM statements
                                      WHERE prop = 'id' AND schema IN ({marks}))
                ORDER BY 2, 1""",
            [dataset, a, b, *subjects],
        )
        return [(r[0], r[1] or r[0]) for r in rows]

    return Changes(dataset, old_run, new_run, only_in(new_run, old_run), only_in(old_run, new_run))


def changes(store: Store, dataset: str) -> Changes:
    """Entities added and removed between the last two versions of ``dataset``."""
    latest = store.scalar("SELECT max(run_id) FROM runs WHERE dataset = ?", [dataset])
    if latest is None:
        known = [r[0] for r in store.rows("SELECT DISTINCT dataset FROM runs ORDER BY 1")]
        raise UsageError(f"unknown dataset {dataset!r} (known: {', '.join(known) or 'none'})")
    diff = diff_runs(store, dataset, int(latest))
    if diff is None:
        return Changes(dataset, None, int(latest), [], [])
    return diff

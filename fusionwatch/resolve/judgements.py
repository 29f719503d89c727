"""Human judgements: reversible edges with who, when and why.

A new judgement on a pair supersedes the previous one (which is kept, inactive, as
history); ``unsure`` records that someone looked without deciding. Judgements name
record ids, which are stable across re-ingests, so they survive new versions of a
list and every re-resolution.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from fusionwatch.errors import UsageError
from fusionwatch.store.store import Store


class Judgement(StrEnum):
    """What a person decided about a pair of records."""

    SAME = "same"
    DIFFERENT = "different"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Edge:
    """One judgement as stored."""

    left_id: str
    right_id: str
    judgement: Judgement
    who: str
    made_at: str
    why: str | None
    active: bool


def _pair(a: str, b: str) -> tuple[str, str]:
    if a == b:
        raise UsageError(f"cannot judge {a!r} against itself")
    return (a, b) if a < b else (b, a)


def _known(store: Store, entity_id: str) -> bool:
    return bool(store.scalar(
        "SELECT count(*) FROM statements WHERE entity_id = ? AND prop = 'id'", [entity_id]))


def judge(store: Store, a: str, b: str, judgement: Judgement, who: str,
          why: str | None = None, now: datetime | None = None) -> Edge:
    """Record a judgement about two records, superseding any earlier one on the pair."""
    left, right = _pair(a, b)
    for entity_id in (left, right):
        if not _known(store, entity_id):
            raise UsageError(f"no record with id {entity_id!r}")
    made_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with store.transaction():
        store.execute("UPDATE judgements SET active = false WHERE left_id = ? AND right_id = ?",
                      [left, right])
        store.execute("INSERT INTO judgements VALUES (?, ?, ?, ?, ?, ?, true)",
                      [left, right, judgement.value, who, made_at, why])
    return Edge(left, right, judgement, who, made_at, why, True)


def retract(store: Store, a: str, b: str) -> int:
    """Withdraw the active judgement on a pair (history is kept); returns how many."""
    left, right = _pair(a, b)
    with store.transaction():
        count = int(store.scalar(
            "SELECT count(*) FROM judgements WHERE left_id = ? AND right_id = ? AND active",
            [left, right]))
        store.execute("UPDATE judgements SET active = false WHERE left_id = ? AND right_id = ?",
                      [left, right])
    return count


def active_judgements(store: Store) -> list[Edge]:
    """The judgements in force."""
    return [Edge(r[0], r[1], Judgement(r[2]), r[3], r[4], r[5], r[6]) for r in store.rows(
        """SELECT left_id, right_id, judgement, who, made_at, why, active FROM judgements
           WHERE active ORDER BY made_at""")]


def history(store: Store, a: str, b: str) -> list[Edge]:
    """Every judgement ever made on a pair, oldest first."""
    left, right = _pair(a, b)
    return [Edge(r[0], r[1], Judgement(r[2]), r[3], r[4], r[5], r[6]) for r in store.rows(
        """SELECT left_id, right_id, judgement, who, made_at, why, active FROM judgements
           WHERE left_id = ? AND right_id = ? ORDER BY made_at""", [left, right])]

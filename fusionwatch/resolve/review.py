"""The review queue: candidate pairs nobody has judged, most uncertain first."""

from __future__ import annotations

from dataclasses import dataclass

from fusionwatch.store.store import Store


@dataclass
class Candidate:
    """A scored pair awaiting a human decision."""

    left_id: str
    right_id: str
    score: float
    explanation: str


def review_queue(store: Store, threshold: float, limit: int = 50) -> list[Candidate]:
    """Unjudged pairs, most uncertain first: links above the threshold that may not merge
    by themselves (see :mod:`fusionwatch.resolve.policy`), then by closeness of their
    score to ``threshold``."""
    rows = store.rows(
        """SELECT l.left_id, l.right_id, l.score, l.explanation FROM links l
           WHERE NOT EXISTS (SELECT 1 FROM judgements j WHERE j.active
                             AND j.left_id = least(l.left_id, l.right_id)
                             AND j.right_id = greatest(l.left_id, l.right_id))
           ORDER BY CASE WHEN NOT l.auto AND l.score >= ? THEN 0 ELSE abs(l.score - ?) END,
                    l.left_id, l.right_id LIMIT ?""",
        [threshold, threshold, limit])
    return [Candidate(*r) for r in rows]

"""Name search with the matcher's normalization: any script, any spelling.

A query is keyed like the stored names (brand glossary, pinyin, normalized trade
name), candidates sharing a key (or containing the text) are scored with the
matching algorithm, and the best come first, grouped with their resolved cluster.
"""

from __future__ import annotations

from dataclasses import dataclass

from fusionwatch.resolve.blocking import MAX_BLOCK
from fusionwatch.resolve.compare import NameRecord, blocking_keys, compare, normalize_for_search
from fusionwatch.resolve.records import load_records
from fusionwatch.store.queries import search_names
from fusionwatch.store.store import Store

# Candidates scoring below this are not shown.
MIN_SCORE = 0.2
# A name that merely contains the query text ranks as this.
CONTAINS_SCORE = 0.6


@dataclass
class Hit:
    """One entity found by a search."""

    entity_id: str
    name: str
    dataset: str
    score: float
    canonical_id: str | None
    explanation: str

    def as_dict(self) -> dict[str, object]:
        """JSON form."""
        return {"id": self.entity_id, "name": self.name, "dataset": self.dataset,
                "score": round(self.score, 3), "canonical_id": self.canonical_id,
                "explanation": self.explanation}

    def line(self) -> str:
        """One line for the terminal."""
        cluster = f" [{self.canonical_id}]" if self.canonical_id else ""
        return f"{self.score:.2f}  {self.entity_id}  {self.name}  ({self.dataset}){cluster}"


def _key_candidates(store: Store, text: str) -> set[str]:
    """Entities sharing a key with the query: its search keys (trade name, brand), and
    the matcher's blocking keys that are not too common. A name that is only a place and
    a kind of body ("喀什地区公安局", the Kashgar Prefecture Public Security Bureau) has
    no trade name to key on; its region-and-kind key finds it in any script."""
    exact = sorted(normalize_for_search(text))
    blocking = sorted(blocking_keys(NameRecord((text,))) - set(exact))
    if not exact and not blocking:
        return set()
    marks = ", ".join("?" for _ in exact) or "NULL"
    common = ", ".join("?" for _ in blocking) or "NULL"
    return {r[0] for r in store.rows(
        f"""SELECT DISTINCT entity_id FROM name_keys WHERE key IN ({marks}) OR key IN (
                SELECT key FROM name_keys WHERE key IN ({common})
                GROUP BY key HAVING count(*) <= ?)""", [*exact, *blocking, MAX_BLOCK])}


def search(store: Store, text: str, limit: int = 20) -> list[Hit]:
    """Entities whose names match ``text``, best first."""
    substring = search_names(store, text, limit=200)
    ids = _key_candidates(store, text) | {r[0] for r in substring}
    records = load_records(store, ids)
    query = NameRecord((text,))
    canon = dict(store.rows("SELECT entity_id, canonical_id FROM resolution"))
    hits = []
    folded = text.casefold().strip()
    for entity_id, rec in records.items():
        result = compare(query, rec.record)
        names = [n.casefold() for n in rec.record.names]
        if folded in names:
            score, why = 1.0, "same name"
        elif result.score >= CONTAINS_SCORE or not any(folded in n for n in names):
            score, why = result.score, result.explanation
        else:
            score, why = CONTAINS_SCORE, "name contains text"
        if score >= MIN_SCORE:
            hits.append(Hit(entity_id, rec.caption, rec.dataset, score,
                            canon.get(entity_id), why))
    # names of things that are not organizations (vessels, aircraft) match by substring
    for entity_id, name, dataset in substring:
        if entity_id not in records:
            hits.append(Hit(entity_id, name, dataset, CONTAINS_SCORE, None,
                            "name contains text"))
    # best score first; among equals, the name closest in length to the query
    hits.sort(key=lambda h: (-round(h.score, 3), abs(len(h.name) - len(text)), h.entity_id))
    return hits[:limit]

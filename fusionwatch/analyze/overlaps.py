"""Organizations that appear on more than one list.

After ``fusionwatch resolve`` the groups are the resolved clusters, each explained by
the links that built it (a maximum spanning tree over its accepted links, and the
judgements); before it, records are grouped by exact normalized name.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TextIO

from fusionwatch.resolve.cluster import cluster
from fusionwatch.resolve.run import current_threshold
from fusionwatch.store.queries import links_between
from fusionwatch.store.store import Store

_PUNCT = re.compile(r"[^\w]+")


def exact_key(name: str) -> str:
    """Case, width, accents and punctuation folded: the pre-resolution grouping key."""
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _PUNCT.sub(" ", text).strip()


@dataclass
class Overlap:
    """One organization found on several datasets."""

    key: str
    caption: str
    datasets: list[str]
    entity_ids: list[str]
    names: list[str]
    explanation: list[str] = field(default_factory=list)


def _name_rows(store: Store) -> list[tuple[str, str, str, str]]:
    return [tuple(r) for r in store.rows(
        """SELECT s.entity_id, s.dataset, s.value, s.prop FROM statements s
           JOIN (SELECT dataset, max(run_id) AS run FROM runs GROUP BY 1) l
             ON l.dataset = s.dataset AND s.last_run = l.run
           WHERE s.prop IN ('name', 'alias') AND s.schema NOT IN ('Sanction')""")]


def find_overlaps(store: Store) -> list[Overlap]:
    """Groups of current entities spanning more than one dataset."""
    rows = _name_rows(store)
    groups: dict[str, set[str]] = defaultdict(set)
    resolved = dict(store.rows("SELECT entity_id, canonical_id FROM resolution"))
    has_run = store.scalar("SELECT count(*) FROM meta WHERE key = 'resolve.run'")
    threshold = current_threshold(store)
    if has_run:
        for entity_id, _, _, _ in rows:
            groups[resolved.get(entity_id, entity_id)].add(entity_id)
    else:
        for entity_id, _, name, _ in rows:
            if len(exact_key(name)) >= 4:  # short keys (acronyms) collide by chance
                groups[exact_key(name)].add(entity_id)
    datasets: dict[str, str] = {}
    names: dict[str, list[str]] = defaultdict(list)
    primary: dict[str, list[str]] = defaultdict(list)
    for entity_id, dataset, name, prop in rows:
        datasets[entity_id] = dataset
        names[entity_id].append(name)
        if prop == "name":
            primary[entity_id].append(name)
    out = []
    for key, members in groups.items():
        sets = sorted({datasets[m] for m in members})
        if len(sets) < 2:
            continue
        ids = sorted(members)
        all_names = sorted({n for m in ids for n in names[m]})
        caption = min((n for m in ids for n in primary[m] or names[m]), key=len)
        expl = [f"{a} ~ {b} ({score:.2f}): {why}" for a, b, score, why
                in _merge_links(store, ids, threshold)] if has_run else []
        out.append(Overlap(key, caption, sets, ids, all_names, expl))
    return sorted(out, key=lambda o: (-len(o.datasets), o.caption.casefold()))


def _merge_links(store: Store, ids: list[str],
                 threshold: float) -> list[tuple[str, str, float, str]]:
    """The links that built a cluster: a maximum spanning tree over its accepted links
    (the strongest link first, as clustering applied them), judgements shown as such."""
    tree = cluster(ids, [])
    used = []
    judged = [(a, b, 1.0, f"judged same by {who}: {why or 'no reason given'}")
              for a, b, who, why in store.rows(
                  """SELECT left_id, right_id, who, why FROM judgements
                     WHERE active AND judgement = 'same'""") if a in ids and b in ids]
    links = [r[:4] for r in links_between(store, ids) if r[2] >= threshold and r[4]]
    for a, b, score, why in judged + links:
        if tree.find(a) != tree.find(b):
            tree.union(a, b, {})
            used.append((a, b, score, why))
    return used


def write_overlaps_csv(overlaps: list[Overlap], out: TextIO) -> None:
    """One row per organization: caption, datasets, ids, names and merge explanations."""
    writer = csv.writer(out)
    writer.writerow(["key", "caption", "datasets", "dataset_count", "entity_ids", "names",
                     "explanation"])
    for o in overlaps:
        writer.writerow([o.key, o.caption, ";".join(o.datasets), len(o.datasets),
                         ";".join(o.entity_ids), " | ".join(o.names),
                         " | ".join(o.explanation) or "same normalized name"])

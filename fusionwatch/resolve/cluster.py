"""Clustering: connected components over accepted links, respecting negative judgements.

Positive judgements are applied first, then machine links from the highest score
down; a link that would put two records judged ``different`` into one cluster is
refused. Without negative judgements this is plain connected components.

Single-link clustering chains: A~B and B~C put A and C together even when A and C
plainly differ (two sibling institutes both linked to their parent's short name). A
``veto`` callback guards machine links: before two clusters join, it is asked about
pairs across them, and one clear "these differ" refuses the link.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Veto = Callable[[str, str], bool]
# Cross pairs checked before two clusters join (the largest clusters are sampled).
VETO_PAIRS = 64


@dataclass
class Clustering:
    """The outcome: each record's cluster root, and the links refused."""

    parent: dict[str, str] = field(default_factory=dict)
    members: dict[str, set[str]] = field(default_factory=dict)
    refused: list[tuple[str, str]] = field(default_factory=list)

    def find(self, node: str) -> str:
        """The root of ``node``'s cluster (path-halving union-find)."""
        parent = self.parent
        if node not in parent:
            parent[node] = node
            self.members[node] = {node}
            return node
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(self, a: str, b: str, blocked: dict[str, set[str]],
              veto: Veto | None = None) -> bool:
        """Join the clusters of ``a`` and ``b`` unless a judgement or the veto forbids it."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ma, mb = self.members[ra], self.members[rb]
        small, large = (ma, mb) if len(ma) <= len(mb) else (mb, ma)
        if any(blocked.get(x, set()) & large for x in small):
            return False
        if veto is not None and (len(ma) > 1 or len(mb) > 1):
            cross = itertools.islice(itertools.product(sorted(ma), sorted(mb)), VETO_PAIRS)
            if any(veto(x, y) for x, y in cross):
                return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True

    def clusters(self) -> list[set[str]]:
        """Every cluster, as a set of record ids."""
        return [set(m) for m in self.members.values()]


def cluster(
    nodes: Iterable[str],
    links: Iterable[tuple[str, str, float]],
    same: Iterable[tuple[str, str]] = (),
    different: Iterable[tuple[str, str]] = (),
    veto: Veto | None = None,
) -> Clustering:
    """Cluster ``nodes`` by ``links`` (id, id, score), honouring judgements.

    Args:
        nodes: every record id (singletons included).
        links: machine links accepted at the threshold.
        same: pairs judged the same organization (always joined unless contradicted).
        different: pairs judged different (never in one cluster).
        veto: ``veto(x, y)`` is True when records x and y clearly differ; asked before
            a machine link joins two clusters (not for judgements).
    """
    result = Clustering()
    for node in nodes:
        result.find(node)
    blocked: dict[str, set[str]] = {}
    for a, b in different:
        blocked.setdefault(a, set()).add(b)
        blocked.setdefault(b, set()).add(a)
    for a, b in same:
        if not result.union(a, b, blocked):
            result.refused.append((a, b))
    for a, b, _ in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        if not result.union(a, b, blocked, veto):
            result.refused.append((a, b))
    return result


def canonical_id(members: Iterable[str]) -> str:
    """A deterministic id for a cluster: derived from its smallest member id."""
    first = min(members)
    return "fw-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:16]

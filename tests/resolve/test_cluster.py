"""Clustering checked against networkx on random graphs, and negative judgements."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from fusionwatch.resolve.cluster import canonical_id, cluster

nodes_st = st.integers(min_value=1, max_value=30)


@st.composite
def graphs(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, str, float]]]:
    n = draw(nodes_st)
    nodes = [f"n{i}" for i in range(n)]
    edges = draw(st.lists(st.tuples(st.sampled_from(nodes), st.sampled_from(nodes),
                                    st.floats(0.5, 1.0)), max_size=60))
    return nodes, edges


@given(graphs())
@settings(max_examples=200, deadline=None)
def test_components_match_networkx(graph: tuple[list[str], list[tuple[str, str, float]]]) -> None:
    nodes, edges = graph
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((a, b) for a, b, _ in edges)
    expected = sorted(sorted(c) for c in nx.connected_components(g))
    got = sorted(sorted(c) for c in cluster(nodes, edges).clusters())
    assert got == expected


@given(graphs(), st.data())
@settings(max_examples=200, deadline=None)
def test_different_pairs_never_share_a_cluster(
    graph: tuple[list[str], list[tuple[str, str, float]]], data: st.DataObject
) -> None:
    nodes, edges = graph
    different = data.draw(st.lists(st.tuples(st.sampled_from(nodes), st.sampled_from(nodes))
                                   .filter(lambda p: p[0] != p[1]), max_size=5))
    result = cluster(nodes, edges, different=different)
    for a, b in different:
        assert result.find(a) != result.find(b)
    # every node is in exactly one cluster
    flat = [n for c in result.clusters() for n in c]
    assert sorted(flat) == sorted(set(nodes))


def test_negative_judgement_splits_a_chain_at_the_weakest_link() -> None:
    # Hikvision's Entity List entry ~ 1260H entry ~ a third record: the strongest links win.
    links = [("el", "1260h", 0.99), ("1260h", "x", 0.71), ("el", "x", 0.70)]
    result = cluster(["el", "1260h", "x"], links, different=[("el", "x")])
    assert result.find("el") == result.find("1260h")
    assert result.find("x") != result.find("el")
    assert len(result.refused) == 2


def test_same_judgement_joins_without_a_link() -> None:
    result = cluster(["a", "b"], [], same=[("a", "b")])
    assert result.find("a") == result.find("b")


def test_canonical_id_is_order_independent() -> None:
    assert canonical_id(["b", "a", "c"]) == canonical_id(["c", "a", "b"])
    assert canonical_id(["a"]).startswith("fw-")


def test_veto_stops_a_chain_through_a_short_name() -> None:
    # two sibling institutes each linked to their parent's bare acronym
    links = [("cetc13", "cetc", 0.9), ("cetc14", "cetc", 0.8)]
    differ = {frozenset(("cetc13", "cetc14"))}
    result = cluster(["cetc13", "cetc14", "cetc"], links,
                     veto=lambda x, y: frozenset((x, y)) in differ)
    assert result.find("cetc13") == result.find("cetc")
    assert result.find("cetc14") != result.find("cetc13")
    assert result.refused == [("cetc14", "cetc")]


def test_veto_is_not_asked_for_judgements() -> None:
    result = cluster(["a", "b", "c"], [], same=[("a", "b"), ("b", "c")],
                     veto=lambda x, y: True)
    assert len({result.find(n) for n in "abc"}) == 1


def test_veto_stops_a_chain_between_two_cities() -> None:
    # BIS lists CAS's "Institute of Aeronautics and Astronautics" (no city); the DoD
    # 1286 list names Beihang and NUAA: one chain through the institute made them one
    from fusionwatch.resolve.compare import NameRecord
    from fusionwatch.resolve.records import OrgRecord
    from fusionwatch.resolve.run import _veto

    names = {"beijing": ("Beijing University of Aeronautics and Astronautics",),
             "nanjing": ("Nanjing University of Aeronautics and Astronautics",),
             "beihang": ("Beihang University", "Beijing University of Aeronautics and "
                         "Astronautics")}
    records = {k: OrgRecord(k, "test", "Organization", NameRecord(v)) for k, v in names.items()}
    veto = _veto(records, {}, "fw-1", 0.4)
    assert veto("beijing", "nanjing")  # no match, and two cities
    assert not veto("beijing", "beihang")  # the same university

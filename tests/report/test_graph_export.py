"""Graph files: networkx reads GraphML and GEXF back with every attribute; Kumu JSON."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

import tocgraph
from tests.conftest import MODELS
from tocgraph.report.graph_export import export_graph, graph_with_attributes

TOC = tocgraph.load(MODELS / "jong-gelijk.yaml")
ASSESSMENT = tocgraph.assess(TOC)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networkx_reads_the_attributes_back(fmt: str) -> None:
    text = export_graph(TOC, ASSESSMENT, fmt)
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = read(io.StringIO(text) if fmt == "graphml" else io.BytesIO(text.encode()))
    expected = graph_with_attributes(TOC, ASSESSMENT)
    assert set(graph.nodes) == set(expected.nodes)
    assert set(graph.edges) == set(expected.edges)
    for node, attrs in expected.nodes(data=True):
        got = {k: v for k, v in graph.nodes[node].items() if k not in ("label", "id")}
        assert got == attrs, node
    for a, b, attrs in expected.edges(data=True):
        got = {k: v for k, v in graph.edges[a, b].items() if k not in ("id", "label")}
        assert got == attrs
    activity = graph.nodes[TOC.activities[0].id]
    assert {"verdict", "status", "partner", "strategy"} <= set(activity)
    assert {"verdict", "margin", "rule"} <= set(graph.nodes["G1"])


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "kumu"])
def test_the_text_is_the_same_every_time(fmt: str) -> None:
    assert export_graph(TOC, ASSESSMENT, fmt) == export_graph(TOC, tocgraph.assess(TOC), fmt)


def test_kumu_has_elements_and_connections() -> None:
    data = json.loads(export_graph(TOC, ASSESSMENT, "kumu"))
    labels = [e["label"] for e in data["elements"]]
    assert labels == [n.id for n in TOC.nodes()]
    assert data["elements"][0]["type"] == "goal"
    assert data["elements"][0]["verdict"] == ASSESSMENT.nodes["G1"].verdict.value
    links = sum(len(n.contributes_to) for n in TOC.nodes() if not isinstance(n, tocgraph.Goal))
    assert len(data["connections"]) == links
    assert {"from", "to", "type"} <= set(data["connections"][0])


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown graph format"):
        export_graph(TOC, ASSESSMENT, "dot")

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


CONTROLS = """
tocgraph: 1
id: c
name: "Alliantie\\e[2J"
goals: [{id: G1, title: "Doel\\a \\u202e x", requires: any}]
activities:
  - {id: A1, title: "Act\\x0c 1", partner: "P\\x01", contributes_to: [G1]}
  - {id: A2, title: "Tweede", contributes_to: [G1]}
"""


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_control_characters_leave_the_xml_well_formed(fmt: str) -> None:
    """Found in use: an ESC in a title made the whole file unreadable (XML has no ESC)."""
    toc = tocgraph.loads(CONTROLS)
    text = export_graph(toc, tocgraph.assess(toc), fmt)
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = read(io.StringIO(text) if fmt == "graphml" else io.BytesIO(text.encode()))
    assert graph.nodes["G1"]["title"] == "Doel\\x07 \u202e x"  # shown; a bidi mark is data
    assert graph.nodes["A1"]["title"] == "Act\\x0c 1"
    assert graph.nodes["A1"]["partner"] == "P\\x01"
    assert not any("\x00" <= c < "\x09" or ("\x0b" <= c < "\x20" and c not in "\r") for c in text)

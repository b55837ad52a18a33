"""A ToC as a graph file for other tools: GraphML (yEd, Gephi), GEXF (Gephi) and Kumu JSON.

Every node carries ``kind``, ``title`` and, from the assessment, ``verdict``,
``margin`` (for non-activities) and ``rule`` (``any``, ``all`` or a number, as
text); activities carry ``status``, ``partner`` and ``strategy``. Edges carry
``assumption``. Attributes without a value are left out. The text is the same on
every run.
"""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

from tocgraph.graph.networkx_view import to_networkx
from tocgraph.report.escape import xml_text
from tocgraph.schema.model import ToC

if TYPE_CHECKING:
    import networkx as nx

    from tocgraph.analysis.assessment import Assessment

__all__ = ["GRAPH_FORMATS", "export_graph", "graph_with_attributes"]

GRAPH_FORMATS = ("graphml", "gexf", "kumu")


def graph_with_attributes(toc: ToC, assessment: Assessment) -> nx.DiGraph:
    """:func:`~tocgraph.to_networkx` with ``rule`` as text in place of ``requires``.

    GraphML and GEXF give an attribute one type, so ``requires`` (``"any"`` or
    ``2``) becomes the text ``rule``. An illustrative ToC says so on the graph
    (``illustrative``, ``notice``), as every other output does.
    """
    graph = to_networkx(toc, assessment)
    for _, attrs in graph.nodes(data=True):
        if "requires" in attrs:
            attrs["rule"] = str(attrs.pop("requires"))
    if toc.illustrative:
        from tocgraph.i18n import text

        graph.graph["illustrative"] = True
        graph.graph["notice"] = text("illustrative.notice", "en")
    return graph


def export_graph(toc: ToC, assessment: Assessment, fmt: str) -> str:
    """``toc`` as GraphML, GEXF or Kumu JSON text.

    Examples
    --------
    >>> import networkx as nx, io, tocgraph
    >>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> text = export_graph(toc, tocgraph.assess(toc), "graphml")
    >>> g = nx.read_graphml(io.StringIO(text))
    >>> g.nodes["G1"]["verdict"], g.nodes["G1"]["rule"]
    ('potentially_effective', 'all')
    """
    import networkx as nx

    graph = graph_with_attributes(toc, assessment)
    if fmt == "kumu":
        return _kumu(graph)
    _xml_safe(graph)
    out = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, out, encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(graph, out, encoding="utf-8", prettyprint=True, version="1.2draft")
        if "notice" in graph.graph:  # GEXF has no graph attributes: its meta's description
            described = f"</creator>\n    <description>{graph.graph['notice']}</description>"
            out = io.BytesIO(out.getvalue().replace(b"</creator>", described.encode(), 1))
    else:
        from tocgraph.errors import OptionError

        raise OptionError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
    return _fixed(out.getvalue().decode("utf-8"))


def _xml_safe(graph: nx.DiGraph) -> None:
    """Every text attribute as XML can hold it (:func:`~tocgraph.report.escape.xml_text`),
    in place: an ESC in a title made the whole file unreadable."""
    attribute_sets = [graph.graph, *(a for _, a in graph.nodes(data=True))]
    attribute_sets += [a for _, _, a in graph.edges(data=True)]
    for attrs in attribute_sets:
        for key, value in attrs.items():
            if isinstance(value, str):
                attrs[key] = xml_text(value)


def _fixed(text: str) -> str:
    """GEXF stamps the date of writing; fix it so the bytes never change."""
    import re

    return re.sub(r'lastmodifieddate="[^"]*"', 'lastmodifieddate="2000-01-01"', text)


def _kumu(graph: nx.DiGraph) -> str:
    """Kumu's import JSON: ``elements`` (label = node id, type = level) and ``connections``."""
    elements: list[dict[str, Any]] = []
    for node, attrs in graph.nodes(data=True):
        element = {"label": node, "type": attrs["kind"]}
        element.update({k: v for k, v in attrs.items() if k != "kind"})
        if graph.graph.get("illustrative"):  # Kumu keeps fields per element, not per map
            element["illustrative"] = True
        elements.append(element)
    connections = [
        {"from": a, "to": b, "type": "contributes to", **attrs}
        for a, b, attrs in graph.edges(data=True)
    ]
    return (
        json.dumps({"elements": elements, "connections": connections}, indent=2, ensure_ascii=False)
        + "\n"
    )

"""A networkx view of a ToC, for users who want networkx's algorithms."""

from __future__ import annotations

from typing import Any

from tocgraph.schema.model import Activity, Goal, ToC

__all__ = ["to_networkx"]


def to_networkx(toc: ToC) -> Any:
    """The ToC as a ``networkx.DiGraph``, edges pointing from contributor to target.

    Node attributes: ``kind`` (``"goal"``, ``"outcome"``, ``"output"``,
    ``"activity"``), ``title``, and for activities ``status``, ``partner`` and
    ``strategy``; for other nodes ``requires``. Edge attribute: ``assumption``
    (``None`` when the link has none).

    Examples
    --------
    >>> import networkx as nx
    >>> import tocgraph
    >>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> g = tocgraph.to_networkx(toc)
    >>> nx.is_directed_acyclic_graph(g), g.nodes["G1"]["kind"]
    (True, 'goal')
    >>> sorted(nx.ancestors(g, "G1")) == sorted(n.id for n in toc.nodes() if n.id != "G1")
    True
    """
    import networkx as nx

    graph = nx.DiGraph(id=toc.id, name=toc.name)
    for node in toc.nodes():
        attrs: dict[str, Any] = {"kind": node.kind.value, "title": node.title}
        if isinstance(node, Activity):
            attrs.update(
                status=node.status.value,
                partner=node.partner,
                strategy=node.strategy.value if node.strategy else None,
            )
        else:
            attrs["requires"] = node.requires
        graph.add_node(node.id, **attrs)
    for node in toc.nodes():
        if isinstance(node, Goal):
            continue
        for link in node.contributes_to:
            graph.add_edge(node.id, link.to, assumption=link.assumption)
    return graph

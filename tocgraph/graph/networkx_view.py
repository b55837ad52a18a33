"""A networkx view of a ToC, for users who want networkx's algorithms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tocgraph.schema.model import Activity, Goal, ToC

if TYPE_CHECKING:  # only for the annotations; graph sits below analysis
    import networkx as nx

    from tocgraph.analysis.assessment import Assessment

__all__ = ["check_assessment", "to_networkx"]


def check_assessment(toc: ToC, assessment: Assessment) -> None:
    """Refuse an assessment that is not of ``toc``: another ToC's verdicts would be drawn.

    Raises
    ------
    OptionError
        When the assessment names another ToC, or lacks one of ``toc``'s nodes.

    Examples
    --------
    >>> import tocgraph
    >>> toc, other = tocgraph.load("models/politica.yaml"), tocgraph.load("models/jong-gelijk.yaml")
    >>> try:
    ...     check_assessment(toc, tocgraph.assess(other))
    ... except tocgraph.OptionError as exc:
    ...     print(exc)
    the assessment is of the ToC 'jong-gelijk', not of 'politica': pass tocgraph.assess(toc)
    """
    from tocgraph.errors import OptionError

    if not hasattr(assessment, "toc_id") or not hasattr(assessment, "nodes"):
        kind = type(assessment).__name__
        raise TypeError(f"assessment must be an Assessment (tocgraph.assess(toc)), not {kind}")
    if assessment.toc_id != toc.id:
        raise OptionError(
            f"the assessment is of the ToC {assessment.toc_id!r}, not of {toc.id!r}: "
            "pass tocgraph.assess(toc)"
        )
    missing = next((n.id for n in toc.nodes() if n.id not in assessment.nodes), None)
    if missing is not None:
        raise OptionError(
            f"the assessment has no node {missing!r}: it is of another version of the ToC; "
            "pass tocgraph.assess(toc)"
        )


def to_networkx(toc: ToC, assessment: Assessment | None = None) -> nx.DiGraph:
    """The ToC as a ``networkx.DiGraph``, edges pointing from contributor to target.

    Parameters
    ----------
    toc
        A valid ToC.
    assessment
        Its assessment (:func:`tocgraph.assess`), to add each node's verdict
        and margin.

    Returns
    -------
    networkx.DiGraph
        Graph attributes ``id`` and ``name``. Node attributes ``kind``
        (``"goal"``, ``"outcome"``, ``"output"``, ``"activity"``) and
        ``title``; for activities ``status``, ``partner`` and ``strategy``;
        for other nodes ``requires``; with an assessment ``verdict`` and, for
        non-activities, ``margin``. Edge attributes ``assumption`` (the
        inline text) and ``assumptions`` (the named ones, ``"S1, S2"``). An
        attribute without a value is left out (never ``None``), so
        ``nx.write_graphml`` can write the graph.

    Examples
    --------
    >>> import networkx as nx
    >>> import tocgraph
    >>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> g = tocgraph.to_networkx(toc, tocgraph.assess(toc))
    >>> nx.is_directed_acyclic_graph(g), g.nodes["G1"]["kind"], g.nodes["G1"]["verdict"]
    (True, 'goal', 'potentially_effective')
    >>> sorted(nx.ancestors(g, "G1")) == sorted(n.id for n in toc.nodes() if n.id != "G1")
    True
    """
    import networkx as nx

    if not isinstance(toc, ToC):
        raise TypeError(f"toc must be a ToC, not {type(toc).__name__}")
    if assessment is not None:
        check_assessment(toc, assessment)
    graph = nx.DiGraph(**_present(id=toc.id, name=toc.name))
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
        judged = assessment.nodes.get(node.id) if assessment is not None else None
        if judged is not None:
            attrs.update(verdict=judged.verdict.value, margin=judged.margin)
        graph.add_node(node.id, **_present(**attrs))
    for node in toc.nodes():
        if isinstance(node, Goal):
            continue
        for link in node.contributes_to:
            named = ", ".join(link.assumptions) or None
            graph.add_edge(
                node.id, link.to, **_present(assumption=link.assumption, assumptions=named)
            )
    return graph


def _present(**attrs: Any) -> dict[str, Any]:
    """The attributes that have a value."""
    return {key: value for key, value in attrs.items() if value is not None}

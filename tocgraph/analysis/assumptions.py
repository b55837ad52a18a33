"""Named assumptions in the analyses: the pessimistic graph and critical assumptions.

Margins are computed under pessimistic evaluation, where an unclear activity
counts as stopped; likewise an ``at_risk`` assumption counts as failing. A link
that names a failing assumption then carries nothing, so the margin analyses
get the graph *without* those links (:func:`pessimistic_structure`) and need
not know about assumptions at all. A node keeps the number of contributors it
needs: with ``requires: all`` a cut link makes it fail, as it should.

A node's **critical assumptions** are the assumptions (holding or untested in
the pessimistic baseline) whose failing alone takes its support away.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from tocgraph.analysis.support import Support, assumption_support, evaluate_pessimistic
from tocgraph.graph.structure import Structure

__all__ = ["critical_assumptions", "holding", "pessimistic_structure", "used_assumptions"]


def holding(structure: Structure, failed: Collection[int] = ()) -> list[bool]:
    """For each assumption, whether it holds pessimistically: ``holds`` or ``untested``, not failed.

    Examples
    --------
    >>> import tocgraph
    >>> from tocgraph.graph import compile_structure
    >>> toc = tocgraph.load("tests/fixtures/assumptions.yaml")
    >>> holding(compile_structure(toc))
    [True, False, False, True, True]
    """
    return [
        i not in failed and assumption_support(status) is Support.T
        for i, status in enumerate(structure.assumption_statuses)
    ]


def used_assumptions(structure: Structure) -> set[int]:
    """Positions of the assumptions named on at least one link."""
    return {a for node in structure.link_assumptions for held in node for a in held}


def pessimistic_structure(structure: Structure, failed: Collection[int] = ()) -> Structure:
    """The graph without the links that name a pessimistically failing assumption.

    ``at_risk`` and ``fails`` assumptions fail, and so do those at the positions
    ``failed``. The result names no assumptions; ``required`` is unchanged.
    Without such links the structure itself is returned.

    Examples
    --------
    >>> import tocgraph
    >>> from tocgraph.graph import compile_structure
    >>> s = compile_structure(tocgraph.load("tests/fixtures/assumptions.yaml"))
    >>> p = pessimistic_structure(s)
    >>> [s.ids[c] for c in s.contributors[s.index["G1"]]]
    ['O1', 'O2']
    >>> [p.ids[c] for c in p.contributors[p.index["G1"]]]
    ['O1']
    """
    if not structure.link_assumptions:
        return structure
    holds = holding(structure, failed)
    cut = [
        {c for c, held in zip(contributors, links, strict=True) if not all(holds[a] for a in held)}
        for contributors, links in zip(
            structure.contributors, structure.link_assumptions, strict=True
        )
    ]
    if not any(cut):
        return replace(structure, link_assumptions=())
    contributors = tuple(
        tuple(c for c in sources if c not in cut[n])
        for n, sources in enumerate(structure.contributors)
    )
    targets = tuple(
        tuple(t for t in sinks if source not in cut[t])
        for source, sinks in enumerate(structure.targets)
    )
    return replace(structure, contributors=contributors, targets=targets, link_assumptions=())


def critical_assumptions(
    structure: Structure,
    alive: Sequence[bool],
    stopped: Collection[int] = (),
    failed: Collection[int] = (),
) -> list[tuple[int, ...]]:
    """For each node, the assumptions whose failing alone takes its support away.

    Parameters
    ----------
    structure
        The compiled graph (with its assumptions).
    alive
        Pessimistic support of every node under ``stopped`` and ``failed``.
    stopped, failed
        The activities stopped and assumptions failed by a what-if.

    Returns
    -------
    list of tuple of int
        Indexed like ``structure.ids``; assumption positions, ascending.
    """
    found: list[list[int]] = [[] for _ in structure.ids]
    holds = holding(structure, failed)
    for a in sorted(used_assumptions(structure)):
        if not holds[a]:
            continue
        after = evaluate_pessimistic(structure, stopped, {*failed, a})
        for n, (before, now) in enumerate(zip(alive, after, strict=True)):
            if before and not now:
                found[n].append(a)
    return [tuple(f) for f in found]

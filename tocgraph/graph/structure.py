"""A compact, index-based form of a ToC's graph, in topological order.

The analyses walk this form rather than a networkx graph: plain tuples of ints
are several times faster to propagate over, which matters for the 100,000
activity benchmark. :func:`tocgraph.graph.to_networkx` gives the same graph as a
networkx ``DiGraph`` for users who want the networkx algorithms.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from tocgraph.schema.model import (
    Activity,
    AssumptionStatus,
    Goal,
    Kind,
    Outcome,
    Output,
    Status,
    ToC,
)

__all__ = ["Structure", "compile_structure"]


@dataclass(frozen=True)
class Structure:
    """The graph of a ToC as index arrays, contributors before the nodes they feed.

    Attributes
    ----------
    ids
        Node ids in topological order (every contributor before its targets).
    kinds
        The kind of each node.
    index
        Id to position in :attr:`ids`.
    contributors
        For each node, the positions of the nodes that contribute to it.
    targets
        For each node, the positions of the nodes it contributes to.
    required
        For each non-activity node, how many supported contributors it needs
        (``any`` is 1, ``all`` is the number of contributors); 0 for activities.
    statuses
        For each activity its status, ``None`` for other nodes.
    stated
        For each non-activity node, whether its file states ``requires``
        (``False`` for activities and for nodes that rely on the default).
    rules
        For each non-activity node its ``requires`` as written (``"any"`` when
        not stated), ``None`` for activities.
    assumptions
        The ids of the ToC's named assumptions, in file order.
    assumption_statuses
        The status of each assumption, indexed like :attr:`assumptions`.
    link_assumptions
        For each node, parallel to :attr:`contributors`, the positions (in
        :attr:`assumptions`) of the assumptions named on each incoming link;
        empty when no link of the ToC names one.
    """

    ids: tuple[str, ...]
    kinds: tuple[Kind, ...]
    index: dict[str, int]
    contributors: tuple[tuple[int, ...], ...]
    targets: tuple[tuple[int, ...], ...]
    required: tuple[int, ...]
    statuses: tuple[Status | None, ...]
    stated: tuple[bool, ...] = ()
    rules: tuple[str | int | None, ...] = ()
    assumptions: tuple[str, ...] = ()
    assumption_statuses: tuple[AssumptionStatus, ...] = ()
    link_assumptions: tuple[tuple[tuple[int, ...], ...], ...] = ()

    def __len__(self) -> int:
        return len(self.ids)

    def activities(self) -> list[int]:
        """Positions of the activities."""
        return [i for i, kind in enumerate(self.kinds) if kind is Kind.ACTIVITY]


def compile_structure(toc: ToC) -> Structure:
    """Build the :class:`Structure` of a valid ToC.

    The order is deterministic: among nodes whose contributors are all placed,
    the one listed first in the file (activities, outputs, outcomes, goals)
    comes first.

    Examples
    --------
    >>> import tocgraph
    >>> from tocgraph.graph import compile_structure
    >>> toc = tocgraph.loads('''
    ... tocgraph: 1
    ... id: demo
    ... goals: [{id: G1, title: Goal}]
    ... outcomes: [{id: O1, title: Outcome, contributes_to: [G1]}]
    ... activities: [{id: A1, title: Act, contributes_to: [O1, G1]}]
    ... ''')
    >>> s = compile_structure(toc)
    >>> s.ids
    ('A1', 'O1', 'G1')
    >>> [s.ids[i] for i in s.contributors[s.index["G1"]]]
    ['A1', 'O1']
    """
    nodes: list[Activity | Output | Outcome | Goal] = [
        *toc.activities,
        *toc.outputs,
        *toc.outcomes,
        *toc.goals,
    ]
    file_order = {node.id: i for i, node in enumerate(nodes)}
    incoming: dict[str, list[str]] = {node.id: [] for node in nodes}
    named = {assumption.id: i for i, assumption in enumerate(toc.assumptions)}
    carried: dict[tuple[str, str], tuple[int, ...]] = {}
    for node in nodes:
        if isinstance(node, Goal):
            continue
        for link in node.contributes_to:
            incoming[link.to].append(node.id)
            if link.assumptions:
                carried[node.id, link.to] = tuple(sorted({named[a] for a in link.assumptions}))

    pending = {node.id: len(incoming[node.id]) for node in nodes}
    outgoing: dict[str, list[str]] = {node.id: [] for node in nodes}
    for target, sources in incoming.items():
        for source in sources:
            outgoing[source].append(target)

    ready = [file_order[node_id] for node_id, count in pending.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        node_id = nodes[heapq.heappop(ready)].id
        order.append(node_id)
        for target in outgoing[node_id]:
            pending[target] -= 1
            if pending[target] == 0:
                heapq.heappush(ready, file_order[target])
    if len(order) != len(nodes):  # pragma: no cover - ToC validation forbids cycles
        raise ValueError("the ToC graph has a cycle")

    index = {node_id: i for i, node_id in enumerate(order)}
    by_id = {node.id: node for node in nodes}
    contributors = tuple(tuple(sorted(index[s] for s in incoming[node_id])) for node_id in order)
    required = []
    statuses: list[Status | None] = []
    stated: list[bool] = []
    rules: list[str | int | None] = []
    for position, node_id in enumerate(order):
        node = by_id[node_id]
        if isinstance(node, Activity):
            required.append(0)
            statuses.append(node.status)
            stated.append(False)
            rules.append(None)
            continue
        statuses.append(None)
        stated.append("requires" in node.model_fields_set)
        rules.append(node.requires)
        count = len(contributors[position])
        if node.requires == "any":
            required.append(1)
        elif node.requires == "all":
            required.append(max(count, 1))
        else:
            required.append(node.requires)
    link_assumptions: tuple[tuple[tuple[int, ...], ...], ...] = ()
    if carried:
        link_assumptions = tuple(
            tuple(carried.get((order[c], node_id), ()) for c in contributors[position])
            for position, node_id in enumerate(order)
        )
    return Structure(
        ids=tuple(order),
        kinds=tuple(by_id[node_id].kind for node_id in order),
        index=index,
        contributors=contributors,
        targets=tuple(tuple(sorted(index[t] for t in outgoing[node_id])) for node_id in order),
        required=tuple(required),
        statuses=tuple(statuses),
        stated=tuple(stated),
        rules=tuple(rules),
        assumptions=tuple(named),
        assumption_statuses=tuple(a.status for a in toc.assumptions),
        link_assumptions=link_assumptions,
    )

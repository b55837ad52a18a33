"""The compiled structure is the one the plain algorithm gives.

:func:`tocgraph.graph.compile_structure` places the leading activities without
a heap and sorts each node's contributors and targets by their new positions;
the reference below is the plain algorithm (every ready node through the heap,
every list appended in order). Both must give the same order and the same
lists on generated ToCs, with and without named assumptions on links.
"""

from __future__ import annotations

import heapq
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings

import tocgraph
from tests.strategies import toc_data
from tocgraph.graph import compile_structure
from tocgraph.schema.model import Goal, ToC
from tocgraph.schema.targets import read_targets


def reference(toc: ToC) -> tuple[tuple[str, ...], list[tuple[int, ...]], list[tuple[int, ...]]]:
    """(ids in order, contributors, targets) by the plain algorithm."""
    nodes: list[Any] = [*toc.activities, *toc.outputs, *toc.outcomes, *toc.goals]
    size = len(nodes)
    file_order = {node.id: i for i, node in enumerate(nodes)}
    incoming: list[list[int]] = [[] for _ in range(size)]
    outgoing: list[list[int]] = [[] for _ in range(size)]
    for source, node in enumerate(nodes):
        if isinstance(node, Goal):
            continue
        for link in node.contributes_to:
            incoming[file_order[link.to]].append(source)
            outgoing[source].append(file_order[link.to])
    pending = [len(sources) for sources in incoming]
    ready = [i for i, count in enumerate(pending) if count == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        current = heapq.heappop(ready)
        order.append(current)
        for target in outgoing[current]:
            pending[target] -= 1
            if pending[target] == 0:
                heapq.heappush(ready, target)
    rank = {i: position for position, i in enumerate(order)}
    feeding: list[list[int]] = [[] for _ in range(size)]
    fed: list[list[int]] = [[] for _ in range(size)]
    for position, i in enumerate(order):
        for target in outgoing[i]:
            feeding[rank[target]].append(position)
        for source in incoming[i]:
            fed[rank[source]].append(position)
    ids = tuple(nodes[i].id for i in order)
    return ids, [tuple(items) for items in feeding], [tuple(items) for items in fed]


@given(data=toc_data(max_activities=12, max_outcomes=6, max_outputs=4, assumptions=True))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_structure_is_the_plain_one(data: dict[str, Any]) -> None:
    toc = tocgraph.from_dict(data)
    structure = compile_structure(toc)
    ids, contributors, targets = reference(toc)
    assert structure.ids == ids
    assert list(structure.contributors) == contributors
    assert list(structure.targets) == targets
    if structure.link_assumptions:
        assert [len(row) for row in structure.link_assumptions] == [len(c) for c in contributors]


@given(data=toc_data(max_activities=12, max_outcomes=6, max_outputs=4, assumptions=True))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_loaded_toc_compiles_from_the_ids_read_as_from_its_links(data: dict[str, Any]) -> None:
    """The loader's lists of targets (:mod:`tocgraph.schema.targets`) give the same structure."""
    toc = tocgraph.loads(yaml.safe_dump(data, sort_keys=False))
    assert read_targets(toc) is not None  # not vacuous: compiled from what was read
    copy = toc.model_copy()  # another object: compiled from its links
    assert read_targets(copy) is None
    structure = compile_structure(toc)
    assert structure == compile_structure(copy)
    ids, contributors, targets = reference(toc)
    assert structure.ids == ids
    assert list(structure.contributors) == contributors
    assert list(structure.targets) == targets

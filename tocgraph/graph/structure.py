"""A compact, index-based form of a ToC's graph, in topological order.

The analyses walk this form rather than a networkx graph: plain tuples of ints
are several times faster to propagate over, which matters for the 100,000
activity benchmark. :func:`tocgraph.graph.to_networkx` gives the same graph as a
networkx ``DiGraph`` for users who want the networkx algorithms.
"""

from __future__ import annotations

import gc
import heapq
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, islice, repeat
from operator import attrgetter, is_
from typing import cast

from tocgraph.schema.model import (
    Activity,
    AssumptionStatus,
    Goal,
    Kind,
    Link,
    Outcome,
    Output,
    Status,
    ToC,
)
from tocgraph.schema.targets import read_targets

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


def _dangling(toc: ToC) -> Exception:
    """The error for a ToC with a link to a node it lacks (validation never lets one through)."""
    from tocgraph.errors import InvalidToCError, phrase
    from tocgraph.i18n import diagnostic

    ids = {n.id for n in toc.nodes()}
    source, to = next(
        (node.id, link.to)
        for node in toc.nodes()
        if not isinstance(node, Goal)
        for link in node.contributes_to
        if link.to not in ids
    )
    hint = phrase("dh.dangling")  # model_copy keeps what validation would refuse
    message = phrase("d.TOC202", to=to, node=source)
    return InvalidToCError([diagnostic("TOC202", message, hint, node=source)])


def compile_structure(toc: ToC) -> Structure:
    """Build the :class:`Structure` of a valid ToC.

    The order is deterministic: among nodes whose contributors are all placed,
    the one listed first in the file (activities, outputs, outcomes, goals)
    comes first. The garbage collector is paused meanwhile (many small
    objects, no cycles), as when loading.

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
    was_enabled = gc.isenabled()
    gc.disable()  # a large ToC: many small objects, no cycles (as when loading)
    try:
        return _compile(toc)
    except KeyError:  # a link to a node it lacks: built without validation (model_copy)
        raise _dangling(toc) from None
    finally:
        if was_enabled:
            gc.enable()


_NAMED = attrgetter("assumptions")
_ID = attrgetter("id")
_KIND = attrgetter("kind")


def _compile(toc: ToC) -> Structure:
    """The body of :func:`compile_structure`."""
    nodes: list[Activity | Output | Outcome | Goal] = [
        *toc.activities,
        *toc.outputs,
        *toc.outcomes,
        *toc.goals,
    ]
    # every node is its position in ``nodes`` (file order) until the order is known
    size = len(nodes)
    file_order = dict(zip(map(_ID, nodes), range(size), strict=True))
    position_of = file_order.__getitem__
    outgoing: list[list[int]] = []
    named = {assumption.id: i for i, assumption in enumerate(toc.assumptions)}
    # (source, target) in file order -> the named assumptions the link carries
    carried: dict[tuple[int, int], tuple[int, ...]] = {}
    # a loaded ToC shares one link object per target named in the short form:
    # its target is looked up once, then found by the object's identity (the
    # links live as long as ``toc``), which spares reading 500,000 scattered objects
    by_link: dict[int, int] = {}
    known = by_link.__getitem__
    distinct: list[Link] = []  # each link object once
    read = _read_in_order(toc, size)
    linked = size - len(toc.goals)  # the goals come last, and have no links
    if not any(map(is_, islice(read, linked), repeat(None))):
        # every node's targets as the loader read them: their positions, in C
        lists = cast(Iterable[list[str]], islice(read, linked))
        outgoing.extend(map(list, map(map, repeat(position_of), lists)))
    for source in range(len(outgoing), linked):
        listed = read[source]
        if listed is not None:  # the ids the loader read: no link object read again
            outgoing.append(list(map(position_of, listed)))
            continue
        links = cast(Activity | Output | Outcome, nodes[source]).contributes_to
        try:
            out = list(map(known, map(id, links)))
        except KeyError:  # a link not seen before
            for link in links:
                if id(link) not in by_link:
                    by_link[id(link)] = position_of(link.to)
                    distinct.append(link)
            out = list(map(known, map(id, links)))
        outgoing.append(out)
    outgoing.extend([] for _ in range(linked, size))
    # each node's sources in file order: every link appended in C, source by source
    incoming: list[list[int]] = [[] for _ in range(size)]
    sources = chain.from_iterable(map(repeat, range(size), map(len, outgoing)))
    into = map(incoming.__getitem__, chain.from_iterable(outgoing))
    deque(map(list.append, into, sources), maxlen=0)
    # the links naming assumptions, looked for among the distinct link objects
    # (a tenth of the links of a loaded ToC) and, only when there is one, per node;
    # the links the loader read as ids alone name none
    if named and any(map(_NAMED, distinct)):  # valid: links name declared assumptions only
        for source, node in enumerate(nodes):
            links = () if isinstance(node, Goal) else node.contributes_to
            if any(map(_NAMED, links)):
                for link, target in zip(links, outgoing[source], strict=True):
                    if link.assumptions:
                        found = tuple(sorted({named[a] for a in link.assumptions}))
                        carried[source, target] = found

    order = _topological(incoming, outgoing)
    rank = [0] * size
    for position, i in enumerate(order):
        rank[i] = position
    ids = tuple(map(_ID, map(nodes.__getitem__, order)))
    each_rank = repeat(rank.__getitem__)
    # each node's contributors and targets by their new positions, in C
    contributors = tuple(
        map(tuple, map(sorted, map(map, each_rank, map(incoming.__getitem__, order))))
    )
    targets = tuple(map(tuple, map(sorted, map(map, each_rank, map(outgoing.__getitem__, order)))))
    required = []
    statuses: list[Status | None] = []
    stated: list[bool] = []
    rules: list[str | int | None] = []
    for position, i in enumerate(order):
        node = nodes[i]
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
            tuple(carried.get((order[c], i), ()) for c in contributors[position])
            for position, i in enumerate(order)
        )
    return Structure(
        ids=ids,
        kinds=tuple(map(_KIND, map(nodes.__getitem__, order))),
        index=dict(zip(ids, range(size), strict=True)),
        contributors=contributors,
        targets=targets,
        required=tuple(required),
        statuses=tuple(statuses),
        stated=tuple(stated),
        rules=tuple(rules),
        assumptions=tuple(named),
        assumption_statuses=tuple(a.status for a in toc.assumptions),
        link_assumptions=link_assumptions,
    )


def _read_in_order(toc: ToC, size: int) -> Sequence[list[str] | None]:
    """The ids each node's links name as the loader read them, in the order of ``nodes``.

    ``None`` for a node whose links are to be read (all of them, when the ToC
    was not loaded from a text, or is a copy).
    """
    read = read_targets(toc)
    if read is None or len(read) != size:
        return [None] * size
    goals, outcomes, outputs = len(toc.goals), len(toc.outcomes), len(toc.outputs)
    start = goals + outcomes + outputs  # read: goals, outcomes, outputs, activities
    return [
        *read[start:],
        *read[goals + outcomes : start],
        *read[goals : goals + outcomes],
        *read[:goals],
    ]


def _topological(incoming: list[list[int]], outgoing: list[list[int]]) -> list[int]:
    """Positions in topological order: among the ready ones, the first in the file first.

    ``incoming`` lists each node's sources in increasing order. The leading run
    of nodes that nothing feeds (the activities) comes first as it is: every node
    they make ready comes after them in the file. Those nodes are then ready when
    all their sources lie in that run.
    """
    size = len(incoming)
    lead = 0
    while lead < size and not incoming[lead]:
        lead += 1
    pending = [len(sources) - bisect_left(sources, lead) for sources in incoming]
    ready = [i for i in range(lead, size) if pending[i] == 0]
    order = list(range(lead))
    while ready:
        current = heapq.heappop(ready)
        order.append(current)
        for target in outgoing[current]:
            pending[target] -= 1
            if pending[target] == 0:
                heapq.heappush(ready, target)
    if len(order) != size:  # pragma: no cover - ToC validation forbids cycles
        raise ValueError("the ToC graph has a cycle")
    return order

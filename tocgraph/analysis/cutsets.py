"""Minimal cut sets: every smallest way to take a node's support away.

Under pessimistic evaluation (unclear counts as stopped, as for margins) a
goal, outcome or output is a monotone threshold function of the activities
that are supported now. A **cut set** of a node is a set of those activities
whose stopping takes its support away; a **minimal** one has no smaller cut
set inside it. For a scenario that stops the activities ``S``:

* the node keeps its support exactly when every minimal cut set ``C`` has an
  activity outside ``S``;
* its margin is the minimum over ``C`` of ``|C - S|``: the same number as
  :attr:`tocgraph.NodeAssessment.margin` of ``tocgraph.assess(toc, stopped=S)``;
* when that minimum is 1, its single points of failure are the activities
  left in the cut sets with one activity outside ``S``.

This is what lets a page recompute margins for any scenario without a solver
(see ``docs/html.md``). The number of minimal cut sets can grow exponentially
with sharing and thresholds, so families larger than a limit are not
enumerated: those nodes get ``None``, and callers must say so rather than
guess.

Examples
--------
>>> import tocgraph
>>> toc = tocgraph.load("tests/fixtures/warnings.yaml")
>>> cuts = minimal_cut_sets(toc)
>>> cuts.cut_sets["G1"]
(('A1',),)
>>> cuts.margin("G1", stopped=()), cuts.margin("G1", stopped=["A1"])
(1, 0)
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from tocgraph.analysis.assessment import toc_argument
from tocgraph.analysis.assumptions import pessimistic_structure
from tocgraph.graph.structure import compile_structure
from tocgraph.hints import natural_key
from tocgraph.schema.base import FrozenDict
from tocgraph.schema.model import Kind, Status, ToC

__all__ = ["CUT_SET_LIMIT", "CutSets", "minimal_cut_sets"]

CUT_SET_LIMIT = 256
"""Largest number of minimal cut sets kept for one node (also for every step on the way)."""


@dataclass(frozen=True)
class CutSets:
    """The minimal cut sets of every goal, outcome and output of a ToC.

    Attributes
    ----------
    toc_id
        The ToC's id.
    cut_sets
        For each goal, outcome and output, its minimal cut sets (each a sorted
        tuple of activity ids, smallest sets first), or ``None`` when there
        are more than the limit. A node that has no support now has the one
        empty cut set ``()``.
    limit
        The limit that was applied.
    """

    toc_id: str
    cut_sets: Mapping[str, tuple[tuple[str, ...], ...] | None]
    limit: int

    @property
    def complete(self) -> bool:
        """True when every node's cut sets are known."""
        return all(c is not None for c in self.cut_sets.values())

    def margin(self, node_id: str, stopped: Collection[str] = ()) -> int | None:
        """The node's margin when the activities ``stopped`` stop too; ``None`` if unknown."""
        cuts = self.cut_sets[node_id]
        if cuts is None:
            return None
        chosen = set(stopped)
        return min(sum(1 for a in cut if a not in chosen) for cut in cuts)

    def critical(self, node_id: str, stopped: Collection[str] = ()) -> tuple[str, ...] | None:
        """The node's single points of failure under the scenario, sorted; ``None`` if unknown."""
        cuts = self.cut_sets[node_id]
        if cuts is None:
            return None
        chosen = set(stopped)
        left = [[a for a in cut if a not in chosen] for cut in cuts]
        if min(len(rest) for rest in left) != 1:
            return ()
        return tuple(sorted({rest[0] for rest in left if len(rest) == 1}, key=natural_key))


def minimal_cut_sets(toc: ToC, limit: int = CUT_SET_LIMIT) -> CutSets:
    """The minimal cut sets of every goal, outcome and output (see the module docstring).

    Parameters
    ----------
    toc
        A valid ToC.
    limit
        Nodes with more minimal cut sets than this (or that depend on such a
        node) get ``None``.

    Returns
    -------
    CutSets
    """
    toc = toc_argument(toc)
    structure = pessimistic_structure(compile_structure(toc))  # at-risk links carry nothing
    size = len(structure)
    families: list[list[int] | None] = [None] * size
    bit: dict[int, int] = {}
    for position in range(size):
        status = structure.statuses[position]
        if status is not None:
            if status in (Status.STOPPED, Status.UNCLEAR):
                families[position] = [0]  # no support now: the empty set is a cut
            else:
                bit[position] = 1 << len(bit)
                families[position] = [bit[position]]
            continue
        families[position] = _node_family(
            [families[c] for c in structure.contributors[position]],
            structure.required[position],
            limit,
        )
    activity_of = {b: structure.ids[p] for p, b in bit.items()}
    result: dict[str, tuple[tuple[str, ...], ...] | None] = {}
    for position, node_id in enumerate(structure.ids):
        if structure.kinds[position] is Kind.ACTIVITY:
            continue
        family = families[position]
        result[node_id] = None if family is None else tuple(_ids(c, activity_of) for c in family)
    return CutSets(toc.id, FrozenDict(result), limit)


def _node_family(
    contributors: list[list[int] | None], required: int, limit: int
) -> list[int] | None:
    """Minimal cut sets of a node that fails when ``len - required + 1`` contributors fail."""
    if not contributors:
        return [0]
    if any(f is None for f in contributors):
        return None
    need = len(contributors) - required + 1
    if need < 1:  # links cut by failing assumptions: the node is down already
        return [0]
    # failing[j]: minimal cut sets that make j of the contributors seen so far fail
    failing: list[list[int]] = [[0]] + [[] for _ in range(need)]
    for seen, family in enumerate(contributors):
        assert family is not None
        # j failures among the first seen + 1 are only useful if the
        # contributors left can still bring the count up to need
        least = max(1, need - (len(contributors) - seen - 1))
        for j in range(min(seen + 1, need), least - 1, -1):
            if not failing[j - 1]:
                continue
            if len(failing[j - 1]) * len(family) > 64 * limit:
                return None  # too many to combine cheaply: treated as over the limit
            grown = {g | f for g in failing[j - 1] for f in family}
            if len(grown) > 4 * limit:
                return None  # too many to minimise cheaply: treated as over the limit
            merged = _minimal(failing[j] + list(grown))
            if len(merged) > limit:
                return None
            failing[j] = merged
    return failing[need]


def _minimal(sets: list[int]) -> list[int]:
    """The sets (as bit masks) that contain no other, smallest first, without repeats."""
    kept: list[int] = []
    for candidate in sorted(set(sets), key=lambda s: (s.bit_count(), s)):
        if not any(k & candidate == k for k in kept):
            kept.append(candidate)
    return kept


def _ids(cut: int, activity_of: Mapping[int, str]) -> tuple[str, ...]:
    found = []
    while cut:
        low = cut & -cut
        found.append(activity_of[low])
        cut ^= low
    return tuple(sorted(found))

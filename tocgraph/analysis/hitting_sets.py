"""Small margins without a solver: smallest cuts as smallest hitting sets of path sets.

A **path set** of a node is a set of activities that keeps it supported when
every other activity stops. A set of activities is a cut of the node exactly
when it meets every path set (a cut that missed one would leave the node
supported, since support only grows with more activities). So the margin is
the size of a smallest set that hits every path set.

There are far too many path sets to list, but a few suffice (the "implicit
hitting set" method of MaxSAT solvers): keep a short list, find a smallest set
``H`` that hits every path set on the list (exactly, by branch and bound),
and check ``H`` by propagation. If ``H`` is a cut, it is a minimum cut: no
smaller set hits even the listed path sets. If not, the node is still
supported without ``H``, so a path set avoiding ``H`` can be read off the
propagation and added to the list. Each round either ends or adds a path set
that every later ``H`` must hit.

This settles the small margins of fault trees (orders 2 to 8) in milliseconds
without starting HiGHS. The work is bounded by a count of branch-and-bound
steps; when it runs out, :func:`smallest_cut` returns ``None`` with the lower
bound it proved, and the caller falls back to the integer program.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tocgraph.graph.structure import Structure

__all__ = ["HITTING_BUDGET", "CutSearch", "HittingResult", "smallest_cut"]

HITTING_BUDGET = 300_000
"""Branch-and-bound steps (over all rounds) allowed to one node before giving up."""


@dataclass(frozen=True)
class HittingResult:
    """What the hitting-set search proved.

    Attributes
    ----------
    lower
        A proven lower bound on the margin.
    cut
        A minimum cut (``len(cut)`` is the margin) when the search finished,
        else ``None``.
    """

    lower: int
    cut: tuple[int, ...] | None


_PATH_SETS = 2_000
"""Path sets kept for one node before giving up."""


class _OutOfBudgetError(Exception):
    pass


def smallest_cut(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    members: Sequence[int],
    activities: Sequence[int],
    lower: int,
    upper: int,
    budget: int = HITTING_BUDGET,
) -> HittingResult:
    """A minimum cut of ``members[-1]`` if one smaller than ``upper`` exists, by hitting sets.

    Parameters
    ----------
    structure, alive, slack
        The compiled graph, its pessimistic support and each node's slack.
    members
        The supported nodes from which the node is reached, the node last, in
        topological order.
    activities
        The activities among ``members``.
    lower, upper
        A proven lower bound on the margin and the size of a known cut.
    budget
        Branch-and-bound steps allowed.

    Returns
    -------
    HittingResult
        With ``cut`` of size ``< upper`` when such a cut exists, with ``cut``
        ``None`` and ``lower == upper`` when none does (the known cut is
        minimum), and with ``cut`` ``None`` and ``lower < upper`` when the
        budget ran out first.
    """
    search = CutSearch(structure, alive, slack, members, activities)
    return search.smallest_cut(lower, upper, budget)


class CutSearch:
    """Smallest cuts of one node, asked several times (see :func:`smallest_cut`).

    Path sets found by one question are kept for the next ones. Sets of
    activities are bit sets over ``activities``: bit ``i`` is ``activities[i]``.
    """

    def __init__(
        self,
        structure: Structure,
        alive: Sequence[bool],
        slack: Sequence[int],
        members: Sequence[int],
        activities: Sequence[int],
    ) -> None:
        self.activities = list(activities)
        self.bit = {a: 1 << i for i, a in enumerate(self.activities)}
        self.budget = 0
        self.pool: list[int] = []
        self.inner = [m for m in members if m not in self.bit]
        self.node = members[-1]
        self.contributors = {
            m: [c for c in structure.contributors[m] if alive[c]] for m in self.inner
        }
        self.slack = slack
        # cheapest path set size below each node, counting shared activities
        # more than once: a preference for small path sets, not a bound
        self.cost: dict[int, int] = dict.fromkeys(self.activities, 1)
        for m in self.inner:
            needed = len(self.contributors[m]) - slack[m]
            self.cost[m] = sum(sorted(self.cost[c] for c in self.contributors[m])[:needed])

    def smallest_cut(
        self, lower: int, upper: int, budget: int = HITTING_BUDGET, *, without: int | None = None
    ) -> HittingResult:
        """:func:`smallest_cut`, after the activity ``without`` (if given) stopped.

        ``without`` is then never part of the cut nor counted in it: the
        result is about the node once that activity has stopped.
        """
        self.budget = budget
        fixed = 0 if without is None else self.bit[without]
        path_sets = [p for p in self.pool if not p & fixed]
        try:
            while lower < upper:
                hitting = self.hitting_set(path_sets, lower, fixed)
                if hitting is None:
                    lower += 1
                    continue
                path = self.path_set(hitting | fixed)
                if path is None:  # nothing keeps the node up: a cut of the proven minimum size
                    return HittingResult(lower, self.activities_of(hitting))
                # more path sets, each avoiding the ones just found: disjoint
                # ones raise the next lower bound at once
                stopped = hitting | fixed
                while path is not None and len(path_sets) < _PATH_SETS:
                    path_sets.append(path)
                    self.pool.append(path)
                    stopped |= path
                    path = self.path_set(stopped)
                if len(path_sets) >= _PATH_SETS:
                    raise _OutOfBudgetError
        except _OutOfBudgetError:
            return HittingResult(lower, None)
        return HittingResult(upper, None)

    def activities_of(self, bits: int) -> tuple[int, ...]:
        return tuple(sorted(a for a in self.activities if bits & self.bit[a]))

    def path_set(self, stopped: int) -> int | None:
        """Bits of a path set that avoids ``stopped``, or None when ``stopped`` is a cut."""
        up = {a for a in self.activities if not stopped & self.bit[a]}
        for m in self.inner:
            lost = sum(1 for c in self.contributors[m] if c not in up)
            if lost <= self.slack[m]:
                up.add(m)
        if self.node not in up:
            return None
        chosen = {self.node}
        bits = 0
        for m in reversed(self.inner):
            if m not in chosen:
                continue
            supported = [c for c in self.contributors[m] if c in up]
            supported.sort(key=lambda c: (c not in chosen, self.cost[c], c))
            for c in supported[: len(self.contributors[m]) - self.slack[m]]:
                chosen.add(c)
                if c in self.bit:
                    bits |= self.bit[c]
        return bits

    def hitting_set(self, path_sets: list[int], size: int, banned: int) -> int | None:
        """At most ``size`` activities, none ``banned``, meeting every path set; None if none."""
        return self._hit(path_sets, 0, banned, size)

    def _hit(self, path_sets: list[int], chosen: int, banned: int, size: int) -> int | None:
        self.budget -= len(path_sets) + 1
        if self.budget < 0:
            raise _OutOfBudgetError
        open_sets = [p & ~banned for p in path_sets if not p & chosen]
        if not open_sets:
            return chosen
        if size == 0:
            return None
        open_sets.sort(key=int.bit_count)
        if open_sets[0] == 0:
            return None
        used = 0
        disjoint = 0
        for p in open_sets:  # pairwise disjoint open sets each need their own activity
            if not p & used:
                used |= p
                disjoint += 1
                if disjoint > size:
                    return None
        branch = open_sets[0]
        lows = []
        while branch:
            low = branch & -branch
            branch ^= low
            lows.append(low)
        # the activity in most open sets first: it leaves the fewest to hit
        lows.sort(key=lambda low: -sum(1 for p in open_sets if p & low))
        for low in lows:
            found = self._hit(path_sets, chosen | low, banned, size - 1)
            if found is not None:
                return found
            banned |= low
        return None

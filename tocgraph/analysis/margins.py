"""Exact margins and single points of failure, or proven bounds within a fixed budget.

Under pessimistic evaluation (unclear counts as stopped) every node is simply
supported or not, and a node is a monotone threshold function of the supported
activities. Its **margin** is the smallest number of those activities that must
stop for it to lose support (a smallest **cut**); its **critical activities**
are the ones whose stopping alone does that.

Critical activities come from one forward propagation per supported activity.
A node with none has margin at least 2; the margin is then found by, in order:

1. a count, when every node above the activities needs only one contributor
   (then every supported activity below the node must stop);
2. a bottom-up bound (sum of the cheapest contributors a node can lose), which
   is exact when no node below is shared, or when it equals the lower bound 2;
3. otherwise, when few sets of activities lie between the bounds, trying them
   all, smallest first;
4. otherwise, when the known cut is small, smallest hitting sets of path sets
   (:mod:`~tocgraph.analysis.hitting_sets`: no solver, within a budget; once
   an earlier node has loaded HiGHS, after the linear relaxation, which often
   proves the known cut minimum in milliseconds);
5. otherwise a 0/1 integer program solved by HiGHS (:mod:`~tocgraph.analysis.solver`):
   minimise the stopped activities subject to "a node fails only if enough of
   its contributors fail" (exact where shared nodes make greedy methods wrong).

Steps 3 to 5 import their modules when a node first needs them (start-up).

The program gets a fixed number of branch-and-bound nodes (a count, not a
clock, so results do not depend on the machine). When that is not enough to
prove the optimum, the node's margin is reported as proven bounds: ``lower``
(no set of fewer activities brings it down) and ``upper`` (a set of that many
does), and ``margin`` holds the lower bound.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from tocgraph.analysis.stop_bounds import changed_below, stop_window
from tocgraph.graph.structure import Structure
from tocgraph.schema.model import Kind

if TYPE_CHECKING:
    from tocgraph.analysis.solver import Row, Solution

__all__ = ["Margins", "alive_ancestors", "margins_and_criticals", "slacks"]


@dataclass(frozen=True)
class Margins:
    """Margins of every node of a compiled graph, indexed like ``structure.ids``.

    Attributes
    ----------
    values
        The margin, or its proven lower bound when it is not exact; ``None``
        for activities, 0 for nodes that are not supported.
    bounds
        ``None`` when the margin is exact, else proven ``(lower, upper)``.
    criticals
        The critical activities of each node.
    cuts
        For each supported node, a smallest set of activities known to bring
        it down (a minimum cut when the margin is exact), or ``None``.
    """

    values: list[int | None]
    bounds: list[tuple[int, int] | None]
    criticals: list[tuple[int, ...]]
    cuts: list[tuple[int, ...] | None]


def margins_and_criticals(
    structure: Structure,
    alive: Sequence[bool],
    previous: Margins | None = None,
    changed: Collection[int] = (),
) -> Margins:
    """Margin and critical activities of every node.

    Parameters
    ----------
    structure
        The compiled graph.
    alive
        Pessimistic support of every node (see
        :func:`~tocgraph.analysis.support.evaluate_pessimistic`).
    previous, changed
        Margins of the same graph before the activities ``changed`` stopped:
        nodes that no changed activity reaches keep their margin, bounds and
        cut, so a what-if only recomputes what lies above its activities.

    Returns
    -------
    Margins
    """
    size = len(structure)
    is_activity = [kind is Kind.ACTIVITY for kind in structure.kinds]
    slack = slacks(structure, alive)
    criticals: list[list[int]] = [[] for _ in range(size)]
    for a in range(size):
        if is_activity[a] and alive[a]:
            for m in _failures(structure, alive, slack, a):
                criticals[m].append(a)

    margins: list[int | None] = [None] * size
    bounds: list[tuple[int, int] | None] = [None] * size
    cuts: list[tuple[int, ...] | None] = [None] * size
    estimates = _Bounds(structure, alive, slack, is_activity)
    reached = changed_below(structure, changed)
    stopped = frozenset(changed)
    for n in range(size):
        if is_activity[n]:
            continue
        if not alive[n]:
            margins[n] = 0
        elif criticals[n]:
            margins[n] = 1
            cuts[n] = (criticals[n][0],)
        elif previous is not None and not reached[n]:
            margins[n], bounds[n], cuts[n] = (
                previous.values[n],
                previous.bounds[n],
                previous.cuts[n],
            )
        else:
            window = None if previous is None else stop_window(previous, n, reached[n], stopped)
            lower, upper, cut = estimates.margin(n, margins, window)
            margins[n] = lower
            cuts[n] = cut
            if lower < upper:
                bounds[n] = (lower, upper)
    return Margins(margins, bounds, [tuple(c) for c in criticals], cuts)


def slacks(structure: Structure, alive: Sequence[bool]) -> list[int]:
    """How many supported contributors each supported node can lose and stay supported."""
    slack = [0] * len(structure)
    for m in range(len(structure)):
        if structure.statuses[m] is None and alive[m]:
            count = sum(1 for c in structure.contributors[m] if alive[c])
            slack[m] = count - structure.required[m]
    return slack


class _Bounds:
    """Cheap upper and lower bounds on margins, computed bottom-up once.

    ``cost`` adds up the cheapest contributors a node must lose (an upper bound
    that counts shared activities twice); ``cut`` is an actual set of
    activities that brings the node down (a tighter upper bound, since shared
    activities count once); ``pure`` marks nodes below which every node needs
    only one contributor, where the cut of all activities below is exact.
    """

    def __init__(
        self,
        structure: Structure,
        alive: Sequence[bool],
        slack: Sequence[int],
        is_activity: Sequence[bool],
    ) -> None:
        self.structure, self.alive, self.slack = structure, alive, slack
        self.is_activity = is_activity
        size = len(structure)
        self.solver_used = False
        """Whether a program was solved for this graph (then HiGHS is loaded)."""
        self.cost = [0] * size
        self.cut: list[frozenset[int]] = [frozenset()] * size
        self.pure = [True] * size
        for m in range(size):
            if not alive[m]:
                continue
            if is_activity[m]:
                self.cost[m] = 1
                self.cut[m] = frozenset((m,))
                continue
            members = [c for c in structure.contributors[m] if alive[c]]
            need = slack[m] + 1
            members.sort(key=lambda c: (len(self.cut[c]), c))
            self.cost[m] = sum(sorted(self.cost[c] for c in members)[:need])
            self.cut[m] = _greedy_union([self.cut[c] for c in members], need)
            self.pure[m] = need == len(members) and all(
                self.pure[c] for c in members if not is_activity[c]
            )

    def margin(
        self,
        n: int,
        margins: Sequence[int | None],
        window: tuple[int, tuple[int, ...] | None] | None = None,
    ) -> tuple[int, int, tuple[int, ...] | None]:
        """Proven ``(lower, upper)`` margin of a supported node without critical activities.

        Also a cut of ``upper`` activities when one is known. ``window`` is a
        proven lower bound and a known cut from elsewhere (see
        :func:`~tocgraph.analysis.stop_bounds.stop_window`).
        """
        cut = self.cut[n]
        upper = min(self.cost[n], len(cut))
        known_cut = tuple(sorted(cut)) if len(cut) == upper else None
        if self.pure[n]:
            return upper, upper, known_cut
        members = [c for c in self.structure.contributors[n] if self.alive[c]]
        known = sorted(1 if self.is_activity[c] else (margins[c] or 0) for c in members)
        lower = max(2, known[self.slack[n]])
        if window is not None:
            lower = max(lower, window[0])
            if window[1] is not None and len(window[1]) < upper:
                upper, known_cut = len(window[1]), window[1]
        if lower >= upper:
            return upper, upper, known_cut
        return _solve_node(self, n, lower, upper, known_cut, margins)


def _greedy_union(cuts: list[frozenset[int]], need: int) -> frozenset[int]:
    """A small union of ``need`` of the cuts, chosen greedily.

    Each step takes the cut that adds the fewest activities to those chosen
    (the first such cut on a tie). The activities each cut would add are kept
    up to date as activities are chosen, in a heap, so a node with thousands
    of contributors costs the sum of its cuts' sizes times a logarithm, not
    the cube of the number of contributors (found by fuzzing: one goal with
    ``requires: 2`` and 3,000 activities took over a minute).
    """
    if need >= len(cuts):
        return frozenset().union(*cuts)
    adds = [len(cut) for cut in cuts]
    holders: dict[int, list[int]] = {}
    for i, cut in enumerate(cuts):
        for a in cut:
            holders.setdefault(a, []).append(i)
    heap = [(size, i) for i, size in enumerate(adds)]
    heapq.heapify(heap)
    taken = [False] * len(cuts)
    chosen: set[int] = set()
    for _ in range(need):
        size, i = heapq.heappop(heap)
        while taken[i] or size != adds[i]:  # an entry from before the cut lost activities
            size, i = heapq.heappop(heap)
        taken[i] = True
        for a in cuts[i] - chosen:
            chosen.add(a)
            for j in holders[a]:
                if not taken[j]:
                    adds[j] -= 1
                    heapq.heappush(heap, (adds[j], j))
    return frozenset(chosen)


def _failures(
    structure: Structure, alive: Sequence[bool], slack: Sequence[int], start: int
) -> list[int]:
    """Nodes that lose support when only the activity ``start`` stops."""
    lost: dict[int, int] = {}
    failed: list[int] = []
    stack = [start]
    while stack:
        node = stack.pop()
        for t in structure.targets[node]:
            if not alive[t]:
                continue
            lost[t] = lost.get(t, 0) + 1
            if lost[t] == slack[t] + 1:
                failed.append(t)
                stack.append(t)
    return failed


def _solve_node(
    bounds: _Bounds,
    n: int,
    lower: int,
    upper: int,
    known_cut: tuple[int, ...] | None,
    margins: Sequence[int | None],
) -> tuple[int, int, tuple[int, ...] | None]:
    structure, alive = bounds.structure, bounds.alive
    members = alive_ancestors(structure, alive, n)
    member_set = set(members)
    shared = any(
        sum(1 for t in structure.targets[m] if t in member_set) > 1 for m in members if m != n
    )
    if not shared:  # a tree: adding up the cheapest contributors is exact
        return upper, upper, known_cut
    from tocgraph.analysis.cut_programs import few_sets, search_cut

    activities = [m for m in members if bounds.is_activity[m]]
    if few_sets(len(activities), lower, upper, _SEARCH_BUDGET // len(members)):
        found = search_cut(structure, alive, bounds.slack, members, activities, n, lower, upper)
        if found is not None:
            return len(found), len(found), found
        return upper, upper, known_cut
    program: _Program | None = None
    relaxed: Solution | None = None
    if upper <= _HITTING_UPPER:
        if bounds.solver_used:  # HiGHS is loaded: its relaxation often proves the known cut
            program = _program(bounds, members, margins)
            relaxed = _relaxation(program, members, n)
            lower = max(lower, relaxed.bound)
            if lower >= upper:
                return upper, upper, known_cut
        from tocgraph.analysis.hitting_sets import smallest_cut

        hit = smallest_cut(structure, alive, bounds.slack, members, activities, lower, upper)
        if hit.cut is not None:
            return len(hit.cut), len(hit.cut), hit.cut
        if hit.lower >= upper:
            return upper, upper, known_cut
        lower = hit.lower
    bounds.solver_used = True
    low, high, cut = _solve(
        bounds, members, n, lower, upper, program or _program(bounds, members, margins), relaxed
    )
    return low, high, cut if cut is not None or high < upper else known_cut


class _Program(NamedTuple):
    """The 0/1 program of a node's margin: minimise the stopped activities (see :func:`_solve`)."""

    objective: list[float]
    rows: list[Row]
    thresholds: int  # how many rows come first from cut_rows (the others: margin_rows)


def _program(bounds: _Bounds, members: list[int], margins: Sequence[int | None]) -> _Program:
    """The program over ``members``, built once per node whichever step solves it."""
    from tocgraph.analysis.cut_programs import cut_rows, margin_rows

    structure, alive, is_activity = bounds.structure, bounds.alive, bounds.is_activity
    rows = cut_rows(structure, alive, bounds.slack, is_activity, members)
    thresholds = len(rows)
    rows += margin_rows(structure, alive, is_activity, members, margins)
    return _Program([1.0 if is_activity[m] else 0.0 for m in members], rows, thresholds)


def _relaxation(program: _Program, members: list[int], n: int) -> Solution:
    """The linear relaxation of the program of ``n``, whose optimum bounds its margin."""
    from tocgraph.analysis.solver import solve_binary

    return solve_binary(program.objective, program.rows, [members.index(n)], relaxation_only=True)


_SEARCH_BUDGET = 200_000
"""Node evaluations below which trying every small set beats starting the solver."""

_HITTING_UPPER = 24
"""Known cuts up to this size are first improved or proven by hitting sets, without a solver."""


def alive_ancestors(structure: Structure, alive: Sequence[bool], n: int) -> list[int]:
    """Alive nodes from which ``n`` is reached through alive nodes, with ``n``, sorted."""
    seen = {n}
    stack = [n]
    while stack:
        node = stack.pop()
        for c in structure.contributors[node]:
            if alive[c] and c not in seen:
                seen.add(c)
                stack.append(c)
    return sorted(seen)


def _solve(
    bounds: _Bounds,
    members: list[int],
    n: int,
    lower: int,
    upper: int,
    program: _Program,
    relaxed: Solution | None = None,
) -> tuple[int, int, tuple[int, ...] | None]:
    """Proven bounds on the margin of ``n`` from a 0/1 integer program (HiGHS).

    ``upper`` is a known achievable margin and ``lower`` a proven one. A
    program of at least :data:`_SPLIT_COLUMNS` columns whose node may keep some
    contributors is split by which ones it keeps
    (:func:`~tocgraph.analysis.cut_programs.solve_by_contributors`); one of at
    least :data:`_DIRECT_COLUMNS` goes straight to the integer program.
    Otherwise the linear relaxation is solved first (unless ``relaxed`` is it,
    already solved): when its optimum, rounded up, reaches ``upper``, that
    proves ``upper`` optimal without branching.
    """
    from tocgraph.analysis.cut_programs import round_cut, solve_by_contributors, spared_sets
    from tocgraph.analysis.solver import MIP_COLUMNS, solve_binary

    structure, alive, slack = bounds.structure, bounds.alive, bounds.slack
    is_activity = bounds.is_activity
    objective, rows, _ = program
    fixed = [members.index(n)]
    split = _SPLIT_COLUMNS <= len(members) <= MIP_COLUMNS
    spared = spared_sets(structure, alive, slack, n) if split else None
    if spared is not None:
        return solve_by_contributors(
            structure, alive, is_activity, members, program, n, spared, lower, upper
        )
    if _DIRECT_COLUMNS <= len(members) <= MIP_COLUMNS:
        return _solve_program(is_activity, members, objective, rows, n, lower, upper)
    if relaxed is None:
        relaxed = solve_binary(objective, rows, fixed, relaxation_only=True)
    lower = max(lower, relaxed.bound)
    if lower >= upper:
        return upper, upper, None
    if len(members) > MIP_COLUMNS:
        rounded = round_cut(structure, alive, slack, is_activity, members, relaxed.relaxed)
        if len(rounded) < upper:
            return min(lower, len(rounded)), len(rounded), rounded
        return lower, upper, None
    return _solve_program(is_activity, members, objective, rows, n, lower, upper)


def _solve_program(
    is_activity: Sequence[bool],
    members: list[int],
    objective: list[float],
    rows: list[Row],
    n: int,
    lower: int,
    upper: int,
) -> tuple[int, int, tuple[int, ...] | None]:
    """Proven bounds on the margin of ``n`` from its integer program (see :func:`_solve`)."""
    from tocgraph.analysis.solver import solve_binary

    result = solve_binary(objective, rows, [members.index(n)], cutoff=upper - 0.5)
    if not result.feasible:  # no cut smaller than the known one
        return upper, upper, None
    cut: tuple[int, ...] | None = None
    if result.best is not None and result.best <= upper:
        upper = result.best
        cut = tuple(members[i] for i in result.ones if is_activity[members[i]])
    lower = min(upper, max(lower, result.bound))
    return lower, upper, cut


_DIRECT_COLUMNS = 400
"""Programs of at least this many columns skip the separate relaxation (it rarely settles them).

On the stress graphs 2 of 40 programs of 300 columns or more were settled by
their relaxation alone, none of 400 or more; the integer program solves the
relaxation again anyway.
"""

_SPLIT_COLUMNS = 200
"""Programs of at least this many columns are split by which contributors survive (if few)."""

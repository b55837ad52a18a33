"""Exact margins and single points of failure.

Under pessimistic evaluation (unclear counts as stopped) every node is simply
supported or not, and a node is a monotone threshold function of the supported
activities. Its **margin** is the smallest number of those activities that must
stop for it to lose support; its **critical activities** are the ones whose
stopping alone does that.

Critical activities come from one forward propagation per supported activity.
A node with none has margin at least 2; the margin is then found by, in order:

1. a count, when every node above the activities needs only one contributor
   (then every supported activity below the node must stop);
2. a bottom-up bound (sum of the cheapest contributors a node can lose), which
   is exact when no node below is shared, or when it equals the lower bound 2;
3. otherwise, when few sets of activities lie between the bounds, trying them
   all, smallest first;
4. otherwise an integer linear program solved by HiGHS (``scipy.optimize.milp``):
   minimise the stopped activities subject to "a node fails only if enough of
   its contributors fail". Shared nodes make greedy and flow methods wrong, but
   the program is exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from math import comb

from tocgraph.graph.structure import Structure
from tocgraph.schema.model import Kind

__all__ = ["margins_and_criticals"]

_MAX_COVERS = 64
"""Up to this many subset inequalities per node; beyond, one aggregated row."""


def margins_and_criticals(
    structure: Structure, alive: Sequence[bool]
) -> tuple[list[int | None], list[tuple[int, ...]]]:
    """Margin and critical activities of every node.

    Parameters
    ----------
    structure
        The compiled graph.
    alive
        Pessimistic support of every node (see
        :func:`~tocgraph.analysis.support.evaluate_pessimistic`).

    Returns
    -------
    margins, criticals
        Indexed like ``structure.ids``. Activities have margin ``None`` and no
        critical activities; nodes that are not supported have margin 0.
    """
    size = len(structure)
    is_activity = [kind is Kind.ACTIVITY for kind in structure.kinds]
    # how many alive contributors each node can lose and stay supported
    slack = [0] * size
    for m in range(size):
        if not is_activity[m] and alive[m]:
            count = sum(1 for c in structure.contributors[m] if alive[c])
            slack[m] = count - structure.required[m]

    criticals: list[list[int]] = [[] for _ in range(size)]
    for a in range(size):
        if is_activity[a] and alive[a]:
            for m in _failures(structure, alive, slack, a):
                criticals[m].append(a)

    margins: list[int | None] = [None] * size
    bounds = _Bounds(structure, alive, slack, is_activity)
    for n in range(size):
        if is_activity[n]:
            continue
        if not alive[n]:
            margins[n] = 0
        elif criticals[n]:
            margins[n] = 1
        else:
            margins[n] = bounds.margin(n, margins)
    return margins, [tuple(c) for c in criticals]


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
        self.structure, self.alive, self.slack, self.is_activity = (
            structure,
            alive,
            slack,
            is_activity,
        )
        size = len(structure)
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

    def margin(self, n: int, margins: Sequence[int | None]) -> int:
        """The exact margin of a supported node without critical activities."""
        upper = min(self.cost[n], len(self.cut[n]))
        if self.pure[n]:
            return len(self.cut[n])
        members = [c for c in self.structure.contributors[n] if self.alive[c]]
        known = sorted(1 if self.is_activity[c] else (margins[c] or 0) for c in members)
        lower = max(2, known[self.slack[n]])
        if lower >= upper:
            return upper
        return _solve_node(
            self.structure, self.alive, self.slack, self.is_activity, n, lower, upper
        )


def _greedy_union(cuts: list[frozenset[int]], need: int) -> frozenset[int]:
    """A small union of ``need`` of the cuts, chosen greedily."""
    if need >= len(cuts):
        return frozenset().union(*cuts)
    chosen: frozenset[int] = frozenset()
    remaining = list(cuts)
    for _ in range(need):
        best = min(range(len(remaining)), key=lambda i: len(chosen | remaining[i]))
        chosen = chosen | remaining.pop(best)
    return chosen


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
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    is_activity: Sequence[bool],
    n: int,
    lower: int,
    upper: int,
) -> int:
    members = _alive_ancestors(structure, alive, n)
    member_set = set(members)
    shared = any(
        sum(1 for t in structure.targets[m] if t in member_set) > 1 for m in members if m != n
    )
    if not shared:  # a tree: adding up the cheapest contributors is exact
        return upper
    activities = [m for m in members if is_activity[m]]
    tries = sum(comb(len(activities), size) for size in range(lower, upper))
    if tries * len(members) <= _SEARCH_BUDGET:
        return _search(structure, alive, slack, members, activities, n, lower, upper)
    return _solve(structure, alive, slack, is_activity, members, n, upper)


_SEARCH_BUDGET = 200_000
"""Node evaluations below which trying every small set beats starting the solver."""


def _search(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    members: list[int],
    activities: list[int],
    n: int,
    lower: int,
    upper: int,
) -> int:
    """The margin by trying every set of ``lower`` to ``upper - 1`` activities, smallest first."""
    inner = [m for m in members if m not in set(activities)]
    for size in range(lower, upper):
        for stopped in combinations(activities, size):
            down = set(stopped)
            for m in inner:  # topological order
                lost = sum(1 for c in structure.contributors[m] if alive[c] and c in down)
                if lost > slack[m]:
                    down.add(m)
            if n in down:
                return size
    return upper


def _alive_ancestors(structure: Structure, alive: Sequence[bool], n: int) -> list[int]:
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
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    is_activity: Sequence[bool],
    members: list[int],
    n: int,
    upper: int,
) -> int:
    """The exact margin of ``n`` as a 0/1 integer program (HiGHS via scipy).

    ``upper`` is a known achievable margin. The linear relaxation is solved
    first: when its optimum, rounded up, reaches ``upper``, that proves
    ``upper`` optimal without branching.
    """
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_array

    column = {m: i for i, m in enumerate(members)}
    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    row = 0
    for m in members:
        if is_activity[m]:
            continue
        alive_contributors = [c for c in structure.contributors[m] if alive[c]]
        if slack[m] + 1 == len(alive_contributors):
            # every contributor must fall: x_m <= x_c for each, tighter than one summed row
            for c in alive_contributors:
                rows += [row, row]
                cols += [column[m], column[c]]
                data += [1.0, -1.0]
                row += 1
            continue
        rows.append(row)
        cols.append(column[m])
        data.append(float(slack[m] + 1))
        for c in alive_contributors:
            rows.append(row)
            cols.append(column[c])
            data.append(-1.0)
        row += 1
    matrix = coo_array((data, (rows, cols)), shape=(row, len(members))).tocsr()
    objective = np.array([1.0 if is_activity[m] else 0.0 for m in members])
    lower = np.zeros(len(members))
    lower[column[n]] = 1.0
    constraints = LinearConstraint(matrix, -np.inf, 0.0)
    bounds = Bounds(lower, np.ones(len(members)))
    relaxed = milp(
        objective,
        constraints=constraints,
        integrality=np.zeros(len(members), dtype=np.int64),
        bounds=bounds,
    )
    if relaxed.success and np.ceil(relaxed.fun - 1e-6) >= upper:
        return upper
    result = milp(
        objective,
        constraints=constraints,
        integrality=np.ones(len(members), dtype=np.int64),
        bounds=bounds,
    )
    if not result.success:  # pragma: no cover - the program is always feasible
        raise RuntimeError(f"margin solver failed: {result.message}")
    return min(upper, round(result.fun))

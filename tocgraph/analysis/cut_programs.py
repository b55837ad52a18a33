"""The 0/1 programs behind margins, and cuts checked by propagation.

A column per supported node below the node in question (its "members"): 1
means the activity stops or the node fails. :func:`cut_rows` says a node may
fail only if more than its slack of contributors fail; :func:`margin_rows`
adds that a failing node below costs at least its own (proven) margin.
:func:`down` is the propagation that checks a set of stopped activities,
:func:`round_cut` reads a real cut off a linear relaxation, and
:func:`solve_by_contributors` splits a hard program by which contributors of
its node survive (parts proven no better than the best cut found, by the
duals of other parts' relaxations, are never solved).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from math import comb
from typing import TYPE_CHECKING

from tocgraph.graph.structure import Structure

if TYPE_CHECKING:  # the solver is imported when a program is built: searches stay light
    from tocgraph.analysis.solver import Row

__all__ = [
    "contributor_parts",
    "cut_rows",
    "down",
    "few_sets",
    "margin_rows",
    "round_cut",
    "search_cut",
    "solve_by_contributors",
    "spared_sets",
]


def down(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    inner: Sequence[int],
    stopped: Sequence[int],
) -> set[int]:
    """The nodes of ``inner`` (topologically sorted) that fail when ``stopped`` stop."""
    down = set(stopped)
    for m in inner:
        lost = sum(1 for c in structure.contributors[m] if alive[c] and c in down)
        if lost > slack[m]:
            down.add(m)
    return down


def few_sets(activities: int, lower: int, upper: int, limit: int) -> bool:
    """Whether at most ``limit`` sets of ``lower`` to ``upper - 1`` activities exist."""
    total = 0
    for size in range(lower, upper):
        total += comb(activities, size)
        if total > limit:
            return False
    return True


def search_cut(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    members: list[int],
    activities: list[int],
    n: int,
    lower: int,
    upper: int,
) -> tuple[int, ...] | None:
    """The first set of ``lower`` to ``upper - 1`` activities that brings ``n`` down, or None.

    Sets are tried smallest first, so a set found is a minimum cut.
    """
    chosen = set(activities)
    inner = [m for m in members if m not in chosen]
    for size in range(lower, upper):
        for stopped in combinations(activities, size):
            if n in down(structure, alive, slack, inner, stopped):
                return stopped
    return None


def cut_rows(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    is_activity: Sequence[bool],
    members: Sequence[int],
) -> list[Row]:
    """Rows "a node fails only if more than its slack of contributors fail", over ``members``.

    Column ``i`` is ``members[i]``; 1 means the node fails (or the activity stops).
    """
    from tocgraph.analysis.solver import Row

    column = {m: i for i, m in enumerate(members)}
    rows: list[Row] = []
    for m in members:
        if is_activity[m]:
            continue
        alive_contributors = [column[c] for c in structure.contributors[m] if alive[c]]
        if slack[m] + 1 == len(alive_contributors):
            # every contributor must fall: x_m <= x_c for each, tighter than one summed row
            rows.extend(Row((column[m], c), (1.0, -1.0), -1.0, 0.0) for c in alive_contributors)
            continue
        rows.append(
            Row(
                (column[m], *alive_contributors),
                (float(slack[m] + 1), *([-1.0] * len(alive_contributors))),
                -float(len(alive_contributors)),
                0.0,
            )
        )
    return rows


def margin_rows(
    structure: Structure,
    alive: Sequence[bool],
    is_activity: Sequence[bool],
    members: Sequence[int],
    margins: Sequence[int | None],
) -> list[Row]:
    """Rows "if node m fails, at least margin(m) activities below it stop".

    Valid for any proven lower bound on the margins of the nodes below, and
    much tighter than the threshold rows alone in the linear relaxation.
    """
    from tocgraph.analysis.solver import Row

    column = {m: i for i, m in enumerate(members)}
    below: dict[int, frozenset[int]] = {}
    rows: list[Row] = []
    for m in members:  # topological order
        if is_activity[m]:
            below[m] = frozenset((column[m],))
            continue
        below[m] = frozenset().union(
            *(below[c] for c in structure.contributors[m] if alive[c] and c in below)
        )
        margin = margins[m]
        if margin is None or margin < 2 or m == members[-1]:
            continue
        cols = sorted(below[m])
        rows.append(
            Row((column[m], *cols), (-float(margin), *([1.0] * len(cols))), 0.0, float(len(cols)))
        )
    return rows


def round_cut(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    is_activity: Sequence[bool],
    members: list[int],
    relaxed: Sequence[float],
) -> tuple[int, ...]:
    """A cut of ``members[-1]`` read off the linear relaxation: a cheap upper bound.

    Activities are taken in order of their relaxed value, the shortest prefix
    that brings the node down is found by bisection (stopping more never
    helps a node), and then activities the cut does not need are dropped.
    """
    n = members[-1]
    inner = [m for m in members if not is_activity[m]]
    order = sorted(
        (i for i, m in enumerate(members) if is_activity[m]), key=lambda i: (-relaxed[i], i)
    )
    ranked = [members[i] for i in order]
    low, high = 1, len(ranked)
    while low < high:
        middle = (low + high) // 2
        if n in down(structure, alive, slack, inner, ranked[:middle]):
            high = middle
        else:
            low = middle + 1
    cut = ranked[:low]
    for a in reversed(ranked[:low]):
        trial = [c for c in cut if c != a]
        if n in down(structure, alive, slack, inner, trial):
            cut = trial
    return tuple(sorted(cut))


_SPLIT_LIMIT = 300
"""Largest number of ways to choose the surviving contributors for which a program is split."""

_SPLIT_SOLVES = 20
"""Integer programs solved at most for one split program; the other parts keep their bounds."""


def spared_sets(
    structure: Structure, alive: Sequence[bool], slack: Sequence[int], n: int
) -> list[tuple[int, ...]] | None:
    """The ways to choose which contributors of ``n`` stay supported while ``n`` falls.

    ``n`` falls when ``slack + 1`` of its contributors fall, so in a smallest
    cut all but some ``spare`` of them fall. ``None`` when no choice is left
    (every contributor must fall) or there are too many ways.
    """
    contributors = [c for c in structure.contributors[n] if alive[c]]
    spare = len(contributors) - slack[n] - 1
    if spare < 1 or comb(len(contributors), spare) > _SPLIT_LIMIT:
        return None
    return list(combinations(contributors, spare))


def contributor_parts(
    structure: Structure,
    alive: Sequence[bool],
    members: list[int],
    n: int,
    spared: list[tuple[int, ...]],
) -> list[list[int]]:
    """For each choice of :func:`spared_sets`, the columns of the contributors of ``n`` it fells."""
    column = {m: i for i, m in enumerate(members)}
    contributors = [c for c in structure.contributors[n] if alive[c]]
    return [[column[c] for c in contributors if c not in survivors] for survivors in spared]


def solve_by_contributors(
    structure: Structure,
    alive: Sequence[bool],
    is_activity: Sequence[bool],
    members: list[int],
    program: tuple[list[float], list[Row], int],
    n: int,
    spared: list[tuple[int, ...]],
    lower: int,
    upper: int,
) -> tuple[int, int, tuple[int, ...] | None]:
    """The program of ``n`` split by which contributors survive: one part per choice.

    In each part every other contributor must fall. The parts' linear
    relaxations are much tighter than the whole program's. Parts are taken in
    order of their proven bound: a part whose bound comes from another part's
    duals gets its own relaxation first, a part with its own is solved as an
    integer program (looking only for cuts smaller than the best found), and
    the search ends when the next bound is no smaller than the best cut found.
    The margin is the smallest part optimum; a part not solved exactly keeps
    its proven bound.

    ``program`` is the objective, the rows, and how many of them come first
    from :func:`cut_rows`: the parts' relaxations use those alone. With the
    contributors forced, the margin rows seldom raise a part's relaxation
    bound (on none of the 866 parts of the 1,000-activity stress graph), and
    without them, dense as they are, each relaxation costs a fifth to a third
    less (any subset of the rows gives proven bounds).
    """
    from tocgraph.analysis.part_relaxations import PartRelaxations
    from tocgraph.analysis.solver import solve_binary

    objective, rows, thresholds = program
    node = members.index(n)
    parts = contributor_parts(structure, alive, members, n, spared)
    relaxations = PartRelaxations(objective, rows[:thresholds], parts, [node])
    bounds = relaxations.lower
    best, cut = upper, None
    open_bounds: list[int] = []
    pending = set(range(len(parts)))
    solved = 0
    while (i := relaxations.next_part(pending, best)) is not None:
        pending.discard(i)
        if solved == _SPLIT_SOLVES:
            open_bounds.append(bounds[i])
            continue
        solved += 1
        result = solve_binary(objective, rows, [node, *parts[i]], cutoff=best - 0.5)
        if not result.feasible:  # no cut smaller than the best one in this part
            continue
        if result.best is not None and result.best < best:
            best = result.best
            cut = tuple(members[j] for j in result.ones if is_activity[members[j]])
        if not result.optimal:
            open_bounds.append(max(result.bound, bounds[i]))
    low = max(lower, min([best, *open_bounds]))
    return low, best, cut

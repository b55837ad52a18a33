"""Integer programs that find minimum cuts holding activities not yet settled.

:mod:`~tocgraph.analysis.mincuts` needs, per node, the activities that lie in
some minimum cut. What cheaper steps leave is found by programs that each look
for a minimum cut holding as many of the activities left as possible, until
none holds any (then those lie in no minimum cut) or the budget runs out.

Large programs are first **split** by which contributors of a node survive, as
the margin programs are (:func:`~tocgraph.analysis.cut_programs.solve_by_contributors`):
every cut leaves at most ``spare`` contributors of that node standing, so every
minimum cut lies in a part that forces the others to fall. Parts whose linear
relaxation exceeds the margin hold no minimum cut and are skipped; the others
are covered one by one, and their forced columns make each program's
relaxation far tighter. The node split is the node itself or, when every
contributor of it must fall, the contributor with the fewest parts. On the
1,000-activity stress graph this made the unions of goals G1, G4 and G7
exact in 1.4 to 4.6 s, where the whole program had spent 7 to 14 s and left
126 to 201 activities each undetermined.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tocgraph.analysis.cut_programs import spared_sets
from tocgraph.analysis.solver import Row, solve_binary
from tocgraph.graph.structure import Structure

__all__ = ["cover", "cover_parts"]

SPLIT_COLUMNS = 200
"""Covering programs of at least this many columns are split by surviving contributors."""

OPEN_PARTS = 20
"""Most parts a split covering looks into; with more, the whole program is covered."""


def cover_parts(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    members: list[int],
    rows: list[Row],
    n: int,
    margin: int,
) -> list[list[int]]:
    """The columns to force to 1, one list per part that may hold a minimum cut of ``n``.

    ``[[]]`` (the whole program) when the program is small or not split.
    ``rows`` are the threshold rows (their relaxations bound the parts).
    """
    node = _split_node(structure, alive, slack, n) if len(members) >= SPLIT_COLUMNS else None
    spared = None if node is None else spared_sets(structure, alive, slack, node)
    if node is None or spared is None:
        return [[]]
    from tocgraph.analysis.part_relaxations import PartRelaxations

    column = {m: i for i, m in enumerate(members)}
    contributors = [c for c in structure.contributors[node] if alive[c]]
    parts = [[column[c] for c in contributors if c not in survivors] for survivors in spared]
    objective = [1.0 if structure.statuses[m] is not None else 0.0 for m in members]
    relaxations = PartRelaxations(objective, rows, parts, [column[n]])
    found: list[list[int]] = []
    pending = set(range(len(parts)))
    while pending:
        i = min(pending, key=lambda i: (relaxations.lower[i], i))
        if relaxations.lower[i] > margin:  # no part left can hold a cut of the margin
            break
        if not relaxations.exact[i]:
            relaxations.solve(i, margin + 1)
            continue
        pending.discard(i)
        found.append(parts[i])
        if len(found) > OPEN_PARTS:
            return [[]]
    return found


def _split_node(
    structure: Structure, alive: Sequence[bool], slack: Sequence[int], n: int
) -> int | None:
    """The node whose surviving contributors split the covering of ``n``, if any."""
    if spared_sets(structure, alive, slack, n) is not None:
        return n
    contributors = [c for c in structure.contributors[n] if alive[c]]
    if slack[n] + 1 != len(contributors):  # not every contributor must fall
        return None
    ways = {}
    for c in contributors:
        spared = spared_sets(structure, alive, slack, c) if structure.statuses[c] is None else None
        if spared is not None and len(spared) > 1:
            ways[c] = len(spared)
    return min(ways, key=lambda c: (ways[c], c)) if ways else None


def cover(
    members: list[int],
    is_activity: Sequence[bool],
    rows: list[Row],
    fixed: list[int],
    covered: set[int],
    excluded: set[int],
    widen: Callable[[list[int], list[int]], set[int]],
) -> bool:
    """Add to ``covered`` the activities of minimum cuts found; True if some stay open.

    Each program maximises the activities left (not in ``covered`` or
    ``excluded``) in a cut of at most the margin (a row of ``rows``), with the
    columns ``fixed`` forced to 1. Each cut found is passed to ``widen`` with
    the activities still left, and what it returns is covered too. Returns
    False when no minimum cut (within ``fixed``) holds an activity left, True
    when the budget ran out first.
    """
    while True:
        left = {
            i
            for i, m in enumerate(members)
            if is_activity[m] and m not in covered and m not in excluded
        }
        if not left:
            return False
        objective = [1.0 if i in left else 0.0 for i in range(len(members))]
        found = solve_binary(objective, rows, fixed, maximise=True)
        if not found.feasible:  # no cut of the margin with these columns forced
            return False
        if found.best is None or found.best == 0:
            return not found.optimal
        cut = [members[i] for i in found.ones if is_activity[members[i]]]
        covered.update(cut)
        covered |= widen(cut, [members[i] for i in left if members[i] not in covered])

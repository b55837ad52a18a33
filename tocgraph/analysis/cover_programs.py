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
contributor of it must fall, the contributor with the fewest parts, at least
three where there is one (a split in two forces a single contributor per part,
which barely tightens: goal G3 of the 1,000-activity stress graph took 8.5 s
split in two and 4.2 s split in three). On that graph the split made the
unions of goals G1, G4 and G7 exact in 1.4 to 4.6 s, where the whole program
had spent 7 to 14 s and left 126 to 201 activities each undetermined.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tocgraph.analysis.cut_programs import contributor_parts, spared_sets
from tocgraph.analysis.solver import Row, solve_binary
from tocgraph.graph.structure import Structure

__all__ = ["cover", "cover_parts"]

SPLIT_COLUMNS = 200
"""Covering programs of at least this many columns are split by surviving contributors."""

OPEN_PARTS = 20
"""Most parts a split covering looks into; with more, the whole program is covered."""

WEIGHTED_FIRST = True
"""Whether each covering program is first posed in its weighted form (see :func:`_program`)."""


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

    parts = contributor_parts(structure, alive, members, node, spared)
    objective = [1.0 if structure.statuses[m] is not None else 0.0 for m in members]
    relaxations = PartRelaxations(objective, rows, parts, [members.index(n)])
    found: list[list[int]] = []
    pending = set(range(len(parts)))
    # parts whose bound exceeds the margin hold no cut of the margin
    while (i := relaxations.next_part(pending, margin + 1)) is not None:
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
    # two parts force one contributor each, which barely tightens them: three or more if any
    wider = {c: count for c, count in ways.items() if count >= 3} or ways
    return min(wider, key=lambda c: (wider[c], c)) if wider else None


def cover(
    members: list[int],
    is_activity: Sequence[bool],
    rows: list[Row],
    fixed: list[int],
    margin: int,
    covered: set[int],
    excluded: set[int],
    widen: Callable[[list[int], list[int]], set[int]],
) -> bool:
    """Add to ``covered`` the activities of minimum cuts found; True if some stay open.

    Each program looks for a cut of the margin holding as many activities
    left (not in ``covered`` or ``excluded``) as possible, with the columns
    ``fixed`` forced to 1 (see :func:`_program`). Each cut found is passed to
    ``widen`` with the activities still left, and what it returns is covered
    too. Returns False when no minimum cut (within ``fixed``) holds an
    activity left, True when the budget ran out first.
    """
    while True:
        left = {
            i
            for i, m in enumerate(members)
            if is_activity[m] and m not in covered and m not in excluded
        }
        if not left:
            return False
        found, settled = _program(
            members, is_activity, rows, fixed, margin, left, weighted=WEIGHTED_FIRST
        )
        if not settled and WEIGHTED_FIRST:  # out of budget without a cut: try the other form
            found, settled = _program(
                members, is_activity, rows, fixed, margin, left, weighted=False
            )
        if found is None:
            return not settled
        cut = [members[i] for i in found]
        covered.update(cut)
        covered |= widen(cut, [members[i] for i in left if members[i] not in covered])


def _program(
    members: list[int],
    is_activity: Sequence[bool],
    rows: list[Row],
    fixed: list[int],
    margin: int,
    left: set[int],
    *,
    weighted: bool,
) -> tuple[list[int] | None, bool]:
    """One covering program: the activity columns of a minimum cut holding some of ``left``.

    Returns the cut's activity columns (``None`` when none was found) and
    whether the answer is settled (a cut found, or proven that none exists).

    Two forms of the same question. **Weighted**: minimise ``w * |cut| -
    |cut & left|`` with ``w = |left| + 1``, looking only for values below
    ``w * margin`` (a cut of the margin holding at least one activity left):
    this keeps the margin program's structure, and on the 1,000-activity
    stress graph proves two to three times faster. **Maximum**: maximise
    ``|cut & left|`` under the row ``|cut| <= margin``; on the 100-activity
    graph this proves within the budget where the weighted form does not. The
    weighted form runs first and the other only when it ran out of budget
    without finding a cut.
    """
    if weighted:
        weight = len(left) + 1
        objective = [
            float(weight - (i in left)) if is_activity[m] else 0.0 for i, m in enumerate(members)
        ]
        found = solve_binary(objective, rows, fixed, cutoff=weight * margin - 0.5)
        new = found.best is not None and found.best < weight * margin
    else:
        objective = [1.0 if i in left else 0.0 for i in range(len(members))]
        found = solve_binary(objective, rows, fixed, maximise=True)
        new = found.best is not None and found.best > 0
    if not found.feasible:  # no cut of the margin with these columns forced
        return None, True
    if not new:
        return None, found.optimal
    return [i for i in found.ones if is_activity[members[i]]], True

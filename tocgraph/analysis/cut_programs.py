"""The 0/1 programs behind margins, and cuts checked by propagation.

A column per supported node below the node in question (its "members"): 1
means the activity stops or the node fails. :func:`cut_rows` says a node may
fail only if more than its slack of contributors fail; :func:`margin_rows`
adds that a failing node below costs at least its own (proven) margin.
:func:`down` is the propagation that checks a set of stopped activities, and
:func:`round_cut` reads a real cut off a linear relaxation.
"""

from __future__ import annotations

from collections.abc import Sequence

from tocgraph.analysis.solver import Row
from tocgraph.graph.structure import Structure

__all__ = ["cut_rows", "down", "margin_rows", "round_cut"]


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

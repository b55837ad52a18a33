"""What the margins before some activities stop prove about the margins after.

A what-if (:func:`~tocgraph.analysis.whatif.impact`) assesses a ToC twice, before
and after stopping activities. Only nodes above a stopped activity need new
margins, and for those the margins before give a window: stopping activities
never raises a margin and lowers it by at most the number of them below the
node, and the cut known before, without the stopped activities, is still a cut.
"""

from __future__ import annotations

from collections.abc import Collection, Set
from typing import TYPE_CHECKING

from tocgraph.graph.structure import Structure

if TYPE_CHECKING:
    from tocgraph.analysis.margins import Margins

__all__ = ["changed_below", "stop_window"]


def changed_below(structure: Structure, changed: Collection[int]) -> list[int]:
    """For each node, the changed activities below it, as bits (one per changed activity)."""
    below = [0] * len(structure)
    for bit, a in enumerate(sorted(changed)):
        below[a] = 1 << bit
    for m in range(len(structure)):  # topological order
        if below[m]:
            for t in structure.targets[m]:
                below[t] |= below[m]
    return below


def stop_window(
    previous: Margins, n: int, below: int, stopped: Set[int]
) -> tuple[int, tuple[int, ...] | None]:
    """What the margins before the change prove about the margin of ``n`` after it.

    Stopping activities never raises a margin, and lowers it by at most the
    number of them below ``n`` (a cut after the stop, with them, is a cut
    before it): the lower bound before minus that number is a lower bound
    after. The known cut before, without the stopped activities, is still a
    cut (they are down anyway): an upper bound after. ``below`` is
    :func:`changed_below` of ``n``; ``stopped`` the set of changed activities.
    """
    lower = max(0, (previous.values[n] or 0) - below.bit_count())
    cut = previous.cuts[n]
    if cut is None:
        return lower, None
    return lower, tuple(a for a in cut if a not in stopped)

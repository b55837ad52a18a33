"""Three-valued support propagation: supported (T), not supported (F), unknown (U).

An activity is T unless it is stopped (F) or its status is unclear (U). A node
with contributors C that needs k of them is T when at least k contributors are
T, F when fewer than k could be T even if every unknown one were, and U
otherwise; a node without contributors is F. Evaluation is one pass over the
nodes in topological order, linear in the size of the graph.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from enum import StrEnum

from tocgraph.graph.structure import Structure
from tocgraph.schema.model import Status

__all__ = [
    "Support",
    "Verdict",
    "activity_support",
    "evaluate",
    "evaluate_pessimistic",
    "verdict_of",
]


class Support(StrEnum):
    """The support value of a node."""

    T = "T"
    F = "F"
    U = "U"


class Verdict(StrEnum):
    """What a support value lets one say about a goal or outcome (never more)."""

    POTENTIALLY_EFFECTIVE = "potentially_effective"
    POTENTIALLY_INEFFECTIVE = "potentially_ineffective"
    UNDETERMINED = "undetermined"


_VERDICTS = {
    Support.T: Verdict.POTENTIALLY_EFFECTIVE,
    Support.F: Verdict.POTENTIALLY_INEFFECTIVE,
    Support.U: Verdict.UNDETERMINED,
}


def verdict_of(value: Support) -> Verdict:
    """The verdict for a support value.

    Examples
    --------
    >>> verdict_of(Support.U).value
    'undetermined'
    """
    return _VERDICTS[value]


def activity_support(status: Status) -> Support:
    """T for every status but ``stopped`` (F) and ``unclear`` (U).

    Examples
    --------
    >>> activity_support(Status.DELAYED), activity_support(Status.STOPPED)
    (<Support.T: 'T'>, <Support.F: 'F'>)
    """
    if status is Status.STOPPED:
        return Support.F
    if status is Status.UNCLEAR:
        return Support.U
    return Support.T


def evaluate(structure: Structure, stopped: Collection[int] = ()) -> list[Support]:
    """Support of every node, with the activities at positions ``stopped`` forced to F.

    Parameters
    ----------
    structure
        The compiled graph.
    stopped
        Positions of activities to treat as stopped (a what-if).

    Returns
    -------
    list of Support
        Indexed like ``structure.ids``.
    """
    values: list[Support] = []
    for position, status in enumerate(structure.statuses):
        if status is not None:
            values.append(Support.F if position in stopped else activity_support(status))
            continue
        values.append(
            _combine(structure.required[position], structure.contributors[position], values)
        )
    return values


def _combine(required: int, contributors: Sequence[int], values: Sequence[Support]) -> Support:
    if not contributors:
        return Support.F
    true = unknown = 0
    for c in contributors:
        value = values[c]
        if value is Support.T:
            true += 1
        elif value is Support.U:
            unknown += 1
    if true >= required:
        return Support.T
    if true + unknown < required:
        return Support.F
    return Support.U


def evaluate_pessimistic(structure: Structure, stopped: Collection[int] = ()) -> list[bool]:
    """Support of every node when every unclear activity counts as stopped.

    Returns ``True`` for T and ``False`` otherwise: with no unknowns left, the
    logic is two-valued. This is the basis of margins.
    """
    alive: list[bool] = []
    for position, status in enumerate(structure.statuses):
        if status is not None:
            alive.append(position not in stopped and status not in (Status.STOPPED, Status.UNCLEAR))
            continue
        contributors = structure.contributors[position]
        count = sum(1 for c in contributors if alive[c])
        alive.append(bool(contributors) and count >= structure.required[position])
    return alive

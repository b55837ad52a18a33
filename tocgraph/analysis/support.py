"""Three-valued support propagation: supported (T), not supported (F), unknown (U).

An activity is T unless it is stopped (F) or its status is unclear (U). A node
with contributors C that needs k of them is T when at least k contributors are
T, F when fewer than k could be T even if every unknown one were, and U
otherwise; a node without contributors is F. Evaluation is one pass over the
nodes in topological order, linear in the size of the graph.

A link that names assumptions carries the minimum (F < U < T) of its
contributor's value and of each assumption's value: ``fails`` is F,
``at_risk`` U, ``holds`` and ``untested`` T. Nodes count their T and U *links*
as they count contributors.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from enum import StrEnum

from tocgraph.graph.structure import Structure
from tocgraph.schema.model import AssumptionStatus, Status

__all__ = [
    "Support",
    "Verdict",
    "activity_support",
    "assumption_support",
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


def assumption_support(status: AssumptionStatus) -> Support:
    """F for ``fails``, U for ``at_risk``, T for ``holds`` and ``untested``.

    Examples
    --------
    >>> assumption_support(AssumptionStatus.AT_RISK), assumption_support(AssumptionStatus.UNTESTED)
    (<Support.U: 'U'>, <Support.T: 'T'>)
    """
    if status is AssumptionStatus.FAILS:
        return Support.F
    if status is AssumptionStatus.AT_RISK:
        return Support.U
    return Support.T


_RANK = {Support.F: 0, Support.U: 1, Support.T: 2}


def evaluate(
    structure: Structure, stopped: Collection[int] = (), failed: Collection[int] = ()
) -> list[Support]:
    """Support of every node, with the activities at positions ``stopped`` forced to F.

    Parameters
    ----------
    structure
        The compiled graph.
    stopped
        Positions of activities to treat as stopped (a what-if).
    failed
        Positions (in ``structure.assumptions``) of assumptions to treat as
        failing, whatever their status (a what-if).

    Returns
    -------
    list of Support
        Indexed like ``structure.ids``.
    """
    links = structure.link_assumptions
    named = [
        Support.F if i in failed else assumption_support(status)
        for i, status in enumerate(structure.assumption_statuses)
    ]
    values: list[Support] = []
    for position, status in enumerate(structure.statuses):
        if status is not None:
            values.append(Support.F if position in stopped else activity_support(status))
            continue
        contributors = structure.contributors[position]
        if links and any(links[position]):
            carried = [
                min((values[c], *(named[a] for a in held)), key=_RANK.__getitem__)
                for c, held in zip(contributors, links[position], strict=True)
            ]
        else:
            carried = [values[c] for c in contributors]
        values.append(_combine(structure.required[position], carried))
    return values


def _combine(required: int, carried: Sequence[Support]) -> Support:
    if not carried:
        return Support.F
    true = unknown = 0
    for value in carried:
        if value is Support.T:
            true += 1
        elif value is Support.U:
            unknown += 1
    if true >= required:
        return Support.T
    if true + unknown < required:
        return Support.F
    return Support.U


def evaluate_pessimistic(
    structure: Structure, stopped: Collection[int] = (), failed: Collection[int] = ()
) -> list[bool]:
    """Support of every node when every unclear activity counts as stopped.

    Likewise an ``at_risk`` assumption counts as failing, and so does each
    assumption at a position in ``failed``: a link naming one carries nothing.
    Returns ``True`` for T and ``False`` otherwise: with no unknowns left, the
    logic is two-valued. This is the basis of margins.
    """
    links = structure.link_assumptions
    holding = [
        i not in failed and assumption_support(status) is Support.T
        for i, status in enumerate(structure.assumption_statuses)
    ]
    alive: list[bool] = []
    for position, status in enumerate(structure.statuses):
        if status is not None:
            alive.append(position not in stopped and status not in (Status.STOPPED, Status.UNCLEAR))
            continue
        contributors = structure.contributors[position]
        if links and any(links[position]):
            count = sum(
                1
                for c, held in zip(contributors, links[position], strict=True)
                if alive[c] and all(holding[a] for a in held)
            )
        else:
            count = sum(1 for c in contributors if alive[c])
        alive.append(bool(contributors) and count >= structure.required[position])
    return alive

"""Which change leaves a goal that can no longer do without one partner.

Split off from :mod:`tocgraph.analysis.review` (its finding ``one_partner``).
Any change can do it: a stop, a status set to ``unclear``, a link moved, an
activity handed to another partner, a ``requires`` raised. So after every
change, the goals the changed node reaches (before or after it) are checked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tocgraph.analysis.assessment import Assessment
from tocgraph.analysis.support import Verdict
from tocgraph.analysis.whatif import impact
from tocgraph.schema.model import Activity, Outcome, Output, ToC

__all__ = ["one_partner"]

_EFFECTIVE = Verdict.POTENTIALLY_EFFECTIVE


def one_partner(
    states: tuple[ToC, ...], targets: Sequence[str], after: Assessment
) -> list[tuple[int, str, str]]:
    """``(change, goal, partner)`` for each goal a change leaves hanging on one partner.

    ``states`` holds the baseline, then the ToC after each change; ``targets``
    the node each change names; ``after`` assesses the last state. Only what
    still holds after the last change is kept, and a goal and partner found
    after several changes only once, at the last of them: an earlier one was
    undone in between, and the last made it so as it stands.
    """
    alone: dict[int, Mapping[str, tuple[str, ...]]] = {}
    found: dict[tuple[str, str], int] = {}
    for number, target in enumerate(targets, start=1):
        for goal_id, partner in _carried_by_one_partner(states, number, target, alone):
            if _still_alone(goal_id, partner, after, states, alone):
                found.pop((goal_id, partner), None)  # later: keep the order of the changes
                found[goal_id, partner] = number
    return [(number, goal, partner) for (goal, partner), number in found.items()]


def _still_alone(
    goal: str,
    partner: str,
    after: Assessment,
    states: tuple[ToC, ...],
    alone: dict[int, Mapping[str, tuple[str, ...]]],
) -> bool:
    """Whether ``goal`` still hangs on ``partner`` alone after the last change, or is
    lost by then: a later change that gave it other support undoes the finding."""
    final = after.nodes.get(goal)
    if final is None or final.verdict is not _EFFECTIVE:
        return True
    last = len(states) - 1
    if last not in alone:  # cached like the states before and after each change
        alone[last] = _partner_alone(states[last])
    return goal in alone[last].get(partner, ())


def _carried_by_one_partner(
    states: tuple[ToC, ...],
    number: int,
    changed: str,
    alone: dict[int, Mapping[str, tuple[str, ...]]],
) -> list[tuple[str, str]]:
    """Goals the changed node reaches (before or after the change) that now hang on one partner.

    ``alone`` caches :func:`_partner_alone` by state index, since the state
    after one change is the state before the next.
    """
    baseline, result = states[number - 1], states[number]
    goals = sorted(set(_goals_reached(baseline, changed)) | set(_goals_reached(result, changed)))
    if not goals:
        return []
    for index in (number - 1, number):
        if index not in alone:
            alone[index] = _partner_alone(states[index])
    now, earlier = alone[number], alone[number - 1]
    current = {g.id for g in result.goals}
    return [
        (goal, partner)
        for goal in goals
        if goal in current
        for partner in sorted(now)
        if goal in now[partner] and goal not in earlier.get(partner, ())
    ]


def _goals_reached(toc: ToC, start: str) -> list[str]:
    """The goals that ``start`` (any node) reaches through contributes_to, sorted."""
    linked: tuple[Outcome | Output | Activity, ...] = (
        *toc.outcomes,
        *toc.outputs,
        *toc.activities,
    )
    targets = {n.id: [link.to for link in n.contributes_to] for n in linked}
    goals = {g.id for g in toc.goals}
    seen, todo = {start}, [start]
    while todo:
        for target in targets.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return sorted(seen & goals)


def _partner_alone(toc: ToC) -> Mapping[str, tuple[str, ...]]:
    """For each partner running activities, the goals it alone keeps potentially effective."""
    partners = sorted({a.partner for a in toc.activities if a.partner})
    return impact(toc, partners=partners).partner_alone if partners else {}

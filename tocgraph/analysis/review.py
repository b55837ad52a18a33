"""Review a change request: before and after, the effect of each change, findings.

The evaluation of the scheme asks alliances to justify every change of
activities in terms of their ToC, and the ministry to check that justification
before approving. :func:`review_change_request` gives both sides the same facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tocgraph.analysis.assessment import Assessment, assess, goals_lost, verdict_dict
from tocgraph.analysis.budget import planned_budget
from tocgraph.analysis.diff import Diff, EffectChange, compare_assessed, effect_changes
from tocgraph.analysis.money import ChangeMoney, change_money
from tocgraph.analysis.partner_steps import one_partner
from tocgraph.analysis.requires import held_goals
from tocgraph.analysis.support import Verdict
from tocgraph.analysis.toc_changes import toc_findings
from tocgraph.analysis.triage import Triage, triage
from tocgraph.errors import OptionError
from tocgraph.schema.apply import apply_changes
from tocgraph.schema.budget import TriageRules
from tocgraph.schema.change import (
    AddChange,
    Change,
    ChangeRequest,
    RemoveChange,
    change_kind,
    change_target,
)
from tocgraph.schema.model import Activity, Goal, Kind, Outcome, Output, Status, ToC

__all__ = ["ChangeReview", "Finding", "StepEffect", "review_change_request"]

_EFFECTIVE = Verdict.POTENTIALLY_EFFECTIVE


@dataclass(frozen=True)
class StepEffect:
    """One change and its effect on goals and outcomes, given the changes before it."""

    index: int
    change: Change
    action: str
    target: str
    effects: tuple[EffectChange, ...]
    stops: bool = False
    """Whether the change stops a running activity: ``stop``, or ``modify`` setting
    the status to ``stopped`` (the summary counts both as stopped)."""


@dataclass(frozen=True)
class Finding:
    """Something an account holder must see.

    ``kind`` is one of ``toc_changed``, ``requires_lowered``,
    ``requires_not_scaled``, ``no_rationale``, ``no_effect``,
    ``goal_not_effective``, ``goal_single_point``, ``added_reaches_no_goal``,
    ``one_partner``, ``partner_without_activities``, ``adjusted_activity``
    (see :class:`tocgraph.analysis.toc_changes.TocFinding` for the new kinds),
    ``assumption_changed`` (``detail`` = ``added``, ``removed`` or ``status``,
    then the status before and after, ``""`` where there is none),
    ``money_earlier`` (see :func:`_money_findings`), ``undone`` (a change whose
    node ends as it began, a later change undoing it), ``outcome_not_effective``
    (as ``goal_not_effective``, for an outcome), ``stopped_achieved`` (a change
    stops or removes an activity already achieved; ``detail`` is its planned
    budget in whole euros as text, ``""`` without one), ``activity_reaches_no_goal``
    (an activity that is not stopped led to a goal before the changes and leads
    to none after them; ``detail`` is its status and planned budget, as above),
    ``assumption_critical`` (a goal comes to depend on a named assumption: if
    it alone fails, the goal is no longer potentially effective; ``detail`` is
    the assumption and its status);
    ``change`` is the 1-based number of the change it concerns, if any;
    ``detail`` holds the verdict, critical activities, partner or before and
    after, as the kind needs.
    """

    kind: str
    change: int | None
    node: str | None
    detail: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChangeReview:
    """The result of :func:`review_change_request`.

    Attributes
    ----------
    request, baseline, result
        The change request, the ToC it starts from, and that ToC after every change.
    before, after
        The assessments of ``baseline`` and ``result``.
    steps
        What each change does, in order (:class:`StepEffect`).
    diff
        ``baseline`` against ``result`` (:func:`~tocgraph.analysis.diff.compare`).
    findings
        What the account holder should look at, in report order (:class:`Finding`).
    held_by_lowered_requires
        Goals potentially effective only because the request lowered a ``requires``.
    money
        The money the changes free or add (``None`` when no activity states a budget).
    triage
        The policy's verdict on the route of the request (``None`` without triage rules).
    """

    request: ChangeRequest
    baseline: ToC
    result: ToC
    before: Assessment
    after: Assessment
    steps: tuple[StepEffect, ...]
    diff: Diff
    findings: tuple[Finding, ...]
    held_by_lowered_requires: tuple[str, ...] = ()
    money: ChangeMoney | None = None
    triage: Triage | None = None

    def goals_lost(self) -> list[str]:
        """Goals potentially effective before the changes and not after them."""
        return list(goals_lost(self.before, self.after))

    def goals_at_risk(self) -> list[str]:
        """Goals lost, and goals potentially effective only because a ``requires`` was lowered.

        The exit code of ``tocgraph change-request`` is 1 when this is not empty.
        """
        lost = self.goals_lost()
        return lost + [g for g in self.held_by_lowered_requires if g not in lost]

    def toc_changed(self) -> bool:
        """True when the request changes a goal, outcome or output, not only activities."""
        return any(f.kind == "toc_changed" for f in self.findings)

    def to_dict(self, source: str = "") -> dict[str, Any]:
        """The JSON document of ``tocgraph change-request --format json``.

        ``source`` is the change file's name, as the command shows it.
        """
        request = self.request
        return {
            "source": source,
            "title": request.title,
            "date": request.date.isoformat() if request.date else None,
            "effective_from": (
                request.effective_from.isoformat() if request.effective_from else None
            ),
            "toc": request.toc,
            "toc_id": self.baseline.id,
            "goals_lost": self.goals_lost(),
            "toc_changed": self.toc_changed(),
            "goals_held_by_lowered_requires": list(self.held_by_lowered_requires),
            "changes": [
                {
                    "index": s.index,
                    "action": s.action,
                    "stops": s.stops,
                    "target": s.target,
                    "rationale": s.change.rationale,
                    "effects": [
                        {
                            "id": e.id,
                            "before": verdict_dict(e.before),
                            "after": verdict_dict(e.after),
                        }
                        for e in s.effects
                    ],
                }
                for s in self.steps
            ],
            "goals": [
                {
                    "id": g.id,
                    "before": verdict_dict(g),
                    "after": verdict_dict(self.after.nodes.get(g.id)),
                }
                for g in self.before.goals()
            ],
            "findings": [
                {"kind": f.kind, "change": f.change, "node": f.node, "detail": list(f.detail)}
                for f in self.findings
            ],
            "diff": self.diff.to_dict(),
            "money": self.money.to_dict() if self.money is not None else None,
            "triage": self.triage.to_dict() if self.triage is not None else None,
        }


def review_change_request(
    baseline: ToC,
    request: ChangeRequest,
    *,
    states: Sequence[ToC] | None = None,
    triage_rules: TriageRules | None = None,
) -> ChangeReview:
    """Review ``request`` against ``baseline``: the effect of each change, and findings.

    Parameters
    ----------
    baseline
        The ToC as submitted (tocgraph cannot know whether it was approved).
    request
        The change request.
    states
        The ToC after each change, as :func:`tocgraph.load_change_request` gives
        them (``ChangeDocument.states``); applied here, without file positions,
        when not given.
    triage_rules
        A policy file's ``triage`` rules: the review then says whether the
        request needs a formal request to the subsidy office (``triage``).

    Raises
    ------
    InvalidToCError
        When a change cannot be applied (only when ``states`` is not given).
    OptionError
        When ``states`` are those of another ToC.

    Examples
    --------
    >>> import tocgraph
    >>> doc = tocgraph.load_change_request("models/change-requests/worden-wie-je-bent-2025-1.yaml")
    >>> review = review_change_request(doc.baseline.toc, doc.request, states=doc.states)
    >>> review.goals_lost()
    []
    >>> [s.action for s in review.steps]
    ['stop', 'add', 'modify', 'remove']
    """
    if not isinstance(baseline, ToC) or not isinstance(request, ChangeRequest):
        raise TypeError(
            "review_change_request takes a ToC and a ChangeRequest (tocgraph.load_change_request"
            f" gives both), not {type(baseline).__name__} and {type(request).__name__}"
        )
    if states is None:
        states = apply_changes(baseline, request)
    states = tuple(states)
    if len(states) != len(request.changes) or not all(isinstance(s, ToC) for s in states):
        raise TypeError("states must hold one ToC per change of the request")
    other = next((s.id for s in states if s.id != baseline.id), None)
    if other is not None:  # a change never renames the ToC: these are another ToC's states
        raise OptionError(
            f"states must be those of the ToC {baseline.id!r}, not of {other!r}:"
            " pass apply_changes(baseline, request)"
        )
    assessments = [assess(baseline), *(assess(state) for state in states)]
    states_all = (baseline, *states)
    steps = tuple(
        StepEffect(
            index=i + 1,
            change=change,
            action=change_kind(change) or "",
            target=change_target(change),
            effects=effect_changes(assessments[i], assessments[i + 1]),
            stops=_stops(states_all[i], states_all[i + 1], change_target(change)),
        )
        for i, change in enumerate(request.changes)
    )
    result = states[-1]
    before, after = assessments[0], assessments[-1]
    diff = compare_assessed(baseline, result, before, after)
    new = toc_findings(baseline, result, diff, request.changes)
    first = tuple(Finding(f.kind, f.change, f.node, f.detail) for f in new if f.kind in _FIRST)
    last = tuple(Finding(f.kind, f.change, f.node, f.detail) for f in new if f.kind not in _FIRST)
    findings = (
        first
        + _assumption_findings(request, diff, baseline, result)
        + _findings(request, steps, states_all, before, after)
        + last
    )
    held = held_goals(after, diff.at_old_requires)  # compare_assessed() assessed the old bars
    start = request.effective_from or request.date
    money = change_money(states_all, from_year=start.year if start else None)
    findings += _money_findings(request, money)
    decided = None
    if triage_rules is not None:
        lost = goals_lost(before, after)
        changed = any(f.kind == "toc_changed" for f in findings)
        decided = triage(triage_rules, money=money, goals_lost=lost, toc_changed=changed)
    return ChangeReview(
        request, baseline, result, before, after, steps, diff, findings, held, money, decided
    )


_FIRST = ("toc_changed", "requires_lowered", "requires_not_scaled")


def _findings(
    request: ChangeRequest,
    steps: tuple[StepEffect, ...],
    states: tuple[ToC, ...],
    before: Assessment,
    after: Assessment,
) -> tuple[Finding, ...]:
    """``states`` holds the baseline, then the ToC after each change; ``steps`` each change."""
    found: list[Finding] = []
    for number, change in enumerate(request.changes, start=1):
        if not change.rationale:
            found.append(Finding("no_rationale", number, change_target(change)))
        if states[number] == states[number - 1]:  # stopping a stopped activity, say
            found.append(Finding("no_effect", number, change_target(change)))
        elif _undone(states[0], states[-1], change_target(change)):
            found.append(Finding("undone", number, change_target(change)))
        elif isinstance(change, RemoveChange) or steps[number - 1].stops:
            done = _achieved(states[number - 1], change_target(change))
            if done is not None:
                budget = str(planned_budget(done)) if done.budget_eur is not None else ""
                found.append(Finding("stopped_achieved", number, done.id, (budget,)))
    status = {a.id: a.status.value for a in states[-1].assumptions}
    for goal in after.goals():
        old = before.nodes.get(goal.id)
        was = set(old.critical_assumptions) if old is not None else set()
        for name in goal.critical_assumptions:
            if name not in was:
                found.append(Finding("assumption_critical", None, goal.id, (name, status[name])))
        if goal.verdict is not _EFFECTIVE and (old is None or old.verdict is _EFFECTIVE):
            found.append(Finding("goal_not_effective", None, goal.id, (goal.verdict.value,)))
        if goal.margin == 1 and (old is None or old.margin != 1):
            found.append(Finding("goal_single_point", None, goal.id, goal.critical_activities))
    for node in after.nodes.values():
        old = before.nodes.get(node.id)
        lost = old is not None and old.verdict is _EFFECTIVE and node.verdict is not _EFFECTIVE
        if node.kind is Kind.OUTCOME and lost:
            found.append(Finding("outcome_not_effective", None, node.id, (node.verdict.value,)))
    found.extend(_cut_off(states[0], states[-1], before, after))
    targets = [change_target(change) for change in request.changes]
    alone = one_partner(states, targets, after)
    for number, change in enumerate(request.changes, start=1):
        target = targets[number - 1]
        if (
            isinstance(change, AddChange)
            and change.level is Kind.ACTIVITY
            and any(w.code == "TOC301" and w.node == target for w in after.warnings)
        ):
            found.append(Finding("added_reaches_no_goal", number, target))
        found += [
            Finding("one_partner", n, goal, (p, target)) for n, goal, p in alone if n == number
        ]
    return tuple(found)


def _undone(baseline: ToC, result: ToC, node_id: str) -> bool:
    """Whether the node ``node_id`` ends as it began: the change was undone by a later one."""
    ends: list[Goal | Outcome | Output | Activity | None] = []
    for toc in (baseline, result):
        try:
            ends.append(toc.node(node_id))
        except KeyError:
            ends.append(None)
    if ends == [None, None]:  # added, then removed; or not a node (an assumption)
        return not any(a.id == node_id for a in (*baseline.assumptions, *result.assumptions))
    return ends[0] == ends[1]


def _cut_off(baseline: ToC, result: ToC, before: Assessment, after: Assessment) -> list[Finding]:
    """Activities of the baseline, not stopped, that led to a goal and no longer do.

    The changes around them (an outcome removed, a link moved) cut them off:
    their work goes on, and its money, but it counts for no goal any more.
    """

    def astray(assessment: Assessment) -> set[str | None]:
        return {w.node for w in assessment.warnings if w.code == "TOC301"}

    was, now = astray(before), astray(after)
    ids = {a.id for a in baseline.activities}
    return [
        Finding(
            "activity_reaches_no_goal",
            None,
            a.id,
            (a.status.value, str(planned_budget(a)) if a.budget_eur is not None else ""),
        )
        for a in result.activities
        if a.id in ids and a.id in now and a.id not in was and a.status is not Status.STOPPED
    ]


def _stops(before: ToC, after: ToC, node_id: str) -> bool:
    """Whether ``node_id`` is an activity not stopped in ``before`` and stopped in ``after``."""
    statuses = [
        next((a.status for a in t.activities if a.id == node_id), None) for t in (before, after)
    ]
    return statuses[0] not in (None, Status.STOPPED) and statuses[1] is Status.STOPPED


def _achieved(toc: ToC, node_id: str) -> Activity | None:
    """The activity ``node_id`` of ``toc`` when its status is ``achieved``."""
    found = next((a for a in toc.activities if a.id == node_id), None)
    return found if found is not None and found.status is Status.ACHIEVED else None


def _money_findings(request: ChangeRequest, money: ChangeMoney) -> tuple[Finding, ...]:
    """Money freed from or added to years before the request takes effect.

    Those years are past when the request is approved: what they planned may
    be spent already, and nothing can be spent in them any more. ``detail`` is
    the year, the amounts freed and added (whole euros, as text), and whether
    the year is that of ``effective_from`` or, without one, of ``date``.
    """
    if money.from_year is None or not (money.freed_earlier or money.added_earlier):
        return ()
    basis = "effective_from" if request.effective_from else "date"
    detail = (str(money.from_year), str(money.freed_earlier), str(money.added_earlier), basis)
    return (Finding("money_earlier", None, None, detail),)


def _assumption_findings(
    request: ChangeRequest, diff: Diff, baseline: ToC, result: ToC
) -> tuple[Finding, ...]:
    """A named assumption added, removed, or whose status changes: a reviewer must see it.

    A failing or at-risk assumption changes verdicts without any activity
    changing, so the reason lies outside the alliance's own work.
    """
    last: dict[str, int] = {}
    for number, change in enumerate(request.changes, start=1):
        last[change_target(change)] = number
    before = {a.id: a.status.value for a in baseline.assumptions}
    after = {a.id: a.status.value for a in result.assumptions}
    found = [
        Finding("assumption_changed", last.get(name), name, ("added", "", after.get(name, "")))
        for name in diff.assumptions_added
    ]
    found += [
        Finding("assumption_changed", last.get(name), name, ("removed", before.get(name, ""), ""))
        for name in diff.assumptions_removed
    ]
    found += [
        Finding("assumption_changed", last.get(f.node or ""), f.node, ("status", f.before, f.after))
        for f in diff.assumption_fields
        if f.field == "status"
    ]
    return tuple(found)

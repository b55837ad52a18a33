"""What-if: the effect of stopping activities, of partners dropping out, of assumptions failing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from tocgraph.analysis.assessment import (
    Assessment,
    NodeAssessment,
    assessment_from,
    display_order,
    goals_lost,
    id_arguments,
    toc_argument,
    verdict_dict,
)
from tocgraph.analysis.assumptions import pessimistic_structure
from tocgraph.analysis.margins import margins_and_criticals
from tocgraph.analysis.support import Support, Verdict, evaluate, evaluate_pessimistic
from tocgraph.errors import phrase
from tocgraph.graph.structure import compile_structure
from tocgraph.hints import known_phrase, natural_key, suggestion
from tocgraph.i18n import scenario_error
from tocgraph.schema.base import FrozenDict
from tocgraph.schema.model import AssumptionStatus, Kind, Status, ToC

__all__ = ["Impact", "NodeChange", "impact", "scenario_activities", "scenario_assumptions"]


@dataclass(frozen=True)
class NodeChange:
    """A goal, outcome or output whose verdict or margin a scenario changes."""

    id: str
    kind: Kind
    before: NodeAssessment
    after: NodeAssessment

    @property
    def verdict_changed(self) -> bool:
        """True when the verdict differs."""
        return self.before.verdict is not self.after.verdict


@dataclass(frozen=True)
class Impact:
    """The result of :func:`impact`.

    Attributes
    ----------
    before, after
        Full assessments of the ToC as it is and under the scenario.
    stopped
        The activities the scenario stops (sorted), including those of the
        named partners; activities already stopped are left out.
    partners
        The partners named in the scenario.
    changes
        Every non-activity node whose verdict or margin changes, goals first.
    partner_alone
        For each named partner, the goals that it alone keeps potentially
        effective: the goals no longer potentially effective if only that
        partner dropped out.
    failed
        The named assumptions the scenario makes fail (sorted); those that
        already fail are left out.
    already_stopped
        The activities named to stop that were stopped already, in the order
        named: the scenario changes nothing for them.
    illustrative
        Whether the ToC is marked ``illustrative`` (made up for examples).
    achieved
        The stopped activities whose status is ``achieved``: work that is
        done, which the margins count as if it could still stop.
    """

    before: Assessment
    after: Assessment
    stopped: tuple[str, ...]
    partners: tuple[str, ...]
    changes: tuple[NodeChange, ...]
    partner_alone: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: FrozenDict({}))
    failed: tuple[str, ...] = ()
    already_stopped: tuple[str, ...] = ()
    illustrative: bool = False
    achieved: tuple[str, ...] = ()

    def goals_lost(self) -> list[str]:
        """Goals that were potentially effective and are not any more (see :func:`goals_lost`)."""
        return list(goals_lost(self.before, self.after))

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of ``tocgraph impact --json``."""
        return {
            "id": self.before.toc_id,
            "illustrative": self.illustrative,
            "stopped": list(self.stopped),
            "achieved": list(self.achieved),
            "partners": list(self.partners),
            "failed": list(self.failed),
            "goals_lost": self.goals_lost(),
            "new_single_points": {k: list(v) for k, v in self.new_single_points().items()},
            "partner_alone": {p: list(goals) for p, goals in self.partner_alone.items()},
            "changes": [
                {
                    "id": c.id,
                    "kind": c.kind.value,
                    "before": verdict_dict(c.before),
                    "after": verdict_dict(c.after),
                }
                for c in self.changes
            ],
        }

    def new_single_points(self) -> dict[str, tuple[str, ...]]:
        """Nodes whose margin becomes 1, with their critical activities."""
        return {
            c.id: c.after.critical_activities
            for c in self.changes
            if c.after.margin == 1 and c.before.margin != 1
        }


def scenario_activities(
    toc: ToC, stop: Iterable[str] = (), partners: Iterable[str] = ()
) -> tuple[str, ...]:
    """The activities a scenario stops, checked against the ToC.

    Raises
    ------
    ScenarioError
        When an id is not an activity, or a partner runs no activity.
    """
    activities = {a.id: a for a in toc.activities}
    chosen: set[str] = set()
    for node_id in stop:
        if node_id not in activities:
            others = {n.id for n in toc.nodes()}
            what = "d.scenario.not_activity" if node_id in others else "d.scenario.unknown"
            raise scenario_error(
                phrase(what, id=node_id),
                suggestion(node_id, activities),
                known_phrase(phrase("dh.label.activities"), activities),
            )
        chosen.add(node_id)
    runners = {a.partner for a in toc.activities if a.partner}
    for partner in partners:
        if partner not in runners:
            raise scenario_error(
                phrase("d.scenario.partner", partner=partner),
                suggestion(partner, runners),
                known_phrase(phrase("dh.label.partners"), runners),
            )
        chosen.update(a.id for a in toc.activities if a.partner == partner)
    return tuple(sorted(a for a in chosen if activities[a].status is not Status.STOPPED))


def scenario_assumptions(toc: ToC, fail: Iterable[str] = ()) -> tuple[str, ...]:
    """The named assumptions a scenario makes fail, checked against the ToC.

    Assumptions whose status is already ``fails`` are left out.

    Raises
    ------
    ScenarioError
        When an id is not one of the ToC's assumptions.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("tests/fixtures/assumptions.yaml")
    >>> scenario_assumptions(toc, ["S2", "S3", "S1"])
    ('S1', 'S2')
    >>> scenario_assumptions(toc, ["S9"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    tocgraph.errors.ScenarioError: 'S9' is not an assumption of this ToC; did you mean 'S5'?...
    """
    named = {a.id: a for a in toc.assumptions}
    for name in fail:
        if name not in named:
            message = phrase("d.scenario.not_assumption", id=name)
            if not named:
                raise scenario_error(message, phrase("dh.scenario.no_assumptions"))
            raise scenario_error(
                message,
                suggestion(name, named),
                known_phrase(phrase("dh.label.assumptions"), named),
            )
    return tuple(
        sorted(
            {n for n in fail if named[n].status is not AssumptionStatus.FAILS},
            key=natural_key,
        )
    )


def impact(
    toc: ToC,
    stop: Iterable[str] = (),
    partners: Iterable[str] = (),
    fail: Iterable[str] = (),
) -> Impact:
    """Assess a ToC before and after stopping activities or failing assumptions.

    Parameters
    ----------
    toc
        A valid ToC.
    stop
        Ids of activities to stop.
    partners
        Partners that drop out: every activity they run stops.
    fail
        Ids of named assumptions that fail, whatever their status.

    Returns
    -------
    Impact

    Raises
    ------
    ScenarioError
        When the scenario names an unknown activity, partner or assumption.
    TypeError
        When ``toc`` is not a ToC, or ``stop``, ``partners`` or ``fail`` is a
        single string rather than a list.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.loads('''
    ... tocgraph: 1
    ... id: demo
    ... goals: [{id: G1, title: Goal, requires: all}]
    ... outcomes:
    ...   - {id: O1, title: One, contributes_to: [G1]}
    ...   - {id: O2, title: Two, contributes_to: [G1]}
    ... activities:
    ...   - {id: A1, title: a, partner: X, contributes_to: [O1]}
    ...   - {id: A2, title: b, partner: Y, contributes_to: [O1, O2]}
    ...   - {id: A3, title: c, partner: Y, contributes_to: [O2]}
    ... ''')
    >>> result = tocgraph.impact(toc, stop=["A1"])
    >>> result.goals_lost(), result.new_single_points()
    ([], {'G1': ('A2',), 'O1': ('A2',)})
    >>> result = tocgraph.impact(toc, partners=["X", "Y"])
    >>> result.goals_lost(), dict(result.partner_alone)
    (['G1'], {'X': (), 'Y': ('G1',)})
    >>> tocgraph.impact(tocgraph.load("tests/fixtures/assumptions.yaml"), fail=["S4"]).goals_lost()
    ['G1']
    """
    toc = toc_argument(toc)
    stop = id_arguments(stop, "stop")
    partner_list = tuple(dict.fromkeys(id_arguments(partners, "partners")))
    stopped = scenario_activities(toc, stop, partner_list)
    failed = scenario_assumptions(toc, id_arguments(fail, "fail"))
    structure = compile_structure(toc)
    cut = pessimistic_structure(structure)
    alive = evaluate_pessimistic(cut)
    margins = margins_and_criticals(cut, alive)
    before = assessment_from(structure, toc.id, frozenset(), alive, margins)
    positions = frozenset(structure.index[a] for a in stopped)
    named = frozenset(structure.assumptions.index(a) for a in failed)
    if named:
        # failing assumptions cuts links: the graph itself changes, so margins are redone
        cut_after = pessimistic_structure(structure, named)
        alive_after = evaluate_pessimistic(cut_after, positions)
        margins_after = margins_and_criticals(cut_after, alive_after)
    else:
        # nodes that no stopped activity reaches keep their margins: only what lies above is redone
        alive_after = evaluate_pessimistic(cut, positions)
        margins_after = margins_and_criticals(cut, alive_after, margins, positions)
    after = assessment_from(structure, toc.id, positions, alive_after, margins_after, named)
    after = replace(after, partners=partner_list)  # for a picture's scenario line
    changes = []
    for node in sorted(before.non_activities(), key=display_order):
        later = after.nodes[node.id]
        if (node.verdict, node.margin) != (later.verdict, later.margin):
            changes.append(NodeChange(node.id, node.kind, node, later))
    alone = {}
    goals = [g for g in before.goals() if g.verdict is Verdict.POTENTIALLY_EFFECTIVE]
    for partner in partner_list:
        # a lost goal is a verdict change: one pass of support, no margins needed
        positions = frozenset(
            structure.index[a] for a in scenario_activities(toc, partners=[partner])
        )
        values = evaluate(structure, positions)
        alone[partner] = tuple(
            sorted(
                (g.id for g in goals if values[structure.index[g.id]] is not Support.T),
                key=natural_key,
            )
        )
    status = {a.id: a.status.value for a in toc.activities}
    already = tuple(dict.fromkeys(a for a in stop if status.get(a) == "stopped"))
    return Impact(
        before,
        after,
        stopped,
        partner_list,
        tuple(changes),
        FrozenDict(alone),
        failed,
        already,
        toc.illustrative,
        tuple(a for a in stopped if status.get(a) == "achieved"),
    )

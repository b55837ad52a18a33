"""Where monitoring should look first: single points of failure and costly activities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tocgraph.analysis.assessment import (
    NodeAssessment,
    assessment_from,
    toc_argument,
    verdict_dict,
)
from tocgraph.analysis.assumptions import pessimistic_structure
from tocgraph.analysis.margins import margins_and_criticals
from tocgraph.analysis.mincuts import min_cut_union
from tocgraph.analysis.support import Verdict, evaluate_pessimistic
from tocgraph.graph.structure import Structure, compile_structure
from tocgraph.schema.model import ToC

__all__ = ["ActivityCost", "Criticality", "criticality"]


@dataclass(frozen=True)
class ActivityCost:
    """What stopping one activity alone costs the goals.

    ``margin_lost`` adds up, over all goals, how much each goal's margin drops;
    ``goals_lost`` lists the goals that would no longer be potentially effective.
    When some goal's margin is not proven exactly, the drop may not be known
    either: ``margin_lost`` is then the proven lower end and
    ``margin_lost_bounds`` the proven ``(lower, upper)``; ``None`` when exact.
    """

    id: str
    partner: str | None
    margin_lost: int
    goals_lost: tuple[str, ...]
    margin_lost_bounds: tuple[int, int] | None = None
    status: str | None = None
    """The activity's status (``achieved`` work is ranked too: the margins count it)."""

    @property
    def margin_lost_exact(self) -> bool:
        """Whether ``margin_lost`` is exact (no bounds), as the JSON's ``margin_lost_exact``."""
        return self.margin_lost_bounds is None


@dataclass(frozen=True)
class Criticality:
    """The result of :func:`criticality`, for the ToC ``toc_id``.

    Attributes
    ----------
    goals
        Every goal's assessment, its single points of failure among them.
    ranking
        The activities neither stopped nor unclear, achieved ones too, the costliest
        first (:class:`ActivityCost`).
    """

    goals: tuple[NodeAssessment, ...]
    ranking: tuple[ActivityCost, ...]
    toc_id: str
    illustrative: bool = False
    """Whether the ToC is marked ``illustrative`` (made up for examples)."""
    not_ranked: tuple[tuple[str, str], ...] = ()
    """``(id, status)`` of the activities left out: stopped or unclear (counted as stopped)."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of ``tocgraph critical --json``."""
        return {
            "id": self.toc_id,
            "illustrative": self.illustrative,
            "goals": {g.id: verdict_dict(g) for g in self.goals},
            "ranking": [
                {
                    "id": c.id,
                    "partner": c.partner,
                    "status": c.status,
                    "goals_lost": list(c.goals_lost),
                    "margin_lost": c.margin_lost,
                    "margin_lost_exact": c.margin_lost_exact,
                    "margin_lost_bounds": (
                        None if c.margin_lost_bounds is None else list(c.margin_lost_bounds)
                    ),
                }
                for c in self.ranking
            ],
            "not_ranked": [{"id": i, "status": status} for i, status in self.not_ranked],
        }


def criticality(toc: ToC) -> Criticality:
    """Every goal's single points of failure, and activities ranked by what their loss costs.

    Activities are ranked by the number of goals their loss alone would cost,
    then by the total margin lost across all goals, then by id. Activities
    that are stopped or unclear are left out: they carry nothing now.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("tests/fixtures/warnings.yaml")
    >>> result = tocgraph.criticality(toc)
    >>> [(g.id, g.critical_activities) for g in result.goals]
    [('G1', ('A1',)), ('G2', ()), ('G3', ())]
    >>> result.ranking[0].id, result.ranking[0].goals_lost
    ('A1', ('G1',))
    """
    from tocgraph.hints import natural_key

    whole = compile_structure(toc_argument(toc))
    structure = pessimistic_structure(whole)  # at-risk assumptions cut their links
    alive = evaluate_pessimistic(structure)
    margins = margins_and_criticals(structure, alive)
    before = assessment_from(whole, toc.id, frozenset(), alive, margins)
    goals = sorted(before.goals(), key=lambda g: natural_key(g.id))
    # stopping one activity lowers a goal's margin by 1 exactly when the activity
    # lies in some minimum cut of the goal, else by 0 (see tocgraph.analysis.mincuts)
    lost = {a: 0 for a in structure.activities() if alive[a]}
    unsure = dict.fromkeys(lost, 0)
    lost_goals: dict[int, list[str]] = {a: [] for a in lost}
    for goal in goals:
        position = structure.index[goal.id]
        if goal.verdict is not Verdict.POTENTIALLY_EFFECTIVE:
            continue
        if goal.margin == 1:
            for a in margins.criticals[position]:
                lost[a] += 1
                lost_goals[a].append(goal.id)
            continue
        if not goal.margin_exact:
            # any activity below may or may not lie in a minimum cut
            for a in _activities_below(structure, alive, position):
                unsure[a] += 1
            continue
        union = min_cut_union(structure, alive, margins, position)
        for a in union.members:
            lost[a] += 1
        for a in union.undetermined:
            unsure[a] += 1
    activities = {a.id: a for a in toc.activities}
    costs = []
    for position, margin in lost.items():
        node_id = structure.ids[position]
        bounds = (margin, margin + unsure[position]) if unsure[position] else None
        costs.append(
            ActivityCost(
                node_id,
                activities[node_id].partner,
                margin,
                tuple(lost_goals[position]),
                bounds,
                activities[node_id].status.value,
            )
        )
    costs.sort(key=lambda c: (-len(c.goals_lost), -c.margin_lost, natural_key(c.id)))
    ranked = {c.id for c in costs}
    left = sorted(
        (a for a in toc.activities if a.id not in ranked), key=lambda a: natural_key(a.id)
    )
    not_ranked = tuple((a.id, a.status.value) for a in left)
    return Criticality(tuple(goals), tuple(costs), toc.id, toc.illustrative, not_ranked)


def _activities_below(structure: Structure, alive: list[bool], n: int) -> list[int]:
    """Supported activities from which ``n`` is reached through supported nodes."""
    from tocgraph.analysis.margins import alive_ancestors

    return [m for m in alive_ancestors(structure, alive, n) if structure.statuses[m] is not None]

"""Where monitoring should look first: single points of failure and costly activities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tocgraph.analysis.assessment import (
    NodeAssessment,
    assess_structure,
    goals_lost,
    toc_argument,
    verdict_dict,
)
from tocgraph.analysis.support import evaluate_pessimistic
from tocgraph.graph.structure import compile_structure
from tocgraph.schema.model import ToC

__all__ = ["ActivityCost", "Criticality", "criticality"]


@dataclass(frozen=True)
class ActivityCost:
    """What stopping one activity alone costs the goals.

    ``margin_lost`` adds up, over all goals, how much each goal's margin drops;
    ``goals_lost`` lists the goals that would no longer be potentially effective.
    """

    id: str
    partner: str | None
    margin_lost: int
    goals_lost: tuple[str, ...]


@dataclass(frozen=True)
class Criticality:
    """The result of :func:`criticality`, for the ToC ``toc_id``."""

    goals: tuple[NodeAssessment, ...]
    ranking: tuple[ActivityCost, ...]
    toc_id: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of ``tocgraph critical --json``."""
        return {
            "id": self.toc_id,
            "goals": {g.id: verdict_dict(g) for g in self.goals},
            "ranking": [
                {
                    "id": c.id,
                    "partner": c.partner,
                    "goals_lost": list(c.goals_lost),
                    "margin_lost": c.margin_lost,
                }
                for c in self.ranking
            ],
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

    structure = compile_structure(toc_argument(toc))
    before = assess_structure(structure, toc.id, frozenset())
    alive = evaluate_pessimistic(structure)
    goals = sorted(before.goals(), key=lambda g: natural_key(g.id))
    partners = {a.id: a.partner for a in toc.activities}
    costs = []
    for position in structure.activities():
        if not alive[position]:
            continue
        after = assess_structure(structure, toc.id, frozenset((position,)))
        lost = goals_lost(before, after)
        margin = sum((g.margin or 0) - (after.nodes[g.id].margin or 0) for g in goals)
        node_id = structure.ids[position]
        costs.append(ActivityCost(node_id, partners[node_id], margin, lost))
    costs.sort(key=lambda c: (-len(c.goals_lost), -c.margin_lost, natural_key(c.id)))
    return Criticality(tuple(goals), tuple(costs), toc.id)

"""The JSON document of a portfolio (``tocgraph portfolio --json``); see ``docs/portfolio.md``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tocgraph.analysis.monitoring import OutcomeCoverage
from tocgraph.analysis.status_counts import Category, StatusCounts
from tocgraph.errors import Diagnostic

if TYPE_CHECKING:
    from tocgraph.analysis.portfolio import Portfolio

__all__ = ["portfolio_dict"]


def _findings(result: Portfolio, findings: Sequence[Diagnostic] | None) -> list[Diagnostic]:
    return list(result.findings if findings is None else findings)


def portfolio_dict(
    result: Portfolio, findings: Sequence[Diagnostic] | None = None
) -> dict[str, object]:
    """The JSON object for a portfolio (see ``docs/portfolio.md``); keys in a fixed order.

    ``findings`` replaces ``result.findings``, e.g. by the same diagnostics
    located in the policy file.
    """
    policy = result.policy
    scenario = result.scenario
    return {
        "illustrative": result.illustrative,
        "alliances": [
            {
                "id": a.id,
                "name": a.name,
                "lead": a.lead,
                "members": list(a.members),
                "subsidy_ceiling_eur": a.subsidy_ceiling_eur,
                "existed_2017_2022": a.existed_2017_2022,
                "illustrative": a.illustrative,
                "activities": _counts_json(a.activities),
                "goals": [
                    {
                        "id": g.id,
                        "title": g.title,
                        "requires": g.requires,
                        "rule": g.rule("en") or None,
                        "verdict": g.verdict.value,
                        "margin": g.margin,
                        "margin_exact": g.margin_bounds is None,
                        "margin_bounds": _bounds(g.margin_bounds),
                        "critical_activities": list(g.critical_activities),
                        "critical_assumptions": list(g.critical_assumptions),
                        "serves": list(g.serves),
                    }
                    for g in a.goals
                ],
                "monitoring": _monitoring_json(a.monitoring),
                "budget": None if a.budget is None else a.budget.to_dict(),
            }
            for a in result.alliances
        ],
        "as_of": None if result.as_of is None else result.as_of.isoformat(),
        "total": {
            "alliances": len(result.alliances),
            "subsidy_ceiling_eur": result.subsidy_ceiling_eur,
            "activities": _counts_json(result.activities),
            "budget_eur": result.budget_eur,
            "budget_stopped_eur": result.budget_stopped_eur,
            "alliances_with_budget": sum(a.budget is not None for a in result.alliances),
        },
        "organisations": [
            {
                "name": o.name,
                "alliances": list(o.alliances),
                "lead_of": list(o.leads),
                "activities": o.activities,
            }
            for o in result.organisations
        ],
        "policy": None
        if policy is None
        else {
            "id": policy.id,
            "name": policy.name,
            "coverage": [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "title": c.title,
                    "covered": c.covered,
                    "goals": [
                        {
                            "alliance": g.alliance,
                            "goal": g.goal,
                            "verdict": g.verdict.value,
                            "margin": g.margin,
                            "margin_exact": g.margin_bounds is None,
                            "margin_bounds": _bounds(g.margin_bounds),
                        }
                        for g in c.goals
                    ],
                }
                for c in result.coverage
            ],
        },
        "scenario": None
        if scenario is None
        else {
            "partners": list(scenario.partners),
            "alliances": [
                {
                    "id": alliance,
                    "stopped": list(i.stopped),
                    "achieved": list(i.achieved),
                    "goals_lost": i.goals_lost(),
                    "changes": [
                        {
                            "id": c.id,
                            "kind": c.kind.value,
                            "verdict_before": c.before.verdict.value,
                            "verdict_after": c.after.verdict.value,
                            "margin_before": c.before.margin,
                            "margin_after": c.after.margin,
                        }
                        for c in i.changes
                    ],
                }
                for alliance, i in scenario.impacts.items()
            ],
            "coverage_lost": list(scenario.coverage_lost),
        },
        "findings": [{"path": d.path, **d.to_dict()} for d in _findings(result, findings)],
    }


def _counts_json(counts: StatusCounts) -> dict[str, object]:
    return {
        "total": counts.total,
        "by_category": {
            c.value: {"count": counts.count(c), "percent": counts.percent(c)} for c in Category
        },
        "by_status": {s.value: n for s, n in counts.by_status.items()},
    }


def _monitoring_json(coverage: OutcomeCoverage | None) -> dict[str, object] | None:
    if coverage is None:
        return None
    return {
        "outcomes": coverage.outcomes,
        "with_indicator": coverage.with_indicator,
        "measured_12_months": coverage.measured,
        "share": coverage.share,
        "latest_measurement": None if coverage.latest is None else coverage.latest.isoformat(),
    }


def _bounds(bounds: tuple[int, int] | None) -> list[int] | None:
    return None if bounds is None else list(bounds)

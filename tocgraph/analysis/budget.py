"""Budgets in a ToC: totals per partner and per year, and a warning over the subsidy ceiling.

:func:`budget_totals` adds up the ``budget_eur`` of a ToC's activities. Stopped
activities are left out of the totals (their budget is shown apart as
``stopped``); activities without a partner count as *unassigned*
(``partner`` ``None``), never under the lead. :func:`budget_warnings` gives
``TOC320`` when the total exceeds the ToC's ``subsidy_ceiling_eur``.

:func:`change_money` compares the planned budgets of two or more states of a
ToC (a baseline, then the ToC after each change): money *freed* (an activity
stopped, removed or given less), *added* (a new activity, or more), and *moved*
(an activity's money that now goes to another partner).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tocgraph.analysis.assessment import toc_argument
from tocgraph.errors import Diagnostic, phrase
from tocgraph.i18n import diagnostic
from tocgraph.schema.base import FrozenDict
from tocgraph.schema.budget import budget_years
from tocgraph.schema.model import Activity, Status, ToC

__all__ = [
    "BudgetTotals",
    "PartnerBudget",
    "Year",
    "budget_totals",
    "budget_warnings",
    "partner_order",
    "planned_budget",
    "planned_years",
]

Year = int | None
"""A budget year; ``None`` for an amount given for the whole period."""


def planned_budget(activity: Activity) -> int:
    """The budget an activity is planned to spend: none once it is stopped."""
    return sum(planned_years(activity).values())


def planned_years(activity: Activity) -> Mapping[Year, int]:
    """:func:`planned_budget` by year (``None``: an amount for the whole period).

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.loads('''
    ... tocgraph: 1
    ... id: demo
    ... goals: [{id: G1, title: g}]
    ... activities:
    ...   - {id: A1, title: a, budget_eur: {2024: 100, 2025: 50}}
    ...   - {id: A2, title: b, status: stopped, budget_eur: {2024: 70}}
    ... ''')
    >>> [dict(planned_years(a)) for a in toc.activities]
    [{2024: 100, 2025: 50}, {}]
    """
    if activity.status is Status.STOPPED:
        return {}
    return budget_years(activity.budget_eur)


@dataclass(frozen=True)
class PartnerBudget:
    """The budgets of one partner's activities (``partner`` ``None``: unassigned)."""

    partner: str | None
    by_year: Mapping[Year, int]
    total: int

    def to_dict(self) -> dict[str, Any]:
        """``{"partner", "total", "by_year"}``; the whole-period amount under ``"period"``."""
        return {"partner": self.partner, "total": self.total, "by_year": _years(self.by_year)}


def _years(by_year: Mapping[Year, int]) -> dict[str, int]:
    return {("period" if year is None else str(year)): amount for year, amount in by_year.items()}


@dataclass(frozen=True)
class BudgetTotals:
    """The result of :func:`budget_totals`.

    Attributes
    ----------
    partners
        Per partner: the declared partners in their order (the lead first),
        then others by name, then unassigned; only those with a budget.
    years
        The columns: each year with a budget in order, then ``None`` (amounts
        given for the whole period) if any.
    by_year, total
        The totals over every partner.
    stopped
        The budgets of stopped activities, not counted in the totals.
    ceiling
        The ToC's ``subsidy_ceiling_eur``.
    with_budget, without_budget
        How many activities (stopped ones too) state a budget, and how many do not.
    """

    partners: tuple[PartnerBudget, ...]
    years: tuple[Year, ...]
    by_year: Mapping[Year, int]
    total: int
    stopped: int
    ceiling: int | None
    with_budget: int
    without_budget: int

    @property
    def over_ceiling(self) -> int:
        """By how much the total exceeds the ceiling (0 when it does not, or there is none)."""
        return max(0, self.total - self.ceiling) if self.ceiling is not None else 0

    def to_dict(self) -> dict[str, Any]:
        """The ``budget`` object of ``tocgraph check --json``."""
        return {
            "total": self.total,
            "by_year": _years(self.by_year),
            "by_partner": [p.to_dict() for p in self.partners],
            "stopped": self.stopped,
            "subsidy_ceiling_eur": self.ceiling,
            "over_ceiling": self.over_ceiling,
            "activities_with_budget": self.with_budget,
            "activities_without_budget": self.without_budget,
        }


def partner_order(toc: ToC, names: set[str | None]) -> list[str | None]:
    """``names`` in report order: the lead, other declared partners, the rest by name, ``None``."""
    declared = [toc.lead] if toc.lead else []
    declared += [p for p in toc.partners or () if p not in declared]
    known = [p for p in declared if p in names]
    others = sorted(p for p in names if p is not None and p not in declared)
    return [*known, *others, *([None] if None in names else [])]


def budget_totals(toc: ToC) -> BudgetTotals | None:
    """The budgets of a ToC's activities per partner and per year; ``None`` if none has one.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.loads('''
    ... tocgraph: 1
    ... id: demo
    ... goals: [{id: G1, title: Gelijke kansen}]
    ... activities:
    ...   - {id: A1, title: a, partner: VHTO, budget_eur: {2024: 100, 2025: 50}}
    ...   - {id: A2, title: b, budget_eur: 30}
    ...   - {id: A3, title: c, partner: VHTO, status: stopped, budget_eur: 7}
    ... ''')
    >>> totals = budget_totals(toc)
    >>> totals.total, totals.stopped, [(p.partner, p.total) for p in totals.partners]
    (180, 7, [('VHTO', 150), (None, 30)])
    >>> totals.years
    (2024, 2025, None)
    """
    toc = toc_argument(toc)
    per_partner: dict[str | None, dict[Year, int]] = {}
    stopped = with_budget = 0
    for activity in toc.activities:
        if activity.budget_eur is None:
            continue
        with_budget += 1
        if activity.status is Status.STOPPED:
            stopped += _planned_total(activity)
            continue
        years = per_partner.setdefault(activity.partner, {})
        for year, amount in budget_years(activity.budget_eur).items():
            years[year] = years.get(year, 0) + amount
    if not with_budget:
        return None
    columns = sorted({y for years in per_partner.values() for y in years if y is not None})
    all_years: tuple[Year, ...] = (*columns, *([None] if _any_period(per_partner) else []))
    partners = tuple(
        PartnerBudget(name, _ordered(per_partner[name], all_years), sum(per_partner[name].values()))
        for name in partner_order(toc, set(per_partner))
    )
    by_year = FrozenDict({y: sum(p.by_year.get(y, 0) for p in partners) for y in all_years})
    return BudgetTotals(
        partners=partners,
        years=all_years,
        by_year=by_year,
        total=sum(p.total for p in partners),
        stopped=stopped,
        ceiling=toc.subsidy_ceiling_eur,
        with_budget=with_budget,
        without_budget=len(toc.activities) - with_budget,
    )


def _planned_total(activity: Activity) -> int:
    return sum(budget_years(activity.budget_eur).values())


def _any_period(per_partner: Mapping[str | None, Mapping[Year, int]]) -> bool:
    return any(None in years for years in per_partner.values())


def _ordered(by_year: Mapping[Year, int], years: tuple[Year, ...]) -> Mapping[Year, int]:
    """``by_year`` in the order of ``years``, read-only (results are frozen all the way down)."""
    return FrozenDict({y: by_year[y] for y in years if y in by_year})


def budget_warnings(totals: BudgetTotals | None) -> tuple[Diagnostic, ...]:
    """``TOC320`` when the budgets exceed the subsidy ceiling (unlocated; no node).

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.loads('''
    ... tocgraph: 1
    ... id: demo
    ... subsidy_ceiling_eur: 100
    ... goals: [{id: G1, title: g}]
    ... activities: [{id: A1, title: a, budget_eur: 150}]
    ... ''')
    >>> budget_warnings(budget_totals(toc))[0].message
    'the budgets of the activities (EUR 150) exceed the subsidy ceiling (EUR 100) by EUR 50'
    >>> from tocgraph.i18n import localize
    >>> localize(budget_warnings(budget_totals(toc))[0], "nl").message
    'de budgetten van de activiteiten (€ 150) overschrijden het subsidieplafond (€ 100) met € 50'
    """
    if totals is None or not totals.over_ceiling or totals.ceiling is None:
        return ()
    message = phrase(
        "d.TOC320",
        total=phrase("dh.euros", amount=totals.total),
        ceiling=phrase("dh.euros", amount=totals.ceiling),
        over=phrase("dh.euros", amount=totals.over_ceiling),
    )
    return (diagnostic("TOC320", message, phrase("dh.TOC320")),)

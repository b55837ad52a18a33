"""The money of a change request: freed, added and moved, per change, per partner, in total.

:func:`change_money` compares the planned budgets (see
:func:`tocgraph.analysis.budget.planned_budget`: stopped activities plan
nothing) of two or more states of a ToC (a baseline, then the ToC after each
change): money *freed* (an activity stopped, removed or given less), *added* (a
new activity, or more), and *moved* (an activity's money that now goes to
another partner). Per year as well, where budgets are given per year: money
planned for years before the request takes effect may already be spent, so a
reviewer must see how much of what a request frees lies there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from tocgraph.analysis.budget import Year, partner_order, planned_budget, planned_years
from tocgraph.schema.model import ToC

__all__ = [
    "KINDS",
    "ChangeMoney",
    "FlowKind",
    "MoneyFlow",
    "PartnerMoney",
    "StepMoney",
    "YearMoney",
    "change_money",
]

FlowKind = Literal["freed", "added", "moved"]
KINDS: tuple[FlowKind, ...] = ("freed", "added", "moved")


@dataclass(frozen=True)
class MoneyFlow:
    """Money of one activity that a change frees, adds, or moves to another partner.

    ``source`` is the partner money is freed from or moved from; ``target`` the
    partner it is added to or moved to (``None``: unassigned).
    """

    activity: str
    kind: FlowKind
    amount: int
    source: str | None
    target: str | None

    def to_dict(self) -> dict[str, Any]:
        """``{"activity", "kind", "amount", "from", "to"}``."""
        return {
            "activity": self.activity,
            "kind": self.kind,
            "amount": self.amount,
            "from": self.source,
            "to": self.target,
        }


def _flows(before: ToC, after: ToC) -> tuple[MoneyFlow, ...]:
    """What happened to each activity's planned budget from ``before`` to ``after``."""
    old = {a.id: a for a in before.activities}
    new = {a.id: a for a in after.activities}
    flows: list[MoneyFlow] = []
    for activity_id in [*old, *(i for i in new if i not in old)]:
        was, now = old.get(activity_id), new.get(activity_id)
        amount_was = planned_budget(was) if was else 0
        amount_now = planned_budget(now) if now else 0
        partner_was = was.partner if was else None
        partner_now = now.partner if now else None
        moved = 0
        if was and now and partner_was != partner_now:
            moved = min(amount_was, amount_now)
            if moved:
                flows.append(MoneyFlow(activity_id, "moved", moved, partner_was, partner_now))
        if amount_now > amount_was:
            flows.append(
                MoneyFlow(activity_id, "added", amount_now - amount_was, None, partner_now)
            )
        elif amount_was > amount_now:
            flows.append(
                MoneyFlow(activity_id, "freed", amount_was - amount_now, partner_was, None)
            )
    return tuple(flows)


def _sum(flows: Sequence[MoneyFlow], kind: FlowKind) -> int:
    return sum(f.amount for f in flows if f.kind == kind)


class _Flows:
    """Totals of ``flows``: money freed, added and moved to another partner."""

    flows: tuple[MoneyFlow, ...]

    @property
    def freed(self) -> int:
        """Money freed (stopped or removed activities)."""
        return _sum(self.flows, "freed")

    @property
    def added(self) -> int:
        """Money added (new activities, raised budgets)."""
        return _sum(self.flows, "added")

    @property
    def moved(self) -> int:
        """Money moved from one partner to another."""
        return _sum(self.flows, "moved")


@dataclass(frozen=True)
class StepMoney(_Flows):
    """The money of one change (1-based ``index``), given the changes before it."""

    index: int
    flows: tuple[MoneyFlow, ...]

    def to_dict(self) -> dict[str, Any]:
        """``{"index", "freed", "added", "moved", "flows"}``."""
        return {
            "index": self.index,
            "freed": self.freed,
            "added": self.added,
            "moved": self.moved,
            "flows": [f.to_dict() for f in self.flows],
        }


@dataclass(frozen=True)
class PartnerMoney:
    """One partner's planned budget before and after a request, and why it changed.

    ``after - before == added - freed + moved_in - moved_out``.
    """

    partner: str | None
    before: int
    after: int
    freed: int
    added: int
    moved_in: int
    moved_out: int

    def to_dict(self) -> dict[str, Any]:
        """Every field, and ``net`` (``after - before``)."""
        return {
            "partner": self.partner,
            "before": self.before,
            "after": self.after,
            "net": self.after - self.before,
            "freed": self.freed,
            "added": self.added,
            "moved_in": self.moved_in,
            "moved_out": self.moved_out,
        }


@dataclass(frozen=True)
class YearMoney:
    """The planned budgets of one year before and after a request.

    ``year`` ``None`` holds the amounts given for the whole period. Per year,
    money an activity moves from one year to another is freed in the one and
    added in the other, so ``after - before == added - freed``.
    """

    year: Year
    before: int
    after: int
    freed: int
    added: int

    def to_dict(self) -> dict[str, Any]:
        """``{"year", "before", "after", "net", "freed", "added"}``; ``"year"`` as in ``check``."""
        return {
            "year": "period" if self.year is None else str(self.year),
            "before": self.before,
            "after": self.after,
            "net": self.after - self.before,
            "freed": self.freed,
            "added": self.added,
        }


def _year_money(before: ToC, after: ToC) -> tuple[YearMoney, ...]:
    """Per year (the whole period last): planned before, after, freed and added."""
    old = {a.id: planned_years(a) for a in before.activities}
    new = {a.id: planned_years(a) for a in after.activities}
    totals: dict[Year, list[int]] = {}
    for activity_id in [*old, *(i for i in new if i not in old)]:
        was, now = old.get(activity_id, {}), new.get(activity_id, {})
        for year in [*was, *(y for y in now if y not in was)]:
            a, b = was.get(year, 0), now.get(year, 0)
            row = totals.setdefault(year, [0, 0, 0, 0])
            row[0] += a
            row[1] += b
            row[2] += max(0, a - b)
            row[3] += max(0, b - a)
    order = sorted(y for y in totals if y is not None) + ([None] if None in totals else [])
    return tuple(YearMoney(year, *totals[year]) for year in order if any(totals[year]))


@dataclass(frozen=True)
class ChangeMoney(_Flows):
    """The result of :func:`change_money`: per change, per partner and in total.

    The totals compare the baseline with the ToC after the last change, so
    money freed by one change and given back by a later one is not counted.
    """

    steps: tuple[StepMoney, ...]
    partners: tuple[PartnerMoney, ...]
    flows: tuple[MoneyFlow, ...]
    before: int
    after: int
    ceiling: int | None
    has_budgets: bool
    years: tuple[YearMoney, ...] = ()
    from_year: int | None = None

    @property
    def by_year(self) -> bool:
        """Whether some budget is given per year (not only for the whole period)."""
        return any(y.year is not None for y in self.years)

    @property
    def freed_earlier(self) -> int:
        """Money freed from years before ``from_year`` (0 without one): it may be spent."""
        return sum(y.freed for y in self._earlier())

    @property
    def added_earlier(self) -> int:
        """Money added to years before ``from_year`` (0 without one): those years are past."""
        return sum(y.added for y in self._earlier())

    def _earlier(self) -> list[YearMoney]:
        start = self.from_year
        return [
            y for y in self.years if start is not None and y.year is not None and y.year < start
        ]

    @property
    def shifted(self) -> int:
        """The money that gets another destination: moved, plus the larger of freed and added.

        Moving 100,000 from a stopped activity to a new one shifts 100,000
        (not 200,000); freeing 100,000 without using it shifts 100,000 too.
        """
        return self.moved + max(self.freed, self.added)

    def to_dict(self) -> dict[str, Any]:
        """The ``money`` object of ``tocgraph change-request --format json``."""
        return {
            "has_budgets": self.has_budgets,
            "before": self.before,
            "after": self.after,
            "net": self.after - self.before,
            "freed": self.freed,
            "added": self.added,
            "moved": self.moved,
            "shifted": self.shifted,
            "subsidy_ceiling_eur": self.ceiling,
            "by_partner": [p.to_dict() for p in self.partners],
            "changes": [s.to_dict() for s in self.steps],
            "by_year": [y.to_dict() for y in self.years],
            "from_year": self.from_year,
            "freed_earlier": self.freed_earlier,
            "added_earlier": self.added_earlier,
        }


def _partner_money(before: ToC, after: ToC, flows: Sequence[MoneyFlow]) -> tuple[PartnerMoney, ...]:
    totals: dict[str | None, list[int]] = {}
    for which, toc in enumerate((before, after)):
        for activity in toc.activities:
            row = totals.setdefault(activity.partner, [0, 0])
            row[which] += planned_budget(activity)
    result = []
    for name in partner_order(after, set(totals)):
        was, now = totals.get(name, [0, 0])
        taken = {k: sum(f.amount for f in flows if f.kind == k and f.source == name) for k in KINDS}
        given = {k: sum(f.amount for f in flows if f.kind == k and f.target == name) for k in KINDS}
        if not (was or now or any(taken.values()) or any(given.values())):
            continue
        result.append(
            PartnerMoney(
                partner=name,
                before=was,
                after=now,
                freed=taken["freed"],
                added=given["added"],
                moved_in=given["moved"],
                moved_out=taken["moved"],
            )
        )
    return tuple(result)


def change_money(states: Sequence[ToC], *, from_year: int | None = None) -> ChangeMoney:
    """The money of a change request: ``states`` is the baseline, then the ToC after each change.

    ``from_year`` is the year the request takes effect (the year of its
    ``effective_from``, or else of its ``date``): money freed from or added to
    years before it is counted apart too (:attr:`ChangeMoney.freed_earlier`).

    Examples
    --------
    >>> import tocgraph
    >>> doc = tocgraph.load_change_request("models/change-requests/politica-2025-1.yaml")
    >>> money = change_money([doc.baseline.toc, *doc.states])
    >>> len(money.steps) == len(doc.states)
    True
    >>> money = change_money([doc.baseline.toc, *doc.states], from_year=2025)
    >>> money.freed, money.freed_earlier, [(y.year, y.freed) for y in money.years][:2]
    (860000, 220000, [(2023, 100000), (2024, 120000)])
    """
    if not states:
        raise ValueError("states must hold at least the baseline")
    baseline, result = states[0], states[-1]
    has_budgets = any(a.budget_eur is not None for toc in states for a in toc.activities)
    if not has_budgets:  # no money moves: skip comparing every state
        steps = tuple(StepMoney(index, ()) for index in range(1, len(states)))
    else:
        steps = tuple(
            StepMoney(index, _flows(states[index - 1], states[index]))
            for index in range(1, len(states))
        )
    flows = _flows(baseline, result) if has_budgets else ()
    return ChangeMoney(
        steps=steps,
        partners=_partner_money(baseline, result, flows),
        flows=flows,
        before=sum(planned_budget(a) for a in baseline.activities),
        after=sum(planned_budget(a) for a in result.activities),
        ceiling=result.subsidy_ceiling_eur,
        has_budgets=has_budgets,
        years=_year_money(baseline, result) if has_budgets else (),
        from_year=from_year,
    )

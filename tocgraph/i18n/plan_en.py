"""The English texts about what a ToC plans and measures, by key.

Indicators and dates (``mon.``), budgets and money (``budget.``, ``money.``)
and the triage of change requests (``triage.``); split from
:mod:`tocgraph.i18n.en` so each catalogue reads in one sitting.
:mod:`tocgraph.i18n.plan_nl` has the same keys.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    # --- indicators and time ---
    "mon.indicators": "Indicators",
    "mon.indicators.as_of": "Indicators, as of {date}",
    "mon.col.node": "node",
    "mon.col.indicator": "indicator",
    "mon.col.kind": "kind",
    "mon.col.baseline": "baseline",
    "mon.col.target": "target",
    "mon.col.latest": "latest",
    "mon.col.progress": "progress",
    "mon.col.horizon": "horizon",
    "mon.col.start": "start",
    "mon.col.end": "end",
    "quantitative": "quantitative",
    "qualitative": "qualitative",
    "horizon.short": "short term",
    "horizon.medium": "medium term",
    "horizon.long": "long term",
    "mon.none": "no measurement",
    "mon.coverage.title": (
        "Monitoring: outcomes with an indicator measured in the 12 months up to {date}"
    ),
    "mon.col.alliance": "alliance",
    "mon.col.outcomes": "outcomes",
    "mon.col.with_indicator": "with indicator",
    "mon.col.measured": "measured",
    "mon.col.share": "share",
    "mon.col.latest_date": "latest measurement",
    "cr.effective_from": "Effective from",
    # --- budget: budgets, money of change requests, triage ---
    "field.budget_eur": "budget",
    "money.amount": "EUR {sign}{amount}",
    "budget.summary": "planned budget: {total}; {share} of the subsidy ceiling {ceiling}",
    "budget.summary.no_ceiling": "planned budget: {total} (no subsidy ceiling given)",
    "budget.col.partner": "partner (EUR)",
    "budget.col.period": "whole period, not by year",
    "budget.heading": "Budget",
    "budget.col.total": "total",
    "budget.unassigned": "(no partner)",
    "budget.stopped": "stopped activities, not counted: {amount}",
    "budget.without": "activities without a budget: {n}",
    "money.heading": "Financial consequences (planned budgets, computed by tocgraph)",
    "money.summary": (
        "Planned budget before the changes: {before}; after them: {after} (difference: "
        "{net}). Freed: {freed}; added: {added}; moved between partners: {moved}. In total "
        "{shifted} is shifted."
    ),
    "money.per_year.moved": (
        "Money moved from one year to another counts as freed in the one and added in the "
        "other, so these columns add up to more than the totals above."
    ),
    "money.share": "That is {share} of the subsidy ceiling ({ceiling}).",
    "money.earlier_part": (
        "Of the money freed, {amount} was planned for the years before {year}: it may have "
        "been spent already."
    ),
    "money.note": (
        "A stopped or removed activity frees its budget; the amount shifted is the amount "
        "moved between partners, plus the larger of the amounts 'freed' and 'added'."
    ),
    "money.per_partner": "Per partner (EUR)",
    "money.per_change": "Per change (EUR)",
    "money.c.partner": "partner",
    "money.c.before": "before",
    "money.c.after": "after",
    "money.c.net": "difference",
    "money.c.freed": "freed",
    "money.c.added": "added",
    "money.c.moved_in": "taken over from other partners",
    "money.c.moved_out": "handed over to other partners",
    "money.c.moved": "moved",
    "money.c.change": "change",
    "money.per_year": "Per year (EUR)",
    "money.c.year": "year",
    "cr.f.money_earlier.freed": (
        "{freed} of the money freed was planned for years before {year} ({when}): it may "
        "already have been spent."
    ),
    "cr.f.money_earlier.added": (
        "{added} is added to years before {year} ({when}): those years are over."
    ),
    "cr.f.money_earlier.both": (
        "{freed} of the money freed was planned for years before {year} ({when}): it may "
        "already have been spent. {added} is added to those years, which are over."
    ),
    "cr.money_earlier.effective_from": "the year the request takes effect",
    "cr.money_earlier.date": "the year of the request",
    "triage.heading": "Formal change request or annual plan",
    "triage.formal_request": (
        "By the policy file's triage rules, a formal change request to the subsidy office "
        "(DUS-I) is needed: {rule}."
    ),
    "triage.annual_plan": (
        "By the policy file's triage rules, a change of the annual plan suffices: none of the"
        " rules applies."
    ),
    "triage.illustrative": (
        "The thresholds of these rules are illustrative; the ministry sets them."
    ),
    "triage.note": "The policy file's triage rules, in order; the first that applies decides.",
    "triage.rule.goal_lost": "a goal is no longer potentially effective",
    "triage.rule.toc_changed": (
        "the ToC itself changes (goals, outcomes or outputs; not activities)"
    ),
    "triage.rule.budget_shift_above_eur": "more than {threshold} is shifted",
    "triage.rule.budget_shift_above_share": (
        "more than {threshold} of the subsidy ceiling is shifted"
    ),
    "triage.found.goal_lost": "{goals}",
    "triage.found.toc_changed.yes": "yes",
    "triage.found.toc_changed.no": "no",
    "triage.found.shifted": "this request shifts {amount}",
    "triage.found.no_ceiling": "cannot be determined: the ToC gives no subsidy ceiling",
    "triage.applies": "applies",
    "triage.not_applies": "does not apply",
    # --- portfolio: the alliances' budgets ---
    "portfolio.budgets": "Budgets of the activities, against each subsidy ceiling",
    "portfolio.col.budget": "budget (EUR)",
    "portfolio.col.used": "of the ceiling",
    "portfolio.col.budget_stopped": "stopped (EUR)",
    "portfolio.col.no_budget": "activities without a budget",
    "portfolio.budgets.note": (
        "budget: the activities not stopped; stopped: the budgets of stopped activities, not "
        "counted in the budget; '-': the ToC states no budget"
    ),
    "portfolio.goals.note": (
        "margin: the fewest activities whose stopping together makes the goal no longer "
        "potentially effective (1: a single point of failure); a ToC supports 'potentially "
        "effective' at most, never a claim of impact"
    ),
    "portfolio.monitoring.note": (
        "measured: an indicator with a measurement dated in those 12 months; older "
        "measurements count with --as-of an earlier date"
    ),
    "field.title": "title",
    "field.contributes_to": "contributes to",
    "field.status": "status",
    "field.strategy": "strategy",
    "field.partner": "partner",
    "field.requires": "requires",
    "field.description": "description",
    "field.serves": "serves",
    "field.kind": "level",
    "field.assumption": "assumption",
    "field.indicators": "indicators",
    "field.start": "start",
    "field.end": "end",
    "field.name": "name",
    "field.lead": "lead partner",
    "field.partners": "partners",
    "field.period": "period",
    "field.subsidy_ceiling_eur": "subsidy ceiling",
    "field.horizon": "horizon",
    "field.id": "id",
    "field.existed_2017_2022": "existed 2017-2022",
    "field.illustrative": "illustrative",
    "value.period": "{start} to {end}",
    "value.yes": "yes",
    "value.no": "no",
}

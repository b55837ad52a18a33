"""Triage of a change request: a formal request to the subsidy office, or the annual plan.

The scheme's evaluation: "if changes lead to large financial shifts, a formal
change request must be submitted to DUS-I", and alliances ask for clarity on
when a change request is needed and when a change of the annual plan suffices.
The policy file's ``triage:`` section (:class:`~tocgraph.schema.budget.TriageRules`)
states the rules; :func:`triage` applies them in a fixed order, and the first
that applies decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from tocgraph.analysis.money import ChangeMoney
from tocgraph.schema.budget import TriageRules

__all__ = ["RULES", "Decision", "RuleCheck", "Triage", "Unchecked", "triage"]

Decision = Literal["formal_request", "annual_plan"]
Unchecked = Literal["no_budgets", "no_ceiling"]

RULES = ("goal_lost", "toc_changed", "budget_shift_above_eur", "budget_shift_above_share")
"""The rules, in the order they are checked; the first that applies decides."""


@dataclass(frozen=True)
class RuleCheck:
    """One configured rule and whether it applies.

    ``value`` is what the request has (the euros shifted, or their share of
    the subsidy ceiling, ``None`` without a ceiling); ``threshold`` is the
    rule's limit (euros, or a share such as ``0.05``; ``None`` for yes/no
    rules). ``nodes`` names the goals no longer potentially effective.
    ``unchecked`` says why a rule could not be checked: ``"no_budgets"`` (no
    activity states a budget, so the euros shifted are unknown, not zero) or
    ``"no_ceiling"`` (the share rule without a subsidy ceiling); such a rule
    does not apply, and the decision says it rests on the other rules.
    """

    rule: str
    applies: bool
    value: int | float | None = None
    threshold: int | float | None = None
    nodes: tuple[str, ...] = ()
    unchecked: Unchecked | None = None

    def to_dict(self) -> dict[str, Any]:
        """``{"rule", "applies", "checked", "unchecked", "value", "threshold", "nodes"}``."""
        return {
            "rule": self.rule,
            "applies": self.applies,
            "checked": self.unchecked is None,
            "unchecked": self.unchecked,
            "value": self.value,
            "threshold": self.threshold,
            "nodes": list(self.nodes),
        }


@dataclass(frozen=True)
class Triage:
    """The result of :func:`triage`.

    Attributes
    ----------
    decision
        ``"formal_request"`` (a formal change request to the subsidy office)
        or ``"annual_plan"`` (a change of the annual plan suffices).
    decided_by
        The first rule that applies, or ``None`` when none does.
    checks
        Every configured rule, in :data:`RULES` order.
    illustrative
        Whether the thresholds are illustrative (not set by the ministry).
    """

    decision: Decision
    decided_by: str | None
    checks: tuple[RuleCheck, ...]
    illustrative: bool

    @property
    def unchecked(self) -> tuple[RuleCheck, ...]:
        """The rules that could not be checked (see :attr:`RuleCheck.unchecked`)."""
        return tuple(c for c in self.checks if c.unchecked is not None)

    def to_dict(self) -> dict[str, Any]:
        """The ``triage`` object of ``tocgraph change-request --format json``."""
        return {
            "decision": self.decision,
            "decided_by": self.decided_by,
            "illustrative": self.illustrative,
            "unchecked": [c.rule for c in self.unchecked],
            "rules": [c.to_dict() for c in self.checks],
        }


def triage(
    rules: TriageRules,
    *,
    money: ChangeMoney,
    goals_lost: Sequence[str],
    toc_changed: bool,
) -> Triage:
    """Decide whether a change request needs a formal request to the subsidy office.

    Parameters
    ----------
    rules
        The policy file's triage rules.
    money
        The request's money (:func:`tocgraph.analysis.money.change_money`).
    goals_lost
        Goals potentially effective before the request and not after it.
    toc_changed
        Whether the request changes goals, outcomes or outputs.

    Examples
    --------
    >>> from tocgraph.analysis.money import change_money
    >>> import tocgraph
    >>> toc = tocgraph.load("models/politica.yaml")
    >>> rules = TriageRules.model_validate(
    ...     {"formal_request_when": {"toc_changed": True, "budget_shift_above_eur": 1}})
    >>> result = triage(rules, money=change_money([toc]), goals_lost=[], toc_changed=True)
    >>> result.decision, result.decided_by
    ('formal_request', 'toc_changed')
    """
    when = rules.formal_request_when
    checks: list[RuleCheck] = []
    if when.goal_lost:
        checks.append(RuleCheck("goal_lost", bool(goals_lost), nodes=tuple(goals_lost)))
    if when.toc_changed:
        checks.append(RuleCheck("toc_changed", toc_changed))
    shifted = money.shifted
    no_budgets: Unchecked | None = "no_budgets" if not money.has_budgets else None
    if when.budget_shift_above_eur is not None:
        limit = when.budget_shift_above_eur
        if no_budgets:
            checks.append(RuleCheck("budget_shift_above_eur", False, None, limit, (), no_budgets))
        else:
            checks.append(RuleCheck("budget_shift_above_eur", shifted > limit, shifted, limit))
    share = when.budget_shift_above_share
    if share is not None:
        ceiling = money.ceiling
        if no_budgets or not ceiling:
            why: Unchecked = no_budgets or "no_ceiling"
            checks.append(RuleCheck("budget_shift_above_share", False, None, share, (), why))
        else:
            applies = shifted > share * ceiling
            value = round(shifted / ceiling, 4)
            checks.append(RuleCheck("budget_shift_above_share", applies, value, share))
    decided_by = next((c.rule for c in checks if c.applies), None)
    return Triage(
        decision="formal_request" if decided_by else "annual_plan",
        decided_by=decided_by,
        checks=tuple(checks),
        illustrative=rules.illustrative,
    )

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

__all__ = ["RULES", "Decision", "RuleCheck", "Triage", "triage"]

Decision = Literal["formal_request", "annual_plan"]

RULES = ("goal_lost", "toc_changed", "budget_shift_above_eur", "budget_shift_above_share")
"""The rules, in the order they are checked; the first that applies decides."""


@dataclass(frozen=True)
class RuleCheck:
    """One configured rule and whether it applies.

    ``value`` is what the request has (the euros shifted, or their share of
    the subsidy ceiling, ``None`` without a ceiling); ``threshold`` is the
    rule's limit (euros, or a share such as ``0.05``; ``None`` for yes/no
    rules). ``nodes`` names the goals lost. Without a ceiling the share rule
    does not apply.
    """

    rule: str
    applies: bool
    value: int | float | None = None
    threshold: int | float | None = None
    nodes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """``{"rule", "applies", "value", "threshold", "nodes"}``."""
        return {
            "rule": self.rule,
            "applies": self.applies,
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

    def to_dict(self) -> dict[str, Any]:
        """The ``triage`` object of ``tocgraph change-request --format json``."""
        return {
            "decision": self.decision,
            "decided_by": self.decided_by,
            "illustrative": self.illustrative,
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
    if when.budget_shift_above_eur is not None:
        limit = when.budget_shift_above_eur
        checks.append(RuleCheck("budget_shift_above_eur", shifted > limit, shifted, limit))
    share = when.budget_shift_above_share
    if share is not None:
        ceiling = money.ceiling
        value = round(shifted / ceiling, 4) if ceiling else None
        applies = bool(ceiling) and shifted > share * (ceiling or 0)
        checks.append(RuleCheck("budget_shift_above_share", applies, value, share))
    decided_by = next((c.rule for c in checks if c.applies), None)
    return Triage(
        decision="formal_request" if decided_by else "annual_plan",
        decided_by=decided_by,
        checks=tuple(checks),
        illustrative=rules.illustrative,
    )

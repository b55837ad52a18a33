"""Budgets in a ToC file: ``budget_eur`` on activities, and triage rules for change requests.

An activity's ``budget_eur`` is one amount in whole euros, or amounts per
calendar year (``{2023: 120000, 2024: 80000}``). Amounts are checked by
:data:`Budget` (``TOC120`` not a whole number, ``TOC121`` negative, ``TOC122`` a
key that is not a year); whether the years lie in the ToC's ``period`` needs the
whole ToC and is checked by :func:`budget_year_diagnostics` (``TOC122`` too).

:class:`TriageRules` are the ``triage:`` section of a policy file: when a change
request needs a formal request to the subsidy office, and when a change of the
annual plan suffices (see ``docs/change-requests.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field, PlainSerializer, PlainValidator, StrictBool, WithJsonSchema
from pydantic_core import PydanticCustomError

from tocgraph.errors import Diagnostic, Phrase, phrase
from tocgraph.i18n import diagnostic
from tocgraph.schema.base import DataPath, Model, Place, UnicodeText, freeze

__all__ = [
    "BUDGET_ERROR",
    "Budget",
    "BudgetProblem",
    "FormalRequestRules",
    "TriageRules",
    "budget_year_diagnostics",
    "budget_years",
    "parse_budget",
]

BUDGET_ERROR = "budget_eur"
"""The pydantic error type of an invalid ``budget_eur``; its context holds the problems."""

_FIRST_YEAR, _LAST_YEAR = 1900, 2199


@dataclass(frozen=True)
class BudgetProblem:
    """One problem in a ``budget_eur`` value.

    Attributes
    ----------
    code
        ``TOC120``, ``TOC121`` or ``TOC122``.
    at
        The year key below ``budget_eur`` the problem is at (empty for a single amount).
    message, hint
        What is wrong, and how to fix it. The message's text starts with its place
        (``activities[0].budget_eur[2023]: ...``): its placeholder ``at`` is filled
        in where the place is known (:mod:`tocgraph.schema.translate`).
    """

    code: str
    at: tuple[Any, ...]
    message: Phrase
    hint: Phrase | None


def _year(key: object) -> int | None:
    """A year key as a number: ``2023`` or ``"2023"`` (as JSON writes keys)."""
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        year = key
    elif isinstance(key, str) and len(key) == 4 and key.isascii() and key.isdigit():
        year = int(key)
    else:
        return None
    return year if _FIRST_YEAR <= year <= _LAST_YEAR else None


def _shown(value: object) -> str:
    if isinstance(value, dict | list | tuple):
        return type(value).__name__
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _amount(value: object, at: tuple[Any, ...], problems: list[BudgetProblem]) -> int:
    """``value`` as whole euros, or 0 after adding its problem to ``problems``."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            problems.append(
                BudgetProblem("TOC121", at, phrase("d.TOC121", got=value), phrase("dh.TOC121"))
            )
        return value
    if isinstance(value, float) and value.is_integer() and value >= 0:
        hint = (
            phrase("dh.TOC120.thousands", example=int(value * 1000), number=f"{value:g}")
            if value < 1000
            else phrase("dh.TOC120.decimals", example=int(value))
        )
        problems.append(BudgetProblem("TOC120", at, phrase("d.TOC120", got=repr(value)), hint))
        return 0
    if isinstance(value, float):
        problems.append(
            BudgetProblem(
                "TOC120", at, phrase("d.TOC120", got=repr(value)), phrase("dh.TOC120.round")
            )
        )
        return 0
    problems.append(
        BudgetProblem(
            "TOC120", at, phrase("d.TOC120.number", got=_shown(value)), phrase("dh.TOC120.number")
        )
    )
    return 0


def parse_budget(value: Any) -> int | Mapping[int, int]:
    """Validate a ``budget_eur`` value: whole euros, or whole euros per year.

    Raises
    ------
    pydantic_core.PydanticCustomError
        Of type :data:`BUDGET_ERROR`, with every problem in its context
        (``problems``: a tuple of :class:`BudgetProblem`).

    Examples
    --------
    >>> parse_budget(120000)
    120000
    >>> dict(parse_budget({2024: 80000, "2023": 40000}))
    {2023: 40000, 2024: 80000}
    """
    problems: list[BudgetProblem] = []
    result: int | Mapping[int, int]
    if isinstance(value, Mapping):
        years: dict[int, int] = {}
        for key, amount in value.items():
            year = _year(key)
            if year is None:
                problems.append(
                    BudgetProblem(
                        "TOC122",
                        (key,),
                        phrase("d.TOC122.not_year", got=_shown(key)),
                        phrase("dh.TOC122.not_year"),
                    )
                )
            elif year in years:
                problems.append(
                    BudgetProblem(
                        "TOC122",
                        (key,),
                        phrase("d.TOC122.twice", year=year),
                        phrase("dh.TOC122.twice"),
                    )
                )
            years[year or 0] = _amount(amount, (key,), problems)
        if not value:
            problems.append(
                BudgetProblem("TOC120", (), phrase("d.TOC120.no_year"), phrase("dh.TOC120.no_year"))
            )
        result = freeze(dict(sorted(years.items())))
    else:
        result = _amount(value, (), problems)
    if problems:
        raise PydanticCustomError(BUDGET_ERROR, "invalid budget_eur", {"problems": tuple(problems)})
    return result


def _dumped(value: int | Mapping[int, int]) -> int | dict[int, int]:
    return value if isinstance(value, int) else dict(value)


_BUDGET_SCHEMA: dict[str, Any] = {
    "description": "The activity's budget in whole euros: one amount, or amounts per year "
    "(years within the ToC's period).",
    "anyOf": [
        {"type": "integer", "minimum": 0},
        {
            "type": "object",
            "propertyNames": {"pattern": "^[0-9]{4}$"},
            "additionalProperties": {"type": "integer", "minimum": 0},
            "minProperties": 1,
        },
    ],
}

Budget = Annotated[
    int | Mapping[int, int],
    PlainValidator(parse_budget),
    PlainSerializer(_dumped),
    WithJsonSchema(_BUDGET_SCHEMA),
]
"""``budget_eur``: whole euros (``int``), or a read-only mapping of year to whole euros."""


def budget_years(budget: int | Mapping[int, int] | None) -> Mapping[int | None, int]:
    """A budget by year; a single amount is under ``None`` (not split by year).

    Examples
    --------
    >>> budget_years(5000), budget_years(None), dict(budget_years({2024: 10}))
    ({None: 5000}, {}, {2024: 10})
    """
    if budget is None:
        return {}
    if isinstance(budget, int):
        return {None: budget}
    by_year: dict[int | None, int] = {}
    for year, amount in budget.items():
        by_year[year] = amount
    return by_year


def budget_year_diagnostics(
    entries: Sequence[tuple[DataPath, Any]],
    period: tuple[int, int] | None,
    *,
    source: str = "<string>",
    locate_key: Callable[[DataPath], Place | None] = lambda _: None,
) -> list[Diagnostic]:
    """``TOC122`` for each budget year outside the ToC's period (no check without a period).

    Parameters
    ----------
    entries
        Each activity with its data path in the file (others are skipped).
    period
        The first and last year of the ToC's ``period``, or ``None``.
    """
    if period is None:
        return []
    first, last = period
    found = []
    for path, node in entries:
        budget = getattr(node, "budget_eur", None)
        if not isinstance(budget, Mapping):
            continue
        for year in budget:
            if first <= year <= last:
                continue
            at: DataPath = (*path, "budget_eur", year)
            # a file's year keys are text (see loading.yamlsource); from a dict, numbers
            line, col = locate_key((*path, "budget_eur", str(year))) or (None, None)
            found.append(
                diagnostic(
                    "TOC122",
                    phrase(
                        "d.TOC122.period",
                        at=f"{_where(at)} ({node.id})",  # as translate's messages name the node
                        year=year,
                        first=first,
                        last=last,
                    ),
                    phrase("dh.TOC122.period"),
                    source,
                    line,
                    col,
                    node.id,
                )
            )
    return found


def _where(path: DataPath) -> str:
    """``activities[3].budget_eur[2023]`` (as :func:`tocgraph.schema.translate.where`)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class FormalRequestRules(Model):
    """The rules of :class:`TriageRules`; each one left out does not apply."""

    budget_shift_above_eur: Annotated[int, Field(ge=0, strict=True)] | None = None
    budget_shift_above_share: Annotated[float, Field(gt=0, le=1)] | None = None
    goal_lost: StrictBool = False
    toc_changed: StrictBool = False


class TriageRules(Model):
    """When a change request needs a formal request to the subsidy office.

    ``formal_request_when`` lists the rules; any one that applies makes a
    formal request necessary, and with none a change of the annual plan
    suffices. ``illustrative: true`` marks thresholds that the ministry has not
    set (the bundled policy's).

    Examples
    --------
    >>> rules = TriageRules.model_validate(
    ...     {"formal_request_when": {"budget_shift_above_eur": 100000, "goal_lost": True}})
    >>> rules.formal_request_when.goal_lost, rules.formal_request_when.toc_changed
    (True, False)
    """

    illustrative: StrictBool = False
    description: UnicodeText | None = None
    formal_request_when: FormalRequestRules

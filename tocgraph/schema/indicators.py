"""Indicators and time in the ToC format: what is measured, and when things happen.

Goals, outcomes and outputs may list ``indicators:``, each quantitative (a
number with a unit, a baseline and a target) or qualitative (findings in
words). Outcomes may give a ``horizon`` (short, medium or long term). These
models are the per-field part; rules that compare fields (a measurement that
does not fit its indicator's kind, duplicate indicator ids, an activity that
ends before it starts) are in :mod:`tocgraph.schema.indicator_rules`.
"""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, StringConstraints

from tocgraph.schema.base import Model

__all__ = [
    "HORIZONS_NL",
    "INDICATOR_KINDS_NL",
    "Horizon",
    "HorizonField",
    "Indicator",
    "IndicatorKind",
    "IndicatorKindField",
    "Measurement",
    "Number",
    "Reference",
]

_Id = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", max_length=64),
]
_Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
_Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5000)]


class IndicatorKind(StrEnum):
    """Whether an indicator is measured as a number or described in words."""

    QUANTITATIVE = "quantitative"
    QUALITATIVE = "qualitative"


INDICATOR_KINDS_NL: dict[str, IndicatorKind] = {
    "kwantitatief": IndicatorKind.QUANTITATIVE,
    "kwalitatief": IndicatorKind.QUALITATIVE,
}


class Horizon(StrEnum):
    """When an outcome is expected: in the short, medium or long term."""

    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


HORIZONS_NL: dict[str, Horizon] = {
    "korte_termijn": Horizon.SHORT,
    "middellange_termijn": Horizon.MEDIUM,
    "lange_termijn": Horizon.LONG,
    "kort": Horizon.SHORT,
    "middellang": Horizon.MEDIUM,
    "lang": Horizon.LONG,
}


def _word(value: Any) -> Any:
    """``'Korte termijn'`` as ``'korte_termijn'``: case, spaces and hyphens do not matter."""
    if isinstance(value, str):
        return "_".join(value.strip().lower().replace("-", " ").split())
    return value


def _choice(name: str, enum: type[StrEnum], dutch: dict[str, Any]) -> BeforeValidator:
    """Accept the English values and the Dutch words of ``enum``; else say what is allowed."""
    allowed = [member.value for member in enum]

    def parse(value: Any) -> Any:
        word = _word(value)
        if not isinstance(word, str):
            return value  # a mapping, list or number: pydantic reports the wrong type
        if word in allowed:
            return word
        if word in dutch:
            return dutch[word]
        raise ValueError(
            f"unknown {name}; use one of: {', '.join(allowed)} (or in Dutch: {', '.join(dutch)})"
        )

    return BeforeValidator(parse)


def _number(value: Any) -> Any:
    """A finite number; text and true/false are refused, with a hint in the message."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        if isinstance(value, str):
            raise ValueError("expected a number, got text; write it without quotes, e.g. 42")
        raise ValueError("expected a number such as 42 or 0.75")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("expected a finite number")
    return value


Number = Annotated[int | float, BeforeValidator(_number)]
"""A finite number (``12`` or ``0.75``), never text or true/false."""


def _value(value: Any) -> Any:
    """A reference value: a number, or (for qualitative indicators) a text."""
    if isinstance(value, str):
        return value
    return _number(value)


IndicatorKindField = Annotated[
    IndicatorKind, _choice("indicator kind", IndicatorKind, INDICATOR_KINDS_NL)
]
HorizonField = Annotated[Horizon, _choice("horizon", Horizon, HORIZONS_NL)]


class Reference(Model):
    """A baseline or a target: a value and the date it holds for.

    For a quantitative indicator the value is a number; for a qualitative one,
    a short description of the situation (or nothing).
    """

    value: Annotated[int | float | _Title, BeforeValidator(_value)] | None = None
    date: dt.date | None = None


class Measurement(Model):
    """One measurement of an indicator.

    A quantitative indicator's measurement has a ``value`` (a ``finding`` may
    explain it); a qualitative one's has a ``finding`` in words and no value.
    """

    date: dt.date
    value: Annotated[int | float | str, BeforeValidator(_value)] | None = None
    finding: _Text | None = None
    source: _Title | None = None


class Indicator(Model):
    """What shows that a goal, outcome or output is being reached."""

    id: _Id
    title: _Title
    kind: IndicatorKindField
    unit: _Title | None = None
    baseline: Reference | None = None
    target: Reference | None = None
    measurements: tuple[Measurement, ...] = ()

    def latest(self, as_of: dt.date | None = None) -> Measurement | None:
        """The most recent measurement (on or before ``as_of``, when given).

        Of two measurements on the same date, the later one in the file counts.

        Examples
        --------
        >>> ind = Indicator(id="I1", title="t", kind="kwantitatief",
        ...                 measurements=[{"date": "2024-06-30", "value": 3},
        ...                               {"date": "2023-12-31", "value": 1}])
        >>> ind.kind.value, ind.latest().value, ind.latest(dt.date(2024, 1, 1)).value
        ('quantitative', 3, 1)
        """
        found: Measurement | None = None
        for measurement in self.measurements:
            if as_of is not None and measurement.date > as_of:
                continue
            if found is None or measurement.date >= found.date:
                found = measurement
        return found

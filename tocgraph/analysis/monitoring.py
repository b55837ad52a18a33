"""Monitoring: what the indicators of a ToC say, and what is overdue on a date.

:func:`monitor` reports every indicator's latest measurement and, for a
quantitative one with a numeric baseline and target, its ``progress``:
``(latest - baseline) / (target - baseline)``, not clipped (below 0 is a step
back, above 1 is beyond the target). Its warnings: a goal or outcome without
an indicator in a ToC that has indicators (``TOC331``), a measurement dated
before its baseline (``TOC332``), a target equal to its baseline (``TOC333``),
and, given a date, a running activity past its end (``TOC334``).

:func:`outcome_coverage` counts the outcomes with an indicator measured in the
twelve months up to a date, for the portfolio; a qualitative finding counts as
much as a number.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from tocgraph.analysis.assessment import toc_argument
from tocgraph.errors import Diagnostic, PhraseArg, phrase
from tocgraph.i18n import diagnostic
from tocgraph.schema.base import FrozenDict
from tocgraph.schema.indicators import Horizon, Indicator, IndicatorKind, Measurement, Reference
from tocgraph.schema.model import Activity, Output, Status, ToC

__all__ = [
    "MONITORING_CODES",
    "RUNNING",
    "IndicatorReport",
    "Monitoring",
    "OutcomeCoverage",
    "measured_within",
    "monitor",
    "outcome_coverage",
    "progress",
    "year_before",
]

MONITORING_CODES = frozenset({"TOC331", "TOC332", "TOC333", "TOC334"})
"""The warning codes :func:`monitor` gives."""

RUNNING = frozenset({Status.PLANNED, Status.ON_TRACK, Status.DELAYED, Status.ADJUSTED})
"""Statuses of an activity that has not ended: it should not be past its end date."""


def progress(baseline: float, target: float, latest: float) -> float | None:
    """How far ``latest`` has come from ``baseline`` towards ``target``; not clipped.

    0 is the baseline, 1 the target; ``None`` when target equals baseline, or
    when the ratio is too large for a float (a target a hair from the baseline).

    Examples
    --------
    >>> progress(20, 40, 30), progress(20, 40, 50), progress(20, 40, 10)
    (0.5, 1.5, -0.5)
    >>> progress(10, 0, 4)  # a target below the baseline: fewer is better
    0.6
    >>> progress(5, 5, 7) is None
    True
    >>> progress(0, 1e-320, 1) is None  # would be infinite: no JSON number, no percentage
    True
    """
    if target == baseline:
        return None
    ratio = (latest - baseline) / (target - baseline)
    return ratio if math.isfinite(ratio) else None


def _number(reference: Reference | None) -> float | None:
    if reference is None or isinstance(reference.value, str) or reference.value is None:
        return None
    return reference.value


@dataclass(frozen=True)
class IndicatorReport:
    """One indicator of one node, as known on a date.

    Attributes
    ----------
    node
        The goal, outcome or output it belongs to.
    indicator
        The indicator as the file gives it.
    latest
        Its most recent measurement (on or before the date, if one was given).
    progress
        For a quantitative indicator with numeric baseline and target values and
        a measurement: ``(latest - baseline) / (target - baseline)``, unclipped.
    """

    node: str
    indicator: Indicator
    latest: Measurement | None
    progress: float | None

    @property
    def id(self) -> str:
        """The indicator's id."""
        return self.indicator.id

    def to_dict(self) -> dict[str, Any]:
        """The indicator in ``check --json``: its kind, references, latest measurement, progress."""
        ind = self.indicator
        return {
            "id": ind.id,
            "title": ind.title,
            "kind": ind.kind.value,
            "unit": ind.unit,
            "baseline": _reference_dict(ind.baseline),
            "target": _reference_dict(ind.target),
            "measurements": len(ind.measurements),
            "latest": None if self.latest is None else _measurement_dict(self.latest),
            "progress": self.progress,
        }


def _reference_dict(reference: Reference | None) -> dict[str, Any] | None:
    if reference is None:
        return None
    when = reference.date.isoformat() if reference.date else None
    return {"value": reference.value, "date": when}


def _measurement_dict(measurement: Measurement) -> dict[str, Any]:
    return {
        "date": measurement.date.isoformat(),
        "value": measurement.value,
        "finding": measurement.finding,
        "source": measurement.source,
    }


@dataclass(frozen=True)
class Monitoring:
    """The result of :func:`monitor`.

    Attributes
    ----------
    as_of
        The date the ToC is looked at, or ``None`` (every measurement counts,
        no activity is overdue).
    indicators
        Every indicator, by node in file order (goals, outcomes, outputs).
    horizons
        The horizon of each outcome that states one, by id.
    warnings
        ``TOC331``-``TOC334``, each naming its node (English texts;
        ``tocgraph.i18n.localize`` gives them in Dutch).
    """

    as_of: dt.date | None
    indicators: tuple[IndicatorReport, ...]
    horizons: Mapping[str, Horizon]
    warnings: tuple[Diagnostic, ...]

    def of(self, node_id: str) -> tuple[IndicatorReport, ...]:
        """The indicators of one node."""
        return tuple(r for r in self.indicators if r.node == node_id)


def check_day(as_of: object, parameter: str = "as_of") -> None:
    """Refuse what is not a day: a text, or a datetime (which cannot be compared with a date).

    Examples
    --------
    >>> check_day("2025-01-31")
    Traceback (most recent call last):
    ...
    TypeError: as_of must be a datetime.date such as date(2025, 1, 31), not str '2025-01-31'
    """
    if as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        raise TypeError(
            f"{parameter} must be a datetime.date such as date(2025, 1, 31), "
            f"not {type(as_of).__name__} {as_of!r}"
        )


def monitor(toc: ToC, as_of: dt.date | None = None) -> Monitoring:
    """What the indicators of ``toc`` say, and its monitoring warnings.

    Parameters
    ----------
    toc
        A valid ToC.
    as_of
        The date to look from: later measurements are left out, and running
        activities whose ``end`` is before it get ``TOC334``. ``None``: every
        measurement counts and no activity is overdue (the output does not
        depend on the day it is made).

    Examples
    --------
    >>> import tocgraph, datetime as dt
    >>> toc = tocgraph.load("models/politica.yaml")
    >>> result = monitor(toc, dt.date(2025, 1, 31))
    >>> [(r.id, round(r.progress, 2)) for r in result.of("G1")]
    [('G1.1', 0.18)]
    """
    toc = toc_argument(toc)
    check_day(as_of)
    reports: list[IndicatorReport] = []
    warnings: dict[tuple[str, str], Diagnostic] = {}

    def warn(code: str, node: str, **values: PhraseArg) -> None:
        found = diagnostic(
            code, phrase(f"d.{code}", node=node, **values), phrase(f"dh.{code}"), node=node
        )
        warnings[(code, found.message)] = found

    measured_nodes = toc.non_activities()
    any_indicator = any(node.indicators for node in measured_nodes)
    for node in measured_nodes:
        if any_indicator and not node.indicators and not isinstance(node, Output):
            warn("TOC331", node.id, kind=phrase(node.kind.value))
        for indicator in node.indicators:
            reports.append(_report(node.id, indicator, as_of))
            _indicator_warnings(node.id, indicator, warn)
    if as_of is not None:
        for activity in toc.activities:
            if _overdue(activity, as_of):
                end = activity.end.isoformat() if activity.end else ""
                warn(
                    "TOC334",
                    activity.id,
                    status=phrase(activity.status.value),
                    end=end,
                    as_of=as_of.isoformat(),
                )
    horizons = {o.id: o.horizon for o in toc.outcomes if o.horizon is not None}
    return Monitoring(
        as_of,
        tuple(reports),
        FrozenDict(horizons),
        tuple(warnings.values()),
    )


def _report(node_id: str, indicator: Indicator, as_of: dt.date | None) -> IndicatorReport:
    latest = indicator.latest(as_of)
    value: float | None = None
    if indicator.kind is IndicatorKind.QUANTITATIVE and latest is not None:
        baseline, target = _number(indicator.baseline), _number(indicator.target)
        if baseline is not None and target is not None and isinstance(latest.value, int | float):
            value = progress(baseline, target, latest.value)
    return IndicatorReport(node_id, indicator, latest, value)


def _indicator_warnings(node_id: str, indicator: Indicator, warn: Callable[..., None]) -> None:
    baseline = indicator.baseline
    if baseline is not None and baseline.date is not None:
        early = [m for m in indicator.measurements if m.date < baseline.date]
        if early:
            warn(
                "TOC332",
                node_id,
                indicator=indicator.id,
                date=min(m.date for m in early).isoformat(),
                baseline=baseline.date.isoformat(),
            )
    if indicator.kind is IndicatorKind.QUANTITATIVE:
        start, goal = _number(indicator.baseline), _number(indicator.target)
        if start is not None and start == goal:
            warn("TOC333", node_id, indicator=indicator.id, value=f"{start:g}")


def _overdue(activity: Activity, as_of: dt.date) -> bool:
    return activity.end is not None and activity.end < as_of and activity.status in RUNNING


def year_before(day: dt.date) -> dt.date:
    """The same day a year earlier (28 February for 29 February).

    Examples
    --------
    >>> year_before(dt.date(2025, 1, 31)), year_before(dt.date(2024, 2, 29))
    (datetime.date(2024, 1, 31), datetime.date(2023, 2, 28))
    >>> year_before(dt.date(1, 5, 1))  # there is no year 0: the earliest day
    datetime.date(1, 1, 1)
    """
    if day.year == dt.MINYEAR:
        return dt.date.min
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def measured_within(indicator: Indicator, as_of: dt.date) -> bool:
    """Whether the indicator has a measurement in the twelve months up to ``as_of``.

    The window is ``year_before(as_of) < date <= as_of``; a finding counts as
    much as a value.
    """
    start = year_before(as_of)
    return any(start < m.date <= as_of for m in indicator.measurements)


@dataclass(frozen=True)
class OutcomeCoverage:
    """How many outcomes of one ToC have an indicator measured in the last twelve months.

    ``with_indicator`` counts outcomes with any indicator; ``measured`` those
    with one measured in the window; ``share`` is ``measured / outcomes``
    (``None`` for a ToC without outcomes); ``latest`` is the date of the latest
    measurement of an outcome's indicator on or before the day looked from
    (``None`` without one): a share of 0 may mean measurements a year old.
    """

    outcomes: int
    with_indicator: int
    measured: int
    latest: dt.date | None = None

    @property
    def share(self) -> float | None:
        """``measured / outcomes``, or ``None`` without outcomes."""
        return self.measured / self.outcomes if self.outcomes else None


def outcome_coverage(toc: ToC, as_of: dt.date) -> OutcomeCoverage:
    """The outcomes of ``toc`` with an indicator measured in the twelve months up to ``as_of``.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/politica.yaml")
    >>> outcome_coverage(toc, dt.date(2025, 1, 31))
    OutcomeCoverage(outcomes=4, with_indicator=4, measured=3, latest=datetime.date(2024, 12, 31))
    """
    dates = [
        m.date
        for o in toc.outcomes
        for i in o.indicators
        for m in i.measurements
        if m.date <= as_of
    ]
    return OutcomeCoverage(
        outcomes=len(toc.outcomes),
        with_indicator=sum(bool(o.indicators) for o in toc.outcomes),
        measured=sum(any(measured_within(i, as_of) for i in o.indicators) for o in toc.outcomes),
        latest=max(dates, default=None),
    )

"""Indicators and time in reports: the table of indicators, numbers and progress as text.

Every output format (``check`` text, the HTML page) shows the same rows; the
JSON is :meth:`tocgraph.analysis.monitoring.IndicatorReport.to_dict`.
"""

from __future__ import annotations

import math

from tocgraph.analysis.monitoring import IndicatorReport, Monitoring
from tocgraph.i18n import Lang, text
from tocgraph.schema.indicators import IndicatorKind, Reference

__all__ = [
    "FINDING_WIDTH",
    "horizon_text",
    "indicator_rows",
    "number_text",
    "progress_text",
]

FINDING_WIDTH = 40
"""A qualitative finding is cut to this many characters in a table."""


def number_text(value: float, lang: Lang = "en") -> str:
    """A measured number as a reader writes it: a decimal comma in Dutch.

    Examples
    --------
    >>> number_text(12), number_text(0.75, "nl"), number_text(1e-7)
    ('12', '0,75', '1e-07')
    """
    shown = str(value) if isinstance(value, int) else f"{value:.10g}"
    return shown.replace(".", ",") if lang == "nl" else shown


def progress_text(progress: float | None) -> str:
    """Progress as a whole percentage, halves rounded up; not clipped.

    Examples
    --------
    >>> progress_text(0.5), progress_text(1.256), progress_text(-0.2), progress_text(None)
    ('50%', '126%', '-20%', '-')
    >>> progress_text(1e307)
    '-'
    """
    percent = None if progress is None else progress * 100 + 0.5
    if percent is None or not math.isfinite(percent):  # 1e307 is a float, 1e309 is not
        return "-"
    return f"{math.floor(percent)}%"


def horizon_text(horizon: object, lang: Lang) -> str:
    """An outcome's horizon in words (``short term``), or ``-``.

    Examples
    --------
    >>> from tocgraph.schema.indicators import Horizon
    >>> horizon_text(Horizon.LONG, "nl"), horizon_text(None, "en")
    ('lange termijn', '-')
    """
    value = getattr(horizon, "value", None)
    return text(f"horizon.{value}", lang) if value else "-"


def _cut(words: str) -> str:
    line = " ".join(words.split())
    return line if len(line) <= FINDING_WIDTH else line[: FINDING_WIDTH - 3] + "..."


def _reference(reference: Reference | None, lang: Lang) -> str:
    if reference is None:
        return "-"
    value = reference.value
    if value is None:
        shown = "-"
    else:
        shown = _cut(value) if isinstance(value, str) else number_text(value, lang)
    return f"{shown} ({reference.date.isoformat()})" if reference.date else shown


def _latest(report: IndicatorReport, lang: Lang) -> str:
    latest = report.latest
    if latest is None:
        return text("mon.none", lang)
    if report.indicator.kind is IndicatorKind.QUANTITATIVE and latest.value is not None:
        value = latest.value
        shown = value if isinstance(value, str) else number_text(value, lang)
    else:
        shown = _cut(latest.finding or "")
    return f"{latest.date.isoformat()}: {shown}"


def indicator_rows(monitoring: Monitoring, lang: Lang = "en") -> list[list[str]]:
    """The indicator table: a header, then one row per indicator (node order).

    Texts from the file (units, findings) are as written: escape them for the output.

    Examples
    --------
    >>> import tocgraph, datetime as dt
    >>> from tocgraph.analysis.monitoring import monitor
    >>> toc = tocgraph.load("models/politica.yaml")
    >>> rows = indicator_rows(monitor(toc, dt.date(2025, 1, 31)))
    >>> rows[0][:3], rows[1][-1]
    (['node', 'indicator', 'kind'], '18%')
    """
    rows = [
        [
            text("mon.col.node", lang),
            text("mon.col.indicator", lang),
            text("mon.col.kind", lang),
            text("mon.col.baseline", lang),
            text("mon.col.target", lang),
            text("mon.col.latest", lang),
            text("mon.col.progress", lang),
        ]
    ]
    for report in monitoring.indicators:
        ind = report.indicator
        unit = f" ({ind.unit})" if ind.unit else ""
        rows.append(
            [
                report.node,
                ind.id + unit,
                text(ind.kind.value, lang),
                _reference(ind.baseline, lang),
                _reference(ind.target, lang),
                _latest(report, lang),
                progress_text(report.progress),
            ]
        )
    return rows

"""Rules for indicators and dates that compare fields: run with the graph rules.

A quantitative indicator's values are numbers (``TOC231``); a qualitative
indicator's measurements are findings in words (``TOC232``); indicator ids are
unique in a ToC (``TOC233``); an activity does not end before it starts
(``TOC234``). Warnings that need no file position beyond the node (a
measurement before the baseline, a target equal to its baseline) come from the
analysis: see :mod:`tocgraph.analysis.monitoring`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from tocgraph.errors import Diagnostic, Phrase, phrase
from tocgraph.i18n import diagnostic
from tocgraph.schema.base import DataPath, Place
from tocgraph.schema.indicators import Indicator, IndicatorKind
from tocgraph.schema.nodes import Activity, Node

__all__ = ["indicator_diagnostics"]

Locate = Callable[[DataPath], Place | None]


def _nowhere(_: DataPath) -> Place | None:
    return None


def indicator_diagnostics(
    entries: Iterable[tuple[DataPath, Node]],
    *,
    source: str = "<string>",
    locate: Locate = _nowhere,
) -> list[Diagnostic]:
    """Check the indicators and activity dates of validated nodes.

    Parameters
    ----------
    entries
        Each node with its data path in the file (``("outcomes", 2)``).
    source, locate
        The file name, and where a data path is in it.

    Returns
    -------
    list of Diagnostic
        Every error found, in file order.

    Examples
    --------
    >>> from tocgraph.schema.nodes import Goal
    >>> goal = Goal(id="G1", title="g", indicators=[
    ...     {"id": "I1", "title": "Seats", "kind": "quantitative",
    ...      "measurements": [{"date": "2024-03-01", "finding": "more"}]}])
    >>> [d.code for d in indicator_diagnostics([(("goals", 0), goal)])]
    ['TOC231']
    """
    problems: list[Diagnostic] = []

    def add(code: str, path: DataPath, message: Phrase, hint: Phrase, node: str) -> None:
        line, col = locate(path) or (None, None)
        problems.append(diagnostic(code, message, hint, source, line, col, node))

    seen: dict[str, str] = {}
    for path, node in entries:
        if isinstance(node, Activity):
            if node.start is not None and node.end is not None and node.end < node.start:
                add(
                    "TOC234",
                    (*path, "end"),
                    phrase(
                        "d.TOC234",
                        node=node.id,
                        end=node.end.isoformat(),
                        start=node.start.isoformat(),
                    ),
                    phrase("dh.TOC234"),
                    node.id,
                )
            continue
        for index, indicator in enumerate(node.indicators):
            at: DataPath = (*path, "indicators", index)
            if indicator.id in seen:
                add(
                    "TOC233",
                    (*at, "id"),
                    phrase("d.TOC233", id=indicator.id, node=node.id),
                    phrase("dh.TOC233", id=indicator.id, node=seen[indicator.id]),
                    node.id,
                )
            else:
                seen[indicator.id] = node.id
            for problem in _kind_problems(indicator):
                field_path, code, message, hint = problem
                add(code, (*at, *field_path), message, hint, node.id)
    return problems


def _kind_problems(indicator: Indicator) -> list[tuple[DataPath, str, Phrase, Phrase]]:
    """Values that do not fit the indicator's kind: (path below it, code, message, hint)."""
    found: list[tuple[DataPath, str, Phrase, Phrase]] = []
    name = indicator.id
    if indicator.kind is IndicatorKind.QUANTITATIVE:
        for key in ("baseline", "target"):
            reference = getattr(indicator, key)
            if reference is not None and isinstance(reference.value, str):
                found.append(
                    (
                        (key, "value"),
                        "TOC231",
                        phrase(f"d.TOC231.{key}", id=name, got=reference.value),
                        phrase("dh.TOC231.reference"),
                    )
                )
        for index, measurement in enumerate(indicator.measurements):
            when = measurement.date.isoformat()
            if measurement.value is None:
                found.append(
                    (
                        ("measurements", index),
                        "TOC231",
                        phrase("d.TOC231.no_value", id=name, date=when),
                        phrase("dh.TOC231.no_value"),
                    )
                )
            elif isinstance(measurement.value, str):
                found.append(
                    (
                        ("measurements", index, "value"),
                        "TOC231",
                        phrase("d.TOC231.text", id=name, date=when, got=measurement.value),
                        phrase("dh.TOC231.text"),
                    )
                )
        return found
    for index, measurement in enumerate(indicator.measurements):
        when = measurement.date.isoformat()
        if measurement.value is not None:
            if isinstance(measurement.value, str):
                hint = phrase("dh.TOC232.text")
            elif measurement.finding is None:
                hint = phrase("dh.TOC232.number")
            else:
                hint = phrase("dh.TOC232.both")
            found.append(
                (
                    ("measurements", index, "value"),
                    "TOC232",
                    phrase("d.TOC232.value", id=name, date=when),
                    hint,
                )
            )
        elif measurement.finding is None:
            found.append(
                (
                    ("measurements", index),
                    "TOC232",
                    phrase("d.TOC232.no_finding", id=name, date=when),
                    phrase("dh.TOC232.no_finding"),
                )
            )
    return found

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

from tocgraph.errors import Diagnostic
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

    def add(code: str, path: DataPath, message: str, hint: str, node: str) -> None:
        line, col = locate(path) or (None, None)
        problems.append(Diagnostic(code, message, hint, source, line, col, node))

    seen: dict[str, str] = {}
    for path, node in entries:
        if isinstance(node, Activity):
            if node.start is not None and node.end is not None and node.end < node.start:
                add(
                    "TOC234",
                    (*path, "end"),
                    f"activity {node.id!r} ends ({node.end.isoformat()}) "
                    f"before it starts ({node.start.isoformat()})",
                    "check the dates; 'end' is on or after 'start'",
                    node.id,
                )
            continue
        for index, indicator in enumerate(node.indicators):
            at: DataPath = (*path, "indicators", index)
            if indicator.id in seen:
                add(
                    "TOC233",
                    (*at, "id"),
                    f"duplicate indicator id {indicator.id!r} in {node.id!r}",
                    f"indicator ids must be unique in a ToC; {indicator.id!r} is already "
                    f"used by {seen[indicator.id]!r}",
                    node.id,
                )
            else:
                seen[indicator.id] = node.id
            for problem in _kind_problems(indicator):
                field_path, code, message, hint = problem
                add(code, (*at, *field_path), message, hint, node.id)
    return problems


def _kind_problems(indicator: Indicator) -> list[tuple[DataPath, str, str, str]]:
    """Values that do not fit the indicator's kind: (path below it, code, message, hint)."""
    found: list[tuple[DataPath, str, str, str]] = []
    name = indicator.id
    if indicator.kind is IndicatorKind.QUANTITATIVE:
        for key in ("baseline", "target"):
            reference = getattr(indicator, key)
            if reference is not None and isinstance(reference.value, str):
                found.append(
                    (
                        (key, "value"),
                        "TOC231",
                        f"the {key} of quantitative indicator {name!r} is not a number "
                        f"(got {reference.value!r})",
                        "write a number without quotes, e.g. 'value: 12'; or, if the "
                        "indicator is described in words, set 'kind: qualitative'",
                    )
                )
        for index, measurement in enumerate(indicator.measurements):
            when = measurement.date.isoformat()
            if measurement.value is None:
                found.append(
                    (
                        ("measurements", index),
                        "TOC231",
                        f"measurement {when} of quantitative indicator {name!r} has no value",
                        "add 'value: <number>' (a 'finding' may explain it); or, if the "
                        "indicator is described in words, set 'kind: qualitative'",
                    )
                )
            elif isinstance(measurement.value, str):
                found.append(
                    (
                        ("measurements", index, "value"),
                        "TOC231",
                        f"measurement {when} of quantitative indicator {name!r} is not "
                        f"a number (got {measurement.value!r})",
                        "write the number without quotes, e.g. 'value: 12'; put words "
                        "under 'finding:'",
                    )
                )
        return found
    for index, measurement in enumerate(indicator.measurements):
        when = measurement.date.isoformat()
        if measurement.value is not None:
            if isinstance(measurement.value, str):
                hint = "write 'finding: ...' instead of 'value: ...'"
            elif measurement.finding is None:
                hint = (
                    "if the indicator is measured as a number, set 'kind: quantitative'; "
                    "else write what was observed under 'finding:'"
                )
            else:
                hint = (
                    "remove 'value:' (the finding is the measurement), or set 'kind: quantitative'"
                )
            found.append(
                (
                    ("measurements", index, "value"),
                    "TOC232",
                    f"measurement {when} of qualitative indicator {name!r} has a value; "
                    "qualitative measurements are findings in words",
                    hint,
                )
            )
        elif measurement.finding is None:
            found.append(
                (
                    ("measurements", index),
                    "TOC232",
                    f"measurement {when} of qualitative indicator {name!r} has no finding",
                    "add 'finding: <what was observed>'",
                )
            )
    return found

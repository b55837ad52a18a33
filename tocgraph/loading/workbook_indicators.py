"""The Indicators and Measurements sheets of a workbook (see ``docs/spreadsheets.md``).

:mod:`tocgraph.loading.workbook` reads the other sheets and calls these on
the data it builds: each indicator row is added to its node, each measurement
row to its indicator, and every value is placed at its cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Protocol

from tocgraph.errors import Phrase, phrase
from tocgraph.loading.sheets import Cell, Grid
from tocgraph.schema.base import DataPath

__all__ = [
    "INDICATOR_COLUMNS",
    "MEASUREMENT_COLUMNS",
    "SheetBook",
    "as_date",
    "as_number",
    "as_text",
    "read_indicators",
    "read_measurements",
]

INDICATOR_COLUMNS = {
    "node": ("node", "knoop"),
    "id": ("id",),
    "title": ("title", "titel"),
    "kind": ("kind", "soort"),
    "unit": ("unit", "eenheid"),
    "baseline": ("baseline", "nulmeting"),
    "baseline_date": ("baseline_date", "nulmeting_datum"),
    "target": ("target", "streefwaarde"),
    "target_date": ("target_date", "streefwaarde_datum"),
}
MEASUREMENT_COLUMNS = {
    "indicator": ("indicator",),
    "date": ("date", "datum"),
    "value": ("value", "waarde"),
    "finding": ("finding", "bevinding"),
    "source": ("source", "bron"),
}


class SheetBook(Protocol):
    """The data being built from a workbook: where each value is, and problems."""

    def at(self, path: DataPath, cell: Cell) -> None:
        """Record that the value at ``path`` came from ``cell``."""

    def problem(self, code: str, message: Phrase, hint: Phrase | None, cell: Cell | None) -> None:
        """Record a problem at ``cell``."""

    def columns(self, grid: Grid, known: Mapping[str, tuple[str, ...]]) -> dict[int, str]:
        """Column index -> canonical name, from the header row."""


def as_text(value: Any) -> Any:
    """A number typed into a text field, as text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def as_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    return value.isoformat() if isinstance(value, dt.date) else value


def as_number(value: Any) -> Any:
    """A number typed as text in a CSV cell (``12``, ``0.75``); other text stays text."""
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            pass
        try:
            return float(value)
        except ValueError:
            return value
    return value


def read_indicators(
    book: SheetBook, grid: Grid | None, data: dict[str, Any], where: dict[str, DataPath]
) -> dict[str, DataPath]:
    """Add the Indicators sheet's rows to their nodes; return each indicator id's data path.

    An indicator whose node is unknown maps to ``()``: its measurements are not
    reported again.
    """
    found: dict[str, DataPath] = {}
    if grid is None:
        return found
    columns = book.columns(grid, INDICATOR_COLUMNS)
    for row in grid.rows[1:]:
        fields = {columns[i]: (v, c) for i, (v, c) in enumerate(row) if i in columns}
        owner, owner_cell = fields.pop("node", (None, row[0][1]))
        node_path = where.get(as_text(owner)) if owner is not None else None
        if not node_path or node_path[0] == "activities":
            book.problem(
                "TOC202" if owner is not None else "TOC103",
                phrase("d.workbook.indicator_node", node=str(owner), sheet=grid.title)
                if owner is not None
                else phrase("d.workbook.no_indicator_node", sheet=grid.title),
                phrase("dh.workbook.indicator_node"),
                owner_cell,
            )
            found.setdefault(as_text(fields.get("id", (None,))[0]), ())
            continue
        node = data[str(node_path[0])][int(node_path[1])]
        items = node.setdefault("indicators", [])
        path: DataPath = (*node_path, "indicators", len(items))
        book.at(path, row[0][1])
        indicator: dict[str, Any] = {}
        for key, (value, cell) in fields.items():
            if value is None:
                continue
            name, _, part = key.partition("_")
            if name in ("baseline", "target"):
                reference = indicator.setdefault(name, {})
                field = "date" if part else "value"
                reference[field] = as_date(value) if part else as_number(value)
                book.at((*path, name), cell)
                book.at((*path, name, field), cell)
            else:
                indicator[key] = as_text(value)
                book.at((*path, key), cell)
        items.append(indicator)
        if isinstance(indicator.get("id"), str):
            found.setdefault(indicator["id"], path)
    return found


def read_measurements(
    book: SheetBook, grid: Grid | None, data: dict[str, Any], where: dict[str, DataPath]
) -> None:
    """Add the Measurements sheet's rows to their indicators."""
    if grid is None:
        return
    columns = book.columns(grid, MEASUREMENT_COLUMNS)
    for row in grid.rows[1:]:
        fields = {columns[i]: (v, c) for i, (v, c) in enumerate(row) if i in columns}
        owner, owner_cell = fields.pop("indicator", (None, row[0][1]))
        path = where.get(as_text(owner)) if owner is not None else None
        if path is None:
            book.problem(
                "TOC202" if owner is not None else "TOC103",
                phrase("d.workbook.measurement_indicator", indicator=str(owner), sheet=grid.title)
                if owner is not None
                else phrase("d.workbook.no_measurement_indicator", sheet=grid.title),
                phrase("dh.workbook.measurement_indicator"),
                owner_cell,
            )
            continue
        if not path:
            continue  # an indicator with an unknown node: reported already
        indicator = data[str(path[0])][int(path[1])]["indicators"][int(path[3])]
        items = indicator.setdefault("measurements", [])
        at: DataPath = (*path, "measurements", len(items))
        book.at(at, row[0][1])
        measurement: dict[str, Any] = {}
        for key, (value, cell) in fields.items():
            if value is None:
                continue
            convert = {"date": as_date, "value": as_number}.get(key, as_text)
            measurement[key] = convert(value)
            book.at((*at, key), cell)
        items.append(measurement)

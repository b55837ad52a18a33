"""From a workbook (xlsx, or a folder of CSV files) to a validated ToC, errors located by cell.

The workbook is turned into the plain data of a ToC file plus a map from each
data path to its cell; :func:`~tocgraph.loading.load.validate_toc` then checks it
exactly as it checks YAML, so the codes and hints are the same. Each diagnostic
is placed at its cell: ``book.xlsx:Links!B7: error[TOC202]: ...``. The format is
in ``docs/spreadsheets.md``; :mod:`tocgraph.report.workbook` writes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tocgraph.errors import Diagnostic, InvalidToCError, Phrase, phrase
from tocgraph.hints import known_phrase
from tocgraph.i18n import diagnostic
from tocgraph.loading.document import TOC, check_mapping
from tocgraph.loading.load import collector_paused, validate_toc
from tocgraph.loading.sheets import Cell, Grid, as_budget, as_int, header_columns, read_grids
from tocgraph.loading.workbook_indicators import as_date, read_indicators, read_measurements
from tocgraph.loading.yamlsource import Positions
from tocgraph.schema.base import DataPath
from tocgraph.schema.model import ACTIVITY_STATUSES_NL, Status, ToC

__all__ = ["SHEET_NAMES", "load_workbook_toc", "place_by_cell"]

SHEET_NAMES = {
    "toc": ("toc",),
    "nodes": ("nodes", "knopen"),
    "links": ("links", "verbanden", "koppelingen"),
    "indicators": ("indicators", "indicatoren"),
    "measurements": ("measurements", "metingen"),
    "assumptions": ("assumptions", "aannames"),
    "evidence": ("evidence", "onderbouwing"),
}
TOC_FIELDS = {
    "tocgraph": ("tocgraph",),
    "id": ("id",),
    "name": ("name", "naam"),
    "lead": ("lead", "penvoerder"),
    "partners": ("partners",),
    "period_start": ("period_start", "periode_start", "periode_begin"),
    "period_end": ("period_end", "periode_eind", "periode_einde"),
    "subsidy_ceiling_eur": ("subsidy_ceiling_eur", "subsidieplafond_eur"),
    "existed_2017_2022": ("existed_2017_2022", "bestond_2017_2022"),
    "illustrative": ("illustrative", "illustratief"),
    "description": ("description", "beschrijving", "omschrijving"),
}
NODE_COLUMNS = {
    "id": ("id",),
    "level": ("level", "niveau"),
    "title": ("title", "titel"),
    "requires": ("requires", "vereist"),
    "status": ("status",),
    "partner": ("partner",),
    "strategy": ("strategy", "strategie"),
    "budget_eur": ("budget_eur", "begroting_eur"),
    "serves": ("serves", "dient"),
    "horizon": ("horizon", "termijn"),
    "start": ("start", "begin"),
    "end": ("end", "eind", "einde"),
    "description": ("description", "beschrijving", "omschrijving"),
}
LINK_COLUMNS = {
    "from": ("from", "van"),
    "to": ("to", "naar"),
    "assumption": ("assumption", "aanname"),
    "assumptions": ("assumptions", "aannames"),
}
ASSUMPTION_COLUMNS = {
    "id": ("id",),
    "text": ("text", "tekst"),
    "status": ("status",),
}
EVIDENCE_COLUMNS = {
    "assumption": ("assumption", "aanname"),
    "source": ("source", "bron"),
    "strength": ("strength", "sterkte"),
    "note": ("note", "notitie"),
}
LEVELS = {
    "goal": "goals",
    "doel": "goals",
    "outcome": "outcomes",
    "uitkomst": "outcomes",
    "output": "outputs",
    "activity": "activities",
    "activiteit": "activities",
}
_TRUE = {"true", "yes", "ja", "waar", "1"}
_FALSE = {"false", "no", "nee", "onwaar", "0"}


class _Book:
    """The data being built, its cells by data path, and problems found on the way."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cells: list[Cell] = []
        self.positions = Positions()
        self.problems: list[Diagnostic] = []

    def at(self, path: DataPath, cell: Cell) -> None:
        self.cells.append(cell)
        self.positions.values[path] = (len(self.cells), 1)

    def problem(self, code: str, message: Phrase, hint: Phrase | None, cell: Cell | None) -> None:
        where = cell.name() if cell is not None else self.source
        self.problems.append(diagnostic(code, message, hint, where))

    def columns(self, grid: Grid, known: Mapping[str, tuple[str, ...]]) -> dict[int, str]:
        """Column index -> canonical name, from the header row; unknown headers are problems."""
        found, problems = header_columns(
            grid,
            known,
            lambda column: phrase("d.workbook.unknown_column", column=column, sheet=grid.title),
            phrase(
                "dh.workbook.columns",
                columns=", ".join(known),
                dutch=", ".join(n[-1] for n in known.values()),
            ),
        )
        self.problems += problems
        return found


_STATUS_WORDS = frozenset([*(s.value for s in Status), *ACTIVITY_STATUSES_NL])


def _as_bool(value: Any) -> Any:
    if isinstance(value, str) and value.lower() in _TRUE | _FALSE:
        return value.lower() in _TRUE
    return value


def _as_status(value: Any) -> Any:
    """A status word in any case (``Afgerond``, ``On track``) as a ToC file writes it."""
    if not isinstance(value, str):
        return _as_text(value)
    word = value.strip().lower().replace(" ", "_")
    return word if word in _STATUS_WORDS else value


def _as_text(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def _header(book: _Book, grid: Grid | None, data: dict[str, Any]) -> None:
    if grid is None:
        book.problem("TOC103", phrase("d.workbook.no_toc"), phrase("dh.workbook.no_toc"), None)
        return
    aliases = {alias: key for key, names in TOC_FIELDS.items() for alias in names}
    period: dict[str, Any] = {}
    seen: set[str] = set()
    for row in grid.rows:
        label, label_cell = row[0]
        if label is None or str(label).lower() in ("field", "veld"):
            continue
        key = aliases.get(str(label).lower().replace(" ", "_"))
        if key is None:
            book.problem(
                "TOC101",
                phrase("d.workbook.unknown_field", field=str(label), sheet=grid.title),
                phrase("dh.workbook.fields", fields=", ".join(TOC_FIELDS)),
                label_cell,
            )
            continue
        if key in seen:  # the later row would silently win
            book.problem(
                "TOC005",
                phrase("d.workbook.field_twice", field=str(label), sheet=grid.title),
                phrase("dh.workbook.keep_one"),
                label_cell,
            )
            continue
        seen.add(key)
        values = [(v, c) for v, c in row[1:] if v is not None]
        value, cell = values[0] if values else (None, row[1][1] if len(row) > 1 else label_cell)
        if key == "partners":
            data["partners"] = [_as_text(v) for v, _ in values]
            book.at(("partners",), cell)
            for i, (_, c) in enumerate(values):
                book.at(("partners", i), c)
            continue
        if value is None:
            continue
        if key in ("period_start", "period_end"):
            part = key.removeprefix("period_")
            period[part] = value.isoformat() if isinstance(value, dt.date) else value
            book.at(("period", part), cell)
            book.at(("period",), cell)
            continue
        convert = {"tocgraph": as_int, "subsidy_ceiling_eur": as_int}.get(key, _as_text)
        boolean = key in ("existed_2017_2022", "illustrative")
        data[key] = _as_bool(value) if boolean else convert(value)
        book.at((key,), cell)
    if period:
        data["period"] = period


def _nodes(book: _Book, grid: Grid | None, data: dict[str, Any]) -> dict[str, DataPath]:
    """Fill the sections from the Nodes sheet; return each node id's data path."""
    where: dict[str, DataPath] = {}
    if grid is None:
        book.problem("TOC103", phrase("d.workbook.no_nodes"), phrase("dh.workbook.no_nodes"), None)
        return where
    columns = book.columns(grid, NODE_COLUMNS)
    for row in grid.rows[1:]:
        fields = {columns[i]: (v, c) for i, (v, c) in enumerate(row) if i in columns}
        level, level_cell = fields.pop("level", (None, row[0][1]))
        section = LEVELS.get(str(level).lower().rstrip("s")) if level is not None else None
        if section is None:
            book.problem(
                "TOC102" if level is not None else "TOC103",
                phrase("d.workbook.no_level", sheet=grid.title)
                if level is None
                else phrase("d.workbook.level", level=str(level), sheet=grid.title),
                phrase("dh.workbook.levels"),
                level_cell,
            )
            where[_as_text(fields.get("id", (None,))[0])] = ()  # its links are not checked
            continue
        items = data.setdefault(section, [])
        path: DataPath = (section, len(items))
        book.at(path, row[0][1])
        node: dict[str, Any] = {}
        for key, (value, cell) in fields.items():
            if value is None:
                continue
            if key == "requires":
                value = as_int(value)
            elif key == "budget_eur":
                try:
                    value = as_budget(value)
                except ValueError as twice:  # '2023: 1; 2023: 2' kept only the last amount
                    key_name = phrase("d.TOC005", key=str(twice))
                    book.problem("TOC005", key_name, phrase("dh.workbook.year_twice"), cell)
                    continue
            elif key == "status":
                value = _as_status(value)
            elif key == "serves":
                value = [part.strip() for part in str(value).split(",") if part.strip()]
            elif key in ("start", "end"):
                value = as_date(value)
            else:
                value = _as_text(value)
            node[key] = value
            book.at((*path, key), cell)
        items.append(node)
        if isinstance(node.get("id"), str):
            where.setdefault(node["id"], path)
    return where


def _links(
    book: _Book, grid: Grid | None, data: dict[str, Any], where: dict[str, DataPath]
) -> bool:
    """Read the links into ``data``; False when the sheet is missing but needed."""
    if grid is None:  # a ToC of goals only needs no links; any other node would be cut off
        if any(data.get(section) for section in ("outcomes", "outputs", "activities")):
            book.problem(
                "TOC103", phrase("d.workbook.no_links"), phrase("dh.workbook.no_links"), None
            )
            return False
        return True
    columns = book.columns(grid, LINK_COLUMNS)
    for row in grid.rows[1:]:
        fields = {columns[i]: (v, c) for i, (v, c) in enumerate(row) if i in columns}
        source, source_cell = fields.get("from", (None, row[0][1]))
        target, target_cell = fields.get("to", (None, row[0][1]))
        source, target = _as_text(source), _as_text(target)
        if source not in where:
            known = ", ".join([str(n) for n in where][:12])
            book.problem(
                "TOC202" if source is not None else "TOC103",
                phrase("d.workbook.from", node=str(source))
                if source
                else phrase("d.workbook.no_from"),
                phrase("dh.workbook.nodes", nodes=known),
                source_cell,
            )
            continue
        node_path = where[source]
        if not node_path:
            continue  # a node with a bad level: reported already
        if node_path[0] == "goals":
            book.problem(
                "TOC203",
                phrase("d.workbook.goal_link", node=str(source)),
                phrase("dh.workbook.goal_link"),
                source_cell,
            )
            continue
        node = data[str(node_path[0])][int(node_path[1])]
        links = node.setdefault("contributes_to", [])
        path = (*node_path, "contributes_to", len(links))
        link: dict[str, Any] = {"to": target}
        book.at(path, target_cell)
        book.at((*path, "to"), target_cell)
        assumption, assumption_cell = fields.get("assumption", (None, None))
        if assumption is not None and assumption_cell is not None:
            link["assumption"] = _as_text(assumption)
            book.at((*path, "assumption"), assumption_cell)
        named, named_cell = fields.get("assumptions", (None, None))
        if named is not None and named_cell is not None:
            link["assumptions"] = [p.strip() for p in str(named).split(",") if p.strip()]
            book.at((*path, "assumptions"), named_cell)
            for i in range(len(link["assumptions"])):
                book.at((*path, "assumptions", i), named_cell)
        links.append(link)
    return True


def _assumptions(book: _Book, grid: Grid | None, data: dict[str, Any]) -> None:
    """Named assumptions, one per row of the Assumptions sheet."""
    if grid is None:
        return
    columns = book.columns(grid, ASSUMPTION_COLUMNS)
    items = data.setdefault("assumptions", [])
    for row in grid.rows[1:]:
        fields = {columns[i]: (v, c) for i, (v, c) in enumerate(row) if i in columns}
        path: DataPath = ("assumptions", len(items))
        book.at(path, row[0][1])
        item: dict[str, Any] = {}
        for key, (value, cell) in fields.items():
            if value is not None:
                item[key] = _as_text(value)
                book.at((*path, key), cell)
        items.append(item)


def _evidence(book: _Book, grid: Grid | None, data: dict[str, Any]) -> None:
    """Evidence rows, each added to the assumption it names."""
    if grid is None:
        return
    columns = book.columns(grid, EVIDENCE_COLUMNS)
    items = data.get("assumptions", [])
    index = {item.get("id"): i for i, item in enumerate(items)}
    for row in grid.rows[1:]:
        fields = {columns[i]: (v, c) for i, (v, c) in enumerate(row) if i in columns}
        name, name_cell = fields.pop("assumption", (None, row[0][1]))
        if _as_text(name) not in index:
            book.problem(
                "TOC221",
                phrase("d.workbook.evidence", name=str(name)),
                known_phrase(phrase("dh.label.assumptions"), [str(n) for n in index]),
                name_cell,
            )
            continue
        position = index[_as_text(name)]
        evidence = items[position].setdefault("evidence", [])
        path: DataPath = ("assumptions", position, "evidence", len(evidence))
        book.at(path, name_cell)
        entry: dict[str, Any] = {}
        for key, (value, cell) in fields.items():
            if value is not None:
                entry[key] = _as_text(value)
                book.at((*path, key), cell)
        evidence.append(entry)


def place_by_cell(problems: list[Diagnostic], source: str, cells: list[Cell]) -> list[Diagnostic]:
    """Diagnostics whose (stand-in) line number indexes ``cells``, placed at that cell."""
    placed = []
    for problem in problems:
        if problem.path == source and problem.line is not None and 0 < problem.line <= len(cells):
            name = cells[problem.line - 1].name()
            problem = dataclasses.replace(problem, path=name, line=None, column=None)
        placed.append(problem)
    return placed


def load_workbook_toc(path: str | Path, *, encoding: str = "utf-8") -> ToC:
    """Read a ToC from an xlsx workbook or a folder of CSV files.

    CSV files are read as UTF-8 (or UTF-16 with its byte-order mark), or as
    Windows-1252 with ``encoding="windows-1252"``: never guessed.

    Raises
    ------
    InvalidToCError
        With every problem found, each at its cell (``book.xlsx:Links!B7``).

    Examples
    --------
    >>> import tempfile, pathlib, tocgraph
    >>> from tocgraph.report.workbook import xlsx_bytes
    >>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> book = pathlib.Path(tempfile.mkdtemp()) / "book.xlsx"
    >>> _ = book.write_bytes(xlsx_bytes(toc))
    >>> load_workbook_toc(book) == toc
    True
    """
    source = str(path)
    grids = read_grids(path, SHEET_NAMES, encoding=encoding)
    book = _Book(source)
    data: dict[str, Any] = {}
    _header(book, grids.get("toc"), data)
    where = _nodes(book, grids.get("nodes"), data)
    linked = _links(book, grids.get("links"), data, where)
    indicators = read_indicators(book, grids.get("indicators"), data, where)
    read_measurements(book, grids.get("measurements"), data, indicators)
    _assumptions(book, grids.get("assumptions"), data)
    _evidence(book, grids.get("evidence"), data)
    problems = list(book.problems)
    if "toc" not in grids or "nodes" not in grids or not linked:
        raise InvalidToCError(problems)  # checking the rest would only repeat what is missing
    toc = None
    try:
        with collector_paused():
            toc = validate_toc(check_mapping(data, book.positions, source, TOC)).toc
    except InvalidToCError as exc:
        problems.extend(place_by_cell(list(exc.diagnostics), source, book.cells))
    if problems or toc is None:
        raise InvalidToCError(problems)
    return toc

"""A ToC as a workbook: sheets ``ToC``, ``Nodes`` and ``Links``, as xlsx or CSV.

The format is described in ``docs/spreadsheets.md``; :mod:`tocgraph.loading.workbook`
reads it back. Every cell a user could have typed is written as text that a
spreadsheet program shows and never evaluates (see :func:`safe_csv_cell`), and the
bytes are the same on every run (fixed workbook metadata and zip timestamps).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from typing import Any

from tocgraph.schema.model import Activity, Goal, Outcome, ToC

__all__ = [
    "FORMULA_STARTS",
    "LINK_COLUMNS",
    "NODE_COLUMNS",
    "SHEETS",
    "TOC_FIELDS",
    "csv_files",
    "ooxml_escape",
    "safe_csv_cell",
    "toc_sheets",
    "toc_yaml",
    "xlsx_bytes",
]

SHEETS = ("ToC", "Nodes", "Links", "Assumptions", "Evidence")
"""The sheet names, in order (CSV: ``toc.csv``, ``nodes.csv``, ``links.csv``, ...).

``Assumptions`` and ``Evidence`` (and the ``assumptions`` column of ``Links``)
are written only for a ToC with named assumptions."""
TOC_FIELDS = (
    "tocgraph",
    "id",
    "name",
    "lead",
    "partners",
    "period_start",
    "period_end",
    "subsidy_ceiling_eur",
    "existed_2017_2022",
    "illustrative",
    "description",
)
NODE_COLUMNS = (
    "id",
    "level",
    "title",
    "requires",
    "status",
    "partner",
    "strategy",
    "budget_eur",
    "serves",
    "horizon",
    "start",
    "end",
    "description",
)
LINK_COLUMNS = ("from", "to", "assumption")
INDICATOR_COLUMNS = (
    "node",
    "id",
    "title",
    "kind",
    "unit",
    "baseline",
    "baseline_date",
    "target",
    "target_date",
)
MEASUREMENT_COLUMNS = ("indicator", "date", "value", "finding", "source")
ASSUMPTION_COLUMNS = ("id", "text", "status")
EVIDENCE_COLUMNS = ("assumption", "source", "strength", "note")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these could be taken for a formula."""

Cell = str | int | float | bool | None
Sheet = list[list[Cell]]


def toc_sheets(toc: ToC) -> dict[str, Sheet]:
    """The three sheets of ``toc``, each a list of rows (the first row is the header).

    Examples
    --------
    >>> import tocgraph
    >>> sheets = toc_sheets(tocgraph.load("models/worden-wie-je-bent.yaml"))
    >>> sheets["Links"][0], sheets["Nodes"][1][:2]
    (['from', 'to', 'assumption'], ['G1', 'goal'])
    """
    if not isinstance(toc, ToC):
        raise TypeError(f"toc must be a ToC (tocgraph.load), not {type(toc).__name__}")
    header: Sheet = [["field", "value"]]
    values: dict[str, Any] = {
        "tocgraph": 1,
        "id": toc.id,
        "name": toc.name,
        "lead": toc.lead,
        "period_start": toc.period.start.isoformat() if toc.period else None,
        "period_end": toc.period.end.isoformat() if toc.period else None,
        "subsidy_ceiling_eur": toc.subsidy_ceiling_eur,
        "existed_2017_2022": toc.existed_2017_2022,
        "illustrative": toc.illustrative or None,
        "description": toc.description,
    }
    for name in TOC_FIELDS:
        if name == "partners":
            if toc.partners is not None:
                header.append(["partners", *toc.partners])
        elif values[name] is not None:
            header.append([name, values[name]])
    # the budget column only when an activity states a budget: other sheets stay as they were
    columns = [
        c
        for c in NODE_COLUMNS
        if c != "budget_eur" or any(a.budget_eur is not None for a in toc.activities)
    ]
    nodes: Sheet = [list(columns)]
    named = bool(toc.assumptions)
    links: Sheet = [[*LINK_COLUMNS, *(["assumptions"] if named else [])]]
    for node in toc.nodes():
        row: dict[str, Cell] = {"id": node.id, "level": node.kind.value, "title": node.title}
        row["description"] = node.description
        if isinstance(node, Activity):
            row["status"] = node.status.value
            row["partner"] = node.partner
            row["strategy"] = node.strategy.value if node.strategy else None
            row["start"] = node.start.isoformat() if node.start else None
            row["end"] = node.end.isoformat() if node.end else None
            row["budget_eur"] = _budget_cell(node)
        elif "requires" in node.model_fields_set:  # unstated: TOC306 must still see it so
            row["requires"] = node.requires
        if isinstance(node, Outcome) and node.horizon is not None:
            row["horizon"] = node.horizon.value
        if isinstance(node, Goal):
            row["serves"] = ", ".join(node.serves) or None
        else:
            links.extend(
                [
                    node.id,
                    link.to,
                    link.assumption,
                    *([", ".join(link.assumptions) or None] if named else []),
                ]
                for link in node.contributes_to
            )
        nodes.append([row.get(column) for column in columns])
    sheets = {"ToC": header, "Nodes": nodes, "Links": links}
    if named:
        assumptions: Sheet = [list(ASSUMPTION_COLUMNS)]
        assumptions += [[a.id, a.text, a.status.value] for a in toc.assumptions]
        evidence: Sheet = [list(EVIDENCE_COLUMNS)]
        evidence += [
            [a.id, e.source, e.strength.value, e.note] for a in toc.assumptions for e in a.evidence
        ]
        sheets["Assumptions"] = assumptions
        sheets["Evidence"] = evidence
    return sheets | _indicator_sheets(toc)


def _indicator_sheets(toc: ToC) -> dict[str, Sheet]:
    """The Indicators and Measurements sheets, for a ToC that has indicators."""
    indicators: Sheet = [list(INDICATOR_COLUMNS)]
    measurements: Sheet = [list(MEASUREMENT_COLUMNS)]
    for node in toc.nodes():
        if isinstance(node, Activity):
            continue
        for ind in node.indicators:
            base, goal = ind.baseline, ind.target
            indicators.append(
                [
                    node.id,
                    ind.id,
                    ind.title,
                    ind.kind.value,
                    ind.unit,
                    base.value if base else None,
                    base.date.isoformat() if base and base.date else None,
                    goal.value if goal else None,
                    goal.date.isoformat() if goal and goal.date else None,
                ]
            )
            measurements.extend(
                [ind.id, m.date.isoformat(), m.value, m.finding, m.source] for m in ind.measurements
            )
    if len(indicators) == 1:
        return {}
    return {"Indicators": indicators, "Measurements": measurements}


def _budget_cell(activity: Activity) -> Cell:
    """A budget as one cell: the number, or ``2023: 60000; 2024: 60000`` per year."""
    budget = activity.budget_eur
    if budget is None or isinstance(budget, int):
        return budget
    return "; ".join(f"{year}: {amount}" for year, amount in budget.items())


def safe_csv_cell(value: Cell) -> str:
    """A cell's CSV text; text that could be a formula (or starts with ``'``) gets a ``'``.

    Spreadsheet programs show a leading apostrophe as "this is text" and hide it;
    the reader removes one leading apostrophe.

    Examples
    --------
    >>> [safe_csv_cell(v) for v in ("=1+1", "-x", "'a", "ok", 3, None, True)]
    ["'=1+1", "'-x", "''a", 'ok', '3', '', 'true']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if text.startswith((*FORMULA_STARTS, "'")):
        return "'" + text
    return text


def csv_files(toc: ToC) -> dict[str, str]:
    """The workbook as CSV texts by file name (``toc.csv``, ``nodes.csv``, ``links.csv``, ...).

    Every sheet is written, an optional one with its header alone when the ToC
    has nothing for it. So exporting into the folder of an earlier export leaves
    none of that export's sheets behind, for ``import`` to read back (found by
    fuzzing: removed indicators and assumptions came back).
    """
    files = {}
    sheets = toc_sheets(toc)
    for name, columns in _OPTIONAL_SHEETS.items():
        sheets.setdefault(name, [list(columns)])
    for name, rows in sheets.items():
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180; a CR in a cell is quoted
        for row in rows:
            writer.writerow([safe_csv_cell(cell) for cell in row])
        files[f"{name.lower()}.csv"] = out.getvalue()
    return files


_OPTIONAL_SHEETS = {
    "Indicators": INDICATOR_COLUMNS,
    "Measurements": MEASUREMENT_COLUMNS,
    "Assumptions": ASSUMPTION_COLUMNS,
    "Evidence": EVIDENCE_COLUMNS,
}


_FIXED_TIME = "2000-01-01T00:00:00Z"
_STAMP = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


_EXACT_FLOAT = 2**53
"""Whole numbers above this are written to xlsx as text: spreadsheets hold numbers as
doubles, which would round 12345678901234567 to 12345678901234568 (found by fuzzing)."""


CELL_CHARACTERS = 32_767
"""The most characters a cell of an xlsx workbook holds (Excel's limit; openpyxl cuts the rest)."""


def xlsx_bytes(toc: ToC) -> bytes:
    """The workbook as xlsx bytes: text cells are strings (never formulas); same bytes every run."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.styles.cell_style import StyleArray

    from tocgraph.errors import TocGraphError

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    fixed = dt.datetime(2000, 1, 1)
    book.properties.creator = "tocgraph"
    book.properties.created = fixed
    book.properties.modified = fixed
    for name, rows in toc_sheets(toc).items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c)
                if isinstance(value, str):
                    if ILLEGAL_CHARACTERS_RE.search(value):
                        raise TocGraphError(
                            f"{name}!{cell.coordinate}: the text holds a control character that "
                            "an xlsx file cannot store; remove it, or export --to csv"
                        )
                    escaped = ooxml_escape(value)
                    if len(escaped) > CELL_CHARACTERS:  # openpyxl would cut it off, silently
                        raise TocGraphError(
                            f"{name}!{cell.coordinate}: the text has {len(escaped):,} characters;"
                            f" a workbook cell holds {CELL_CHARACTERS:,}: shorten it, or export"
                            " --to csv"
                        )
                    cell.value = escaped
                    cell.data_type = "s"  # text, even when it starts with '=' (not a formula)
                    if value.startswith(FORMULA_STARTS):
                        style = cell._style or StyleArray()
                        style.quotePrefix = 1  # Excel's "typed as text": shown, never evaluated
                        cell._style = style
                elif isinstance(value, int) and abs(value) > _EXACT_FLOAT:
                    cell.value = str(value)  # a spreadsheet's number would round it
                    cell.data_type = "s"
                else:
                    cell.value = value
                if (r == 1) if name != "ToC" else (c == 1):
                    cell.font = Font(bold=True)
        sheet.freeze_panes = "A2" if name != "ToC" else None
    raw = io.BytesIO()
    book.save(raw)
    return _deterministic_zip(raw.getvalue())


def ooxml_escape(text: str) -> str:
    """A carriage return as ``_x000D_`` (XML would read it back as a line feed), as Excel does.

    So are U+FFFE and U+FFFF, which a title may hold but no XML document
    (written as they are, they made the file unreadable), and, should one
    get this far, a lone surrogate.
    A literal ``_xHHHH_`` gets its underscore escaped, so reading unescapes exactly.

    Examples
    --------
    >>> ooxml_escape("a\\rb _x0041_ \\ufffe")
    'a_x000D_b _x005F_x0041_ _xFFFE_'
    """
    text = _ESCAPED.sub(r"_x005F_\1", text).replace("\r", "_x000D_")
    return _NOT_XML.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


_ESCAPED = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _deterministic_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps for every member and the document properties."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = _STAMP.sub(rf"\g<1>{_FIXED_TIME}\g<3>", payload.decode()).encode()
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, payload)
    return out.getvalue()


_UNFOLDED = 1_000_000
"""A line width no text reaches: PyYAML folds longer plain texts over two lines."""


def toc_yaml(toc: ToC, schema: str = "schemas/tocgraph.schema.json") -> str:
    """``toc`` as ToC YAML text, with the schema comment on top (defaults left out).

    A link that names only its target is written in the short form (``- O1``),
    and no text is folded over two lines, so a large ToC comes out in the
    plain block style that loads without the YAML parser (see ``docs/cli.md``,
    "Large files").

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> tocgraph.loads(toc_yaml(toc)) == toc
    True
    """
    import yaml

    data = toc.model_dump(mode="json", exclude_defaults=True)
    data = {"tocgraph": 1, **data}
    for section in ("goals", "outcomes", "outputs"):  # a stated requires: any is kept
        nodes = data.get(section, [])
        for i, model in enumerate(getattr(toc, section)):
            if "requires" in model.model_fields_set and "requires" not in nodes[i]:
                given = {**nodes[i], "requires": model.requires}
                nodes[i] = {k: given[k] for k in type(model).model_fields if k in given}
    for section in ("outcomes", "outputs", "activities"):
        for node in data.get(section, ()):
            if "contributes_to" in node:
                node["contributes_to"] = [
                    link["to"] if link.keys() == {"to"} else link for link in node["contributes_to"]
                ]
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=_UNFOLDED)
    return f"# yaml-language-server: $schema={schema}\n" + text

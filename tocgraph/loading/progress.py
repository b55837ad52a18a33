"""A progress sheet: one row per activity with its status and an optional explanation.

Columns (English or Dutch, any case): ``id`` (``activiteit``), ``status`` and
``explanation`` (``toelichting``); other columns with a header are errors, columns
without one are notes. Statuses are the ToC's words in English or Dutch
(``on_track``, ``op schema``, ...). The sheet is ``Progress`` (``Voortgang``), or
else the first sheet; a single ``.csv`` file is read as the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tocgraph.errors import InvalidToCError, phrase
from tocgraph.hints import parts, suggestion
from tocgraph.i18n import diagnostic
from tocgraph.loading.sheets import Cell, header_columns, read_grids
from tocgraph.schema.change import TEXT_LIMIT
from tocgraph.schema.model import ACTIVITY_STATUSES_NL, Status, ToC
from tocgraph.schema.status_words import status_hint, status_hints

__all__ = ["ProgressRow", "read_progress"]

_COLUMNS = {
    "id": ("id", "activity", "activiteit"),
    "status": ("status",),
    "explanation": ("explanation", "toelichting", "rationale", "uitleg"),
}


@dataclass(frozen=True)
class ProgressRow:
    """One activity's reported status, the explanation (or ``None``), and its row's cell."""

    activity: str
    status: Status
    explanation: str | None
    cell: str


def _status(value: object) -> Status | None:
    word = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    if word in ACTIVITY_STATUSES_NL:
        return ACTIVITY_STATUSES_NL[word]
    try:
        return Status(word)
    except ValueError:
        return None


def read_progress(path: str | Path, toc: ToC, *, encoding: str = "utf-8") -> list[ProgressRow]:
    """The rows of a progress sheet, checked against ``toc``'s activities.

    ``encoding`` is that of a CSV file (see :func:`~tocgraph.loading.workbook.load_workbook_toc`).

    Raises
    ------
    InvalidToCError
        With every problem, each at its cell: TOC502 an id the ToC has no activity
        for, TOC105 an unknown status, TOC201 an activity listed twice, TOC101 an
        unknown column, TOC103 a missing column.
    """
    source = str(path)
    names = {"progress": ("progress", "voortgang")}
    grid = read_grids(path, names, first="progress", encoding=encoding).get("progress")
    if grid is None and Path(path).is_dir():  # a folder without progress.csv or voortgang.csv
        message, hint = phrase("d.progress.no_file"), phrase("dh.progress.no_file")
        raise InvalidToCError([diagnostic("TOC001", message, hint, source)])
    if grid is None or not grid.rows:
        raise InvalidToCError(
            [diagnostic("TOC103", phrase("d.progress.empty"), phrase("dh.progress.empty"), source)]
        )
    columns, problems = header_columns(
        grid,
        _COLUMNS,
        lambda column: phrase("d.sheet.unknown_column", column=column),
        phrase("dh.progress.columns"),
    )
    for needed in ("id", "status"):
        if needed not in columns.values():
            problems.append(
                diagnostic(
                    "TOC103",
                    phrase("d.sheet.missing_column", column=needed),
                    phrase("dh.sheet.add_it"),
                    grid.rows[0][0][1].name(),
                )
            )
    if problems:
        raise InvalidToCError(problems)
    activities = {n.id: n for n in toc.activities}
    others = {n.id for n in toc.nodes()} - set(activities)
    rows: list[ProgressRow] = []
    seen: dict[str, str] = {}
    for row in grid.rows[1:]:
        # a row shorter than the header (CSV) has no cells for the last columns: empty ones
        first = row[0][1]
        fields: dict[str, tuple[Any, Cell]] = {
            key: (None, Cell(first.where, first.row, i + 1)) for i, key in columns.items()
        }
        fields.update({columns[i]: (v, c) for i, (v, c) in enumerate(row) if i in columns})
        (node, id_cell), (word, status_cell) = fields["id"], fields["status"]
        explanation, explanation_cell = fields.get("explanation", (None, None))
        node = str(node) if node is not None else None
        if node not in activities:
            what = "d.progress.not_activity" if node in others else "d.progress.unknown"
            problems.append(
                diagnostic(
                    "TOC502" if node else "TOC103",
                    phrase(what, node=node) if node else phrase("d.progress.no_id"),
                    parts(
                        suggestion(node, activities) if node else None,  # 'a7' for A7
                        phrase("dh.progress.activities", ids=", ".join(list(activities)[:12])),
                    ),
                    id_cell.name(),
                )
            )
            continue
        if node in seen:
            problems.append(
                diagnostic(
                    "TOC201",
                    phrase("d.progress.twice", node=node),
                    phrase("dh.progress.see", cell=seen[node]),
                    id_cell.name(),
                )
            )
            continue
        seen[node] = id_cell.name()
        if word is None or not str(word).strip():
            problems.append(
                diagnostic(
                    "TOC103",
                    phrase("d.progress.no_status", node=node),
                    status_hint(),
                    status_cell.name(),
                )
            )
            continue
        status = _status(word)
        if status is None:
            problems.append(
                diagnostic(
                    "TOC105",
                    phrase("d.progress.status", word=str(word), node=node),
                    status_hints(str(word)),
                    status_cell.name(),
                )
            )
            continue
        if explanation_cell is not None and len(str(explanation or "").strip()) > TEXT_LIMIT:
            problems.append(  # the draft's rationale could not hold it
                diagnostic(
                    "TOC102",
                    phrase("d.progress.long", node=node, limit=TEXT_LIMIT),
                    phrase("dh.progress.long", limit=TEXT_LIMIT),
                    explanation_cell.name(),
                )
            )
            continue
        rows.append(
            ProgressRow(node, status, str(explanation) if explanation else None, id_cell.name())
        )
    if problems:
        raise InvalidToCError(problems)
    return rows

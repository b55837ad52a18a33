"""Writing a ToC as a workbook: cell values (golden), formula safety, deterministic bytes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

import tocgraph
from tests.conftest import MODELS, ROOT, golden
from tocgraph.errors import TocGraphError
from tocgraph.report.workbook import (
    FORMULA_STARTS,
    csv_files,
    safe_csv_cell,
    toc_sheets,
    xlsx_bytes,
)

GOLDEN = ROOT / "tests" / "golden" / "workbook"


def _with_description(text: str) -> tocgraph.ToC:
    data = {
        "tocgraph": 1,
        "id": "x",
        "goals": [{"id": "G1", "title": "Goal", "description": text}],
        "activities": [{"id": "A1", "title": "Act", "contributes_to": ["G1"]}],
    }
    return tocgraph.from_dict(data)


def _xlsx_cells(data: bytes) -> dict[str, list[list[object]]]:
    """Each sheet's rows, without the empty cells at their ends."""
    book = load_workbook(io.BytesIO(data))
    cells: dict[str, list[list[object]]] = {}
    for ws in book.worksheets:
        rows: list[list[object]] = [list(r) for r in ws.iter_rows(values_only=True)]
        for row in rows:
            while row and row[-1] is None:
                row.pop()
        cells[ws.title] = rows
    return cells


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_formula_like_cell_is_text_in_csv(start: str) -> None:
    text = f"{start}1+1 cmd|' /C calc'!A0"
    nodes = csv_files(_with_description(text))["nodes.csv"]
    row = list(csv.reader(io.StringIO(nodes, newline="")))[1]
    assert row[-1] == "'" + text


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_formula_like_cell_is_text_in_xlsx(start: str) -> None:
    text = f"{start}SUM(1,2)"
    book = load_workbook(io.BytesIO(xlsx_bytes(_with_description(text))))
    cell = book["Nodes"]["L2"]  # the description column
    assert cell.value == text.replace("\r", "_x000D_")  # OOXML's escape for a CR
    assert cell.data_type == "s"  # a string, never a formula ("f")
    assert cell._style.quotePrefix  # Excel shows it as typed text


def test_plain_text_is_not_quoted() -> None:
    assert safe_csv_cell("Workshops - 2026") == "Workshops - 2026"
    assert safe_csv_cell("'quoted") == "''quoted"


def test_a_control_character_xlsx_cannot_hold_is_a_clear_error() -> None:
    with pytest.raises(TocGraphError, match=r"Nodes!L2: .*control character"):
        xlsx_bytes(_with_description("bell\x07"))


def test_xlsx_bytes_are_the_same_every_time_and_dated_2000() -> None:
    toc = tocgraph.load(MODELS / "jong-gelijk.yaml")
    first = xlsx_bytes(toc)
    assert first == xlsx_bytes(toc)
    book = load_workbook(io.BytesIO(first))
    assert book.properties.created is not None
    assert book.properties.created.year == 2000
    assert book.properties.modified is not None
    assert book.properties.modified.year == 2000


@pytest.mark.parametrize("model", ["worden-wie-je-bent", "jong-gelijk"])
def test_golden_cells(model: str) -> None:
    toc = tocgraph.load(MODELS / f"{model}.yaml")
    cells = _xlsx_cells(xlsx_bytes(toc))
    expected = {}
    for name, rows in toc_sheets(toc).items():
        expected[name] = [list(row) for row in rows]
        for row in expected[name]:
            while row and row[-1] is None:
                row.pop()
    assert cells == expected
    golden(GOLDEN / f"{model}.json", json.dumps(cells, indent=1, ensure_ascii=False) + "\n")
    for name, text in csv_files(toc).items():
        assert text.endswith("\r\n")  # RFC 4180 line ends
        golden(GOLDEN / f"{model}.{name}", text.replace("\r\n", "\n"))

"""The example workbook in models/ is what scripts/example_workbook.py writes, and imports back."""

from __future__ import annotations

import io

from openpyxl import load_workbook

import tocgraph
from tests.conftest import MODELS
from tocgraph.loading.workbook import load_workbook_toc
from tocgraph.report.workbook import xlsx_bytes

MODEL = MODELS / "worden-wie-je-bent.yaml"
WORKBOOK = MODELS / "worden-wie-je-bent.xlsx"


def _cells(data: bytes) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(io.BytesIO(data))
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def test_the_example_workbook_is_up_to_date() -> None:
    fresh = xlsx_bytes(tocgraph.load(MODEL))
    assert _cells(WORKBOOK.read_bytes()) == _cells(fresh), (
        "run: uv run python scripts/example_workbook.py"
    )


def test_the_example_workbook_imports_as_the_model() -> None:
    assert load_workbook_toc(WORKBOOK) == tocgraph.load(MODEL)

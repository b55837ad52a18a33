"""Progress sheets: statuses in English or Dutch, problems located by cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

import tocgraph
from tests.conftest import MODELS
from tocgraph.loading.progress import read_progress

TOC = tocgraph.load(MODELS / "worden-wie-je-bent.yaml")


def test_a_csv_file_with_dutch_words(tmp_path: Path) -> None:
    sheet = tmp_path / "voortgang.csv"
    sheet.write_text(
        "Activiteit,Status,Toelichting,\n\nA1, stopgezet ,Geen budget,note\nA2,op schema,,\n",
        "utf-8",
    )
    rows = read_progress(sheet, TOC)
    assert [(r.activity, r.status.value, r.explanation) for r in rows] == [
        ("A1", "stopped", "Geen budget"),
        ("A2", "on_track", None),
    ]


def test_an_xlsx_sheet_named_progress_is_found_among_others(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Cover"  # type: ignore[union-attr]
    sheet = book.create_sheet("Progress")
    sheet.append(["id", "status"])
    sheet.append(["A1", "Delayed"])
    path = tmp_path / "p.xlsx"
    book.save(path)
    assert [r.status.value for r in read_progress(path, TOC)] == ["delayed"]


def test_unknown_ids_and_statuses_are_located(tmp_path: Path) -> None:
    sheet = tmp_path / "p.csv"
    sheet.write_text(
        "id,status\nQ9,stopped\nG1,stopped\nA1,lost\nA2,planned\nA2,planned\n", "utf-8"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        read_progress(sheet, TOC)
    lines = [d.format().splitlines()[0] for d in info.value.diagnostics]
    assert lines == [
        f"{sheet}:A2: error[TOC502]: 'Q9' is no activity of the ToC",
        f"{sheet}:A3: error[TOC502]: 'G1' is not an activity",
        f"{sheet}:A6: error[TOC201]: activity 'A2' is listed twice",
        f"{sheet}:B4: error[TOC105]: unknown status 'lost' for activity 'A1'",
    ]


def test_missing_and_unknown_columns(tmp_path: Path) -> None:
    sheet = tmp_path / "p.csv"
    sheet.write_text("id,state\nA1,stopped\n", "utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        read_progress(sheet, TOC)
    assert sorted(d.code for d in info.value.diagnostics) == ["TOC101", "TOC103"]


@pytest.mark.parametrize("row", ["A1", "A1,", "A1,  ,why"])
def test_a_missing_status_is_located(row: str, tmp_path: Path) -> None:
    """A row shorter than the header, or an empty status (found by fuzzing: an internal error)."""
    sheet = tmp_path / "p.csv"
    sheet.write_text(f"id,status,explanation\n{row}\nA2,stopped\n", "utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        read_progress(sheet, TOC)
    (problem,) = info.value.diagnostics
    assert problem.format().splitlines()[0] == (
        f"{sheet}:B2: error[TOC103]: missing status for activity 'A1'"
    )


def test_text_split_by_an_unquoted_comma_is_an_error(tmp_path: Path) -> None:
    sheet = tmp_path / "p.csv"
    sheet.write_text("id,status,explanation\nA1,stopped,no money, no staff\n", "utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        read_progress(sheet, TOC)
    (problem,) = info.value.diagnostics
    assert problem.format().splitlines()[0] == (
        f"{sheet}:D2: error[TOC101]: a value right of the last column: 'no staff'"
    )
    sheet.write_text('id,status,explanation\nA1,stopped,"no money, no staff"\n', "utf-8")
    assert [r.explanation for r in read_progress(sheet, TOC)] == ["no money, no staff"]


def test_a_folder_without_a_progress_sheet(tmp_path: Path) -> None:
    """Found by fuzzing: a folder of other files was 'an empty progress sheet'."""
    (tmp_path / "notes.csv").write_text("id,status\nA1,stopped\n", "utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        read_progress(tmp_path, TOC)
    (problem,) = info.value.diagnostics
    assert problem.format().splitlines()[0] == (
        f"{tmp_path}: error[TOC001]: no progress sheet in this folder"
    )
    (tmp_path / "voortgang.csv").write_text("id,status\nA1,stopped\n", "utf-8")
    assert [r.activity for r in read_progress(tmp_path, TOC)] == ["A1"]


def test_an_id_in_lower_case_gets_a_did_you_mean(tmp_path: Path) -> None:
    sheet = tmp_path / "p.csv"
    sheet.write_text("id,status\na7,stopped\n", "utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        read_progress(sheet, TOC)
    (found,) = info.value.diagnostics
    assert (found.hint or "").startswith("did you mean 'A7'? Activities: A1, A2")


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_refused_not_read(tmp_path: Path, state: str) -> None:
    """A hidden Progress sheet drafted stops that nobody saw in the spreadsheet program."""
    book = Workbook()
    book.active.append(["id", "status"])  # type: ignore[union-attr]
    book.active.append(["A2", "on_track"])  # type: ignore[union-attr]
    hidden = book.create_sheet("Progress")
    hidden.append(["id", "status"])
    hidden.append(["A2", "stopped"])
    hidden.sheet_state = state
    path = tmp_path / "p.xlsx"
    book.save(path)
    with pytest.raises(tocgraph.InvalidToCError) as info:
        read_progress(path, TOC)
    (found,) = info.value.diagnostics
    assert found.message == "sheet Progress is hidden: tocgraph reads only what its reader can see"

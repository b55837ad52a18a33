"""Reading a workbook back: the round trip, spreadsheet habits, and errors located by cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

import tocgraph
from tests.conftest import MODELS
from tests.strategies import toc_data
from tocgraph.i18n import localize
from tocgraph.loading.workbook import load_workbook_toc
from tocgraph.report.workbook import csv_files, toc_yaml, xlsx_bytes

BUNDLED = sorted(p for p in MODELS.glob("*.yaml") if p.stem != "policy")


def _write_xlsx(toc: tocgraph.ToC, folder: Path) -> Path:
    book = folder / "book.xlsx"
    book.write_bytes(xlsx_bytes(toc))
    return book


def _write_csv(toc: tocgraph.ToC, folder: Path) -> Path:
    out = folder / "book"
    out.mkdir(exist_ok=True)
    for name, text in csv_files(toc).items():
        (out / name).write_bytes(text.encode("utf-8"))
    return out


def _errors(path: Path) -> list[str]:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        load_workbook_toc(path)
    return [d.format().splitlines()[0] for d in info.value.diagnostics]


@pytest.mark.parametrize("model", BUNDLED, ids=lambda p: p.stem)
@pytest.mark.parametrize("write", [_write_xlsx, _write_csv], ids=["xlsx", "csv"])
def test_every_bundled_model_round_trips(model: Path, write: Any, tmp_path: Path) -> None:
    toc = tocgraph.load(model)
    assert load_workbook_toc(write(toc, tmp_path)) == toc


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("=+-@'\t\r\n_x0D\ufffe"),
    min_size=1,
    max_size=12,
).filter(lambda t: t.strip() != "")


@st.composite
def _rich_tocs(draw: st.DrawFn) -> tocgraph.ToC:
    """Generated ToCs with titles, assumptions and partners of awkward text."""
    data = draw(toc_data())
    partners = draw(st.lists(_TEXT.map(str.strip), min_size=1, max_size=3, unique=True))
    data["partners"] = partners
    for section in ("goals", "outcomes", "outputs", "activities"):
        for node in data[section]:
            node["title"] = draw(_TEXT)
            if "requires" in node and draw(st.booleans()):
                del node["requires"]  # unstated (TOC306 tells the two apart)
            if section == "activities":
                node["partner"] = draw(st.sampled_from(partners))
            if "contributes_to" in node:
                node["contributes_to"] = [
                    {"to": t, "assumption": draw(_TEXT)} if draw(st.booleans()) else t
                    for t in node["contributes_to"]
                ]
    if draw(st.booleans()):
        data["period"] = {"start": "2026-01-01", "end": "2027-12-31"}
        data["subsidy_ceiling_eur"] = draw(st.integers(0, 10**9))
        data["existed_2017_2022"] = draw(st.booleans())
    return tocgraph.from_dict(data)


@settings(max_examples=40, deadline=None)
@given(toc=_rich_tocs())
def test_import_of_export_is_the_identity(toc: tocgraph.ToC, tmp_path_factory: Any) -> None:
    folder = tmp_path_factory.mktemp("rt")
    for imported in (load_workbook_toc(_write_xlsx(toc, folder)), _csv_toc(toc, folder)):
        assert imported == toc
        assert _stated(imported) == _stated(toc)
        assert _stated(tocgraph.loads(toc_yaml(imported))) == _stated(toc)


def _csv_toc(toc: tocgraph.ToC, folder: Path) -> tocgraph.ToC:
    return load_workbook_toc(_write_csv(toc, folder))


def _stated(toc: tocgraph.ToC) -> list[str]:
    """The nodes that state ``requires`` (found by fuzzing: an explicit ``any`` was lost)."""
    return [n.id for n in toc.nodes() if "requires" in n.model_fields_set]


def test_code_points_no_xml_may_hold_round_trip(tmp_path: Path) -> None:
    """U+FFFE and U+FFFF (valid in a title, never in XML) once made an unreadable xlsx file."""
    data = tocgraph.load(MODELS / "worden-wie-je-bent.yaml").model_dump(mode="json")
    data["goals"][0]["title"] = "a\ufffe b\uffff _xFFFE_"
    toc = tocgraph.ToC.model_validate(data)
    assert load_workbook_toc(_write_xlsx(toc, tmp_path)) == toc


def _book(tmp_path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    return path


TOC_SHEET: list[list[Any]] = [["field", "value"], ["tocgraph", 1], ["id", "demo"]]


def test_dutch_headers_spaces_empty_rows_and_numbers_as_text(tmp_path: Path) -> None:
    path = _book(
        tmp_path,
        {
            "toc": [
                ["veld", "waarde"],
                ["tocgraph", "1"],
                [" id ", "demo  "],
                ["Periode start", dt.datetime(2026, 1, 1)],
                ["periode eind", "2026-12-31"],
            ],
            "Knopen": [
                ["Id", "Niveau", "Titel", "Vereist", "Status", None],
                [None, None, None, None, None, None],
                [7, "doel", "  Doel  ", "1", None, "a note"],
                ["A1", "Activiteit", 2026, None, "op_schema", None],
            ],
            "Verbanden": [["van", "naar", "aanname"], ["A1", 7.0, None], [None, None, None]],
            "Notes": [["anything", "goes"]],
        },
    )
    toc = load_workbook_toc(path)
    assert toc.goals[0].id == "7"
    assert toc.goals[0].title == "Doel"
    assert toc.goals[0].requires == 1
    assert toc.activities[0].title == "2026"
    assert toc.activities[0].status.value == "on_track"
    assert toc.period is not None
    assert toc.period.start == dt.date(2026, 1, 1)


def test_a_merged_cell_fills_every_cell_it_covers(tmp_path: Path) -> None:
    path = _book(
        tmp_path,
        {
            "ToC": [*TOC_SHEET, ["partners", "P"]],
            "Nodes": [
                ["id", "level", "title", "partner"],
                ["G1", "goal", "Goal", None],
                ["A1", "activity", "One", "P"],
                ["A2", "activity", "Two", None],
            ],
            "Links": [["from", "to"], ["A1", "G1"], ["A2", "G1"]],
        },
    )
    book = load_workbook(path)
    book["Nodes"].merge_cells("D3:D4")
    book.save(path)
    toc = load_workbook_toc(path)
    assert [a.partner for a in toc.activities] == ["P", "P"]


def test_a_formula_counts_as_its_computed_value(tmp_path: Path) -> None:
    path = _book(
        tmp_path,
        {
            "ToC": TOC_SHEET,
            "Nodes": [["id", "level", "title"], ["G1", "goal", "Goal"], ["A1", "activity", "=B2"]],
        },
    )
    # openpyxl stores no computed value; a spreadsheet program would. Without one: an error
    # (found by fuzzing: such a budget was dropped without a word)
    assert _errors(path) == [f"{path}:Nodes!C3: error[TOC102]: the formula =B2 has no saved value"]
    book = load_workbook(path)
    book["Nodes"]["C3"] = "Act"
    book.create_sheet("Other")["A1"] = "=1/0"  # a sheet tocgraph does not read
    book.save(path)
    assert _errors(path) == [
        f"{path}: error[TOC103]: missing sheet 'Links' (or 'Verbanden'): no node would be linked"
    ]


def test_errors_point_at_cells(tmp_path: Path) -> None:
    path = _book(
        tmp_path,
        {
            "ToC": [*TOC_SHEET, ["colour", "red"]],
            "Nodes": [
                ["id", "level", "title", "status", "size"],
                ["G1", "goal", "Goal", None, None],
                ["A1", "activity", "Act", "bogus", None],
                ["A2", "thing", "Act", None, None],
                ["A3", "activity", "Act", None, None],
            ],
            "Links": [["from", "to"], ["A3", "O7"], ["ZZ", "G1"], ["A2", "G1"], ["G1", "G1"]],
        },
    )
    assert _errors(path) == [
        f"{path}:Links!A3: error[TOC202]: unknown node 'ZZ' in the column 'from' (van)",
        f"{path}:Links!A5: error[TOC203]: goal 'G1' links to nothing",
        f"{path}:Links!B2: error[TOC202]: unknown node 'O7' in contributes_to of 'A3'",
        f"{path}:Nodes!B4: error[TOC102]: unknown level 'thing' in sheet Nodes",
        f"{path}:Nodes!D3: error[TOC105]: unknown status 'bogus' for activity 'A1'",
        f"{path}:Nodes!E1: error[TOC101]: unknown column 'size' in sheet Nodes",
        f"{path}:ToC!A4: error[TOC101]: unknown field 'colour' in sheet ToC",
    ]


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Afgerond", "achieved"),
        ("On Track", "on_track"),
        ("GESTOPT", "stopped"),
        ("klaar", "achieved"),
    ],
)
def test_a_status_in_any_case_is_read(tmp_path: Path, word: str, status: str) -> None:
    path = _book(
        tmp_path,
        {
            "ToC": TOC_SHEET,
            "Nodes": [
                ["id", "level", "title", "status"],
                ["G1", "goal", "Goal", None],
                ["A1", "activity", "Act", word],
            ],
            "Links": [["from", "to"], ["A1", "G1"]],
        },
    )
    assert load_workbook_toc(path).activities[0].status.value == status


def test_errors_in_dutch_point_at_cells(tmp_path: Path) -> None:
    path = _book(
        tmp_path,
        {
            "ToC": TOC_SHEET,
            "Nodes": [
                ["id", "level", "title", "status"],
                ["G1", "goal", "Goal", None],
                ["A1", "activity", "Act", "gestop"],
            ],
            "Links": [["from", "to"], ["ZZ", "G1"]],
        },
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        load_workbook_toc(path)
    dutch = [localize(d, "nl").format() for d in info.value.diagnostics]
    assert dutch[0] == (
        f"{path}:Links!A2: fout[TOC202]: onbekend onderdeel 'ZZ' in de kolom 'van' (from)\n"
        "  tip: bekende onderdelen: G1, A1"
    )
    assert dutch[1].startswith(
        f"{path}:Nodes!D3: fout[TOC105]: onbekende status 'gestop' voor activiteit 'A1'\n"
        "  tip: bedoelde u 'gestopt'? Gebruik een van: gepland,"
    )


def test_a_missing_sheet_and_an_unreadable_file(tmp_path: Path) -> None:
    path = _book(tmp_path, {"Other": [["x"]]})
    assert _errors(path) == [
        f"{path}: error[TOC103]: missing sheet 'Nodes' (or 'Knopen')",
        f"{path}: error[TOC103]: missing sheet 'ToC'",
    ]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    assert [e.split(": error")[1][:9] for e in _errors(bad)] == ["[TOC001]:"]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_missing_links_sheet_is_an_error_unless_only_goals(fmt: str, tmp_path: Path) -> None:
    """Found by fuzzing: a deleted Links sheet gave a ToC whose nodes were linked nowhere."""
    toc = tocgraph.load(MODELS / "worden-wie-je-bent.yaml")
    if fmt == "xlsx":
        path = _write_xlsx(toc, tmp_path)
        book = load_workbook(path)
        del book["Links"]
        book.save(path)
    else:
        path = _write_csv(toc, tmp_path)
        (path / "links.csv").unlink()
    assert _errors(path) == [
        f"{path}: error[TOC103]: missing sheet 'Links' (or 'Verbanden'): no node would be linked"
    ]
    goals_only = tocgraph.loads("tocgraph: 1\nid: g\ngoals: [{id: G1, title: Doel}]\n")
    (tmp_path / "goals").mkdir()
    folder = _write_csv(goals_only, tmp_path / "goals")
    (folder / "links.csv").unlink()
    assert load_workbook_toc(folder) == goals_only


def test_csv_errors_name_the_file_and_cell(tmp_path: Path) -> None:
    toc = tocgraph.load(MODELS / "worden-wie-je-bent.yaml")
    folder = _write_csv(toc, tmp_path)
    links = folder / "links.csv"
    lines = links.read_text("utf-8").splitlines()
    lines[1] = lines[1].replace(lines[1].split(",")[1], "O7", 1)
    links.write_text("\n".join(lines) + "\n", "utf-8")
    (first,) = _errors(folder)
    assert first.startswith(f"{folder}/links.csv:B2: error[TOC202]: unknown node 'O7'")


def test_a_csv_value_right_of_the_header_is_an_error(tmp_path: Path) -> None:
    """An unquoted comma splits a CSV field; the part after it must not be lost silently."""
    toc = tocgraph.load(MODELS / "worden-wie-je-bent.yaml")
    folder = _write_csv(toc, tmp_path)
    nodes = folder / "nodes.csv"
    lines = nodes.read_text("utf-8").splitlines()
    width = len(lines[0].split(","))
    lines[2] += ",and more"
    nodes.write_text("\n".join(lines) + "\n", "utf-8")
    (first,) = _errors(folder)
    column = chr(ord("A") + width)
    assert first == (
        f"{folder}/nodes.csv:{column}3: error[TOC101]: a value right of the last column: 'and more'"
    )


def test_a_worksheet_value_right_of_the_header_is_a_note(tmp_path: Path) -> None:
    toc = tocgraph.load(MODELS / "worden-wie-je-bent.yaml")
    path = _write_xlsx(toc, tmp_path)
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book["Nodes"]
    sheet.cell(row=2, column=sheet.max_column + 2, value="a note")
    book.save(path)
    assert load_workbook_toc(path) == toc


def test_a_stray_cell_far_below_is_read_as_one_row(tmp_path: Path) -> None:
    """Found by fuzzing: a value at row 1,048,576 made a grid of a million rows (2.3 GB)."""
    toc = tocgraph.load(MODELS / "worden-wie-je-bent.yaml")
    path = _write_xlsx(toc, tmp_path)
    from openpyxl import load_workbook

    book = load_workbook(path)
    book["Nodes"].cell(row=1_048_576, column=1, value="G9")
    book.save(path)
    assert _errors(path) == [
        f"{path}:Nodes!A1048576: error[TOC103]: level missing in sheet Nodes",
    ]


def test_merged_cells_fill_a_bounded_area(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    from tocgraph.loading import sheets

    monkeypatch.setattr(sheets, "MERGED_CELLS", 300)  # a smaller sheet than a million cells
    toc = tocgraph.load(MODELS / "worden-wie-je-bent.yaml")
    path = _write_xlsx(toc, tmp_path)
    book = load_workbook(path)
    book["Nodes"].merge_cells(start_row=2, start_column=20, end_row=21, end_column=35)
    book["Nodes"].cell(row=2, column=20, value="note")
    book.save(path)
    (error,) = _errors(path)
    assert error.endswith("merged cells cover more than 300 cells")


@pytest.mark.parametrize("ref", ["E1:XFD1048576", "A2:Z100000"])
def test_a_huge_merged_range_is_refused_before_it_is_read(tmp_path: Path, ref: str) -> None:
    """One range in a 7 KB file made openpyxl fill gigabytes, even with an empty first cell."""
    import zipfile

    toc = tocgraph.load(MODELS / "worden-wie-je-bent.yaml")
    plain = _write_xlsx(toc, tmp_path)
    path = tmp_path / "merged.xlsx"
    merge = f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename.startswith("xl/worksheets/"):
                data = data.replace(b"</sheetData>", merge.encode(), 1)
            target.writestr(entry, data)
    (error,) = _errors(path)
    assert error.endswith("merged cells cover more than 1,000,000 cells")


def test_a_workbook_that_unpacks_too_far_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tocgraph.loading import workbook_guards

    monkeypatch.setattr(workbook_guards, "UNPACKED_BYTES", 1_000)  # a zip bomb, in small
    path = _write_xlsx(tocgraph.load(MODELS / "worden-wie-je-bent.yaml"), tmp_path)
    (error,) = _errors(path)
    assert error.endswith("it unpacks to more than 1,000 bytes")


def test_whole_numbers_beyond_a_double_keep_every_digit(tmp_path: Path) -> None:
    """Found by fuzzing: an xlsx number is a double, and 12345678901234567 came back ...70."""
    data = tocgraph.load(MODELS / "worden-wie-je-bent.yaml").model_dump(mode="json")
    data["subsidy_ceiling_eur"] = 10**17 + 1
    data["activities"][0]["budget_eur"] = 12345678901234567
    toc = tocgraph.ToC.model_validate(data)
    for write in (_write_xlsx, _write_csv):
        back = load_workbook_toc(write(toc, tmp_path))
        assert back.subsidy_ceiling_eur == 10**17 + 1
        assert back.activities[0].budget_eur == 12345678901234567


def test_a_field_stated_twice_in_the_toc_sheet_is_an_error(tmp_path: Path) -> None:
    """Found by fuzzing: the later row silently won (a subsidy ceiling of 1)."""
    path = _book(
        tmp_path,
        {
            "ToC": [*TOC_SHEET, ["subsidy_ceiling_eur", 46_000_000], ["Subsidy ceiling eur", 1]],
            "Nodes": [["id", "level", "title"], ["G1", "goal", "Goal"]],
        },
    )
    assert _errors(path) == [
        f"{path}:ToC!A5: error[TOC005]: field 'Subsidy ceiling eur' appears twice in sheet ToC"
    ]


def test_errors_come_in_row_order_and_without_python_values(tmp_path: Path) -> None:
    """Found by fuzzing: Nodes!A10 came before Nodes!A2, and 'got datetime.time(12, 0)'."""
    rows: list[list[Any]] = [["id", "level", "title", "start"], ["G1", "goal", "Goal", None]]
    rows += [[f"A{i}", "activity", "Act", None] for i in range(1, 12)]
    rows[2][3] = rows[10][3] = dt.time(12, 0)  # D3 and D11
    links = [["from", "to"]] + [[f"A{i}", "G1"] for i in range(1, 12)]
    path = _book(tmp_path, {"ToC": TOC_SHEET, "Nodes": rows, "Links": links})
    errors = _errors(path)
    assert [e.split(": error")[0].rsplit("!", 1)[1] for e in errors] == ["D3", "D11"]
    assert "got '12:00:00'" in errors[0]


def test_a_day_number_in_a_date_cell_is_named_as_one(tmp_path: Path) -> None:
    """Found by fuzzing: 44927 got "write the date as YYYY-MM-DD, without quotes"."""
    toc_sheet = [*TOC_SHEET, ["period_start", 44927], ["period_end", "2027-12-31"]]
    path = _book(
        tmp_path, {"ToC": toc_sheet, "Nodes": [["id", "level", "title"], ["G1", "goal", "G"]]}
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        load_workbook_toc(path)
    (problem,) = info.value.diagnostics
    assert problem.hint == (
        "44927 is how a spreadsheet counts the day 2023-01-01: format the cell as a date, "
        "or write 2023-01-01"
    )


def _edited_csv(tmp_path: Path, edit: dict[tuple[str, str], str]) -> Path:
    """Jong Gelijk as CSV files, with the cells ``(node id, column)`` set to new text."""
    import csv

    folder = _write_csv(tocgraph.load(MODELS / "jong-gelijk.yaml"), tmp_path)
    nodes = folder / "nodes.csv"
    rows = list(csv.reader(nodes.read_text(encoding="utf-8-sig").splitlines()))
    for (node, column), value in edit.items():
        row = next(r for r in rows if r[0] == node)
        row[rows[0].index(column)] = value
    with nodes.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return folder


def test_a_year_twice_in_a_budget_cell_is_an_error(tmp_path: Path) -> None:
    """``2023: 120000; 2023: 60000`` kept 60,000 alone; YAML refuses a year twice too."""
    folder = _edited_csv(tmp_path, {("A1", "budget_eur"): "2023: 120000; 2023: 60000"})
    (error,) = _errors(folder)
    assert "error[TOC005]: duplicate key '2023'" in error


@pytest.mark.parametrize("value", ["²", "--2", "4²"])
def test_digits_that_are_no_whole_number_are_an_error_not_a_crash(
    tmp_path: Path, value: str
) -> None:
    """``'²'.isdigit()`` is true and ``int('²')`` fails: an internal error, found by review."""
    folder = _edited_csv(tmp_path, {("O1", "requires"): value})
    (error,) = _errors(folder)
    assert "error[TOC102]" in error


@pytest.mark.parametrize("row", ['A9,O3,"Influencers bereiken jongeren', 'A9,O3,"x"y'])
def test_a_quote_that_does_not_pair_up_is_an_error(tmp_path: Path, row: str) -> None:
    """An unclosed quote swallowed every row after it into one cell, without a word."""
    folder = _write_csv(tocgraph.load(MODELS / "jong-gelijk.yaml"), tmp_path)
    links = folder / "links.csv"
    lines = links.read_text(encoding="utf-8-sig").splitlines()
    at = next(i for i, text in enumerate(lines) if text.startswith("A9,"))
    lines[at] = row
    links.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (error,) = _errors(folder)
    assert error.endswith(f"the quotes of the row that starts on line {at + 1} do not pair up")


def test_a_text_longer_than_a_cell_is_refused_not_cut(tmp_path: Path) -> None:
    """openpyxl cut a 40,000-character description to 32,767, silently."""
    data = tocgraph.load(MODELS / "politica.yaml").model_dump(mode="json", exclude_unset=True)
    data["description"] = "x" * 40_000
    toc = tocgraph.from_dict(data)
    with pytest.raises(tocgraph.TocGraphError, match="40,000 characters; a workbook cell holds"):
        xlsx_bytes(toc)
    folder = _write_csv(toc, tmp_path)  # CSV keeps it whole
    assert load_workbook_toc(folder).description == "x" * 40_000


@pytest.mark.parametrize(
    ("name", "words"),
    [("missing.xlsx", "no such file"), ("toc.yaml", "not .yaml"), ("notes.txt", "not .txt")],
)
def test_what_is_no_workbook_is_said_in_our_words(tmp_path: Path, name: str, words: str) -> None:
    """openpyxl's own English ('InvalidFileException: ...') reached the reader."""
    path = tmp_path / name
    if name != "missing.xlsx":
        path.write_text("tocgraph: 1\n", encoding="utf-8")
    (error,) = _errors(path)
    assert error.endswith(words)

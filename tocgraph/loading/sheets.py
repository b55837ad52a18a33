"""Read the cells of a workbook (xlsx) or a folder of CSV files, as a spreadsheet user means them.

* Sheets are found by name, in English or Dutch, ignoring case; other sheets are ignored.
* Empty rows are skipped; text is stripped of surrounding spaces; an empty cell is no value.
* A merged cell gives its value to every cell it covers.
* A formula counts as the value the spreadsheet program last computed for it
  (openpyxl's ``data_only``); a whole number stored as ``7.0`` is ``7``.
* In CSV, one leading apostrophe marks text and is removed (as spreadsheet programs do).

Every value keeps its cell (:class:`Cell`), so later errors can point at it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tocgraph.errors import Diagnostic, InvalidToCError, OptionError, Phrase, phrase
from tocgraph.i18n import diagnostic
from tocgraph.loading.workbook_guards import MERGED_CELLS, refuse_bombs, unreadable, visible

__all__ = [
    "CSV_ENCODINGS",
    "Cell",
    "Grid",
    "as_budget",
    "as_int",
    "check_encoding",
    "column_letter",
    "header_columns",
    "read_grids",
]


def column_letter(column: int) -> str:
    """``1`` -> ``A``, ``28`` -> ``AB``.

    Examples
    --------
    >>> column_letter(1), column_letter(26), column_letter(28)
    ('A', 'Z', 'AB')
    """
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Cell:
    """Where a value is: its file and sheet (``book.xlsx:Links!``), row and column (1-based)."""

    where: str
    row: int
    column: int

    def name(self) -> str:
        """``book.xlsx:Links!B7`` (xlsx) or ``book/links.csv:B7`` (CSV)."""
        return f"{self.where}{column_letter(self.column)}{self.row}"


@dataclass(frozen=True)
class Grid:
    """One sheet: its rows (each a list of (value, cell)), empty rows left out."""

    title: str
    rows: tuple[tuple[tuple[Any, Cell], ...], ...]
    from_csv: bool = False

    def overflow(self) -> list[tuple[Any, Cell]]:
        """In a CSV file, the first value of each row right of the header's last field.

        There it is nearly always text with a comma that was not put in double
        quotes: the text after the comma would be lost. (A worksheet is not
        checked: a column without a header holds notes.)
        """
        if not self.from_csv or not self.rows:
            return []
        width = len(self.rows[0])
        return [
            next(item for item in row[width:] if item[0] is not None)
            for row in self.rows[1:]
            if any(value is not None for value, _ in row[width:])
        ]


_WHOLE = re.compile("-?[0-9]+")
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")
_FORMULA = re.compile(rb"<f[ >/]")
"""A formula element in a worksheet's XML."""


def _clean(value: Any, from_csv: bool) -> Any:
    if isinstance(value, str):
        if not from_csv:  # OOXML's escapes of control characters: _x000D_ is a CR
            value = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), value)
        value = value.strip()
        if from_csv and value.startswith("'"):
            value = value[1:]
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    return value


def _grid(
    title: str, where: str, rows: Iterable[tuple[int, Iterable[Any]]], from_csv: bool
) -> Grid:
    """The grid of ``rows``, each given with its (1-based) number; empty rows left out."""
    kept = []
    for r, row in rows:
        cells = tuple(
            (_clean(value, from_csv), Cell(where, r, c)) for c, value in enumerate(row, start=1)
        )
        if any(value is not None for value, _ in cells):
            kept.append(cells)
    return Grid(title, tuple(kept), from_csv)


def read_grids(
    path: str | Path,
    names: Mapping[str, Iterable[str]],
    first: str | None = None,
    *,
    encoding: str = "utf-8",
) -> dict[str, Grid]:
    """The sheets of an xlsx file or CSV folder, by canonical name (only those in ``names``).

    Parameters
    ----------
    path
        An ``.xlsx`` file, or a folder with one ``<sheet>.csv`` per sheet.
    names
        Canonical sheet name -> the names accepted for it (lower case).
    first
        A canonical name for a single ``.csv`` file, and for the first sheet of
        a workbook when no sheet has one of its accepted names.
    encoding
        Of CSV files (see :data:`CSV_ENCODINGS`); a workbook names its own.

    Raises
    ------
    InvalidToCError
        TOC001 when the file cannot be read.
    OptionError
        For an encoding not in :data:`CSV_ENCODINGS`.
    """
    source = str(path)
    check_encoding(encoding)
    wanted = {alias: key for key, aliases in names.items() for alias in aliases}
    found: dict[str, Grid] = {}
    folder = Path(path)
    if not folder.exists():
        raise InvalidToCError([diagnostic("TOC001", phrase("d.TOC001.missing"), None, source)])
    if first is not None and folder.suffix.lower() == ".csv":
        return {first: _csv_grid(folder, source, encoding)}
    if folder.is_dir():
        for file in sorted(folder.iterdir()):
            key = wanted.get(file.stem.strip().lower())
            if file.suffix.lower() != ".csv" or key is None:
                continue
            if key in found:
                _sheet_twice(key, found[key].title, file.name, source)
            found[key] = _csv_grid(file, f"{source}/{file.name}", encoding)
        return found
    if folder.suffix.lower() not in (".xlsx", ".xlsm"):  # openpyxl's own words were English
        message = phrase("d.workbook.kind", suffix=folder.suffix or "-")
        raise InvalidToCError([diagnostic("TOC001", message, phrase("dh.workbook.kind"), source)])
    refuse_bombs(folder, source)
    try:
        from openpyxl import load_workbook

        book = load_workbook(folder, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, key) for a bad file
        raise unreadable(source, f"{type(exc).__name__}: {exc}") from None
    for sheet in book.worksheets:
        key = wanted.get(sheet.title.strip().lower())
        if key is None:
            continue
        if key in found:
            _sheet_twice(key, found[key].title, sheet.title, source)
        found[key] = _sheet_grid(visible(sheet, source), source)
    if first is not None and first not in found and book.worksheets:
        found[first] = _sheet_grid(visible(book.worksheets[0], source), source)
    _refuse_unsaved_formulas(folder, book, {grid.title for grid in found.values()}, source)
    return found


def _refuse_unsaved_formulas(path: Path, book: Any, titles: set[str], source: str) -> None:
    """Raise TOC102 at every formula of the sheets ``titles`` that has no saved value.

    A spreadsheet program saves each formula's last value with it; a file written
    by a program (openpyxl, say) and never opened in one has none, and reading it
    would silently drop the budget or title it computes (found by fuzzing). The
    workbook is read again with its formulas only when its sheets hold one.
    """
    import zipfile

    from openpyxl import load_workbook

    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        if not any(_FORMULA.search(archive.read(name)) for name in sheets):
            return  # no formula at all: the common case
    formulas = load_workbook(path, data_only=False)
    problems = []
    for sheet in formulas.worksheets:
        if sheet.title not in titles:
            continue
        saved = book[sheet.title]._cells
        for (r, c), cell in sorted(sheet._cells.items()):
            if cell.data_type == "f" and getattr(saved.get((r, c)), "value", None) is None:
                problems.append(
                    diagnostic(
                        "TOC102",
                        phrase("d.workbook.formula", formula=str(cell.value)),
                        phrase("dh.workbook.formula"),
                        Cell(f"{source}:{sheet.title}!", r, c).name(),
                    )
                )
    if problems:
        raise InvalidToCError(problems)


def _csv_grid(file: Path, shown: str, encoding: str = "utf-8") -> Grid:
    """A CSV file's grid: UTF-8 (or UTF-16 with its byte-order mark), or Windows-1252
    when asked; its separator a comma, or the semicolon or tab of its first line when
    that line holds no comma (Dutch spreadsheet programs separate with ';')."""
    try:
        raw = file.read_bytes()
        unicode = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
        if encoding == "windows-1252":
            if unicode or (not raw.isascii() and _is_utf8(raw)):  # asked wrongly: not guessed
                message, hint = phrase("d.csv.is_unicode"), phrase("dh.csv.is_unicode")
                raise InvalidToCError([diagnostic("TOC001", message, hint, shown)])
            codec = "cp1252"
        else:
            codec = "utf-16" if unicode else "utf-8-sig"
        text = raw.decode(codec)
        first = text.split("\n", 1)[0]
        separator = next((s for s in ",;\t" if s in first), ",")
        rows = _csv_rows(text, separator, shown)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        byte = f"0x{raw[exc.start]:02x}"
        if encoding == "windows-1252":
            message = phrase("d.csv.not_windows_1252", byte=byte, line=line)
            hint = phrase("dh.csv.not_windows_1252")
        else:
            message, hint = (
                phrase("d.csv.not_utf8", byte=byte, line=line),
                phrase("dh.csv.not_utf8"),
            )
        raise InvalidToCError([diagnostic("TOC001", message, hint, shown)]) from None
    except (OSError, UnicodeError, csv.Error) as exc:
        raise unreadable(shown, str(exc)) from None
    return _grid(file.name, f"{shown}:", enumerate(rows, start=1), from_csv=True)


def _csv_rows(text: str, separator: str, shown: str) -> list[list[str]]:
    """The rows of a CSV text; TOC001 at the row whose quotes do not pair up.

    Read strictly: an unclosed quote once swallowed every row after it into one
    cell, and the file was read without a word (found by review).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    rows: list[list[str]] = []
    read = 0  # the lines of the rows read whole
    try:
        for row in reader:
            rows.append(row)
            read = reader.line_num
    except csv.Error:
        message, hint = phrase("d.csv.quote", line=read + 1), phrase("dh.csv.quote")
        raise InvalidToCError([diagnostic("TOC001", message, hint, shown)]) from None
    return rows


def header_columns(
    grid: Grid,
    known: Mapping[str, Iterable[str]],
    unknown: Callable[[str], Phrase],
    hint: Phrase,
) -> tuple[dict[int, str], list[Diagnostic]]:
    """Column index -> canonical name from ``grid``'s header row, and the problems in it.

    ``known`` maps each canonical name to the headers accepted for it (lower
    case, spaces as underscores). A header that is none of them is TOC101,
    worded by ``unknown(header)`` and ``hint``; a column named twice is TOC005
    (one of the two would be lost); a CSV value right of the header's last
    field is TOC101 (:meth:`Grid.overflow`). A column without a header holds notes.
    """
    aliases = {alias: key for key, names in known.items() for alias in names}
    found: dict[int, str] = {}
    problems: list[Diagnostic] = []
    for index, (value, cell) in enumerate(grid.rows[0] if grid.rows else ()):
        if value is None:
            continue
        key = aliases.get(str(value).lower().replace(" ", "_"))
        if key is None:
            problems.append(diagnostic("TOC101", unknown(str(value)), hint, cell.name()))
        elif key in found.values():
            message = phrase("d.workbook.column_twice", column=str(value))
            problems.append(
                diagnostic("TOC005", message, phrase("dh.workbook.keep_one"), cell.name())
            )
        else:
            found[index] = key
    for value, cell in grid.overflow():
        message = phrase("d.sheet.overflow", value=repr(value))
        problems.append(diagnostic("TOC101", message, phrase("dh.sheet.overflow"), cell.name()))
    return found, problems


def _sheet_twice(key: str, first: str, second: str, source: str) -> None:
    """TOC005: two sheets (or files) of one workbook are the same sheet; one would be lost."""
    message = phrase("d.workbook.sheet_twice", sheet=key, first=first, second=second)
    hint = phrase("dh.workbook.sheet_twice")
    raise InvalidToCError([diagnostic("TOC005", message, hint, source)])


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


CSV_ENCODINGS = ("utf-8", "windows-1252")
"""How CSV files may be read: UTF-8 (or UTF-16 with its byte-order mark), or
Windows-1252, which Excel writes for plain "CSV" on a Western Windows. Never guessed."""


def check_encoding(encoding: str) -> str:
    """``encoding`` if it is one of :data:`CSV_ENCODINGS`, else an ``OptionError``."""
    if encoding not in CSV_ENCODINGS:
        choices = ", ".join(CSV_ENCODINGS)
        raise OptionError(f"unknown encoding {encoding!r}; choose one of {choices}")
    return encoding


def _sheet_grid(sheet: Any, source: str) -> Grid:
    """A worksheet's grid; a merged cell's value fills every cell it covers.

    Built from the cells the sheet holds, not from its dimensions: one stray
    cell at row 1,048,576 made a grid of a million rows (2.3 GB, found by
    fuzzing). A merged range fills at most :data:`MERGED_CELLS` cells in all.
    """
    values: dict[int, dict[int, Any]] = {}
    for (r, c), cell in sheet._cells.items():  # openpyxl keeps only the cells a sheet has
        if cell.value is not None:
            values.setdefault(r, {})[c] = cell.value
    filled = 0
    for merged in sheet.merged_cells.ranges:
        top = values.get(merged.min_row, {}).get(merged.min_col)
        if top is None:
            continue
        filled += (merged.max_row - merged.min_row + 1) * (merged.max_col - merged.min_col + 1)
        if filled > MERGED_CELLS:
            raise unreadable(source, f"merged cells cover more than {MERGED_CELLS:,} cells")
        for r in range(merged.min_row, merged.max_row + 1):
            row = values.setdefault(r, {})
            for c in range(merged.min_col, merged.max_col + 1):
                row[c] = top
    rows = ((r, [values[r].get(c) for c in range(1, max(values[r]) + 1)]) for r in sorted(values))
    return _grid(sheet.title, f"{source}:{sheet.title}!", rows, from_csv=False)


def as_int(value: Any) -> Any:
    """A whole number typed as text (``"7"``, ``"-2"``) as the number; other values as they are."""
    if isinstance(value, str) and _WHOLE.fullmatch(value):  # not isdigit: '²' is a digit too
        return int(value)
    return value


def as_budget(value: Any) -> Any:
    """A budget cell: a number, or amounts per year as text (``2023: 60000; 2024: 60000``).

    Examples
    --------
    >>> as_budget("2023: 60000; 2024: 5000"), as_budget(" 7 ")
    ({'2023': 60000, '2024': 5000}, 7)

    Raises
    ------
    ValueError
        With the year, when a year is named twice (YAML refuses a key twice too).
    """
    if not isinstance(value, str) or ":" not in value:
        return as_int(value.strip() if isinstance(value, str) else value)
    years: dict[str, Any] = {}
    for part in value.split(";"):
        year, _, amount = part.partition(":")
        if year.strip() in years:
            raise ValueError(year.strip())  # a year twice: the caller says where
        years[year.strip()] = as_int(amount.strip())
    return years

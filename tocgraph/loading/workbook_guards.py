"""Guards that run before openpyxl reads a workbook: what would fill the memory, and hidden sheets.

openpyxl makes an object for every cell it reads, and for every cell of a
merged range; so a workbook is measured in its zip first (:func:`refuse_bombs`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tocgraph.errors import InvalidToCError, phrase
from tocgraph.i18n import diagnostic

__all__ = ["MERGED_CELLS", "UNPACKED_BYTES", "refuse_bombs", "unreadable", "visible"]

MERGED_CELLS = 1_000_000
"""The most cells the merged ranges of one worksheet may fill with their value."""

UNPACKED_BYTES = 200_000_000
"""The most a workbook may unpack to: 200 MB, forty times the largest ToC file."""

_MERGE = re.compile(rb'<mergeCell\s[^>]*?ref="([A-Z]{1,3})([0-9]+)(?::([A-Z]{1,3})([0-9]+))?"')
"""A merged range in a worksheet's XML: its first and last cell."""


def unreadable(source: str, why: str) -> InvalidToCError:
    """TOC001 for a workbook that cannot be read, saying ``why``."""
    return InvalidToCError(
        [
            diagnostic(
                "TOC001",
                phrase("d.workbook.unreadable", reason=why),
                phrase("dh.workbook.unreadable"),
                source,
            )
        ]
    )


def visible(sheet: Any, source: str) -> Any:
    """``sheet``, if the person who saved the workbook could see it; else TOC001.

    A hidden sheet named Progress once drafted stops nobody saw in Excel.
    """
    if sheet.sheet_state != "visible":
        message = phrase("d.workbook.hidden", sheet=sheet.title)
        raise InvalidToCError([diagnostic("TOC001", message, phrase("dh.workbook.hidden"), source)])
    return sheet


def refuse_bombs(path: Path, source: str) -> None:
    """Raise TOC001 for a workbook that would fill the memory before any check could run.

    openpyxl makes an object for every cell of a merged range as it reads: one
    range ``E1:XFD1048576`` in a 7 KB file took gigabytes (found by review).
    So the ranges are summed in the worksheets' XML first, and the whole
    unpacked size is bounded. A file that is no zip is left to openpyxl's error.
    """
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if sum(entry.file_size for entry in entries) > UNPACKED_BYTES:
                raise unreadable(source, f"it unpacks to more than {UNPACKED_BYTES:,} bytes")
            for entry in entries:
                if not entry.filename.startswith("xl/worksheets/"):
                    continue
                cells = sum(map(_merged_area, _MERGE.finditer(archive.read(entry))))
                if cells > MERGED_CELLS:
                    raise unreadable(source, f"merged cells cover more than {MERGED_CELLS:,} cells")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return


def _merged_area(match: re.Match[bytes]) -> int:
    """The number of cells of a merged range ``A1:C4`` (12), or 1 for a single cell."""
    first_col, first_row, last_col, last_row = match.groups()
    if last_col is None:
        return 1
    columns = abs(_column_number(last_col) - _column_number(first_col)) + 1
    return columns * (abs(int(last_row) - int(first_row)) + 1)


def _column_number(letters: bytes) -> int:
    """``A`` is 1, ``Z`` 26, ``AA`` 27."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number

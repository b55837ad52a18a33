"""The English texts of messages about workbooks, CSV files and progress sheets, by key.

Split from :mod:`tocgraph.i18n.diagnostics_en` so that each module reads in one sitting;
the same keys and placeholders as :mod:`tocgraph.i18n.diagnostics_sheets_nl`.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "d.csv.not_utf8": "the file is not UTF-8 text (byte {byte} on line {line})",
    "dh.csv.not_utf8": (
        "save it as 'CSV UTF-8' in the spreadsheet program (in Excel: Save As, 'CSV UTF-8 "
        "(Comma delimited)'); a file Excel saved as plain 'CSV' is read with --encoding "
        "windows-1252"
    ),
    "d.csv.not_windows_1252": (
        "the file is not Windows-1252 text (byte {byte} on line {line} has no character there)"
    ),
    "dh.csv.not_windows_1252": (
        "leave out --encoding if it is UTF-8; otherwise save it as 'CSV UTF-8' in the "
        "spreadsheet program"
    ),
    "d.csv.is_unicode": "the file is Unicode text (UTF-8 or UTF-16), not Windows-1252",
    "dh.csv.is_unicode": "leave out --encoding: Unicode text is read as it is",
    "d.workbook.unreadable": "the workbook cannot be read: {reason}",
    "dh.workbook.unreadable": (
        "give an .xlsx file saved by a spreadsheet program, or a folder of .csv files"
    ),
    "d.workbook.unknown_column": "unknown column '{column}' in sheet {sheet}",
    "dh.workbook.columns": (
        "allowed columns: {columns} (or Dutch: {dutch}); clear the header of a column of notes"
    ),
    "d.workbook.column_twice": "column '{column}' appears twice",
    "d.workbook.sheet_twice": "the sheet '{sheet}' is given twice: {first} and {second}",
    "dh.workbook.sheet_twice": (
        "remove one of them (an English and a Dutch name, or a file left by an earlier export?)"
    ),
    "d.workbook.field_twice": "field '{field}' appears twice in sheet {sheet}",
    "dh.workbook.keep_one": "keep one",
    "d.workbook.no_toc": "missing sheet 'ToC'",
    "dh.workbook.no_toc": "add a sheet 'ToC' with field | value",
    "d.workbook.unknown_field": "unknown field '{field}' in sheet {sheet}",
    "dh.workbook.fields": "allowed fields: {fields}",
    "d.workbook.no_nodes": "missing sheet 'Nodes' (or 'Knopen')",
    "dh.workbook.no_nodes": "add a sheet 'Nodes' (or 'Knopen')",
    "d.workbook.formula": "the formula {formula} has no saved value",
    "dh.workbook.formula": (
        "open the workbook in a spreadsheet program and save it (that stores each formula's "
        "value), or type the value instead of the formula"
    ),
    "d.workbook.no_links": "missing sheet 'Links' (or 'Verbanden'): no node would be linked",
    "dh.workbook.no_links": "add a sheet 'Links' with the columns from and to, as export writes it",
    "d.workbook.no_level": "level missing in sheet {sheet}",
    "d.workbook.level": "unknown level '{level}' in sheet {sheet}",
    "dh.workbook.levels": (
        "the level is one of goal, outcome, output, activity (doel, uitkomst, output, activiteit)"
    ),
    "d.workbook.from": "unknown node '{node}' in the column 'from' (van)",
    "d.workbook.no_from": "the column 'from' (van) of a link is empty",
    "dh.workbook.nodes": "known nodes: {nodes}",
    "d.workbook.goal_link": "goal '{node}' links to nothing",
    "dh.workbook.goal_link": "goals are the top",
    "d.progress.no_file": "no progress sheet in this folder",
    "dh.progress.no_file": "name a progress.csv or voortgang.csv file, or an .xlsx workbook",
    "d.progress.empty": "the progress sheet is empty",
    "dh.progress.empty": "add id | status rows",
    "d.sheet.overflow": "a value right of the last column: {value}",
    "dh.sheet.overflow": (
        'put text that contains a comma in double quotes ("a, b"), or remove the value'
    ),
    "d.sheet.unknown_column": "unknown column '{column}'",
    "dh.progress.columns": (
        "allowed columns: id, status, explanation (activiteit, status, toelichting)"
    ),
    "d.sheet.missing_column": "missing column '{column}'",
    "dh.sheet.add_it": "add it",
    "d.progress.not_activity": "'{node}' is not an activity",
    "d.progress.unknown": "'{node}' is no activity of the ToC",
    "d.progress.no_id": "missing activity id",
    "dh.progress.activities": "activities: {ids}",
    "d.progress.twice": "activity '{node}' is listed twice",
    "dh.progress.see": "see {cell}",
    "d.progress.status": "unknown status '{word}' for activity '{node}'",
    "d.progress.long": "the explanation for activity {node!r} is longer than {limit:,} characters",
    "dh.progress.long": (
        "shorten it to at most {limit:,} characters: it becomes the change's rationale"
    ),
    "d.progress.no_status": "missing status for activity '{node}'",
    "d.workbook.evidence": "evidence for unknown assumption '{name}'",
    "d.TOC003.workbook": "this is a workbook (xlsx) or another zip file, not YAML text",
    "dh.TOC003.workbook": (
        "read a workbook with 'tocgraph import FILE -o toc.yaml', then use toc.yaml"
    ),
    "dh.workbook.year_twice": "name each year once in a budget cell, with its whole amount",
    "d.csv.quote": "the quotes of the row that starts on line {line} do not pair up",
    "dh.csv.quote": (
        "a text with a comma or a line break goes in double quotes: close each quote, and write"
        ' a quote inside such a text twice ("")'
    ),
    "d.workbook.hidden": "sheet {sheet} is hidden: tocgraph reads only what its reader can see",
    "dh.workbook.hidden": "unhide the sheet in the spreadsheet program, or delete it",
    "d.workbook.kind": "a workbook is an .xlsx file or a folder of .csv files, not {suffix}",
    "dh.workbook.kind": (
        "save it as .xlsx in the spreadsheet program; a .yaml file is a ToC already"
    ),
}

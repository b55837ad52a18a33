"""Spreadsheets and graph files: ToC files in, workbooks and graph files out, and back.

* :func:`export_toc_file` -- a ToC file as xlsx bytes, CSV texts, GraphML, GEXF or Kumu JSON.
* :func:`import_workbook` -- a workbook (or CSV folder) as ToC YAML text.
* :func:`status_update_file` -- a progress sheet as a change-request draft.
"""

from __future__ import annotations

import os
from pathlib import Path

from tocgraph.errors import OptionError
from tocgraph.i18n import Lang, text
from tocgraph.loading.progress import read_progress
from tocgraph.loading.workbook import load_workbook_toc
from tocgraph.report.status_update import status_changes, status_update_yaml
from tocgraph.report.workbook import csv_files, toc_yaml, xlsx_bytes
from tocgraph.use_cases.inputs import is_stdin, load_input

__all__ = [
    "EXPORT_FORMATS",
    "export_toc_file",
    "import_workbook",
    "status_update_file",
]

EXPORT_FORMATS = ("xlsx", "csv", "graphml", "gexf", "kumu")


def export_toc_file(path: str | Path, fmt: str) -> bytes | str | dict[str, str]:
    """The ToC at ``path`` (``-``: stdin) as ``fmt``: xlsx bytes, CSV texts by file name, or text.

    Raises
    ------
    InvalidToCError
        When the ToC is not valid.

    Examples
    --------
    >>> files = export_toc_file("models/worden-wie-je-bent.yaml", "csv")
    >>> sorted(files)[:4], sorted(files)[4:]
    (['assumptions.csv', 'evidence.csv', 'indicators.csv', 'links.csv'], \
['measurements.csv', 'nodes.csv', 'toc.csv'])
    """
    toc = load_input(path).toc
    if fmt == "xlsx":
        return xlsx_bytes(toc)
    if fmt == "csv":
        return csv_files(toc)
    from tocgraph.analysis.assessment import assess
    from tocgraph.report.graph_export import export_graph

    return export_graph(toc, assess(toc), fmt)


def import_workbook(
    path: str | Path, *, encoding: str = "utf-8", output: str | Path | None = None
) -> str:
    """A workbook (``.xlsx``) or folder of CSV files (read in ``encoding``) as ToC YAML text.

    Its first line names the JSON Schema for editors, relative to the folder
    of ``output`` (the file it is for; the current folder without one).

    Raises
    ------
    InvalidToCError
        With every problem, each at its cell.
    """
    folder = _folder_of(output)
    return toc_yaml(load_workbook_toc(path, encoding=encoding), schema_ref(folder, "tocgraph"))


def status_update_file(
    toc_path: str,
    progress: str | Path,
    output: str | None,
    lang: Lang = "en",
    *,
    encoding: str = "utf-8",
) -> str | None:
    """A change-request draft for the statuses in ``progress`` that differ from the ToC's.

    The draft names the ToC relative to ``output``'s folder (the current folder
    for stdout). ``None`` when no status differs. The ToC is never changed.

    Raises
    ------
    InvalidToCError
        When the ToC is invalid, or the sheet names an unknown activity or status.
    OptionError
        When ``toc_path`` is ``-``: the draft must name its ToC's file.
    """
    if is_stdin(toc_path):  # a draft whose baseline is '-' cannot be reviewed
        raise OptionError("toc_path must be the ToC's file, not '-': the draft names it")
    toc = load_input(toc_path).toc
    rows = read_progress(progress, toc, encoding=encoding)
    current = {a.id: a.status.value for a in toc.activities}
    changes = status_changes(current, [(r.activity, r.status.value, r.explanation) for r in rows])
    if not changes:
        return None
    folder = _folder_of(output)
    ref = os.path.relpath(toc_path, folder).replace(os.sep, "/")
    title = text("status_update.title", lang, file=Path(progress).name)
    return status_update_yaml(ref, title, changes, schema_ref(folder, "change-request"))


def _folder_of(output: str | Path | None) -> Path:
    """The folder a written file goes to; the current folder for standard output."""
    return Path(output).parent if output and output != "-" else Path()


def schema_ref(folder: Path, kind: str) -> str:
    """The path from ``folder`` to the nearest ``schemas/KIND.schema.json`` above it, as
    ``init`` lays them out (``../schemas/...`` from ``change-requests/``); else ``schemas/...``.

    Examples
    --------
    >>> schema_ref(Path("nowhere-at-all"), "tocgraph")
    'schemas/tocgraph.schema.json'
    """
    name = f"schemas/{kind}.schema.json"
    start = folder.resolve()
    for above in (start, *start.parents):
        if (above / name).is_file():
            return os.path.relpath(above / name, start).replace(os.sep, "/")
    return name

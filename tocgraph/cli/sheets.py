"""The ``export``, ``import`` and ``status-update`` subcommands: spreadsheets and graph files."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from tocgraph.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    add_lang,
    folder_inputs,
    input_path,
    output_error,
    output_path,
    say_error,
    system_reason,
    write_or_report,
    write_text,
)
from tocgraph.cli.helpformat import HelpFormatter, epilog
from tocgraph.cli.usage import type_error

__all__ = ["add"]

_FORMATS = ("xlsx", "csv", "graphml", "gexf", "kumu")
_SUFFIX = {"xlsx": ".xlsx", "csv": "", "graphml": ".graphml", "gexf": ".gexf", "kumu": ".kumu.json"}


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export",
        help="a ToC as a workbook (xlsx, CSV) or a graph file (GraphML, GEXF, Kumu)",
        description="Write a ToC as a workbook with sheets ToC, Nodes and Links (xlsx, or a "
        "folder with one CSV file per sheet), or as a graph file for yEd, Gephi or Kumu with "
        "each node's verdict, margin, rule, status, partner and strategy. Text that could be "
        "taken for a formula is written as text. See docs/spreadsheets.md.",
        epilog=epilog(
            [
                "tocgraph export toc/toc.yaml --to xlsx -o toc.xlsx",
                "tocgraph export toc/toc.yaml --to csv -o toc-csv",
                "tocgraph export toc/toc.yaml --to graphml -o toc.graphml",
            ],
            "Output: -o OUT (csv: a folder, made if missing), or '-' for stdout (not for csv); "
            "without -o, FILE's name with the format's suffix in the current folder. "
            "Exit codes: 0 ok, 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    export.add_argument("path", metavar="FILE", type=input_path, help="a ToC file, or '-'")
    export.add_argument("--to", required=True, choices=_FORMATS, help="the output format")
    export.add_argument("-o", "--output", metavar="OUT", type=output_path, help="output path")
    add_lang(export, "messages")
    export.set_defaults(run=_run_export)

    imp = commands.add_parser(
        "import",
        help="a workbook (xlsx, or a folder of CSV files) as a ToC YAML file",
        description="Read a workbook in the format 'tocgraph export' writes (English or Dutch "
        "sheet names and headers) and write the ToC as YAML. Every problem is reported at "
        "its cell, e.g. book.xlsx:Links!B7. See docs/spreadsheets.md.",
        epilog=epilog(
            [
                "tocgraph import toc.xlsx -o imported.yaml",
                "tocgraph import toc-csv -o imported.yaml",
            ],
            "Output: -o OUT, or '-' (the default) for stdout. "
            "Exit codes: 0 ok, 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    imp.add_argument("path", metavar="BOOK", type=input_path, help="an .xlsx file or CSV folder")
    imp.add_argument("-o", "--output", metavar="OUT", type=output_path, help="the YAML file")
    _add_encoding(imp)
    add_lang(imp, "messages")
    imp.set_defaults(run=_run_import)

    update = commands.add_parser(
        "status-update",
        help="a change-request draft from a progress sheet of activity statuses",
        description="Read a progress sheet (columns id, status, explanation; English or Dutch) "
        "and write a change-request draft with one change per activity whose status differs "
        "from the ToC: stop for stopped, modify otherwise, the explanation as rationale. The "
        "ToC itself is never changed.",
        epilog=epilog(
            [
                "tocgraph status-update toc/toc.yaml progress.csv -o status-cr.yaml",
                "tocgraph status-update toc/toc.yaml progress.csv",
            ],
            "Output: -o OUT, or '-' (the default) for stdout. When no status differs nothing "
            "is written. Exit codes: 0 ok, 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    update.add_argument("toc", metavar="TOC", type=named_file, help="the ToC file")
    update.add_argument(
        "progress", metavar="PROGRESS", type=input_path, help="an .xlsx or .csv progress sheet"
    )
    update.add_argument("-o", "--output", metavar="OUT", type=output_path, help="the draft file")
    _add_encoding(update)
    add_lang(update, "messages")
    update.set_defaults(run=_run_status_update)


def _add_encoding(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--encoding",
        choices=("utf-8", "windows-1252"),
        default="utf-8",
        help="of CSV files (default utf-8, which also reads UTF-16 with its byte-order mark); "
        "windows-1252 for a file Excel saved as plain 'CSV'",
    )


def _run_export(args: argparse.Namespace) -> int:
    from tocgraph.use_cases.sheets import export_toc_file

    result = export_toc_file(args.path, args.to)
    stem = "stdin" if args.path == "-" else Path(args.path).stem
    output = args.output or f"{stem}{_SUFFIX[args.to]}"
    if isinstance(result, dict):
        if output == "-":
            say_error("cli.err.csv_folder")
            return EXIT_INVALID
        return _write_folder(Path(output), result, args)
    if output == "-":
        if isinstance(result, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(result)
        else:
            sys.stdout.write(result)
        return EXIT_OK
    return EXIT_OK if write_or_report(output, result, [args.path], args.lang) else EXIT_INVALID


def _write_folder(folder: Path, files: dict[str, str], args: argparse.Namespace) -> int:
    """Write the CSV files all or nothing; a folder made for them goes again on failure."""
    from tocgraph.errors import OutputError
    from tocgraph.i18n import text
    from tocgraph.output import write_outputs
    from tocgraph.report.escape import terminal

    made = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        say_error("cli.err.make_folder", folder=folder, reason=system_reason(exc))
        return EXIT_INVALID
    try:
        planned = [(folder / n, t) for n, t in files.items()]
        written = write_outputs(planned, inputs=[args.path], within=folder)
    except OutputError as exc:
        output_error(exc)
        if made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        return EXIT_INVALID
    for path in written:
        shown = terminal(str(path))  # a line break in the name cannot start a line of its own
        write_text(f"tocgraph: {text('cli.wrote', args.lang, path=shown)}\n", sys.stderr)
    return EXIT_OK


def named_file(value: str) -> str:
    """An argparse ``type`` for the ToC of a draft: a file, not ``-`` (the draft names it)."""
    if value == "-":
        raise type_error("usage.stdin_named")
    return input_path(value)


def _run_import(args: argparse.Namespace) -> int:
    from tocgraph.use_cases.sheets import import_workbook

    text = import_workbook(args.path, encoding=args.encoding, output=args.output)
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return EXIT_OK
    inputs = folder_inputs(args.path)  # every file of a CSV folder
    return EXIT_OK if write_or_report(args.output, text, inputs, args.lang) else EXIT_INVALID


def _run_status_update(args: argparse.Namespace) -> int:
    from tocgraph.use_cases.sheets import status_update_file

    text = status_update_file(
        args.toc, args.progress, args.output, args.lang, encoding=args.encoding
    )
    if text is None:
        from tocgraph.i18n import text as say

        write_text(f"tocgraph: {say('cli.status_update.same', args.lang)}\n", sys.stderr)
        return EXIT_OK
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return EXIT_OK
    inputs = [args.toc, *folder_inputs(args.progress)]
    return EXIT_OK if write_or_report(args.output, text, inputs, args.lang) else EXIT_INVALID

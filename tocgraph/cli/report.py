"""The ``report`` subcommand: one self-contained HTML page for a ToC."""

from __future__ import annotations

import argparse
import sys

from tocgraph.cli.common import EXIT_INVALID, EXIT_OK, add_lang, error, report_diagnostics

__all__ = ["add"]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help="one self-contained HTML page for a ToC, with a live what-if",
        description="Write one HTML file with the diagram, every node's verdict, rule, "
        "margin and single points of failure, the activities and the warnings. In a "
        "browser, clicking activities or partners stops them in a scenario and every "
        "number updates; the page loads nothing from the network.",
        epilog="Output: -o OUT, or '-' for stdout; without -o, FILE's name with .html in the "
        "current folder. Exit codes: 0 ok, 2 invalid input or usage.",
    )
    report.add_argument("path", metavar="FILE", help="a ToC file")
    report.add_argument("-o", "--output", metavar="OUT", help="output file, or '-' for stdout")
    add_lang(report, "page")
    report.add_argument(
        "--no-diagram", action="store_true", help="leave the SVG diagram out of the page"
    )
    report.set_defaults(run=_run_report)


def _run_report(args: argparse.Namespace) -> int:
    from tocgraph.errors import InvalidToCError
    from tocgraph.output import write_atomic
    from tocgraph.use_cases import html_report_file

    try:
        page = html_report_file(args.path, args.lang, diagram=not args.no_diagram)
    except InvalidToCError as exc:
        report_diagnostics(exc.diagnostics)
        return EXIT_INVALID
    except OSError as exc:
        error(f"cannot read {args.path}: {exc.strerror or exc}")
        return EXIT_INVALID
    output = args.output
    if output == "-":
        sys.stdout.write(page)
        return EXIT_OK
    if output is None:
        from pathlib import Path

        output = f"{Path(args.path).stem}.html"
    try:
        write_atomic(output, page)
    except OSError as exc:
        error(f"cannot write {output}: {exc.strerror or exc}")
        return EXIT_INVALID
    sys.stderr.write(f"tocgraph: wrote {output}\n")
    return EXIT_OK

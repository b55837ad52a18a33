"""The ``report`` subcommand: one self-contained HTML page for a ToC."""

from __future__ import annotations

import argparse
import sys

from tocgraph.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    add_lang,
    input_path,
    output_path,
    write_or_report,
)
from tocgraph.cli.helpformat import HelpFormatter, epilog

__all__ = ["add"]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help="one self-contained HTML page for a ToC, with a live what-if",
        description="Write one HTML file with the diagram, every node's verdict, rule, "
        "margin and single points of failure, the activities and the warnings. In a "
        "browser, clicking activities or partners stops them in a scenario and every "
        "number updates; the page loads nothing from the network.",
        epilog=epilog(
            [
                "tocgraph report toc/toc.yaml -o toc.html",
                "tocgraph report toc/toc.yaml --lang nl -o toc-nl.html",
            ],
            "Output: -o OUT, or '-' for stdout; without -o, FILE's name with .html in the "
            "current folder. Exit codes: 0 ok, 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    report.add_argument(
        "path", metavar="FILE", type=input_path, help="a ToC file, or '-' for standard input"
    )
    report.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=output_path,
        help="output file, or '-' for stdout; never the input",
    )
    add_lang(report, "page")
    report.add_argument(
        "--no-diagram", action="store_true", help="leave the SVG diagram out of the page"
    )
    report.set_defaults(run=_run_report)


def _run_report(args: argparse.Namespace) -> int:
    from tocgraph.use_cases import html_report_file

    # an invalid file raises InvalidToCError, which main() reports, located, with exit 2
    page = html_report_file(args.path, args.lang, diagram=not args.no_diagram)
    output = args.output
    if output == "-":
        sys.stdout.write(page)
        return EXIT_OK
    if output is None:
        from pathlib import Path

        output = "stdin.html" if args.path == "-" else f"{Path(args.path).stem}.html"
    return EXIT_OK if write_or_report(output, page, [args.path], args.lang) else EXIT_INVALID

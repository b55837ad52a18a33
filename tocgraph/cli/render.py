"""The ``render`` subcommand: pictures of a ToC."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tocgraph.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    add_lang,
    add_scenario,
    input_path,
    load_or_report,
    node_id,
    output_error,
    output_path,
    say_error,
    write_or_report,
)
from tocgraph.cli.helpformat import HelpFormatter, epilog

__all__ = ["add"]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    render = commands.add_parser(
        "render",
        help="draw a ToC, or a what-if scenario on it, as SVG, PNG, DOT or Mermaid",
        description="Draw a ToC with verdicts, activity statuses, single points of failure "
        "and a legend. With --stop or --partner the picture shows that scenario and marks "
        "what changed. SVG and PNG need a layout program: the system 'dot', else "
        "graphviz-pure (installed with tocgraph); without one the .dot file is written. "
        "FILE '-' reads standard input.",
        epilog=epilog(
            [
                "tocgraph render toc/toc.yaml -o toc.svg",
                "tocgraph render toc/toc.yaml --stop A1 A2 --lang nl -o scenario.svg",
                "tocgraph render toc/toc.yaml --format mmd --direction TB",
                "tocgraph render - --format dot < toc/toc.yaml",
            ],
            "Output: -o OUT, or '-' for stdout. Without -o, dot and mmd go to stdout and "
            "svg and png to <toc-id>.<format> in the current folder. Exit codes: 0 ok, 2 "
            "invalid input or usage, an unknown scenario id or partner, or no picture could "
            "be made.",
        ),
        formatter_class=HelpFormatter,
    )
    render.add_argument(
        "path", metavar="FILE", type=input_path, help="a ToC file, or '-' for standard input"
    )
    render.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=output_path,
        help="output file, or '-' for stdout; never one of the inputs",
    )
    render.add_argument(
        "--format",
        choices=("svg", "png", "dot", "mmd"),
        help="output format (default: from OUT's suffix, else svg)",
    )
    add_scenario(render)
    render.add_argument(
        "--fail",
        nargs="+",
        action="extend",
        default=[],
        metavar="ID",
        type=node_id,
        help="named assumptions that fail (their links are drawn broken)",
    )
    add_lang(render, "picture")
    render.add_argument(
        "--direction",
        choices=("TB", "LR"),
        default="LR",
        help="LR: activities left, goals right (default); TB: goals on top",
    )
    render.add_argument(
        "--group", choices=("partner", "strategy"), help="box activities per partner or strategy"
    )
    render.set_defaults(run=_run_render)


def _run_render(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tocgraph.errors import OutputError
    from tocgraph.output import refuse_inputs, write_output
    from tocgraph.rendering import RendererNotFoundError, RenderError, format_of, render

    output: str | None = args.output
    named = format_of(output) if output not in (None, "-") else None
    if args.format and named and named != args.format:
        say_error("cli.err.format_mismatch", fmt=args.format, output=output)
        return EXIT_INVALID
    if output not in (None, "-") and not args.format and named is None:
        say_error("cli.err.format_unknown", output=output)  # never an SVG named .pdf
        return EXIT_INVALID
    fmt = args.format or named or "svg"
    if output not in (None, "-"):
        try:
            refuse_inputs(output, [args.path])
        except OutputError as exc:
            output_error(exc)
            return EXIT_INVALID
    toc = load_or_report(args.path, args.lang)
    if toc is None:
        return EXIT_INVALID
    if output is None:
        output = "-" if fmt in ("dot", "mmd") else f"{toc.id}.{fmt}"
    options: dict[str, Any] = {
        "stop": args.stop,
        "partners": args.partner,
        "fail": args.fail,
        "lang": args.lang,
        "direction": args.direction,
        "group": args.group,
    }
    try:
        data = render(toc, fmt, **options)
    except RendererNotFoundError:
        if output == "-":
            say_error("cli.err.no_layout")
            return EXIT_INVALID
        fallback = Path(output).with_suffix(".dot")
        try:
            write_output(fallback, render(toc, "dot", **options), inputs=[args.path])
        except OutputError as problem:
            output_error(problem)
            return EXIT_INVALID
        from tocgraph.i18n import text

        missing = text("cli.err.no_layout", args.lang)
        say_error("cli.err.wrote_instead", problem=missing, fallback=fallback, output=output)
        return EXIT_INVALID
    except RenderError as exc:
        output_error(exc)
        return EXIT_INVALID
    if output == "-":
        if fmt in ("dot", "mmd"):
            sys.stdout.write(data.decode("utf-8"))
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        return EXIT_OK
    return EXIT_OK if write_or_report(output, data, [args.path], args.lang) else EXIT_INVALID

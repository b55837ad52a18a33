"""Helpers shared by the subcommands: exit codes, common options, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from tocgraph.errors import Diagnostic

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INVALID",
    "EXIT_OK",
    "add_common",
    "add_lang",
    "add_scenario",
    "error",
    "input_path",
    "load_or_report",
    "output_path",
    "print_json",
    "report_diagnostics",
    "write_or_report",
    "write_text",
]

EXIT_OK, EXIT_FINDINGS, EXIT_INVALID = 0, 1, 2


def add_common(command: argparse.ArgumentParser) -> None:
    """``--json`` and ``--lang``."""
    command.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_lang(command)


def add_lang(command: argparse.ArgumentParser, what: str = "report") -> None:
    """``--lang en|nl``."""
    command.add_argument(
        "--lang", choices=("en", "nl"), default="en", help=f"language of the {what} (default en)"
    )


def add_scenario(command: argparse.ArgumentParser) -> None:
    """``--stop ID ...`` and ``--partner NAME ...``, as ``args.stop`` and ``args.partner``."""
    command.add_argument(
        "--stop", nargs="+", action="extend", default=[], metavar="ID", help="activities to stop"
    )
    command.add_argument(
        "--partner",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME",
        help="partners that drop out (all their activities stop)",
    )


def input_path(value: str) -> str:
    """An argparse ``type`` for input files: an empty path is an error, not the current folder."""
    if not value:
        raise argparse.ArgumentTypeError("the path is empty; name a file or folder")
    if "\0" in value:
        raise argparse.ArgumentTypeError("the path contains a NUL character")
    return value


def output_path(value: str) -> str:
    """An argparse ``type`` for ``-o``: an empty path or a folder is an error."""
    if not value:
        raise argparse.ArgumentTypeError("the output path is empty; name a file, or '-' for stdout")
    if "\0" in value:
        raise argparse.ArgumentTypeError("the output path contains a NUL character")
    if value.endswith("/"):
        raise argparse.ArgumentTypeError(f"the output {value} is a folder; name a file in it")
    return value


def write_or_report(path: str, data: str | bytes, inputs: Sequence[str]) -> bool:
    """Write an output file (refusing any of ``inputs``); print why not and return False."""
    from tocgraph.errors import OutputError
    from tocgraph.output import write_output

    try:
        write_output(path, data, inputs=inputs)
    except OutputError as exc:
        error(str(exc))
        return False
    write_text(f"tocgraph: wrote {path}\n", sys.stderr)
    return True


def load_or_report(path: str) -> Any:
    """The ToC at ``path``, or ``None`` after printing its diagnostics to stderr."""
    from tocgraph.errors import InvalidToCError
    from tocgraph.loading import load

    try:
        return load(path)
    except InvalidToCError as exc:
        report_diagnostics(exc.diagnostics)
        return None


def report_diagnostics(diagnostics: Iterable[Diagnostic]) -> None:
    """Print located diagnostics to stderr, one per line (control characters shown)."""
    write_text("".join(d.format() + "\n" for d in diagnostics), sys.stderr)


def print_json(value: object) -> None:
    """``value`` as indented JSON on stdout (control characters are JSON escapes)."""
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def write_text(report: str, stream: TextIO | None = None) -> None:
    """A text report on stdout (or ``stream``), with control characters shown, not sent."""
    from tocgraph.report.escape import terminal_text

    (stream or sys.stdout).write(terminal_text(report))


def error(message: str) -> None:
    """A one-line error on stderr."""
    write_text(f"tocgraph: error: {message}\n", sys.stderr)

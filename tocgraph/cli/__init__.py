"""The ``tocgraph`` command line: a thin shell over the library.

Each subcommand loads its input, calls one library function, formats the
result and returns an exit code: 0 ok, 1 findings (``--strict``, or a change
that costs a goal its support), 2 invalid input or usage. Library modules are
imported inside the subcommands, so ``tocgraph --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from tocgraph.cli import check, init, portfolio, render, report, whatif
from tocgraph.cli.common import EXIT_OK, error

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tocgraph",
        description="Theory-of-Change graphs: check a ToC, see which goals an activity carries.",
        epilog="Exit codes: 0 ok, 1 findings, 2 invalid input or usage.",
    )
    parser.add_argument("-V", "--version", action=_Version, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    check.add(commands)
    whatif.add(commands)
    render.add(commands)
    report.add(commands)
    portfolio.add(commands)
    init.add(commands)
    return parser


class _Version(argparse.Action):
    """``-V``: read the version only when asked (importlib.metadata is slow to import)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        from tocgraph.version import __version__

        sys.stdout.write(f"tocgraph {__version__}\n")
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Examples
    --------
    >>> main(["check", "models/worden-wie-je-bent.yaml", "--json"])  # doctest: +ELLIPSIS
    {
      "path": "models/worden-wie-je-bent.yaml",
    ...
    0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK

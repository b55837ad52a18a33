"""The ``tocgraph`` command line: a thin shell over the library.

Each subcommand loads its input, calls one library function, formats the
result and returns an exit code: 0 ok, 1 findings (``--strict``, or a change
that costs a goal its support), 2 invalid input or usage. A bug is one line
and exit 2 as well, never a traceback and exit 1 (``TOCGRAPH_DEBUG=1`` shows
the traceback). Library modules are imported inside the subcommands, so
``tocgraph --help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from tocgraph.cli import check, init, portfolio, render, report, schema, sheets, whatif
from tocgraph.cli.common import (
    EXIT_INVALID,
    Parser,
    add_max_bytes,
    error,
    report_diagnostics,
    say_error,
)
from tocgraph.cli.helpformat import HelpFormatter, epilog
from tocgraph.cli.process import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    flushed,
    run,
    silence_stdout,
    system_error,
)
from tocgraph.cli.usage import (
    asked_lang,
    command_of,
    default_lang,
    lang_of,
    speaking,
    spoken,
)

if TYPE_CHECKING:
    from tocgraph.i18n import Lang

__all__ = ["main", "run"]


def _parser(lang: Lang = "en", command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of ``command`` and its module's others.

    ``lang`` is the default of their ``--lang``. Building the parsers of the
    commands not run cost about 8 ms of every start (``docs/performance.md``).
    """
    parser = Parser(
        prog="tocgraph",
        description="Theory-of-Change graphs: check a ToC, see which goals an activity carries.",
        epilog=epilog(
            [
                "tocgraph init toc",
                "tocgraph check toc/ --strict",
                "tocgraph impact toc/toc.yaml --stop A1",
                "tocgraph check --help",
            ],
            "A file named '-' is standard input. Exit codes: 0 ok, "
            "1 findings, 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("-V", "--version", action=_Version, help="show the version and exit")
    parser.add_argument(  # main() reads it from argv first: it is every command's default
        "--lang",
        dest="main_lang",
        choices=("en", "nl"),
        help="language of the help, the messages and the output of the command that follows "
        "(default: $TOCGRAPH_LANG, else en)",
    )
    # Not argparse-required: ``tocgraph --bogus`` should name the bad option, and main()
    # reports a missing command itself.
    commands = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command", metavar="COMMAND"),  # sub-parsers are Parsers
    )

    for module in _ORDER if command is None else (_MODULES[command],):
        module.add(commands)
    for name, sub in commands.choices.items():
        if name not in _WRITE_ONLY:
            add_max_bytes(sub)
        if any(action.dest == "lang" for action in sub._actions):
            sub.set_defaults(lang=lang)
    return parser


_ORDER = (check, whatif, render, report, portfolio, sheets, init, schema)
"""The modules that add the commands, in the order ``--help`` lists them."""

_MODULES = {
    "check": check,
    **dict.fromkeys(("impact", "critical", "diff", "change-request"), whatif),
    "render": render,
    "report": report,
    "portfolio": portfolio,
    **dict.fromkeys(("export", "import", "status-update"), sheets),
    "init": init,
    "schema": schema,
}
"""The module that adds each command (a test checks it against the parsers)."""

_WRITE_ONLY = frozenset({"init", "schema", "import"})
"""Commands that read no YAML document, so take no ``--max-bytes``."""


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
    arguments = sys.argv[1:] if argv is None else argv
    default: Lang = "en"
    try:  # without --lang, $TOCGRAPH_LANG gives the language
        default = default_lang(os.environ)
    except ValueError as exc:
        if asked_lang(arguments) is None:  # not overridden by --lang
            error(str(exc))
            return EXIT_INVALID
    # a --lang before the command is the default of the command's own --lang
    parser = _parser(asked_lang(arguments) or default, command_of(arguments, _MODULES))
    # usage errors follow --lang (tocgraph.cli.usage)
    with speaking(lang := lang_of(arguments, default)):
        try:
            args = parser.parse_args(argv)
            if args.command is None:  # only options of the main parser given
                from tocgraph.i18n import text

                parser.error(text("usage.no_command", lang))
        except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
            return int(exc.code or 0)
    return _run(args, lang)


def _run(args: argparse.Namespace, lang: Lang = "en") -> int:
    """Run a subcommand: errors tocgraph raises become messages, never tracebacks.

    They are worded in the command's ``--lang``, or ``lang`` for a command without one.
    """
    from tocgraph.i18n import check_lang

    with speaking(check_lang(getattr(args, "lang", lang))):
        return _run_spoken(args)


def _run_spoken(args: argparse.Namespace) -> int:
    from tocgraph.errors import InvalidToCError, TocGraphError
    from tocgraph.i18n import error_text

    try:
        limit = getattr(args, "max_bytes", None)
        if limit is None:
            code = int(args.run(args))
        else:
            from tocgraph.loading.text import size_limit

            with size_limit(limit):
                code = int(args.run(args))
    except KeyboardInterrupt:
        say_error("cli.err.interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader left before the command finished
        silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # not a bug: the system refused (standard output on a full disk)
        system_error(exc)
        return EXIT_INVALID
    except InvalidToCError as exc:
        report_diagnostics(exc.diagnostics, getattr(args, "lang", "en"))
        return EXIT_INVALID
    except TocGraphError as exc:
        error(error_text(exc, spoken()))
        return EXIT_INVALID
    except Exception as exc:  # a bug: exit 2, never 1 (which means findings) with a traceback
        if os.environ.get("TOCGRAPH_DEBUG") == "1":
            raise
        say_error("cli.err.internal", error=f"{type(exc).__name__}: {exc}")
        return EXIT_INVALID
    return flushed(code)  # a full disk or a closed pipe is reported here, in words

"""The ``check`` subcommand: check ToC, change-request and policy files."""

from __future__ import annotations

import argparse
import datetime

from tocgraph.cli.common import (
    EXIT_FINDINGS,
    EXIT_INVALID,
    EXIT_OK,
    add_common,
    folder_path,
    input_path,
    print_json,
    say_error,
    write_text,
)
from tocgraph.cli.helpformat import HelpFormatter, epilog
from tocgraph.cli.usage import type_error

__all__ = ["add", "add_as_of", "as_of_date", "stdin_once"]


def as_of_date(value: str) -> datetime.date:
    """An ``--as-of`` value: a date ``YYYY-MM-DD``, or ``today`` (Dutch: ``vandaag``)."""
    if value.strip().lower() in ("today", "vandaag"):
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise type_error("usage.date", value=repr(value)) from None


def add_as_of(parser: argparse.ArgumentParser, help_text: str) -> None:
    """Add ``--as-of DATE`` (a date or ``today``) to a subcommand."""
    parser.add_argument("--as-of", metavar="DATE", type=as_of_date, help=help_text)


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check",
        help="check ToC, change-request and policy files",
        description="Check every tocgraph file named, by its header: a ToC is validated and "
        "assessed (verdict, margin and single points of failure of every goal and outcome); "
        "a change request is applied to its baseline ToC and reviewed; a policy file is "
        "validated. A folder stands for its .yaml and .yml files; '-' reads standard input.",
        epilog=epilog(
            [
                "tocgraph check toc/toc.yaml",
                "tocgraph check toc/ toc/change-requests/ --strict",
                "tocgraph check toc/toc.yaml --json --lang nl",
                "tocgraph check toc/toc.yaml --as-of today",
                "tocgraph check - < toc/toc.yaml",
            ],
            "Exit codes: 0 ok; 1 a change request costs a goal its support, or warnings "
            "with --strict; 2 a file is invalid, or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    check.add_argument(
        "paths",
        nargs="+",
        metavar="FILE|DIR",
        type=input_path,
        help="files or folders; '-' for standard input",
    )
    add_common(check)
    check.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    check.add_argument(
        "--root",
        metavar="DIR",
        type=folder_path,
        help="the folder a change request's baseline ToC must be inside "
        "(default: the current folder)",
    )
    add_as_of(
        check,
        "look at the ToC as on DATE (YYYY-MM-DD, or 'today'): later measurements are left "
        "out, and running activities past their end date are warned about",
    )
    check.set_defaults(run=_run_check)


def stdin_once(paths: list[str]) -> bool:
    """False, after saying so, when ``-`` is named more than once (stdin is read once)."""
    if paths.count("-") > 1:
        say_error("cli.err.stdin_twice")
        return False
    return True


def _run_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tocgraph.report.check import check_summary, check_text
    from tocgraph.use_cases import check_paths

    if not stdin_once(args.paths):
        return EXIT_INVALID
    results = check_paths(args.paths, root=args.root, as_of=args.as_of)
    if not results:
        say_error("cli.err.no_yaml", paths=", ".join(args.paths))
        return EXIT_INVALID
    if args.json:
        objects = [r.to_dict(args.lang) for r in results]
        named = args.paths[0]
        single = len(args.paths) == len(results) == 1 and (named == "-" or not Path(named).is_dir())
        print_json(objects[0] if single else objects)
    else:
        write_text("\n".join(check_text(r, args.lang) for r in results))
        if len(results) > 1:
            write_text(f"\n{check_summary(results, args.lang)}\n")
    if not all(r.valid for r in results):
        return EXIT_INVALID
    if any(r.goals_lost or (r.review and r.review.goals_at_risk()) for r in results):
        return EXIT_FINDINGS
    if args.strict and any(r.warnings for r in results):
        return EXIT_FINDINGS
    return EXIT_OK

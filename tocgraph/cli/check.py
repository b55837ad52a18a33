"""The ``check`` subcommand: validate ToC files and assess them."""

from __future__ import annotations

import argparse
from pathlib import Path

from tocgraph.cli.common import (
    EXIT_FINDINGS,
    EXIT_INVALID,
    EXIT_OK,
    add_common,
    error,
    input_path,
    print_json,
    write_text,
)

__all__ = ["add"]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check",
        help="validate ToC files and assess every goal",
        description="Validate ToC files and report verdict, margin and single points of "
        "failure for every goal and outcome.",
    )
    check.add_argument(
        "paths", nargs="+", metavar="FILE|DIR", type=input_path, help="ToC files or directories"
    )
    add_common(check)
    check.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    check.set_defaults(run=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    from tocgraph.report.check import check_summary, check_text
    from tocgraph.use_cases import check_paths

    results = check_paths(args.paths)
    if not results:
        error("no .yaml files found in " + ", ".join(args.paths))
        return EXIT_INVALID
    if args.json:
        objects = [r.to_dict() for r in results]
        single = (
            len(args.paths) == 1
            and len(results) == 1
            and Path(results[0].path) == Path(args.paths[0])
            and not Path(args.paths[0]).is_dir()
        )
        print_json(objects[0] if single else objects)
    else:
        write_text("\n".join(check_text(r, args.lang) for r in results))
        if len(results) > 1:
            write_text(f"\n{check_summary(results, args.lang)}\n")
    if not all(r.valid for r in results):
        return EXIT_INVALID
    if args.strict and any(r.warnings for r in results):
        return EXIT_FINDINGS
    return EXIT_OK

"""The ``check`` subcommand: validate ToC files and assess them."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tocgraph.cli.common import (
    EXIT_FINDINGS,
    EXIT_INVALID,
    EXIT_OK,
    add_common,
    error,
    print_json,
)

__all__ = ["add"]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check",
        help="validate ToC files and assess every goal",
        description="Validate ToC files and report verdict, margin and single points of "
        "failure for every goal and outcome.",
    )
    check.add_argument("paths", nargs="+", metavar="FILE|DIR", help="ToC files or directories")
    add_common(check)
    check.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    check.set_defaults(run=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    from tocgraph.errors import InvalidToCError
    from tocgraph.loading import load_document
    from tocgraph.loading.discover import toc_files
    from tocgraph.report.check import (
        check_document,
        check_json,
        check_text,
        invalid_file,
    )

    files = toc_files(args.paths)
    if not files:
        error("no .yaml files found in " + ", ".join(args.paths))
        return EXIT_INVALID
    results = []
    for path in files:
        try:
            document = load_document(path)
        except InvalidToCError as exc:
            results.append(invalid_file(str(path), exc.diagnostics))
            continue
        results.append(check_document(document))
    if args.json:
        objects = [check_json(r) for r in results]
        single = len(args.paths) == 1 and len(files) == 1 and files[0] == _as_path(args.paths[0])
        print_json(objects[0] if single else objects)
    else:
        from tocgraph.report.i18n import label

        texts = [check_text(r, args.lang) for r in results]
        sys.stdout.write("\n".join(texts))
        if len(results) > 1:
            valid = sum(r.valid for r in results)
            warnings = sum(len(r.warnings) for r in results)
            summary = label(
                "summary.files",
                args.lang,
                files=len(results),
                valid=valid,
                invalid=len(results) - valid,
                warnings=warnings,
            )
            sys.stdout.write(f"\n{summary}\n")
    if not all(r.valid for r in results):
        return EXIT_INVALID
    if args.strict and any(r.warnings for r in results):
        return EXIT_FINDINGS
    return EXIT_OK


def _as_path(raw: str) -> Any:
    from pathlib import Path

    return Path(raw)

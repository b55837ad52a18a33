"""The ``portfolio`` subcommand: the ministry's view over all alliances."""

from __future__ import annotations

import argparse
import json
import sys

from tocgraph.cli.common import (
    EXIT_FINDINGS,
    EXIT_INVALID,
    EXIT_OK,
    add_common,
    error,
    report_diagnostics,
    write_text,
)

__all__ = ["add"]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    portfolio = commands.add_parser(
        "portfolio",
        help="all alliances together: statuses, goals, subsidy, shared partners, policy coverage",
        description="Every ToC in a directory together, against the policy file's aims and "
        "domains; with --partner, what happens in every alliance when those drop out.",
        epilog="Exit codes: 0 ok; 1 findings (--strict); 2 invalid input or usage.",
    )
    portfolio.add_argument("dir", metavar="DIR", help="a directory of ToC files")
    portfolio.add_argument("--policy", metavar="FILE", help="default: DIR/policy.yaml if present")
    portfolio.add_argument(
        "--partner", nargs="+", action="extend", default=[], metavar="NAME", help="drop-outs"
    )
    add_common(portfolio)
    portfolio.add_argument(
        "--format",
        choices=("text", "json", "html"),
        help="text (default), json (the same as --json), or html: one self-contained page",
    )
    portfolio.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    portfolio.add_argument("--strict", action="store_true", help="exit 1 when there are findings")
    portfolio.set_defaults(run=_run_portfolio)


def _run_portfolio(args: argparse.Namespace) -> int:
    from tocgraph.errors import InvalidToCError, ScenarioError
    from tocgraph.output import write_atomic
    from tocgraph.report.portfolio import portfolio_text
    from tocgraph.use_cases import portfolio_folder, portfolio_html

    try:
        checked = portfolio_folder(args.dir, args.policy, args.partner)
    except InvalidToCError as exc:
        report_diagnostics(exc.diagnostics)
        return EXIT_INVALID
    except ScenarioError as exc:
        error(str(exc))
        return EXIT_INVALID
    fmt = "json" if args.json else args.format or "text"
    if fmt == "json":
        report = json.dumps(checked.to_dict(), indent=2, ensure_ascii=False) + "\n"
    elif fmt == "html":
        report = portfolio_html(checked, args.lang)
    else:
        report = portfolio_text(checked.portfolio, args.lang, checked.findings)
    if args.output and args.output != "-":
        try:
            write_atomic(args.output, report)
        except OSError as exc:
            error(f"cannot write {args.output}: {exc.strerror or exc}")
            return EXIT_INVALID
        write_text(f"tocgraph: wrote {args.output}\n", sys.stderr)
    elif fmt == "json":
        sys.stdout.write(report)
    else:
        write_text(report)
    return EXIT_FINDINGS if args.strict and checked.findings else EXIT_OK

"""The ``portfolio`` subcommand: the ministry's view over all alliances."""

from __future__ import annotations

import argparse

from tocgraph.cli.common import (
    EXIT_FINDINGS,
    EXIT_INVALID,
    EXIT_OK,
    add_common,
    error,
    input_path,
    print_json,
    report_diagnostics,
    write_text,
)
from tocgraph.cli.helpformat import HelpFormatter, epilog

__all__ = ["add"]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    portfolio = commands.add_parser(
        "portfolio",
        help="all alliances together: statuses, goals, subsidy, shared partners, policy coverage",
        description="Every ToC in a directory together, against the policy file's aims and "
        "domains; with --partner, what happens in every alliance when those drop out.",
        epilog=epilog(
            [
                "tocgraph portfolio toc/",
                'tocgraph portfolio toc/ --partner "Partner B" --lang nl',
                "tocgraph portfolio toc/ --policy policy.yaml --json --strict",
            ],
            "Exit codes: 0 ok; 1 findings (--strict); 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    portfolio.add_argument("dir", metavar="DIR", type=input_path, help="a directory of ToC files")
    portfolio.add_argument(
        "--policy", metavar="FILE", type=input_path, help="default: DIR/policy.yaml if present"
    )
    portfolio.add_argument(
        "--partner", nargs="+", action="extend", default=[], metavar="NAME", help="drop-outs"
    )
    add_common(portfolio)
    portfolio.add_argument("--strict", action="store_true", help="exit 1 when there are findings")
    portfolio.set_defaults(run=_run_portfolio)


def _run_portfolio(args: argparse.Namespace) -> int:
    from tocgraph.errors import InvalidToCError, ScenarioError
    from tocgraph.report.portfolio import portfolio_text
    from tocgraph.use_cases import portfolio_folder

    try:
        checked = portfolio_folder(args.dir, args.policy, args.partner)
    except InvalidToCError as exc:
        report_diagnostics(exc.diagnostics)
        return EXIT_INVALID
    except ScenarioError as exc:
        error(str(exc))
        return EXIT_INVALID
    if args.json:
        print_json(checked.to_dict())
    else:
        write_text(portfolio_text(checked.portfolio, args.lang, checked.findings))
    return EXIT_FINDINGS if args.strict and checked.findings else EXIT_OK

"""The ``portfolio`` subcommand: the ministry's view over all alliances."""

from __future__ import annotations

import argparse
import sys

from tocgraph.cli.check import add_as_of
from tocgraph.cli.common import (
    EXIT_FINDINGS,
    EXIT_INVALID,
    EXIT_OK,
    add_common,
    add_partners,
    folder_inputs,
    input_path,
    json_text,
    output_path,
    write_or_report,
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
                "tocgraph portfolio toc/ --as-of 2025-01-31",
            ],
            "Exit codes: 0 ok; 1 findings (--strict); 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    portfolio.add_argument("dir", metavar="DIR", type=input_path, help="a directory of ToC files")
    portfolio.add_argument(
        "--policy",
        metavar="FILE",
        type=input_path,
        help="the policy file, or '-' for standard input; default: DIR/policy.yaml, else the "
        "one policy file in DIR",
    )
    add_partners(portfolio, "drop-outs")
    add_common(portfolio)
    portfolio.add_argument(
        "--format",
        choices=("text", "json", "html"),
        help="text (default), json (the same as --json), or html: one self-contained page",
    )
    portfolio.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=output_path,
        help="write to OUT instead of stdout; never one of the inputs",
    )
    portfolio.add_argument("--strict", action="store_true", help="exit 1 when there are findings")
    add_as_of(
        portfolio,
        "count monitoring coverage (outcomes with an indicator measured in the 12 months up to "
        "DATE) on DATE: YYYY-MM-DD, or 'today' (the default)",
    )
    portfolio.set_defaults(run=_run_portfolio)


def _run_portfolio(args: argparse.Namespace) -> int:
    from tocgraph.report.portfolio import portfolio_text
    from tocgraph.use_cases import portfolio_folder, portfolio_html

    # invalid files and unknown partners raise; main() reports them with exit 2
    checked = portfolio_folder(args.dir, args.policy, args.partner, as_of=args.as_of)
    fmt = "json" if args.json else args.format or "text"
    if fmt == "json":
        report = json_text(checked.to_dict(args.lang))
    elif fmt == "html":
        report = portfolio_html(checked, args.lang)
    else:
        report = portfolio_text(checked.portfolio, args.lang, checked.findings)
    if args.output and args.output != "-":
        if not write_or_report(args.output, report, _inputs(args.dir, args.policy), args.lang):
            return EXIT_INVALID
    elif fmt == "json":
        sys.stdout.write(report)
    else:
        write_text(report)
    return EXIT_FINDINGS if args.strict and checked.findings else EXIT_OK


def _inputs(folder: str, policy: str | None) -> list[str]:
    """Every file a portfolio may have read: the folder's YAML files and the policy."""
    found = folder_inputs(folder, "*.y*ml")
    return [*found, policy] if policy and policy != "-" else found

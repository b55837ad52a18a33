"""The ``impact``, ``critical``, ``diff`` and ``change-request`` subcommands."""

from __future__ import annotations

import argparse
import sys

from tocgraph.cli.common import (
    EXIT_FINDINGS,
    EXIT_INVALID,
    EXIT_OK,
    add_common,
    add_lang,
    add_scenario,
    error,
    folder_path,
    input_path,
    json_text,
    load_or_report,
    node_id,
    output_error,
    output_path,
    print_json,
    say_error,
    write_or_report,
    write_text,
)
from tocgraph.cli.helpformat import HelpFormatter, epilog

__all__ = ["add"]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    impact = commands.add_parser(
        "impact",
        help="what if activities stop, a partner drops out, or an assumption fails?",
        description="Assess the ToC with the named activities stopped, every activity of "
        "the named partners stopped, or the named assumptions failing, and show what "
        "changes. FILE '-' reads standard input.",
        epilog=epilog(
            [
                "tocgraph impact toc/toc.yaml --stop A1 A2",
                'tocgraph impact toc/toc.yaml --partner "Partner B" --json',
                "tocgraph impact toc/toc.yaml --fail S1",
                "tocgraph impact - --stop A1 < toc/toc.yaml",
            ],
            "Exit codes: 0 ok; 2 invalid input or usage, or an unknown activity, partner or "
            "assumption.",
        ),
        formatter_class=HelpFormatter,
    )
    impact.add_argument(
        "path", metavar="FILE", type=input_path, help="a ToC file, or '-' for standard input"
    )
    add_scenario(impact)
    impact.add_argument(
        "--fail",
        nargs="+",
        action="extend",
        default=[],
        metavar="ID",
        type=node_id,
        help="named assumptions that fail (the links that name them carry nothing)",
    )
    add_common(impact)
    impact.set_defaults(run=_run_impact)

    critical = commands.add_parser(
        "critical",
        help="single points of failure, and the activities whose loss costs most",
        description="For every goal its single points of failure; then every activity ranked "
        "by what its loss alone costs the goals: where monitoring should look first. "
        "FILE '-' reads standard input.",
        epilog=epilog(
            [
                "tocgraph critical toc/toc.yaml",
                "tocgraph critical toc/toc.yaml --json --lang nl",
            ],
            "Exit codes: 0 ok; 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    critical.add_argument(
        "path", metavar="FILE", type=input_path, help="a ToC file, or '-' for standard input"
    )
    add_common(critical)
    critical.set_defaults(run=_run_critical)

    diff = commands.add_parser(
        "diff",
        help="compare two versions of a ToC",
        description="Nodes added, removed and changed (field by field), links added and "
        "removed, and the effect on every goal, outcome and output. Ids are identities: "
        "renames are not guessed. Either file may be '-', standard input.",
        epilog=epilog(
            [
                "tocgraph diff approved/toc.yaml toc/toc.yaml",
                "git show HEAD~1:toc/toc.yaml | tocgraph diff - toc/toc.yaml --json",
            ],
            "Exit codes: 0 ok; 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    diff.add_argument(
        "old", metavar="OLD", type=input_path, help="the earlier version (a ToC file, or '-')"
    )
    diff.add_argument(
        "new", metavar="NEW", type=input_path, help="the later version (a ToC file, or '-')"
    )
    add_common(diff)
    diff.set_defaults(run=_run_diff)

    change = commands.add_parser(
        "change-request",
        help="apply a change request and write its justification for the ministry",
        description="Apply a change request (wijzigingsverzoek) to its baseline ToC and write "
        "a justification document: per change its rationale and effect, goals before and "
        "after, and the findings an account holder must see. CR '-' reads standard input; "
        "its toc: is then a path from the current folder.",
        epilog=epilog(
            [
                "tocgraph change-request toc/change-requests/example.yaml -o report.md",
                "tocgraph change-request toc/change-requests/example.yaml --format json --lang nl",
                "tocgraph change-request toc/change-requests/example.yaml --policy policy.yaml",
            ],
            "Exit codes: 0 no goal loses its support, 1 some goal that was potentially "
            "effective is not any more, 2 invalid input or usage.",
        ),
        formatter_class=HelpFormatter,
    )
    change.add_argument("path", metavar="CR", type=input_path, help="a change-request file, or '-'")
    change.add_argument(
        "--root",
        metavar="DIR",
        type=folder_path,
        help="the folder its baseline ToC must be inside (default: the current folder)",
    )
    change.add_argument(
        "--policy",
        metavar="FILE",
        type=input_path,
        help="a policy file whose triage rules say whether a formal request to the subsidy "
        "office is needed or a change of the annual plan suffices",
    )
    change.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=output_path,
        help="write to OUT instead of stdout; never the change request or its baseline",
    )
    change.add_argument(
        "--format",
        choices=("md", "json", "html"),
        default="md",
        help="md (default), json, or html: one self-contained page with an SVG diagram",
    )
    add_lang(change)
    change.add_argument(
        "--no-diagram", action="store_true", help="leave the diagram out of the report"
    )
    change.set_defaults(run=_run_change_request)


def _run_impact(args: argparse.Namespace) -> int:
    from tocgraph.analysis import impact
    from tocgraph.report.whatif import impact_text

    toc = load_or_report(args.path, args.lang)
    if toc is None:
        return EXIT_INVALID
    if not args.stop and not args.partner and not args.fail:
        from tocgraph.i18n import text

        error(text("cli.no_scenario", args.lang))
        return EXIT_INVALID
    # a ScenarioError (unknown id): main() says it
    result = impact(toc, stop=args.stop, partners=args.partner, fail=args.fail)
    if args.json:
        print_json(result.to_dict())
    else:
        write_text(impact_text(toc, result, args.lang))
    return EXIT_OK


def _run_critical(args: argparse.Namespace) -> int:
    from tocgraph.analysis import criticality
    from tocgraph.report.whatif import critical_text

    toc = load_or_report(args.path, args.lang)
    if toc is None:
        return EXIT_INVALID
    result = criticality(toc)
    if args.json:
        print_json(result.to_dict())
    else:
        write_text(critical_text(toc, result, args.lang))
    return EXIT_OK


def _run_diff(args: argparse.Namespace) -> int:
    from tocgraph.analysis import compare
    from tocgraph.report.whatif import diff_text

    if args.old == args.new == "-":
        say_error("cli.err.stdin_twice")
        return EXIT_INVALID
    old = load_or_report(args.old, args.lang)
    if old is None and args.new == args.old:  # one file named twice: its errors once
        return EXIT_INVALID
    new = load_or_report(args.new, args.lang)
    if old is None or new is None:
        return EXIT_INVALID
    result = compare(old, new)
    if args.json:
        print_json(result.to_dict())
    else:
        write_text(diff_text(result, args.lang, old=old, new=new))
    return EXIT_OK


def _run_change_request(args: argparse.Namespace) -> int:
    from tocgraph.errors import OutputError
    from tocgraph.output import refuse_inputs
    from tocgraph.use_cases import (
        change_request_html,
        change_request_markdown,
        review_change_file,
    )

    writing = bool(args.output) and args.output != "-"
    inputs = [args.path, *([args.policy] if args.policy else [])]
    if writing:
        try:
            refuse_inputs(args.output, inputs)
        except OutputError as exc:
            output_error(exc)
            return EXIT_INVALID
    if args.path == args.policy == "-":
        say_error("cli.err.stdin_twice")
        return EXIT_INVALID
    reviewed = review_change_file(args.path, root=args.root, policy=args.policy)  # main() reports
    if args.format == "json":
        report = json_text(reviewed.to_dict())
    elif args.format == "html":
        report = change_request_html(reviewed, args.lang, diagram=not args.no_diagram)
    else:
        report = change_request_markdown(reviewed, args.lang, diagram=not args.no_diagram)
    if writing:
        if not write_or_report(args.output, report, [*inputs, reviewed.baseline], args.lang):
            return EXIT_INVALID
    elif args.format == "json":
        sys.stdout.write(report)  # escaped as JSON already: the same bytes as in a file
    else:
        write_text(report)
    return EXIT_FINDINGS if reviewed.review.goals_at_risk() else EXIT_OK

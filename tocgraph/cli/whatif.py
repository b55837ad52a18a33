"""The ``impact``, ``critical``, ``diff`` and ``change-request`` subcommands."""

from __future__ import annotations

import argparse
import json
import sys

from tocgraph.cli.common import (
    EXIT_FINDINGS,
    EXIT_INVALID,
    EXIT_OK,
    add_common,
    add_lang,
    add_scenario,
    error,
    load_or_report,
    print_json,
    report_diagnostics,
    write_text,
)

__all__ = ["add"]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    impact = commands.add_parser(
        "impact",
        help="what if activities stop, or a partner drops out?",
        description="Assess the ToC with the named activities stopped, or every activity of "
        "the named partners stopped, and show what changes.",
    )
    impact.add_argument("path", metavar="FILE", help="a ToC file")
    add_scenario(impact)
    add_common(impact)
    impact.set_defaults(run=_run_impact)

    critical = commands.add_parser(
        "critical",
        help="single points of failure, and the activities whose loss costs most",
        description="For every goal its single points of failure; then every activity ranked "
        "by what its loss alone costs the goals: where monitoring should look first.",
    )
    critical.add_argument("path", metavar="FILE", help="a ToC file")
    add_common(critical)
    critical.set_defaults(run=_run_critical)

    diff = commands.add_parser(
        "diff",
        help="compare two versions of a ToC",
        description="Nodes added, removed and changed (field by field), links added and "
        "removed, and the effect on every goal, outcome and output. Ids are identities: "
        "renames are not guessed.",
    )
    diff.add_argument("old", metavar="OLD", help="the earlier version")
    diff.add_argument("new", metavar="NEW", help="the later version")
    add_common(diff)
    diff.set_defaults(run=_run_diff)

    change = commands.add_parser(
        "change-request",
        help="apply a change request and write its justification for the ministry",
        description="Apply a change request (wijzigingsverzoek) to its baseline ToC and write "
        "a justification document: per change its rationale and effect, goals before and "
        "after, and the findings an account holder must see.",
        epilog="Exit codes: 0 no goal loses its support, 1 some goal that was potentially "
        "effective is not any more, 2 invalid input or usage.",
    )
    change.add_argument("path", metavar="CR", help="a change-request file")
    change.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
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
    from tocgraph.errors import ScenarioError
    from tocgraph.report.whatif import impact_text

    toc = load_or_report(args.path)
    if toc is None:
        return EXIT_INVALID
    if not args.stop and not args.partner:
        error("name activities with --stop or partners with --partner")
        return EXIT_INVALID
    try:
        result = impact(toc, stop=args.stop, partners=args.partner)
    except ScenarioError as exc:
        error(str(exc))
        return EXIT_INVALID
    if args.json:
        print_json(result.to_dict())
    else:
        write_text(impact_text(toc, result, args.lang))
    return EXIT_OK


def _run_critical(args: argparse.Namespace) -> int:
    from tocgraph.analysis import criticality
    from tocgraph.report.whatif import critical_text

    toc = load_or_report(args.path)
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

    old, new = load_or_report(args.old), load_or_report(args.new)
    if old is None or new is None:
        return EXIT_INVALID
    result = compare(old, new)
    if args.json:
        print_json(result.to_dict())
    else:
        write_text(diff_text(result, args.lang))
    return EXIT_OK


def _run_change_request(args: argparse.Namespace) -> int:
    from tocgraph.errors import InvalidToCError
    from tocgraph.output import write_atomic
    from tocgraph.use_cases import (
        change_request_html,
        change_request_markdown,
        review_change_file,
    )

    try:
        reviewed = review_change_file(args.path)
    except InvalidToCError as exc:
        report_diagnostics(exc.diagnostics)
        return EXIT_INVALID
    if args.format == "json":
        report = json.dumps(reviewed.to_dict(), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "html":
        report = change_request_html(reviewed, args.lang, diagram=not args.no_diagram)
    else:
        report = change_request_markdown(reviewed, args.lang, diagram=not args.no_diagram)
    if args.output and args.output != "-":
        try:
            write_atomic(args.output, report)
        except OSError as exc:
            error(f"cannot write {args.output}: {exc.strerror or exc}")
            return EXIT_INVALID
        write_text(f"tocgraph: wrote {args.output}\n", sys.stderr)
    else:
        write_text(report)
    return EXIT_FINDINGS if reviewed.goals_lost() else EXIT_OK

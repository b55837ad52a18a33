"""The ``tocgraph`` command line: a thin shell over the library.

Each subcommand loads its input, calls one library function, formats the
result and returns an exit code: 0 ok, 1 findings (``--strict``, or a change
that costs a goal its support), 2 invalid input or usage. Library modules are
imported inside the subcommands, so ``tocgraph --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_INVALID = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tocgraph",
        description="Theory-of-Change graphs: check a ToC, see which goals an activity carries.",
        epilog="Exit codes: 0 ok, 1 findings, 2 invalid input or usage.",
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    check = commands.add_parser(
        "check",
        help="validate ToC files and assess every goal",
        description="Validate ToC files and report verdict, margin and single points of "
        "failure for every goal and outcome.",
    )
    check.add_argument("paths", nargs="+", metavar="FILE|DIR", help="ToC files or directories")
    _add_common(check)
    check.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    check.set_defaults(run=_run_check)
    _add_whatif(commands)
    _add_render(commands)
    _add_portfolio(commands)
    return parser


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help="print JSON instead of text")
    command.add_argument(
        "--lang", choices=("en", "nl"), default="en", help="language of the report (default en)"
    )


def _version() -> str:
    from tocgraph import __version__

    return f"tocgraph {__version__}"


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
        _error("no .yaml files found in " + ", ".join(args.paths))
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
        _print_json(objects[0] if single else objects)
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


def _add_whatif(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    impact = commands.add_parser(
        "impact",
        help="what if activities stop, or a partner drops out?",
        description="Assess the ToC with the named activities stopped, or every activity of "
        "the named partners stopped, and show what changes.",
    )
    impact.add_argument("path", metavar="FILE", help="a ToC file")
    impact.add_argument(
        "--stop", nargs="+", action="extend", default=[], metavar="ID", help="activities to stop"
    )
    impact.add_argument(
        "--partner",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME",
        help="partners that drop out (all their activities stop)",
    )
    _add_common(impact)
    impact.set_defaults(run=_run_impact)

    critical = commands.add_parser(
        "critical",
        help="single points of failure, and the activities whose loss costs most",
        description="For every goal its single points of failure; then every activity ranked "
        "by what its loss alone costs the goals: where monitoring should look first.",
    )
    critical.add_argument("path", metavar="FILE", help="a ToC file")
    _add_common(critical)
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
    _add_common(diff)
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
    change.add_argument("--format", choices=("md", "json"), default="md", help="default md")
    change.add_argument(
        "--lang", choices=("en", "nl"), default="en", help="language of the report (default en)"
    )
    change.add_argument(
        "--no-diagram", action="store_true", help="leave the Mermaid diagram out of the report"
    )
    change.set_defaults(run=_run_change_request)


def _load(path: str) -> Any:
    """The ToC at ``path``, or ``None`` after printing its errors to stderr."""
    from tocgraph.errors import InvalidToCError
    from tocgraph.loading import load

    try:
        return load(path)
    except InvalidToCError as exc:
        sys.stderr.write("".join(d.format() + "\n" for d in exc.diagnostics))
        return None


def _run_impact(args: argparse.Namespace) -> int:
    from tocgraph.analysis import impact
    from tocgraph.errors import ScenarioError
    from tocgraph.report.whatif import impact_json, impact_text

    toc = _load(args.path)
    if toc is None:
        return EXIT_INVALID
    if not args.stop and not args.partner:
        _error("name activities with --stop or partners with --partner")
        return EXIT_INVALID
    try:
        result = impact(toc, stop=args.stop, partners=args.partner)
    except ScenarioError as exc:
        _error(str(exc))
        return EXIT_INVALID
    if args.json:
        _print_json(impact_json(toc, result))
    else:
        sys.stdout.write(impact_text(toc, result, args.lang))
    return EXIT_OK


def _run_critical(args: argparse.Namespace) -> int:
    from tocgraph.analysis import criticality
    from tocgraph.report.whatif import critical_json, critical_text

    toc = _load(args.path)
    if toc is None:
        return EXIT_INVALID
    result = criticality(toc)
    if args.json:
        _print_json(critical_json(toc, result))
    else:
        sys.stdout.write(critical_text(toc, result, args.lang))
    return EXIT_OK


def _run_diff(args: argparse.Namespace) -> int:
    from tocgraph.analysis import compare
    from tocgraph.report.whatif import diff_json, diff_text

    old, new = _load(args.old), _load(args.new)
    if old is None or new is None:
        return EXIT_INVALID
    result = compare(old, new)
    if args.json:
        _print_json(diff_json(result))
    else:
        sys.stdout.write(diff_text(result, args.lang))
    return EXIT_OK


def _run_change_request(args: argparse.Namespace) -> int:
    from tocgraph.analysis import review_change_request
    from tocgraph.errors import InvalidToCError
    from tocgraph.loading import load_change_request
    from tocgraph.output import write_atomic
    from tocgraph.report.change_request import change_request_json, change_request_markdown

    try:
        document = load_change_request(args.path)
        review = review_change_request(
            document.baseline.toc,
            document.request,
            source=document.source,
            positions=document.positions,
        )
    except InvalidToCError as exc:
        sys.stderr.write("".join(d.format() + "\n" for d in exc.diagnostics))
        return EXIT_INVALID
    if args.format == "json":
        report = (
            json.dumps(
                change_request_json(review, source=document.source), indent=2, ensure_ascii=False
            )
            + "\n"
        )
    else:
        report = change_request_markdown(
            review, args.lang, source=document.source, diagram=not args.no_diagram
        )
    if args.output and args.output != "-":
        try:
            write_atomic(args.output, report)
        except OSError as exc:
            _error(f"cannot write {args.output}: {exc}")
            return EXIT_INVALID
        sys.stderr.write(f"tocgraph: wrote {args.output}\n")
    else:
        sys.stdout.write(report)
    return EXIT_FINDINGS if review.goals_lost() else EXIT_OK


def _add_render(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    render = commands.add_parser(
        "render",
        help="draw a ToC, or a what-if scenario on it, as SVG, PNG, DOT or Mermaid",
        description="Draw a ToC with verdicts, activity statuses, single points of failure "
        "and a legend. With --stop or --partner the picture shows that scenario and marks "
        "what changed. SVG and PNG need a layout program: the system 'dot', else "
        "graphviz-pure (installed with tocgraph); without one the .dot file is written.",
        epilog="Output: -o OUT, or '-' for stdout. Without -o, dot and mmd go to stdout and "
        "svg and png to <toc-id>.<format> in the current folder. Exit codes: 0 ok, 2 invalid "
        "input or usage, an unknown scenario id or partner, or no picture could be made.",
    )
    render.add_argument("path", metavar="FILE", help="a ToC file")
    render.add_argument("-o", "--output", metavar="OUT", help="output file, or '-' for stdout")
    render.add_argument(
        "--format",
        choices=("svg", "png", "dot", "mmd"),
        help="output format (default: from OUT's suffix, else svg)",
    )
    render.add_argument(
        "--stop", nargs="+", action="extend", default=[], metavar="ID", help="activities to stop"
    )
    render.add_argument(
        "--partner",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME",
        help="partners that drop out (all their activities stop)",
    )
    render.add_argument(
        "--lang", choices=("en", "nl"), default="en", help="language of the picture (default en)"
    )
    render.add_argument(
        "--direction",
        choices=("TB", "LR"),
        default="LR",
        help="LR: activities left, goals right (default); TB: goals on top",
    )
    render.add_argument(
        "--group", choices=("partner", "strategy"), help="box activities per partner or strategy"
    )
    render.set_defaults(run=_run_render)


def _run_render(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tocgraph.errors import InvalidToCError, ScenarioError
    from tocgraph.loading import load
    from tocgraph.output import write_atomic
    from tocgraph.rendering import RendererNotFoundError, RenderError, format_of, render

    output: str | None = args.output
    named = format_of(output) if output not in (None, "-") else None
    if args.format and named and named != args.format:
        _error(f"--format {args.format} does not match the output file name {output}")
        return EXIT_INVALID
    fmt = args.format or named or "svg"
    try:
        toc = load(args.path)
    except InvalidToCError as exc:
        for diagnostic in exc.diagnostics:
            sys.stderr.write(diagnostic.format() + "\n")
        return EXIT_INVALID
    if output is None:
        output = "-" if fmt in ("dot", "mmd") else f"{toc.id}.{fmt}"
    options: dict[str, Any] = {
        "stop": args.stop,
        "partners": args.partner,
        "lang": args.lang,
        "direction": args.direction,
        "group": args.group,
    }
    try:
        data = render(toc, fmt, **options)
    except ScenarioError as exc:
        _error(str(exc))
        return EXIT_INVALID
    except RendererNotFoundError as exc:
        if output == "-":
            _error(str(exc))
            return EXIT_INVALID
        fallback = Path(output).with_suffix(".dot")
        try:
            write_atomic(fallback, render(toc, "dot", **options))
        except OSError as problem:
            _error(f"cannot write {fallback}: {problem}")
            return EXIT_INVALID
        _error(f"{exc}; wrote {fallback} instead of {output}")
        return EXIT_INVALID
    except RenderError as exc:
        _error(str(exc))
        return EXIT_INVALID
    if output == "-":
        if fmt in ("dot", "mmd"):
            sys.stdout.write(data.decode("utf-8"))
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        return EXIT_OK
    try:
        write_atomic(output, data)
    except OSError as exc:
        _error(f"cannot write {output}: {exc}")
        return EXIT_INVALID
    sys.stderr.write(f"tocgraph: wrote {output}\n")
    return EXIT_OK


def _add_portfolio(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    _add_common(portfolio)
    portfolio.add_argument("--strict", action="store_true", help="exit 1 when there are findings")
    portfolio.set_defaults(run=_run_portfolio)


def _run_portfolio(args: argparse.Namespace) -> int:
    from tocgraph.errors import InvalidToCError, ScenarioError
    from tocgraph.loading.policy import load_portfolio_files
    from tocgraph.report.portfolio import checked_portfolio, portfolio_json, portfolio_text

    try:
        files = load_portfolio_files(args.dir, args.policy)
        result, findings = checked_portfolio(files, args.partner)
    except InvalidToCError as exc:
        sys.stderr.write("".join(d.format() + "\n" for d in exc.diagnostics))
        return EXIT_INVALID
    except ScenarioError as exc:
        _error(str(exc))
        return EXIT_INVALID
    if args.json:
        _print_json(portfolio_json(result, findings))
    else:
        sys.stdout.write(portfolio_text(result, args.lang, findings))
    return EXIT_FINDINGS if args.strict and findings else EXIT_OK


def _as_path(raw: str) -> Any:
    from pathlib import Path

    return Path(raw)


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def _error(message: str) -> None:
    sys.stderr.write(f"tocgraph: error: {message}\n")


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
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK

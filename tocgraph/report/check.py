"""Reports for ``tocgraph check``: readable tables per file, and a summary line.

The JSON document is :meth:`tocgraph.use_cases.CheckedFile.to_dict`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tocgraph.analysis.assessment import Assessment, display_order
from tocgraph.errors import MAX_ERRORS
from tocgraph.i18n import Lang, localize, plural, text
from tocgraph.report.escape import terminal as tty
from tocgraph.report.margin import margin_text, verdict_and_margin
from tocgraph.report.money import budget_lines, money_sentence, triage_sentence
from tocgraph.report.monitoring import horizon_text, indicator_rows
from tocgraph.report.numbers import number
from tocgraph.report.table import format_table
from tocgraph.schema.model import AssumptionStatus, Status, ToC

if TYPE_CHECKING:  # the use case builds it; this module only formats it
    from tocgraph.use_cases.check import CheckedFile

__all__ = ["assumption_table", "check_summary", "check_text"]


def check_text(checked: CheckedFile, lang: Lang = "en") -> str:
    """A readable report for one checked file."""
    if not checked.valid:
        head = f"{tty(checked.path)}: {text('invalid', lang)}"
        return "\n".join([head, *(localize(d, lang).format() for d in checked.errors)]) + "\n"
    if checked.kind == "change-request":
        return _change_request_text(checked, lang)
    if checked.kind == "policy":
        return _policy_text(checked, lang)
    if checked.document is None or checked.assessment is None:
        raise ValueError("a valid ToC has a document and an assessment")
    toc = checked.document.toc
    title = f" {tty(toc.name)}" if toc.name else ""
    lines = [f"{tty(checked.path)}:{title} ({toc.id})"]
    if toc.illustrative:
        lines.append(f"  {text('illustrative.notice', lang)}")
    monitoring = checked.monitoring
    horizons = monitoring.horizons if monitoring is not None else {}
    header = [
        text("col.node", lang),
        text("col.kind", lang),
        text("col.rule", lang),
        text("col.verdict", lang),
        text("col.margin", lang),
        text("col.critical", lang),
    ]
    named = bool(toc.assumptions)
    heading = [*header, text("mon.col.horizon", lang)] if horizons else list(header)
    if named:
        heading.append(text("col.critical_assumptions", lang))
    rows = [heading]
    for node in sorted(checked.assessment.non_activities(), key=display_order):
        row = [
            node.id,
            text(node.kind.value, lang),
            node.rule(lang) or "-",
            text(node.verdict.value, lang),
            margin_text(node, lang),
            ", ".join(node.critical_activities) or "-",
        ]
        if horizons:
            row.append(horizon_text(horizons.get(node.id), lang))
        if named:
            row.append(", ".join(node.critical_assumptions) or "-")
        rows.append(row)
    lines.extend(format_table(rows, right=frozenset({4}), indent="  "))
    lines.append(f"  {text('margin.note', lang)}")
    if named:
        lines.append(f"  {text('assumptions', lang)}: {len(toc.assumptions)}")
        lines.extend(assumption_table(toc, checked.assessment, lang, indent="    "))
    if monitoring is not None and monitoring.indicators:
        as_of = monitoring.as_of
        title = (
            text("mon.indicators", lang)
            if as_of is None
            else text("mon.indicators.as_of", lang, date=as_of.isoformat())
        )
        lines.append(f"  {title[:1].lower()}{title[1:]}:")  # a label like the others here
        table = [[tty(cell) for cell in row] for row in indicator_rows(monitoring, lang)]
        lines.extend(format_table(table, right=frozenset({6}), indent="    "))
    status = checked.assessment.activity_status
    total = sum(status.values())
    counts = ", ".join(f"{text(s.value, lang)} {status[s]}" for s in Status if s in status)
    lines.append(f"  {text('activities', lang)}: {total}" + (f" ({counts})" if counts else ""))
    if checked.budget is not None:
        lines.extend(budget_lines(checked.budget, lang))
    lines += _warning_lines(checked, lang)
    return "\n".join(lines) + "\n"


def _warning_lines(checked: CheckedFile, lang: Lang) -> list[str]:
    """How many warnings, and each (as many as errors are shown; ``--json`` has all)."""
    if not checked.warnings:
        return [f"  {text('warnings', lang)}: {text('none', lang)}"]
    lines = [f"  {text('warnings', lang)}: {number(len(checked.warnings), lang)}"]
    lines.extend(localize(d, lang).format() for d in checked.warnings[:MAX_ERRORS])
    if len(checked.warnings) > MAX_ERRORS:
        more = number(len(checked.warnings) - MAX_ERRORS, lang)
        lines.append(f"  {text('warnings.more', lang, count=more, shown=MAX_ERRORS)}")
    return lines


def assumption_table(toc: ToC, assessment: Assessment, lang: Lang, indent: str = "") -> list[str]:
    """A table of the named assumptions: status, links, the nodes they are critical for, text.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("tests/fixtures/assumptions.yaml")
    >>> print("\\n".join(assumption_table(toc, tocgraph.assess(toc), "en")[:3]))
    id  status    links  critical for  assumption
    S1  holds         1  G1            Docenten passen toe wat zij leren
    S2  at risk       1  -             Het kabinet blijft zitten
    """
    links = Counter(
        name
        for node in toc.nodes()
        for link in getattr(node, "contributes_to", ())
        for name in set(link.assumptions)
    )
    critical: dict[str, list[str]] = {a.id: [] for a in toc.assumptions}
    for node in sorted(assessment.non_activities(), key=display_order):
        for name in node.critical_assumptions:
            critical[name].append(node.id)
    rows = [
        [
            text("html.col.id", lang),
            text("html.col.status", lang),
            text("col.links", lang),
            text("col.critical_for", lang),
            text("field.assumption", lang),
        ]
    ]
    for assumption in toc.assumptions:
        failed = assumption.id in assessment.failed
        status = AssumptionStatus.FAILS if failed else assumption.status
        rows.append(
            [
                assumption.id,
                text(f"assumption.{status.value}", lang),
                str(links[assumption.id]),
                ", ".join(critical[assumption.id]) or "-",
                tty(assumption.text),
            ]
        )
    return format_table(rows, right=frozenset({2}), indent=indent)


def _change_request_text(checked: CheckedFile, lang: Lang) -> str:
    """A change request: its goals before and after, goals lost, how many findings."""
    review = checked.review
    if review is None:
        raise ValueError("a valid change request has a review")
    head = text(
        "check.change_request",
        lang,
        title=tty(review.request.title),
        changes=plural(len(review.steps), lang),
        toc=tty(review.baseline.name or review.baseline.id),
    )
    rows = [[text("goal", lang), text("check.col.before", lang), text("check.col.after", lang)]]
    for goal in review.before.goals():
        after = review.after.nodes.get(goal.id)
        shown = verdict_and_margin(after, lang) if after else text("cr.absent", lang)
        rows.append([goal.id, verdict_and_margin(goal, lang), shown])
    lost = ", ".join(checked.goals_lost) or text("none", lang)
    lines = [f"{tty(checked.path)}: {head}"]
    if review.request.illustrative or review.baseline.illustrative:
        lines.append(f"  {text('illustrative.notice', lang)}")
    lines.extend(format_table(rows, indent="  "))
    lines.append("  " + text("check.goals_lost", lang, goals=lost))
    if review.toc_changed():
        lines.append("  " + text("cr.check.toc_changed", lang))
    if review.held_by_lowered_requires:
        held = ", ".join(review.held_by_lowered_requires)
        lines.append("  " + text("cr.check.held", lang, goals=held))
    lines.append("  " + text("check.findings", lang, n=len(review.findings)))
    if review.money is not None and review.money.has_budgets:
        lines.append("  " + money_sentence(review.money, lang))
    if review.triage is not None:
        lines.append("  " + triage_sentence(review.triage, lang))
    if checked.warnings:
        lines += _warning_lines(checked, lang)
    return "\n".join(lines) + "\n"


def _policy_text(checked: CheckedFile, lang: Lang) -> str:
    """A policy file: its name and how many aims and domains it names."""
    policy = checked.policy
    if policy is None:
        raise ValueError("a valid policy file has a policy")
    line = text(
        "check.policy",
        lang,
        name=tty(policy.name or policy.id),
        id=policy.id,
        aims=plural(len(policy.aims), lang, "aim"),
        domains=plural(len(policy.domains), lang, "domain"),
    )
    return f"{tty(checked.path)}: {line}\n"


def check_summary(results: Sequence[CheckedFile], lang: Lang = "en") -> str:
    """The closing line over several files: how many are valid, how many warnings."""
    valid = sum(r.valid for r in results)
    return text(
        "summary.files",
        lang,
        files=plural(len(results), lang, "file"),
        valid=valid,
        invalid=len(results) - valid,
        warnings=plural(sum(len(r.warnings) for r in results), lang, "warning"),
    )

"""The change-request report: a justification document in Markdown, and JSON for tools."""

from __future__ import annotations

from tocgraph.analysis.assessment import NodeAssessment
from tocgraph.analysis.diff import EffectChange
from tocgraph.analysis.review import ChangeReview, Finding, StepEffect
from tocgraph.analysis.support import Verdict
from tocgraph.i18n import Lang, field_label, plural, text, value_label
from tocgraph.report.escape import markdown_code as code
from tocgraph.report.escape import markdown_inline as md
from tocgraph.report.escape import markdown_paragraph
from tocgraph.report.margin import margin_text
from tocgraph.report.table import markdown_table
from tocgraph.schema.change import AddChange, ModifyChange
from tocgraph.schema.model import ToC
from tocgraph.version import __version__

__all__ = ["change_request_report", "cr_text", "node_title", "overall_sentence"]


def cr_text(key: str, lang: Lang, **values: object) -> str:
    """A sentence of the change-request report (catalogue keys ``cr.*``)."""
    return text(f"cr.{key}", lang, **values)


def node_title(toc: ToC, node_id: str) -> str:
    """The title of a node, or ``""`` when ``toc`` has no such node."""
    try:
        return toc.node(node_id).title
    except KeyError:
        return ""


def _verdict(node: NodeAssessment | None, lang: Lang) -> str:
    if node is None:
        return cr_text("absent", lang)
    rule = node.rule(lang)
    return text(node.verdict.value, lang) + (f" ({rule})" if rule else "")


def _margin(node: NodeAssessment | None, lang: Lang) -> str:
    return "-" if node is None or node.margin is None else margin_text(node, lang)


def _effect_rows(effects: tuple[EffectChange, ...], review: ChangeReview, lang: Lang) -> list[str]:
    header = [
        cr_text(k, lang)
        for k in (
            "c.node",
            "c.verdict_before",
            "c.margin_before",
            "c.verdict_after",
            "c.margin_after",
        )
    ]
    rows = [header]
    for e in effects:
        rows.append(
            [
                e.id,
                _verdict(e.before, lang),
                _margin(e.before, lang),
                _verdict(e.after, lang),
                _margin(e.after, lang),
            ]
        )
    return markdown_table(rows)


def overall_sentence(review: ChangeReview, lang: Lang) -> str:
    """The one-sentence verdict on the whole request (goals lost, or margins kept)."""
    lost = review.goals_lost()
    if lost:
        key = "overall.lost.one" if len(lost) == 1 else "overall.lost.many"
        return cr_text(key, lang, goals=", ".join(lost))
    effective = [g for g in review.before.goals() if g.verdict is Verdict.POTENTIALLY_EFFECTIVE]
    if not effective:
        return cr_text("overall.none", lang)
    before = min(g.margin or 0 for g in effective)
    after = min(review.after.nodes[g.id].margin or 0 for g in effective)
    kind = "same" if before == after else "kept"
    number = "one" if len(review.before.goals()) == 1 else "many"
    return cr_text(f"overall.{kind}.{number}", lang, n=len(effective), before=before, after=after)


def _finding(finding: Finding, review: ChangeReview, lang: Lang) -> str:
    values: dict[str, object] = {"change": finding.change, "node": finding.node}
    if finding.kind == "no_rationale" and finding.change is not None:
        step = review.steps[finding.change - 1]
        values["action"] = cr_text(f"a.{step.action}", lang).lower()
    elif finding.kind == "goal_not_effective":
        values["verdict"] = text(finding.detail[0], lang)
    elif finding.kind == "goal_single_point":
        values["activities"] = ", ".join(finding.detail)
    elif finding.kind == "one_partner":
        values["partner"], values["target"] = (md(v) for v in finding.detail)
    return cr_text(f"f.{finding.kind}", lang, **values)


def _new_values(step: StepEffect, lang: Lang) -> str:
    change = step.change
    data = change.set if isinstance(change, ModifyChange) else {}
    return "; ".join(
        f"{md(field_label(key, lang))}: {md(value_label(value, lang))}"
        for key, value in data.items()
    )


def change_request_report(
    review: ChangeReview, lang: Lang = "en", *, source: str = "", diagram: str | None = None
) -> str:
    """The justification document for the ministry, in Markdown.

    Parameters
    ----------
    review
        From :func:`tocgraph.review_change_request`.
    lang
        ``"en"`` or ``"nl"``.
    source
        The change file's name, shown in the footer.
    diagram
        A fenced Mermaid block of the ToC after the changes, or ``None`` for none.
    """
    request, toc = review.request, review.baseline
    meta = [f"**{cr_text('alliance', lang)}:** {md(toc.name or toc.id)} ({code(toc.id)})"]
    if toc.lead:
        meta.append(f"**{cr_text('lead', lang)}:** {md(toc.lead)}")
    if request.date:
        meta.append(f"**{cr_text('date', lang)}:** {request.date.isoformat()}")
    meta.append(f"**{cr_text('baseline', lang)}:** {code(request.toc)}")
    known = ("wijzigingsverzoek", "change request")
    heading = (
        md(request.title)
        if any(word in request.title.lower() for word in known)
        else cr_text("title", lang, title=md(request.title))
    )
    out = [f"# {heading}", ""]
    if request.illustrative or toc.illustrative:
        out += [f"> **{md(text('illustrative.notice', lang))}**", ""]
    out += [" · ".join(meta), ""]
    if request.description:
        out += [markdown_paragraph(request.description.strip()), ""]
    counts = {
        a: sum(1 for s in review.steps if s.action == a)
        for a in ("stop", "add", "modify", "remove")
    }
    out += [
        f"## {cr_text('summary', lang)}",
        "",
        cr_text("counts", lang, changes=plural(len(review.steps), lang), **counts)
        + " "
        + overall_sentence(review, lang),
        "",
    ]
    out += [f"## {cr_text('findings', lang)}", ""]
    if review.findings:
        out += [f"- {_finding(f, review, lang)}" for f in review.findings]
    else:
        out.append(cr_text("findings.none", lang))
    out += ["", f"## {cr_text('changes', lang)}", ""]
    for step in review.steps:
        toc_for_title = review.result if isinstance(step.change, AddChange) else toc
        title = node_title(toc_for_title, step.target) or node_title(review.result, step.target)
        heading = f"### {step.index}. {cr_text(f'a.{step.action}', lang)} {md(step.target)}"
        out += [heading + (f": {md(title)}" if title else ""), ""]
        rationale = (
            md(step.change.rationale)
            if step.change.rationale
            else f"*{cr_text('rationale.none', lang)}*"
        )
        out += [f"**{cr_text('rationale', lang)}:** {rationale}", ""]
        if isinstance(step.change, ModifyChange):
            out += [f"**{cr_text('new_values', lang)}:** {_new_values(step, lang)}", ""]
        out += [f"**{cr_text('effect', lang)}:**", ""]
        out += (
            _effect_rows(step.effects, review, lang)
            if step.effects
            else [cr_text("effect.none", lang)]
        )
        out.append("")
    out += [f"## {cr_text('goals', lang)}", ""]
    rows = [
        [
            cr_text(k, lang)
            for k in (
                "c.node",
                "c.title",
                "c.verdict_before",
                "c.margin_before",
                "c.verdict_after",
                "c.margin_after",
            )
        ]
    ]
    for goal in review.before.goals():
        after = review.after.nodes.get(goal.id)
        rows.append(
            [
                goal.id,
                node_title(toc, goal.id),
                _verdict(goal, lang),
                _margin(goal, lang),
                _verdict(after, lang),
                _margin(after, lang),
            ]
        )
    out += [*markdown_table(rows), ""]
    if diagram is not None:
        out += [f"## {cr_text('diagram', lang)}", "", diagram.rstrip(), ""]
    footer = cr_text("footer", lang, version=__version__, source=code(source or request.toc))
    out += ["---", "", footer]
    return "\n".join(out) + "\n"

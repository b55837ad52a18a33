"""The change-request justification as one self-contained HTML page.

It says what the Markdown report says (:mod:`tocgraph.report.change_request`):
summary, findings, every change with its rationale, new values and effect,
goals before and after, and the diagram of the ToC after the changes. The page
has no script; every piece of user text is escaped with :func:`html.escape`.
"""

from __future__ import annotations

from html import escape

from tocgraph.analysis.assessment import NodeAssessment
from tocgraph.analysis.review import ChangeReview, Finding, StepEffect
from tocgraph.i18n import Lang, check_lang, field_label, plural, text, value_label
from tocgraph.report.change_request import cr_text, node_title, overall_sentence
from tocgraph.report.html_document import html_document, illustrative_note, svg_figure
from tocgraph.report.margin import margin_text
from tocgraph.schema.change import AddChange, ModifyChange

__all__ = ["change_request_page"]

_SYMBOL = {"potentially_effective": "\u2713", "potentially_ineffective": "\u2717"}


def _verdict_cell(node: NodeAssessment | None, lang: Lang) -> str:
    if node is None:
        return f"<td>{escape(cr_text('absent', lang))}</td>"
    value = node.verdict.value
    label = f"{_SYMBOL.get(value, '?')} {text(value, lang)}"
    rule = node.rule(lang)
    extra = f' <span class="rule">({escape(rule)})</span>' if rule else ""
    return f'<td data-verdict="{value}"><span class="verdict">{escape(label)}</span>{extra}</td>'


def _margin_cell(node: NodeAssessment | None, lang: Lang) -> str:
    margin = "-" if node is None or node.margin is None else escape(margin_text(node, lang))
    return f'<td class="num">{margin}</td>'


def _table(header: list[str], rows: list[str]) -> str:
    head = "".join(f"<th scope=col>{escape(h)}</th>" for h in header)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


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
        values["partner"], values["target"] = finding.detail
    return escape(cr_text(f"f.{finding.kind}", lang, **values))


def _step(step: StepEffect, review: ChangeReview, lang: Lang) -> list[str]:
    toc = review.result if isinstance(step.change, AddChange) else review.baseline
    title = node_title(toc, step.target) or node_title(review.result, step.target)
    heading = f"{step.index}. {cr_text(f'a.{step.action}', lang)} {step.target}"
    out = [f"<h3>{escape(heading + (f': {title}' if title else ''))}</h3>"]
    rationale = step.change.rationale
    shown = (
        escape(rationale) if rationale else f"<em>{escape(cr_text('rationale.none', lang))}</em>"
    )
    out.append(f"<p><strong>{escape(cr_text('rationale', lang))}:</strong> {shown}</p>")
    if isinstance(step.change, ModifyChange):
        values = "; ".join(
            f"{field_label(k, lang)}: {value_label(v, lang)}" for k, v in step.change.set.items()
        )
        out.append(
            f"<p><strong>{escape(cr_text('new_values', lang))}:</strong> {escape(values)}</p>"
        )
    out.append(f"<p><strong>{escape(cr_text('effect', lang))}:</strong></p>")
    if not step.effects:
        out.append(f"<p>{escape(cr_text('effect.none', lang))}</p>")
        return out
    header = [
        cr_text(k, lang)
        for k in ("c.node", "c.verdict_before", "c.margin_before", "c.verdict_after")
    ] + [cr_text("c.margin_after", lang)]
    rows = [
        f'<tr><th scope="row"><code>{escape(e.id)}</code></th>'
        f"{_verdict_cell(e.before, lang)}{_margin_cell(e.before, lang)}"
        f"{_verdict_cell(e.after, lang)}{_margin_cell(e.after, lang)}</tr>"
        for e in step.effects
    ]
    out.append(_table(header, rows))
    return out


def change_request_page(
    review: ChangeReview,
    lang: Lang = "en",
    *,
    source: str = "",
    svg: str | None = None,
    version: str = "",
) -> str:
    """The justification document for the ministry, as one HTML page.

    Parameters
    ----------
    review
        From :func:`tocgraph.review_change_request`.
    lang
        ``"en"`` or ``"nl"``.
    source
        The change file's name, shown in the footer.
    svg
        The diagram of the ToC after the changes (changed nodes marked), or ``None``.
    version
        The tocgraph version for the footer.
    """
    lang = check_lang(lang)
    request, toc = review.request, review.baseline
    known = ("wijzigingsverzoek", "change request")
    heading = (
        request.title
        if any(word in request.title.lower() for word in known)
        else cr_text("title", lang, title=request.title)
    )
    meta = [(cr_text("alliance", lang), f"{toc.name or toc.id} ({toc.id})")]
    if toc.lead:
        meta.append((cr_text("lead", lang), toc.lead))
    if request.date:
        meta.append((cr_text("date", lang), request.date.isoformat()))
    meta.append((cr_text("baseline", lang), request.toc))
    counts = {
        a: sum(1 for s in review.steps if s.action == a)
        for a in ("stop", "add", "modify", "remove")
    }
    summary = (
        cr_text("counts", lang, changes=plural(len(review.steps), lang), **counts)
        + " "
        + overall_sentence(review, lang)
    )
    body = [
        "<header>",
        f"<h1>{escape(heading)}</h1>",
        illustrative_note(lang) if request.illustrative or toc.illustrative else "",
        '<dl class="lead">'
        + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in meta)
        + "</dl>",
        f"<p>{escape(request.description.strip())}</p>" if request.description else "",
        "</header>",
        "<main>",
        '<section class="first">',
        f"<h2>{escape(cr_text('summary', lang))}</h2>",
        f"<p>{escape(summary)}</p>",
        f"<h2>{escape(cr_text('findings', lang))}</h2>",
        "<ul>" + "".join(f"<li>{_finding(f, review, lang)}</li>" for f in review.findings) + "</ul>"
        if review.findings
        else f"<p>{escape(cr_text('findings.none', lang))}</p>",
        "</section>",
        "<section>",
        f"<h2>{escape(cr_text('changes', lang))}</h2>",
        *(line for step in review.steps for line in _step(step, review, lang)),
        "</section>",
        "<section>",
        f"<h2>{escape(cr_text('goals', lang))}</h2>",
        _goals_table(review, lang),
        "</section>",
    ]
    if svg is not None:
        body += [
            "<section>",
            f"<h2>{escape(cr_text('diagram', lang))}</h2>",
            svg_figure(svg, lang, "html.cr.diagram.caption"),
            "</section>",
        ]
    footer = text("html.footer", lang, version=version, source=source or request.toc)
    body += ["</main>", f"<footer><p>{escape(footer)}</p></footer>"]
    return html_document(heading, lang, body)


def _goals_table(review: ChangeReview, lang: Lang) -> str:
    header = [
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
    rows = []
    for goal in review.before.goals():
        after = review.after.nodes.get(goal.id)
        rows.append(
            f'<tr><th scope="row"><code>{escape(goal.id)}</code></th>'
            f"<td>{escape(node_title(review.baseline, goal.id))}</td>"
            f"{_verdict_cell(goal, lang)}{_margin_cell(goal, lang)}"
            f"{_verdict_cell(after, lang)}{_margin_cell(after, lang)}</tr>"
        )
    return _table(header, rows)

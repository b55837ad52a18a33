"""The change-request justification as one self-contained HTML page.

It says what the Markdown report says (:mod:`tocgraph.report.change_request`):
summary, findings, every change with its rationale, new values and effect,
goals before and after, the named assumptions before and after, and the
diagram of the ToC after the changes. The page
has no script; every piece of user text is escaped with :func:`~tocgraph.report.escape.html_text`.
"""

from __future__ import annotations

from tocgraph.analysis.assessment import NodeAssessment
from tocgraph.analysis.review import ChangeReview, Finding, StepEffect
from tocgraph.i18n import Lang, check_lang, field_label, text
from tocgraph.report.change_request import (
    EFFECT_COLUMNS,
    action_label,
    assumption_table,
    cr_text,
    finding_sentence,
    goal_ids,
    shown_findings,
    shown_title,
    summary_sentences,
)
from tocgraph.report.escape import html_text
from tocgraph.report.html_document import html_document, illustrative_note, svg_figure
from tocgraph.report.margin import margin_text
from tocgraph.report.money import money_html, triage_html
from tocgraph.report.values import field_value
from tocgraph.schema.change import ModifyChange

__all__ = ["change_request_page"]

_SYMBOL = {"potentially_effective": "\u2713", "potentially_ineffective": "\u2717"}


def _verdict_cell(node: NodeAssessment | None, lang: Lang) -> str:
    if node is None:
        return f"<td>{html_text(cr_text('absent', lang))}</td>"
    value = node.verdict.value
    label = f"{_SYMBOL.get(value, '?')} {text(value, lang)}"
    rule = node.rule(lang)
    extra = f' <span class="rule">({html_text(rule)})</span>' if rule else ""
    return f'<td data-verdict="{value}"><span class="verdict">{html_text(label)}</span>{extra}</td>'


def _margin_cell(node: NodeAssessment | None, lang: Lang) -> str:
    margin = "-" if node is None or node.margin is None else html_text(margin_text(node, lang))
    return f'<td class="num">{margin}</td>'


def _table(header: list[str], rows: list[str]) -> str:
    """A table of nodes before and after: its margin columns (``margin_*``) are numbers."""
    numeric = {i for i, k in enumerate(EFFECT_COLUMNS) if "margin" in k}
    head = "".join(
        f"<th scope=col{' class=num' if i in numeric else ''}>{html_text(h)}</th>"
        for i, h in enumerate(header)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _finding(finding: Finding, review: ChangeReview, lang: Lang) -> str:
    return html_text(finding_sentence(finding, review, lang, inline=str))


def _justification(step: StepEffect, review: ChangeReview, lang: Lang) -> list[str]:
    title = shown_title(review, step.target)
    heading = f"{step.index}. {action_label(step.action, step.target, lang)}"
    out = [f"<h3>{html_text(heading + (f': {title}' if title else ''))}</h3>"]
    rationale = step.change.rationale
    none = f"<em>{html_text(cr_text('rationale.none', lang))}</em>"
    shown = html_text(rationale) if rationale else none
    out.append(f"<p><strong>{html_text(cr_text('rationale', lang))}:</strong> {shown}</p>")
    if isinstance(step.change, ModifyChange):
        values = "; ".join(
            f"{field_label(k, lang)}: {field_value(k, v, lang)}" for k, v in step.change.set.items()
        )
        out.append(
            f"<p><strong>{html_text(cr_text('new_values', lang))}:</strong> {html_text(values)}</p>"
        )
    return out


def _effect(step: StepEffect, review: ChangeReview, lang: Lang) -> list[str]:
    heading = f"{step.index}. {action_label(step.action, step.target, lang)}"
    out = [f"<h3>{html_text(heading)}</h3>"]
    if not step.effects:
        out.append(f"<p>{html_text(cr_text('effect.none', lang))}</p>")
        return out
    header = [cr_text(k, lang) for k in EFFECT_COLUMNS]
    rows = [
        f'<tr><th scope="row"><code>{html_text(e.id)}</code></th>'
        f"<td>{html_text(shown_title(review, e.id))}</td>"
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
    if request.effective_from:
        meta.append((cr_text("effective_from", lang), request.effective_from.isoformat()))
    meta.append((cr_text("baseline", lang), request.toc))
    summary = summary_sentences(review, lang)
    body = [
        "<header>",
        f"<h1>{html_text(heading)}</h1>",
        illustrative_note(lang) if request.illustrative or toc.illustrative else "",
        '<dl class="lead">'
        + "".join(f"<dt>{html_text(k)}</dt><dd>{html_text(v)}</dd>" for k, v in meta)
        + "</dl>",
        "</header>",
        "<main>",
        '<section class="first">',
        f"<h2>{html_text(cr_text('summary', lang))}</h2>",
        f"<p>{html_text(summary)}</p>",
        "</section>",
        *triage_html(review, lang),
        '<section class="findings">',
        f"<h2>{html_text(cr_text('findings', lang))}</h2>",
        f"<p><em>{html_text(cr_text('findings.note', lang))}</em></p>",
        "<ul>"
        + "".join(f"<li>{_finding(f, review, lang)}</li>" for f in shown_findings(review))
        + "</ul>"
        if review.findings
        else f"<p>{html_text(cr_text('findings.none', lang))}</p>",
        "</section>",
        '<section class="justification">',
        f"<h2>{html_text(cr_text('justification', lang))}</h2>",
        f"<p><em>{html_text(cr_text('justification.note', lang))}</em></p>",
        f"<p>{html_text(request.description.strip())}</p>" if request.description else "",
        *(line for step in review.steps for line in _justification(step, review, lang)),
        "</section>",
        "<section>",
        f"<h2>{html_text(cr_text('changes', lang))}</h2>",
        *(line for step in review.steps for line in _effect(step, review, lang)),
        "</section>",
        *money_html(review, lang),
        "<section>",
        f"<h2>{html_text(cr_text('goals', lang))}</h2>",
        _goals_table(review, lang),
        "</section>",
        *_assumptions_section(review, lang),
    ]
    if svg is not None:
        body += [
            "<section>",
            f"<h2>{html_text(cr_text('diagram', lang))}</h2>",
            svg_figure(svg, lang, "html.cr.diagram.caption"),
            "</section>",
        ]
    footer = text("html.footer", lang, version=version, source=source or request.toc)
    body += ["</main>", f"<footer><p>{html_text(footer)}</p></footer>"]
    return html_document(heading, lang, body)


def _goals_table(review: ChangeReview, lang: Lang) -> str:
    header = [cr_text(k, lang) for k in EFFECT_COLUMNS]
    rows = []
    for goal_id in goal_ids(review):
        before, after = review.before.nodes.get(goal_id), review.after.nodes.get(goal_id)
        rows.append(
            f'<tr><th scope="row"><code>{html_text(goal_id)}</code></th>'
            f"<td>{html_text(shown_title(review, goal_id))}</td>"
            f"{_verdict_cell(before, lang)}{_margin_cell(before, lang)}"
            f"{_verdict_cell(after, lang)}{_margin_cell(after, lang)}</tr>"
        )
    return _table(header, rows)


def _assumptions_section(review: ChangeReview, lang: Lang) -> list[str]:
    """The named assumptions before and after, as the Markdown report has them (none: [])."""
    rows = assumption_table(review, lang)
    if not rows:
        return []
    body = [
        f'<tr><th scope="row"><code>{html_text(row[0])}</code></th>'
        + "".join(f"<td>{html_text(cell)}</td>" for cell in row[1:])
        + "</tr>"
        for row in rows[1:]
    ]
    return [
        "<section>",
        f"<h2>{html_text(text('html.section.assumptions', lang))}</h2>",
        _table(rows[0], body),
        "</section>",
    ]

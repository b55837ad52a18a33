"""The change-request report: a justification document in Markdown, and JSON for tools."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tocgraph.analysis.assessment import NodeAssessment
from tocgraph.analysis.diff import EffectChange
from tocgraph.analysis.review import ChangeReview, Finding, StepEffect
from tocgraph.analysis.support import Verdict
from tocgraph.i18n import Lang, and_list, field_label, plural, text
from tocgraph.report.escape import markdown_code as code
from tocgraph.report.escape import markdown_inline as md
from tocgraph.report.escape import markdown_paragraph
from tocgraph.report.margin import margin_text
from tocgraph.report.money import money, money_markdown, triage_markdown
from tocgraph.report.table import markdown_table
from tocgraph.report.values import field_value, requirement_words
from tocgraph.schema.change import ModifyChange
from tocgraph.schema.model import ToC
from tocgraph.version import __version__

__all__ = [
    "EFFECT_COLUMNS",
    "action_label",
    "assumption_table",
    "change_request_report",
    "cr_text",
    "finding_sentence",
    "goal_ids",
    "node_title",
    "or_list",
    "overall_sentence",
    "requirement_label",
    "shown_findings",
    "shown_title",
    "summary_sentences",
]


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
    header = [cr_text(k, lang) for k in EFFECT_COLUMNS]
    rows = [header]
    for e in effects:
        rows.append(
            [
                e.id,
                shown_title(review, e.id),
                _verdict(e.before, lang),
                _margin(e.before, lang),
                _verdict(e.after, lang),
                _margin(e.after, lang),
            ]
        )
    return markdown_table(rows)


EFFECT_COLUMNS = (
    "c.node",
    "c.title",
    "c.verdict_before",
    "c.margin_before",
    "c.verdict_after",
    "c.margin_after",
)


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
    kind = "same" if before == after else "fell" if after < before else "rose"
    if len(effective) == 1:
        key, goal = f"overall.{kind}.one", effective[0].id
        return cr_text(key, lang, goal=goal, before=before, after=after)
    return cr_text(f"overall.{kind}.many", lang, n=len(effective), before=before, after=after)


def requirement_label(value: str, lang: Lang) -> str:
    """``requires`` in words: ``all`` -> 'all its contributors', ``3`` -> '3 of ...'."""
    return requirement_words(value, lang)


def action_label(action: str, node: str, lang: Lang, *, inline: bool = False) -> str:
    """A change as a noun phrase: 'Stopzetting van A3', inline 'stopzetting van A3'.

    Examples
    --------
    >>> action_label("stop", "A3", "nl"), action_label("remove", "A5", "en", inline=True)
    ('Stopzetting van A3', 'removing A5')
    """
    label = cr_text(f"a.{action}", lang, node=node)
    return label[:1].lower() + label[1:] if inline else label


def or_list(items: Sequence[str], lang: Lang) -> str:
    """``A1``, ``A1 or A4``, ``A1, A4 or A5`` (Dutch ``of``).

    Examples
    --------
    >>> or_list(["A1"], "en"), or_list(["A1", "A4", "A5"], "nl")
    ('A1', 'A1, A4 of A5')
    """
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {text('or', lang)} {items[-1]}"


def finding_sentence(
    finding: Finding, review: ChangeReview, lang: Lang, inline: Callable[[str], str] = md
) -> str:
    """The sentence for one finding; ``inline`` escapes user text (Markdown by default)."""
    values: dict[str, object] = {"change": finding.change, "node": finding.node}
    key = finding.kind
    stepped = ("no_rationale", "no_effect", "undone", "stopped_achieved", "link_claimed")
    if finding.kind in stepped and finding.change is not None:
        step = review.steps[finding.change - 1]
        values["action"] = action_label(step.action, inline(step.target), lang, inline=True)
        if finding.kind == "stopped_achieved":
            return _achieved_sentence(finding, step.action, values, lang)
        if finding.kind == "link_claimed":
            values["target"] = finding.detail[0]
    elif finding.kind == "assumption_critical":
        values["assumption"] = inline(finding.detail[0])
        values["status"] = text(f"assumption.{finding.detail[1]}", lang)
    elif finding.kind in ("goal_not_effective", "outcome_not_effective"):
        values["verdict"] = text(finding.detail[0], lang)
    elif finding.kind == "goal_single_point":
        values["activities"] = or_list(finding.detail, lang)
    elif finding.kind == "one_partner" and finding.change is not None:
        partner, target = finding.detail
        action = review.steps[finding.change - 1].action
        values["partner"] = inline(partner)
        values["action"] = action_label(action, inline(target), lang, inline=True)
    elif finding.kind == "requires_not_scaled":
        k, before, after, *added = finding.detail
        key = f"requires_not_scaled.{'one' if len(added) == 1 else 'many'}"
        values.update(k=k, before=before, after=after, added=", ".join(added))
        values["kind"] = _kind_word(review, finding.node or "", lang)
    elif finding.kind == "toc_changed":
        what, before, after = finding.detail
        key = f"toc_changed.{what}"
        if what == "requires":
            before, after = requirement_label(before, lang), requirement_label(after, lang)
        elif what == "links":
            before, after = (v or cr_text("nothing", lang) for v in (before, after))
        else:
            before, after = inline(before), inline(after)
        values["before"], values["after"] = before, after
    elif finding.kind == "requires_lowered":
        values["before"], values["after"] = (requirement_label(v, lang) for v in finding.detail)
    elif finding.kind == "partner_without_activities":
        values["partner"] = inline(finding.detail[0])
    elif finding.kind == "assumption_changed":
        what, before, after = finding.detail
        key = f"assumption_changed.{what}"
        values["before"], values["after"] = (
            text(f"assumption.{v}", lang) if v else "-" for v in (before, after)
        )
    elif finding.kind == "money_earlier":
        year, freed_eur, added_eur, basis = finding.detail
        freed, gained = int(freed_eur), int(added_eur)
        key = "money_earlier." + ("both" if freed and gained else "added" if gained else "freed")
        values.update(year=year, freed=money(freed, lang), added=money(gained, lang))
        values["when"] = cr_text(f"money_earlier.{basis}", lang)
    elif finding.kind == "activity_reaches_no_goal":
        values["status"] = text(finding.detail[0], lang)
        if finding.detail[1]:
            key = "activity_reaches_no_goal.budget"
            values["budget"] = money(int(finding.detail[1]), lang)
    elif finding.kind == "adjusted_activity":
        key = f"adjusted_activity.{finding.detail[0]}"
        values["after"] = inline(finding.detail[2])
        values["targets"] = _targets(review, finding.node or "", lang)
    return cr_text(f"f.{key}", lang, **values)


def _achieved_sentence(finding: Finding, action: str, values: dict[str, object], lang: Lang) -> str:
    """A stopped or removed activity that was achieved, and the budget it counts as freed."""
    key = "f.stopped_achieved" + (".remove" if action == "remove" else "")
    sentence = cr_text(key, lang, **values)
    if finding.detail[0]:
        budget = money(int(finding.detail[0]), lang)
        sentence += " " + cr_text("f.stopped_achieved.budget", lang, budget=budget)
    return sentence


def _kind_word(review: ChangeReview, node_id: str, lang: Lang) -> str:
    """'Outcome', 'Doel': the level of a node after the changes, capitalised."""
    try:
        word = text(review.result.node(node_id).kind.value, lang)
    except KeyError:
        return ""
    return word[:1].upper() + word[1:]


def _targets(review: ChangeReview, node_id: str, lang: Lang) -> str:
    try:
        node = review.result.node(node_id)
    except KeyError:
        return cr_text("nothing", lang)
    links = getattr(node, "contributes_to", ())
    return and_list((link.to for link in links), lang) or cr_text("nothing", lang)


def summary_sentences(review: ChangeReview, lang: Lang) -> str:
    """The summary: counts, the overall verdict, and whether the ToC itself changes."""
    actions = ["stop" if s.stops else s.action for s in review.steps]
    counts = {a: actions.count(a) for a in ("stop", "add", "modify", "remove")}
    parts = [cr_text("counts", lang, changes=plural(len(review.steps), lang), **counts)]
    if review.toc_changed():
        parts.append(cr_text("summary.toc_changed", lang))
    parts.append(overall_sentence(review, lang))
    if review.held_by_lowered_requires:
        held = ", ".join(review.held_by_lowered_requires)
        parts.append(cr_text("summary.held", lang, goals=held))
    return " ".join(parts)


def shown_findings(review: ChangeReview) -> list[Finding]:
    """The findings a report lists: a lowered ``requires`` is said once, not twice."""
    lowered = {f.node for f in review.findings if f.kind == "requires_lowered"}
    return [
        f
        for f in review.findings
        if not (f.kind == "toc_changed" and f.detail[0] == "requires" and f.node in lowered)
    ]


def shown_title(review: ChangeReview, node_id: str) -> str:
    """A node's title after the changes, or before them for a node the changes remove."""
    return node_title(review.result, node_id) or node_title(review.baseline, node_id)


def goal_ids(review: ChangeReview) -> list[str]:
    """The goals before the changes, then the goals the changes add."""
    before = [g.id for g in review.before.goals()]
    return before + [g.id for g in review.after.goals() if g.id not in before]


def _new_values(step: StepEffect, lang: Lang) -> str:
    change = step.change
    data = change.set if isinstance(change, ModifyChange) else {}
    return "; ".join(
        f"{md(field_label(key, lang))}: {md(field_value(key, value, lang))}"
        for key, value in data.items()
    )


def assumption_table(review: ChangeReview, lang: Lang) -> list[list[str]]:
    """The named assumptions before and after, and what each is critical for after.

    A header row and one row per assumption, as plain text (each report
    escapes it for its own format); ``[]`` when neither ToC names one.
    """
    before = {a.id: a for a in review.baseline.assumptions}
    after = {a.id: a for a in review.result.assumptions}
    if not before and not after:
        return []
    critical: dict[str, list[str]] = {name: [] for name in after}
    for node in review.after.non_activities():
        for name in node.critical_assumptions:
            critical[name].append(node.id)

    def status(found: dict[str, Any], name: str) -> str:
        item = found.get(name)
        return text(f"assumption.{item.status.value}", lang) if item else cr_text("absent", lang)

    rows = [
        [
            "id",
            text("field.assumption", lang),
            text("check.col.before", lang),
            text("check.col.after", lang),
            text("col.critical_for", lang),
        ]
    ]
    for name in [*before, *(n for n in after if n not in before)]:
        shown = (after.get(name) or before[name]).text
        rows.append(
            [
                name,
                shown,
                status(before, name),
                status(after, name),
                ", ".join(sorted(critical.get(name, []))) or "-",
            ]
        )
    return rows


def _assumption_rows(review: ChangeReview, lang: Lang) -> list[str]:
    """The assumptions section in Markdown (none: [])."""
    rows = assumption_table(review, lang)
    if not rows:
        return []
    return [f"## {text('html.section.assumptions', lang)}", "", *markdown_table(rows), ""]


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
    if request.effective_from:
        when = request.effective_from.isoformat()
        meta.append(f"**{cr_text('effective_from', lang)}:** {when}")
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
    out += [f"## {cr_text('summary', lang)}", "", summary_sentences(review, lang), ""]
    out += triage_markdown(review, lang)
    out += [f"## {cr_text('findings', lang)}", "", f"*{cr_text('findings.note', lang)}*", ""]
    if review.findings:
        out += [f"- {finding_sentence(f, review, lang)}" for f in shown_findings(review)]
    else:
        out.append(cr_text("findings.none", lang))
    out += ["", f"## {cr_text('justification', lang)}", ""]
    out += [f"*{cr_text('justification.note', lang)}*", ""]
    if request.description:
        out += [markdown_paragraph(request.description.strip()), ""]
    for step in review.steps:
        title = shown_title(review, step.target)
        heading = f"### {step.index}. {action_label(step.action, md(step.target), lang)}"
        out += [heading + (f": {md(title)}" if title else ""), ""]
        rationale = (
            md(step.change.rationale)
            if step.change.rationale
            else f"*{cr_text('rationale.none', lang)}*"
        )
        out += [f"**{cr_text('rationale', lang)}:** {rationale}", ""]
        if isinstance(step.change, ModifyChange):
            out += [f"**{cr_text('new_values', lang)}:** {_new_values(step, lang)}", ""]
    out += [f"## {cr_text('changes', lang)}", ""]
    for step in review.steps:
        out += [f"### {step.index}. {action_label(step.action, md(step.target), lang)}", ""]
        out += (
            _effect_rows(step.effects, review, lang)
            if step.effects
            else [cr_text("effect.none", lang)]
        )
        out.append("")
    out += money_markdown(review, lang)
    out += [f"## {cr_text('goals', lang)}", ""]
    rows = [[cr_text(k, lang) for k in EFFECT_COLUMNS]]
    for goal_id in goal_ids(review):
        before, after = review.before.nodes.get(goal_id), review.after.nodes.get(goal_id)
        rows.append(
            [
                goal_id,
                shown_title(review, goal_id),
                _verdict(before, lang),
                _margin(before, lang),
                _verdict(after, lang),
                _margin(after, lang),
            ]
        )
    out += [*markdown_table(rows), ""]
    out += _assumption_rows(review, lang)
    if diagram is not None:
        out += [f"## {cr_text('diagram', lang)}", "", diagram.rstrip(), ""]
    footer = cr_text("footer", lang, version=__version__, source=code(source or request.toc))
    out += ["---", "", footer]
    return "\n".join(out) + "\n"

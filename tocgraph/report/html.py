"""One self-contained HTML page for a ToC: tables, diagram and a live what-if.

The page inlines its CSS, its JavaScript and the SVG diagram; it loads nothing
(a Content-Security-Policy forbids it), works from ``file://`` and is the same
bytes for the same input. The DOM contract that other tools read is in
``docs/html.md``. Every piece of user text goes through :func:`~tocgraph.report.escape.html_text`;
the data the script needs is JSON inside a ``<script type="application/json">``
element, with ``<``, ``>`` and ``&`` written as JSON escapes so that no user
text can close it.

Examples
--------
>>> import tocgraph
>>> from tocgraph.analysis.cutsets import minimal_cut_sets
>>> toc = tocgraph.load("tests/fixtures/warnings.yaml")
>>> page = toc_page(toc, tocgraph.assess(toc), minimal_cut_sets(toc), (), "nl")
>>> page.startswith('<!DOCTYPE html>\\n<html lang="nl"')
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tocgraph.analysis.assessment import Assessment, NodeAssessment, display_order
from tocgraph.analysis.budget import budget_totals
from tocgraph.analysis.cutsets import CutSets
from tocgraph.analysis.monitoring import Monitoring, monitor
from tocgraph.analysis.support import assumption_support
from tocgraph.errors import Diagnostic
from tocgraph.graph.structure import Structure, compile_structure
from tocgraph.hints import natural_key
from tocgraph.i18n import Lang, check_lang, keys, localize, text
from tocgraph.report.escape import html_text, shown_text
from tocgraph.report.html_document import html_document, illustrative_note, svg_figure
from tocgraph.report.money import budget_html
from tocgraph.report.monitoring import horizon_text, indicator_rows
from tocgraph.schema.model import Activity, Kind, ToC

__all__ = ["toc_page"]

_SYMBOL = {"potentially_effective": "\u2713", "potentially_ineffective": "\u2717"}
_DASH = "\u2013"


def _verdict(node: NodeAssessment, lang: Lang) -> str:
    value = node.verdict.value
    return f"{_SYMBOL.get(value, '?')} {text(value, lang)}"


def _rule(requires: object, count: int, lang: Lang) -> str:
    if count == 0:
        return text("html.rule.none", lang)
    if count == 1:
        return text("html.rule.k", lang, k=1, n=1)
    if requires == "any" or requires == 1:
        return text("html.rule.any", lang, n=count)
    if requires == "all" or requires == count:
        return text("html.rule.both" if count == 2 else "html.rule.all", lang, n=count)
    return text("html.rule.k", lang, k=requires, n=count)


def _node_rows(
    toc: ToC, assessment: Assessment, lang: Lang, monitoring: Monitoring | None = None
) -> list[str]:
    contributors: dict[str, int] = {}
    for model in toc.nodes():
        for link in getattr(model, "contributes_to", ()):
            contributors[link.to] = contributors.get(link.to, 0) + 1
    rows = []
    for node in sorted(assessment.non_activities(), key=display_order):
        model = toc.node(node.id)
        critical = node.critical_activities
        rule = _rule(getattr(model, "requires", "any"), contributors.get(node.id, 0), lang)
        rows.append(
            f'<tr data-node-id="{html_text(node.id)}" data-kind="{node.kind.value}" '
            f'data-verdict="{node.verdict.value}" data-margin="{node.margin}" '
            f'data-critical="{html_text(" ".join(critical))}">'
            f'<th scope="row"><code>{html_text(node.id)}</code></th>'
            f"<td>{html_text(model.title)}"
            f'<span class="changed-badge">{html_text(text("changed", lang))}</span></td>'
            f"<td>{html_text(text(node.kind.value, lang))}</td>"
            f"<td>{html_text(rule)}</td>"
            f'<td><span class="verdict">{html_text(_verdict(node, lang))}</span></td>'
            f'<td class="num margin">{node.margin}</td>'
            f'<td class="critical">{html_text(", ".join(critical)) or _DASH}</td>'
            + _horizon_cell(node.id, monitoring, lang)
            + "</tr>"
        )
    return rows


def _horizon_cell(node_id: str, monitoring: Monitoring | None, lang: Lang) -> str:
    """A cell with the node's horizon, when the ToC gives any (else nothing)."""
    if monitoring is None or not monitoring.horizons:
        return ""
    shown = horizon_text(monitoring.horizons.get(node_id), lang)
    return f'<td class="horizon">{html_text(shown) if shown != "-" else _DASH}</td>'


def _dated(toc: ToC) -> bool:
    return any(a.start or a.end for a in toc.activities)


def _date_cells(activity: Activity, dated: bool) -> str:
    if not dated:
        return ""
    start = activity.start.isoformat() if activity.start else _DASH
    end = activity.end.isoformat() if activity.end else _DASH
    return f'<td class="start">{start}</td><td class="end">{end}</td>'


def _indicator_section(monitoring: Monitoring, lang: Lang) -> list[str]:
    """The indicators: one table, the rows of ``check``; nothing for a ToC without any."""
    if not monitoring.indicators:
        return []
    header, *rows = indicator_rows(monitoring, lang)
    return [
        '<section aria-labelledby="h-indicators">',
        f'<h2 id="h-indicators">{html_text(text("mon.indicators", lang))}</h2>',
        '<table class="indicators"><thead><tr>'
        + "".join(f"<th scope=col>{html_text(cell)}</th>" for cell in header)
        + "</tr></thead><tbody>",
        *(
            f'<tr data-indicator-id="{html_text(report.id)}" data-of="{html_text(report.node)}">'
            + "".join(f"<td>{html_text(cell)}</td>" for cell in row)
            + "</tr>"
            for report, row in zip(monitoring.indicators, rows, strict=True)
        ),
        "</tbody></table>",
        "</section>",
    ]


def _activity_rows(toc: ToC, assessment: Assessment, lang: Lang) -> list[str]:
    rows = []
    dated = _dated(toc)
    stop_label = html_text(text("html.stop", lang))
    stopped_label = html_text(text("stopped", lang))  # a stopped one cannot be stopped
    for activity in sorted(toc.activities, key=lambda a: display_order(assessment.nodes[a.id])):
        node = assessment.nodes[activity.id]
        status = activity.status.value
        stopped = activity.status.value == "stopped"
        disabled = ' aria-disabled="true"' if stopped else ""
        partner = activity.partner or ""
        rows.append(
            f'<tr data-status="{status}">'
            f'<th scope="row"><button type="button" class="activity" '
            f'data-node-id="{html_text(activity.id)}" data-kind="activity" '
            f'data-verdict="{node.verdict.value}" data-status="{status}" '
            f'aria-pressed="{"true" if stopped else "false"}"{disabled}>'
            f'<code>{html_text(activity.id)}</code><span class="visually-hidden">, '
            f"{stopped_label if stopped else stop_label}</span></button></th>"
            f"<td>{html_text(activity.title)}</td>"
            f"<td>{html_text(partner) or _DASH}</td>"
            f'<td class="status">{html_text(text(status, lang))}</td>'
            + _date_cells(activity, dated)
            + "</tr>"
        )
    return rows


def _activities_of(partner: str, n: int, lang: Lang) -> str:
    if n == 1:
        return text("html.activities_of.one", lang, partner=partner)
    return text("html.activities_of", lang, partner=partner, n=n)


def _partner_buttons(activities: Sequence[Activity], lang: Lang) -> list[str]:
    counts: dict[str, int] = {}
    for activity in activities:
        if activity.partner and activity.status.value != "stopped":
            counts[activity.partner] = counts.get(activity.partner, 0) + 1
    return [
        f'<li><button type="button" class="partner" data-partner="{html_text(name)}" '
        f'aria-pressed="false">{html_text(_activities_of(name, n, lang))}'
        "</button></li>"
        for name, n in sorted(counts.items(), key=lambda item: item[0].casefold())
    ]


def _page_data(
    toc: ToC, assessment: Assessment, cuts: CutSets, lang: Lang, toc_file: str
) -> dict[str, Any]:
    structure = compile_structure(toc)
    ids = structure.ids
    # as data-partner="..." reads, so that the script finds a partner's activities
    partner = {a.id: shown_text(a.partner) for a in toc.activities if a.partner is not None}
    ranked = sorted(assessment.nodes.values(), key=display_order)
    order = {node.id: rank for rank, node in enumerate(ranked)}
    nodes = [assessment.nodes[i] for i in ids]
    cut_lists: list[list[list[int]] | None] = []
    for node_id in ids:
        family = cuts.cut_sets.get(node_id)
        cut_lists.append(
            None if family is None else [[structure.index[a] for a in cut] for cut in family]
        )
    wanted = [k for k in keys(lang) if k.startswith("html.")]
    words = [
        "potentially_effective",
        "potentially_ineffective",
        "undetermined",
        *(kind.value for kind in Kind),
        *(a.status.value for a in toc.activities),
        "stopped",
    ]
    return {
        "ids": list(ids),
        "kinds": [k.value for k in structure.kinds],
        "status": [None if s is None else s.value for s in structure.statuses],
        "partner": [partner.get(i) for i in ids],
        "contributors": [list(c) for c in structure.contributors],
        "caps": _link_caps(structure),
        "required": list(structure.required),
        "cuts": cut_lists,
        "order": [order[i] for i in ids],
        "base": {
            "verdict": [n.verdict.value for n in nodes],
            "margin": [n.margin for n in nodes],
            "critical": [list(n.critical_activities) for n in nodes],
        },
        "text": {k: text(k, lang) for k in sorted({*wanted, *words})},
        "tocFile": toc_file,
        "tocId": toc.id,
    }


def _assumption_section(toc: ToC, assessment: Assessment, lang: Lang) -> list[str]:
    """A table of the named assumptions (none without them); critical-for is the baseline's."""
    if not toc.assumptions:
        return []
    critical: dict[str, list[str]] = {a.id: [] for a in toc.assumptions}
    links: dict[str, list[str]] = {a.id: [] for a in toc.assumptions}
    for node in sorted(assessment.non_activities(), key=display_order):
        for name in node.critical_assumptions:
            critical[name].append(node.id)
    for model in toc.nodes():
        for link in getattr(model, "contributes_to", ()):
            for name in link.assumptions:
                links[name].append(f"{model.id} \u2192 {link.to}")
    rows = [
        f'<tr data-assumption-id="{html_text(a.id)}" data-status="{a.status.value}">'
        f'<th scope="row"><code>{html_text(a.id)}</code></th>'
        f"<td>{html_text(a.text)}</td>"
        f"<td>{html_text(text(f'assumption.{a.status.value}', lang))}</td>"
        f"<td>{html_text(', '.join(links[a.id])) or _DASH}</td>"
        f"<td>{html_text(', '.join(critical[a.id])) or _DASH}</td></tr>"
        for a in toc.assumptions
    ]
    columns = (
        "html.col.id",
        "field.assumption",
        "html.col.status",
        "col.links",
        "col.critical_for",
    )
    return [
        '<section aria-labelledby="h-assumptions">',
        f'<h2 id="h-assumptions">{html_text(text("html.section.assumptions", lang))}</h2>',
        f'<p class="note">{html_text(text("html.assumptions.help", lang))}</p>',
        "<table><thead><tr>",
        *(f"<th scope=col>{html_text(text(k, lang))}</th>" for k in columns),
        "</tr></thead><tbody>",
        *rows,
        "</tbody></table>",
        "</section>",
    ]


def _link_caps(structure: Structure) -> list[list[str]] | None:
    """For each node, parallel to its contributors, what its links' named assumptions allow.

    ``"T"``, ``"U"`` (an assumption at risk) or ``"F"`` (one fails); ``None``
    when no link names an assumption, so the page computes as before.
    """
    if not structure.link_assumptions:
        return None
    values = [assumption_support(s).value for s in structure.assumption_statuses]
    rank = {"F": 0, "U": 1, "T": 2}
    return [
        [min((values[a] for a in held), key=rank.__getitem__, default="T") for held in links]
        for links in structure.link_assumptions
    ]


def toc_page(
    toc: ToC,
    assessment: Assessment,
    cuts: CutSets,
    warnings: Sequence[Diagnostic],
    lang: Lang = "en",
    *,
    svg: str | None = None,
    toc_file: str | None = None,
    version: str = "",
) -> str:
    """The HTML page of a ToC (see ``docs/html.md``).

    Parameters
    ----------
    toc, assessment
        The ToC and its assessment (``tocgraph.assess(toc)``).
    cuts
        Its minimal cut sets, from
        :func:`~tocgraph.analysis.cutsets.minimal_cut_sets`: what the page
        recomputes margins from.
    warnings
        The assessment's warnings, located in the file where known.
    lang
        ``"en"`` or ``"nl"``.
    svg
        The diagram (``tocgraph.render(toc, "svg")``), or ``None`` for none.
    toc_file
        The ToC file's name, for the change-request draft's ``toc:`` (a draft
        is meant to be saved next to the ToC); by default ``<id>.yaml``.
    version
        The tocgraph version for the footer.
    """
    lang = check_lang(lang)
    source = toc_file or f"{toc.id}.yaml"
    unknown = sorted((n for n, c in cuts.cut_sets.items() if c is None), key=natural_key)
    name = toc.name or toc.id
    title = text("html.title", lang, name=name)
    monitoring = monitor(toc)
    warning_items = [_warning_item(localize(w, lang), lang) for w in warnings]
    horizon = html_text(text("mon.col.horizon", lang))
    horizon_header = f"<th scope=col>{horizon}</th>" if monitoring.horizons else ""
    date_headers = (
        f"<th scope=col>{html_text(text('mon.col.start', lang))}</th>"
        f"<th scope=col>{html_text(text('mon.col.end', lang))}</th>"
        if _dated(toc)
        else ""
    )
    partial = (
        f'<p class="note warning-note">'
        f"{html_text(text('html.partial', lang, nodes=', '.join(unknown)))}</p>"
        if unknown
        else ""
    )
    headers = (
        f"<th scope=col>{html_text(text('html.col.id', lang))}</th>"
        f"<th scope=col>{html_text(text('html.col.title', lang))}</th>"
    )
    body = [
        "<header>",
        f"<h1>{html_text(title)}</h1>",
        illustrative_note(lang) if toc.illustrative else "",
        f'<p class="lead">{html_text(text("html.lead", lang, toc=f"{name} ({toc.id})"))}</p>',
        "</header>",
        "<main>",
        '<div class="controls" role="region" aria-labelledby="whatif-heading">',
        f'<h2 id="whatif-heading" class="visually-hidden">'
        f"{html_text(text('html.section.whatif', lang))}</h2>",
        f'<p id="summary" role="status" aria-live="polite">'
        f"{html_text(text('html.summary.none', lang))}</p>",
        '<p class="needs-script" hidden>'
        f'<button type="button" id="reset">{html_text(text("html.reset", lang))}</button> '
        f'<button type="button" id="save-draft" disabled>{html_text(text("html.save", lang))}'
        "</button></p>",
        f'<p class="note no-script">{html_text(text("html.noscript", lang))}</p>',
        '<p id="ignored" class="note" hidden></p>',
        partial,
        "</div>",
        f'<p class="note no-print">{html_text(text("html.whatif.help", lang))}</p>',
        '<section class="first" aria-labelledby="h-diagram">',
        f'<h2 id="h-diagram">{html_text(text("html.section.diagram", lang))}</h2>',
        svg_figure(svg, lang, "html.diagram.caption"),
        "</section>",
        '<section aria-labelledby="h-nodes">',
        f'<h2 id="h-nodes">{html_text(text("html.section.nodes", lang))}</h2>',
        "<table><thead><tr>" + headers,
        *(
            f"<th scope=col{' class=num' * (k == 'col.margin')}>{html_text(text(k, lang))}</th>"
            for k in ("col.kind", "html.col.rule", "col.verdict", "col.margin", "col.critical")
        ),
        horizon_header + "</tr></thead><tbody>",
        *_node_rows(toc, assessment, lang, monitoring),
        "</tbody></table>",
        "</section>",
        *_indicator_section(monitoring, lang),
        *_assumption_section(toc, assessment, lang),
        '<section aria-labelledby="h-activities">',
        f'<h2 id="h-activities">{html_text(text("html.section.activities", lang))}</h2>',
        '<div class="partners-section">',
        f"<h3>{html_text(text('html.section.partners', lang))}</h3>",
        '<ul class="partners">',
        *_partner_buttons(toc.activities, lang),
        "</ul></div>",
        "<table><thead><tr>" + headers,
        *(
            f"<th scope=col>{html_text(text(k, lang))}</th>"
            for k in ("col.partner", "html.col.status")  # no verdict: it judges nodes, not work
        ),
        date_headers + "</tr></thead><tbody>",
        *_activity_rows(toc, assessment, lang),
        "</tbody></table>",
        "</section>",
        *budget_html(budget_totals(toc), lang),
        '<section aria-labelledby="h-warnings">',
        f'<h2 id="h-warnings">{html_text(text("html.section.warnings", lang))}</h2>',
        '<ul class="warnings">' + "".join(warning_items) + "</ul>"
        if warning_items
        else f"<p>{html_text(text('none', lang))}</p>",
        "</section>",
        "</main>",
        f"<footer><p>{html_text(text('html.footer', lang, version=version, source=source))}"
        "</p></footer>",
    ]
    return html_document(
        title,
        lang,
        body,
        data=_page_data(toc, assessment, cuts, lang, source),
        script="report.js",
    )


def _warning_item(warning: Diagnostic, lang: Lang) -> str:
    """One warning as a list item: code, place, message and hint, labelled in ``lang``."""
    hint = (
        f"<br><em>{html_text(text('html.hint', lang))}:</em> {html_text(warning.hint)}"
        if warning.hint
        else ""
    )
    return (
        f"<li><code>{html_text(warning.code)}</code> {html_text(warning.location())}: "
        f"{html_text(warning.message)}{hint}</li>"
    )

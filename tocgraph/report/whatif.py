"""Readable reports for ``impact``, ``critical`` and ``diff``.

Their JSON documents are the results' ``to_dict`` methods.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tocgraph.analysis.critical import Criticality
from tocgraph.analysis.diff import Diff, EffectChange
from tocgraph.analysis.whatif import Impact
from tocgraph.i18n import Lang, and_list, field_label, text, value_label
from tocgraph.report.escape import terminal as tty
from tocgraph.report.margin import margin_text, verdict_and_margin
from tocgraph.report.table import format_table
from tocgraph.report.values import field_value
from tocgraph.schema.model import ToC

__all__ = ["critical_text", "diff_text", "impact_text"]


def impact_text(toc: ToC, result: Impact, lang: Lang = "en") -> str:
    """A readable what-if report."""
    lines = [f"{tty(toc.name or toc.id)} ({toc.id})"]
    if toc.illustrative:
        lines.append(f"  {text('illustrative.notice', lang)}")
    stopped_by_partner: set[str] = set()
    parts = []
    for partner in result.partners:
        ids = [a.id for a in toc.activities if a.partner == partner and a.id in result.stopped]
        stopped_by_partner.update(ids)
        key = "scenario.partner" if ids else "scenario.partner_idle"  # nothing of it runs
        parts.append(text(key, lang, name=tty(partner), ids=", ".join(ids)))
    direct = [a for a in result.stopped if a not in stopped_by_partner]
    if direct:
        parts.insert(0, text("scenario.stop", lang, ids=and_list(direct, lang)))
    elif not (parts or result.failed):
        parts.insert(0, text("scenario.none", lang))
    if result.already_stopped:
        already = ", ".join(result.already_stopped)
        parts.append(text("scenario.already_stopped", lang, ids=already))
    if result.failed:
        parts.append(text("scenario.fail", lang, ids=", ".join(result.failed)))
    lines.append(f"  {text('scenario', lang)}: " + "; ".join(parts))
    if result.achieved:  # finished work counted as lost: the reader must know
        lines.append(f"  {text('scenario.achieved', lang, ids=and_list(result.achieved, lang))}")
    lost = result.goals_lost()
    lines.append(f"  {text('goals_lost', lang)}: {', '.join(lost) or text('none', lang)}")
    spofs = result.new_single_points()
    shown = "; ".join(f"{n}: {', '.join(a)}" for n, a in spofs.items())
    lines.append(f"  {text('new_spof', lang)}: {shown or text('none', lang)}")
    only_one_partner = len(result.partners) == 1 and not (direct or result.failed)
    for partner, goals in () if only_one_partner else result.partner_alone.items():
        # one partner and nothing else: the line would repeat the goals above
        shown_goals = ", ".join(goals) or text("none", lang)
        lines.append(f"  {text('partner_alone', lang, name=tty(partner))}: {shown_goals}")
    if result.changes:
        rows = [
            [
                text("col.node", lang),
                text("col.kind", lang),
                text("col.before", lang),
                text("col.after", lang),
            ]
        ]
        for change in result.changes:
            rows.append(
                [
                    change.id,
                    text(change.kind.value, lang),
                    verdict_and_margin(change.before, lang),
                    verdict_and_margin(change.after, lang),
                ]
            )
        lines.append(f"  {text('impact.changed', lang)}:")
        lines.extend(format_table(rows, indent="    "))
        lines.append(f"    {text('margin.note', lang)}")
    else:
        lines.append(f"  {text('no_change', lang)}")
    return "\n".join(lines) + "\n"


def critical_text(toc: ToC, result: Criticality, lang: Lang = "en") -> str:
    """Single points of failure per goal, and the ranking of activities."""
    lines = [f"{tty(toc.name or toc.id)} ({toc.id})"]
    if toc.illustrative:
        lines.append(f"  {text('illustrative.notice', lang)}")
    lines.append(f"  {text('critical.goals', lang)}:")
    rows = [
        [
            text("col.node", lang),
            text("col.verdict", lang),
            text("col.margin", lang),
            text("col.critical", lang),
        ]
    ]
    for goal in result.goals:
        rows.append(
            [
                goal.id,
                text(goal.verdict.value, lang),
                margin_text(goal, lang),
                ", ".join(goal.critical_activities) or "-",
            ]
        )
    lines.extend(format_table(rows, right=frozenset({2}), indent="    "))
    lines.append(f"    {text('margin.note', lang)}")
    lines.append(f"  {text('critical.ranking', lang)}:")
    rows = [
        [
            text("activity", lang),
            text("col.partner", lang),
            text("html.col.status", lang),
            text("col.goals_lost", lang),
            text("col.margin_lost", lang),
        ]
    ]
    for cost in result.ranking:
        rows.append(
            [
                cost.id,
                tty(cost.partner or "-"),
                text(cost.status, lang) if cost.status else "-",
                ", ".join(cost.goals_lost) or "-",
                (
                    str(cost.margin_lost)
                    if cost.margin_lost_bounds is None
                    else text(
                        "margin.bounds",
                        lang,
                        lower=cost.margin_lost_bounds[0],
                        upper=cost.margin_lost_bounds[1],
                    )
                ),
            ]
        )
    lines.extend(format_table(rows, right=frozenset({4}), indent="    "))
    if result.not_ranked:
        left = ", ".join(f"{i} ({text(status, lang)})" for i, status in result.not_ranked)
        lines.append(f"  {text('critical.not_ranked', lang, activities=left)}")
        if any(status == "unclear" for _, status in result.not_ranked):
            lines.append(f"  {text('critical.not_ranked.unclear', lang)}")
    return "\n".join(lines) + "\n"


def _field_name(field: str, lang: Lang) -> str:
    """``contributes_to[O1].assumption`` as 'aanname (draagt bij aan O1)'."""
    for name in ("assumption", "assumptions"):
        if field.startswith("contributes_to[") and field.endswith(f"].{name}"):
            target = field[len("contributes_to[") : -len(f"].{name}")]
            return f"{field_label(name, lang)} ({field_label('contributes_to', lang)} {target})"
    return field_label(field, lang)


def _assumption_lines(result: Diff, lang: Lang) -> list[str]:
    """Named assumptions added, removed and changed (statuses in words)."""
    lines = []
    for key, names in (
        ("diff.assumptions_added", result.assumptions_added),
        ("diff.assumptions_removed", result.assumptions_removed),
    ):
        if names:
            lines.append(f"{text(key, lang)}: {', '.join(names)}")
    if result.assumption_fields:
        lines.append(f"{text('diff.assumptions_changed', lang)}:")
    for f in result.assumption_fields:
        before, after = (
            text(f"assumption.{v}", lang)
            if f.field == "status"
            else value_label(v, lang)
            if f.field == "text"
            else "; ".join(str(e.get("source")) for e in v or () if isinstance(e, Mapping)) or "-"
            for v in (f.before, f.after)
        )
        lines.append(f"  {f.node}: {field_label(f.field, lang)}: {tty(before)} -> {tty(after)}")
    return lines


def diff_text(
    result: Diff, lang: Lang = "en", *, old: ToC | None = None, new: ToC | None = None
) -> str:
    """A readable comparison of two versions, headed by their names when ``old`` and ``new``
    (the ToCs compared) are given, and by the notice of illustrative data when it is."""
    lines: list[str] = []
    notice = text("illustrative.notice", lang)
    if old is not None and new is not None:
        names = [f"{tty(t.name or t.id)} ({t.id})" for t in (old, new)]
        lines.append(names[0] if names[0] == names[1] else " -> ".join(names))
        examples = sum(t.illustrative for t in (old, new))
        notice = text("illustrative.portfolio", lang, n=examples, total=2)
    if result.illustrative:
        lines.append(f"  {notice}")
    if result.is_empty():
        return "\n".join([*lines, text("diff.same", lang)]) + "\n"
    if result.added:
        lines.append(f"{text('diff.added', lang)}: {', '.join(result.added)}")
    if result.removed:
        lines.append(f"{text('diff.removed', lang)}: {', '.join(result.removed)}")
    if result.fields:
        lines.append(f"{text('diff.fields', lang)}:")
        for f in result.fields:
            where = f"{f.node}: " if f.node else ""
            name = _field_name(f.field, lang)
            before = tty(field_value(f.field, f.before, lang) or "-")  # an empty list too
            after = tty(field_value(f.field, f.after, lang) or "-")
            lines.append(f"  {where}{name}: {before} -> {after}")
    for key, links in (
        ("diff.links_added", result.links_added),
        ("diff.links_removed", result.links_removed),
    ):
        if links:
            shown = ", ".join(f"{link.source} -> {link.target}" for link in links)
            lines.append(f"{text(key, lang)}: {shown}")
    lines.extend(_assumption_lines(result, lang))
    lines.append(f"{text('diff.effects', lang)}:")
    if result.effects:
        lines.extend(_effect_table(result.effects, "col.before", lang))
    else:
        lines.append(f"  {text('none', lang)}")
    if result.requires_effects:
        lines.append(f"{text('diff.requires_effects', lang)}:")
        lines.extend(_effect_table(result.requires_effects, "diff.col.old_bar", lang))
    return "\n".join(lines) + "\n"


def _effect_table(effects: Sequence[EffectChange], before: str, lang: Lang) -> list[str]:
    """Node, verdict and margin before (the column ``before`` names), after."""
    rows = [[text("col.node", lang), text(before, lang), text("col.after", lang)]]
    for e in effects:
        rows.append([e.id, verdict_and_margin(e.before, lang), verdict_and_margin(e.after, lang)])
    return format_table(rows, indent="  ")

"""Reports for ``tocgraph portfolio``: readable tables, in English and Dutch.

The JSON document is :meth:`tocgraph.analysis.portfolio.Portfolio.to_dict`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from tocgraph.errors import Diagnostic
from tocgraph.hints import natural_key
from tocgraph.i18n import Lang, and_list, localize, plural, text
from tocgraph.report.escape import terminal as tty
from tocgraph.report.margin import bounded_text
from tocgraph.report.numbers import number, percent, share
from tocgraph.report.table import format_table
from tocgraph.schema.model import Kind

if TYPE_CHECKING:  # imported where used (start-up time)
    from tocgraph.analysis.portfolio import Portfolio

__all__ = [
    "Block",
    "Table",
    "number",
    "percent",
    "portfolio_sections",
    "portfolio_text",
    "share",
    "short_name",
]


def _findings(result: Portfolio, findings: Sequence[Diagnostic] | None) -> list[Diagnostic]:
    return list(result.findings if findings is None else findings)


def portfolio_text(
    result: Portfolio, lang: Lang = "en", findings: Sequence[Diagnostic] | None = None
) -> str:
    """A readable report: alliances, activity status, goals, shared organisations,
    policy coverage, findings, and the scenario if there is one."""
    head, sections = portfolio_sections(result, lang, findings)
    lines = list(head)
    for section in sections:
        lines.append("")
        for block in section:
            if isinstance(block, Table):
                lines.extend(format_table(block.rows, block.right, indent="  "))
            else:
                lines.append(block)
    return "\n".join(lines) + "\n"


def portfolio_sections(
    result: Portfolio, lang: Lang = "en", findings: Sequence[Diagnostic] | None = None
) -> tuple[list[str], list[list[Block]]]:
    """The report's title lines and its non-empty sections, for every output format."""
    head = [
        text("portfolio.title", lang, alliances=plural(len(result.alliances), lang, "alliance"))
    ]
    if result.illustrative:
        n = sum(a.illustrative for a in result.alliances)
        head.append(text("illustrative.portfolio", lang, n=n, total=len(result.alliances)))
    if result.policy is not None:
        name = tty(result.policy.name or result.policy.id)
        head.append(text("portfolio.policy", lang, name=name, id=result.policy.id))
    sections: list[list[Block]] = [
        _alliances(result, lang),
        _budgets(result, lang),
        _activities(result, lang),
        _monitoring(result, lang),
        _goals(result, lang),
        _organisations(result, lang),
        _coverage(result, lang),
        _findings_text(_findings(result, findings), result, lang),
        _scenario(result, lang),
    ]
    return head, [section for section in sections if section]


def _header(lang: Lang, keys: str) -> list[str]:
    """The labels of the space-separated ``keys``: a table's header row."""
    return [text(key, lang) for key in keys.split()]


@dataclass(frozen=True)
class Table:
    """A table of a report section: the first row is the header; ``right`` columns are numbers."""

    rows: tuple[tuple[str, ...], ...]
    right: frozenset[int] = frozenset()


Block = str | Table
"""A line of text or a table; the first line of a section is its heading."""


def _table(rows: list[list[str]], right: frozenset[int] = frozenset()) -> Table:
    return Table(tuple(tuple(row) for row in rows), right)


def short_name(name: str) -> str:
    """An alliance's name for a table whose column already says 'alliance'.

    Examples
    --------
    >>> short_name("Alliantie Kleurrijk en Vrij"), short_name("Alliance for Change")
    ('Kleurrijk en Vrij', 'Alliance for Change')
    """
    return _ALLIANCE_WORD.sub("", name) or name


_ALLIANCE_WORD = re.compile(r"^(?:Alliantie|Alliance)\s+(?=[A-Z0-9])")


def _names(result: Portfolio) -> dict[str, str]:
    """Alliance id -> the name a reader knows it by (the id when the file gives none)."""
    return {a.id: tty(short_name(a.name or a.id)) for a in result.alliances}


def _policy_words(result: Portfolio, lang: Lang) -> dict[str, str]:
    """Policy aim or domain id -> its title from the policy file, for Dutch reports.

    The ids are English slugs and the titles Dutch, so English reports keep the
    ids; without a policy file there are no titles and the ids stay too.
    """
    if result.policy is None or lang != "nl":
        return {}
    items = (*result.policy.aims, *result.policy.domains)
    return {item.id: tty(item.title) for item in items}


def _words(ids: Sequence[str], words: dict[str, str]) -> str:
    return ", ".join(words.get(i, i) for i in ids)


def _alliances(result: Portfolio, lang: Lang) -> list[Block]:
    rows = [
        _header(
            lang, "portfolio.col.alliance lead portfolio.col.ceiling portfolio.col.goals activities"
        )
    ]
    names = _names(result)
    for a in result.alliances:
        rows.append(
            [
                names[a.id],
                tty(a.lead or "-"),
                _amount(a.subsidy_ceiling_eur, lang),
                str(len(a.goals)),
                str(a.activities.total),
            ]
        )
    rows.append(
        [
            text("portfolio.total", lang),
            "",
            number(result.subsidy_ceiling_eur, lang),
            str(sum(len(a.goals) for a in result.alliances)),
            str(result.activities.total),
        ]
    )
    return [text("portfolio.alliances", lang), _table(rows, frozenset({2, 3, 4}))]


def _budgets(result: Portfolio, lang: Lang) -> list[Block]:
    """The activities' budgets against each ceiling; no section when no alliance states any."""
    if all(a.budget is None for a in result.alliances):
        return []
    keys = "portfolio.col.alliance portfolio.col.budget portfolio.col.ceiling portfolio.col.used"
    rows = [_header(lang, f"{keys} portfolio.col.budget_stopped portfolio.col.no_budget")]
    names = _names(result)
    for a in result.alliances:
        ceiling, totals = a.subsidy_ceiling_eur, a.budget
        if totals is None:
            count = str(a.activities.total)
            rows.append([names[a.id], "-", _amount(ceiling, lang), "-", "-", count])
            continue
        used = share(Fraction(totals.total, ceiling), lang) if ceiling else "-"
        rows.append(
            [
                names[a.id],
                number(totals.total, lang),
                _amount(ceiling, lang),
                used,
                number(totals.stopped, lang),
                str(totals.without_budget),
            ]
        )
    without = sum(
        a.activities.total if a.budget is None else a.budget.without_budget
        for a in result.alliances
    )
    rows.append(
        [
            text("portfolio.total", lang),
            number(result.budget_eur, lang),
            "",
            "",
            number(result.budget_stopped_eur, lang),
            str(without),
        ]
    )
    heading = text("portfolio.budgets", lang)
    note = text("portfolio.budgets.note", lang)
    return [heading, _table(rows, frozenset({1, 2, 3, 4, 5})), "", note]


def _amount(value: int | None, lang: Lang) -> str:
    """An amount in the tables, ``-`` when the file gives none."""
    return "-" if value is None else number(value, lang)


def _activities(result: Portfolio, lang: Lang) -> list[Block]:
    from tocgraph.analysis.portfolio import Category

    header = [text("portfolio.col.alliance", lang)]
    header += [text(f"portfolio.category.{c.value}", lang) for c in Category]
    header.append(text("portfolio.total", lang))
    rows = [header]
    names = _names(result)
    counted = [(names[a.id], a.activities) for a in result.alliances]
    counted.append((text("portfolio.total", lang), result.activities))
    for name, counts in counted:
        cells = [name]
        for category in Category:
            n = counts.count(category)
            cells.append(f"{n} ({percent(n, counts.total)}%)")
        cells.append(str(counts.total))
        rows.append(cells)
    right = frozenset(range(1, len(header)))
    return [text("portfolio.activities", lang), _table(rows, right)]


def _monitoring(result: Portfolio, lang: Lang) -> list[Block]:
    """Per alliance: outcomes, those with an indicator, those measured in the last 12 months."""
    if result.as_of is None:
        return []
    rows = [
        _header(
            lang,
            "mon.col.alliance mon.col.outcomes mon.col.with_indicator mon.col.measured "
            "mon.col.share mon.col.latest_date",
        )
    ]
    names = _names(result)
    for a in result.alliances:
        m = a.monitoring
        if m is None:
            continue
        share = "-" if m.share is None else f"{percent(m.measured, m.outcomes)}%"
        latest = "-" if m.latest is None else m.latest.isoformat()
        counts = [str(m.outcomes), str(m.with_indicator), str(m.measured), share]
        rows.append([names[a.id], *counts, latest])
    title = text("mon.coverage.title", lang, date=result.as_of.isoformat())
    note = text("portfolio.monitoring.note", lang)
    return [title, _table(rows, frozenset({1, 2, 3, 4})), "", note]


def _goals(result: Portfolio, lang: Lang) -> list[Block]:
    """Every goal; a column of critical assumptions when some goal has one."""
    assumed = any(g.critical_assumptions for a in result.alliances for g in a.goals)
    keys = "portfolio.col.alliance goal col.rule col.verdict col.margin col.critical"
    keys += " col.critical_assumptions" if assumed else ""
    rows = [_header(lang, f"{keys} portfolio.col.serves")]
    words, names = _policy_words(result, lang), _names(result)
    for a in result.alliances:
        for g in a.goals:
            row = [
                names[a.id],
                g.id,
                g.rule(lang) or "-",
                text(g.verdict.value, lang),
                bounded_text(g.margin, g.margin_bounds, lang),
                ", ".join(g.critical_activities) or "-",
            ]
            if assumed:
                row.append(", ".join(g.critical_assumptions) or "-")
            rows.append([*row, _words(g.serves, words) or "-"])
    note = text("portfolio.goals.note", lang)
    return [text("portfolio.goals", lang), _table(rows, frozenset({4})), "", note]


def _organisations(result: Portfolio, lang: Lang) -> list[Block]:
    head = text("portfolio.organisations", lang)
    if not result.organisations:
        return [f"{head}: {text('none', lang)}"]
    rows = [
        _header(
            lang,
            "portfolio.col.organisation portfolio.col.alliances portfolio.col.lead_of activities",
        )
    ]
    names = _names(result)
    for o in result.organisations:
        rows.append(
            [
                tty(o.name),
                _words(o.alliances, names),
                _words(o.leads, names) or "-",
                str(o.activities),
            ]
        )
    return [head, _table(rows, frozenset({3}))]


def _coverage(result: Portfolio, lang: Lang) -> list[Block]:
    if result.policy is None:
        return [text("portfolio.no_policy", lang)]
    rows = [
        _header(
            lang, "portfolio.col.policy_item portfolio.col.alliance goal col.verdict col.margin"
        )
    ]
    words, names = _policy_words(result, lang), _names(result)
    for c in result.coverage:
        item = f"{words.get(c.id, c.id)} ({text(f'portfolio.{c.kind}', lang)})"
        if not c.goals:
            rows.append([item, "-", "-", "-", "-"])
        for index, g in enumerate(c.goals):
            verdict = text(g.verdict.value, lang)
            margin = bounded_text(g.margin, g.margin_bounds, lang)
            alliance = names.get(g.alliance, g.alliance)
            rows.append([item if index == 0 else "", alliance, g.goal, verdict, margin])
    return [text("portfolio.coverage", lang), _table(rows, frozenset({4}))]


def _findings_text(found: list[Diagnostic], result: Portfolio, lang: Lang) -> list[Block]:
    if result.policy is None and not found:  # without a policy, only partners' spellings
        return []
    head = text("portfolio.findings", lang)
    if not found:
        return [f"{head}: {text('none', lang)}"]
    return [f"{head}: {len(found)}", *(localize(d, lang).format() for d in found)]


def _scenario(result: Portfolio, lang: Lang) -> list[Block]:
    scenario = result.scenario
    if scenario is None:
        return []
    lines: list[Block] = [
        text("portfolio.scenario", lang, partners=tty(and_list(scenario.partners, lang)))
    ]
    names = _names(result)
    rows = [_header(lang, "portfolio.col.alliance portfolio.col.stopped portfolio.col.goals_lost")]
    for alliance, i in scenario.impacts.items():
        lost = ", ".join(i.goals_lost()) or text("none", lang)
        shown = [
            f"{a} ({text('achieved', lang)})" if a in i.achieved else a
            for a in sorted(i.stopped, key=natural_key)
        ]
        rows.append([names.get(alliance, alliance), ", ".join(shown) or text("none", lang), lost])
    lines.append(_table(rows))
    if any(i.achieved for i in scenario.impacts.values()):  # finished work counted as lost
        lines.append(text("portfolio.achieved_note", lang))
    rows = [_header(lang, "portfolio.col.alliance goal col.verdict col.margin")]
    for alliance, i in scenario.impacts.items():
        for c in i.changes:
            if c.kind is not Kind.GOAL:
                continue
            before, after = text(c.before.verdict.value, lang), text(c.after.verdict.value, lang)
            verdict = before if before == after else f"{before} -> {after}"
            margins = f"{c.before.margin} -> {c.after.margin}"
            rows.append([names.get(alliance, alliance), c.id, verdict, margins])
    if len(rows) > 1:
        lines.extend(["", _table(rows, frozenset({3}))])
    untouched = [names[a.id] for a in result.alliances if a.id not in scenario.impacts]
    lines.append("")
    lines.append(
        text("portfolio.untouched", lang, alliances=", ".join(untouched) or text("none", lang))
    )
    total = sum(len(goals) for goals in scenario.goals_lost().values())
    lines.append(text("portfolio.goals_lost_total", lang, goals=total))
    if result.policy is not None:
        lost = _words(scenario.coverage_lost, _policy_words(result, lang)) or text("none", lang)
        lines.append(text("portfolio.coverage_lost", lang, items=lost))
    return lines

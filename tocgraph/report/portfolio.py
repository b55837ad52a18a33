"""Reports for ``tocgraph portfolio``: readable tables (English, Dutch) and JSON."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from tocgraph.analysis.portfolio import (
    Category,
    Portfolio,
    StatusCounts,
    input_problems,
    portfolio,
)
from tocgraph.errors import Diagnostic, InvalidToCError
from tocgraph.hints import natural_key
from tocgraph.i18n import Lang, text
from tocgraph.loading.load import Document
from tocgraph.loading.policy import PortfolioFiles
from tocgraph.report.check import format_table
from tocgraph.schema.model import Kind
from tocgraph.schema.policy import Policy

__all__ = [
    "checked_portfolio",
    "located_problems",
    "number",
    "percent",
    "portfolio_json",
    "portfolio_text",
]


def number(value: int, lang: Lang = "en") -> str:
    """A whole number with thousands separators: ``46,714,031``, in Dutch ``46.714.031``.

    Examples
    --------
    >>> number(46714031), number(46714031, "nl")
    ('46,714,031', '46.714.031')
    """
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "nl" else text


def percent(part: int, whole: int) -> int:
    """``part`` of ``whole`` as a whole percentage, halves rounded up (0 when ``whole`` is 0).

    Examples
    --------
    >>> percent(213, 276), percent(1, 8), percent(0, 0)
    (77, 13, 0)
    """
    return (200 * part + whole) // (2 * whole) if whole else 0


def _findings(result: Portfolio, findings: Sequence[Diagnostic] | None) -> list[Diagnostic]:
    return list(result.findings if findings is None else findings)


def portfolio_json(
    result: Portfolio, findings: Sequence[Diagnostic] | None = None
) -> dict[str, object]:
    """The JSON object for a portfolio (see ``docs/portfolio.md``); keys in a fixed order.

    ``findings`` replaces ``result.findings``, e.g. by the same diagnostics
    located in the policy file.
    """
    policy = result.policy
    scenario = result.scenario
    return {
        "alliances": [
            {
                "id": a.id,
                "name": a.name,
                "lead": a.lead,
                "members": list(a.members),
                "subsidy_ceiling_eur": a.subsidy_ceiling_eur,
                "existed_2017_2022": a.existed_2017_2022,
                "activities": _counts_json(a.activities),
                "goals": [
                    {
                        "id": g.id,
                        "title": g.title,
                        "verdict": g.verdict.value,
                        "margin": g.margin,
                        "critical_activities": list(g.critical_activities),
                        "serves": list(g.serves),
                    }
                    for g in a.goals
                ],
            }
            for a in result.alliances
        ],
        "total": {
            "alliances": len(result.alliances),
            "subsidy_ceiling_eur": result.subsidy_ceiling_eur,
            "activities": _counts_json(result.activities),
        },
        "organisations": [
            {
                "name": o.name,
                "alliances": list(o.alliances),
                "lead_of": list(o.leads),
                "activities": o.activities,
            }
            for o in result.organisations
        ],
        "policy": None
        if policy is None
        else {
            "id": policy.id,
            "name": policy.name,
            "coverage": [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "title": c.title,
                    "covered": c.covered,
                    "goals": [
                        {
                            "alliance": g.alliance,
                            "goal": g.goal,
                            "verdict": g.verdict.value,
                            "margin": g.margin,
                        }
                        for g in c.goals
                    ],
                }
                for c in result.coverage
            ],
        },
        "scenario": None
        if scenario is None
        else {
            "partners": list(scenario.partners),
            "alliances": [
                {
                    "id": alliance,
                    "stopped": list(i.stopped),
                    "goals_lost": i.goals_lost(),
                    "changes": [
                        {
                            "id": c.id,
                            "kind": c.kind.value,
                            "verdict_before": c.before.verdict.value,
                            "verdict_after": c.after.verdict.value,
                            "margin_before": c.before.margin,
                            "margin_after": c.after.margin,
                        }
                        for c in i.changes
                    ],
                }
                for alliance, i in scenario.impacts.items()
            ],
            "coverage_lost": list(scenario.coverage_lost),
        },
        "findings": [{"path": d.path, **d.to_dict()} for d in _findings(result, findings)],
    }


def _counts_json(counts: StatusCounts) -> dict[str, object]:
    return {
        "total": counts.total,
        "by_category": {
            c.value: {"count": counts.count(c), "percent": counts.percent(c)} for c in Category
        },
        "by_status": {s.value: n for s, n in counts.by_status.items()},
    }


def portfolio_text(
    result: Portfolio, lang: Lang = "en", findings: Sequence[Diagnostic] | None = None
) -> str:
    """A readable report: alliances, activity status, goals, shared organisations,
    policy coverage, findings, and the scenario if there is one."""
    lines = [text("portfolio.title", lang, alliances=len(result.alliances))]
    if result.policy is not None:
        name = result.policy.name or result.policy.id
        lines.append(text("portfolio.policy", lang, name=name, id=result.policy.id))
    sections = [
        _alliances(result, lang),
        _activities(result, lang),
        _goals(result, lang),
        _organisations(result, lang),
        _coverage(result, lang),
        _findings_text(_findings(result, findings), result, lang),
        _scenario(result, lang),
    ]
    for section in sections:
        if section:
            lines.extend(["", *section])
    return "\n".join(lines) + "\n"


def _header(lang: Lang, keys: str) -> list[str]:
    """The labels of the space-separated ``keys``: a table's header row."""
    return [text(key, lang) for key in keys.split()]


def _table(rows: list[list[str]], right: frozenset[int] = frozenset()) -> list[str]:
    return ["  " + line for line in format_table(rows, right)]


def _alliances(result: Portfolio, lang: Lang) -> list[str]:
    rows = [
        _header(
            lang, "portfolio.col.alliance lead portfolio.col.ceiling portfolio.col.goals activities"
        )
    ]
    for a in result.alliances:
        ceiling = a.subsidy_ceiling_eur
        rows.append(
            [
                a.id,
                a.lead or "-",
                "-" if ceiling is None else number(ceiling, lang),
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
    return [text("portfolio.alliances", lang), *_table(rows, frozenset({2, 3, 4}))]


def _activities(result: Portfolio, lang: Lang) -> list[str]:
    header = [text("portfolio.col.alliance", lang)]
    header += [text(f"portfolio.category.{c.value}", lang) for c in Category]
    header.append(text("portfolio.total", lang))
    rows = [header]
    counted = [(a.id, a.activities) for a in result.alliances]
    counted.append((text("portfolio.total", lang), result.activities))
    for name, counts in counted:
        cells = [name]
        for category in Category:
            n = counts.count(category)
            cells.append(f"{n} ({percent(n, counts.total)}%)")
        cells.append(str(counts.total))
        rows.append(cells)
    right = frozenset(range(1, len(header)))
    return [text("portfolio.activities", lang), *_table(rows, right)]


def _goals(result: Portfolio, lang: Lang) -> list[str]:
    rows = [
        _header(
            lang,
            "portfolio.col.alliance goal col.verdict col.margin col.critical portfolio.col.serves",
        )
    ]
    for a in result.alliances:
        for g in a.goals:
            rows.append(
                [
                    a.id,
                    g.id,
                    text(g.verdict.value, lang),
                    str(g.margin),
                    ", ".join(g.critical_activities) or "-",
                    ", ".join(g.serves) or "-",
                ]
            )
    return [text("portfolio.goals", lang), *_table(rows, frozenset({3}))]


def _organisations(result: Portfolio, lang: Lang) -> list[str]:
    head = text("portfolio.organisations", lang)
    if not result.organisations:
        return [f"{head}: {text('none', lang)}"]
    rows = [
        _header(
            lang,
            "portfolio.col.organisation portfolio.col.alliances portfolio.col.lead_of activities",
        )
    ]
    for o in result.organisations:
        rows.append([o.name, ", ".join(o.alliances), ", ".join(o.leads) or "-", str(o.activities)])
    return [head, *_table(rows, frozenset({3}))]


def _coverage(result: Portfolio, lang: Lang) -> list[str]:
    if result.policy is None:
        return [text("portfolio.no_policy", lang)]
    rows = [
        _header(
            lang, "portfolio.col.policy_item portfolio.col.alliance goal col.verdict col.margin"
        )
    ]
    for c in result.coverage:
        item = f"{c.id} ({text(f'portfolio.{c.kind}', lang)})"
        if not c.goals:
            rows.append([item, "-", "-", "-", "-"])
        for index, g in enumerate(c.goals):
            verdict = text(g.verdict.value, lang)
            rows.append([item if index == 0 else "", g.alliance, g.goal, verdict, str(g.margin)])
    return [text("portfolio.coverage", lang), *_table(rows, frozenset({4}))]


def _findings_text(found: list[Diagnostic], result: Portfolio, lang: Lang) -> list[str]:
    if result.policy is None:
        return []
    head = text("portfolio.findings", lang)
    if not found:
        return [f"{head}: {text('none', lang)}"]
    return [f"{head}: {len(found)}", *(d.format() for d in found)]


def _scenario(result: Portfolio, lang: Lang) -> list[str]:
    scenario = result.scenario
    if scenario is None:
        return []
    lines = [text("portfolio.scenario", lang, partners=", ".join(scenario.partners))]
    rows = [_header(lang, "portfolio.col.alliance portfolio.col.stopped portfolio.col.goals_lost")]
    for alliance, i in scenario.impacts.items():
        lost = ", ".join(i.goals_lost()) or text("none", lang)
        stopped = ", ".join(sorted(i.stopped, key=natural_key)) or text("none", lang)
        rows.append([alliance, stopped, lost])
    lines.extend(_table(rows))
    rows = [_header(lang, "portfolio.col.alliance goal col.verdict col.margin")]
    for alliance, i in scenario.impacts.items():
        for c in i.changes:
            if c.kind is not Kind.GOAL:
                continue
            before, after = text(c.before.verdict.value, lang), text(c.after.verdict.value, lang)
            verdict = before if before == after else f"{before} -> {after}"
            rows.append([alliance, c.id, verdict, f"{c.before.margin} -> {c.after.margin}"])
    if len(rows) > 1:
        lines.extend(["", *_table(rows, frozenset({3}))])
    untouched = [a.id for a in result.alliances if a.id not in scenario.impacts]
    lines.append("")
    lines.append(
        text("portfolio.untouched", lang, alliances=", ".join(untouched) or text("none", lang))
    )
    total = sum(len(goals) for goals in scenario.goals_lost().values())
    lines.append(text("portfolio.goals_lost_total", lang, goals=total))
    if result.policy is not None:
        lost = ", ".join(scenario.coverage_lost) or text("none", lang)
        lines.append(text("portfolio.coverage_lost", lang, items=lost))
    return lines


def located_problems(documents: Sequence[Document], policy: Policy | None) -> list[Diagnostic]:
    """:func:`~tocgraph.analysis.portfolio.input_problems`, located in the ToC files.

    An unknown ``serves`` id is placed at its goal; a repeated ToC id names the
    file that used it first.
    """
    found = []
    for index, problem in input_problems([d.toc for d in documents], policy):
        located = documents[index].locate(problem)
        if problem.code == "TOC403":
            first = next(d for d in documents if d.toc.id == documents[index].toc.id)
            hint = f"{first.source} has the same id; every alliance needs its own id"
            located = dataclasses.replace(located, hint=hint)
        found.append(located)
    return found


def checked_portfolio(
    files: PortfolioFiles, partners: Sequence[str] = ()
) -> tuple[Portfolio, list[Diagnostic]]:
    """The portfolio of loaded files, and its findings located in the policy file.

    Raises
    ------
    InvalidToCError
        With the located ``TOC402`` and ``TOC403`` problems.
    ScenarioError
        When a partner runs no activity in any alliance.
    """
    policy = files.policy.policy if files.policy else None
    problems = located_problems(files.documents, policy)
    if problems:
        raise InvalidToCError(problems)
    result = portfolio([d.toc for d in files.documents], policy, partners)
    located = files.policy.locate if files.policy else (lambda d: d)
    return result, [located(d) for d in result.findings]

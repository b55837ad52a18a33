"""Money in reports: amounts per language, budget tables, a change request's money and triage.

Amounts are whole euros: ``EUR 1,234,567`` in English, ``€ 1.234.567`` in
Dutch. The same rows and sentences serve the text of ``tocgraph check``, the
Markdown and the HTML change-request reports.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from pydantic_core import PydanticCustomError

from tocgraph.i18n import Lang, text, value_label
from tocgraph.report.escape import html_text
from tocgraph.report.escape import markdown_inline as md
from tocgraph.report.escape import terminal as tty
from tocgraph.report.numbers import number, share
from tocgraph.report.table import format_table, markdown_table
from tocgraph.schema.budget import parse_budget

if TYPE_CHECKING:  # not imported when `check` reports a ToC (start-up time)
    from tocgraph.analysis.budget import BudgetTotals
    from tocgraph.analysis.money import ChangeMoney
    from tocgraph.analysis.review import ChangeReview
    from tocgraph.analysis.triage import RuleCheck, Triage

__all__ = [
    "budget_html",
    "budget_lines",
    "budget_text",
    "money",
    "money_html",
    "money_markdown",
    "money_sentence",
    "share",
    "signed_number",
    "triage_html",
    "triage_markdown",
    "triage_sentence",
]


def money(value: int, lang: Lang = "en", *, signed: bool = False) -> str:
    """An amount of whole euros as the language writes it.

    Dutch puts the sign before the euro sign and writes a minus sign (U+2212).

    Examples
    --------
    >>> money(1234567), money(1234567, "nl"), money(-5000, "nl"), money(250, signed=True)
    ('EUR 1,234,567', '€ 1.234.567', '\u2212€ 5.000', 'EUR +250')
    """
    sign = "+" if signed and value > 0 else ("-" if value < 0 else "")
    if lang == "nl":
        sign = sign.replace("-", "\u2212")
    return text("money.amount", lang, sign=sign, amount=number(abs(value), lang))


def signed_number(value: int, lang: Lang = "en") -> str:
    """A whole number with its sign, for differences: ``+560,000``, ``\u221250.000``, ``0``.

    Dutch writes a minus sign (U+2212), as :func:`money` does.

    Examples
    --------
    >>> signed_number(560000), signed_number(-50000, "nl"), signed_number(-5), signed_number(0)
    ('+560,000', '\u221250.000', '-5', '0')
    """
    sign = "+" if value > 0 else ("-" if value < 0 else "")
    if lang == "nl":
        sign = sign.replace("-", "\u2212")
    return sign + number(abs(value), lang)


def budget_text(value: object, lang: Lang = "en") -> str:
    """A ``budget_eur`` value for readers: the amount, and per year if it is split.

    Examples
    --------
    >>> budget_text({"2024": 150000, "2025": 100000}, "nl")
    '€ 250.000 (2024: 150.000; 2025: 100.000)'
    >>> budget_text(5000), budget_text("lots")
    ('EUR 5,000', 'lots')
    """
    try:
        budget = parse_budget(value)
    except PydanticCustomError:
        return value_label(value, lang)
    if isinstance(budget, int):
        return money(budget, lang)
    years = "; ".join(f"{year}: {number(amount, lang)}" for year, amount in budget.items())
    return f"{money(sum(budget.values()), lang)} ({years})"


def _partner(name: str | None, lang: Lang) -> str:
    return name if name is not None else text("budget.unassigned", lang)


def _budget_head(totals: BudgetTotals, lang: Lang) -> str:
    if totals.ceiling:
        return text(
            "budget.summary",
            lang,
            total=money(totals.total, lang),
            ceiling=money(totals.ceiling, lang),
            share=share(Fraction(totals.total, totals.ceiling), lang),
        )
    return text("budget.summary.no_ceiling", lang, total=money(totals.total, lang))


def _budget_rows(totals: BudgetTotals, lang: Lang) -> list[list[str]]:
    """The header, a row per partner (names as given), and the totals."""
    columns = [text("budget.col.period", lang) if y is None else str(y) for y in totals.years]
    rows = [[text("budget.col.partner", lang), *columns, text("budget.col.total", lang)]]
    for partner in totals.partners:
        cells = [
            number(partner.by_year[y], lang) if y in partner.by_year else "-" for y in totals.years
        ]
        rows.append([_partner(partner.partner, lang), *cells, number(partner.total, lang)])
    rows.append(
        [
            text("budget.col.total", lang),
            *(number(totals.by_year[y], lang) for y in totals.years),
            number(totals.total, lang),
        ]
    )
    return rows


def _budget_notes(totals: BudgetTotals, lang: Lang) -> list[str]:
    notes = []
    if totals.stopped:
        notes.append(text("budget.stopped", lang, amount=money(totals.stopped, lang)))
    if totals.without_budget:
        notes.append(text("budget.without", lang, n=totals.without_budget))
    return notes


def budget_lines(totals: BudgetTotals, lang: Lang = "en", indent: str = "  ") -> list[str]:
    """The budget part of ``tocgraph check``: a summary line and a table per partner and year."""
    rows = _budget_rows(totals, lang)
    rows[1:-1] = [[tty(row[0]), *row[1:]] for row in rows[1:-1]]  # names are the user's text
    lines = [indent + _budget_head(totals, lang)]
    lines += format_table(rows, right=frozenset(range(1, len(rows[0]))), indent=indent + "  ")
    return lines + [indent + "  " + note for note in _budget_notes(totals, lang)]


def budget_html(totals: BudgetTotals | None, lang: Lang = "en") -> list[str]:
    """The budget section of the HTML report of a ToC; empty when no activity states one."""
    if totals is None:
        return []
    notes = "".join(f"<p>{html_text(note)}</p>" for note in _budget_notes(totals, lang))
    return [
        '<section class="budget" aria-labelledby="h-budget">',
        f'<h2 id="h-budget">{html_text(text("budget.heading", lang))}</h2>',
        f"<p>{html_text(_budget_head(totals, lang))}</p>",
        _html_table(_budget_rows(totals, lang)),
        notes,
        "</section>",
    ]


def money_sentence(value: ChangeMoney, lang: Lang = "en") -> str:
    """A change request's money in one or two sentences: before, after, freed, added, moved."""
    parts = [
        text(
            "money.summary",
            lang,
            before=money(value.before, lang),
            after=money(value.after, lang),
            net=money(value.after - value.before, lang, signed=True),
            freed=money(value.freed, lang),
            added=money(value.added, lang),
            moved=money(value.moved, lang),
            shifted=money(value.shifted, lang),
        )
    ]
    if value.ceiling:
        parts.append(
            text(
                "money.share",
                lang,
                share=share(Fraction(value.shifted, value.ceiling), lang),
                ceiling=money(value.ceiling, lang),
            )
        )
    if value.freed_earlier and value.from_year is not None:  # in the totals, perhaps spent
        amount = money(value.freed_earlier, lang)
        parts.append(text("money.earlier_part", lang, amount=amount, year=value.from_year))
    return " ".join(parts)


_PARTNER_COLUMNS = ("partner", "before", "after", "net", "freed", "added", "moved_in", "moved_out")
_STEP_COLUMNS = ("change", "freed", "added", "moved")


def _partner_rows(value: ChangeMoney, lang: Lang) -> list[list[str]]:
    rows = [[text(f"money.c.{c}", lang) for c in _PARTNER_COLUMNS]]
    for p in value.partners:
        amounts = (p.before, p.after, p.after - p.before, p.freed, p.added, p.moved_in, p.moved_out)
        cells = [number(a, lang) for a in amounts]
        cells[2] = signed_number(p.after - p.before, lang)
        rows.append([_partner(p.partner, lang), *cells])
    return rows


def _step_rows(review: ChangeReview, value: ChangeMoney, lang: Lang) -> list[list[str]]:
    rows = [[text(f"money.c.{c}", lang) for c in _STEP_COLUMNS]]
    for step, flows in zip(review.steps, value.steps, strict=True):
        name = f"{step.index}. {text(f'cr.a.{step.action}', lang, node=step.target)}"
        rows.append([name, *(number(a, lang) for a in (flows.freed, flows.added, flows.moved))])
    return rows


_YEAR_COLUMNS = ("year", "before", "after", "net", "freed", "added")


def _year_rows(value: ChangeMoney, lang: Lang) -> list[list[str]]:
    """Per year, the whole period last; empty when no budget is given per year."""
    if not value.by_year:
        return []
    rows = [[text(f"money.c.{c}", lang) for c in _YEAR_COLUMNS]]
    for y in value.years:
        label = text("budget.col.period", lang) if y.year is None else str(y.year)
        net = signed_number(y.after - y.before, lang)
        amounts = (number(a, lang) for a in (y.freed, y.added))
        rows.append([label, number(y.before, lang), number(y.after, lang), net, *amounts])
    return rows


def money_markdown(review: ChangeReview, lang: Lang = "en") -> list[str]:
    """The money section of the Markdown report; empty when the ToC states no budgets."""
    value = review.money
    if value is None or not value.has_budgets:
        return []
    out = [f"## {text('money.heading', lang)}", "", money_sentence(value, lang), ""]
    out += [f"*{text('money.note', lang)}*", ""]
    out += [
        f"### {text('money.per_partner', lang)}",
        "",
        *markdown_table(_partner_rows(value, lang)),
    ]
    out += ["", f"### {text('money.per_change', lang)}", ""]
    out += [*markdown_table(_step_rows(review, value, lang)), ""]
    if years := _year_rows(value, lang):
        out += [f"### {text('money.per_year', lang)}", "", *markdown_table(years), ""]
        out += (
            [f"*{text('money.per_year.moved', lang)}*", ""] if _moved_between_years(value) else []
        )
    return out


def _moved_between_years(value: ChangeMoney) -> bool:
    """Whether money moved from one year to another, so the years' freed and added columns
    add up to more than the totals (found by fuzzing: 110,000 freed by year against 40,000)."""
    return sum(y.freed for y in value.years) != value.freed


def _html_table(rows: list[list[str]]) -> str:
    head = "".join(
        f"<th scope=col{' class=num' if i else ''}>{html_text(h)}</th>"
        for i, h in enumerate(rows[0])  # numbers right, under the amounts
    )
    body = "".join(
        "<tr>"
        + f'<th scope="row">{html_text(row[0])}</th>'
        + "".join(f'<td class="num">{html_text(c)}</td>' for c in row[1:])
        + "</tr>"
        for row in rows[1:]
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def money_html(review: ChangeReview, lang: Lang = "en") -> list[str]:
    """The money section of the HTML report; empty when the ToC states no budgets."""
    value = review.money
    if value is None or not value.has_budgets:
        return []
    return [
        '<section class="money">',
        f"<h2>{html_text(text('money.heading', lang))}</h2>",
        f"<p>{html_text(money_sentence(value, lang))}</p>",
        f"<p><em>{html_text(text('money.note', lang))}</em></p>",
        f"<h3>{html_text(text('money.per_partner', lang))}</h3>",
        _html_table(_partner_rows(value, lang)),
        f"<h3>{html_text(text('money.per_change', lang))}</h3>",
        _html_table(_step_rows(review, value, lang)),
        *_year_html(value, lang),
        "</section>",
    ]


def _year_html(value: ChangeMoney, lang: Lang) -> list[str]:
    if not (years := _year_rows(value, lang)):
        return []
    note = text("money.per_year.moved", lang) if _moved_between_years(value) else ""
    return [
        f"<h3>{html_text(text('money.per_year', lang))}</h3>",
        _html_table(years),
        *([f"<p><em>{html_text(note)}</em></p>"] if note else []),
    ]


def _rule(check: RuleCheck, lang: Lang) -> str:
    """A rule as a reader says it: 'more than EUR 100,000 is shifted'."""
    threshold = check.threshold
    if check.rule == "budget_shift_above_eur" and isinstance(threshold, int):
        return text("triage.rule.budget_shift_above_eur", lang, threshold=money(threshold, lang))
    if check.rule == "budget_shift_above_share" and threshold is not None:
        return text("triage.rule.budget_shift_above_share", lang, threshold=share(threshold, lang))
    return text(f"triage.rule.{check.rule}", lang)


def _found(check: RuleCheck, lang: Lang) -> str:
    """What the request has, for one rule: 'this request shifts EUR 130,000'."""
    if check.unchecked is not None:
        return text(f"triage.found.{check.unchecked}", lang)
    if check.rule == "goal_lost":
        goals = ", ".join(check.nodes) or text("none", lang)
        return text("triage.found.goal_lost", lang, goals=goals)
    if check.rule == "toc_changed":
        return text("triage.found.toc_changed." + ("yes" if check.applies else "no"), lang)
    if check.rule == "budget_shift_above_share":
        return text("triage.found.shifted", lang, amount=share(float(check.value or 0), lang))
    return text("triage.found.shifted", lang, amount=money(int(check.value or 0), lang))


def triage_sentence(triage: Triage, lang: Lang = "en") -> str:
    """The decision in one sentence, naming the rule that decided it.

    When no rule applies but a rule could not be checked (no budgets, no
    subsidy ceiling), the sentence says the decision rests on the other rules.

    Examples
    --------
    >>> from tocgraph.analysis.triage import RuleCheck, Triage
    >>> decided = Triage("formal_request", "toc_changed", (RuleCheck("toc_changed", True),), True)
    >>> print(triage_sentence(decided, "nl"))  # doctest: +ELLIPSIS
    Volgens de triageregels uit het beleidsbestand is een formeel wijzigingsverzoek ...
    >>> unknown = RuleCheck("budget_shift_above_eur", False, None, 1, (), "no_budgets")
    >>> print(triage_sentence(Triage("annual_plan", None, (unknown,), True)))  # doctest: +ELLIPSIS
    On the rules that could be checked, a change of the annual plan suffices; ... no budgets.
    """
    if triage.decided_by is None:
        unchecked = triage.unchecked
        if unchecked:
            reason = text(f"triage.reason.{unchecked[0].unchecked}", lang)
            return text("triage.annual_plan.partly", lang, reason=reason)
        return text("triage.annual_plan", lang)
    check = next(c for c in triage.checks if c.rule == triage.decided_by)
    return text("triage.formal_request", lang, rule=_rule(check, lang))


def _verdict(check: RuleCheck, lang: Lang) -> str:
    if check.unchecked is not None:
        return text("triage.unchecked", lang)
    return text("triage.applies" if check.applies else "triage.not_applies", lang)


def _rule_lines(triage: Triage, lang: Lang) -> list[tuple[str, str, str]]:
    return [(_rule(c, lang), _found(c, lang), _verdict(c, lang)) for c in triage.checks]


def triage_markdown(review: ChangeReview, lang: Lang = "en") -> list[str]:
    """The triage section of the Markdown report; empty without triage rules."""
    triage = review.triage
    if triage is None:
        return []
    out = [f"## {text('triage.heading', lang)}", "", f"**{md(triage_sentence(triage, lang))}**", ""]
    if triage.illustrative:
        out += [f"> {text('triage.illustrative', lang)}", ""]
    out += [f"*{text('triage.note', lang)}*", ""]
    out += [f"- {rule}: {found}; {verdict}" for rule, found, verdict in _rule_lines(triage, lang)]
    return [*out, ""]


def triage_html(review: ChangeReview, lang: Lang = "en") -> list[str]:
    """The triage section of the HTML report; empty without triage rules."""
    triage = review.triage
    if triage is None:
        return []
    items = "".join(
        f"<li>{html_text(rule)}: {html_text(found)}; <strong>{html_text(verdict)}</strong></li>"
        for rule, found, verdict in _rule_lines(triage, lang)
    )
    return [
        f'<section class="triage" data-decision="{triage.decision}">',
        f"<h2>{html_text(text('triage.heading', lang))}</h2>",
        f"<p><strong>{html_text(triage_sentence(triage, lang))}</strong></p>",
        f'<p class="illustrative">{html_text(text("triage.illustrative", lang))}</p>'
        if triage.illustrative
        else "",
        f"<p><em>{html_text(text('triage.note', lang))}</em></p>",
        f"<ul>{items}</ul>",
        "</section>",
    ]

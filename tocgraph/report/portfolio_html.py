"""The portfolio report as one self-contained HTML page.

The same sections as the text report (:func:`tocgraph.report.portfolio.portfolio_sections`):
alliances, activity status, goals, shared organisations, policy coverage,
findings and the scenario, as headed tables. No script; all text escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from tocgraph.analysis.portfolio import Portfolio
from tocgraph.errors import Diagnostic
from tocgraph.i18n import Lang, check_lang, text
from tocgraph.report.escape import html_text
from tocgraph.report.html_document import html_document
from tocgraph.report.portfolio import Block, Table, portfolio_sections

__all__ = ["portfolio_page"]


def _table(table: Table) -> str:
    """A table; a first cell left blank under the one above (the text report's grouping)
    repeats that value for screen readers only, so no row loses its aim or alliance."""
    header, *rows = table.rows
    head = "".join(
        f"<th scope=col{' class=num' if i in table.right else ''}>{html_text(cell)}</th>"
        for i, cell in enumerate(header)
    )
    body, above = [], ""
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            shown = html_text(cell)
            if i == 0 and not cell and above:
                shown = f'<span class="visually-hidden">{html_text(above)}</span>'
            cells.append(
                f'<td class="num">{shown}</td>' if i in table.right else f"<td>{shown}</td>"
            )
        above = row[0] or above if row else above
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _section(blocks: Sequence[Block], first: bool) -> list[str]:
    heading, *rest = blocks
    out = [
        '<section class="first">' if first else "<section>",
        f"<h2>{html_text(str(heading))}</h2>",
    ]
    for block in rest:
        if isinstance(block, Table):
            out.append(_table(block))
        elif block:
            out.append(f"<p>{html_text(block)}</p>")
    out.append("</section>")
    return out


def portfolio_page(
    result: Portfolio,
    lang: Lang = "en",
    findings: Sequence[Diagnostic] | None = None,
    *,
    version: str = "",
) -> str:
    """The portfolio report (alliances, budgets, statuses, monitoring, goals, coverage,
    findings, scenario) as HTML.

    Examples
    --------
    >>> import tocgraph
    >>> page = portfolio_page(tocgraph.portfolio_folder("models").portfolio, "nl")
    >>> page.count("<section"), '<html lang="nl">' in page
    (8, True)
    """
    lang = check_lang(lang)
    head, sections = portfolio_sections(result, lang, findings)
    body = ["<header>", f"<h1>{html_text(head[0])}</h1>"]
    body += [f'<p class="lead">{html_text(line)}</p>' for line in head[1:]]
    body += ["</header>", "<main>"]
    for index, section in enumerate(sections):
        body += _section(section, index == 0)
    footer = text("html.portfolio.footer", lang, version=version)
    body += ["</main>", f"<footer><p>{html_text(footer)}</p></footer>"]
    return html_document(head[0], lang, body)

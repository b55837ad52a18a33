"""Tables for every report: aligned text columns, and Markdown tables."""

from __future__ import annotations

from collections.abc import Sequence

from tocgraph.report.escape import markdown_cell

__all__ = ["format_table", "markdown_table"]


def format_table(
    rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset(), indent: str = ""
) -> list[str]:
    """Rows as aligned text columns, each line starting with ``indent``.

    Columns in ``right`` are right-aligned; the first row is the header.

    Examples
    --------
    >>> print("\\n".join(format_table([["id", "n"], ["G1", "10"]], right=frozenset({1}))))
    id   n
    G1  10
    """
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append(indent + "  ".join(cells).rstrip())
    return lines


def markdown_table(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows as a Markdown table; body cells are escaped with :func:`markdown_cell`.

    Examples
    --------
    >>> print("\\n".join(markdown_table([["node", "title"], ["G1", "a | b"]])))
    | node | title |
    |---|---|
    | G1 | a \\| b |
    """
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(markdown_cell(c) for c in row) + " |" for row in rows[1:]]
    return lines

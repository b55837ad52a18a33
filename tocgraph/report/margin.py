"""How a margin reads in a table: the number, or proven bounds marked as not proven."""

from __future__ import annotations

from tocgraph.analysis.assessment import NodeAssessment
from tocgraph.i18n import Lang, text

__all__ = ["bounded_text", "margin_text", "verdict_and_margin"]


def margin_text(node: NodeAssessment, lang: Lang = "en") -> str:
    """The margin as a table shows it.

    Examples
    --------
    >>> from tocgraph.analysis.assessment import NodeAssessment
    >>> from tocgraph.analysis.support import Support, Verdict
    >>> from tocgraph.schema.model import Kind
    >>> node = NodeAssessment("G1", Kind.GOAL, Support.T, Verdict.POTENTIALLY_EFFECTIVE, 110, ())
    >>> margin_text(node)
    '110'
    >>> import dataclasses
    >>> loose = dataclasses.replace(node, margin_exact=False, margin_bounds=(110, 141))
    >>> margin_text(loose), margin_text(loose, "nl")
    ('110 to 141 (exact margin not computed)', '110 tot 141 (exacte marge niet berekend)')
    """
    return bounded_text(node.margin, node.margin_bounds, lang)


def bounded_text(margin: int | None, bounds: tuple[int, int] | None, lang: Lang = "en") -> str:
    """A margin, or its proven bounds marked as not proven.

    Examples
    --------
    >>> bounded_text(3, None), bounded_text(110, (110, 141), "nl")
    ('3', '110 tot 141 (exacte marge niet berekend)')
    """
    if bounds is None:
        return str(margin)
    lower, upper = bounds
    return text("margin.bounds", lang, lower=lower, upper=upper)


def verdict_and_margin(node: NodeAssessment | None, lang: Lang = "en") -> str:
    """``potentially effective (margin 3)``; ``-`` for a node the version lacks.

    Examples
    --------
    >>> import tocgraph
    >>> goal = tocgraph.assess(tocgraph.load("models/politica.yaml")).nodes["G1"]
    >>> verdict_and_margin(goal, "nl"), verdict_and_margin(None)
    ('potentieel effectief (marge 3)', '-')
    """
    if node is None:
        return "-"
    return (
        f"{text(node.verdict.value, lang)} ({text('col.margin', lang)} {margin_text(node, lang)})"
    )

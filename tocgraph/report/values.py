"""Field values in words: statuses, strategies and ``requires`` as a reader says them.

A ToC file writes ``strategy: platform-netwerk`` and ``requires: any``; a
report in Dutch must not show those slugs. :func:`field_value` knows which
field a value belongs to and turns it into words in either language.
"""

from __future__ import annotations

from collections.abc import Mapping

from tocgraph.i18n import Lang, keys, text, value_label

__all__ = ["field_value", "requirement_words"]


def requirement_words(value: object, lang: Lang) -> str:
    """``requires`` in words: ``all`` -> 'all its contributors', ``3`` -> '3 of its contributors'.

    Examples
    --------
    >>> requirement_words("any", "nl"), requirement_words(3, "en")
    ('een van de bijdragende onderdelen', '3 of its contributors')
    """
    if value in ("any", "all"):
        return text(f"cr.req.{value}", lang)
    return text("cr.req.n", lang, n=value)


def field_value(field: str, value: object, lang: Lang) -> str:
    """A node field's value for readers, in ``lang``.

    Examples
    --------
    >>> field_value("strategy", "platform-netwerk", "nl")
    'platform en netwerk'
    >>> field_value("requires", "all", "nl"), field_value("status", "stopped", "nl")
    ('alle bijdragende onderdelen', 'stopgezet')
    >>> field_value("contributes_to", ["O1", {"to": "O2"}], "en")
    'O1, O2'
    >>> field_value("period", {"start": "2023-01-01", "end": "2027-12-31"}, "nl")
    '2023-01-01 t/m 2027-12-31'
    >>> field_value("horizon", "medium", "nl"), field_value("subsidy_ceiling_eur", 5800000, "nl")
    ('middellange termijn', '€ 5.800.000')
    """
    if value is None:
        return "-"
    if field == "requires":
        return requirement_words(value, lang)
    if field == "budget_eur":
        from tocgraph.report.money import budget_text  # money pulls in the budget analysis

        return budget_text(value, lang)
    if field == "strategy" and f"strategy.{value}" in keys(lang):
        return text(f"strategy.{value}", lang)
    if field == "horizon" and f"horizon.{value}" in keys(lang):
        return text(f"horizon.{value}", lang)
    if field == "subsidy_ceiling_eur" and isinstance(value, int):
        from tocgraph.report.money import money

        return money(value, lang)
    if field == "period" and isinstance(value, Mapping):
        return text("value.period", lang, start=value.get("start"), end=value.get("end"))
    if field == "indicators" and isinstance(value, list | tuple):  # by id; JSON has the rest
        return ", ".join(str(i.get("id")) if isinstance(i, Mapping) else str(i) for i in value)
    if field in ("existed_2017_2022", "illustrative") and isinstance(value, bool):
        return text("value.yes" if value else "value.no", lang)
    return value_label(value, lang)

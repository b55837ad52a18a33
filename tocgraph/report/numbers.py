"""Numbers in reports: thousands grouped, percentages, shares, in English and Dutch.

Kept apart from the reports that use them, so that ``check`` formats its money
without importing the portfolio report (start-up time).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tocgraph.i18n import Lang

__all__ = ["number", "percent", "share"]


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


def share(value: float | Fraction, lang: Lang = "en") -> str:
    """A share as a percentage with one decimal: ``5.4%`` (Dutch ``5,4%``).

    Exact for a :class:`~fractions.Fraction` (amounts over a ceiling), so a budget
    typed with extra zeros shows its true, if absurd, share, thousands grouped.

    Examples
    --------
    >>> share(0.0543), share(0.0543, "nl"), share(0.1), share(Fraction(10**12, 3), "nl")
    ('5.4%', '5,4%', '10.0%', '33.333.333.333.333,3%')
    """
    whole, tenth = divmod(round(Fraction(value) * 1000), 10)
    shown = f"{whole:,}.{tenth}%"
    return shown.translate(_DUTCH_SEPARATORS) if lang == "nl" else shown


_DUTCH_SEPARATORS = str.maketrans({",": ".", ".": ","})

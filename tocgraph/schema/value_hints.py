"""Hints for values written the way people say them: ``2 of 3``, ``alle``, ``1-1-2026``.

A programme manager writes what she means in her own words; the format wants
``requires: 2`` and ``2026-01-01``. These hints translate the common ways of
writing both, and never guess between two readings.
"""

from __future__ import annotations

import re
from datetime import date

from tocgraph.errors import Phrase, phrase

__all__ = ["date_hint", "requires_hint"]

_K_OF_N = re.compile(r"^\s*(\d+)\s*(?:of|van|uit|out of|/)\s*(\d+)\s*$", re.IGNORECASE)
_WORDS: dict[str, str] = {
    **dict.fromkeys(["alle", "allemaal", "al", "beide", "both", "every", "each"], "all"),
    **dict.fromkeys(["een", "één", "eén", "one", "either", "minstens een", "minstens één"], "any"),
    **dict.fromkeys(["twee", "two"], "2"),
    **dict.fromkeys(["drie", "three"], "3"),
    **dict.fromkeys(["vier", "four"], "4"),
    **dict.fromkeys(["vijf", "five"], "5"),
}
"""Words for ``requires`` and what to write instead."""

_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def requires_hint(value: object) -> Phrase:
    """What to write for a ``requires`` the format does not read.

    Examples
    --------
    >>> from tocgraph.i18n import render
    >>> render(requires_hint("2 of 3"), "en")
    'write requires: 2 (the contributors are counted from the links)'
    >>> render(requires_hint("alle"), "nl")
    'schrijf requires: all'
    """
    text = str(value).strip()
    found = _K_OF_N.match(text)
    if found:
        return phrase("dh.TOC102.requires_k", k=found.group(1))
    meant = _WORDS.get(text.casefold())
    if meant is not None:
        return phrase("dh.TOC102.requires_word", value=meant)
    return phrase("dh.TOC102.requires")


def date_hint(value: str) -> Phrase | None:
    """``did you mean 2026-01-01?`` for a date written day first (``1-1-2026``, ``31/12/2027``).

    Examples
    --------
    >>> from tocgraph.i18n import render
    >>> render(date_hint("31/12/2027"), "nl")
    'bedoelde u 2027-12-31? Schrijf de datum als JJJJ-MM-DD'
    >>> date_hint("12/31/2027") is None  # no 31st month: not read as a day first
    True
    """
    found = _DAY_MONTH_YEAR.match(value)
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups())
    try:
        meant = date(year, month, day)
    except ValueError:
        return None
    return phrase("dh.TOC102.day_first", date=meant.isoformat())

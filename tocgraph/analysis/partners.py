"""Partner names that read the same but are written differently (TOC307, TOC405).

The what-if of a partner that drops out stops the activities whose partner is
written exactly as given, so ``Movisie`` and ``movisie`` (or a name with a
hidden zero-width space, copied from a web page) are two partners to it, and a
portfolio counts them as two organisations. Such names are compared after
Unicode's compatibility normalisation, with case, runs of spaces and invisible
formatting characters (zero-width spaces and joiners, direction marks, the
byte-order mark, soft hyphens) set aside.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from tocgraph.errors import Diagnostic, phrase
from tocgraph.i18n import diagnostic
from tocgraph.schema.model import ToC

__all__ = ["alliance_of", "partner_warnings", "portfolio_partner_warnings"]


def partner_warnings(toc: ToC) -> tuple[Diagnostic, ...]:
    """One TOC307 warning per partner name written in more than one way.

    Placed at the first activity (in file order) with a second way of writing
    it, or at ``partners`` when only the list and the lead differ.

    Examples
    --------
    >>> import tocgraph
    >>> text = (
    ...     "tocgraph: 1\\nid: x\\ngoals: [{id: G1, title: g}]\\nactivities:\\n"
    ...     "  - {id: A1, title: a, partner: Movisie, contributes_to: [G1]}\\n"
    ...     "  - {id: A2, title: b, partner: movisie, contributes_to: [G1]}\\n"
    ... )
    >>> [(w.code, w.node, w.message) for w in partner_warnings(tocgraph.loads(text))]
    [('TOC307', 'A2', "partner 'Movisie' is also written 'movisie': they differ only in case, \
spaces or hidden characters")]
    """
    ways: dict[str, list[str]] = {}
    first_at: dict[str, str | None] = {}
    for name, node in _named(toc):
        key = _key(name)
        spellings = ways.setdefault(key, [])
        if name not in spellings:
            spellings.append(name)
            if len(spellings) > 1 and first_at.get(key) is None:  # an activity, where there is one
                first_at[key] = node
    found = []
    for key, spellings in ways.items():
        if len(spellings) < 2:
            continue
        first, *others = (repr(name) for name in spellings)  # hidden characters as \\uXXXX
        message = phrase("w.TOC307", first=first, others=", ".join(others))
        found.append(diagnostic("TOC307", message, phrase("h.TOC307"), node=first_at[key]))
    return tuple(found)


def portfolio_partner_warnings(tocs: Sequence[ToC]) -> tuple[tuple[str, Diagnostic], ...]:
    """One TOC405 warning per ToC that writes a partner otherwise than an earlier ToC.

    The ToCs are compared in the order given; the first way of writing a name
    is the one the others are measured against. Each warning comes with the id
    of the ToC it is about and sits at the first activity there with that way
    of writing (``node``), or has no node when only ``partners`` or ``lead``
    write it so. Two ways within one ToC are its own TOC307.

    Examples
    --------
    >>> import tocgraph
    >>> def toc(name: str, partner: str) -> tocgraph.ToC:
    ...     return tocgraph.loads(
    ...         f"tocgraph: 1\\nid: {name}\\ngoals: [{{id: G1, title: g}}]\\nactivities:\\n"
    ...         f"  - {{id: A1, title: a, partner: {partner}, contributes_to: [G1]}}\\n"
    ...     )
    >>> [(i, w.node, w.message) for i, w in portfolio_partner_warnings(
    ...     [toc("one", "Movisie"), toc("two", "MOVISIE")])]
    [('two', 'A1', "partner 'Movisie' of one is written 'MOVISIE' in two: the portfolio counts two \
organisations")]
    """
    first: dict[str, tuple[str, str]] = {}  # key -> (way of writing, ToC id) seen first
    found = []
    for toc in tocs:
        places: dict[str, str | None] = {}  # each way of writing, at its first activity
        for name, node in _named(toc):
            if places.get(name) is None:
                places[name] = node
        for name, node in places.items():
            way, where = first.setdefault(_key(name), (name, toc.id))
            if name != way and where != toc.id:
                message = phrase(
                    "w.TOC405",
                    first=repr(way),
                    alliance=where,
                    other=repr(name),
                    other_alliance=toc.id,
                )
                found.append((toc.id, diagnostic("TOC405", message, phrase("h.TOC405"), node=node)))
    return tuple(found)


def alliance_of(warning: Diagnostic) -> str:
    """The id of the ToC a TOC405 warning of :func:`portfolio_partner_warnings` is about.

    It is the ToC that writes the name otherwise, as the warning's message says:
    the place to fix it.
    """
    if warning.code != "TOC405" or warning.phrase is None:
        raise ValueError(f"not a TOC405 warning of portfolio_partner_warnings: {warning.code}")
    return str(warning.phrase.values["other_alliance"])


def _named(toc: ToC) -> list[tuple[str, str | None]]:
    """Every partner name of ``toc`` with the activity that names it (``None``: partners, lead)."""
    listed = (*(toc.partners or ()), *([toc.lead] if toc.lead else []))
    named: list[tuple[str, str | None]] = [(name, None) for name in listed]
    return named + [(a.partner, a.id) for a in toc.activities if a.partner]


def _key(name: str) -> str:
    """A name without case, hidden characters or spacing differences.

    Normalised again after case folding, which can leave a letter decomposed
    (``ῒ`` folds to iota and two marks, ``Ϊ̀`` to ``ϊ`` and one; found by hypothesis).
    """
    text = unicodedata.normalize("NFKC", name)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(unicodedata.normalize("NFKC", text.casefold()).split())

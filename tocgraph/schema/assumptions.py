"""Named assumptions of a ToC, their status and evidence, and their graph rules.

A ToC may list its assumptions at the top level (``assumptions:``) and name
them on links (``contributes_to: [{to: O4, assumptions: [S1]}]``). A link's
support is then bounded by its assumptions' status: ``fails`` cuts it,
``at_risk`` makes it unknown, ``holds`` and ``untested`` leave it as it is (see
``docs/semantics.md``). Dutch status and strength words are accepted on input.

Assumption ids share one name space with node ids, so that ``impact --fail S1``,
change requests and diffs can name either without ambiguity: an assumption id
that is also a node id is an error (``TOC223``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain
from operator import attrgetter
from typing import Any

from pydantic import field_validator

from tocgraph.errors import Diagnostic, Phrase, phrase
from tocgraph.hints import known_phrase, parts, suggestion
from tocgraph.i18n import diagnostic
from tocgraph.schema.base import DataPath, Model, Place, UnicodeText
from tocgraph.schema.nodes import Node, NodeId, Title

__all__ = [
    "ASSUMPTION_STATUSES_NL",
    "EVIDENCE_STRENGTHS_NL",
    "Assumption",
    "AssumptionEntry",
    "AssumptionStatus",
    "Evidence",
    "Strength",
    "assumption_diagnostics",
]


class AssumptionStatus(StrEnum):
    """What is known about an assumption; a ToC file may say it in Dutch (the loader maps it)."""

    UNTESTED = "untested"
    HOLDS = "holds"
    AT_RISK = "at_risk"
    FAILS = "fails"


ASSUMPTION_STATUSES_NL: dict[str, AssumptionStatus] = {
    "ongetoetst": AssumptionStatus.UNTESTED,
    "ongetest": AssumptionStatus.UNTESTED,
    "houdt_stand": AssumptionStatus.HOLDS,
    "klopt": AssumptionStatus.HOLDS,
    "onder_druk": AssumptionStatus.AT_RISK,
    "risico": AssumptionStatus.AT_RISK,
    "faalt": AssumptionStatus.FAILS,
    "gefaald": AssumptionStatus.FAILS,
}


class Strength(StrEnum):
    """How strongly a piece of evidence bears on an assumption."""

    STRONG = "strong"
    MODERATE = "moderate"
    WEAK = "weak"


EVIDENCE_STRENGTHS_NL: dict[str, Strength] = {
    "sterk": Strength.STRONG,
    "matig": Strength.MODERATE,
    "zwak": Strength.WEAK,
}


class Evidence(Model):
    """One piece of evidence about an assumption: where from, how strong, and a note."""

    source: Title
    strength: Strength
    note: UnicodeText | None = None

    @field_validator("strength", mode="before")
    @classmethod
    def _dutch_strength(cls, value: Any) -> Any:
        if isinstance(value, str):
            return EVIDENCE_STRENGTHS_NL.get(value, value)
        return value


class Assumption(Model):
    """A named assumption: what must be true for the links that name it to work.

    Examples
    --------
    >>> Assumption(id="S1", text="Het kabinet blijft zitten", status="onder_druk").status.value
    'at_risk'
    """

    id: NodeId
    text: Title
    status: AssumptionStatus = AssumptionStatus.UNTESTED
    evidence: tuple[Evidence, ...] = ()

    @field_validator("status", mode="before")
    @classmethod
    def _dutch_status(cls, value: Any) -> Any:
        if isinstance(value, str):
            return ASSUMPTION_STATUSES_NL.get(value, value)
        return value


@dataclass(frozen=True)
class AssumptionEntry:
    """An assumption id and the data path of its entry (``("assumptions", 2)``)."""

    path: DataPath
    id: str


def assumption_diagnostics(
    assumptions: Sequence[AssumptionEntry],
    nodes: Sequence[tuple[DataPath, Node]],
    *,
    source: str = "<string>",
    locate: Callable[[DataPath], Place | None] = lambda _: None,
    named: bool | None = None,
) -> list[Diagnostic]:
    """Check the assumption rules: unique ids, no clash with a node id, known names on links.

    Parameters
    ----------
    assumptions
        The declared assumptions (whatever has a text id, valid or not).
    nodes
        The validated nodes with their data paths.
    source, locate
        The file name and a data path to (line, column) map, for the diagnostics.
    named
        Whether any link of ``nodes`` names an assumption, when the caller knows
        (the loader's fast route does: reading every link of a large ToC again
        takes a noticeable time); ``None``: look.

    Returns
    -------
    list of Diagnostic
        Errors ``TOC221`` (unknown assumption on a link), ``TOC222`` (duplicate
        assumption id) and ``TOC223`` (an assumption id that is a node id).

    Examples
    --------
    >>> from tocgraph.schema.nodes import Activity
    >>> a1 = Activity(id="A1", title="T", contributes_to=[{"to": "G1", "assumptions": ["S2"]}])
    >>> found = assumption_diagnostics([AssumptionEntry(("assumptions", 0), "S1")],
    ...                                [(("activities", 0), a1)])
    >>> [(d.code, d.hint) for d in found]
    [('TOC221', "did you mean 'S1'? Known assumptions: S1")]
    """
    problems: list[Diagnostic] = []

    def add(
        code: str, path: DataPath, message: Phrase, hint: tuple[Phrase, ...], node: str | None
    ) -> None:
        line, col = locate(path) or (None, None)
        problems.append(diagnostic(code, message, hint, source, line, col, node))

    node_ids = {node.id for _, node in nodes} if assumptions else set()
    first: dict[str, DataPath] = {}
    for entry in assumptions:
        if entry.id in first:
            where = locate(first[entry.id])
            add(
                "TOC222",
                (*entry.path, "id"),
                phrase("d.TOC222", id=entry.id),
                (
                    phrase("dh.TOC222.line", id=entry.id, line=where[0])
                    if where
                    else phrase("dh.TOC222", id=entry.id),
                ),
                entry.id,
            )
            continue
        first[entry.id] = entry.path
        if entry.id in node_ids:
            add(
                "TOC223",
                (*entry.path, "id"),
                phrase("d.TOC223", id=entry.id),
                (phrase("dh.TOC223", example=f"S{entry.id}"),),
                entry.id,
            )
    known = list(first)
    if named is None:
        links = chain.from_iterable(getattr(node, "contributes_to", ()) for _, node in nodes)
        named = any(map(attrgetter("assumptions"), links))
    if not named:  # no link names one: nothing to check
        return problems
    for path, node in nodes:
        for index, link in enumerate(getattr(node, "contributes_to", ())):
            if not link.assumptions:
                continue
            for position, name in enumerate(link.assumptions):
                if name in first:
                    continue
                add(
                    "TOC221",
                    (*path, "contributes_to", index, "assumptions", position),
                    phrase("d.TOC221", name=name, node=node.id, to=link.to),
                    parts(
                        suggestion(name, known),
                        known_phrase(phrase("dh.label.assumptions"), known)
                        if known
                        else phrase("dh.TOC221.declare"),
                    ),
                    node.id,
                )
    return problems

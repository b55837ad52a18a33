"""How a picture draws one link: its look, its label and its tooltip.

Split off from :mod:`tocgraph.rendering.scene`, which re-exports
:class:`SceneEdge`: a link takes its look from the node it leaves, and from the
named assumptions it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass

import tocgraph.i18n as i18n
from tocgraph.i18n import Lang
from tocgraph.rendering.style import (
    EDGE,
    EDGE_ASSUMPTION_AT_RISK,
    EDGE_ASSUMPTION_FAILS,
    EDGE_NO_SUPPORT,
    EDGE_UNCERTAIN,
    EdgeLook,
    Look,
)
from tocgraph.rendering.text import plain
from tocgraph.schema.model import AssumptionStatus, Link

__all__ = ["SceneEdge", "scene_edge"]


@dataclass(frozen=True)
class SceneEdge:
    """A ``contributes_to`` link as drawn; ``tooltip`` holds its assumptions.

    ``label`` names the named assumptions the link rests on, with their status
    (``\u00d7 S3: fails``, a multiplication sign); ``None`` when it names none.
    """

    source: str
    target: str
    look: EdgeLook
    tooltip: str | None
    label: str | None = None


def scene_edge(
    source: str,
    link: Link,
    look: Look,
    statuses: dict[str, AssumptionStatus],
    texts: dict[str, str],
    lang: Lang,
) -> SceneEdge:
    """A link, broken when it names a failing assumption, uncertain when one is at risk."""
    named = [(name, statuses[name]) for name in link.assumptions if name in statuses]
    tips = [plain(link.assumption)] if link.assumption is not None else []
    tips += [f"{name}: {plain(texts[name])}" for name, _ in named]
    label = None
    edge_look = _edge_look(look)
    if named:
        label = ", ".join(
            ("\u00d7 " if status is AssumptionStatus.FAILS else "")  # not U+2717: no font has it
            + f"{name}: {i18n.text(f'assumption.{status.value}', lang)}"
            for name, status in named
        )
        found = {status for _, status in named}
        if AssumptionStatus.FAILS in found:
            edge_look = EDGE_ASSUMPTION_FAILS
        elif AssumptionStatus.AT_RISK in found and edge_look == EDGE:
            edge_look = EDGE_ASSUMPTION_AT_RISK
    return SceneEdge(source, link.to, edge_look, "; ".join(tips) or None, label)


def _edge_look(source: Look) -> EdgeLook:
    if source.line == "dashed":
        return EDGE_NO_SUPPORT
    if source.line == "dotted":
        return EDGE_UNCERTAIN
    return EDGE

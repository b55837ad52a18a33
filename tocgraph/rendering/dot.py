"""DOT source for a ToC, built as text by our own code: no program runs here.

The text is deterministic (same ToC, same assessment, same bytes), so it can be
kept as a golden file and diffed. :mod:`tocgraph.rendering.layout` turns it into
SVG or PNG.
"""

from __future__ import annotations

import math
import re

from tocgraph.analysis.assessment import Assessment
from tocgraph.rendering.scene import (
    LEVELS,
    Direction,
    Group,
    LegendItem,
    Scene,
    SceneEdge,
    SceneNode,
    build_scene,
)
from tocgraph.rendering.style import FONT, EdgeLook, Look
from tocgraph.report.i18n import Lang, label
from tocgraph.schema.model import Kind, ToC

__all__ = ["scene_to_dot", "to_dot"]

_TITLE_SIZE = {Kind.GOAL: 15, Kind.OUTCOME: 13, Kind.OUTPUT: 12, Kind.ACTIVITY: 12}
_CAPTION_SIZE = 10
_LEGEND_COLUMNS = {"TB": 3, "LR": 2}
_BARE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|-?[0-9]+(\.[0-9]+)?")
_RANK = {Kind.ACTIVITY: "min", Kind.OUTPUT: "same", Kind.OUTCOME: "same", Kind.GOAL: "max"}


def to_dot(
    toc: ToC,
    assessment: Assessment,
    baseline: Assessment | None = None,
    *,
    lang: Lang = "en",
    direction: Direction = "LR",
    group: Group | None = None,
) -> str:
    """The ToC as Graphviz DOT text, with a legend.

    Parameters are those of :func:`tocgraph.rendering.scene.build_scene`: pass
    ``impact.after`` as ``assessment`` and ``impact.before`` as ``baseline``
    to draw a scenario with its changes marked.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/jong-gelijk.yaml")
    >>> text = to_dot(toc, tocgraph.assess(toc))
    >>> text.splitlines()[0]
    'digraph "jong-gelijk" {'
    >>> '"A1" -> "O1"' in text
    True
    """
    scene = build_scene(toc, assessment, baseline, lang=lang, direction=direction, group=group)
    return scene_to_dot(scene, lang)


def scene_to_dot(scene: Scene, lang: Lang = "en") -> str:
    """DOT text for a :class:`~tocgraph.rendering.scene.Scene`."""
    lines = [
        f"digraph {_quote(scene.toc_id)} {{",
        "  graph ["
        + _attrs(
            rankdir="BT" if scene.direction == "TB" else "LR",
            newrank="true",
            charset="UTF-8",
            fontname=FONT,
            fontsize="12",
            nodesep="0.3",
            ranksep="0.7",
            pad="0.3",
            labelloc="t",
            labeljust="l",
            tooltip=scene.title,
        )
        + ", label=<",
        *(f"    {row}" for row in _legend(scene, lang)),
        "  >];",
        "  node ["
        + _attrs(shape="box", style="rounded,filled", fontname=FONT, margin="0.15,0.08")
        + "];",
        "  edge [" + _attrs(arrowsize="0.7", penwidth="1.2") + "];",
    ]
    for kind in reversed(LEVELS):
        nodes = scene.level(kind)
        if nodes and scene.groups and kind is Kind.ACTIVITY:
            lines += _clusters(scene, nodes)
        else:
            lines += [f"  {_node(n)}" for n in nodes]
    for kind in LEVELS:
        ids = [_quote(n.id) for n in scene.level(kind)]
        if ids:
            lines.append(f"  {{ rank={_RANK[kind]}; {'; '.join(ids)}; }}")
    lines += [f"  {_edge(e)}" for e in scene.edges]
    lines.append("}")
    return "\n".join(lines) + "\n"


def _clusters(scene: Scene, nodes: tuple[SceneNode, ...]) -> list[str]:
    lines = []
    for number, name in enumerate(scene.groups, start=1):
        lines.append(f"  subgraph cluster_{number} {{")
        lines.append(
            "    graph ["
            + _attrs(
                label=name,
                style="rounded,filled",
                fillcolor="#F2F2F2",
                color="#B3B3B3",
                fontsize="13",
                labelloc="b" if scene.direction == "TB" else "t",
            )
            + "];"
        )
        lines += [f"    {_node(n)}" for n in nodes if n.group == name]
        lines.append("  }")
    return lines


def _node(node: SceneNode) -> str:
    look = node.look
    attrs = {
        "label": f"<{_node_label(node)}>",
        "style": ",".join(["rounded", "filled", *_line(look)]),
        "fillcolor": look.fill,
        "color": look.border,
        "fontcolor": look.text,
        "penwidth": _number(look.width),
        "tooltip": node.tooltip,
        "class": " ".join((node.kind.value, *node.cues)),
    }
    if look.double:
        attrs["peripheries"] = "2"
    return f"{_quote(node.id)} [{_attrs(**attrs)}];"


def _node_label(node: SceneNode) -> str:
    caption = [
        f'<FONT POINT-SIZE="{_CAPTION_SIZE}">{_bold(_html(line), i > 0)}</FONT>'
        for i, line in enumerate(node.caption)
    ]
    title = [_bold(_html(line), node.kind is Kind.GOAL) for line in node.title]
    size = _TITLE_SIZE[node.kind]
    return "<BR/>".join(caption) + f'<BR/><FONT POINT-SIZE="{size}">{"<BR/>".join(title)}</FONT>'


def _edge(edge: SceneEdge) -> str:
    attrs = {"color": edge.look.colour, "penwidth": _number(edge.look.width)}
    if edge.look.line != "solid":
        attrs["style"] = edge.look.line
    if edge.tooltip:
        attrs["tooltip"] = edge.tooltip
    return f"{_quote(edge.source)} -> {_quote(edge.target)} [{_attrs(**attrs)}];"


def _legend(scene: Scene, lang: Lang) -> list[str]:
    columns = _LEGEND_COLUMNS[scene.direction]
    span = 2 * columns
    rows = [
        f'<TR><TD COLSPAN="{span}" ALIGN="LEFT"><FONT POINT-SIZE="16"><B>'
        f"{_html(scene.title)}</B></FONT></TD></TR>"
    ]
    if scene.scenario:
        rows.append(
            f'<TR><TD COLSPAN="{span}" ALIGN="LEFT"><FONT POINT-SIZE="13"><B>'
            f"{_html(scene.scenario)}</B></FONT></TD></TR>"
        )
    rows.append(
        f'<TR><TD COLSPAN="{span}" ALIGN="LEFT"><B>{_html(label("render.legend", lang))}'
        "</B></TD></TR>"
    )
    samples = [i for i in scene.legend if i.look or i.edge]
    notes = [i for i in scene.legend if not (i.look or i.edge)]
    for start in range(0, len(samples), columns):
        cells = "".join(_legend_cells(item) for item in samples[start : start + columns])
        rows.append(f"<TR>{cells}</TR>")
    rows += [f'<TR><TD COLSPAN="{span}" ALIGN="LEFT">{_html(i.text)}</TD></TR>' for i in notes]
    table = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="2">'
    return [table, *rows, "</TABLE>"]


def _legend_cells(item: LegendItem) -> str:
    text = f'<TD ALIGN="LEFT">{_html(item.text)}</TD>'
    if item.edge is not None:
        return _edge_sample(item.edge) + text
    assert item.look is not None
    return _look_sample(item.look) + text


def _look_sample(look: Look) -> str:
    style = "" if look.line == "solid" else f' STYLE="{look.line}"'
    cell = (
        f'<TD BGCOLOR="{look.fill}" COLOR="{look.border}" BORDER="{math.ceil(look.width)}"'
        f'{style} WIDTH="40" HEIGHT="18"> </TD>'
    )
    if not look.double:
        return cell
    return (
        f'<TD BORDER="0"><TABLE BORDER="1" COLOR="{look.border}" CELLSPACING="2" '
        f'CELLBORDER="0"><TR>{cell}</TR></TABLE></TD>'
    )


def _edge_sample(edge: EdgeLook) -> str:
    dash = {"solid": "-------", "dashed": "- - - -", "dotted": ". . . . ."}[edge.line]
    return f'<TD><FONT COLOR="{edge.colour}"><B>{dash}&gt;</B></FONT></TD>'


def _line(look: Look) -> list[str]:
    return [] if look.line == "solid" else [look.line]


def _bold(text: str, bold: bool) -> str:
    return f"<B>{text}</B>" if bold else text


def _number(value: float) -> str:
    return f"{value:g}"


def _html(text: str) -> str:
    """Escape text for a Graphviz HTML-like label."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _quote(text: str) -> str:
    """A DOT double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _attrs(**attrs: str) -> str:
    """``key=value`` pairs; values are quoted unless they are a name, a number or HTML."""
    return ", ".join(f"{key}={_value(value)}" for key, value in attrs.items())


def _value(value: str) -> str:
    if value.startswith("<") or _BARE.fullmatch(value):
        return value
    return _quote(value)

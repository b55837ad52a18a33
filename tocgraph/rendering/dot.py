"""DOT source for a ToC: no program runs here.

:mod:`tocgraph.rendering.dot_syntax` writes the statements and quotes every
name and value, byte for byte as the ``graphviz`` package does (a test checks
that), without its import and per-statement cost. Strings are of two kinds,
kept apart by type:

* text, which may come from the user (titles, partners, assumptions), is a
  plain ``str``, always quoted as text, after escaping what the layout program
  itself reads in it: entities (``&`` becomes ``&amp;``) and backslashes
  (:func:`_text` for labels, :func:`_tooltip` for tooltips). Names are ids,
  which :data:`~tocgraph.rendering.text.NODE_ID` limits to letters, digits and
  ``_.-``;
* HTML-like labels (the node labels and the legend) are built here, only from
  fixed markup and user text escaped by :func:`html_text`, and wrapped in
  ``<...>`` as :class:`~tocgraph.rendering.dot_syntax.Html` by
  :func:`_html_label`, the one place that makes such a string.

So no title can close a label or add an attribute: a goal called
``x>, fillcolor="#BFE7DC", label=<effective`` is drawn as that text. The text is
deterministic (same ToC, same assessment, same bytes), so it can be kept as a
golden file and diffed. :mod:`tocgraph.rendering.layout` turns it into SVG or PNG.
"""

from __future__ import annotations

import math

import tocgraph.i18n as i18n
from tocgraph.analysis.assessment import Assessment
from tocgraph.i18n import Lang
from tocgraph.rendering.dot_syntax import DotGraph, Html, Subgraph
from tocgraph.rendering.scene import (
    LEVELS,
    ChangedBy,
    Direction,
    Group,
    LegendItem,
    Scene,
    SceneEdge,
    SceneNode,
    build_scene,
)
from tocgraph.rendering.style import EDGE, FONT, EdgeLook, Look
from tocgraph.rendering.text import NODE_ID
from tocgraph.schema.model import Kind, ToC

__all__ = ["html_text", "scene_to_dot", "to_dot"]

_TITLE_SIZE = {Kind.GOAL: 15, Kind.OUTCOME: 13, Kind.OUTPUT: 12, Kind.ACTIVITY: 12}
_CAPTION_SIZE = 10
_LEGEND_COLUMNS = {"TB": 3, "LR": 2}
_RANK = {Kind.ACTIVITY: "min", Kind.OUTPUT: "same", Kind.OUTCOME: "same", Kind.GOAL: "max"}


def to_dot(
    toc: ToC,
    assessment: Assessment,
    baseline: Assessment | None = None,
    *,
    lang: Lang = "en",
    direction: Direction = "LR",
    group: Group | None = None,
    changed_by: ChangedBy = "scenario",
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
    >>> 'A1 -> O1 [' in text
    True
    """
    scene = build_scene(
        toc,
        assessment,
        baseline,
        lang=lang,
        direction=direction,
        group=group,
        changed_by=changed_by,
    )
    return scene_to_dot(scene, lang)


def scene_to_dot(scene: Scene, lang: Lang = "en") -> str:
    """DOT text for a :class:`~tocgraph.rendering.scene.Scene`.

    Raises
    ------
    ValueError
        When a node id is not one a ToC may have (``A1``, ``O-1.b``).
    """
    for node in scene.nodes:
        if not NODE_ID.fullmatch(node.id):
            raise ValueError(f"node id {node.id!r} cannot be drawn; ids look like 'A1' or 'O-1.b'")
    dot = DotGraph(
        scene.toc_id,
        graph_attr={
            "rankdir": "BT" if scene.direction == "TB" else "LR",
            "newrank": "true",
            "charset": "UTF-8",
            "fontname": FONT,
            "fontsize": "12",
            "nodesep": "0.3",
            "ranksep": "0.7",
            "pad": "0.3",
            "labelloc": "t",
            "labeljust": "l",
            "tooltip": _tooltip(scene.title),
            "label": _html_label("".join(f"\n    {row}" for row in _legend(scene, lang)) + "\n  "),
        },
        node_attr={
            "shape": "box",
            "style": "rounded,filled",
            "fontname": FONT,
            "margin": "0.15,0.08",
        },
        edge_attr={"arrowsize": "0.7", "fontname": FONT, "penwidth": "1.2"},
    )
    for kind in reversed(LEVELS):
        nodes = scene.level(kind)
        if nodes and scene.groups and kind is Kind.ACTIVITY:
            _clusters(dot, scene, nodes)
        else:
            for node in nodes:
                _node(dot, node)
    for kind in LEVELS:
        ids = [n.id for n in scene.level(kind)]
        if ids:
            rank = Subgraph(attr={"rank": _RANK[kind]})
            for node_id in ids:
                rank.node(node_id)
            dot.add(rank)
    for edge in scene.edges:
        _edge(dot, edge)
    return dot.source()


def _clusters(dot: DotGraph, scene: Scene, nodes: tuple[SceneNode, ...]) -> None:
    for number, name in enumerate(scene.groups, start=1):
        cluster = Subgraph(
            f"cluster_{number}",
            graph_attr={
                "label": _text(name),
                "style": "rounded,filled",
                "fillcolor": "#F2F2F2",
                "color": "#B3B3B3",
                "fontsize": "13",
                "labelloc": "b" if scene.direction == "TB" else "t",
            },
        )
        for node in nodes:
            if node.group == name:
                _node(cluster, node)
        dot.add(cluster)


def _node(dot: DotGraph | Subgraph, node: SceneNode) -> None:
    look = node.look
    attrs = {
        "style": ",".join(["rounded", "filled", *_line(look)]),
        "fillcolor": look.fill,
        "color": look.border,
        "fontcolor": look.text,
        "penwidth": _number(look.width),
        "tooltip": _tooltip(node.tooltip),
        "class": " ".join((node.kind.value, *node.cues)),
    }
    if look.double:
        attrs["peripheries"] = "2"
    dot.node(node.id, _html_label(_node_label(node)), attrs)


def _node_label(node: SceneNode) -> str:
    caption = [
        f'<FONT POINT-SIZE="{_CAPTION_SIZE}">{_bold(html_text(line), i > 0)}</FONT>'
        for i, line in enumerate(node.caption)
    ]
    title = [_bold(html_text(line), node.kind is Kind.GOAL) for line in node.title]
    if not title:  # a title of control characters only: an empty FONT is a syntax error
        return "<BR/>".join(caption)
    size = _TITLE_SIZE[node.kind]
    return "<BR/>".join(caption) + f'<BR/><FONT POINT-SIZE="{size}">{"<BR/>".join(title)}</FONT>'


def _edge(dot: DotGraph, edge: SceneEdge) -> None:
    attrs = {"color": edge.look.colour, "penwidth": _number(edge.look.width)}
    if edge.look.line != "solid":
        attrs["style"] = edge.look.line
    if edge.tooltip:
        attrs["tooltip"] = _tooltip(edge.tooltip)
    if edge.label:
        attrs["label"] = _text(edge.label)
        attrs["fontsize"] = "9"
        # dark text whatever the line's colour: orange on white is 2.25:1, too faint to read
        attrs["fontcolor"] = EDGE.colour
    dot.edge(edge.source, edge.target, attrs)


def _legend(scene: Scene, lang: Lang) -> list[str]:
    columns = _LEGEND_COLUMNS[scene.direction]
    span = 2 * columns
    rows = [
        f'<TR><TD COLSPAN="{span}" ALIGN="LEFT"><FONT POINT-SIZE="16"><B>'
        f"{html_text(scene.title)}</B></FONT></TD></TR>"
    ]
    if scene.notice:
        rows.append(
            f'<TR><TD COLSPAN="{span}" ALIGN="LEFT"><FONT POINT-SIZE="13" COLOR="#b00020"><B>'
            f"{html_text(scene.notice)}</B></FONT></TD></TR>"
        )
    if scene.scenario:
        rows.append(
            f'<TR><TD COLSPAN="{span}" ALIGN="LEFT"><FONT POINT-SIZE="13"><B>'
            f"{html_text(scene.scenario)}</B></FONT></TD></TR>"
        )
    rows.append(
        f'<TR><TD COLSPAN="{span}" ALIGN="LEFT"><B>{html_text(i18n.text("render.legend", lang))}'
        "</B></TD></TR>"
    )
    samples = [i for i in scene.legend if i.look or i.edge]
    notes = [i for i in scene.legend if not (i.look or i.edge)]
    for start in range(0, len(samples), columns):
        cells = "".join(_legend_cells(item) for item in samples[start : start + columns])
        rows.append(f"<TR>{cells}</TR>")
    rows += [f'<TR><TD COLSPAN="{span}" ALIGN="LEFT">{html_text(i.text)}</TD></TR>' for i in notes]
    table = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="2">'
    return [table, *rows, "</TABLE>"]


def _legend_cells(item: LegendItem) -> str:
    text = f'<TD ALIGN="LEFT">{html_text(item.text)}</TD>'
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


def html_text(text: str) -> str:
    r"""Text escaped for a Graphviz HTML-like label.

    ``&``, ``<``, ``>`` and quotes become entities. Backslashes are doubled:
    the layout program reads ``\N`` in a label's text as the node's name and
    ``\\`` as one backslash, in HTML-like labels too.

    Examples
    --------
    >>> print(html_text('<10% uitval> & "meer" \\N'))
    &lt;10% uitval&gt; &amp; &quot;meer&quot; \\N
    """
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\\", "\\\\")
    )


def _html_label(markup: str) -> Html:
    """The one place that makes an HTML-like label: markup built in this module only."""
    return Html(f"<{markup}>")


def _text(text: str) -> str:
    r"""Text for a plain (not HTML) label.

    The layout program reads ``&...;`` as an entity and ``\N``, ``\l`` as escapes
    in such a label, so backslashes are doubled (as :func:`graphviz.escape` does).
    """
    return text.replace("&", "&amp;").replace("\\", "\\\\")


def _tooltip(text: str) -> str:
    r"""Text for a tooltip, which the layout program unescapes twice.

    It first reads entities and ``\x`` escapes (``\n`` is a line break, ``\\``
    a backslash), then ``\N`` (the node's name) and ``\\`` once more; so each
    backslash is written as four.
    """
    return text.replace("&", "&amp;").replace("\\", "\\" * 4)

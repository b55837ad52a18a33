"""Mermaid flowcharts of a ToC, for READMEs, issues and reports on GitHub and GitLab.

Mermaid needs no program on the reader's side: the site draws the chart. The
text says what :mod:`tocgraph.rendering.dot` says, from the same
:class:`~tocgraph.rendering.scene.Scene`, with Mermaid's means: fills and borders
through ``classDef``, a double-sided box for adjusted activities, dashed and
dotted links through ``linkStyle``. Every label is quoted, and characters that
Mermaid would read as syntax are written as entity codes (``#quot;``, ``#35;``).
"""

from __future__ import annotations

import tocgraph.i18n as i18n
from tocgraph.analysis.assessment import Assessment
from tocgraph.i18n import Lang
from tocgraph.rendering.scene import (
    LEVELS,
    ChangedBy,
    Direction,
    Group,
    Scene,
    SceneNode,
    build_scene,
)
from tocgraph.rendering.style import EdgeLook, Look
from tocgraph.schema.model import Kind, ToC

__all__ = ["escape", "mermaid_block", "node_id", "scene_to_mermaid", "to_mermaid"]

_ENTITIES = {
    "#": "#35;",
    '"': "#quot;",
    "&": "#amp;",
    "<": "#lt;",
    ">": "#gt;",
    "[": "#91;",
    "]": "#93;",
    "(": "#40;",
    ")": "#41;",
    "{": "#123;",
    "}": "#125;",
    "|": "#124;",
    "`": "#96;",
    # Mermaid hides its own entity codes behind these characters while it parses
    "\ufb02": "#64258;",
    "\u00b6": "#182;",
}
_INIT = '%%{init: {"flowchart": {"wrappingWidth": 400}}}%%'
"""Titles come wrapped; Mermaid's own wrapping at 200 px would break them again."""
_ID_CHARS = {"_": "__", "-": "_h", ".": "_d"}
_DASHES = {"dashed": "6 4", "dotted": "2 3"}


def escape(text: str) -> str:
    """Text made safe inside a quoted Mermaid label.

    Examples
    --------
    >>> escape('Zorg & "welzijn" [#1] <b>')
    'Zorg #amp; #quot;welzijn#quot; #91;#35;1#93; #lt;b#gt;'
    """
    return "".join(_ENTITIES.get(c, c) for c in " ".join(text.split()))


def node_id(toc_id: str) -> str:
    """A Mermaid identifier for a ToC id, one to one: ``n_``, then the id with
    ``_`` written as ``__``, ``-`` as ``_h`` and ``.`` as ``_d``.

    Examples
    --------
    >>> node_id("A1"), node_id("O-1.b"), node_id("O_1"), node_id("end")
    ('n_A1', 'n_O_h1_db', 'n_O__1', 'n_end')
    """
    return "n_" + "".join(_ID_CHARS.get(c, c) for c in toc_id)


def to_mermaid(
    toc: ToC,
    assessment: Assessment,
    baseline: Assessment | None = None,
    *,
    lang: Lang = "en",
    direction: Direction = "LR",
    group: Group | None = None,
    changed_by: ChangedBy = "scenario",
) -> str:
    """The ToC as a Mermaid flowchart, with a legend.

    Parameters are those of :func:`tocgraph.rendering.scene.build_scene`: pass
    ``impact.after`` and ``impact.before`` to show a scenario and what it changed.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/jong-gelijk.yaml")
    >>> text = to_mermaid(toc, tocgraph.assess(toc))
    >>> text.splitlines()[1]
    'flowchart LR'
    >>> "n_A1 --> n_O1" in text
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
    return scene_to_mermaid(scene, lang)


def mermaid_block(
    toc: ToC,
    assessment: Assessment,
    baseline: Assessment | None = None,
    *,
    lang: Lang = "en",
    direction: Direction = "LR",
    group: Group | None = None,
    changed_by: ChangedBy = "scenario",
) -> str:
    """:func:`to_mermaid` in a fenced Markdown block, ready to paste into a README.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/politica.yaml")
    >>> block = mermaid_block(toc, tocgraph.assess(toc), lang="nl")
    >>> block.splitlines()[0], block.splitlines()[-1]
    ('```mermaid', '```')
    """
    text = to_mermaid(
        toc,
        assessment,
        baseline,
        lang=lang,
        direction=direction,
        group=group,
        changed_by=changed_by,
    )
    return f"```mermaid\n{text}```\n"


def scene_to_mermaid(scene: Scene, lang: Lang = "en") -> str:
    """Mermaid text for a :class:`~tocgraph.rendering.scene.Scene`."""
    lines = [
        _INIT,
        "flowchart " + ("BT" if scene.direction == "TB" else "LR"),
        f"  %% tocgraph: {escape(scene.title)}",
        *([f"  %% {escape(scene.notice)}"] if scene.notice else []),
    ]
    classes: dict[str, tuple[Look, list[str]]] = {}
    for kind in reversed(LEVELS):
        nodes = scene.level(kind)
        if kind is Kind.ACTIVITY and scene.groups:
            for number, name in enumerate(scene.groups, start=1):
                lines.append(f'  subgraph group_{number} ["{escape(name)}"]')
                lines += [f"    {_node(n, classes)}" for n in nodes if n.group == name]
                lines.append("  end")
        else:
            lines += [f"  {_node(n, classes)}" for n in nodes]
    links: dict[EdgeLook, list[int]] = {}
    for number, edge in enumerate(scene.edges):
        arrow = "-->" if edge.look.line == "solid" else "-.->"
        label = f'|"{escape(edge.label)}"|' if edge.label else ""
        lines.append(f"  {node_id(edge.source)} {arrow}{label} {node_id(edge.target)}")
        links.setdefault(edge.look, []).append(number)
    lines += _legend(scene, lang, classes, links, first_link=len(scene.edges))
    for name, (look, members) in classes.items():
        lines.append(f"  classDef {name} {_style(look)}")
        lines.append(f"  class {','.join(members)} {name}")
    for edge_look, numbers in links.items():
        lines.append(f"  linkStyle {','.join(map(str, numbers))} {_link_style(edge_look)}")
    return "\n".join(lines) + "\n"


def _node(node: SceneNode, classes: dict[str, tuple[Look, list[str]]]) -> str:
    ident = node_id(node.id)
    caption = "<br>".join(f"<small>{escape(line)}</small>" for line in node.caption)
    title = "<br>".join(escape(line) for line in node.title)
    if node.kind is Kind.GOAL:
        title = f"<b>{title}</b>"
    _add_class(classes, node.kind.value, node.cues, node.look, ident)
    return ident + _shape(node.kind, node.look, f"{caption}<br>{title}")


def _shape(kind: Kind, look: Look, text: str) -> str:
    if kind is not Kind.ACTIVITY:
        return f'("{text}")'
    if look.double:
        return f'[["{text}"]]'
    return f'["{text}"]'


def _add_class(
    classes: dict[str, tuple[Look, list[str]]],
    kind: str,
    cues: tuple[str, ...],
    look: Look,
    ident: str,
) -> None:
    name = "_".join((kind, *cues))
    classes.setdefault(name, (look, []))[1].append(ident)


def _legend(
    scene: Scene,
    lang: Lang,
    classes: dict[str, tuple[Look, list[str]]],
    links: dict[EdgeLook, list[int]],
    first_link: int,
) -> list[str]:
    """The legend as a subgraph of sample nodes and links, in a grid of a few columns.

    Invisible links (``~~~``) stack the samples into columns; they count as
    links for ``linkStyle`` numbers, so the numbering goes on past them.
    """
    heading = f"<b>{escape(scene.title)}</b>"
    if scene.notice:
        heading += f"<br><b>{escape(scene.notice)}</b>"
    if scene.scenario:
        heading += f"<br>{escape(scene.scenario)}"
    lines = [
        f'  subgraph legend ["{escape(i18n.text("render.legend", lang))}"]',
        f'    legend_title["{heading}"]',
    ]
    _add_class(classes, "note", (), _NOTE, "legend_title")
    cells = [("legend_title", "legend_title")]
    link = first_link
    for number, item in enumerate(scene.legend, start=1):
        ident = f"legend_{number}"
        text = escape(item.text)
        if item.look is not None and item.kind is not None:
            _add_class(classes, item.kind.value, item.cues, item.look, ident)
            lines.append(f"    {ident}{_shape(item.kind, item.look, text)}")
            cells.append((ident, ident))
        elif item.edge is not None:
            lines.append(f'    {ident}a[" "] -.->|"{text}"| {ident}b[" "]')
            _add_class(classes, "note", (), _NOTE, f"{ident}a")
            _add_class(classes, "note", (), _NOTE, f"{ident}b")
            links.setdefault(item.edge, []).append(link)
            link += 1
            cells.append((f"{ident}a", f"{ident}b"))
        else:
            lines.append(f'    {ident}["{text}"]')
            _add_class(classes, "note", (), _NOTE, ident)
            cells.append((ident, ident))
    for above, below in zip(cells, cells[_LEGEND_COLUMNS:], strict=False):
        lines.append(f"    {above[1]} ~~~ {below[0]}")
    lines.append("  end")
    return lines


_LEGEND_COLUMNS = 4
_NOTE = Look(fill="#FFFFFF", border="#FFFFFF", width=0)


def _style(look: Look) -> str:
    parts = [
        f"fill:{look.fill}",
        f"stroke:{look.border}",
        f"stroke-width:{look.width:g}px",
        f"color:{look.text}",
    ]
    if look.line in _DASHES:
        parts.append(f"stroke-dasharray:{_DASHES[look.line]}")
    return ",".join(parts)


def _link_style(look: EdgeLook) -> str:
    parts = [f"stroke:{look.colour}", f"stroke-width:{look.width:g}px"]
    if look.line in _DASHES:
        parts.append(f"stroke-dasharray:{_DASHES[look.line]}")
    return ",".join(parts)

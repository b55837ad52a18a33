"""Hostile text in pictures: titles, partners, assumptions and names never become markup.

Issue 15, item 4: any title starting with ``<``, holding ``>``, ``&``, quotes,
backslashes, record characters (``{}|``), newlines or control characters must
be drawn as text in DOT, SVG and Mermaid, and must never add an attribute or a
label (a crafted goal title must not draw a green box for an ineffective goal).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tocgraph
from tests.rendering.mermaid_check import check
from tocgraph.rendering import draw, lay_out, render
from tocgraph.rendering.layout import Renderer
from tocgraph.rendering.mermaid import node_id
from tocgraph.rendering.scene import build_scene
from tocgraph.rendering.style import verdict_look
from tocgraph.rendering.text import plain
from tocgraph.schema import ToC

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"

FORGED = 'x>, fillcolor="#BFE7DC", label=<G1 | potentially effective | margin 9>'
"""A title that, pasted raw into DOT, closes the label and paints the box green."""


def _toc(goal: str, activity: str, partner: str, assumption: str, name: str) -> ToC:
    """A ToC whose only goal is potentially ineffective (its one activity is stopped)."""
    return ToC.model_validate(
        {
            "tocgraph": 1,
            "id": "hostile",
            "name": name,
            "partners": [partner],
            "goals": [{"id": "G1", "title": goal}],
            "outcomes": [
                {
                    "id": "O1",
                    "title": activity,
                    "requires": "all",
                    "contributes_to": [{"to": "G1", "assumption": assumption}],
                }
            ],
            "activities": [
                {
                    "id": "A1",
                    "title": activity,
                    "partner": partner,
                    "status": "stopped",
                    "contributes_to": ["O1"],
                },
                {"id": "A2", "title": goal, "status": "on_track", "contributes_to": ["O1"]},
            ],
        }
    )


def _forged() -> ToC:
    return _toc(FORGED, "<10% uitval", "<Partner>", '<a href="x">"\\', "<18 jaar")


def _svg_nodes(svg: bytes) -> dict[str, dict[str, Any]]:
    """Node id -> its classes, tooltip, texts and fill, read from an SVG."""
    nodes = {}
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        if "node" not in group.get("class", "").split():
            continue
        link = next(group.iter(f"{SVG}a"), group)
        shapes = [e for e in group.iter() if e.tag in (f"{SVG}path", f"{SVG}polygon")]
        nodes[group.findtext(f"{SVG}title", "")] = {
            "class": group.get("class"),
            "tooltip": link.get(f"{XLINK}title") or "",  # no link without a tooltip
            "texts": [t.text or "" for t in group.iter(f"{SVG}text")],
            "fills": {s.get("fill", "").upper() for s in shapes},
        }
    return nodes


def test_a_forged_title_stays_text_in_dot() -> None:
    text = render(_forged(), "dot", group="partner").decode("utf-8")
    (goal,) = [line for line in text.splitlines() if line.startswith("\tG1 [")]
    label, attributes = goal.split("> class=", 1)
    assert "<" not in re.sub(r"</?(FONT|B|BR)\b[^>]*>", "", label.split("[label=<", 1)[1])
    attributes = re.sub(r'tooltip="(?:[^"\\]|\\.)*"', "", attributes)
    ineffective = verdict_look(tocgraph.Verdict.POTENTIALLY_INEFFECTIVE).fill
    assert re.findall(r"\bfillcolor=(\S+)", attributes) == [f'"{ineffective}"']
    assert "label" not in attributes
    assert 'label="<Partner>"' in text  # a cluster label: a quoted string, not HTML
    assert "&lt;10% uitval" in text
    assert 'tooltip="<10% uitval"' in text


def test_a_forged_title_stays_text_in_mermaid() -> None:
    chart = check(render(_forged(), "mmd").decode("utf-8"))
    assert _words(_lines(chart.nodes["n_G1"])[1:]) == FORGED
    assert "goal_ineffective" in chart.classes
    assert chart.classes["goal_ineffective"] == ["n_G1"]


@pytest.mark.exe
def test_a_forged_title_stays_text_in_svg(renderer: Renderer) -> None:
    nodes = _svg_nodes(render(_forged(), "svg", group="partner", renderer=renderer))
    assert set(nodes) == {"G1", "O1", "A1", "A2"}
    goal = nodes["G1"]
    assert goal["class"] == "node goal ineffective"
    ineffective = verdict_look(tocgraph.Verdict.POTENTIALLY_INEFFECTIVE)
    assert goal["fills"] == {ineffective.fill.upper()}
    assert goal["texts"][0] == "G1 | potentially ineffective | margin 0"
    assert " ".join(goal["texts"][1:]) == FORGED
    assert goal["tooltip"] == FORGED
    assert nodes["A1"]["texts"][-1] == "<10% uitval"


@pytest.mark.exe
def test_an_honest_title_that_starts_with_lt_renders(renderer: Renderer) -> None:
    """``<10% uitval`` used to make the layout program fail with a syntax error."""
    toc = tocgraph.loads(
        "tocgraph: 1\nid: uitval\nname: <18 jaar\npartners: [<Partner>]\n"
        "goals: [{id: G1, title: <10% uitval}]\n"
        "activities: [{id: A1, title: <b>, partner: <Partner>, contributes_to: [G1]}]\n"
    )
    svg = render(toc, "svg", renderer=renderer)
    assert _svg_nodes(svg)["G1"]["texts"][-1] == "<10% uitval"


# Hostile text: DOT, HTML and Mermaid syntax, escapes, line breaks, control characters.
SYNTAX = [
    *"<>&\"'\\{}|[]()#`;:,=%/ \n\t\r",
    *("\x00", "\x01", "\x1b", "\x7f", "\u2028", "\ufffe"),
    *("&amp;", "&lt;", "&#60;", "#quot;", "#35;", "\\N", "\\G", "\\n", "\\l", "<BR/>", "-->"),
]
HOSTILE = (
    st.lists(
        st.one_of(st.sampled_from(SYNTAX), st.characters(codec="utf-8")),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .filter(lambda s: s.strip() != "")
)


def _words(lines: list[str] | tuple[str, ...]) -> str:
    return " ".join(lines)


def _lines(label: str) -> list[str]:
    """The lines of a decoded Mermaid label (the checker turns its tags into newlines)."""
    return [line for line in label.split("\n") if line]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(goal=HOSTILE, activity=HOSTILE, partner=HOSTILE, assumption=HOSTILE, name=HOSTILE)
def test_hostile_text_round_trips_in_mermaid(
    goal: str, activity: str, partner: str, assumption: str, name: str
) -> None:
    toc = _toc(goal, activity, partner, assumption, name)
    for group in (None, "partner"):
        chart = check(render(toc, "mmd", group=group).decode("utf-8"))
        lines = _lines(chart.nodes[node_id("G1")])
        assert lines[0] == "G1 | potentially ineffective | margin 0"
        assert _words(lines[1:]) == plain(goal)
        assert _words(_lines(chart.nodes[node_id("A2")])[1:]) == plain(goal)


@settings(max_examples=60, deadline=None)
@given(goal=HOSTILE, activity=HOSTILE, partner=HOSTILE, assumption=HOSTILE, name=HOSTILE)
def test_hostile_text_cannot_add_dot_statements(
    goal: str, activity: str, partner: str, assumption: str, name: str
) -> None:
    """Without a layout program: one statement a line, HTML only where we put it."""
    toc = _toc(goal, activity, partner, assumption, name)
    text = render(toc, "dot", group="partner").decode("utf-8")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text)
    nodes = [line for line in text.splitlines() if re.match(r"\t+\w+ \[label=<", line)]
    assert [re.match(r"\t+(\w+)", n)[1] for n in nodes] == ["G1", "O1", "A1", "A2"]  # type: ignore[index]
    for line in nodes:
        label = re.match(r"\t+\w+ \[label=<(.*)> class=", line)
        assert label is not None, line
        assert not set('<>"') & set(re.sub(r"</?(FONT|B|BR)[^>]*>", "", label[1]))


@pytest.mark.exe
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(goal=HOSTILE, activity=HOSTILE, partner=HOSTILE, assumption=HOSTILE, name=HOSTILE)
def test_hostile_text_round_trips_through_a_layout(
    renderer: Renderer, goal: str, activity: str, partner: str, assumption: str, name: str
) -> None:
    """The DOT parses, and the SVG shows each title, as text, in the right box."""
    toc = _toc(goal, activity, partner, assumption, name)
    assessment = tocgraph.assess(toc)
    scene = build_scene(toc, assessment, group="partner")
    svg = draw(toc, assessment, format="svg", group="partner", renderer=renderer)
    nodes = _svg_nodes(svg)
    assert set(nodes) == {"G1", "O1", "A1", "A2"}
    for drawn in scene.nodes:
        found = nodes[drawn.id]
        assert found["class"] == " ".join(("node", drawn.kind.value, *drawn.cues))
        assert [t.strip() for t in found["texts"]] == [*drawn.caption, *drawn.title]
        assert found["tooltip"] == drawn.tooltip
    assert _words(scene.nodes[0].title) == plain(goal)


@pytest.mark.exe
def test_a_layout_of_escaped_backslashes(renderer: Renderer) -> None:
    """A title ending in a backslash, or holding ``\\N`` or ``&lt;``, is drawn as written."""
    toc = _toc("&lt; &amp; end\\", "\\N \\G \\l", "p\\", "a\\", "n\\")
    nodes = _svg_nodes(lay_out(render(toc, "dot").decode("utf-8"), "svg", renderer))
    assert nodes["G1"]["texts"][-1] == "&lt; &amp; end\\"
    assert nodes["G1"]["tooltip"] == "&lt; &amp; end\\"
    assert nodes["A1"]["texts"][-1] == "\\N \\G \\l"
    assert nodes["A1"]["tooltip"] == "\\N \\G \\l"


def test_plain_removes_what_no_picture_can_show() -> None:
    assert plain("a\x00b\x1b[31mc\u2028d\ud800e\uffff") == "a b [31mc d\ufffde\ufffd"
    assert plain(" \n\t ") == ""

"""What a picture encodes: tests/rendering/test_scene.py for tocgraph/rendering/scene.py."""

from __future__ import annotations

import itertools
import textwrap
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tests.rendering.conftest import TRICKY
from tocgraph.analysis import Verdict
from tocgraph.rendering.scene import WRAP, Scene, SceneNode, _wrap, build_scene
from tocgraph.rendering.style import activity_look, verdict_look
from tocgraph.rendering.text import plain
from tocgraph.schema.model import Kind, Status


def _scene(**options: Any) -> Scene:
    toc = tocgraph.load(TRICKY)
    return build_scene(toc, tocgraph.assess(toc), **options)


def _node(scene: Scene, node_id: str) -> SceneNode:
    return next(n for n in scene.nodes if n.id == node_id)


def test_levels_keep_file_order() -> None:
    scene = _scene()
    assert [n.id for n in scene.level(Kind.OUTPUT)] == ["end", "O.1"]
    assert next(n.kind for n in scene.nodes) is Kind.GOAL


def test_goal_shows_margin_and_single_point_of_failure() -> None:
    scene = _scene()
    assert _node(scene, "G1").caption == ("G1 | potentially effective | margin 1 | needs both",)
    a1 = _node(scene, "A1")
    assert a1.caption[1] == "single point of failure for G1"
    assert "critical" in a1.cues
    assert a1.look == activity_look(Status.ON_TRACK, critical=True)


def test_outcomes_show_no_margin_without_a_scenario() -> None:
    assert _node(_scene(), "O_1").caption == ("O_1 | potentially effective | any 1 of 5",)


def test_each_status_is_distinguishable_without_colour() -> None:
    """Line style, width and double border differ wherever the status needs attention."""
    shapes = {
        s: (activity_look(s).line, activity_look(s).width, activity_look(s).double)
        for s in (Status.DELAYED, Status.ADJUSTED, Status.UNCLEAR, Status.STOPPED, Status.ON_TRACK)
    }
    assert len(set(shapes.values())) == len(shapes)
    assert activity_look(Status.STOPPED).line == "dashed"


def test_verdicts_differ_in_line_style_and_greyscale() -> None:
    looks = [verdict_look(v) for v in Verdict]
    assert len({look.line for look in looks}) == 3

    def grey(colour: str) -> float:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    levels = sorted(grey(look.fill) for look in looks)
    assert min(b - a for a, b in itertools.pairwise(levels)) > 10


def test_scenario_marks_changes_and_stopped_activities() -> None:
    toc = tocgraph.load(TRICKY)
    result = tocgraph.impact(toc, partners=['Zorg & Co "Één"'])
    scene = build_scene(toc, result.after, result.before, lang="nl")
    g1 = _node(scene, "G1")
    assert g1.caption == (
        "G1 | potentieel ineffectief | marge 0 | vereist beide",
        "was: potentieel effectief, marge 1",
    )
    assert g1.cues == ("ineffective", "changed")
    assert _node(scene, "O3").cues == ("ineffective",)  # ineffective before and after
    assert _node(scene, "A1").caption[0] == 'A1 | stopgezet in het scenario | Zorg & Co "Één"'
    assert scene.scenario is not None
    assert scene.scenario.startswith('Scenario: partner Zorg & Co "Één" valt weg (A1 en A2')
    assert any(item.cues == ("effective", "changed") for item in scene.legend)


def test_a_change_request_marks_the_activities_it_adds_and_stops() -> None:
    """A9 added and A2 stopped by the request get the thick black border ('changed'), A9 the
    caption 'added'; an activity the request leaves alone keeps its look. In a what-if, the
    stopped activities keep their own look and are not 'changed'."""
    doc = tocgraph.load_change_request("models/change-requests/worden-wie-je-bent-2025-1.yaml")
    review = tocgraph.review_change_request(doc.baseline.toc, doc.request, states=doc.states)
    scene = build_scene(review.result, review.after, review.before, changed_by="change_request")
    a9, a2, a1 = _node(scene, "A9"), _node(scene, "A2"), _node(scene, "A1")
    assert a9.cues == ("planned", "changed", "added")
    assert a9.caption[-1] == "added"
    assert (a9.look.border, a9.look.width) == ("#000000", 3.5)
    assert a2.cues == ("stopped", "changed")
    assert a2.look.line == activity_look(Status.STOPPED).line  # still dashed: stopped
    (first,) = [a for a in review.result.activities if a.id == "A1"]
    assert a1.cues == (first.status.value,)
    toc = tocgraph.load(TRICKY)
    result = tocgraph.impact(toc, stop=["A1"])
    assert "changed" not in _node(build_scene(toc, result.after, result.before), "A1").cues


def test_links_from_unsupported_nodes_are_dashed_and_uncertain_ones_dotted() -> None:
    edges = {(e.source, e.target): e.look.line for e in _scene().edges}
    assert edges[("A5", "O3")] == "dashed"
    assert edges[("A4", "O.1")] == "dotted"
    assert edges[("A1", "O-1.b")] == "solid"


def test_titles_wrap_by_direction() -> None:
    for direction, width in WRAP.items():
        scene = _scene(direction=direction)
        for node in scene.nodes:
            assert all(len(line) <= width or " " not in line for line in node.title)
    assert len(_node(_scene(direction="TB"), "G1").title) > len(_node(_scene(), "G1").title)


def test_groups_follow_file_order() -> None:
    scene = _scene(group="partner")
    assert scene.groups == ('Zorg & Co "Één"', "Café {Ruimte}", "Naïef [#1]", "(no partner)")
    # grouping by partner leaves the partner out of the caption
    assert _node(scene, "A1").caption[0] == "A1 | on track"
    by_strategy = _scene(group="strategy", lang="nl")
    assert _node(by_strategy, "A1").group == "platform en netwerk"
    assert _node(by_strategy, "A5").group == "(geen strategie)"


def test_nodes_the_baseline_lacks_are_drawn_as_added() -> None:
    """Issue 15.10: a change request that adds a node crashed with a KeyError here."""
    toc = tocgraph.load(TRICKY)
    data = toc.model_dump(mode="json", exclude_none=True)
    data["outcomes"].append({"id": "O9", "title": "Nieuw", "contributes_to": ["G1"]})
    data["activities"].append({"id": "A9", "title": "Nieuw", "contributes_to": ["O9"]})
    grown = tocgraph.ToC.model_validate(data)
    scene = build_scene(grown, tocgraph.assess(grown), tocgraph.assess(toc), lang="nl")
    o9 = _node(scene, "O9")
    assert o9.caption == ("O9 | potentieel effectief | marge 1", "toegevoegd")
    assert o9.cues == ("effective", "changed", "added")
    assert o9.look == verdict_look(Verdict.POTENTIALLY_EFFECTIVE, changed=True)
    assert _node(scene, "A9").caption[0] == "A9 | gepland"


def test_an_assessment_of_another_toc_is_refused() -> None:
    other = tocgraph.load("models/politica.yaml")
    with pytest.raises(ValueError, match="the assessment is of the ToC"):
        build_scene(tocgraph.load(TRICKY), tocgraph.assess(other))


def test_titles_are_plain_text_on_one_line() -> None:
    toc = tocgraph.load(TRICKY)
    data = toc.model_dump(mode="json", exclude_none=True)
    data["goals"][0]["title"] = "Regel een\nregel\ttwee \x1b[2J\x00 klaar"
    data["name"] = "naam\r\nmet regels"
    changed = tocgraph.ToC.model_validate(data)
    scene = build_scene(changed, tocgraph.assess(changed))
    assert _node(scene, "G1").title == ("Regel een regel twee [2J klaar",)
    assert _node(scene, "G1").tooltip == "Regel een regel twee [2J klaar"
    assert scene.title == "naam met regels (tricky-titles)"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.integers(min_value=5, max_value=40))
def test_titles_wrap_as_textwrap_wraps_them(title: str, width: int) -> None:
    """The shortcut for a title that fits on one line changes no result."""
    text = plain(title)
    expected = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    assert _wrap(title, width) == tuple(expected)


def test_the_legend_shows_only_what_the_picture_uses() -> None:
    """Worden Wie Je Bent has no stopped activity and no ineffective node: its legend says
    nothing of them (the full legend took a third of the picture); stopping A1 to A3 adds
    the looks the scenario draws. The note on margins is always there."""
    toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    texts = [item.text for item in build_scene(toc, tocgraph.assess(toc)).legend]
    assert "stopped" not in texts
    assert "potentially ineffective" not in texts
    assert "unclear" in texts  # A8
    assert texts[-1].startswith("margin: ")
    result = tocgraph.impact(toc, stop=["A1", "A2", "A3"])
    scenario = build_scene(toc, result.after, result.before).legend
    assert {"undetermined", "stopped"} <= {item.text for item in scenario}
    assert any(item.cues == ("effective", "changed") for item in scenario)


def test_a_partner_that_drops_out_is_named_in_the_scenario_line() -> None:
    """'Scenario: A1 and A2 stopped' did not say that a partner dropped out."""
    toc = tocgraph.load(TRICKY)
    result = tocgraph.impact(toc, partners=['Zorg & Co "Één"'])
    scene = build_scene(toc, result.after, result.before)
    assert scene.scenario is not None
    assert scene.scenario.startswith('Scenario: partner Zorg & Co "Één" drops out (A1 and A2 ')
    stopped = tocgraph.impact(toc, stop=["A1"])
    assert build_scene(toc, stopped.after, stopped.before).scenario.startswith("Scenario: A1 ")  # type: ignore[union-attr]

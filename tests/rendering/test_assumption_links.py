"""Diagrams show which links rest on which named assumptions, and their status."""

from __future__ import annotations

from pathlib import Path

import pytest

import tocgraph
from tocgraph.rendering import render
from tocgraph.rendering.scene import build_scene
from tocgraph.rendering.style import EDGE_ASSUMPTION_AT_RISK, EDGE_ASSUMPTION_FAILS

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "assumptions.yaml"


def test_scene_edges_carry_their_assumptions() -> None:
    toc = tocgraph.load(FIXTURE)
    scene = build_scene(toc, tocgraph.assess(toc), lang="nl")
    edges = {(e.source, e.target): e for e in scene.edges}
    assert edges["O2", "G2"].label == "\u00d7 S3: houdt geen stand"
    assert edges["O2", "G2"].look == EDGE_ASSUMPTION_FAILS
    assert edges["O2", "G1"].look == EDGE_ASSUMPTION_AT_RISK
    assert edges["A2", "O1"].label == "S4: ongetoetst"
    assert edges["A1", "O1"].label is None
    assert (
        edges["O2", "G2"].tooltip == "Scholen willen meedoen; S3: Schoolbesturen steunen het beleid"
    )
    legend = [item.edge for item in scene.legend if item.edge is not None]
    assert EDGE_ASSUMPTION_FAILS in legend
    assert EDGE_ASSUMPTION_AT_RISK in legend


def test_a_toc_without_named_assumptions_has_no_legend_entry_for_them() -> None:
    toc = tocgraph.load(ROOT / "tests" / "fixtures" / "warnings.yaml")
    scene = build_scene(toc, tocgraph.assess(toc))
    assert EDGE_ASSUMPTION_FAILS not in [item.edge for item in scene.legend]


def test_a_failed_assumption_breaks_its_link_in_dot_and_mermaid() -> None:
    toc = tocgraph.load(FIXTURE)
    dot = render(toc, "dot", fail=["S1"]).decode()
    line = next(x for x in dot.splitlines() if x.strip().startswith("O1 -> G1"))
    assert 'color="#D55E00"' in line
    assert "style=dashed" in line
    assert "\u00d7 S1: fails" in line
    assert "failing assumptions: S1" in dot
    mermaid = render(toc, "mmd", fail=["S1"], lang="nl").decode()
    assert 'n_O1 -.->|"\u00d7 S1: houdt geen stand"| n_G1' in mermaid


def test_render_refuses_a_single_string_for_fail() -> None:
    with pytest.raises(TypeError, match="fail must be a list"):
        render(tocgraph.load(FIXTURE), "dot", fail="S1")


def test_link_labels_are_dark_whatever_the_line() -> None:
    """An at-risk link is orange (2.25:1 on white): its label is written in dark text."""
    toc = tocgraph.load(FIXTURE)
    dot = render(toc, format="dot").decode("utf-8")
    labelled = [line for line in dot.splitlines() if " -> " in line and "label=" in line]
    assert labelled
    assert all('fontcolor="#333333"' in line for line in labelled), labelled

"""Three-valued support: the rules of docs/semantics.md, case by case."""

from __future__ import annotations

import pytest

import tocgraph
from tocgraph.analysis.support import Support

HEADER = "tocgraph: 1\nid: t\n"


def _goal(requires: str, statuses: list[str]) -> tocgraph.NodeAssessment:
    acts = "\n".join(
        f"  - {{id: A{i}, title: a, status: {s}, contributes_to: [G1]}}"
        for i, s in enumerate(statuses)
    )
    text = HEADER + f"goals: [{{id: G1, title: g, requires: {requires}}}]\nactivities:\n{acts}\n"
    return tocgraph.assess(tocgraph.loads(text)).nodes["G1"]


@pytest.mark.parametrize(
    ("requires", "statuses", "expected"),
    [
        ("any", ["on_track"], Support.T),
        ("any", ["stopped"], Support.F),
        ("any", ["unclear"], Support.U),
        ("any", ["stopped", "unclear"], Support.U),
        ("any", ["stopped", "planned"], Support.T),
        ("all", ["achieved", "delayed", "adjusted"], Support.T),
        ("all", ["achieved", "unclear"], Support.U),
        ("all", ["achieved", "stopped", "unclear"], Support.F),
        ("2", ["on_track", "unclear", "stopped"], Support.U),
        ("2", ["on_track", "on_track", "stopped"], Support.T),
        ("2", ["on_track", "stopped", "stopped"], Support.F),
        ("2", ["unclear", "unclear", "stopped"], Support.U),
    ],
)
def test_requires_rules(requires: str, statuses: list[str], expected: Support) -> None:
    assert _goal(requires, statuses).support is expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("planned", Support.T),
        ("on_track", Support.T),
        ("achieved", Support.T),
        ("delayed", Support.T),
        ("adjusted", Support.T),
        ("stopped", Support.F),
        ("unclear", Support.U),
        ("stopgezet", Support.F),
        ("onduidelijk", Support.U),
    ],
)
def test_activity_status(status: str, expected: Support) -> None:
    assert _goal("any", [status]).support is expected


def test_node_without_contributors_is_not_supported() -> None:
    toc = tocgraph.loads(HEADER + "goals: [{id: G1, title: g, requires: all}]\n")
    node = tocgraph.assess(toc).nodes["G1"]
    assert node.support is Support.F
    assert node.verdict.value == "potentially_ineffective"
    assert node.margin == 0


def test_verdicts_follow_support() -> None:
    assert _goal("any", ["unclear"]).verdict.value == "undetermined"
    assert _goal("any", ["on_track"]).verdict.value == "potentially_effective"


def test_support_flows_through_levels() -> None:
    toc = tocgraph.loads(
        HEADER
        + """goals: [{id: G1, title: g, requires: all}]
outcomes:
  - {id: O1, title: o, contributes_to: [G1]}
  - {id: O2, title: o, contributes_to: [O1, G1]}
outputs:
  - {id: P1, title: p, contributes_to: [O2]}
activities:
  - {id: A1, title: a, contributes_to: [P1]}
  - {id: A2, title: a, status: stopped, contributes_to: [O1]}
"""
    )
    nodes = tocgraph.assess(toc).nodes
    assert [nodes[n].support for n in ("P1", "O2", "O1", "G1")] == [Support.T] * 4
    assert nodes["G1"].margin == 1
    assert nodes["G1"].critical_activities == ("A1",)

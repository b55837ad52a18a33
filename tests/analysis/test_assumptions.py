"""Named assumptions: three-valued link support, pessimistic margins, critical assumptions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tests.strategies import (
    critical_assumptions_oracle,
    oracle,
    three_valued,
    toc_data,
)
from tocgraph.schema import ToC
from tocgraph.schema.model import AssumptionStatus

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "assumptions.yaml"
RANK = {"F": 0, "U": 1, "T": 2}


def _key(result: tocgraph.Assessment) -> dict[str, Any]:
    return {
        n.id: (n.support, n.margin, n.critical_activities, n.critical_assumptions)
        for n in result.nodes.values()
    }


def test_the_fixture() -> None:
    result = tocgraph.assess(tocgraph.load(FIXTURE))
    got = {
        n.id: (n.support.value, n.margin, n.critical_assumptions) for n in result.non_activities()
    }
    assert got == {
        "G1": ("T", 1, ("S1", "S4")),  # O2's link names S2 (at risk): only O1 counts for margins
        "G2": ("F", 0, ()),  # its only link names S3, which fails
        "O1": ("T", 1, ("S4",)),
        "O2": ("T", 1, ()),
    }
    assert [w.code for w in result.warnings if w.node == "S5"] == ["TOC321"]


def test_an_at_risk_link_makes_a_node_undetermined() -> None:
    toc = tocgraph.loads(
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        "activities: [{id: A1, title: a, contributes_to: [{to: G1, assumptions: [S1]}]}]\n"
        "assumptions: [{id: S1, text: s, status: risico}]\n"
    )
    g1 = tocgraph.assess(toc).nodes["G1"]
    assert (g1.support.value, g1.verdict.value, g1.margin) == ("U", "undetermined", 0)
    assert tocgraph.assess(toc, failed=["S1"]).nodes["G1"].support.value == "F"


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("ongetoetst", "untested"),
        ("ongetest", "untested"),
        ("houdt_stand", "holds"),
        ("klopt", "holds"),
        ("onder_druk", "at_risk"),
        ("risico", "at_risk"),
        ("faalt", "fails"),
        ("gefaald", "fails"),
        ("fails", "fails"),
    ],
)
def test_dutch_status_words(word: str, status: str) -> None:
    toc = tocgraph.loads(
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        f"assumptions: [{{id: S1, text: s, status: {word}}}]\n"
    )
    assert toc.assumptions[0].status is AssumptionStatus(status)


def test_an_unknown_status_is_located_with_a_hint() -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(
            "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
            "assumptions: [{id: S1, text: s, status: klopt_niet, "
            "evidence: [{source: x, strength: stevig}]}]\n"
        )
    found = [(d.code, d.line, d.message, d.hint) for d in info.value.diagnostics]
    assert [f[:2] for f in found] == [("TOC102", 4), ("TOC102", 4)]
    assert "unknown status 'klopt_niet'" in found[0][2]
    assert "klopt" in (found[0][3] or "")
    assert "unknown strength 'stevig'" in found[1][2]


def test_from_dict_checks_assumption_names_too() -> None:
    data = {
        "tocgraph": 1,
        "id": "t",
        "goals": [{"id": "G1", "title": "g"}],
        "activities": [
            {"id": "A1", "title": "a", "contributes_to": [{"to": "G1", "assumptions": ["S9"]}]}
        ],
    }
    with pytest.raises(tocgraph.InvalidToCError) as info:
        ToC.model_validate(data)
    assert [d.code for d in info.value.diagnostics] == ["TOC221"]
    assert "declare it under 'assumptions:'" in (info.value.diagnostics[0].hint or "")


def test_inline_text_stays_an_unnamed_untested_assumption() -> None:
    toc = tocgraph.loads(
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        "activities: [{id: A1, title: a, contributes_to: [{to: G1, assumption: Het werkt}]}]\n"
    )
    assert tocgraph.assess(toc).nodes["G1"].support.value == "T"


def test_impact_fail_rejects_unknown_names() -> None:
    toc = tocgraph.load(FIXTURE)
    with pytest.raises(tocgraph.ScenarioError, match="did you mean 'S1'"):
        tocgraph.impact(toc, fail=["s1"])
    with pytest.raises(TypeError, match="fail must be a list"):
        tocgraph.impact(toc, fail="S1")


@settings(max_examples=150, deadline=None)
@given(toc_data(max_activities=6, assumptions=True))
def test_margins_and_criticals_match_the_oracle(data: dict[str, Any]) -> None:
    toc = ToC.model_validate(data)
    result = tocgraph.assess(toc)
    for node in result.non_activities():
        assert (node.margin, node.critical_activities) == oracle(toc, node.id), node.id
        assert node.critical_assumptions == critical_assumptions_oracle(toc, node.id), node.id


@settings(max_examples=150, deadline=None)
@given(toc_data(max_activities=5, assumptions=True))
def test_support_matches_the_exhaustive_oracle(data: dict[str, Any]) -> None:
    toc = ToC.model_validate(data)
    expected = three_valued(toc)
    assert {n.id: n.support.value for n in tocgraph.assess(toc).nodes.values()} == expected


@settings(max_examples=150, deadline=None)
@given(toc_data(assumptions=True), st.data())
def test_failing_assumptions_never_raises_support(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    toc = ToC.model_validate(data)
    names = [a.id for a in toc.assumptions]
    fail = draw.draw(st.lists(st.sampled_from(names), unique=True)) if names else []
    result = tocgraph.impact(toc, fail=fail, stop=[])
    for node_id, before in result.before.nodes.items():
        after = result.after.nodes[node_id]
        assert RANK[after.support.value] <= RANK[before.support.value]
        if before.margin is not None:
            assert after.margin is not None
            assert after.margin <= before.margin


@settings(max_examples=150, deadline=None)
@given(toc_data(assumptions=True), st.data())
def test_impact_fail_equals_assess_of_failing_statuses(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    names = [a["id"] for a in data.get("assumptions", [])]
    fail = set(draw.draw(st.lists(st.sampled_from(names), unique=True))) if names else set()
    activities = [a["id"] for a in data["activities"]]
    stop = draw.draw(st.lists(st.sampled_from(activities), unique=True))
    changed = dict(data)
    changed["assumptions"] = [
        {**a, "status": "fails"} if a["id"] in fail else a for a in data.get("assumptions", [])
    ]
    changed["activities"] = [
        {**a, "status": "stopped"} if a["id"] in stop else a for a in data["activities"]
    ]
    expected = _key(tocgraph.assess(ToC.model_validate(changed)))
    after = tocgraph.impact(ToC.model_validate(data), stop=stop, fail=sorted(fail)).after
    assert _key(after) == expected


@settings(max_examples=150, deadline=None)
@given(toc_data(assumptions=True), st.sampled_from([s.value for s in AssumptionStatus]))
def test_an_assumption_on_no_link_changes_nothing(data: dict[str, Any], status: str) -> None:
    toc = ToC.model_validate(data)
    unused = {"id": "S_unused", "text": "on no link", "status": status}
    more = ToC.model_validate({**data, "assumptions": [*data.get("assumptions", []), unused]})
    before, after = tocgraph.assess(toc), tocgraph.assess(more)
    assert _key(before) == _key(after)
    assert [w.node for w in after.warnings if w.code == "TOC321"][-1] == "S_unused"

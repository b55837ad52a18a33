"""Invariants of the analysis on generated ToCs."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tests.strategies import toc_data
from tocgraph.schema import ToC

RANK = {"F": 0, "U": 1, "T": 2}


def _assessment_key(toc: ToC) -> dict[str, Any]:
    result = tocgraph.assess(toc)
    return {
        n.id: (n.support, n.verdict, n.margin, n.critical_activities) for n in result.nodes.values()
    }


@settings(max_examples=200, deadline=None)
@given(toc_data(), st.data())
def test_stopping_never_increases_support(data: dict[str, Any], draw: st.DataObject) -> None:
    toc = ToC.model_validate(data)
    ids = [a.id for a in toc.activities]
    stop = draw.draw(st.lists(st.sampled_from(ids), unique=True))
    result = tocgraph.impact(toc, stop=stop)
    for node_id, before in result.before.nodes.items():
        after = result.after.nodes[node_id]
        assert RANK[after.support.value] <= RANK[before.support.value]
        if before.margin is not None:
            assert after.margin is not None
            assert after.margin <= before.margin


@settings(max_examples=200, deadline=None)
@given(toc_data(), st.randoms(use_true_random=False))
def test_node_order_never_changes_a_result(data: dict[str, Any], rnd: Any) -> None:
    shuffled = dict(data)
    for section in ("goals", "outcomes", "outputs", "activities"):
        items = list(data[section])
        rnd.shuffle(items)
        shuffled[section] = items
    assert _assessment_key(ToC.model_validate(data)) == _assessment_key(
        ToC.model_validate(shuffled)
    )


@settings(max_examples=200, deadline=None)
@given(toc_data(), st.data())
def test_impact_equals_assess_of_stopped_statuses(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    toc = ToC.model_validate(data)
    ids = [a.id for a in toc.activities]
    stop = set(draw.draw(st.lists(st.sampled_from(ids), unique=True)))
    changed = dict(data)
    changed["activities"] = [
        {**a, "status": "stopped"} if a["id"] in stop else a for a in data["activities"]
    ]
    expected = _assessment_key(ToC.model_validate(changed))
    after = tocgraph.impact(toc, stop=sorted(stop)).after
    actual = {
        n.id: (n.support, n.verdict, n.margin, n.critical_activities) for n in after.nodes.values()
    }
    assert actual == expected


@settings(max_examples=100, deadline=None)
@given(toc_data())
def test_yaml_round_trip_is_identity(data: dict[str, Any]) -> None:
    import yaml

    toc = ToC.model_validate(data)
    text = yaml.safe_dump(toc.model_dump(mode="json", exclude_defaults=True), sort_keys=False)
    assert tocgraph.loads(text) == toc

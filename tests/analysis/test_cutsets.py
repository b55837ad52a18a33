"""Minimal cut sets give exactly the margins and single points of failure of ``assess``."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tests.conftest import MODELS
from tests.strategies import toc_data
from tocgraph.analysis.cutsets import minimal_cut_sets
from tocgraph.schema import ToC


def _agrees(toc: ToC, stop: list[str]) -> None:
    cuts = minimal_cut_sets(toc)
    after = tocgraph.assess(toc, stopped=stop)
    for node_id, family in cuts.cut_sets.items():
        assert family is not None
        node = after.nodes[node_id]
        assert cuts.margin(node_id, stop) == node.margin, (node_id, stop)
        assert cuts.critical(node_id, stop) == node.critical_activities, (node_id, stop)


@settings(max_examples=300, deadline=None)
@given(toc_data(max_activities=9, max_outcomes=5, max_outputs=3), st.data())
def test_cut_sets_give_the_margins_of_assess(data: dict[str, Any], draw: st.DataObject) -> None:
    toc = ToC.model_validate(data)
    ids = [a.id for a in toc.activities]
    _agrees(toc, draw.draw(st.lists(st.sampled_from(ids), unique=True)))


TOC_MODELS = sorted(p for p in MODELS.glob("*.yaml") if p.name != "policy.yaml")


@pytest.mark.parametrize("path", TOC_MODELS, ids=lambda p: p.stem)
def test_bundled_models_every_single_stop(path: Any) -> None:
    toc = tocgraph.load(path)
    for activity in toc.activities:
        _agrees(toc, [activity.id])


@settings(max_examples=100, deadline=None)
@given(toc_data())
def test_cut_sets_are_minimal_and_sorted(data: dict[str, Any]) -> None:
    cuts = minimal_cut_sets(ToC.model_validate(data))
    for family in cuts.cut_sets.values():
        assert family is not None
        sets = [frozenset(c) for c in family]
        assert len(set(sets)) == len(sets)
        assert not any(a < b for a in sets for b in sets)
        assert [len(c) for c in family] == sorted(len(c) for c in family)
        assert all(list(c) == sorted(c) for c in family)


def test_over_the_limit_is_none_never_a_guess() -> None:
    toc = tocgraph.loads(
        """
tocgraph: 1
id: wide
goals: [{id: G1, title: g, requires: any}]
outcomes:
  - {id: O1, title: a, requires: all, contributes_to: [G1]}
  - {id: O2, title: b, requires: all, contributes_to: [G1]}
activities:
"""
        + "".join(f"  - {{id: A{i}, title: t, contributes_to: [O{1 + i % 2}]}}\n" for i in range(6))
    )
    small = minimal_cut_sets(toc, limit=4)
    assert small.cut_sets["O1"] is not None
    assert small.cut_sets["G1"] is None  # 3 x 3 = 9 cut sets > 4
    assert small.margin("G1") is None
    assert small.critical("G1") is None
    assert not small.complete
    full = minimal_cut_sets(toc)
    assert full.complete
    assert full.margin("G1") == tocgraph.assess(toc).nodes["G1"].margin == 2

"""Criticality from minimum-cut unions, checked against stopping each activity in turn."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import tocgraph
from tests.analysis.test_margins import _shared_toc
from tests.strategies import oracle, tocs
from tocgraph.analysis.assessment import goals_lost
from tocgraph.schema import ToC


def _by_reassessing(toc: ToC) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Margin lost and goals lost per running activity, by assessing once per activity."""
    before = tocgraph.assess(toc)
    goals = before.goals()
    found = {}
    for activity in toc.activities:
        if before.nodes[activity.id].support != tocgraph.Support.T:
            continue
        after = tocgraph.assess(toc, stopped=[activity.id])
        margin = sum((g.margin or 0) - (after.nodes[g.id].margin or 0) for g in goals)
        found[activity.id] = (margin, goals_lost(before, after))
    return found


def _check(toc: ToC) -> None:
    result = tocgraph.criticality(toc)
    got = {c.id: (c.margin_lost, c.goals_lost) for c in result.ranking}
    assert got == _by_reassessing(toc)
    assert all(c.margin_lost_bounds is None for c in result.ranking)


@settings(max_examples=200, deadline=None)
@given(tocs())
def test_criticality_equals_stopping_each_activity(toc: ToC) -> None:
    _check(toc)


@pytest.mark.parametrize("method", ["solver", "search", "hitting"])
def test_each_cut_union_method_matches(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Force the integer programs, trying sets or hitting sets, and check each."""
    import tocgraph.analysis.mincuts as mincuts

    monkeypatch.setattr(mincuts, "_SEARCH_BUDGET", 10**9 if method == "search" else 0)
    monkeypatch.setattr(mincuts, "_HITTING_MARGIN", 10**9 if method == "hitting" else 0)
    calls = {"solver": 0, "hitting": 0}
    cover, hitting = mincuts._cover_by_solver, mincuts._cover_by_hitting_sets

    def counted(*args: object) -> mincuts.CutUnion:
        calls["solver"] += 1
        return cover(*args)  # type: ignore[arg-type]

    def counted_hitting(*args: object) -> set[int]:
        calls["hitting"] += 1
        return hitting(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(mincuts, "_cover_by_solver", counted)
    monkeypatch.setattr(mincuts, "_cover_by_hitting_sets", counted_hitting)

    @settings(max_examples=100, deadline=None)
    @given(tocs(max_activities=8, max_outcomes=5))
    def check(toc: ToC) -> None:
        _check(toc)

    check()
    _check(_shared_toc(width=8, depth=3, k=2))
    assert (calls["solver"] > 0) == (method == "solver")
    assert (calls["hitting"] > 0) == (method == "hitting")


def test_a_drop_is_zero_or_one_per_goal() -> None:
    toc = tocgraph.load("tests/fixtures/warnings.yaml")
    for cost in tocgraph.criticality(toc).ranking:
        assert 0 <= cost.margin_lost <= len(tocgraph.assess(toc).goals())


def test_oracle_agrees_on_the_fixture() -> None:
    toc = tocgraph.load("tests/fixtures/warnings.yaml")
    goal = tocgraph.criticality(toc).goals[0]
    assert (goal.margin, goal.critical_activities) == oracle(toc, goal.id)

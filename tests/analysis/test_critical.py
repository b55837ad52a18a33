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


@pytest.mark.parametrize("budget", [0, 10**9], ids=["solver", "search"])
def test_each_cut_union_method_matches(budget: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Force the integer programs (budget 0) or trying sets, and check both."""
    import tocgraph.analysis.mincuts as mincuts

    monkeypatch.setattr(mincuts, "_SEARCH_BUDGET", budget)
    calls = {"solver": 0}
    cover = mincuts._cover_by_solver

    def counted(*args: object) -> mincuts.CutUnion:
        calls["solver"] += 1
        return cover(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(mincuts, "_cover_by_solver", counted)

    @settings(max_examples=100, deadline=None)
    @given(tocs(max_activities=8, max_outcomes=5))
    def check(toc: ToC) -> None:
        _check(toc)

    check()
    _check(_shared_toc(width=8, depth=3, k=2))
    assert (calls["solver"] > 0) == (budget == 0)


def test_a_drop_is_zero_or_one_per_goal() -> None:
    toc = tocgraph.load("tests/fixtures/warnings.yaml")
    for cost in tocgraph.criticality(toc).ranking:
        assert 0 <= cost.margin_lost <= len(tocgraph.assess(toc).goals())


def test_oracle_agrees_on_the_fixture() -> None:
    toc = tocgraph.load("tests/fixtures/warnings.yaml")
    goal = tocgraph.criticality(toc).goals[0]
    assert (goal.margin, goal.critical_activities) == oracle(toc, goal.id)

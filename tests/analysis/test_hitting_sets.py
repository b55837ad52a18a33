"""Smallest cuts by hitting sets of path sets: exact, checked against a brute-force oracle."""

from __future__ import annotations

from hypothesis import given, settings

import tocgraph
from tests.analysis.test_margins import _shared_toc
from tests.strategies import oracle, tocs
from tocgraph.analysis.hitting_sets import CutSearch, smallest_cut
from tocgraph.analysis.margins import alive_ancestors, slacks
from tocgraph.analysis.support import evaluate_pessimistic
from tocgraph.graph import compile_structure
from tocgraph.schema import ToC
from tocgraph.schema.model import Kind


def _check_every_node(toc: ToC) -> int:
    """Run the search from the trivial bounds on every supported node; return how many."""
    structure = compile_structure(toc)
    alive = evaluate_pessimistic(structure)
    slack = slacks(structure, alive)
    checked = 0
    for n, kind in enumerate(structure.kinds):
        if kind is Kind.ACTIVITY or not alive[n]:
            continue
        members = alive_ancestors(structure, alive, n)
        activities = [m for m in members if structure.kinds[m] is Kind.ACTIVITY]
        margin = oracle(toc, structure.ids[n])[0]
        found = smallest_cut(structure, alive, slack, members, activities, 1, len(activities) + 1)
        assert found.cut is not None, structure.ids[n]
        assert len(found.cut) == found.lower == margin, structure.ids[n]
        assert not evaluate_pessimistic(structure, frozenset(found.cut))[n]
        # told that a cut of the margin's size is known, it proves that one minimum
        proven = smallest_cut(structure, alive, slack, members, activities, 1, margin)
        assert (proven.lower, proven.cut) == (margin, None), structure.ids[n]
        checked += 1
    return checked


@settings(max_examples=200, deadline=None)
@given(tocs(max_activities=8, max_outcomes=5))
def test_smallest_cut_equals_brute_force(toc: ToC) -> None:
    _check_every_node(toc)


def test_shared_thresholds_match_the_oracle() -> None:
    """Heavy sharing and k of n: every node of a layered graph."""
    assert _check_every_node(_shared_toc(width=8, depth=3, k=2)) > 20


@settings(max_examples=100, deadline=None)
@given(tocs(max_activities=8, max_outcomes=5))
def test_out_of_budget_keeps_a_proven_lower_bound(toc: ToC) -> None:
    structure = compile_structure(toc)
    alive = evaluate_pessimistic(structure)
    slack = slacks(structure, alive)
    for n, kind in enumerate(structure.kinds):
        if kind is Kind.ACTIVITY or not alive[n]:
            continue
        members = alive_ancestors(structure, alive, n)
        activities = [m for m in members if structure.kinds[m] is Kind.ACTIVITY]
        margin = oracle(toc, structure.ids[n])[0]
        for budget in (0, 3, 20):
            found = smallest_cut(
                structure, alive, slack, members, activities, 1, len(activities) + 1, budget
            )
            assert found.lower <= margin
            if found.cut is not None:
                assert len(found.cut) == margin


@settings(max_examples=100, deadline=None)
@given(tocs(max_activities=7, max_outcomes=4))
def test_after_one_activity_stops(toc: ToC) -> None:
    """``without=a``: a cut one smaller exactly when ``a`` lies in some minimum cut."""
    structure = compile_structure(toc)
    alive = evaluate_pessimistic(structure)
    slack = slacks(structure, alive)
    for n, kind in enumerate(structure.kinds):
        if kind is Kind.ACTIVITY or not alive[n]:
            continue
        members = alive_ancestors(structure, alive, n)
        activities = [m for m in members if structure.kinds[m] is Kind.ACTIVITY]
        margin = oracle(toc, structure.ids[n])[0]
        search = CutSearch(structure, alive, slack, members, activities)
        for a in activities:
            after = tocgraph.assess(toc, stopped=[structure.ids[a]]).nodes[structure.ids[n]]
            found = search.smallest_cut(margin - 1, margin, without=a)
            assert (found.cut is not None) == (after.margin == margin - 1), (n, a)
            if found.cut is not None:
                assert a not in found.cut
                assert len(found.cut) == margin - 1
                assert not evaluate_pessimistic(structure, frozenset((a, *found.cut)))[n]
            else:
                assert found.lower == margin

"""Minimum cuts found by swaps: each activity found lies in some minimum cut."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings

import tocgraph
from tests.strategies import pessimistic, tocs
from tocgraph.analysis.assumptions import pessimistic_structure
from tocgraph.analysis.margins import alive_ancestors, margins_and_criticals, slacks
from tocgraph.analysis.support import evaluate_pessimistic
from tocgraph.analysis.swaps import cover_by_swaps
from tocgraph.graph import compile_structure
from tocgraph.schema import ToC


def _in_some_minimum_cut(toc: ToC, node_id: str, activity: str, margin: int) -> bool:
    """Whether ``activity`` and ``margin - 1`` other supported activities bring the node down."""
    base = pessimistic(toc, set())
    others = [a.id for a in toc.activities if base[a.id] and a.id != activity]
    return any(
        not pessimistic(toc, {activity, *rest})[node_id]
        for rest in combinations(others, margin - 1)
    )


def _swaps(toc: ToC) -> dict[str, tuple[int, set[str], set[str]]]:
    """Per node with an exact margin of 2 or more: margin, its known cut, what swaps add."""
    structure = pessimistic_structure(compile_structure(toc))
    alive = evaluate_pessimistic(structure)
    margins = margins_and_criticals(structure, alive)
    slack = slacks(structure, alive)
    found = {}
    for n, node_id in enumerate(structure.ids):
        cut, margin = margins.cuts[n], margins.values[n]
        if structure.statuses[n] is not None or not alive[n] or cut is None or not margin:
            continue
        if margin < 2 or margins.bounds[n] is not None:
            continue
        members = alive_ancestors(structure, alive, n)
        left = [m for m in members if structure.statuses[m] is not None and m not in cut]
        added = cover_by_swaps(structure, alive, slack, members, cut, left)
        ids = structure.ids
        found[node_id] = (margin, {ids[a] for a in cut}, {ids[a] for a in added})
    return found


@settings(max_examples=150, deadline=None)
@given(tocs(max_activities=8, max_outcomes=5))
def test_every_activity_found_lies_in_a_minimum_cut(toc: ToC) -> None:
    for node_id, (margin, cut, added) in _swaps(toc).items():
        assert not added & cut
        for activity in added:
            assert _in_some_minimum_cut(toc, node_id, activity, margin), (node_id, activity)


@settings(max_examples=150, deadline=None)
@given(tocs(max_activities=8, max_outcomes=5))
def test_a_state_moved_equals_one_built_afresh(toc: ToC) -> None:
    """After each swap the kept revivals are those a state built for the new cut walks."""
    from tocgraph.analysis.swaps import _State

    structure = pessimistic_structure(compile_structure(toc))
    alive = evaluate_pessimistic(structure)
    margins = margins_and_criticals(structure, alive)
    slack = slacks(structure, alive)
    for n, cut in enumerate(margins.cuts):
        if cut is None or not alive[n] or structure.statuses[n] is not None:
            continue
        members = alive_ancestors(structure, alive, n)
        inside = set(members)
        targets = {m: [t for t in structure.targets[m] if t in inside] for m in members}
        state = _State(structure, slack, members, targets, cut)
        for a in members:
            if structure.statuses[a] is None or a in state.stopped:
                continue
            b = state.swap_partner(a)
            if b is None:
                continue
            state.move(a, b)
            fresh = _State(structure, slack, members, targets, sorted(state.stopped))
            assert (state.fallen, state.lost) == (fresh.fallen, fresh.lost)
            assert {m: users for m, users in state.users.items() if users} == fresh.users
            assert state._revived == fresh._revived


def test_swaps_find_the_other_minimum_cuts() -> None:
    """G falls when O1 and O2 both fall; each falls with either of its two activities."""
    margin, cut, added = _swaps(_TWO_PAIRS)["G"]
    assert margin == 2
    assert len(cut) == 2
    assert cut | added == {"A1", "A2", "A3", "A4"}


def test_swaps_stop_at_their_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    import tocgraph.analysis.swaps as swaps

    monkeypatch.setattr(swaps, "_MOVES", 1)
    added = _swaps(_TWO_PAIRS)["G"][2]
    assert len(added) == 1  # one swap: one activity in, the next search is not made


_TWO_PAIRS = tocgraph.loads(
    """
tocgraph: 1
id: swaps
goals: [{id: G, title: Goal, requires: any}]
outcomes:
  - {id: O1, title: One, requires: all, contributes_to: [G]}
  - {id: O2, title: Two, requires: all, contributes_to: [G]}
activities:
  - {id: A1, title: a, contributes_to: [O1]}
  - {id: A2, title: b, contributes_to: [O1]}
  - {id: A3, title: c, contributes_to: [O2]}
  - {id: A4, title: d, contributes_to: [O2]}
"""
)

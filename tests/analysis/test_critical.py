"""Criticality from minimum-cut unions, checked against stopping each activity in turn."""

from __future__ import annotations

from typing import Any

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
    # every activity is ranked, or named as left out with the status that counts as stopped
    left = dict(result.not_ranked)
    assert sorted([*got, *left]) == sorted(a.id for a in toc.activities)
    assert set(left.values()) <= {"stopped", "unclear"}
    status = {a.id: a.status.value for a in toc.activities}
    assert all(c.status == status[c.id] for c in result.ranking)  # achieved ones say so


@settings(max_examples=200, deadline=None)
@given(tocs())
def test_criticality_equals_stopping_each_activity(toc: ToC) -> None:
    _check(toc)


@pytest.mark.parametrize("method", ["solver", "maximum", "split", "swaps", "search", "hitting"])
def test_each_cut_union_method_matches(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Force the integer programs (whole, in their maximum form only, split by
    surviving contributors, or after swaps), trying sets or hitting sets; check each."""
    import tocgraph.analysis.cover_programs as cover_programs
    import tocgraph.analysis.mincuts as mincuts
    import tocgraph.analysis.swaps as swaps_module

    programs = method in ("solver", "maximum", "split", "swaps")
    monkeypatch.setattr(cover_programs, "WEIGHTED_FIRST", method != "maximum")
    monkeypatch.setattr(mincuts, "_DECOMPOSE", False)
    monkeypatch.setattr(mincuts, "_SWAPS", method == "swaps")
    monkeypatch.setattr(cover_programs, "SPLIT_COLUMNS", 0 if method == "split" else 10**9)
    monkeypatch.setattr(mincuts, "_SEARCH_BUDGET", 10**9 if method == "search" else 0)
    monkeypatch.setattr(mincuts, "_HITTING_MARGIN", 10**9 if method == "hitting" else 0)
    calls = {"solver": 0, "hitting": 0, "split": 0, "swaps": 0}
    cover, hitting = mincuts._cover_by_solver, mincuts._cover_by_hitting_sets
    parts, swaps = cover_programs.cover_parts, swaps_module.cover_by_swaps

    def counted_parts(*args: object) -> list[list[int]]:
        found = parts(*args)  # type: ignore[arg-type]
        calls["split"] += found != [[]]
        return found

    def counted_swaps(*args: object) -> set[int]:
        found = swaps(*args)  # type: ignore[arg-type]
        calls["swaps"] += bool(found)
        return found

    monkeypatch.setattr(mincuts, "cover_parts", counted_parts)
    monkeypatch.setattr(mincuts, "cover_by_swaps", counted_swaps)

    def counted(*args: object) -> mincuts.CutUnion:
        calls["solver"] += 1
        return cover(*args)  # type: ignore[arg-type]

    def counted_hitting(*args: object) -> None:
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
    assert (calls["solver"] > 0) == programs
    assert (calls["hitting"] > 0) == (method == "hitting")
    assert (calls["split"] > 0) == (method == "split")
    assert (calls["swaps"] > 0) == (method == "swaps")


def test_a_drop_is_zero_or_one_per_goal() -> None:
    toc = tocgraph.load("tests/fixtures/warnings.yaml")
    for cost in tocgraph.criticality(toc).ranking:
        assert 0 <= cost.margin_lost <= len(tocgraph.assess(toc).goals())


def test_oracle_agrees_on_the_fixture() -> None:
    toc = tocgraph.load("tests/fixtures/warnings.yaml")
    goal = tocgraph.criticality(toc).goals[0]
    assert (goal.margin, goal.critical_activities) == oracle(toc, goal.id)


def _modules_toc(third: bool = False) -> ToC:
    """Goal G needs one of its modules; M1 needs all three, M2 two of three.

    With ``third``, a module M3 shares activity A6 with M2, so G's modules are
    M1 on its own and M2 with M3.
    """
    return ToC.model_validate(
        {
            "tocgraph": 1,
            "id": "modules",
            "name": "Independent modules",
            "goals": [{"id": "G", "title": "Goal", "requires": "any"}],
            "outcomes": [
                {"id": "M1", "title": "Module 1", "requires": "any", "contributes_to": ["G"]},
                {"id": "M2", "title": "Module 2", "requires": 2, "contributes_to": ["G"]},
                {"id": "P", "title": "Part", "requires": "all", "contributes_to": ["M2"]},
                {"id": "Q", "title": "Part", "requires": "any", "contributes_to": ["M2"]},
                *(
                    [{"id": "M3", "title": "Module 3", "requires": "any", "contributes_to": ["G"]}]
                    if third
                    else []
                ),
            ],
            "activities": [
                {"id": "A1", "title": "a", "status": "on_track", "contributes_to": ["M1"]},
                {"id": "A2", "title": "a", "status": "on_track", "contributes_to": ["M1"]},
                {"id": "A3", "title": "a", "status": "on_track", "contributes_to": ["P", "Q"]},
                {"id": "A4", "title": "a", "status": "on_track", "contributes_to": ["P"]},
                {"id": "A5", "title": "a", "status": "on_track", "contributes_to": ["Q"]},
                {
                    "id": "A6",
                    "title": "a",
                    "status": "on_track",
                    "contributes_to": ["M2", *(["M3"] if third else [])],
                },
                {"id": "A7", "title": "a", "status": "on_track", "contributes_to": ["M1"]},
                *(
                    [{"id": "A8", "title": "a", "status": "on_track", "contributes_to": ["M3"]}]
                    if third
                    else []
                ),
            ],
        }
    )


@pytest.mark.parametrize("decompose", [True, False])
def test_unions_from_contributors_match(decompose: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unions built from independent contributors equal the direct search, and are used."""
    import tocgraph.analysis.mincuts as mincuts

    monkeypatch.setattr(mincuts, "_DECOMPOSE", decompose)
    direct = mincuts._directly
    asked: list[tuple[str, set[str]]] = []

    def counted(structure: Any, alive: Any, margins: Any, slack: Any, n: int, *settled: Any) -> Any:
        if structure.statuses[n] is None:
            known = {structure.ids[a] for part in (settled[0] if settled else ()) for a in part}
            asked.append((structure.ids[n], known))
        return direct(structure, alive, margins, slack, n, *settled)

    monkeypatch.setattr(mincuts, "_directly", counted)
    toc = _modules_toc()
    _check(toc)
    assert tocgraph.criticality(toc).goals[0].margin == 5  # M1 by its three activities, M2 by two
    # G and M1 split into independent contributors; M2's parts share A3: asked directly
    assert sorted({n for n, _ in asked}) == (["M2"] if decompose else ["G"])

    asked.clear()
    toc = _modules_toc(third=True)
    _check(toc)
    # M1 is settled on its own; G is asked about the activities of M2 and M3 only
    assert [n for n, _ in asked] == ["G"]
    assert asked[0][1] == ({"A1", "A2", "A7"} if decompose else set())

    @settings(max_examples=100, deadline=None)
    @given(tocs(max_activities=8, max_outcomes=5))
    def check(toc: ToC) -> None:
        _check(toc)

    check()

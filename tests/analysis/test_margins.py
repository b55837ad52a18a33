"""Margins and critical activities: exact, checked against a brute-force oracle."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
from tests.strategies import oracle, tocs
from tocgraph.analysis.margins import _greedy_union, margins_and_criticals
from tocgraph.analysis.solver import Solution
from tocgraph.analysis.support import evaluate_pessimistic
from tocgraph.graph import compile_structure
from tocgraph.schema import ToC


def _stopped(toc: ToC, ids: list[str]) -> ToC:
    """``toc`` with the activities ``ids`` stopped."""
    data = toc.model_dump(mode="json", exclude_defaults=True)
    for activity in data["activities"]:
        if activity["id"] in ids:
            activity["status"] = "stopped"
    return ToC.model_validate(data)


@settings(max_examples=300, deadline=None)
@given(tocs())
def test_margins_equal_brute_force(toc: ToC) -> None:
    result = tocgraph.assess(toc)
    for node in result.non_activities():
        margin, critical = oracle(toc, node.id)
        assert (node.margin, node.critical_activities) == (margin, critical), node.id


@settings(max_examples=150, deadline=None)
@given(tocs(max_activities=9, max_outcomes=5))
def test_critical_exactly_when_margin_is_one(toc: ToC) -> None:
    for node in tocgraph.assess(toc).non_activities():
        assert bool(node.critical_activities) == (node.margin == 1)


@settings(max_examples=150, deadline=None)
@given(tocs(), st.data())
def test_stopping_a_critical_activity_takes_support_away(toc: ToC, data: st.DataObject) -> None:
    result = tocgraph.assess(toc)
    with_critical = [n for n in result.non_activities() if n.critical_activities]
    if not with_critical:
        return
    node = data.draw(st.sampled_from(with_critical))
    activity = data.draw(st.sampled_from(node.critical_activities))
    after = tocgraph.impact(toc, stop=[activity]).after.nodes[node.id]
    assert after.verdict is not tocgraph.Verdict.POTENTIALLY_EFFECTIVE
    assert after.margin == 0


def _shared_toc(width: int, depth: int, k: int) -> ToC:
    """A layered graph where every node feeds several above it: heavy sharing."""
    outcomes = []
    layers = []
    for level in range(depth):
        layer = [f"O{level}_{i}" for i in range(width)]
        layers.append(layer)
    links: dict[str, list[str]] = {}
    for a in range(width):
        links[f"A{a}"] = [layers[0][(a + j) % width] for j in range(3)]
    for level in range(depth - 1):
        for i, node in enumerate(layers[level]):
            links[node] = [layers[level + 1][(i + j) % width] for j in range(3)]
    for node in layers[-1]:
        links[node] = ["G1"]
    for level, layer in enumerate(layers):
        for node in layer:
            outcomes.append(
                {
                    "id": node,
                    "title": node,
                    "requires": k if level % 2 else "any",
                    "contributes_to": links[node],
                }
            )
    return ToC.model_validate(
        {
            "tocgraph": 1,
            "id": "shared",
            "goals": [{"id": "G1", "title": "g", "requires": width - 1}],
            "outcomes": outcomes,
            "activities": [
                {"id": f"A{a}", "title": "a", "contributes_to": links[f"A{a}"]}
                for a in range(width)
            ],
        }
    )


def test_heavily_shared_graph_matches_oracle() -> None:
    toc = _shared_toc(width=8, depth=3, k=2)
    result = tocgraph.assess(toc)
    for node_id in ("G1", "O2_0", "O1_3"):
        assert (result.nodes[node_id].margin, result.nodes[node_id].critical_activities) == oracle(
            toc, node_id
        )
    margin = result.nodes["G1"].margin
    assert margin is not None
    assert margin >= 2


def test_solver_path_is_exercised() -> None:
    """The goal's margin needs the integer program: shared nodes and thresholds."""
    toc = _shared_toc(width=10, depth=4, k=2)
    structure = compile_structure(toc)
    alive = evaluate_pessimistic(structure)
    result = margins_and_criticals(structure, alive)
    goal = structure.index["G1"]
    assert result.bounds[goal] is None
    assert result.values[goal] == oracle(toc, "G1")[0]


@pytest.mark.parametrize("method", ["solve", "direct", "search", "hitting", "relaxed", "split"])
def test_each_exact_method_matches_the_oracle(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Force the integer program (after its relaxation, directly or split), the search or
    the hitting sets (alone, or after the relaxation once HiGHS is loaded); check each."""
    import tocgraph.analysis.cut_programs as cut_programs
    import tocgraph.analysis.hitting_sets as hitting_sets
    import tocgraph.analysis.margins as margins

    monkeypatch.setattr(margins, "_SEARCH_BUDGET", 10**9 if method == "search" else 0)
    hitting_first = method in ("hitting", "relaxed")
    monkeypatch.setattr(margins, "_HITTING_UPPER", 10**9 if hitting_first else 0)
    monkeypatch.setattr(margins, "_SPLIT_COLUMNS", 0 if method == "split" else 10**9)
    monkeypatch.setattr(margins, "_DIRECT_COLUMNS", 0 if method == "direct" else 10**9)
    if method == "relaxed":  # as if an earlier node had loaded HiGHS
        loaded = margins._Bounds.__init__

        def solver_loaded(self: margins._Bounds, *args: object) -> None:
            loaded(self, *args)  # type: ignore[arg-type]
            self.solver_used = True

        monkeypatch.setattr(margins._Bounds, "__init__", solver_loaded)
    calls = {"solve": 0, "direct": 0, "search": 0, "hitting": 0, "relaxed": 0, "split": 0}
    solve, search, hitting = margins._solve, cut_programs.search_cut, hitting_sets.smallest_cut
    split = cut_programs.solve_by_contributors

    def counted_split(*args: object) -> tuple[int, int, tuple[int, ...] | None]:
        calls["split"] += 1
        return split(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cut_programs, "solve_by_contributors", counted_split)

    def counted_hitting(*args: object) -> object:
        calls["hitting"] += 1
        return hitting(*args)  # type: ignore[arg-type]

    def counted_solve(*args: object) -> tuple[int, int, tuple[int, ...] | None]:
        calls["solve"] += 1
        return solve(*args)  # type: ignore[arg-type]

    relaxation, program = margins._relaxation, margins._solve_program

    def counted_relaxation(*args: object) -> Solution:
        calls["relaxed"] += 1
        return relaxation(*args)  # type: ignore[arg-type]

    def counted_program(*args: object) -> tuple[int, int, tuple[int, ...] | None]:
        calls["direct"] += 1
        return program(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(margins, "_relaxation", counted_relaxation)
    monkeypatch.setattr(margins, "_solve_program", counted_program)

    def counted_search(*args: object) -> tuple[int, ...] | None:
        calls["search"] += 1
        return search(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(margins, "_solve", counted_solve)
    monkeypatch.setattr(cut_programs, "search_cut", counted_search)  # imported when used
    monkeypatch.setattr(hitting_sets, "smallest_cut", counted_hitting)

    @settings(max_examples=150, deadline=None)
    @given(tocs(max_activities=8, max_outcomes=5))
    def check(toc: ToC) -> None:
        for node in tocgraph.assess(toc).non_activities():
            assert (node.margin, node.critical_activities) == oracle(toc, node.id), node.id
        # a what-if starts each margin after from the window the margins before give
        stop = [a.id for a in toc.activities[:2]]
        after, stopped = tocgraph.impact(toc, stop=stop).after, _stopped(toc, stop)
        for node in after.non_activities():
            assert (node.margin, node.critical_activities) == oracle(stopped, node.id), node.id

    check()
    for width, depth in ((8, 3), (9, 3)):
        toc = _shared_toc(width=width, depth=depth, k=2)
        assert tocgraph.assess(toc).nodes["G1"].margin == oracle(toc, "G1")[0]
        stop = [toc.activities[0].id, toc.activities[-1].id]
        after = tocgraph.impact(toc, stop=stop).after.nodes["G1"]
        assert after.margin == oracle(_stopped(toc, stop), "G1")[0]
    assert calls[method] > 0
    if method == "hitting":
        assert calls["solve"] == 0


def test_split_program_out_of_budget_keeps_proven_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """No part solved exactly: the parts' bounds still enclose the oracle's margin."""
    import tocgraph.analysis.cut_programs as cut_programs
    import tocgraph.analysis.margins as margins

    monkeypatch.setattr(margins, "_SEARCH_BUDGET", 0)
    monkeypatch.setattr(margins, "_HITTING_UPPER", 0)
    monkeypatch.setattr(margins, "_SPLIT_COLUMNS", 0)
    monkeypatch.setattr(cut_programs, "_SPLIT_SOLVES", 0)
    for width, depth in ((8, 3), (9, 3)):
        toc = _shared_toc(width=width, depth=depth, k=2)
        for node in tocgraph.assess(toc).non_activities():
            exact = oracle(toc, node.id)[0]
            lower, upper = node.margin_bounds or (node.margin, node.margin)
            assert lower is not None
            assert upper is not None
            assert lower <= exact <= upper, node.id


def _greedy_reference(cuts: list[frozenset[int]], need: int) -> frozenset[int]:
    """The greedy union as first written: each step rescans every cut left."""
    if need >= len(cuts):
        return frozenset().union(*cuts)
    chosen: frozenset[int] = frozenset()
    remaining = list(cuts)
    for _ in range(need):
        best = min(range(len(remaining)), key=lambda i: len(chosen | remaining[i]))
        chosen = chosen | remaining.pop(best)
    return chosen


@given(
    st.lists(st.frozensets(st.integers(0, 12), max_size=5), min_size=1, max_size=10),
    st.integers(0, 10),
)
def test_the_greedy_union_with_a_heap_chooses_as_the_rescan_does(
    cuts: list[frozenset[int]], need: int
) -> None:
    """Same cuts, same ties (the first cut wins), only without rescanning every cut."""
    assert _greedy_union(cuts, need) == _greedy_reference(cuts, need)


def test_a_node_with_thousands_of_contributors() -> None:
    """requires: 2 of 3,000 activities (found by fuzzing: the greedy union was cubic)."""
    lines = ["tocgraph: 1", "id: wide", "goals: [{id: G1, title: g, requires: 2}]", "activities:"]
    lines += [f"  - {{id: A{i}, title: a, contributes_to: [G1]}}" for i in range(3000)]
    goal = tocgraph.assess(tocgraph.loads("\n".join(lines) + "\n")).nodes["G1"]
    assert goal.margin == 2999

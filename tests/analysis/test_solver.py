"""The HiGHS wrapper: exact answers, proven bounds when stopped early, nothing on stdout."""

from __future__ import annotations

import functools
import itertools
import math
import os
from collections.abc import Collection

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import tocgraph
from tests.analysis.test_margins import _shared_toc
from tests.strategies import oracle
from tocgraph.analysis.part_relaxations import PartRelaxations
from tocgraph.analysis.solver import Row, highs_model, quiet_stdout, solve_binary


def test_a_small_program_is_solved_exactly() -> None:
    # minimise x0 + x1 + x2 subject to x0 + x1 >= 1 and x1 + x2 >= 1: x1 alone
    rows = [Row((0, 1), (1.0, 1.0), 1.0, 2.0), Row((1, 2), (1.0, 1.0), 1.0, 2.0)]
    result = solve_binary([1.0, 1.0, 1.0], rows)
    assert result.optimal
    assert (result.best, result.ones) == (1, (1,))
    assert solve_binary([1.0, 1.0, 1.0], rows, relaxation_only=True).bound == 1


def test_highs_runs_on_one_thread() -> None:
    """Bounds from a stopped search must not depend on the machine's number of cores."""
    import highspy
    import numpy as np

    with quiet_stdout():
        row = (np.array([0, 1]), np.array([0]), np.ones(1), np.ones(1), np.ones(1))
        model = highs_model(highspy, np, np.ones(1), row, np.zeros(1), False, False)
    assert model.getOptionValue("threads")[1] == 1


def test_a_thread_pool_started_elsewhere_with_more_threads_is_restarted() -> None:
    """Another user of HiGHS in the process started its pool with two threads first."""
    import highspy

    other = highspy.Highs()  # type: ignore[no-untyped-call]
    other.setOptionValue("output_flag", False)
    other.setOptionValue("threads", 2)
    other.addVar(0.0, 1.0)
    with quiet_stdout():
        highspy.Highs.resetThreadScheduler(True)  # drop the pool earlier tests started
        assert other.run() == highspy.HighsStatus.kOk
    rows = [Row((0, 1), (1.0, 1.0), 1.0, 2.0), Row((1, 2), (1.0, 1.0), 1.0, 2.0)]
    result = solve_binary([1.0, 1.0, 1.0], rows)
    assert (result.optimal, result.best, result.ones) == (True, 1, (1,))


def test_programs_solved_from_several_threads_at_once_agree_with_one_by_one() -> None:
    import random
    import threading

    rng = random.Random(7)
    programs = []
    for _ in range(6):
        rows = []
        for _ in range(40):
            chosen = rng.sample(range(30), 4)
            rows.append(Row(tuple(chosen), (1.0,) * 4, 2.0, 4.0))
        programs.append(([float(1 + c % 3) for c in range(30)], rows))
    alone = [solve_binary(costs, rows) for costs, rows in programs]
    together: dict[int, object] = {}

    def solve(i: int) -> None:
        costs, rows = programs[i]
        together[i] = solve_binary(costs, rows)

    threads = [threading.Thread(target=solve, args=(i,)) for i in range(len(programs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [together[i] for i in range(len(programs))] == alone
    assert all(result.optimal for result in alone)


def test_stopped_early_the_bounds_still_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """No branching and no interrupt checks allowed: bounds, and the oracle lies between them."""
    import tocgraph.analysis.margins as margins
    import tocgraph.analysis.solver as solver

    monkeypatch.setattr(margins, "_SEARCH_BUDGET", 0)
    monkeypatch.setattr(margins, "_HITTING_UPPER", 0)
    monkeypatch.setattr(  # margins import the solver when they first need it
        solver, "solve_binary", functools.partial(solve_binary, node_limit=0, check_limit=0)
    )
    toc = _shared_toc(width=14, depth=5, k=2)
    result = tocgraph.assess(toc)
    assert not result.nodes["G1"].margin_exact
    for node in result.non_activities():
        exact = oracle(toc, node.id)[0] if node.id == "G1" else None
        if node.margin_bounds is None:
            assert node.margin_exact
            if exact is not None:
                assert node.margin == exact
            continue
        lower, upper = node.margin_bounds
        assert not node.margin_exact
        assert node.margin == lower < upper
        if exact is not None:
            assert lower <= exact <= upper


def test_quiet_stdout_swallows_writes_to_descriptor_one(
    capfd: pytest.CaptureFixture[str],
) -> None:
    print("before", flush=True)
    with quiet_stdout():
        os.write(1, b"from C code\n")
    print("after", flush=True)
    assert capfd.readouterr().out == "before\nafter\n"


@st.composite
def covering_programs(draw: st.DrawFn) -> tuple[int, list[Row], list[list[int]]]:
    """Small 0/1 programs "at least k of these columns" and sets of columns to force to 1."""
    columns = draw(st.integers(3, 8))
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        chosen = draw(st.lists(st.integers(0, columns - 1), min_size=1, max_size=4, unique=True))
        need = draw(st.integers(1, len(chosen)))
        rows.append(Row(tuple(chosen), (1.0,) * len(chosen), float(need), float(len(chosen))))
    parts = draw(
        st.lists(
            st.lists(st.integers(0, columns - 1), max_size=3, unique=True), min_size=1, max_size=6
        )
    )
    return columns, rows, parts


@settings(max_examples=150, deadline=None)
@given(covering_programs(), st.integers(0, 8))
def test_part_relaxations_are_proven_bounds(
    program: tuple[int, list[Row], list[list[int]]], enough: int
) -> None:
    """Bounds borrowed from other parts' duals, or stopped at ``enough``, never exceed a part's
    own relaxation bound, and a part solved to the end has exactly that bound."""
    columns, rows, parts = program
    costs = [float(1 + c % 3) for c in range(columns)]
    own = [solve_binary(costs, rows, [0, *p], relaxation_only=True).bound for p in parts]
    relaxations = PartRelaxations(costs, rows, parts, [0])
    for i, part in enumerate(parts):
        assert relaxations.lower[i] <= own[i], part
    for i, part in enumerate(parts):
        bound = relaxations.solve(i, enough if i % 2 else None)
        assert bound <= own[i], part
        assert bound == own[i] or (i % 2 == 1 and bound >= enough), part
        assert all(relaxations.lower[j] <= own[j] for j in range(len(parts)))


@settings(max_examples=100, deadline=None)
@given(covering_programs(), st.integers(0, 12))
def test_a_cutoff_only_hides_solutions_no_better_than_it(
    program: tuple[int, list[Row], list[list[int]]], cutoff: int
) -> None:
    columns, rows, _ = program
    costs = [float(1 + c % 3) for c in range(columns)]
    plain = solve_binary(costs, rows)
    cut = solve_binary(costs, rows, cutoff=cutoff - 0.5)
    assert plain.optimal
    assert plain.best is not None
    if plain.best < cutoff:
        assert (cut.feasible, cut.best) == (True, plain.best)
    else:
        assert not cut.feasible or (cut.best is not None and cut.best >= cutoff)


@st.composite
def forcing_programs(draw: st.DrawFn) -> tuple[list[float], list[Row], list[int]]:
    """Small 0/1 programs shaped like the margins': implications, thresholds, covers, zeros."""
    columns = draw(st.integers(2, 8))
    rows = []
    for _ in range(draw(st.integers(0, 7))):
        chosen = draw(st.lists(st.integers(0, columns - 1), min_size=2, max_size=4, unique=True))
        shape = draw(st.sampled_from(["implies", "threshold", "cover", "zero"]))
        head, rest = chosen[0], chosen[1:]
        if shape == "zero":  # a column that cannot be 1
            rows.append(Row((head,), (1.0,), 0.0, 0.0))
        elif shape == "implies":  # x_head <= x_other
            rows.append(Row((head, rest[0]), (1.0, -1.0), -1.0, 0.0))
        elif shape == "threshold":  # k * x_head <= sum(rest)
            k = draw(st.integers(1, len(rest)))
            rows.append(
                Row((head, *rest), (float(k), *([-1.0] * len(rest))), -float(len(rest)), 0.0)
            )
        else:  # at least k of them
            k = draw(st.integers(1, len(chosen)))
            rows.append(Row(tuple(chosen), (1.0,) * len(chosen), float(k), float(len(chosen))))
    costs = [float(draw(st.integers(-2, 3))) for _ in range(columns)]
    fixed = draw(st.lists(st.integers(0, columns - 1), max_size=2, unique=True))
    return costs, rows, fixed


def _activity(row: Row, point: Collection[int]) -> float:
    """The row's value at the 0/1 point whose ones are ``point``."""
    return sum(v for c, v in zip(row.columns, row.values, strict=True) if c in point)


def _brute_force(costs: list[float], rows: list[Row], fixed: list[int]) -> float | None:
    best: float | None = None
    for point in itertools.product((0, 1), repeat=len(costs)):
        if any(point[c] == 0 for c in fixed):
            continue
        ones = {c for c, x in enumerate(point) if x}
        if all(row.low - 1e-9 <= _activity(row, ones) <= row.high + 1e-9 for row in rows):
            value = sum(costs[c] for c in ones)
            best = value if best is None else min(best, value)
    return best


@settings(max_examples=200, deadline=None)
@given(forcing_programs())
@example(  # 2 x0 <= x1 + x2 with x2 = 0: x0 = 1/2 in the relaxation, 0 in integers
    (
        [-2.0, 0.0, 0.0],
        [Row((0, 1, 2), (2.0, -1.0, -1.0), -2.0, 0.0), Row((2,), (1.0,), 0.0, 0.0)],
        [],
    )
)
def test_reduced_programs_keep_their_optimum(
    program: tuple[list[float], list[Row], list[int]],
) -> None:
    """Fixing columns by propagation and dropping idle rows changes neither the integer optimum
    (against every 0/1 point) nor the relaxation's (against HiGHS on the whole program)."""
    costs, rows, fixed = program
    exact = _brute_force(costs, rows, fixed)
    result = solve_binary(costs, rows, fixed)
    assert result.feasible == (exact is not None)
    if exact is None:
        return
    assert result.optimal
    assert result.best == exact
    chosen = set(result.ones)
    assert set(fixed) <= chosen
    assert sum(costs[c] for c in chosen) == exact
    assert all(row.low - 1e-9 <= _activity(row, chosen) <= row.high + 1e-9 for row in rows)
    relaxed = solve_binary(costs, rows, fixed, relaxation_only=True)
    whole = PartRelaxations(costs, rows, [list(fixed)], []).solve(0)
    assert relaxed.bound == whole <= exact
    assert len(relaxed.relaxed) == len(costs)
    assert all(relaxed.relaxed[c] == 1.0 for c in fixed)


@settings(max_examples=150, deadline=None)
@given(
    forcing_programs(), st.lists(st.lists(st.integers(0, 7), max_size=3), min_size=1, max_size=5)
)
@example(  # x3 <= x0 <= x1 and x0 = 0: forcing x3 leaves no solution
    (
        [0.0, 3.0, 0.0, 3.0],
        [
            Row((0, 1), (1.0, -1.0), -1.0, 0.0),
            Row((0,), (1.0,), 0.0, 0.0),
            Row((3, 0), (1.0, -1.0), -1.0, 0.0),
        ],
        [],
    ),
    [[3], []],
)
def test_part_bounds_with_implied_columns_are_proven(
    program: tuple[list[float], list[Row], list[int]], drawn: list[list[int]]
) -> None:
    """Bounds that count the columns a part's forced ones imply (rows ``x_m <= x_c``) and
    relaxations started from another part's basis never exceed a part's own relaxation
    (a part with no solution may get any bound)."""
    costs, rows, base = program
    parts = [sorted({c % len(costs) for c in part}) for part in drawn]
    own = [solve_binary(costs, rows, [*base, *p], relaxation_only=True) for p in parts]
    bounds = [s.bound if s.feasible else math.inf for s in own]
    relaxations = PartRelaxations(costs, rows, parts, base)
    for i in reversed(range(len(parts))):
        assert all(relaxations.lower[j] <= bounds[j] for j in range(len(parts)))
        solved = relaxations.solve(i)
        assert solved == bounds[i] or (bounds[i] == math.inf and solved > len(costs))

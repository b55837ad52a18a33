"""The HiGHS wrapper: exact answers, proven bounds when stopped early, nothing on stdout."""

from __future__ import annotations

import functools
import os

import pytest

import tocgraph
from tests.analysis.test_margins import _shared_toc
from tests.strategies import oracle
from tocgraph.analysis.solver import Row, quiet_stdout, solve_binary


def test_a_small_program_is_solved_exactly() -> None:
    # minimise x0 + x1 + x2 subject to x0 + x1 >= 1 and x1 + x2 >= 1: x1 alone
    rows = [Row((0, 1), (1.0, 1.0), 1.0, 2.0), Row((1, 2), (1.0, 1.0), 1.0, 2.0)]
    result = solve_binary([1.0, 1.0, 1.0], rows)
    assert result.optimal
    assert (result.best, result.ones) == (1, (1,))
    assert solve_binary([1.0, 1.0, 1.0], rows, relaxation_only=True).bound == 1


def test_stopped_early_the_bounds_still_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """No branching and no interrupt checks allowed: bounds, and the oracle lies between them."""
    import tocgraph.analysis.margins as margins

    monkeypatch.setattr(margins, "_SEARCH_BUDGET", 0)
    monkeypatch.setattr(margins, "_HITTING_UPPER", 0)
    monkeypatch.setattr(
        margins, "solve_binary", functools.partial(solve_binary, node_limit=0, check_limit=0)
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

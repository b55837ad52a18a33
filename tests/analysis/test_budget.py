"""Bounded work: hard margins end as proven bounds, and the solver never writes to stdout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.analysis.big_toc import hard_toc_data
from tests.analysis.test_margins import _shared_toc
from tocgraph.analysis.margins import margins_and_criticals
from tocgraph.analysis.support import evaluate_pessimistic
from tocgraph.cli import main
from tocgraph.graph import compile_structure
from tocgraph.schema import ToC


def test_a_hard_toc_ends_with_proven_bounds() -> None:
    """1,600 activities, outputs ``all``, outcomes ``requires: 2``, goal ``requires: 20``.

    This once ran for more than five minutes. Not timed: it must end, and what
    it reports must hold: the upper bound is a real cut, the lower bound is
    below it, exact margins have a cut of their size.
    """
    toc = ToC.model_validate(hard_toc_data(1_600))
    structure = compile_structure(toc)
    alive = evaluate_pessimistic(structure)
    result = margins_and_criticals(structure, alive)
    goal = structure.index["G1"]
    bounds = result.bounds[goal]
    assert bounds is not None
    lower, upper = bounds
    value = result.values[goal]
    assert value is not None
    assert 2 <= lower == value < upper
    for n, margin in enumerate(result.values):
        if margin is None or margin < 2:
            continue
        cut = result.cuts[n]
        bounds = result.bounds[n]
        if cut is not None:
            assert len(cut) == (margin if bounds is None else bounds[1]), structure.ids[n]
            assert not evaluate_pessimistic(structure, frozenset(cut))[n], structure.ids[n]
        if bounds is None:
            continue
        assert bounds[0] <= bounds[1]


def test_check_json_reports_the_bounds(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hard.yaml"
    path.write_text(yaml.safe_dump(hard_toc_data(1_600), sort_keys=False), encoding="utf-8")
    main(["check", str(path), "--json"])
    goal = json.loads(capfd.readouterr().out)["nodes"]["G1"]
    assert goal["margin_exact"] is False
    lower, upper = goal["margin_bounds"]
    assert goal["margin"] == lower < upper
    main(["check", str(path), "--lang", "nl"])
    row = next(line for line in capfd.readouterr().out.splitlines() if "G1 " in line)
    assert f"{lower} tot {upper} (exacte marge niet berekend)" in row
    main(["critical", str(path), "--json"])
    critical = json.loads(capfd.readouterr().out)
    assert critical["goals"]["G1"]["margin_bounds"] == [lower, upper]
    first = critical["ranking"][0]
    assert first["margin_lost_exact"] is False
    assert first["margin_lost"] == first["margin_lost_bounds"][0] == 0
    assert first["margin_lost_bounds"][1] == 1


def test_critical_json_is_json_when_the_solver_runs(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """HiGHS writes to file descriptor 1 itself; none of it may reach stdout (issue 15.6)."""
    import tocgraph.analysis.margins as margins
    import tocgraph.analysis.mincuts as mincuts
    import tocgraph.analysis.solver as solver

    monkeypatch.setattr(margins, "_SEARCH_BUDGET", 0)
    monkeypatch.setattr(margins, "_HITTING_UPPER", 0)
    monkeypatch.setattr(mincuts, "_SEARCH_BUDGET", 0)
    monkeypatch.setattr(mincuts, "_HITTING_MARGIN", 0)
    calls = [0]
    solve = solver.solve_binary

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return solve(*args, **kwargs)

    monkeypatch.setattr(solver, "solve_binary", counted)  # margins import it when needed
    toc = _shared_toc(width=10, depth=4, k=2)
    path = tmp_path / "shared.yaml"
    data = toc.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data["tocgraph"] = 1
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert main(["critical", str(path), "--json"]) == 0
    out = capfd.readouterr().out
    assert out.lstrip().startswith("{")
    assert json.loads(out)["goals"]["G1"]["margin_exact"] is True
    assert calls[0] > 0

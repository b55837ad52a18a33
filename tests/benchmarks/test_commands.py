"""The command benchmark of target 3: its command lines, its table, one tiny run."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
import yaml

from benchmarks import commands
from benchmarks.generate import shared_toc_data


def test_doctests() -> None:
    assert doctest.testmod(commands).failed == 0


@pytest.mark.parametrize("partner", [True, False])
def test_impact_names_activities_and_a_partner_that_exist(partner: bool, tmp_path: Path) -> None:
    data = shared_toc_data(12)
    data["activities"][5]["partner"] = "Org1" if partner else "Org2"
    toc = tmp_path / "t.yaml"
    toc.write_text(yaml.safe_dump(data), encoding="utf-8")
    line = commands.arguments("impact", toc)
    assert line[:6] == ["impact", str(toc), "--stop", "A0", "A1", "A2"]
    assert ("--partner" in line) == partner
    assert line[-1] == "--json"


def test_a_tiny_run_prints_one_row(capsys: pytest.CaptureFixture[str]) -> None:
    commands.main(["--sizes", "12", "--repeat", "1"])
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| 12 ")]
    assert len(rows) == 1
    assert rows[0].count("x") >= 3  # three ratios to check


def test_each_seed_gets_its_own_row(capsys: pytest.CaptureFixture[str]) -> None:
    commands.main(["--sizes", "12", "--seeds", "1", "2", "--repeat", "1"])
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| 12 ")]
    assert [row.split(" |")[0] for row in rows] == ["| 12 activities", "| 12 activities, seed 2"]


def test_each_seed_writes_its_own_graph(tmp_path: Path) -> None:
    files = commands.stress_files(tmp_path, [12], [1, 2])
    assert list(files) == ["12 activities", "12 activities, seed 2"]
    for name, seed in zip(files, [1, 2], strict=True):
        assert yaml.safe_load(files[name].read_text("utf-8")) == shared_toc_data(12, seed)
    assert shared_toc_data(12, 1) != shared_toc_data(12, 2)

"""``tocgraph render``: output paths, formats, atomic writes and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.rendering.conftest import MODELS, TRICKY
from tocgraph.cli import main
from tocgraph.rendering import layout as layout_module
from tocgraph.rendering.layout import Renderer

JONG = str(MODELS / "jong-gelijk.yaml")


@pytest.fixture
def no_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layout_module, "find_renderer", lambda: None)


@pytest.fixture
def failing_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 'dot' that fails: the Python interpreter rejects -Tsvg and exits 2."""
    monkeypatch.setattr(layout_module, "find_renderer", lambda: Renderer("dot", sys.executable))


@pytest.mark.parametrize(("fmt", "start"), [("dot", 'digraph "jong-gelijk"'), ("mmd", "%%{init")])
def test_text_formats_go_to_stdout(capsys, fmt, start) -> None:
    assert main(["render", JONG, "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert out.startswith(start)


def test_format_follows_the_output_suffix(tmp_path, capsys) -> None:
    target = tmp_path / "toc.mmd"
    assert main(["render", JONG, "-o", str(target), "--lang", "nl", "--group", "strategy"]) == 0
    assert "subgraph group_1" in target.read_text(encoding="utf-8")
    assert f"{target} geschreven" in capsys.readouterr().err


def test_scenario_options(tmp_path) -> None:
    target = tmp_path / "toc.dot"
    argv = ["render", JONG, "-o", str(target), "--stop", "A3", "A5", "--partner", "Rutgers"]
    assert main(argv) == 0
    assert (
        "Scenario: partner Rutgers drops out (A1, A2, A3, A4 and A5 stopped)"
        in target.read_text(encoding="utf-8")
    )


def test_mismatched_format_is_a_usage_error(tmp_path, capsys) -> None:
    assert main(["render", JONG, "-o", str(tmp_path / "a.svg"), "--format", "png"]) == 2
    assert "does not match" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["toc.pdf", "toc.jpg", "toc"])
def test_an_output_name_of_no_drawing_format_needs_format(tmp_path, capsys, name) -> None:
    """``-o toc.pdf`` once wrote an SVG under that name; now it asks for --format."""
    target = tmp_path / name
    assert main(["render", JONG, "-o", str(target)]) == 2
    assert "end it in .svg, .png, .dot or .mmd" in capsys.readouterr().err
    assert not target.exists()
    assert main(["render", JONG, "-o", str(target), "--format", "dot"]) == 0
    assert target.read_text(encoding="utf-8").startswith("digraph")


def test_invalid_toc_prints_every_diagnostic(capsys) -> None:
    assert main(["render", "tests/fixtures/invalid.yaml"]) == 2
    err = capsys.readouterr().err
    assert "error[TOC202]" in err
    assert "error[TOC105]" in err


def test_unknown_scenario_is_one_line(capsys) -> None:
    assert main(["render", JONG, "--format", "dot", "--partner", "Rutger"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "did you mean 'Rutgers'?" in err


def test_usage_errors() -> None:
    assert main(["render", JONG, "--direction", "up"]) == 2
    assert main(["render"]) == 2


def test_failed_layout_leaves_the_existing_file_alone(tmp_path, capsys, failing_layout) -> None:
    target = tmp_path / "toc.svg"
    target.write_bytes(b"old picture")
    assert main(["render", JONG, "-o", str(target)]) == 2
    assert target.read_bytes() == b"old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["toc.svg"]  # no temporary left
    assert "dot failed (exit 2)" in capsys.readouterr().err
    assert main(["render", JONG, "-o", str(target), "--lang", "nl"]) == 2
    assert "tocgraph: fout: dot is mislukt (exitcode 2): " in capsys.readouterr().err


def test_without_renderer_the_dot_file_is_written(tmp_path, capsys, no_renderer) -> None:
    target = tmp_path / "toc.svg"
    target.write_bytes(b"old picture")
    assert main(["render", JONG, "-o", str(target)]) == 2
    assert target.read_bytes() == b"old picture"
    assert (tmp_path / "toc.dot").read_text(encoding="utf-8").startswith("digraph")
    err = capsys.readouterr().err
    assert "no layout program found" in err
    assert "pip install graphviz-pure" in err
    assert "toc.dot instead of" in err


def test_without_renderer_to_stdout(capsys, no_renderer) -> None:
    assert main(["render", JONG, "--format", "png", "-o", "-"]) == 2
    assert "no layout program found" in capsys.readouterr().err


def test_unwritable_output(tmp_path, capsys) -> None:
    assert main(["render", JONG, "-o", str(tmp_path / "missing" / "toc.dot")]) == 2
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.exe
def test_svg_goes_to_toc_id_in_the_current_folder(tmp_path, monkeypatch, renderer) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["render", str(TRICKY)]) == 0
    assert Path("tricky-titles.svg").read_bytes().startswith(b"<?xml")


@pytest.mark.exe
def test_png_to_stdout(tmp_path, renderer) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tocgraph", "render", JONG, "--format", "png", "-o", "-"],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"\x89PNG")


def test_a_change_request_that_adds_an_outcome_draws_it(tmp_path, capsys) -> None:
    """Issue 15.10: the Markdown report's diagram crashed with a KeyError on added nodes."""
    request = tmp_path / "cr.yaml"
    request.write_text(
        "tocgraph-change: 1\n"
        f"toc: {Path(os.path.relpath(Path(JONG).resolve(), tmp_path)).as_posix()}\n"
        "title: Nieuwe uitkomst\n"
        "changes:\n"
        "  - add: {id: O9, title: Nieuw, contributes_to: [G1]}\n"
        "    level: outcome\n"
        "    rationale: test\n",
        encoding="utf-8",
    )
    code = main(["change-request", str(request)])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert "class n_O9 outcome_ineffective_changed_added" in out

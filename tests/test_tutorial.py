"""docs/tutorial.md works as written: every command runs, in order, in an empty folder."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tocgraph.cli import main

TUTORIAL = ROOT / "docs" / "tutorial.md"
CONSOLE = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
NO_RENDERER = (
    "the tutorial draws SVG and needs a layout program, and none was found: no 'dot' on the "
    "PATH and no graphviz-pure installed (pip install graphviz-pure, or install Graphviz)"
)


def _steps() -> list[tuple[str, list[str]]]:
    """Each ``$ tocgraph ...`` line with the output lines shown under it."""
    steps: list[tuple[str, list[str]]] = []
    for block in CONSOLE.findall(TUTORIAL.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            else:
                steps[-1][1].append(line)
    return steps


def test_the_tutorial_has_the_five_steps() -> None:
    commands = [command.split()[1] for command, _ in _steps()]
    assert commands[0] == "init"
    for name in ("check", "impact", "render", "change-request"):
        assert name in commands, name


def test_every_tutorial_command_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tocgraph.rendering.layout import find_renderer

    if find_renderer() is None:
        pytest.skip(NO_RENDERER)
    monkeypatch.chdir(tmp_path)
    for command, shown in _steps():
        argv = shlex.split(command)
        assert argv[0] == "tocgraph"
        assert main(argv[1:]) == 0, command
        out = capsys.readouterr().out.splitlines()
        cut = [i for i, line in enumerate(shown) if line.strip() == "..."]
        if cut:
            shown = shown[: cut[0]]
            out = out[: len(shown)]
        if shown:
            assert out == shown, command
        if "-o" in argv:
            written = tmp_path / argv[argv.index("-o") + 1]
            assert written.is_file(), command
            assert written.stat().st_size > 0, command
    assert (tmp_path / "my-alliance" / "report.md").read_text("utf-8").startswith("# ")
    assert (tmp_path / "my-alliance" / "toc.svg").read_text("utf-8").lstrip().startswith("<")
    assert main(["init", "my-alliance"]) == 2, "the tutorial promises init never overwrites"

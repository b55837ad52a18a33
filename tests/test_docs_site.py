"""The documentation site: every page is in the navigation, the CLI reference is complete,
and ``mkdocs build --strict`` passes (when the ``docs`` dependency group is installed)."""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT
from tocgraph.cli import _parser

MKDOCS = ROOT / "mkdocs.yml"
HOOK = ROOT / "scripts" / "mkdocs_cli_reference.py"
NO_MKDOCS = (
    "mkdocs is not installed, so the site is not built here: run "
    "`uv run --group docs mkdocs build --strict` (the docs dependency group)"
)


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mkdocs_cli_reference", HOOK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_page_is_in_the_navigation() -> None:
    nav = set(re.findall(r"^\s+- (?:[^:\n]+: )?(\S+\.md)$", MKDOCS.read_text("utf-8"), re.M))
    pages = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert nav == pages


def test_the_hook_is_registered_and_the_marker_is_on_the_page() -> None:
    assert "scripts/mkdocs_cli_reference.py" in MKDOCS.read_text("utf-8")
    page = (ROOT / "docs" / "reference" / "cli.md").read_text("utf-8")
    assert page.count(_hook().MARKER) == 1


def test_cli_reference_has_the_help_of_every_command() -> None:
    hook = _hook()
    text = hook.on_page_markdown(f"# CLI\n\n{hook.MARKER}\n", page=None)
    assert hook.MARKER not in text
    commands = next(
        a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)
    ).choices
    for name, command in commands.items():
        assert f"## `tocgraph {name}`" in text, name
        assert command.format_usage().split()[2] == name
        assert f"usage: tocgraph {name}" in text, name
        section = text.split(f"## `tocgraph {name}`", 1)[1].split("\n## ", 1)[0]
        assert f"examples:\n  tocgraph {name} " in section, name
    assert "-V, --version" in text


def test_cli_reference_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    hook = _hook()
    monkeypatch.setenv("COLUMNS", "40")
    narrow = hook.cli_reference()
    monkeypatch.setenv("COLUMNS", "200")
    assert hook.cli_reference() == narrow
    assert os.environ["COLUMNS"] == "200", "the hook restores the caller's COLUMNS"


def test_other_pages_are_left_alone() -> None:
    assert _hook().on_page_markdown("# Page\n", page=None) == "# Page\n"


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None, reason=NO_MKDOCS)
def test_site_builds_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    api = (tmp_path / "reference" / "api.html").read_text("utf-8")
    for name in ("tocgraph.loading.load.load", "tocgraph.analysis.assess", "tocgraph.errors"):
        assert f'id="{name}"' in api, name
    cli = (tmp_path / "reference" / "cli.html").read_text("utf-8")
    assert "usage: tocgraph init" in cli

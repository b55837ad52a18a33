"""The CI action: scripts/action_summary.py writes the job summary, and action.yml runs it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "action_summary.py"
ACTION = ROOT / "action.yml"
GOAL_LOST = "tests/fixtures/change-requests/goal-lost.yaml"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("action_summary", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def step_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "step-summary.md"
    path.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(path))
    return path


def test_checks_and_writes_every_report_to_the_summary(step_summary: Path) -> None:
    code = _script().main(
        ["--paths", "models/", "--change-requests", "models/change-requests/", "--strict"]
    )
    assert code == 1, "the bundled models have unclear activities (TOC305), as in the evaluation"
    text = step_summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n"), "the summary is appended to, not replaced"
    assert "## tocgraph check has warnings" in text
    assert "warning[TOC305]" in text
    assert "models/politica.yaml: Alliantie Politica" in text
    for path in sorted((ROOT / "models" / "change-requests").glob("*.yaml")):
        title = next(
            line.split(":", 1)[1].strip()
            for line in path.read_text("utf-8").splitlines()
            if line.startswith("title:")
        )
        assert f"# {title}" in text, path.name
    assert text.count("```mermaid") == len(
        list((ROOT / "models" / "change-requests").glob("*.yaml"))
    )


def test_a_change_that_loses_a_goal_fails_with_its_report(step_summary: Path) -> None:
    code = _script().main(["--change-requests", GOAL_LOST, "--lang", "nl"])
    assert code == 1
    text = step_summary.read_text(encoding="utf-8")
    assert "## Samenvatting" in text
    assert "tocgraph check" not in text, "no paths, no check"


def test_an_invalid_file_fails_and_its_errors_are_in_the_summary(step_summary: Path) -> None:
    code = _script().main(["--paths", "tests/fixtures/invalid.yaml models/politica.yaml"])
    assert code == 2
    text = step_summary.read_text(encoding="utf-8")
    assert "## tocgraph check found invalid files" in text
    assert "tests/fixtures/invalid.yaml:" in text
    assert "error[TOC" in text


def test_warnings_fail_only_when_strict(step_summary: Path) -> None:
    script = _script()
    assert script.main(["--paths", "tests/fixtures/warnings.yaml"]) == 0
    assert script.main(["--paths", "tests/fixtures/warnings.yaml", "--strict"]) == 1
    assert "## tocgraph check has warnings" in step_summary.read_text(encoding="utf-8")


def test_an_unreadable_change_request_is_reported(step_summary: Path) -> None:
    code = _script().main(["--change-requests", "models/politica.yaml"])
    assert code == 2
    text = step_summary.read_text(encoding="utf-8")
    assert "## Change request `models/politica.yaml` could not be read" in text
    assert "TOC008" in text


def test_a_folder_without_change_requests_says_so(step_summary: Path) -> None:
    assert _script().main(["--change-requests", "tests/fixtures/portfolio"]) == 0
    assert "No change requests found." in step_summary.read_text(encoding="utf-8")


def test_without_the_variable_the_summary_goes_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert _script().main(["--paths", "models/jong-gelijk.yaml"]) == 0
    assert "## tocgraph check passed" in capsys.readouterr().out


def test_fences_cannot_be_closed_by_the_text() -> None:
    fenced = _script()._fence("a ```` b")
    assert fenced.startswith("`````text\n")
    assert fenced.endswith("\n`````\n")


def test_action_runs_the_script_with_every_input(tmp_path: Path) -> None:
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    script = "\n".join(str(step.get("env", {})) + step["run"] for step in steps)
    for name in action["inputs"]:
        assert "inputs." + name + " }}" in script, f"input {name} is not used"
    for step in steps:
        assert "${{" not in step["run"], "inputs must reach the shell through env, not text"
    assert "scripts/action_summary.py" in script


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash to run the action's step")
def test_the_action_step_runs_in_bash(tmp_path: Path) -> None:
    """Run the 'Check and report' step as a runner would, without the install step."""
    step = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["runs"]["steps"][1]
    summary = tmp_path / "summary.md"
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "GITHUB_STEP_SUMMARY": str(summary),
        "TOCGRAPH_PATHS": "models/politica.yaml tests/fixtures/warnings.yaml",
        "TOCGRAPH_CHANGE_REQUESTS": "models/change-requests/politica-2025-1.yaml",
        "TOCGRAPH_STRICT": "true",
        "TOCGRAPH_LANG": "nl",
        "TOCGRAPH_SCRIPT": str(SCRIPT),
    }
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr  # the warnings fixture under strict
    text = summary.read_text(encoding="utf-8")
    assert "## tocgraph check heeft waarschuwingen" in text  # TOCGRAPH_LANG=nl
    assert "Wijzigingsverzoek 2025-1" in text


def test_a_file_name_cannot_forge_the_summary_and_dutch_is_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step_summary: Path
) -> None:
    """Found by fuzzing: an unreadable change request's name went raw into a heading, so a
    name with a backtick and line breaks added a link and a heading of its own."""
    shutil.copy(ROOT / "models" / "politica.yaml", tmp_path / "toc.yaml")
    (tmp_path / "crs").mkdir()
    name = "x` [Approved](https:evil.example) `\n\n# All change requests approved\n\n`y.yaml"
    (tmp_path / "crs" / name).write_text("tocgraph-change: 1\ntoc: ../toc.yaml\ntitle: t\n")
    monkeypatch.chdir(tmp_path)
    assert _script().main(["--paths", "toc.yaml", "--change-requests", "crs", "--lang", "nl"]) == 2
    text = step_summary.read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "## tocgraph check geslaagd",
        "## Wijzigingsverzoek `` crs/x` [Approved](https:evil.example) `  # All change requests "
        "approved  `y.yaml `` kon niet worden gelezen",
    ]

"""The command line: golden output for check, exit codes, and usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, golden
from tocgraph.cli import main

GOLDEN = ROOT / "tests" / "golden" / "cli"

CASES = {
    "check-model-en": (["check", "models/worden-wie-je-bent.yaml"], 0),
    "check-model-nl": (["check", "models/worden-wie-je-bent.yaml", "--lang", "nl"], 0),
    "check-model-json": (["check", "models/worden-wie-je-bent.yaml", "--json"], 0),
    "check-warnings-en": (["check", "tests/fixtures/warnings.yaml"], 0),
    "check-warnings-nl": (["check", "tests/fixtures/warnings.yaml", "--lang", "nl"], 0),
    "check-warnings-json": (["check", "tests/fixtures/warnings.yaml", "--json"], 0),
    "check-warnings-strict": (["check", "tests/fixtures/warnings.yaml", "--strict"], 1),
    # issue 10: budgets per partner and per year, in both languages
    "check-budget-en": (["check", "models/politica.yaml"], 0),
    "check-budget-nl": (["check", "models/jong-gelijk.yaml", "--lang", "nl"], 0),
    "check-budget-json": (["check", "models/politica.yaml", "--json"], 0),
    "check-invalid-en": (["check", "tests/fixtures/invalid.yaml"], 2),
    "check-invalid-json": (["check", "tests/fixtures/invalid.yaml", "--json"], 2),
    "check-invalid-nl": (["check", "tests/fixtures/invalid.yaml", "--lang", "nl"], 2),
    "check-invalid-nl-json": (
        ["check", "tests/fixtures/invalid.yaml", "--json", "--lang", "nl"],
        2,
    ),
    "check-several-json": (
        ["check", "tests/fixtures/invalid.yaml", "tests/fixtures/warnings.yaml", "--json"],
        2,
    ),
    "check-change-request-en": (["check", "models/change-requests/politica-2025-1.yaml"], 0),
    "check-change-request-nl": (
        ["check", "models/change-requests/politica-2025-1.yaml", "--lang", "nl"],
        0,
    ),
    "check-change-request-json": (
        ["check", "models/change-requests/politica-2025-1.yaml", "--json"],
        0,
    ),
    "check-goal-lost-en": (["check", "tests/fixtures/change-requests/goal-lost.yaml"], 1),
    "check-goal-lost-json": (
        ["check", "tests/fixtures/change-requests/goal-lost.yaml", "--json"],
        1,
    ),
    "check-toc-changed-en": (["check", "tests/fixtures/change-requests/toc-changed.yaml"], 1),
    "check-toc-changed-nl": (
        ["check", "tests/fixtures/change-requests/toc-changed.yaml", "--lang", "nl"],
        1,
    ),
    "check-policy-en": (["check", "models/policy.yaml"], 0),
    "check-policy-nl": (["check", "models/policy.yaml", "--lang", "nl"], 0),
    "check-policy-json": (["check", "models/policy.yaml", "--json"], 0),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv, code = CASES[case]
    assert main(argv) == code
    out = capsys.readouterr().out
    suffix = ".json" if "--json" in argv else ".txt"
    golden(GOLDEN / f"{case}{suffix}", out)


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "tests/fixtures/warnings.yaml", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"path", "id", "valid", "errors", "warnings", "nodes", "activities"}
    assert data["illustrative"] is False
    assert data["nodes"]["G1"] == {
        "kind": "goal",
        "requires": "any",
        "requires_stated": False,
        "rule": "any 1 of 2",
        "support": "T",
        "verdict": "potentially_effective",
        "margin": 1,
        "margin_exact": True,
        "margin_bounds": None,
        "critical_activities": ["A1"],
        "horizon": None,
        "indicators": [],
        "critical_assumptions": [],
    }
    assert data["as_of"] is None
    assert data["assumptions"] == []
    assert data["activities"] == {
        "total": 4,
        "by_status": {"on_track": 1, "achieved": 1, "stopped": 1, "unclear": 1},
    }
    unclear = [w for w in data["warnings"] if w["code"] == "TOC305"]
    assert unclear == [
        {
            "code": "TOC305",
            "severity": "warning",
            "message": "activity 'A2' has status 'unclear'",
            "hint": unclear[0]["hint"],
            "line": 31,
            "column": 5,
            "node": "A2",
        }
    ]


def test_a_directory_gives_an_array_of_every_kind_of_document(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "models", "models/change-requests", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    assert all(item["valid"] for item in data)
    kinds = {item["path"]: item["kind"] for item in data}
    assert len(kinds) == 13
    assert kinds["models/policy.yaml"] == "policy"
    assert kinds["models/politica.yaml"] == "toc"
    assert kinds["models/change-requests/politica-2025-1.yaml"] == "change-request"


def test_bundled_models_warn_only_about_their_unclear_activities(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """As in the evaluation, some activities' progress is unclear (TOC305); nothing else warns
    but the change of politica-2025-1 left without a rationale on purpose (TOC509).

    So ``check`` passes, and ``--strict`` exits 1 on those seven warnings alone.
    """
    assert main(["check", "models", "models/change-requests"]) == 0
    capsys.readouterr()
    assert main(["check", "--strict", "models", "models/change-requests", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    codes = [w["code"] for item in data for w in item.get("warnings", [])]
    assert codes == ["TOC305"] * 6 + ["TOC509"]


@pytest.mark.parametrize(
    "argv",
    [[], ["nonsense"], ["check"], ["check", "models", "--lang", "de"]],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "no/such.yaml"]) == 2
    assert "error[TOC001]" in capsys.readouterr().out


def test_empty_directory_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path)]) == 2
    assert "no .yaml files" in capsys.readouterr().err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "check" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("tocgraph ")


def test_python_dash_m_and_output_is_deterministic() -> None:
    run = [sys.executable, "-m", "tocgraph", "check", "models", "--json"]
    first = subprocess.run(run, capture_output=True, check=True, cwd=ROOT).stdout
    second = subprocess.run(run, capture_output=True, check=True, cwd=ROOT).stdout
    assert first == second
    assert first.startswith(b"[")


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from tocgraph.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = {'networkx', 'pydantic', 'yaml', 'highspy', 'numpy'} & set(sys.modules)\n"
        "print(sorted(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.strip().endswith("[]")


@pytest.mark.parametrize(
    ("path", "kind", "words"),
    [
        ("models/policy.yaml", "policy", "policy: Subsidieregeling"),
        (
            "models/change-requests/politica-2025-1.yaml",
            "change-request",
            "goals no longer potentially",
        ),
    ],
)
def test_other_documents_are_checked_by_their_header(
    path: str, kind: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", path]) == 0
    assert words in capsys.readouterr().out
    assert main(["check", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == kind


def test_change_request_given_a_toc(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["change-request", "models/politica.yaml"]) == 2
    assert "not a change request" in capsys.readouterr().err


def test_unwritable_output_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["render", "models/politica.yaml", "-o", "/nonexistent/dir/x.svg"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.strip().endswith("the folder /nonexistent/dir does not exist")
    assert ".tmp" not in err


def test_strict_check_of_a_change_request_fails_on_a_change_without_rationale(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The evaluation asks that every change be justified: TOC509, located at the change."""
    assert main(["check", "--strict", "models/change-requests/politica-2025-2.yaml"]) == 0
    assert main(["check", "--strict", "models/change-requests/politica-2025-1.yaml"]) == 1
    out = capsys.readouterr().out
    assert "politica-2025-1.yaml:16:5: warning[TOC509]: change 2 (A7) has no rationale" in out
    assert main(["check", "models/change-requests/politica-2025-1.yaml", "--lang", "nl"]) == 0
    assert "wijziging 2 (A7) heeft geen onderbouwing" in capsys.readouterr().out

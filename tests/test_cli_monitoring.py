"""``check --as-of``: indicators and monitoring warnings, golden in both languages."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, golden
from tocgraph.cli import main

GOLDEN = ROOT / "tests" / "golden" / "monitoring"
FIXTURE = "tests/fixtures/monitoring.yaml"

CASES = {
    "fixture-en": (["check", FIXTURE, "--as-of", "2025-01-31"], 0),
    "fixture-nl": (["check", FIXTURE, "--as-of", "2025-01-31", "--lang", "nl"], 0),
    "fixture-json": (["check", FIXTURE, "--as-of", "2025-01-31", "--json"], 0),
    "fixture-strict": (["check", FIXTURE, "--as-of", "2025-01-31", "--strict"], 1),
    "politica-en": (["check", "models/politica.yaml", "--as-of", "2025-01-31"], 0),
    "politica-nl": (["check", "models/politica.yaml", "--as-of", "2025-01-31", "--lang", "nl"], 0),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv, code = CASES[case]
    assert main(argv) == code
    out = capsys.readouterr().out
    golden(GOLDEN / f"{case}{'.json' if '--json' in argv else '.txt'}", out)


def test_json_indicator(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "models/politica.yaml", "--as-of", "2025-01-31", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2025-01-31"
    assert data["nodes"]["O4"]["horizon"] == "short"
    (indicator,) = data["nodes"]["O4"]["indicators"]
    assert indicator["latest"]["value"] == 320
    assert indicator["progress"] == pytest.approx(320 / 600)


def test_as_of_today_is_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "models/politica.yaml", "--as-of", "today", "--json"]) == 0
    today = json.loads(capsys.readouterr().out)["as_of"]
    assert today is not None
    assert main(["check", "models/politica.yaml", "--as-of", "Vandaag", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["as_of"] == today  # the Dutch word too


def test_a_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", FIXTURE, "--as-of", "2025-02-30"]) == 2
    assert "is not a date; write YYYY-MM-DD" in capsys.readouterr().err


def test_without_as_of_no_activity_is_overdue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", FIXTURE, "--json"]) == 0
    codes = {w["code"] for w in json.loads(capsys.readouterr().out)["warnings"]}
    assert "TOC334" not in codes
    assert "TOC331" in codes

"""The what-if, critical, diff and change-request commands: goldens and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, golden
from tocgraph.cli import main
from tocgraph.version import __version__

GOLDEN = ROOT / "tests" / "golden" / "cli"
WWJB = "models/worden-wie-je-bent.yaml"
CR = "models/change-requests/"

TOC_CHANGED = "tests/fixtures/change-requests/toc-changed.yaml"
POLICY = "models/policy.yaml"
CASES = {
    "impact-partner-en": (["impact", WWJB, "--partner", "VHTO"], 0),
    "impact-stop-nl": (["impact", "models/politica.yaml", "--stop", "A3", "A7", "--lang", "nl"], 0),
    "impact-json": (
        [
            "impact",
            "models/politica.yaml",
            "--partner",
            "Stem op een Vrouw",
            "--stop",
            "A3",
            "--json",
        ],
        0,
    ),
    "critical-en": (["critical", "tests/fixtures/warnings.yaml"], 0),
    "critical-nl": (["critical", "models/politica.yaml", "--lang", "nl"], 0),
    "critical-json": (["critical", WWJB, "--json"], 0),
    "diff-en": (["diff", WWJB, "tests/fixtures/worden-wie-je-bent-v2.yaml"], 0),
    "diff-nl": (["diff", WWJB, "tests/fixtures/worden-wie-je-bent-v2.yaml", "--lang", "nl"], 0),
    "diff-json": (["diff", WWJB, "tests/fixtures/worden-wie-je-bent-v2.yaml", "--json"], 0),
    "diff-same": (["diff", WWJB, WWJB], 0),
    "cr-wwjb-en": (["change-request", CR + "worden-wie-je-bent-2025-1.yaml"], 0),
    "cr-wwjb-nl": (["change-request", CR + "worden-wie-je-bent-2025-1.yaml", "--lang", "nl"], 0),
    "cr-wwjb-json": (
        ["change-request", CR + "worden-wie-je-bent-2025-1.yaml", "--format", "json"],
        0,
    ),
    "cr-act4respect-nl": (
        [
            "change-request",
            CR + "act4respect-unlimited-2024-2.yaml",
            "--lang",
            "nl",
            "--no-diagram",
        ],
        0,
    ),
    "cr-politica-en": (["change-request", CR + "politica-2025-1.yaml", "--no-diagram"], 0),
    "cr-politica-nl": (
        ["change-request", CR + "politica-2025-1.yaml", "--no-diagram", "--lang", "nl"],
        0,
    ),
    # issue 10: money moved between partners, freed and added; triage by the bundled policy
    "cr-money-en": (
        ["change-request", CR + "politica-2025-2.yaml", "--no-diagram", "--policy", POLICY],
        0,
    ),
    "cr-money-nl": (
        [
            "change-request",
            CR + "politica-2025-2.yaml",
            "--no-diagram",
            "--policy",
            POLICY,
            "--lang",
            "nl",
        ],
        0,
    ),
    "cr-money-json": (
        ["change-request", CR + "politica-2025-2.yaml", "--policy", POLICY, "--format", "json"],
        0,
    ),
    "cr-goal-lost-en": (["change-request", "tests/fixtures/change-requests/goal-lost.yaml"], 1),
    "cr-goal-lost-nl": (
        [
            "change-request",
            "tests/fixtures/change-requests/goal-lost.yaml",
            "--lang",
            "nl",
            "--no-diagram",
        ],
        1,
    ),
    # issue 9: six activities stopped, the goal rewritten, requires all -> any, O4 removed
    "cr-toc-changed-en": (["change-request", TOC_CHANGED, "--no-diagram"], 1),
    "cr-toc-changed-nl": (["change-request", TOC_CHANGED, "--no-diagram", "--lang", "nl"], 1),
    "cr-toc-changed-json": (["change-request", TOC_CHANGED, "--format", "json"], 1),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv, code = CASES[case]
    assert main(argv) == code
    # the version lives in one place (the package metadata), not in golden files
    out = capsys.readouterr().out.replace(f"tocgraph {__version__} ", "tocgraph VERSION ")
    suffix = (
        ".json"
        if "--json" in argv or "json" in argv
        else (".md" if argv[0] == "change-request" else ".txt")
    )
    golden(GOLDEN / f"{case}{suffix}", out)


@pytest.mark.parametrize(
    "argv",
    [
        ["impact", WWJB],
        ["impact", WWJB, "--stop", "A99"],
        ["impact", WWJB, "--stop", "O1"],
        ["impact", WWJB, "--partner", "Nobody"],
        ["impact", "tests/fixtures/invalid.yaml", "--stop", "A1"],
        ["critical", "tests/fixtures/invalid.yaml"],
        ["diff", WWJB, "tests/fixtures/invalid.yaml"],
        ["change-request", "no/such.yaml"],
        ["change-request", WWJB],
    ],
)
def test_bad_input_exits_2_without_traceback(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip()


def test_change_request_writes_a_file_atomically(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "wijziging.md"
    out.write_text("old", encoding="utf-8")
    argv = ["change-request", CR + "politica-2025-1.yaml", "--lang", "nl", "-o", str(out)]
    assert main(argv) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Wijzigingsverzoek 2025-1\n")
    assert "```mermaid" in text
    assert list(tmp_path.iterdir()) == [out]
    assert main(argv) == 0
    assert out.read_text(encoding="utf-8") == text
    assert "geschreven" in capsys.readouterr().err  # --lang nl: the message is Dutch too


def test_impact_json_matches_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    import tocgraph

    assert main(["impact", WWJB, "--stop", "A3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    result = tocgraph.impact(tocgraph.load(WWJB), stop=["A3"])
    assert data["stopped"] == list(result.stopped)
    assert [c["id"] for c in data["changes"]] == [c.id for c in result.changes]


@pytest.mark.parametrize(
    "argv",
    [
        ["change-request", CR + "worden-wie-je-bent-2025-1.yaml", "--lang", "nl"],
        ["portfolio", "models", "--json", "--partner", "COC Nederland"],
        ["critical", "models/politica.yaml", "--json"],
        ["render", WWJB, "--format", "dot", "--partner", "VHTO"],
    ],
)
def test_output_is_the_same_bytes_in_fresh_processes(argv: list[str]) -> None:
    import os
    import subprocess
    import sys

    runs = [
        subprocess.run(
            [sys.executable, "-m", "tocgraph", *argv],
            capture_output=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1]
    assert runs[0]


def test_impact_without_a_scenario_says_so_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["impact", "models/politica.yaml", "--lang", "nl"]) == 2
    assert "noem activiteiten met --stop" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "scenario: geen activiteit stopgezet; al stopgezet vóór het scenario: A9"),
        ("en", "scenario: no activity stopped; already stopped before the scenario: A9"),
    ],
)
def test_stopping_an_activity_already_stopped_says_so(
    lang: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["impact", "models/politica.yaml", "--stop", "A9", "--lang", lang]) == 0
    assert line in capsys.readouterr().out


DIFF_OLD = """tocgraph: 1
id: d
name: Old name
lead: P1
partners: [P1, P2]
period: {start: 2023-01-01, end: 2027-12-31}
subsidy_ceiling_eur: 100000
goals:
  - id: G1
    title: Doel
    indicators: [{id: G1.1, title: Bereik, kind: qualitative}]
outcomes:
  - {id: O1, title: Uitkomst, horizon: medium, contributes_to: [G1]}
activities:
  - {id: A1, title: Act, partner: P2, budget_eur: 200000, start: 2023-06-01,
     contributes_to: [O1]}
assumptions:
  - {id: S1, text: Aanname, status: holds, evidence: [{source: Monitor 2022, strength: weak}]}
"""
DIFF_NEW = (
    DIFF_OLD.replace("Old name", "New name")
    .replace("2023-01-01, end: 2027", "2024-01-01, end: 2028")
    .replace("100000", "150000")
    .replace("    indicators: [{id: G1.1, title: Bereik, kind: qualitative}]\n", "")
    .replace("horizon: medium", "horizon: long")
    .replace("budget_eur: 200000, start: 2023-06-01", "budget_eur: {2024: 150000, 2025: 150000}")
    .replace("Monitor 2022", "Monitor 2024")
)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "  name: Old name -> New name",
                "  period: 2023-01-01 to 2027-12-31 -> 2024-01-01 to 2028-12-31",
                "  subsidy ceiling: EUR 100,000 -> EUR 150,000",
                "  A1: budget: EUR 200,000 -> EUR 300,000 (2024: 150,000; 2025: 150,000)",
                "  A1: start: 2023-06-01 -> -",
                "  G1: indicators: G1.1 -> -",
                "  O1: horizon: medium term -> long term",
                "  S1: sources: Monitor 2022 -> Monitor 2024",
            ],
        ),
        (
            "nl",
            [
                "  naam: Old name -> New name",
                "  periode: 2023-01-01 t/m 2027-12-31 -> 2024-01-01 t/m 2028-12-31",
                "  subsidieplafond: € 100.000 -> € 150.000",
                "  A1: begroting: € 200.000 -> € 300.000 (2024: 150.000; 2025: 150.000)",
                "  A1: begin: 2023-06-01 -> -",
                "  G1: indicatoren: G1.1 -> -",
                "  O1: termijn: middellange termijn -> lange termijn",
                "  S1: bronnen: Monitor 2022 -> Monitor 2024",
            ],
        ),
    ],
)
def test_diff_says_every_field_in_words(
    lang: str, expected: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: dict reprs, English field names in Dutch, and 'sources: 1 -> 1'."""
    (tmp_path / "old.yaml").write_text(DIFF_OLD, "utf-8")
    (tmp_path / "new.yaml").write_text(DIFF_NEW, "utf-8")
    main(["diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--lang", lang])
    lines = capsys.readouterr().out.splitlines()
    for line in expected:
        assert line in lines
    assert not [line for line in lines if "{" in line or "[" in line]


def test_diff_of_one_invalid_file_named_twice_says_its_errors_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.yaml").write_text("tocgraph: 1\nid: t\ngoals: []\n", "utf-8")
    bad = str(tmp_path / "bad.yaml")
    assert main(["diff", bad, bad]) == 2
    assert capsys.readouterr().err.count("error[TOC102]") == 1
    (tmp_path / "other.yaml").write_text("tocgraph: 1\nid: t\ngoals: []\n", "utf-8")
    assert main(["diff", bad, str(tmp_path / "other.yaml")]) == 2  # two files: both reported
    assert capsys.readouterr().err.count("error[TOC102]") == 2


def test_diff_names_its_tocs_and_says_when_one_is_illustrative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.yaml"
    real.write_text(
        (ROOT / "models" / "politica.yaml")
        .read_text(encoding="utf-8")
        .replace("illustrative: true", "illustrative: false"),
        encoding="utf-8",
    )
    assert main(["diff", str(real), str(real)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Alliantie Politica (politica)"
    assert "ILLUSTRATIVE" not in out
    assert main(["diff", str(real), "models/politica.yaml", "--lang", "nl"]) == 0
    assert "ILLUSTRATIEVE GEGEVENS: 1 van de 2 ToC-bestanden" in capsys.readouterr().out
    assert main(["diff", str(real), "models/politica.yaml", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["illustrative"] is True


def test_a_partner_with_nothing_running_is_said_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    toc = tmp_path / "p.yaml"
    toc.write_text(
        "tocgraph: 1\nid: p\npartners: [P1, P2]\ngoals: [{id: G1, title: g, requires: any}]\n"
        "activities:\n"
        "  - {id: A1, title: a, partner: P1, status: stopped, contributes_to: [G1]}\n"
        "  - {id: A2, title: b, partner: P2, status: on_track, contributes_to: [G1]}\n",
        encoding="utf-8",
    )
    assert main(["impact", str(toc), "--partner", "P1"]) == 0
    assert "partner P1 drops out (none of its activities runs)" in capsys.readouterr().out
    assert main(["impact", str(toc), "--partner", "P1", "--lang", "nl"]) == 0
    assert "uitval van P1 (geen van haar activiteiten loopt)" in capsys.readouterr().out

"""``tocgraph portfolio``: golden output on the bundled models, exit codes, invalid input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MODELS, ROOT, golden
from tocgraph.cli import main

GOLDEN = ROOT / "tests" / "golden" / "portfolio"
FIXTURE = "tests/fixtures/portfolio"

CASES = {
    "models-en": (["portfolio", "models"], 0),
    "models-nl": (["portfolio", "models", "--lang", "nl"], 0),
    "models-json": (["portfolio", "models", "--json"], 0),
    "models-partner-en": (["portfolio", "models", "--partner", "COC Nederland"], 0),
    "models-partner-nl": (["portfolio", "models", "--partner", "COC Nederland", "--lang", "nl"], 0),
    "models-partner-json": (["portfolio", "models", "--partner", "COC Nederland", "--json"], 0),
    "findings-en": (["portfolio", FIXTURE, "--partner", "Gedeeld Netwerk"], 0),
    "findings-nl": (["portfolio", FIXTURE, "--partner", "Gedeeld Netwerk", "--lang", "nl"], 0),
    "findings-json": (["portfolio", FIXTURE, "--partner", "Gedeeld Netwerk", "--json"], 0),
    "findings-strict": (["portfolio", FIXTURE, "--strict"], 1),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv, code = CASES[case]
    assert main([*argv, "--as-of", "2025-01-31"]) == code  # monitoring coverage depends on it
    captured = capsys.readouterr()
    assert captured.err == ""
    suffix = ".json" if "--json" in argv else ".txt"
    golden(GOLDEN / f"{case}{suffix}", captured.out)


def test_json_is_deterministic_and_in_a_fixed_key_order(capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for _ in range(2):
        assert main(["portfolio", "models", "--partner", "Rutgers", "--json"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    data = json.loads(outputs[0])
    assert list(data) == [
        "illustrative",
        "alliances",
        "as_of",
        "total",
        "organisations",
        "policy",
        "scenario",
        "findings",
    ]
    assert data["total"]["subsidy_ceiling_eur"] == 46_714_031
    assert data["total"]["alliances"] == 8
    assert data["scenario"]["partners"] == ["Rutgers"]


def test_strict_findings_are_located_in_the_policy_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["portfolio", FIXTURE, "--json", "--strict"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["path"], f["line"], f["node"]) for f in findings] == [
        (f"{FIXTURE}/policy.yaml", 10, "health"),
        (f"{FIXTURE}/policy.yaml", 11, "media"),
    ]


def _portfolio_dir(tmp_path: Path, *, policy: bool = True) -> Path:
    folder = tmp_path / "alliances"
    folder.mkdir()
    for name in ("alpha.yaml", "beta.yaml", *(["policy.yaml"] if policy else [])):
        shutil.copy(ROOT / FIXTURE / name, folder / name)
    return folder


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_without_a_policy_file_coverage_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _portfolio_dir(tmp_path, policy=False)
    code, out, _ = _run(["portfolio", str(folder), "--strict"], capsys)
    assert code == 0
    assert "No policy file" in out
    assert "Findings" not in out
    code, out, _ = _run(["portfolio", str(folder), "--policy", f"{FIXTURE}/policy.yaml"], capsys)
    assert (code, "Findings: 2" in out) == (0, True)


def test_an_invalid_toc_in_the_directory_stops_the_portfolio(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _portfolio_dir(tmp_path)
    shutil.copy(ROOT / "tests" / "fixtures" / "invalid.yaml", folder / "gamma.yaml")
    code, out, err = _run(["portfolio", str(folder)], capsys)
    assert (code, out) == (2, "")
    assert f"{folder / 'gamma.yaml'}:" in err
    assert "error[TOC" in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tocgraph-policy: 1\nid: p\naims: []\n", "error[TOC102]: aims: a policy needs"),
        ("tocgraph-policy: 3\nid: p\n", "error[TOC104]"),
        ("tocgraph: 1\nid: p\ngoals: [{id: G1, title: g}]\n", "not a policy file"),
    ],
)
def test_an_invalid_policy_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    folder = _portfolio_dir(tmp_path, policy=False)
    policy = tmp_path / "policy.yaml"
    policy.write_text(text, encoding="utf-8")
    code, out, err = _run(["portfolio", str(folder), "--policy", str(policy)], capsys)
    assert (code, out) == (2, "")
    assert f"{policy}:" in err
    assert expected in err


def test_a_missing_policy_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["portfolio", "models", "--policy", str(tmp_path / "no.yaml")], capsys)
    assert code == 2
    assert "error[TOC001]: no such file" in err


def test_unknown_policy_ids_are_located_at_their_goal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _portfolio_dir(tmp_path)
    beta = folder / "beta.yaml"
    beta.write_text(beta.read_text("utf-8").replace("[gender-equality]", "[gender-equalty]"))
    code, out, err = _run(["portfolio", str(folder)], capsys)
    assert (code, out) == (2, "")
    assert f"{beta}:9:5: error[TOC402]: goal 'G1' of 'beta' serves unknown policy id" in err
    assert "did you mean 'gender-equality'?" in err


def test_two_files_with_one_id_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _portfolio_dir(tmp_path)
    shutil.copy(folder / "alpha.yaml", folder / "alpha-copy.yaml")
    code, _, err = _run(["portfolio", str(folder)], capsys)
    assert code == 2
    assert "error[TOC403]: the ToC id 'alpha'" in err
    assert "has the same id" in err


def test_an_unknown_partner_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["portfolio", "models", "--partner", "Rutger"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("tocgraph: error: no activity in any alliance has partner 'Rutger'")
    assert "did you mean 'Rutgers'?" in err


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("models/jong-gelijk.yaml", "error[TOC001]: not a directory"),
        ("no-such-dir", "error[TOC001]: not a directory"),
        ("docs/img", "error[TOC001]: no .yaml files found"),
    ],
)
def test_a_wrong_directory_exits_2(
    where: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["portfolio", where], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"{where}: {message}")


def test_invalid_input_gives_no_traceback(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_bytes(b"tocgraph-policy: 1\nid: \xff\n")
    result = subprocess.run(
        [sys.executable, "-m", "tocgraph", "portfolio", str(MODELS), "--policy", str(policy)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "error[TOC003]" in result.stderr


@pytest.mark.parametrize("day", ["0001-01-01", "0001-12-31", "9999-12-31"])
def test_the_first_and_last_days_are_dates_like_any(
    day: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: --as-of in year 1 was an internal error (a year before it is year 0)."""
    assert main(["portfolio", "models", "--as-of", day, "--json"]) == 0
    assert capsys.readouterr().err == ""


def test_the_folder_s_one_policy_file_is_used_by_any_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: a policy file not named policy.yaml was passed over without a word."""
    shutil.copy(MODELS / "politica.yaml", tmp_path / "politica.yaml")
    shutil.copy(MODELS / "policy.yaml", tmp_path / "beleid.yaml")
    assert main(["portfolio", str(tmp_path)]) == 0
    assert "Policy: Subsidieregeling gender- en LHBTI+-gelijkheid" in capsys.readouterr().out
    shutil.copy(MODELS / "policy.yaml", tmp_path / "beleid-2.yaml")
    assert main(["portfolio", str(tmp_path), "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert "de map bevat meer dan één beleidsbestand: beleid-2.yaml, beleid.yaml" in err
    assert main(["portfolio", str(tmp_path), "--policy", str(tmp_path / "beleid.yaml")]) == 0


def test_a_partner_written_otherwise_in_another_alliance_is_a_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "alliances"
    folder.mkdir()
    for name in ("verandering-van-binnenuit.yaml", "worden-wie-je-bent.yaml"):
        text = (MODELS / name).read_text(encoding="utf-8")
        if name.startswith("worden"):  # the later alliance by id writes it otherwise
            text = text.replace("Movisie", "MOVISIE")  # in its partners list too
        (folder / name).write_text(text, encoding="utf-8")
    code, out, _ = _run(["portfolio", str(folder), "--strict"], capsys)  # no policy file
    assert code == 1
    assert "Findings: 1" in out
    assert "Organisations in several alliances: none" in out  # Movisie was the one shared
    (line,) = [x for x in out.splitlines() if "TOC405" in x]
    lines = (folder / "worden-wie-je-bent.yaml").read_text(encoding="utf-8").splitlines()
    at = next(i for i, x in enumerate(lines) if "partner: MOVISIE" in x)
    row = max(i for i in range(at) if lines[i].startswith("  - id: ")) + 1  # its activity
    assert line.startswith(f"{folder / 'worden-wie-je-bent.yaml'}:{row}:5: warning[TOC405]")
    assert "'Movisie' of verandering-van-binnenuit is written 'MOVISIE'" in line
    code, out, _ = _run(["portfolio", str(folder), "--json", "--lang", "nl"], capsys)
    (finding,) = json.loads(out)["findings"]
    assert (code, finding["code"], finding["node"]) == (0, "TOC405", "A3")
    assert "het portfolio telt twee organisaties" in finding["message"]
    code, out, _ = _run(["portfolio", str(folder), "--lang", "nl"], capsys)
    assert "waarschuwing[TOC405]" in out
    assert "Bevindingen: 1" in out

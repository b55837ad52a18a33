"""``-`` reads standard input wherever a command reads a file, with ``<stdin>`` locations."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tocgraph.cli import main

MODEL = ROOT / "models" / "politica.yaml"
INVALID = ROOT / "tests" / "fixtures" / "invalid.yaml"
CHANGE = ROOT / "models" / "change-requests" / "politica-2025-1.yaml"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes | Path) -> None:
    raw = data.read_bytes() if isinstance(data, Path) else data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{}"],
        ["check", "{}", "--json"],
        ["impact", "{}", "--stop", "A1", "A2"],
        ["critical", "{}", "--lang", "nl"],
        ["render", "{}", "--format", "mmd"],
        ["render", "{}", "--format", "dot", "--stop", "A1"],
        ["diff", "{}", str(ROOT / "models" / "jong-gelijk.yaml")],
        ["diff", str(ROOT / "models" / "jong-gelijk.yaml"), "{}", "--json"],
    ],
)
def test_stdin_gives_what_the_file_gives(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from_file = [str(MODEL) if a == "{}" else a for a in argv]
    code = main(from_file)
    expected = capsys.readouterr().out.replace(str(MODEL), "<stdin>")
    _stdin(monkeypatch, MODEL)
    assert main(["-" if a == "{}" else a for a in argv]) == code == 0
    assert capsys.readouterr().out == expected


def test_errors_in_stdin_are_located_in_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, INVALID)
    assert main(["check", "-"]) == 2
    out = capsys.readouterr().out
    assert out.startswith("<stdin>: invalid\n")
    assert "<stdin>:10:22: error[TOC202]" in out
    _stdin(monkeypatch, INVALID)
    assert main(["render", "-", "--format", "dot"]) == 2
    assert "<stdin>:10:22: error[TOC202]" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"tocgraph: 1\n\x00", "TOC003"), (b"\xff\xfe", "TOC003"), (b"- a\n- b\n", "TOC008")],
)
def test_bad_bytes_on_stdin(
    data: bytes, code: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, data)
    assert main(["check", "-", "--json"]) == 2
    result = json.loads(capsys.readouterr().out)
    assert result["path"] == "<stdin>"
    assert [e["code"] for e in result["errors"]] == [code]


def test_stdin_is_named_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "-", "-"]) == 2
    assert "only once" in capsys.readouterr().err
    assert main(["diff", "-", "-"]) == 2
    assert "only once" in capsys.readouterr().err


def test_a_change_request_on_stdin_resolves_its_toc_from_the_current_folder(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(CHANGE.parent)  # toc: ../politica.yaml
    _stdin(monkeypatch, CHANGE)
    assert main(["change-request", "-", "--format", "json"]) == 2
    assert "TOC508" in capsys.readouterr().err  # outside the current folder
    _stdin(monkeypatch, CHANGE)
    assert main(["change-request", "-", "--format", "json", "--root", ".."]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["source"], report["toc_id"]) == ("<stdin>", "politica")
    _stdin(monkeypatch, CHANGE)
    assert main(["check", "-", "--json", "--root", ".."]) == 0
    checked = json.loads(capsys.readouterr().out)
    assert (checked["kind"], checked["review"]["toc_id"]) == ("change-request", "politica")
    monkeypatch.chdir(tmp_path)  # from here, ../politica.yaml does not exist
    _stdin(monkeypatch, CHANGE)
    assert main(["change-request", "-", "--root", ".."]) == 2
    assert "<stdin>:6:6: error[TOC506]" in capsys.readouterr().err


def test_a_policy_on_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, ROOT / "models" / "policy.yaml")
    assert main(["check", "-"]) == 0
    assert capsys.readouterr().out.startswith("<stdin>: policy: ")


def test_a_real_pipe() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tocgraph", "check", "-", "--json"],
        input=MODEL.read_bytes(),
        capture_output=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "politica"


def test_portfolio_reads_its_policy_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, ROOT / "models" / "policy.yaml")
    assert main(["portfolio", "models", "--policy", "-", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["policy"]["id"] == "gender-lhbti-2022-2027"
    assert report["total"]["alliances"] == 8


def test_a_bad_policy_on_stdin_is_located(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "policy.yaml"
    bad.write_text("tocgraph-policy: 1\nid: p\naims: [{id: a}]\n", encoding="utf-8")
    _stdin(monkeypatch, bad)
    assert main(["portfolio", "models", "--policy", "-"]) == 2
    assert "<stdin>:3:" in capsys.readouterr().err

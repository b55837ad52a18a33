"""A file marked ``illustrative: true`` carries a visible notice in every output made from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tocgraph.cli import main

EN = "ILLUSTRATIVE DATA"
NL = "ILLUSTRATIEVE GEGEVENS"
TOC = "models/worden-wie-je-bent.yaml"
CHANGE = "models/change-requests/worden-wie-je-bent-2025-1.yaml"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize(
    ("argv", "notice"),
    [
        (["check", TOC], EN),
        (["check", TOC, "--lang", "nl"], NL),
        (["check", CHANGE], EN),
        (["impact", TOC, "--stop", "A1"], EN),
        (["impact", TOC, "--stop", "A1", "--lang", "nl"], NL),
        (["critical", TOC], EN),
        (["portfolio", "models"], EN),
        (["portfolio", "models", "--lang", "nl"], NL),
        (["render", TOC, "--format", "dot", "-o", "-"], EN),
        (["render", TOC, "--format", "mmd", "-o", "-", "--lang", "nl"], NL),
        (["change-request", CHANGE, "-o", "-"], EN),
        (["change-request", CHANGE, "-o", "-", "--lang", "nl"], NL),
        (["change-request", CHANGE, "-o", "-", "--format", "html"], EN),
        (["report", TOC, "-o", "-", "--no-diagram"], EN),
        (["export", TOC, "--to", "graphml", "-o", "-"], EN),
        (["export", TOC, "--to", "gexf", "-o", "-"], EN),
        (["export", TOC, "--to", "kumu", "-o", "-"], '"illustrative": true'),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else v,
)
def test_every_output_carries_the_notice(
    argv: list[str], notice: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(argv)
    assert notice in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["check", TOC, "--json"],
        ["check", CHANGE, "--json"],
        ["portfolio", "models", "--json"],
        ["change-request", CHANGE, "-o", "-", "--format", "json"],
        ["critical", TOC, "--json"],
        ["impact", TOC, "--stop", "A1", "--json"],
        ["diff", TOC, TOC, "--json"],
    ],
    ids=" ".join,
)
def test_json_says_illustrative(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    main(argv)
    assert json.loads(capsys.readouterr().out)["illustrative"] is True


def test_a_file_without_the_mark_has_no_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / TOC).read_text("utf-8").replace("illustrative: true", "illustrative: false")
    path = tmp_path / "real.yaml"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path)])
    main(["check", str(path), "--json"])
    main(["critical", str(path), "--json"])
    main(["impact", str(path), "--stop", "A1", "--json"])
    out = capsys.readouterr().out
    assert out.count('"illustrative": false') == 3
    assert EN not in out
    assert '"illustrative": false' in out

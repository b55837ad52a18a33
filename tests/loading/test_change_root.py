"""A change request's ``toc:`` stays inside its root, and a non-ToC baseline is not quoted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import tocgraph
from tests.conftest import ROOT
from tocgraph.cli import main

HEAD = "tocgraph-change: 1\ntitle: T\nchanges: [{stop: A2}]\n"
SECRET = "password: hunter2-secret\napi_key: sk-0123456789\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with the model, a change-request folder and a secret outside it."""
    root = tmp_path / "project"
    (root / "crs").mkdir(parents=True)
    model = ROOT / "models" / "worden-wie-je-bent.yaml"
    (root / model.name).write_bytes(model.read_bytes())
    (tmp_path / "secret.yaml").write_text(SECRET, encoding="utf-8")
    return root


def _problems(project: Path, toc: str) -> tuple[tocgraph.Diagnostic, ...]:
    path = project / "crs" / "cr.yaml"
    path.write_text(f"toc: {toc}\n" + HEAD, encoding="utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load_change_request(path, root=project)
    return info.value.diagnostics


def test_a_relative_path_inside_the_root_loads(project: Path) -> None:
    path = project / "crs" / "cr.yaml"
    path.write_text("toc: ../worden-wie-je-bent.yaml\n" + HEAD, encoding="utf-8")
    document = tocgraph.load_change_request(path, root=project)
    stopped = document.result.node("A2")
    assert isinstance(stopped, tocgraph.Activity)
    assert stopped.status is tocgraph.Status.STOPPED


@pytest.mark.parametrize(
    ("toc", "words"),
    [
        ("/etc/passwd", "is absolute"),
        ("../../secret.yaml", "resolves outside"),
        ('"../worden\\0.yaml"', "NUL"),
    ],
)
def test_paths_out_of_the_root_are_toc508(project: Path, toc: str, words: str) -> None:
    (problem,) = _problems(project, toc)
    assert (problem.code, problem.line, problem.column) == ("TOC508", 1, 6)
    assert words in problem.message
    assert not any(char in problem.message for char in "\n\x00")


def test_a_symlink_out_of_the_root_is_toc508(project: Path) -> None:
    (project / "link.yaml").symlink_to(project.parent / "secret.yaml")
    (problem,) = _problems(project, "../link.yaml")
    assert problem.code == "TOC508"


def test_a_link_that_loops_is_named_as_such(project: Path) -> None:
    """Found by fuzzing: a loop of links was said to resolve outside the folder."""
    (project / "loop1.yaml").symlink_to(project / "loop2.yaml")
    (project / "loop2.yaml").symlink_to(project / "loop1.yaml")
    (problem,) = _problems(project, "../loop1.yaml")
    assert problem.code == "TOC508"
    assert problem.message.endswith("'../loop1.yaml' is a link that leads back to itself")


def test_a_baseline_that_is_not_a_toc_is_not_quoted(project: Path) -> None:
    (project / "secret.yaml").write_text(SECRET, encoding="utf-8")
    problems = _problems(project, "../secret.yaml")
    assert [p.code for p in problems] == ["TOC506"]
    text = "\n".join(p.format() for p in problems)
    assert not any(secret in text for secret in ("hunter2", "api_key", "password"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_baseline_is_refused(project: Path) -> None:
    os.mkfifo(project / "pipe.yaml")
    problems = _problems(project, "../pipe.yaml")
    assert {p.code for p in problems} == {"TOC001", "TOC506"}


def test_the_cli_root_option(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / "crs" / "cr.yaml"
    path.write_text("toc: ../worden-wie-je-bent.yaml\n" + HEAD, encoding="utf-8")
    monkeypatch.chdir(project / "crs")  # the default root is the current folder
    assert main(["change-request", str(path), "--format", "json"]) == 2
    assert "TOC508" in capsys.readouterr().err
    assert main(["change-request", str(path), "--format", "json", "--root", ".."]) == 0


def test_file_names_with_control_characters_stay_on_one_line(project: Path) -> None:
    problems = _problems(project, '"../worden\\nX.yaml"')
    assert {p.code for p in problems} == {"TOC001", "TOC506"}
    for problem in problems:
        assert "\n" not in problem.format().split("\n  hint:")[0]
        assert "\n" not in (problem.hint or "")


def test_run_from_the_requests_folder_the_hint_names_the_root_to_give(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project / "crs")
    path = Path("cr.yaml")
    path.write_text("toc: ../worden-wie-je-bent.yaml\n" + HEAD, encoding="utf-8")
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load_change_request(path)
    (problem,) = info.value.diagnostics
    assert "add --root .. (root= in Python), or run tocgraph" in (problem.hint or "")
    assert tocgraph.load_change_request(path, root="..").baseline.toc.id == "worden-wie-je-bent"
    path.write_text("toc: ../../secret.yaml\n" + HEAD, encoding="utf-8")  # two up: no such hint
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load_change_request(path)
    (problem,) = info.value.diagnostics
    assert "to widen it" in (problem.hint or "")

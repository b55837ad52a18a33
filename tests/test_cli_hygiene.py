"""Command-line hygiene: no output over an input, clear usage errors, no tracebacks."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tocgraph.cli import main

MODEL = ROOT / "models" / "worden-wie-je-bent.yaml"
REQUEST = ROOT / "models" / "change-requests" / "worden-wie-je-bent-2025-1.yaml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with p.yaml, change-requests/cr.yaml (toc: ../p.yaml) and sub/."""
    shutil.copy(MODEL, tmp_path / "p.yaml")
    (tmp_path / "change-requests").mkdir()
    text = REQUEST.read_text(encoding="utf-8").replace(
        "toc: ../worden-wie-je-bent.yaml", "toc: ../p.yaml"
    )
    assert "toc: ../p.yaml" in text
    (tmp_path / "change-requests" / "cr.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.yaml").symlink_to("p.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "argv",
    [
        ["render", "p.yaml", "-o", "p.yaml", "--format", "dot"],
        ["render", "p.yaml", "-o", "sub/../p.yaml", "--format", "dot"],
        ["render", "p.yaml", "-o", "./p.yaml", "--format", "svg"],
        ["render", "link.yaml", "-o", "p.yaml", "--format", "mmd"],
        ["render", "p.yaml", "-o", "link.yaml", "--format", "dot"],
        ["change-request", "change-requests/cr.yaml", "-o", "change-requests/cr.yaml"],
        ["change-request", "change-requests/cr.yaml", "-o", "p.yaml"],
        ["change-request", "change-requests/cr.yaml", "-o", "sub/../link.yaml"],
        ["change-request", "change-requests/cr.yaml", "-o", "change-requests/../p.yaml"],
    ],
)
def test_an_output_equal_to_an_input_is_refused(
    project: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(project)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"the output {argv[-1] if argv[-2] == '-o' else argv[3]} is the input" in err
    assert "choose another output file" in err
    assert _snapshot(project) == before


def test_change_request_still_writes_to_another_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["change-request", "change-requests/cr.yaml", "-o", "report.md"]) == 0
    assert (project / "report.md").read_text(encoding="utf-8").startswith("# ")
    assert "wrote report.md" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["render", "p.yaml", "-o", ""], "the output path is empty"),
        (["change-request", "change-requests/cr.yaml", "-o", ""], "the output path is empty"),
        (["render", "p.yaml", "-o", "sub/"], "the output sub/ is a folder"),
        (["render", "p.yaml", "-o", "sub", "--format", "dot"], "the output sub is a folder"),
        (["render", "p.yaml", "-o", "nowhere/x.dot"], "nowhere does not exist"),
        (["check", ""], "the path is empty"),
        (["check", "p.yaml", ""], "the path is empty"),
        (["render", ""], "the path is empty"),
        (["impact", "", "--stop", "A1"], "the path is empty"),
        (["diff", "p.yaml", ""], "the path is empty"),
        (["portfolio", ""], "the path is empty"),
        (["init", ""], "the path is empty"),
    ],
)
def test_empty_and_folder_paths_are_usage_errors(
    project: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(project)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Device or resource busy" not in err
    assert _snapshot(project) == before


def test_an_unknown_option_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--bogus"]) == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --bogus" in err
    assert "required" not in err


def test_no_command_is_reported_by_main(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "no command given" in err
    assert "required" not in err


def test_an_unknown_command_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bogus"]) == 2
    assert "invalid choice: 'bogus'" in capsys.readouterr().err


def test_dev_null_and_dev_full_stay_devices(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", "p.yaml", "-o", "/dev/null", "--format", "dot"]) == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    if os.path.exists("/dev/full"):
        assert main(["render", "p.yaml", "-o", "/dev/full", "--format", "dot"]) == 2
        assert "No space left on device" in capsys.readouterr().err
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_dev_stdout_is_written_not_replaced(project: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tocgraph",
            "render",
            "p.yaml",
            "-o",
            "/dev/stdout",
            "--format",
            "dot",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("digraph")
    assert "Traceback" not in done.stderr


def test_a_symlinked_output_writes_its_target(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "out.dot").symlink_to("sub/real.dot")
    assert main(["render", "p.yaml", "-o", "out.dot"]) == 0
    assert (project / "out.dot").is_symlink()
    assert (project / "sub" / "real.dot").read_text(encoding="utf-8").startswith("digraph")


def test_library_errors_become_messages(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tocgraph.errors import TocGraphError

    def boom(*_: object, **__: object) -> None:
        raise TocGraphError("something the library refused")

    monkeypatch.setattr("tocgraph.analysis.criticality", boom)
    assert main(["critical", "models/worden-wie-je-bent.yaml"]) == 2
    assert capsys.readouterr().err == "tocgraph: error: something the library refused\n"


def test_keyboard_interrupt_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("tocgraph.analysis.criticality", interrupted)
    assert main(["critical", "models/worden-wie-je-bent.yaml"]) == 130
    assert "interrupted" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        # a page larger than the pipe's buffer: the reader left before the command finished
        (["report", str(MODEL), "-o", "-"], 141),
        # flushed after the command: its own code stands, 0, 1 or 2 (found by fuzzing: a
        # closed pipe made an invalid file exit 0, and a `set -o pipefail` gate pass)
        (["check", str(MODEL)], 0),
        (["check", str(ROOT / "tests" / "fixtures" / "warnings.yaml"), "--strict"], 1),
        (["check", str(ROOT / "tests" / "fixtures" / "invalid.yaml")], 2),
    ],
)
def test_a_closed_pipe_is_a_quiet_exit(command: list[str], expected: int) -> None:
    argv = [sys.executable, "-m", "tocgraph", *command]
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment
    ) as reader:
        assert reader.stdout is not None
        assert reader.stderr is not None
        reader.stdout.close()  # closed before tocgraph writes: its write meets a broken pipe
        err = reader.stderr.read().decode()
        code = reader.wait(timeout=60)
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err
    assert code == expected


def _program(argv: list[str], stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run(
        [sys.executable, "-m", "tocgraph", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        env=environment,
    )


def test_closed_standard_streams_are_said_or_borne() -> None:
    """Found by fuzzing: ``>&-`` gave "internal error: AttributeError", and with both
    streams closed an exit 1 that means findings."""
    script = (
        "import os, sys; os.close(1); sys.stdout = None\n"
        "from tocgraph.cli.process import run\n"
        f"sys.argv = ['tocgraph', 'check', {str(MODEL)!r}]\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr == "tocgraph: error: cannot write to standard output: Bad file descriptor\n"
    writes_a_file = script.replace("'check', ", "'render', ").replace(
        f"{str(MODEL)!r}]", f"{str(MODEL)!r}, '--format', 'dot', '-o', os.devnull]"
    )
    done = subprocess.run([sys.executable, "-c", writes_a_file], capture_output=True, text=True)
    assert done.returncode == 0  # nothing for standard output: no error
    both = script.replace("sys.stdout = None", "os.close(2); sys.stdout = sys.stderr = None")
    done = subprocess.run([sys.executable, "-c", both], capture_output=True, text=True)
    assert done.returncode == 2  # said nowhere, but not 1 (findings) or 0


def test_help_and_version_that_cannot_be_written_are_errors() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    for argv in (["--version"], ["check", "--help"]):
        with open("/dev/full", "w") as full:
            done = _program(argv, stdout=full)
        assert done.returncode == 2, argv
        assert "cannot write to standard output: No space left on device" in done.stderr


def test_ctrl_c_before_the_command_began_is_one_line() -> None:
    script = (
        "import sys, tocgraph.cli as cli\n"
        "def interrupted(*_): raise KeyboardInterrupt\n"
        "cli._parser = interrupted\n"
        "sys.argv = ['tocgraph', 'check', 'x.yaml']\n"
        "cli.run()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 130
    assert done.stderr == "tocgraph: error: interrupted\n"


def test_a_bug_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def bug(*_: object, **__: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.delenv("TOCGRAPH_DEBUG", raising=False)
    monkeypatch.setattr("tocgraph.analysis.criticality", bug)
    assert main(["critical", "models/worden-wie-je-bent.yaml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tocgraph: error: internal error: ZeroDivisionError: division by zero")
    assert err.count("\n") == 1


def test_tocgraph_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def bug(*_: object, **__: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setenv("TOCGRAPH_DEBUG", "1")
    monkeypatch.setattr("tocgraph.analysis.criticality", bug)
    with pytest.raises(ZeroDivisionError):
        main(["critical", "models/worden-wie-je-bent.yaml"])


def test_a_fifo_as_input_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "toc.yaml"
    os.mkfifo(fifo)
    with subprocess.Popen(
        [sys.executable, "-m", "tocgraph", "check", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    ) as process:
        try:
            out, err = process.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            pytest.fail("check of a FIFO still blocks after 5 s")
    assert process.returncode == 2
    assert b"Traceback" not in err
    assert b"TOC001" in out  # check reports a file's errors in its report


@pytest.mark.parametrize("command", ["render", "critical", "impact"])
def test_a_too_long_path_is_a_located_error(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [command, "x" * 5000, "--stop", "A1"] if command == "impact" else [command, "x" * 5000]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "internal error" not in err
    assert "TOC001" in err


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["render", str(MODEL), "--format", "dot", "-o", "-"], 0),
        (["check", str(ROOT / "tests" / "fixtures" / "warnings.yaml"), "--strict"], 1),
        (["check", "no-such-file.yaml"], 2),
    ],
)
def test_the_program_ends_with_the_code_and_every_byte(
    argv: list[str], code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m tocgraph`` skips the interpreter's teardown (``cli.run``) but loses nothing."""
    assert main(argv) == code
    expected = capsys.readouterr()
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = subprocess.run(  # buffered, as outside a test: what is unflushed would be lost
        [sys.executable, "-m", "tocgraph", *argv],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert done.returncode == code
    assert done.stdout == expected.out
    assert done.stderr == expected.err
    assert done.stdout or done.stderr


@pytest.mark.parametrize("unbuffered", ["1", ""])
def test_output_cut_short_by_the_system_is_an_error(unbuffered: str, tmp_path: Path) -> None:
    """Found by fuzzing: on a full disk, unbuffered (``PYTHONUNBUFFERED``, common in
    containers), a report was cut to 20,480 bytes with exit 0 and no word."""
    import resource

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_480, 20_480))

    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        environment["PYTHONUNBUFFERED"] = unbuffered
    page = tmp_path / "page.html"
    politica = str(ROOT / "models" / "politica.yaml")
    with page.open("w") as out:
        done = subprocess.run(
            [sys.executable, "-m", "tocgraph", "report", politica, "-o", "-"],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            env=environment,
            preexec_fn=small_files,  # a limit for the child alone
        )
    assert done.returncode == 2
    assert done.stderr == "tocgraph: error: cannot write to standard output: File too large\n"
    assert page.stat().st_size <= 20_480


def test_json_is_the_same_escaped_text_on_stdout_and_in_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: portfolio --json printed U+202E raw, and change-request JSON
    differed between -o - and -o FILE."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pf").mkdir()
    (tmp_path / "pf" / "t.yaml").write_text(
        "tocgraph: 1\nid: bidi\npartners: ['abc\\u202eevil']\ngoals:\n  - {id: G1, title: g}\n"
        "activities:\n  - {id: A1, title: a, partner: 'abc\\u202eevil', contributes_to: [G1]}\n",
        encoding="utf-8",
    )
    (tmp_path / "cr.yaml").write_text(
        "tocgraph-change: 1\ntoc: pf/t.yaml\ntitle: t\ndate: 2025-01-01\n"
        "changes:\n  - stop: A1\n    rationale: 'r\\u202eR'\n",
        encoding="utf-8",
    )
    for argv in (
        ["portfolio", "pf", "--json", "--as-of", "2025-01-01"],
        ["change-request", "cr.yaml", "--format", "json"],
    ):
        assert main([*argv, "-o", "-"]) in (0, 1)  # 1: the stop costs G1 its support
        shown = capsys.readouterr().out
        assert "\u202e" not in shown
        assert "\\u202e" in shown
        assert main([*argv, "-o", "out.json"]) in (0, 1)
        assert (tmp_path / "out.json").read_text("utf-8") == shown


def test_the_wrote_line_shows_a_line_break_in_the_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: a name with a line break printed a second, forged, line."""
    name = str(tmp_path / "a\ntocgraph: error: forged.mmd")
    assert main(["render", str(MODEL), "--format", "mmd", "-o", name]) == 0
    said = capsys.readouterr().err
    assert said.count("\n") == 1
    assert "a\\x0atocgraph: error: forged.mmd" in said


def test_a_profiler_still_writes_its_report(tmp_path: Path) -> None:
    """The program skips the interpreter's teardown, but not under a profiler (or coverage)."""
    report = tmp_path / "check.prof"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cProfile",
            "-o",
            str(report),
            "-m",
            "tocgraph",
            "check",
            str(MODEL),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert report.stat().st_size > 0

"""tocgraph.output: outputs never replace an input, devices and links are written, not replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

import tocgraph
from tocgraph.cli import main
from tocgraph.errors import OutputError, TocGraphError
from tocgraph.output import refuse_inputs, write_atomic, write_output, write_outputs


def test_output_error_is_a_tocgraph_error_and_exported() -> None:
    assert issubclass(OutputError, TocGraphError)
    assert tocgraph.OutputError is OutputError
    assert tocgraph.write_output is write_output


def test_writes_text_as_utf8(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    assert write_output(target, "é\n") == target
    assert target.read_bytes() == "é\n".encode()


def test_writes_bytes_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    write_output(tmp_path / "out.png", b"\x89PNG")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]


@pytest.mark.parametrize(
    "spelling",
    ["toc.yaml", "./toc.yaml", "sub/../toc.yaml", "link.yaml", "hard.yaml", "linked-dir/toc.yaml"],
)
def test_an_output_that_is_an_input_is_refused(tmp_path: Path, spelling: str) -> None:
    toc = tmp_path / "toc.yaml"
    toc.write_text("tocgraph: 1\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.yaml").symlink_to("toc.yaml")
    os.link(toc, tmp_path / "hard.yaml")
    (tmp_path / "linked-dir").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(OutputError, match="is the input") as caught:
        write_output(tmp_path / spelling, "overwritten", inputs=["-", str(toc)])
    assert str(tmp_path / spelling) in str(caught.value)
    assert str(toc) in str(caught.value)
    assert toc.read_text(encoding="utf-8") == "tocgraph: 1\n"


def test_refuse_inputs_allows_other_files(tmp_path: Path) -> None:
    toc = tmp_path / "toc.yaml"
    toc.write_text("x", encoding="utf-8")
    refuse_inputs(tmp_path / "toc.md", [toc])
    refuse_inputs(tmp_path / "new.yaml", [toc, tmp_path / "missing.yaml"])


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("", "the output path is empty"),
        ("dir/", "is a folder"),
        ("dir", "is a folder"),
        ("missing/out.md", "the folder .*missing does not exist"),
        ("bad\0name", "NUL"),
    ],
)
def test_bad_paths_are_clear_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dir").mkdir()
    with pytest.raises(OutputError, match=message):
        write_output(path, "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir"]


def test_wrong_argument_types_name_the_parameter() -> None:
    with pytest.raises(TypeError, match="path must be"):
        write_output(3, "x")  # type: ignore[arg-type]


@pytest.mark.parametrize("as_given", [str, Path, lambda name: [name], lambda name: (name,)])
def test_one_input_path_is_one_path(tmp_path: Path, as_given: Any) -> None:
    """``inputs="toc.yaml"`` was read as eight one-letter names, and the input overwritten."""
    toc = tmp_path / "toc.yaml"
    toc.write_text("tocgraph: 1\n", encoding="utf-8")
    with pytest.raises(OutputError, match="is the input"):
        write_output(toc, "oops", inputs=as_given(str(toc)))
    assert toc.read_text(encoding="utf-8") == "tocgraph: 1\n"


@pytest.mark.parametrize("inputs", [5, [5], [None]])
def test_inputs_that_are_no_paths_are_a_type_error(tmp_path: Path, inputs: Any) -> None:
    with pytest.raises(TypeError, match="inputs must"):
        write_output(tmp_path / "out.txt", "x", inputs=inputs)
    assert not (tmp_path / "out.txt").exists()


def test_a_dash_is_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    """As for the command line's ``-o -``; a file named ``-`` is ``./-``."""
    monkeypatch.chdir(tmp_path)
    assert write_output("-", "hallo\n") == Path("-")
    assert capfdbinary.readouterr().out == b"hallo\n"
    assert not (tmp_path / "-").exists()
    write_output("./-", b"file")
    assert (tmp_path / "-").read_bytes() == b"file"


def test_dev_null_stays_a_device() -> None:
    write_output("/dev/null", "nothing")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_dev_full_is_a_clean_error() -> None:
    with pytest.raises(OutputError, match="cannot write /dev/full: No space left on device"):
        write_output("/dev/full", "x" * 10_000)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_fifo_is_written_directly(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_output(fifo, "through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "report.md"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "report.md"
    link.symlink_to(target)
    write_output(link, "new")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["report.md"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "report.md"
    link.symlink_to("made.md")
    write_output(link, "new")
    assert link.is_symlink()
    assert (tmp_path / "made.md").read_text(encoding="utf-8") == "new"


def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write_output(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == "new"


def test_a_new_file_is_readable_by_all(tmp_path: Path) -> None:
    target = write_atomic(tmp_path / "new.md", "x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")

    def broken(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OutputError, match="No space left on device"):
        write_output(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


@pytest.mark.skipif(not os.path.isdir("/dev/shm"), reason="no /dev/shm on this system")
def test_dev_shm_files_are_regular_and_atomic() -> None:
    target = Path("/dev/shm") / f"tocgraph-test-{os.getpid()}.md"
    try:
        target.write_text("old", encoding="utf-8")
        inode = target.stat().st_ino
        write_output(target, "new")
        assert target.read_text(encoding="utf-8") == "new"
        assert target.stat().st_ino != inode  # replaced by a rename, not rewritten in place
    finally:
        target.unlink(missing_ok=True)


def test_a_regular_file_is_replaced_not_rewritten(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    inode = target.stat().st_ino
    write_output(target, "new")
    assert target.stat().st_ino != inode


def test_several_files_are_written_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while writing the third file leaves the first two as they were."""
    for name in ("a.csv", "b.csv", "c.csv"):
        (tmp_path / name).write_text("old\n", encoding="utf-8")
    calls = 0
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    files = [(tmp_path / n, "new\n") for n in ("a.csv", "b.csv", "c.csv")]
    with pytest.raises(OutputError, match=r"cannot write .*c\.csv"):
        write_outputs(files)
    assert {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()} == {
        "a.csv": "old\n",
        "b.csv": "old\n",
        "c.csv": "old\n",
    }
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert [p.name for p in write_outputs(files)] == ["a.csv", "b.csv", "c.csv"]
    assert {p.read_text(encoding="utf-8") for p in tmp_path.iterdir()} == {"new\n"}


def test_several_files_refuse_an_input_before_writing_any(tmp_path: Path) -> None:
    source = tmp_path / "toc.yaml"
    source.write_text("tocgraph: 1\n", encoding="utf-8")
    with pytest.raises(OutputError, match="is the input"):
        write_outputs([(tmp_path / "a.csv", "a"), (source, "b")], inputs=[source])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["toc.yaml"]


def test_export_to_csv_writes_no_file_when_one_cannot_be_written(tmp_path: Path) -> None:
    """Found by fuzzing: toc.csv and nodes.csv were written, then links.csv failed."""
    out = tmp_path / "out"
    (out / "links.csv").mkdir(parents=True)
    assert main(["export", "models/politica.yaml", "--to", "csv", "-o", str(out)]) == 2
    assert [p.name for p in out.iterdir()] == ["links.csv"]

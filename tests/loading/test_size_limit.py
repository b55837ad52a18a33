"""The size limit on documents: 5 MB by default, ``max_bytes=`` in the library, ``--max-bytes``."""

from __future__ import annotations

from pathlib import Path

import pytest

import tocgraph
from tocgraph.cli import main
from tocgraph.errors import InvalidToCError
from tocgraph.loading.yamlsource import MAX_BYTES, byte_limit, size_limit

VALID = "tocgraph: 1\nid: x\ngoals: [{id: G1, title: T}]\n"


def padded(size: int) -> str:
    """A valid ToC of exactly ``size`` bytes (a comment fills it up)."""
    return VALID + "#" * (size - len(VALID) - 1) + "\n"


def codes(exc: pytest.ExceptionInfo[InvalidToCError]) -> list[str]:
    return [d.code for d in exc.value.diagnostics]


def test_the_default_is_5_mb() -> None:
    assert MAX_BYTES == byte_limit() == 5 * 1024 * 1024


def test_the_library_parameter_raises_and_lowers_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "toc.yaml"
    path.write_text(padded(MAX_BYTES + 10), encoding="utf-8")
    with pytest.raises(InvalidToCError) as exc:
        tocgraph.load(path)
    assert codes(exc) == ["TOC002"]
    assert "the file is 5,242,890 bytes; the limit is 5,242,880 bytes" in str(exc.value)
    assert tocgraph.load(path, max_bytes=MAX_BYTES + 10).id == "x"
    with pytest.raises(InvalidToCError) as exc:
        tocgraph.loads(VALID, max_bytes=10)
    assert codes(exc) == ["TOC002"]


def test_size_limit_sets_the_default_and_an_explicit_parameter_wins(tmp_path: Path) -> None:
    path = tmp_path / "toc.yaml"
    path.write_text(padded(1000), encoding="utf-8")
    with size_limit(999):
        assert byte_limit() == 999
        with pytest.raises(InvalidToCError):
            tocgraph.load(path)
        assert tocgraph.load(path, max_bytes=1000).id == "x"
    assert byte_limit() == MAX_BYTES
    assert tocgraph.load(path).id == "x"
    with pytest.raises(ValueError, match="at least 1"), size_limit(0):
        pass  # pragma: no cover


@pytest.mark.parametrize("size", [1000, MAX_BYTES + 1])
def test_check_takes_max_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], size: int
) -> None:
    path = tmp_path / "toc.yaml"
    path.write_text(padded(size), encoding="utf-8")
    assert main(["check", str(path), "--max-bytes", str(size - 1)]) == 2
    assert "TOC002" in capsys.readouterr().out
    assert main(["check", str(path), "--max-bytes", str(size)]) == 0
    assert byte_limit() == MAX_BYTES  # the command leaves the default as it was


def test_the_limit_reaches_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    text = padded(500).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert main(["check", "-", "--max-bytes", "499"]) == 2
    assert "TOC002" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["0", "-5", "many", "1.5"])
def test_a_bad_limit_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "models/jong-gelijk.yaml", "--max-bytes", value]) == 2
    assert "--max-bytes" in capsys.readouterr().err


def test_commands_that_read_yaml_take_max_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    readers = [
        "check",
        "impact",
        "critical",
        "diff",
        "change-request",
        "render",
        "report",
        "portfolio",
        "export",
        "status-update",
    ]
    for command in readers:
        assert main([command, "--help"]) == 0
        assert "--max-bytes" in capsys.readouterr().out, command
    for command in ["init", "schema", "import"]:
        assert main([command, "--help"]) == 0
        assert "--max-bytes" not in capsys.readouterr().out, command


@pytest.mark.parametrize("limit", [str(2**63 - 1), str(2**63 - 2), "100_000_000_000"])
def test_a_huge_limit_reads_what_there_is(
    limit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by fuzzing: OverflowError and MemoryError, from reading limit + 1 bytes at once."""
    import io
    import sys

    path = tmp_path / "toc.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert main(["check", str(path), "--max-bytes", limit]) == 0
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(VALID.encode())))
    assert main(["check", "-", "--max-bytes", limit]) == 0


def test_standard_input_over_the_limit_is_not_given_a_size(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only limit + 1 bytes are read: the message cannot name the whole size."""
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(padded(5000).encode())))
    assert main(["check", "-", "--max-bytes", "1000"]) == 2
    out = capsys.readouterr().out
    assert "error[TOC002]: the input is larger than the limit of 1,000 bytes" in out
    assert "1,001" not in out

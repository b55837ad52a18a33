"""``-`` is standard input, read with the same checks as a file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tocgraph.errors import InvalidToCError
from tocgraph.use_cases.inputs import is_stdin, load_input, read_input


def test_a_file_and_stdin_give_the_same_toc() -> None:
    path = ROOT / "models" / "politica.yaml"
    from_file = load_input(path)
    from_stdin = load_input("-", io.BytesIO(path.read_bytes()))
    assert from_stdin.toc == from_file.toc
    assert (from_file.source, from_stdin.source) == (str(path), "<stdin>")


def test_a_file_named_dash_is_a_file(tmp_path: Path) -> None:
    assert not is_stdin(Path("-"))
    with pytest.raises(InvalidToCError) as info:
        read_input(Path("-"))
    assert info.value.diagnostics[0].code == "TOC001"


@pytest.mark.parametrize(
    ("data", "code", "where"),
    [
        (b"tocgraph: 1\n\x00", "TOC003", "<stdin>:2:1"),
        (b"tocgraph: 1\ntitle: \xff\n", "TOC003", "<stdin>:2:8"),
        (b"x" * (5 * 1024 * 1024 + 1), "TOC002", "<stdin>"),
    ],
)
def test_bad_input_is_located_in_stdin(data: bytes, code: str, where: str) -> None:
    with pytest.raises(InvalidToCError) as info:
        read_input("-", io.BytesIO(data))
    (problem,) = info.value.diagnostics
    assert (problem.code, problem.location()) == (code, where)


def test_a_bom_is_dropped() -> None:
    assert read_input("-", io.BytesIO(b"\xef\xbb\xbftocgraph: 1\n")) == ("tocgraph: 1\n", "<stdin>")

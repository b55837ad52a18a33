"""write_output under kill -9 and under concurrent writers: never a truncated or mixed file."""

from __future__ import annotations

import fnmatch
import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tocgraph.output import TEMPORARY_PATTERN

SIZE = 4_000_000  # big enough that a write takes a while, small enough to stay quick

WRITER = f"""
import sys
from tocgraph.output import write_output
target, byte, rounds = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3])
payload = byte * {SIZE}
print("ready", flush=True)
sys.stdin.readline()  # wait for 'go', so concurrent writers start together
for index in range(rounds):
    write_output(target, payload if index % 2 == 0 else payload.lower())
"""


def _writer(target: Path, byte: str, rounds: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target), byte, str(rounds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == b"ready\n"
    return process


def _go(process: subprocess.Popen[bytes]) -> None:
    assert process.stdin is not None
    process.stdin.write(b"go\n")
    process.stdin.flush()


def _strays(folder: Path, name: str) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name != name]


def test_sigkill_during_writes_leaves_old_or_new_file(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    old = b"O" * SIZE
    target.write_bytes(old)
    complete = {old, b"N" * SIZE, b"n" * SIZE}
    chance = random.Random(15)
    pattern = TEMPORARY_PATTERN.format(name=target.name)
    interrupted = 0
    for _ in range(30):
        process = _writer(target, "N", 1_000)
        _go(process)
        time.sleep(chance.uniform(0.0, 0.15))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.close()
        process.stdout.close()
        assert target.read_bytes() in complete, "a kill -9 left a truncated or mixed file"
        strays = _strays(tmp_path, target.name)
        assert all(fnmatch.fnmatch(name, pattern) for name in strays), strays
        assert len(strays) <= 1  # at most the one write that was interrupted
        interrupted += len(strays)
        for name in strays:
            (tmp_path / name).unlink()
    assert interrupted > 0, "no kill landed inside a write: the test proved nothing"


def test_concurrent_writers_leave_one_complete_file(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    letters = "ABCDEFGHIJKLMNOP"
    writers = [_writer(target, letter, 3) for letter in letters]
    for process in writers:
        _go(process)
    for process in writers:
        assert process.wait(timeout=120) == 0
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.close()
        process.stdout.close()
    content = target.read_bytes()
    assert content in {(letter * SIZE).encode() for letter in letters + letters.lower()}
    assert _strays(tmp_path, target.name) == []


def _root_conftest() -> object:
    spec = importlib.util.spec_from_file_location("root_conftest", ROOT / "conftest.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_input_guard_sees_a_changed_file(tmp_path: Path) -> None:
    guard = _root_conftest()
    (tmp_path / "models").mkdir()
    toc = tmp_path / "models" / "toc.yaml"
    toc.write_text("tocgraph: 1\n", encoding="utf-8")
    guard.ROOT = tmp_path  # type: ignore[attr-defined]
    before = guard.hash_files([tmp_path / "models"])  # type: ignore[attr-defined]
    assert guard.changed_files(before, before) == []  # type: ignore[attr-defined]
    toc.write_text("tocgraph: 1\nid: x\n", encoding="utf-8")
    (tmp_path / "models" / "new.yaml").write_text("", encoding="utf-8")
    after = guard.hash_files([tmp_path / "models"])  # type: ignore[attr-defined]
    assert guard.changed_files(before, after) == ["models/new.yaml", "models/toc.yaml"]  # type: ignore[attr-defined]


@pytest.mark.skipif(os.name != "posix", reason="kill -9 and /dev are POSIX")
def test_guarded_folders_exist() -> None:
    guard = _root_conftest()
    assert all(folder.is_dir() for folder in guard.guarded_folders())  # type: ignore[attr-defined]

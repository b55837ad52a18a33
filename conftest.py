"""Doctests run from the repository root; every input file is checked unchanged after the session.

The guard hashes every file under the folders in :data:`GUARDED` when the test session
starts and again when it ends; a test (or a command it runs) that writes into the bundled
models, the test fixtures, the golden files or the templates fails the whole run, naming
the files. ``TOCGRAPH_REGENERATE=1`` rewrites golden files on purpose, so it leaves those
out.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
GUARDED = (
    "models",
    "tests/fixtures",
    "tests/rendering/cases",
    "tocgraph/templates",
    "tests/golden",
    "tests/rendering/golden",
    "docs",
)
_REGENERATED = ("tests/golden", "tests/rendering/golden", "tests/rendering/cases")
_HASHES = pytest.StashKey[dict[str, str]]()


def guarded_folders() -> list[Path]:
    """The folders whose files must be byte-identical after the tests."""
    names = GUARDED
    if os.environ.get("TOCGRAPH_REGENERATE") == "1":
        names = tuple(name for name in GUARDED if name not in _REGENERATED)
    return [ROOT / name for name in names]


def hash_files(folders: list[Path]) -> dict[str, str]:
    """SHA-256 of every file under ``folders``, by path relative to the repository."""
    hashes = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                hashes[path.relative_to(ROOT).as_posix()] = digest
    return hashes


def changed_files(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Files added, removed or changed between two :func:`hash_files` results."""
    return sorted(
        name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
    )


def pytest_sessionstart(session: pytest.Session) -> None:
    session.stash[_HASHES] = hash_files(guarded_folders())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.stash.get(_HASHES, None)
    if before is None:
        return
    changed = changed_files(before, hash_files(guarded_folders()))
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = "input files changed during the tests: " + ", ".join(changed)
        if reporter is not None:
            reporter.write_line(message, red=True, bold=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def _doctest_cwd(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)

"""The pre-commit hook, for real: ``pre-commit try-repo`` and ``pre-commit run`` on a
throwaway git repository. pre-commit installs tocgraph into its own environment from this
source tree and its dependencies from the package registry (once per test session, about
a minute)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tocgraph.cli import main

pytestmark = [
    pytest.mark.skipif(
        importlib.util.find_spec("pre_commit") is None,
        reason="pre-commit is not installed, so the hook is NOT tested: install the dev "
        "dependency group (uv sync) to run these tests",
    ),
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git to test the hook"),
]

FIXED_DATE = {
    "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z",
    "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z",
}


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        **FIXED_DATE,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    result = subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This source tree, as it is on disk, committed into a throwaway repository."""
    snapshot = tmp_path_factory.mktemp("hook-repo")
    listed = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    _git(snapshot, "init", "-q")
    _git(snapshot, "add", "-A")
    _git(snapshot, "commit", "-q", "-m", "snapshot")
    return snapshot, _git(snapshot, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def user_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An alliance's repository: a ToC from ``init``, a change request, a policy file and
    an unrelated YAML file, none of which the hook may refuse."""
    repo = tmp_path / "alliance"
    repo.mkdir()
    _git(repo, "init", "-q")
    monkeypatch.chdir(repo)
    assert main(["init", "toc"]) == 0
    shutil.copyfile(ROOT / "models" / "policy.yaml", repo / "toc" / "policy.yaml")
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "ci.yml").write_text("on: push\n", encoding="utf-8")
    return repo


def _pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    _git(repo, "add", "-A")
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=repo,
        env={**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"},
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def test_hook_definition() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "tocgraph"
    assert hook["entry"] == "tocgraph check"
    assert hook["language"] == "python"


def test_every_kind_of_file_is_checked_and_other_yaml_is_not_passed(
    hook_repo: tuple[Path, str], pre_commit_home: Path, user_repo: Path
) -> None:
    snapshot, _ = hook_repo
    result = _pre_commit(
        user_repo, pre_commit_home, "try-repo", str(snapshot), "tocgraph", "--all-files", "-v"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    output = result.stdout.split("- hook id: tocgraph", 1)[1]
    assert "toc/toc.yaml: Example alliance" in output
    assert "toc/change-requests/example.yaml: change request 'Example change" in output
    assert "toc/policy.yaml: policy: " in output
    assert "ci.yml" not in output


def test_a_change_request_that_costs_a_goal_fails(
    hook_repo: tuple[Path, str], pre_commit_home: Path, user_repo: Path
) -> None:
    snapshot, _ = hook_repo
    stops = "".join(f"  - {{stop: A{n}, rationale: ended}}\n" for n in range(1, 5))
    (user_repo / "toc" / "change-requests" / "all-stop.yaml").write_text(
        f"tocgraph-change: 1\ntoc: ../toc.yaml\ntitle: All stop\nchanges:\n{stops}",
        encoding="utf-8",
    )
    result = _pre_commit(
        user_repo, pre_commit_home, "try-repo", str(snapshot), "tocgraph", "--all-files"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "goals no longer potentially effective: G1" in result.stdout


def test_a_bad_file_fails_with_its_located_error(
    hook_repo: tuple[Path, str], pre_commit_home: Path, user_repo: Path
) -> None:
    snapshot, _ = hook_repo
    shutil.copyfile(ROOT / "tests" / "fixtures" / "invalid.yaml", user_repo / "toc" / "bad.yaml")
    result = _pre_commit(
        user_repo, pre_commit_home, "try-repo", str(snapshot), "tocgraph", "--all-files"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "tocgraph check" in result.stdout
    assert "Failed" in result.stdout
    assert "toc/bad.yaml:" in result.stdout
    assert "error[TOC" in result.stdout


def test_strict_is_an_argument_users_add(
    hook_repo: tuple[Path, str], pre_commit_home: Path, user_repo: Path
) -> None:
    snapshot, rev = hook_repo
    shutil.copyfile(
        ROOT / "tests" / "fixtures" / "warnings.yaml", user_repo / "toc" / "warnings.yaml"
    )

    def config(args: list[str]) -> None:
        hook = {"id": "tocgraph", "args": args}
        repos = {"repos": [{"repo": str(snapshot), "rev": rev, "hooks": [hook]}]}
        text = yaml.safe_dump(repos)
        (user_repo / ".pre-commit-config.yaml").write_text(text, encoding="utf-8")

    config([])
    lenient = _pre_commit(user_repo, pre_commit_home, "run", "--all-files")
    assert lenient.returncode == 0, lenient.stdout + lenient.stderr
    config(["--strict"])
    strict = _pre_commit(user_repo, pre_commit_home, "run", "--all-files")
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "TOC30" in strict.stdout

"""Shared fixtures and helpers for the test suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import tocgraph

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
REGENERATE = os.environ.get("TOCGRAPH_REGENERATE") == "1"

#: Examples per fuzz test: small in CI, ``TOCGRAPH_FUZZ_EXAMPLES=2000`` for a long run.
FUZZ_EXAMPLES = int(os.environ.get("TOCGRAPH_FUZZ_EXAMPLES", "60"))
settings.register_profile(
    "tocgraph-fuzz",
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=FUZZ_EXAMPLES <= 100,  # the CI run is the same every time; long runs explore
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


@pytest.fixture(autouse=True)
def _run_from_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths in examples and goldens are relative to the repository root; output in English.

    ``TOCGRAPH_LANG`` set in the shell that runs the tests would make every
    command's default language Dutch; the tests that need it set it themselves.
    """
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("TOCGRAPH_LANG", raising=False)


def golden(path: Path, actual: str) -> None:
    """Compare ``actual`` with the golden file; rewrite it when TOCGRAPH_REGENERATE=1."""
    if REGENERATE or not path.exists():
        if not REGENERATE:
            pytest.fail(f"golden file {path} is missing; run with TOCGRAPH_REGENERATE=1")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from {path}; TOCGRAPH_REGENERATE=1 rewrites it"


def only_problem(text: str) -> tocgraph.Diagnostic:
    """The one diagnostic of loading ``text`` as a ToC (the test fails on none or several)."""
    with pytest.raises(tocgraph.InvalidToCError) as raised:
        tocgraph.loads(text)
    (problem,) = raised.value.diagnostics
    return problem

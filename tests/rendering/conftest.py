"""Fixtures for the render tests: the bundled models, the tricky ToC, a layout program."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MODELS
from tocgraph.rendering.layout import Renderer, find_renderer

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
TRICKY = CASES / "tricky" / "input.yaml"
MODEL_FILES = sorted(p for p in MODELS.glob("*.yaml") if p.name != "policy.yaml")
"""Every bundled ToC (policy.yaml is another format)."""

__all__ = ["CASES", "HERE", "MODELS", "MODEL_FILES", "NO_RENDERER", "TRICKY"]

NO_RENDERER = (
    "needs a layout program, and none was found: no 'dot' on the PATH and no graphviz-pure "
    "installed (pip install graphviz-pure, or install Graphviz)"
)


@pytest.fixture
def renderer() -> Renderer:
    """The layout program tests with ``@pytest.mark.exe`` run; skips, saying why, without one."""
    found = find_renderer()
    if found is None:
        pytest.skip(NO_RENDERER)
    return found

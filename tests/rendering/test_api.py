"""``tocgraph.rendering.render``: tests/rendering/test_api.py for tocgraph/rendering/api.py."""

from __future__ import annotations

import pytest

import tocgraph
from tests.rendering.conftest import MODEL_FILES, TRICKY
from tocgraph.rendering import FORMATS, format_of, render, to_dot, to_mermaid


@pytest.mark.parametrize("fmt", ["dot", "mmd"])
@pytest.mark.parametrize("model", MODEL_FILES, ids=lambda p: p.stem)
def test_same_input_same_bytes(model, fmt) -> None:
    first = render(tocgraph.load(model), fmt, group="partner", lang="nl")
    assert first == render(tocgraph.load(model), fmt, group="partner", lang="nl")


def test_text_formats_match_the_text_functions() -> None:
    toc = tocgraph.load(TRICKY)
    result = tocgraph.impact(toc, stop=["A1"])
    dot = to_dot(toc, result.after, result.before, group="strategy")
    assert render(toc, "dot", stop=["A1"], group="strategy") == dot.encode("utf-8")
    mmd = to_mermaid(toc, result.after, result.before)
    assert render(toc, "mmd", stop=["A1"]) == mmd.encode("utf-8")


def test_no_scenario_marks_nothing_as_changed() -> None:
    text = render(tocgraph.load(TRICKY), "dot").decode("utf-8")
    assert "changed" not in text
    assert "Scenario" not in text


def test_unknown_scenario_raises() -> None:
    with pytest.raises(tocgraph.ScenarioError):
        render(tocgraph.load(TRICKY), "dot", stop=["G1"])


def test_unknown_format_raises() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        render(tocgraph.load(TRICKY), "pdf")  # type: ignore[arg-type]


def test_format_of() -> None:
    assert [format_of(f"x.{f}") for f in FORMATS] == list(FORMATS)
    assert format_of("x.gv") == "dot"
    assert format_of("x.mermaid") == "mmd"
    assert format_of("README") is None


def test_the_package_does_not_shadow_the_function() -> None:
    """Importing ``tocgraph.rendering`` binds that name, never ``tocgraph.render``."""
    import tocgraph.rendering.mermaid

    assert "render" not in vars(tocgraph) or callable(tocgraph.render)

"""``tocgraph.rendering.render``: tests/rendering/test_api.py for tocgraph/rendering/api.py."""

from __future__ import annotations

import pytest

import tocgraph
from tests.rendering.conftest import MODEL_FILES, TRICKY
from tocgraph.rendering import FORMATS, draw, format_of, render, to_dot, to_mermaid


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


def test_draw_runs_no_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    """``draw`` only builds and lays out the results it is given."""
    import tocgraph.analysis.assessment
    import tocgraph.analysis.whatif
    import tocgraph.rendering.api

    toc = tocgraph.load(TRICKY)
    result = tocgraph.impact(toc, stop=["A1"])
    expected = render(toc, "dot", stop=["A1"])

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("draw ran an analysis")

    for module in (tocgraph.analysis.assessment, tocgraph.analysis.whatif, tocgraph.rendering.api):
        for name in ("assess", "impact"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, forbidden)
    assert draw(toc, result.after, result.before, format="dot") == expected
    mmd = draw(toc, result.after, result.before, format="mmd", lang="nl", group="partner")
    assert mmd.startswith(b"%%{init")


@pytest.mark.parametrize(
    ("option", "value"),
    [("format", "pdf"), ("lang", "xx"), ("direction", "RL"), ("group", "team"), ("lang", None)],
)
def test_bad_options_name_the_parameter(option: str, value: object) -> None:
    """Issue 15.11: never a KeyError from deep inside."""
    toc = tocgraph.load(TRICKY)
    with pytest.raises(ValueError, match=f"unknown {option} {value!r}"):
        render(toc, **{"format": "dot", option: value})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=f"unknown {option} {value!r}"):
        draw(toc, tocgraph.assess(toc), **{"format": "dot", option: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("function", [to_dot, to_mermaid])
def test_text_functions_check_their_options_too(function) -> None:
    toc = tocgraph.load(TRICKY)
    with pytest.raises(ValueError, match="unknown lang 'xx'"):
        function(toc, tocgraph.assess(toc), lang="xx")


def test_a_single_string_is_not_a_list_of_ids() -> None:
    """``stop="A1"`` would otherwise be read letter by letter."""
    toc = tocgraph.load(TRICKY)
    with pytest.raises(TypeError, match="stop must be a list"):
        render(toc, "dot", stop="A1")
    with pytest.raises(TypeError, match="partners must be a list"):
        render(toc, "dot", partners="Café {Ruimte}")


def test_render_errors_are_one_tree_in_tocgraph_errors() -> None:
    import tocgraph.errors
    import tocgraph.rendering
    import tocgraph.rendering.layout

    for name in ("RenderError", "RendererNotFoundError", "LayoutError"):
        cls = getattr(tocgraph.errors, name)
        assert getattr(tocgraph.rendering, name) is cls
        assert getattr(tocgraph.rendering.layout, name) is cls
        assert getattr(tocgraph, name) is cls
        assert issubclass(cls, tocgraph.errors.TocGraphError)
        assert name in tocgraph.errors.__doc__
    assert issubclass(tocgraph.errors.LayoutError, tocgraph.errors.RenderError)


def test_no_layout_program_says_how_to_get_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import tocgraph.rendering.layout as layout

    monkeypatch.setattr(layout, "find_renderer", lambda: None)
    with pytest.raises(tocgraph.RendererNotFoundError, match="graphviz-pure"):
        render(tocgraph.load(TRICKY), "svg")


def test_building_dot_does_not_slow_down_the_command_line() -> None:
    """The graphviz package is imported when a picture is drawn, not before."""
    import subprocess
    import sys

    code = (
        "import sys, tocgraph, tocgraph.cli, tocgraph.rendering;"
        "assert 'graphviz' not in sys.modules, 'graphviz imported too early'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_same_bytes_across_processes() -> None:
    """DOT and Mermaid do not depend on the hash seed of the process that writes them."""
    import os
    import subprocess
    import sys

    code = (
        "import sys, tocgraph; from tocgraph.rendering import render;"
        f"toc = tocgraph.load({str(TRICKY)!r});"
        "sys.stdout.buffer.write(render(toc, 'dot', group='partner', stop=['A3'])"
        " + render(toc, 'mmd', group='strategy', lang='nl'))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(outputs) == 1

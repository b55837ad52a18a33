"""Finding and running the layout program: tests/rendering/test_layout.py for layout.py.

The lookup order (system ``dot``, then graphviz-pure, then none) is tested with a
faked lookup; tests marked ``exe`` run the real program and are skipped, saying
what is missing, without one.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import tocgraph
from tests.rendering.conftest import MODEL_FILES
from tocgraph.i18n import error_text
from tocgraph.rendering import layout as layout_module
from tocgraph.rendering import render
from tocgraph.rendering.layout import (
    LayoutError,
    Renderer,
    RendererNotFoundError,
    find_renderer,
    graphviz_pure,
    lay_out,
)


@pytest.fixture
def fake_programs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Pretend which programs exist: ``install("dot")``, ``install("graphviz-pure", bundled)``."""
    on_path: dict[str, str] = {}
    bundled: list[Path] = []
    monkeypatch.setattr(shutil, "which", on_path.get)
    monkeypatch.setattr(layout_module, "_graphviz_pure_candidates", lambda: iter(bundled))

    def install(name: str, *, with_python: bool = False) -> str:
        program = tmp_path / name
        program.write_text("#!/bin/sh\n", encoding="utf-8")
        program.chmod(0o755)
        if with_python:
            bundled.append(program)
        else:
            on_path[name] = str(program)
        return str(program)

    return install


def test_system_dot_comes_first(fake_programs) -> None:
    fake_programs("graphviz-pure", with_python=True)
    dot = fake_programs("dot")
    assert find_renderer() == Renderer("dot", dot)


def test_graphviz_pure_when_there_is_no_dot(fake_programs) -> None:
    pure = fake_programs("graphviz-pure", with_python=True)
    assert find_renderer() == Renderer("graphviz-pure", pure)


def test_graphviz_pure_on_the_path(fake_programs) -> None:
    pure = fake_programs("graphviz-pure")
    assert graphviz_pure() == Renderer("graphviz-pure", pure)


@pytest.mark.skipif(sys.platform == "win32", reason="uses the execute permission bit")
def test_a_bundled_file_that_cannot_run_is_skipped(fake_programs, tmp_path) -> None:
    fake_programs("graphviz-pure", with_python=True)
    (tmp_path / "graphviz-pure").chmod(0o644)
    assert find_renderer() is None


def test_no_renderer(fake_programs) -> None:
    assert find_renderer() is None
    with pytest.raises(RendererNotFoundError, match="pip install graphviz-pure"):
        lay_out("digraph { a }")


def test_svg_needs_a_renderer_but_dot_and_mermaid_do_not(fake_programs) -> None:
    toc = tocgraph.load(MODEL_FILES[0])
    with pytest.raises(RendererNotFoundError):
        render(toc, "svg")
    assert render(toc, "dot").startswith(b"digraph")
    assert b"\nflowchart LR\n" in render(toc, "mmd")


def test_a_failing_program_raises_layout_error() -> None:
    # the Python interpreter rejects dot's -Tsvg option and exits 2
    failing = Renderer("dot", sys.executable)
    with pytest.raises(LayoutError, match=r"dot failed \(exit 2\)"):
        lay_out("digraph { a }", "svg", failing)


def test_a_missing_program_raises_layout_error(tmp_path) -> None:
    with pytest.raises(LayoutError, match="cannot run") as raised:
        lay_out("digraph { a }", "svg", Renderer("dot", str(tmp_path / "missing")))
    assert str(raised.value).endswith("): No such file or directory")
    assert error_text(raised.value, "nl") == (
        f"dot ({tmp_path / 'missing'}) kan niet worden gestart: No such file or directory"
    )


def test_a_layout_error_can_be_given_in_dutch() -> None:
    with pytest.raises(LayoutError) as raised:
        lay_out("digraph { a }", "svg", Renderer("dot", sys.executable))
    dutch = error_text(raised.value, "nl")
    assert dutch.startswith("dot is mislukt (exitcode 2): ")
    assert str(raised.value).startswith("dot failed (exit 2): ")
    assert dutch.split(": ", 1)[1] == str(raised.value).split(": ", 1)[1]  # the program's words


@pytest.mark.exe
@pytest.mark.parametrize("model", MODEL_FILES, ids=lambda p: p.stem)
def test_svg_of_every_model(model, renderer) -> None:
    toc = tocgraph.load(model)
    svg = render(toc, "svg", partners=[toc.lead or ""], lang="nl", renderer=renderer)
    assert svg.startswith(b"<?xml")
    assert svg.rstrip().endswith(b"</svg>")
    text = svg.decode("utf-8")
    for node in toc.nodes():
        assert f"<title>{node.id}</title>" in text
    assert 'class="node activity stopped' in text
    assert "Legenda" in text


@pytest.mark.exe
def test_svg_and_png_are_deterministic(renderer) -> None:
    toc = tocgraph.load(MODEL_FILES[0])
    for fmt in ("svg", "png"):
        first = render(toc, fmt, group="partner", renderer=renderer)
        assert first == render(toc, fmt, group="partner", renderer=renderer)
    assert first.startswith(b"\x89PNG")


@pytest.mark.exe
def test_bad_dot_raises_layout_error(renderer) -> None:
    with pytest.raises(LayoutError, match="failed"):
        lay_out("digraph { a -> }", "svg", renderer)

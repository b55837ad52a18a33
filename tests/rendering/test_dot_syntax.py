"""The DOT writer: tests/rendering/test_dot_syntax.py for tocgraph/rendering/dot_syntax.py.

The writer follows the quoting of the ``graphviz`` package; these tests check that
both write the same bytes: for any text, for attribute lists, and for whole
pictures (the scene written once through the writer and once through
``graphviz.Digraph``, by swapping the writer's classes for a stand-in that
drives the package).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from typing import Any

import graphviz
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tocgraph
import tocgraph.rendering.dot as dot_module
from tests.rendering.conftest import MODEL_FILES, TRICKY
from tests.rendering.test_hostile import HOSTILE, _toc
from tocgraph.rendering.dot import to_dot
from tocgraph.rendering.dot_syntax import DotGraph, Html, Subgraph, attribute_list, quote
from tocgraph.schema import ToC

TEXT = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["", "A1", "O-1.b", "node", "Graph", "-4.2", ".5", "4.", "a b", '"', '\\"', '\\\\"', "<x>"]
)


def _package_quote(text: str) -> str:
    with warnings.catch_warnings():  # odd backslashes at the end: the package only warns
        warnings.simplefilter("ignore")
        quoted: str = graphviz.quoting.quote(graphviz.nohtml(text))
    return quoted


def _package_value(value: str) -> str:
    return value if isinstance(value, Html) else graphviz.nohtml(value)


def _package_values(attributes: Mapping[str, str]) -> dict[str, str]:
    return {key: _package_value(value) for key, value in attributes.items()}


def _unquoted_id_with_line_break(text: str) -> bool:
    """The one place the package differs: it leaves ``A1\\n`` unquoted (its ``$``)."""
    return text.endswith("\n") and _package_quote(text) == text


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_text_is_quoted_as_the_package_quotes_it(text: str) -> None:
    if _unquoted_id_with_line_break(text):
        assert quote(text) == f'"{text}"'
    else:
        assert quote(text) == _package_quote(text)


def test_a_line_break_after_an_id_is_kept_in_quotes() -> None:
    assert quote("A1\n") == '"A1\n"'


@given(st.text(max_size=30))
def test_html_is_written_as_it_is(markup: str) -> None:
    assert quote(Html(f"<{markup}>")) == f"<{markup}>"


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(TEXT, TEXT, max_size=4), st.none() | TEXT)
def test_attribute_lists_are_those_of_the_package(
    attributes: dict[str, str], label: str | None
) -> None:
    assume_plain = [label or "", *attributes, *attributes.values()]
    if any(_unquoted_id_with_line_break(text) for text in assume_plain):
        return
    with warnings.catch_warnings():  # odd backslashes at the end: the package only warns
        warnings.simplefilter("ignore")
        pairs = {graphviz.nohtml(k): graphviz.nohtml(v) for k, v in sorted(attributes.items())}
        expected = graphviz.quoting.a_list(
            None if label is None else graphviz.nohtml(label), attributes=pairs
        )
    assert attribute_list(attributes, label) == expected


class _PackageSubgraph:
    """The writer's :class:`Subgraph`, driving ``graphviz.Digraph`` instead."""

    def __init__(
        self,
        name: str | None = None,
        *,
        graph_attr: Mapping[str, str] | None = None,
        attr: Mapping[str, str] | None = None,
    ) -> None:
        self.graph = graphviz.Digraph(name=None if name is None else graphviz.nohtml(name))
        if graph_attr:
            self.graph.attr("graph", _attributes=_package_values(graph_attr))
        if attr:
            self.graph.attr(_attributes=_package_values(attr))

    def node(
        self, name: str, label: str | None = None, attributes: Mapping[str, str] | None = None
    ) -> None:
        self.graph.node(
            graphviz.nohtml(name),
            None if label is None else _package_value(label),
            _attributes=_package_values(attributes or {}),
        )

    def edge(self, tail: str, head: str, attributes: Mapping[str, str]) -> None:
        self.graph.edge(
            graphviz.nohtml(tail), graphviz.nohtml(head), _attributes=_package_values(attributes)
        )


class _PackageGraph(_PackageSubgraph):
    """The writer's :class:`DotGraph`, driving ``graphviz.Digraph`` instead."""

    def __init__(
        self,
        name: str,
        graph_attr: Mapping[str, str],
        node_attr: Mapping[str, str],
        edge_attr: Mapping[str, str],
    ) -> None:
        self.graph = graphviz.Digraph(
            graphviz.nohtml(name),
            graph_attr=_package_values(graph_attr),
            node_attr=_package_values(node_attr),
            edge_attr=_package_values(edge_attr),
        )

    def add(self, subgraph: _PackageSubgraph) -> None:
        self.graph.subgraph(subgraph.graph)

    def source(self) -> str:
        text: str = self.graph.source
        return text


def _by_package(toc: ToC, **options: Any) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dot_module, "DotGraph", _PackageGraph)
        patch.setattr(dot_module, "Subgraph", _PackageSubgraph)
        return to_dot(toc, tocgraph.assess(toc), **options)


def _by_writer(toc: ToC, **options: Any) -> str:
    return to_dot(toc, tocgraph.assess(toc), **options)


@pytest.mark.parametrize("path", [*MODEL_FILES, TRICKY], ids=lambda p: p.stem)
@pytest.mark.parametrize(
    "options",
    [{}, {"lang": "nl", "direction": "TB", "group": "partner"}, {"group": "strategy"}],
    ids=["plain", "nl-partner-tb", "strategy"],
)
def test_whole_pictures_are_those_of_the_package(path: Any, options: dict[str, Any]) -> None:
    toc = tocgraph.load(path)
    assert _by_writer(toc, **options) == _by_package(toc, **options)


@settings(max_examples=40, deadline=None)
@given(goal=HOSTILE, activity=HOSTILE, partner=HOSTILE, assumption=HOSTILE, name=HOSTILE)
def test_hostile_pictures_are_those_of_the_package(
    goal: str, activity: str, partner: str, assumption: str, name: str
) -> None:
    toc = _toc(goal, activity, partner, assumption, name)
    for group in (None, "partner"):
        written = _by_writer(toc, group=group)
        assert written == _by_package(toc, group=group)
        assert re.match(r'digraph (\w+|"[^\n]*") \{\n', written)


def test_a_picture_does_not_import_the_package() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tocgraph; from tocgraph.rendering import draw;"
        "toc = tocgraph.load('models/jong-gelijk.yaml');"
        "draw(toc, tocgraph.assess(toc), format='dot');"
        "assert 'graphviz' not in sys.modules, 'graphviz imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_writer_makes_blocks_as_the_package_does() -> None:
    graph = DotGraph("g", {}, {}, {})
    block = Subgraph(attr={"rank": "min"})
    block.node("A1")
    graph.add(block)
    package = _PackageGraph("g", {}, {}, {})
    other = _PackageSubgraph(attr={"rank": "min"})
    other.node("A1")
    package.add(other)
    assert graph.source() == package.source() == "digraph g {\n\t{\n\t\trank=min\n\t\tA1\n\t}\n}\n"

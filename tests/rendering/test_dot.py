"""DOT text: tests/rendering/test_dot.py for tocgraph/rendering/dot.py."""

from __future__ import annotations

import dataclasses
import re

import pytest

import tocgraph
from tests.rendering.conftest import MODEL_FILES, TRICKY
from tocgraph.rendering.dot import scene_to_dot, to_dot
from tocgraph.rendering.mermaid import to_mermaid
from tocgraph.rendering.scene import build_scene


def _dot(path=TRICKY, **options) -> str:
    toc = tocgraph.load(path)
    return to_dot(toc, tocgraph.assess(toc), **options)


def _ranks(text: str) -> list[tuple[str, list[str]]]:
    """The ``{ rank=...; ids }`` blocks, as the graphviz package writes them."""
    blocks = re.findall(r"\t\{\n\t\trank=(\w+)\n((?:\t\t[^\n]*\n)*?)\t\}", text)
    return [(rank, [i.strip().strip('"') for i in ids.splitlines()]) for rank, ids in blocks]


def _name(node_id: str) -> str:
    """A node id in DOT: bare when it is a DOT name, else quoted."""
    return node_id if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", node_id) else f'"{node_id}"'


def test_levels_are_ranks_with_goals_at_one_end() -> None:
    text = _dot()
    assert _ranks(text) == [
        ("min", ["A1", "A2", "A3", "A4", "A5", "A6", "A7"]),
        ("same", ["end", "O.1"]),
        ("same", ["O-1.b", "O_1", "O3"]),
        ("max", ["G1"]),
    ]
    assert "rankdir=LR" in text
    assert "rankdir=BT" in _dot(direction="TB")  # goals on top


def test_every_node_and_link_is_drawn() -> None:
    for model in MODEL_FILES:
        toc = tocgraph.load(model)
        text = to_dot(toc, tocgraph.assess(toc))
        for node in toc.nodes():
            assert f"\t{_name(node.id)} [label=<" in text
            for link in getattr(node, "contributes_to", ()):
                assert f"\t{_name(node.id)} -> {_name(link.to)} [" in text


def test_titles_are_escaped_in_html_labels() -> None:
    text = _dot()
    assert "&quot;één&quot; doel &amp;" in text
    assert "&lt;vrijheid&gt;" in text
    # tooltips are DOT strings in which the layout program reads entities: quotes are
    # escaped for DOT, and '&' is written '&amp;' so that a title '&lt;' stays as written
    assert 'tooltip="Netwerk \\"Zorg &amp; Welzijn\\" coördineren"' in text
    labels = re.findall(r"\t\S+ \[label=<(.*)> class=", text)
    assert len(labels) == len(list(tocgraph.load(TRICKY).nodes()))
    for label in labels:
        stripped = re.sub(r"</?(FONT|B|BR)[^>]*>", "", label)
        assert not set("<>") & set(stripped), label


def test_clusters_per_group() -> None:
    text = _dot(group="partner")
    assert text.count("subgraph cluster_") == 4
    assert 'label="Zorg &amp; Co \\"Één\\""' in text
    assert "subgraph cluster_" not in _dot()


def test_nodes_carry_their_cues_as_svg_classes() -> None:
    text = _dot()
    assert 'class="activity on_track critical"' in text
    assert 'class="activity stopped"' in text
    assert 'class="output undetermined"' in text


def test_deterministic() -> None:
    assert _dot(group="strategy") == _dot(group="strategy")


def test_ids_a_toc_cannot_have_are_refused() -> None:
    """A ToC built without validation could hold an id that DOT reads as a port or HTML."""
    toc = tocgraph.load(TRICKY)
    scene = build_scene(toc, tocgraph.assess(toc))
    for bad in ("<b>", "A:1", 'A"1'):
        forged = dataclasses.replace(scene, nodes=(dataclasses.replace(scene.nodes[0], id=bad),))
        with pytest.raises(ValueError, match="cannot be drawn"):
            scene_to_dot(forged)
        raw = toc.model_construct(
            **{**dict(toc), "goals": (toc.goals[0].model_copy(update={"id": bad}),)}
        )
        with pytest.raises(ValueError, match="cannot be drawn"):
            to_mermaid(raw, tocgraph.assess(toc))

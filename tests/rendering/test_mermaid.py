"""Mermaid text: tests/rendering/test_mermaid.py for tocgraph/rendering/mermaid.py.

:mod:`tests.rendering.mermaid_check` parses every chart (here and in the golden
tests): safe ids, quoted and escaped labels, links between declared nodes.
"""

from __future__ import annotations

import pytest

import tocgraph
from tests.rendering.conftest import MODEL_FILES, TRICKY
from tests.rendering.mermaid_check import check, check_label
from tocgraph.rendering.mermaid import escape, mermaid_block, node_id, to_mermaid


def _tricky(**options) -> tuple[tocgraph.ToC, str]:
    toc = tocgraph.load(TRICKY)
    return toc, to_mermaid(toc, tocgraph.assess(toc), **options)


@pytest.mark.parametrize("group", [None, "partner", "strategy"])
@pytest.mark.parametrize("direction", ["LR", "TB"])
def test_tricky_titles_parse(group, direction) -> None:
    toc, text = _tricky(group=group, direction=direction)
    chart = check(text)
    for node in toc.nodes():
        label = chart.nodes[node_id(node.id)]
        # the title survives escaping and wrapping: same words, in order
        assert " ".join(node.title.split()) in " ".join(label.split())
    edges = {(a, b) for a, b in chart.edges}
    assert (node_id("A2"), node_id("end")) in edges


def test_non_ascii_is_kept_as_is() -> None:
    _, text = _tricky()
    for word in ("Coördinatie", "Ideeën", "naïef", "méér", "Één"):
        assert word in text


def test_ids_are_one_to_one() -> None:
    ids = ["O-1", "O_1", "O.1", "O__1", "O-_1", "end"]
    assert len({node_id(i) for i in ids}) == len(ids)


def test_escape_round_trips() -> None:
    text = 'a "b" & <c> [d] (e) {f} |g| #h `i`'
    assert check_label(escape(text)) == text


@pytest.mark.parametrize("bad", ['x"y', "x<y", "x[y", "x&y", "x#y"])
def test_checker_rejects_raw_syntax(bad) -> None:
    with pytest.raises(AssertionError):
        check_label(bad)


def test_checker_rejects_links_to_undeclared_nodes() -> None:
    with pytest.raises(AssertionError, match="undeclared"):
        check('flowchart LR\n  n_A["a"]\n  n_A --> n_B\n  linkStyle 0 stroke:#000\n')


def test_scenario_changes_are_marked() -> None:
    toc = tocgraph.load(TRICKY)
    result = tocgraph.impact(toc, stop=["A1"])
    chart = check(to_mermaid(toc, result.after, result.before))
    assert "was: potentially effective, margin 1" in chart.nodes["n_G1"]
    assert "n_G1" in chart.classes["goal_ineffective_changed"]
    assert "n_A1" in chart.classes["activity_stopped"]


@pytest.mark.parametrize("model", MODEL_FILES, ids=lambda p: p.stem)
def test_block_for_markdown(model) -> None:
    toc = tocgraph.load(model)
    block = mermaid_block(toc, tocgraph.assess(toc), lang="nl", group="partner")
    assert block.startswith("```mermaid\n%%{init: ")
    assert "\nflowchart LR\n" in block
    assert block.endswith("\n```\n")
    check(block.removeprefix("```mermaid\n").removesuffix("```\n"))


def test_characters_mermaid_uses_for_its_own_entity_codes_are_escaped() -> None:
    """Mermaid hides '#lt;' as 'ﬂ°lt¶ß' while parsing; a title holding that stays as written."""
    assert escape("ﬂ°lt¶ß") == "#64258;°lt#182;ß"
    assert check_label(escape("ﬂ°lt¶ß <b>")) == "ﬂ°lt¶ß <b>"

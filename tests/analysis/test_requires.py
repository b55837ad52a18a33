"""TOC306 and the rule of a node: stated necessity and sufficiency (``requires``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tocgraph
from tocgraph.cli import main
from tocgraph.i18n import localize

TEMPLATE = """
tocgraph: 1
id: demo
goals: [{{id: G1, title: Goal{goal}}}]
outcomes:
  - {{id: O1, title: One, contributes_to: [G1]}}
  - {{id: O2, title: Two, contributes_to: [G1]}}
  - {{id: O3, title: Three, contributes_to: [G1]}}
activities:
  - {{id: A1, title: Act, contributes_to: [O1, O2, O3]}}
"""


def _toc(goal: str = "") -> tocgraph.ToC:
    return tocgraph.loads(TEMPLATE.format(goal=goal))


def test_unstated_rule_with_several_contributors_warns_at_the_node(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(TEMPLATE.format(goal=""), encoding="utf-8")
    document = tocgraph.load_document(path)
    result = tocgraph.assess(document.toc)
    found = [w for w in result.warnings if w.code == "TOC306"]
    assert [w.node for w in found] == ["G1"]
    assert found[0].message == "goal 'G1' has 3 contributors but does not state requires"
    assert "all (each contributor is necessary" in (found[0].hint or "")
    assert document.locate(found[0]).location() == f"{path}:4:9"


@pytest.mark.parametrize("rule", ["any", "all", "2"])
def test_a_stated_rule_silences_the_warning(rule: str) -> None:
    result = tocgraph.assess(_toc(f", requires: {rule}"))
    assert not [w for w in result.warnings if w.code == "TOC306"]
    assert result.nodes["G1"].requires_stated


def test_a_single_contributor_needs_no_rule() -> None:
    result = tocgraph.assess(_toc(", requires: all"))
    assert not [w for w in result.warnings if w.code == "TOC306"]  # O1..O3 have one each
    assert result.nodes["O1"].rule() == ""


@pytest.mark.parametrize(
    ("rule", "en", "nl"),
    [
        ("all", "needs all 3", "vereist alle 3"),
        ("2", "needs 2 of 3", "vereist 2 van 3"),
        ("any", "any 1 of 3", "1 van 3 volstaat"),
        ("3", "needs all 3", "vereist alle 3"),
    ],
)
def test_the_rule_in_words(rule: str, en: str, nl: str) -> None:
    node = tocgraph.assess(_toc(f", requires: {rule}")).nodes["G1"]
    assert (node.rule("en"), node.rule("nl")) == (en, nl)


def test_the_warning_speaks_dutch() -> None:
    result = tocgraph.assess(_toc())
    warning = next(w for w in result.warnings if w.code == "TOC306")
    dutch = localize(warning, "nl")
    assert dutch.message == (
        "doel G1 heeft 3 bijdragende onderdelen, maar vermeldt niet hoeveel daarvan nodig zijn "
        "('requires')"
    )
    assert (dutch.hint or "").startswith("vul 'requires' in: 'all'")


def test_unstated_rule_fails_check_strict(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(
        "tocgraph: 1\nid: demo\ngoals: [{id: G1, title: Goal}]\nactivities:\n"
        "  - {id: A1, title: One, contributes_to: [G1]}\n"
        "  - {id: A2, title: Two, contributes_to: [G1]}\n",
        encoding="utf-8",
    )
    assert main(["check", str(path), "--strict"]) == 1
    path.write_text(path.read_text("utf-8").replace("title: Goal", "title: Goal, requires: any"))
    assert main(["check", str(path), "--strict"]) == 0

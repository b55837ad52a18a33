"""The SCRAM benchmark's generator and conversion: a converted fault tree keeps its cut sets.

The goal of the converted ToC must have as margin the order of the tree's
smallest cut set and as critical activities its cut sets of order one, found
here by brute force over the tree itself (not through tocgraph). SCRAM is
asked too when it is installed; otherwise that test is skipped.
"""

from __future__ import annotations

import doctest
import itertools
import shutil
import subprocess
from pathlib import Path

import pytest

import tocgraph
from benchmarks.scram import convert, mef
from benchmarks.scram.convert import to_yaml
from benchmarks.scram.mef import FaultTree, Gate, TreeSpec, fails, generate, read_mef, to_mef

TINY = [
    TreeSpec(f"tiny{seed}", gates=gates, events=events, seed=seed, p_atleast=0.3, share=0.4)
    for seed, (gates, events) in enumerate([(2, 4), (3, 5), (4, 6), (5, 7), (6, 9)] * 4)
]


def brute_force(tree: FaultTree) -> tuple[int, frozenset[str]]:
    """The minimum cut set order and the order-one cut sets, by trying every set."""
    singles = frozenset(e for e in tree.events if fails(tree, {e}))
    for order in range(1, len(tree.events) + 1):
        if any(fails(tree, cut) for cut in itertools.combinations(tree.events, order)):
            return order, singles
    raise AssertionError("the top event never occurs")


@pytest.mark.parametrize("spec", TINY, ids=lambda s: s.name)
def test_margin_is_the_minimum_cut_set_order(spec: TreeSpec) -> None:
    tree = generate(spec)
    assert len(tree.events) <= 14  # keeps the brute force small
    text, ids = to_yaml(tree)
    assessment = tocgraph.assess(tocgraph.loads(text))
    goal = assessment.nodes[ids[tree.top]]
    order, singles = brute_force(tree)
    assert goal.margin == order
    assert set(goal.critical_activities) == {ids[e] for e in singles}


def test_k_of_n_gate_needs_the_other_n_minus_k_plus_one() -> None:
    tree = FaultTree(
        "t",
        "G0",
        {"G0": Gate("G0", "atleast", ("E1", "E2", "E3", "E4"), 3)},
        ("E1", "E2", "E3", "E4"),
    )
    text, _ = to_yaml(tree)
    toc = tocgraph.loads(text)
    assert toc.goals[0].requires == 2
    assert tocgraph.assess(toc).nodes["G0"].margin == 3


def test_layers_respect_the_format() -> None:
    tree = generate(TreeSpec("t", gates=30, events=40, seed=7))
    data, _ = convert.to_toc_data(tree)
    assert [g["id"] for g in data["goals"]] == ["G0"]
    gates_over_events = {
        g.name for g in tree.gates.values() if set(g.inputs).isdisjoint(tree.gates)
    }
    assert {o["id"] for o in data["outputs"]} == gates_over_events - {"G0"}
    assert len(data["activities"]) == len(tree.events)


def test_generation_is_seeded() -> None:
    spec = mef.SPECS[5]
    assert generate(spec) == generate(spec)
    assert generate(spec) != generate(TreeSpec(spec.name, spec.gates, spec.events, spec.seed + 1))


def test_mef_round_trip(tmp_path: Path) -> None:
    tree = generate(TreeSpec("t", gates=12, events=15, seed=3, p_atleast=0.3))
    path = tmp_path / "t.xml"
    path.write_text(to_mef(tree), encoding="utf-8")
    (back,) = read_mef([path], "t")
    assert back.top == tree.top
    assert back.gates == tree.gates
    assert set(back.events) == set(tree.events)


def test_not_gates_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "not.xml"
    path.write_text(
        '<opsa-mef><define-fault-tree name="t"><define-gate name="G0"><not>'
        '<basic-event name="E1"/></not></define-gate></define-fault-tree></opsa-mef>',
        encoding="utf-8",
    )
    with pytest.raises(mef.UnsupportedTreeError, match="not"):
        read_mef([path])


@pytest.mark.parametrize("module", [mef, convert], ids=lambda m: m.__name__)
def test_doctests(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.skipif(shutil.which("scram") is None, reason="scram is not installed")
def test_scram_agrees_on_a_small_tree(tmp_path: Path) -> None:
    from benchmarks.scram.run import Case, scram_answer

    tree = generate(TreeSpec("small", gates=6, events=9, seed=4, p_atleast=0.3))
    path = tmp_path / "small.xml"
    path.write_text(to_mef(tree), encoding="utf-8")
    text, ids = to_yaml(tree)
    toc = tmp_path / "small.yaml"
    toc.write_text(text, encoding="utf-8")
    try:
        answer = scram_answer(Case("small", tree, (path,), toc, ids), "bdd", 60, tmp_path).answer
    except subprocess.TimeoutExpired:  # pragma: no cover - a very busy machine
        pytest.skip("scram took too long")
    order, singles = brute_force(tree)
    assert (answer.order, answer.singles) == (order, frozenset(ids[e] for e in singles))

"""A coherent fault tree as a ToC whose goal margin is the tree's minimum cut set order.

A basic event that occurs is an activity that stops; a gate that occurs is a
node that loses its support. So

- an OR gate (occurs when any input occurs) needs **all** its inputs: ``requires: all``;
- an AND gate (occurs when all inputs occur) needs **any** input: ``requires: any``;
- a k-of-n gate (occurs when k inputs occur) needs the other n - k + 1:
  ``requires: n - k + 1``.

The top gate becomes the goal, gates over basic events only become outputs,
the other gates outcomes, and basic events activities (all on track). Every
link then runs in an allowed direction (activity to output, outcome or goal;
output to outcome or goal; outcome to outcome or goal), so no pass-through
nodes are needed. The goal's margin is then the order of the smallest minimal
cut set, and its critical activities are the cut sets of order one.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from benchmarks.scram.mef import FaultTree, UnsupportedTreeError

__all__ = ["requires", "to_toc_data", "to_yaml"]

_BAD = re.compile(r"[^A-Za-z0-9_.-]")


def requires(kind: str, inputs: int, k: int = 0) -> str | int:
    """The ToC ``requires`` of a gate.

    Examples
    --------
    >>> requires("or", 3), requires("and", 3), requires("atleast", 5, k=2)
    ('all', 'any', 4)
    """
    if kind == "or":
        return "all"
    if kind == "and":
        return "any"
    need = inputs - k + 1
    return "any" if need == 1 else "all" if need == inputs else need


def _ids(tree: FaultTree) -> dict[str, str]:
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for name in [*tree.gates, *tree.events]:
        base = _BAD.sub("_", name)
        if not base[:1].isalnum():
            base = "x" + base
        candidate, n = base, 1
        while candidate.lower() in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate.lower())
        ids[name] = candidate
    return ids


def to_toc_data(tree: FaultTree) -> tuple[dict[str, Any], dict[str, str]]:
    """The ToC (as plain data) and the map from tree names to ToC ids.

    Examples
    --------
    >>> from benchmarks.scram.mef import Gate
    >>> tree = FaultTree("t", "G0", {"G0": Gate("G0", "or", ("E1", "E2"))}, ("E1", "E2"))
    >>> data, ids = to_toc_data(tree)
    >>> data["goals"]
    [{'id': 'G0', 'title': 'Top event G0 does not occur', 'requires': 'all'}]
    >>> data["activities"][0]["contributes_to"]
    ['G0']
    """
    ids = _ids(tree)
    parents: dict[str, list[str]] = {name: [] for name in [*tree.gates, *tree.events]}
    for gate in tree.gates.values():
        inputs = list(dict.fromkeys(gate.inputs))
        if len(inputs) != len(gate.inputs) and gate.kind == "atleast":
            raise UnsupportedTreeError(f"gate {gate.name} repeats an input of its k-of-n")
        for child in inputs:
            parents[child].append(ids[gate.name])
    goals: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    outputs: list[dict[str, Any]] = []
    for gate in tree.gates.values():
        distinct = set(gate.inputs)
        node: dict[str, Any] = {
            "id": ids[gate.name],
            "title": f"{'Top event' if gate.name == tree.top else 'Gate'} {gate.name} "
            "does not occur",
            "requires": requires(gate.kind, len(distinct), gate.k),
        }
        if gate.name == tree.top:
            goals.append(node)
        else:
            node["contributes_to"] = parents[gate.name]
            if distinct.isdisjoint(tree.gates):
                outputs.append(node)
            else:
                outcomes.append(node)
    activities = [
        {
            "id": ids[event],
            "title": f"Basic event {event} does not occur",
            "status": "on_track",
            "contributes_to": parents[event],
        }
        for event in tree.events
    ]
    slug = re.sub(r"[^a-z0-9]+", "-", tree.name.lower()).strip("-") or "tree"
    data = {
        "tocgraph": 1,
        "id": slug,
        "name": f"Fault tree {tree.name}",
        "goals": goals,
        "outcomes": outcomes,
        "outputs": outputs,
        "activities": activities,
    }
    return data, ids


class _NoAliases(yaml.SafeDumper):
    """tocgraph refuses YAML anchors and aliases: never write them."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def to_yaml(tree: FaultTree) -> tuple[str, dict[str, str]]:
    """:func:`to_toc_data` as YAML text, and the map from tree names to ToC ids."""
    data, ids = to_toc_data(tree)
    text = yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=100)
    return text, ids

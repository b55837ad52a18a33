"""Coherent fault trees: a seeded generator, Open-PSA MEF XML out and in, an evaluator.

Only what the benchmark needs: gates ``or``, ``and`` and ``atleast`` (k of n)
over gates and basic events. Trees are directed acyclic graphs: a gate or
basic event may feed several gates (shared sub-trees), as in the classic
benchmark trees of the fault-tree literature.
"""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "SPECS",
    "FaultTree",
    "Gate",
    "TreeSpec",
    "UnsupportedTreeError",
    "fails",
    "generate",
    "read_mef",
    "to_mef",
]


@dataclass(frozen=True)
class Gate:
    """A gate: ``kind`` is ``or``, ``and`` or ``atleast`` (``k`` of its inputs)."""

    name: str
    kind: str
    inputs: tuple[str, ...]
    k: int = 0


@dataclass(frozen=True)
class FaultTree:
    """A coherent fault tree with one top event.

    ``gates`` is keyed by name, top gate first; ``events`` are the basic events.
    """

    name: str
    top: str
    gates: dict[str, Gate]
    events: tuple[str, ...]


@dataclass(frozen=True)
class TreeSpec:
    """Size and shape of one generated tree.

    ``p_and`` and ``p_atleast`` are the shares of AND and k-of-n gates (the rest
    are OR); ``share`` is the chance that a gate or basic event feeds one more
    gate than its first (the shared sub-trees); ``high_events`` is the share of
    basic events that hang under any gate rather than under the deeper ones;
    an AND or k-of-n gate is made an OR gate instead when it would allow a
    minimum cut set order above ``max_order`` (counted as if nothing were shared,
    an upper bound), so orders stay in the range seen in practice.
    """

    name: str
    gates: int
    events: int
    seed: int
    p_and: float = 0.35
    p_atleast: float = 0.1
    share: float = 0.25
    high_events: float = 0.2
    max_order: int = 8


class UnsupportedTreeError(ValueError):
    """A MEF file uses something the benchmark does not convert (NOT, house events, ...)."""


# Sizes and shapes in the range of the classic benchmark trees: tens to hundreds
# of gates and basic events, shared sub-trees, k-of-n gates.
SPECS: tuple[TreeSpec, ...] = (
    TreeSpec("ft01", 20, 25, 1),
    TreeSpec("ft02", 30, 40, 2),
    TreeSpec("ft03", 36, 25, 3, p_and=0.5),
    TreeSpec("ft04", 40, 32, 4, p_atleast=0.25),
    TreeSpec("ft05", 50, 60, 5),
    TreeSpec("ft06", 65, 74, 6, share=0.4),
    TreeSpec("ft07", 73, 109, 7),
    TreeSpec("ft08", 84, 61, 8, p_and=0.45, p_atleast=0.2),
    TreeSpec("ft09", 95, 91, 9),
    TreeSpec("ft10", 104, 143, 10, share=0.1),
    TreeSpec("ft11", 122, 116, 11, p_and=0.45),
    TreeSpec("ft12", 132, 183, 12),
    TreeSpec("ft13", 145, 103, 13, p_atleast=0.2),
    TreeSpec("ft14", 152, 151, 14, share=0.4),
    TreeSpec("ft15", 200, 180, 15),
    TreeSpec("ft16", 240, 240, 16, p_and=0.45),
    TreeSpec("ft17", 280, 220, 17, p_atleast=0.2),
    TreeSpec("ft18", 323, 323, 18),
    TreeSpec("ft19", 362, 362, 19, share=0.35),
    TreeSpec("ft20", 435, 458, 20),
    TreeSpec("ft21", 500, 400, 21, p_and=0.45),
    TreeSpec("ft22", 650, 500, 122),
    TreeSpec("ft23", 800, 600, 23, p_atleast=0.2),
    TreeSpec("ft24", 1000, 700, 24),
)


def generate(spec: TreeSpec) -> FaultTree:
    """A seeded random coherent fault tree of about ``spec``'s size and shape.

    Gates form a random hierarchy of fan-out about three, numbered depth first
    from the top ``G0``, so a gate's descendants carry the numbers just after
    its own. Basic events are numbered in the same order: under the leaf gates
    (two or more each) and, now and then, straight under a higher gate. Sharing
    is local, as in engineered systems: a shared gate or basic event also feeds
    a gate a few numbers before it (a sibling or a cousin), never a descendant,
    so the tree stays acyclic. Every gate has at least two inputs. The number
    of basic events is about ``spec.events``.

    Examples
    --------
    >>> tree = generate(TreeSpec("t", gates=5, events=6, seed=1))
    >>> tree.top, len(tree.gates)
    ('G0', 5)
    >>> generate(TreeSpec("t", 5, 6, 1)) == tree
    True
    """
    rng = random.Random(spec.seed)
    n = spec.gates
    tree_children: list[list[int]] = [[] for _ in range(n)]
    for i in range(1, n):
        tree_children[min(i - 1, max(0, (i - 1) // 3 + rng.randint(-1, 1)))].append(i)
    order: list[int] = []  # depth-first numbering
    stack = [0]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(tree_children[node]))
    number = {node: position for position, node in enumerate(order)}
    depth = [0] * n
    for node in order:
        for kid in tree_children[node]:
            depth[number[kid]] = depth[number[node]] + 1
    gate_inputs: list[list[str]] = [[] for _ in range(n)]
    for node, kids in enumerate(tree_children):
        for kid in kids:
            gate_inputs[number[node]].append(f"G{number[kid]}")
            if rng.random() < spec.share and number[kid] - number[node] > 1:
                other = rng.randrange(max(number[node] + 1, number[kid] - 6), number[kid])
                gate_inputs[other].append(f"G{number[kid]}")
    leaves = sum(1 for kids in tree_children if not kids)
    per_leaf = max(2.0, (spec.events - spec.high_events * (n - leaves)) / max(1, leaves))
    events: list[str] = []
    for position in range(n):
        inputs = gate_inputs[position]
        count = 1 if depth[position] >= 2 and rng.random() < spec.high_events else 0
        if not tree_children[order[position]]:
            count = int(per_leaf) + (rng.random() < per_leaf - int(per_leaf))
        count = max(count, 2 - len(inputs))
        for _ in range(count):
            event = f"E{len(events) + 1}"
            events.append(event)
            inputs.append(event)
            if rng.random() < spec.share:
                other = max(0, min(n - 1, position + rng.choice((-3, -2, -1, 1, 2, 3))))
                if event not in gate_inputs[other]:
                    gate_inputs[other].append(event)
    gates: dict[str, Gate] = {}
    bound: dict[str, int] = dict.fromkeys(events, 1)  # a cut set order no smaller than the least
    for position in reversed(range(n)):  # children first
        name, children = f"G{position}", gate_inputs[position]
        rng.shuffle(children)
        orders = sorted(bound[child] for child in children)
        roll = rng.random()
        k = rng.randint(2, len(children) - 1) if len(children) >= 3 else 0
        if k and roll < spec.p_atleast and sum(orders[:k]) <= spec.max_order:
            gates[name] = Gate(name, "atleast", tuple(children), k)
            bound[name] = sum(orders[:k])
        elif roll < spec.p_atleast + spec.p_and and sum(orders) <= spec.max_order:
            gates[name] = Gate(name, "and", tuple(children))
            bound[name] = sum(orders)
        else:
            gates[name] = Gate(name, "or", tuple(children))
            bound[name] = orders[0]
    gates = {f"G{position}": gates[f"G{position}"] for position in range(n)}
    return FaultTree(spec.name, "G0", gates, tuple(events))


def to_mef(tree: FaultTree) -> str:
    """The tree as Open-PSA MEF XML, with its basic events declared.

    Examples
    --------
    >>> tree = FaultTree("t", "G0", {"G0": Gate("G0", "atleast", ("E1", "E2", "E3"), 2)},
    ...                  ("E1", "E2", "E3"))
    >>> print(to_mef(tree))  # doctest: +ELLIPSIS
    <?xml version="1.0"?>
    <opsa-mef>
      <define-fault-tree name="t">
        <define-gate name="G0">
          <atleast min="2">
            <basic-event name="E1"/>
    ...
    """
    lines = ['<?xml version="1.0"?>', "<opsa-mef>", f'  <define-fault-tree name="{tree.name}">']
    for gate in tree.gates.values():
        lines.append(f'    <define-gate name="{gate.name}">')
        opening = f'<atleast min="{gate.k}">' if gate.kind == "atleast" else f"<{gate.kind}>"
        lines.append(f"      {opening}")
        for child in gate.inputs:
            tag = "gate" if child in tree.gates else "basic-event"
            lines.append(f'        <{tag} name="{child}"/>')
        lines.append(f"      </{gate.kind}>")
        lines.append("    </define-gate>")
    for event in tree.events:
        lines.append(f'    <define-basic-event name="{event}"><float value="0.01"/>')
        lines.append("    </define-basic-event>")
    lines += ["  </define-fault-tree>", "</opsa-mef>", ""]
    return "\n".join(lines)


_SKIPPED = {"label", "attributes", "attribute"}


def read_mef(paths: Sequence[Path | str], name: str | None = None) -> list[FaultTree]:
    """The coherent fault trees in MEF files, one per top gate.

    Reads ``define-gate`` with ``or``, ``and``, ``atleast`` over ``event``,
    ``gate`` and ``basic-event`` references, and ``define-basic-event``.
    Raises :class:`UnsupportedTreeError` on anything else inside a gate
    (``not``, house events, nested formulas, ...).
    """
    gates: dict[str, Gate] = {}
    declared: set[str] = set()
    for path in paths:
        root = ET.parse(path).getroot()
        for element in root.iter():
            if element.tag == "define-basic-event":
                declared.add(element.attrib["name"])
            elif element.tag in ("define-house-event", "define-event-tree", "define-CCF-group"):
                raise UnsupportedTreeError(f"{path}: {element.tag} is not converted")
            elif element.tag == "define-gate":
                gate = _gate(element, path)
                gates[gate.name] = gate
    referenced = {child for gate in gates.values() for child in gate.inputs}
    events = {child for child in referenced if child not in gates}
    tops = [g for g in gates if g not in referenced]
    trees = []
    for top in tops:
        reached = _below(top, gates)
        tree_gates = {g: gates[g] for g in [top, *sorted(reached - {top})] if g in gates}
        tree_events = tuple(sorted(e for e in reached if e in events))
        trees.append(FaultTree(name or top, top, tree_gates, tree_events))
    return trees


def _gate(element: ET.Element, path: Path | str) -> Gate:
    children = [c for c in element if c.tag not in _SKIPPED]
    if len(children) != 1:
        raise UnsupportedTreeError(f"{path}: gate {element.attrib['name']} has no single formula")
    formula = children[0]
    name = element.attrib["name"]
    if formula.tag in ("event", "gate", "basic-event"):  # a pass-through gate
        return Gate(name, "or", (formula.attrib["name"],))
    if formula.tag not in ("or", "and", "atleast"):
        raise UnsupportedTreeError(f"{path}: gate {name} uses <{formula.tag}>")
    args = []
    for arg in formula:
        if arg.tag not in ("event", "gate", "basic-event"):
            raise UnsupportedTreeError(f"{path}: gate {name} has a <{arg.tag}> argument")
        args.append(arg.attrib["name"])
    k = int(formula.attrib["min"]) if formula.tag == "atleast" else 0
    return Gate(name, formula.tag, tuple(args), k)


def _below(top: str, gates: dict[str, Gate]) -> set[str]:
    seen = {top}
    stack = [top]
    while stack:
        gate = gates.get(stack.pop())
        if gate is None:
            continue
        for child in gate.inputs:
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def fails(tree: FaultTree, failed: Iterable[str]) -> bool:
    """Whether the top event occurs when exactly the basic events ``failed`` occur.

    Examples
    --------
    >>> tree = FaultTree("t", "G0", {"G0": Gate("G0", "atleast", ("E1", "E2", "E3"), 2)},
    ...                  ("E1", "E2", "E3"))
    >>> fails(tree, {"E1"}), fails(tree, {"E1", "E3"})
    (False, True)
    """
    down = set(failed)
    memo: dict[str, bool] = {}

    def occurs(node: str) -> bool:
        if node not in tree.gates:
            return node in down
        if node not in memo:
            gate = tree.gates[node]
            count = sum(occurs(child) for child in gate.inputs)
            need = {"or": 1, "and": len(gate.inputs), "atleast": gate.k}[gate.kind]
            memo[node] = count >= need
        return memo[node]

    return occurs(tree.top)

"""The graph rules report what the straightforward reading of them reports.

:func:`tocgraph.schema.rules.semantic_diagnostics` skips work when nothing is
wrong (no sort of the ids unless one is met twice, no cycle search over every
node unless the outcomes have a cycle). The reference below is the plain
version of the same rules (every id sorted into file order, a set of
contributors per node, the cycle search over every link); both must give the
same errors, at the same places, in the same order, on small generated graphs
full of mistakes.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tocgraph.schema.base import DataPath, Place
from tocgraph.schema.nodes import Activity, Goal, Kind, Outcome, Output
from tocgraph.schema.rules import ALLOWED_TARGETS, NodeEntry, find_cycles, semantic_diagnostics

SECTIONS: dict[str, tuple[str, type[Goal | Outcome | Output | Activity]]] = {
    "G": ("goals", Goal),
    "O": ("outcomes", Outcome),
    "P": ("outputs", Output),
    "A": ("activities", Activity),
}
ORDER = {"goals": 0, "outcomes": 1, "outputs": 2, "activities": 3}
IDS = [f"{prefix}{n}" for prefix in "GOPA" for n in range(1, 4)] + ["X1"]


@st.composite
def graphs(draw: st.DrawFn) -> tuple[list[NodeEntry], dict[str, list[DataPath]]]:
    """Nodes (ids may repeat) with links to known, unknown, wrong and repeated targets."""
    entries: list[NodeEntry] = []
    counts = dict.fromkeys(ORDER, 0)
    for node_id in draw(st.lists(st.sampled_from(IDS[:-1]), min_size=1, max_size=14)):
        section, model = SECTIONS[node_id[0]]
        data: dict[str, Any] = {"id": node_id, "title": "T"}
        if model is not Activity:
            data["requires"] = draw(st.sampled_from(["any", "all", 1, 2, 3]))
        if model is not Goal:
            many = draw(st.integers(0, 10)) == 0  # sometimes more links than the small-list case
            data["contributes_to"] = draw(
                st.lists(st.sampled_from(IDS), max_size=12 if many else 4)
            )
        entries.append(NodeEntry((section, counts[section]), model.model_validate(data)))
        counts[section] += 1
    entries.sort(key=lambda entry: ORDER[str(entry.path[0])])
    unchecked: dict[str, list[DataPath]] = {}
    if draw(st.booleans()):
        unchecked[draw(st.sampled_from(IDS))] = [("outcomes", 99)]
    return entries, unchecked


def reference(
    entries: list[NodeEntry], unchecked: dict[str, list[DataPath]]
) -> list[tuple[str, DataPath, str | None, str]]:
    """(code, path, node, detail) of the rules on links, ids, cycles and ``requires``."""
    found: list[tuple[str, DataPath, str | None, str]] = []
    first: dict[str, NodeEntry] = {}
    for entry in entries:
        first.setdefault(entry.node.id, entry)
    occurrences = [(entry.path, entry.node.id) for entry in entries]
    occurrences += [(path, node_id) for node_id, paths in unchecked.items() for path in paths]
    seen_at: dict[str, DataPath] = {}
    for path, node_id in sorted(occurrences, key=lambda o: (ORDER[str(o[0][0])], o[0][1])):
        if node_id in seen_at:
            found.append(("TOC201", (*path, "id"), node_id, ""))
        else:
            seen_at[node_id] = path
    contributors: dict[str, set[str]] = {node_id: set() for node_id in first}
    edges: dict[str, list[str]] = {node_id: [] for node_id in first}
    for entry in entries:
        node = entry.node
        if isinstance(node, Goal) or first[node.id] is not entry:
            continue
        allowed, seen = ALLOWED_TARGETS[node.kind], set()
        for index, link in enumerate(node.contributes_to):
            path = (*entry.path, "contributes_to", index)
            target = first.get(link.to)
            if target is None and unchecked and link.to in unchecked:
                continue
            code = ""
            if target is None:
                code = "TOC202"
            elif target.node.kind not in allowed:
                code = "TOC203"
            elif link.to in seen:
                code = "TOC207"
            if code:
                found.append((code, path, node.id, ""))
                continue
            seen.add(link.to)
            contributors[link.to].add(node.id)
            edges[node.id].append(link.to)
    for cycle in find_cycles(edges):
        path = (*first[cycle[0]].path, "contributes_to")
        found.append(("TOC204", path, cycle[0], " -> ".join([*cycle, cycle[0]])))
    for node_id, entry in first.items():
        node = entry.node
        if unchecked or isinstance(node, Activity) or not isinstance(node.requires, int):
            continue
        if not 1 <= node.requires <= len(contributors[node_id]):
            found.append(("TOC205", (*entry.path, "requires"), node_id, ""))
    return found


@given(graph=graphs())
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_rules_report_what_the_plain_reading_reports(
    graph: tuple[list[NodeEntry], dict[str, list[DataPath]]],
) -> None:
    entries, unchecked = graph
    paths: list[DataPath] = []

    def locate(path: DataPath) -> Place:  # each path a line of its own, to compare places
        paths.append(path)
        return (len(paths), 1)

    found = semantic_diagnostics(entries, locate=locate, unchecked=unchecked)
    expected = reference(entries, unchecked)
    got = [
        (d.code, paths[d.line - 1] if d.line else (), d.node, str(d.message))
        for d in found
        if d.code in {"TOC201", "TOC202", "TOC203", "TOC204", "TOC205", "TOC207"}
    ]
    assert [(code, path, node) for code, path, node, _ in got] == [
        (code, path, node) for code, path, node, _ in expected
    ]
    for (code, _, _, message), (_, _, _, cycle) in zip(got, expected, strict=True):
        if code == "TOC204":
            assert cycle in message


def test_cycles_are_found_between_outcomes() -> None:
    """The shortcut (no cycle between outcomes: none at all) does not hide a real cycle."""
    o1 = Outcome.model_validate({"id": "O1", "title": "T", "contributes_to": ["O2"]})
    o2 = Outcome.model_validate({"id": "O2", "title": "T", "contributes_to": ["O1", "G1"]})
    goal = Goal.model_validate({"id": "G1", "title": "T"})
    entries = [NodeEntry(("goals", 0), goal)]
    entries += [NodeEntry(("outcomes", 0), o1), NodeEntry(("outcomes", 1), o2)]
    codes = [d.code for d in semantic_diagnostics(entries)]
    assert codes == ["TOC204"]
    assert Kind.OUTCOME in ALLOWED_TARGETS[Kind.OUTCOME]


@given(graph=graphs(), known=st.lists(st.booleans(), min_size=14, max_size=14))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_targets_at_hand_give_the_same_diagnostics(
    graph: tuple[list[NodeEntry], dict[str, list[DataPath]]], known: list[bool]
) -> None:
    """Passing some entries' link targets (as the loader does) changes nothing reported."""
    entries, unchecked = graph
    targets: list[list[str] | None] = [
        [link.to for link in getattr(entry.node, "contributes_to", ())] if given else None
        for entry, given in zip(entries, known, strict=False)
    ]
    paths: list[DataPath] = []

    def locate(path: DataPath) -> Place:
        paths.append(path)
        return (len(paths), 1)

    plain = semantic_diagnostics(entries, locate=locate, unchecked=unchecked)
    plain_paths, paths[:] = paths[:], []
    given = semantic_diagnostics(entries, locate=locate, unchecked=unchecked, targets=targets)
    assert given == plain
    assert paths == plain_paths

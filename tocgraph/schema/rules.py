"""Graph rules of the ToC format that span several nodes.

Unique ids, known references, allowed link directions, no duplicate links, an
acyclic graph, ``requires`` within range, and partners that are declared. The
checks run on whatever nodes passed their own validation, so one run reports
every problem in a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tocgraph.errors import Diagnostic, Phrase, phrase
from tocgraph.hints import known_phrase, parts, suggestion
from tocgraph.i18n import diagnostic
from tocgraph.schema.base import DataPath, Place
from tocgraph.schema.indicator_rules import indicator_diagnostics
from tocgraph.schema.nodes import Activity, Goal, Kind, Node

__all__ = ["ALLOWED_TARGETS", "NodeEntry", "article", "find_cycles", "semantic_diagnostics"]

Locate = Callable[[DataPath], Place | None]

ALLOWED_TARGETS: dict[Kind, frozenset[Kind]] = {
    Kind.ACTIVITY: frozenset({Kind.OUTPUT, Kind.OUTCOME, Kind.GOAL}),
    Kind.OUTPUT: frozenset({Kind.OUTCOME, Kind.GOAL}),
    Kind.OUTCOME: frozenset({Kind.OUTCOME, Kind.GOAL}),
    Kind.GOAL: frozenset(),
}


@dataclass(frozen=True)
class NodeEntry:
    """A validated node and the data path it came from (``("activities", 3)``)."""

    path: DataPath
    node: Node


def _no_location(_: DataPath) -> Place | None:
    return None


def semantic_diagnostics(
    entries: Sequence[NodeEntry],
    *,
    partners: Sequence[str] | None = None,
    lead: str | None = None,
    source: str = "<string>",
    locate: Locate = _no_location,
    unchecked: dict[str, list[DataPath]] | None = None,
) -> list[Diagnostic]:
    """Check the graph rules over validated nodes.

    Parameters
    ----------
    entries
        The nodes, each with its data path in the file.
    partners, lead
        The ToC's declared partners and lead, if any.
    source
        The file name for diagnostics.
    locate
        Maps a data path to a 1-based (line, column).
    unchecked
        Ids of nodes that failed their own validation, with their data paths.
        Links to them are not reported again, and ``requires`` ranges are not
        checked, since their links are unknown.

    Returns
    -------
    list of Diagnostic
        Every error found, unsorted.
    """
    problems: list[Diagnostic] = []

    def add(
        code: str,
        path: DataPath,
        message: Phrase,
        hint: Phrase | tuple[Phrase, ...],
        node: str | None,
    ) -> None:
        line, col = locate(path) or (None, None)
        problems.append(diagnostic(code, message, hint, source, line, col, node))

    first: dict[str, NodeEntry] = {}
    for entry in entries:
        first.setdefault(entry.node.id, entry)
    occurrences = [(entry.path, entry.node.id) for entry in entries]
    occurrences += [
        (path, node_id) for node_id, paths in (unchecked or {}).items() for path in paths
    ]
    seen_at: dict[str, DataPath] = {}
    for path, node_id in sorted(occurrences, key=lambda item: _file_order(item[0])):
        if node_id not in seen_at:
            seen_at[node_id] = path
            continue
        where = locate(seen_at[node_id])
        add(
            "TOC201",
            (*path, "id"),
            phrase("d.TOC201", id=node_id),
            phrase("dh.TOC201.line", id=node_id, line=where[0])
            if where
            else phrase("dh.TOC201", id=node_id),
            node_id,
        )

    by_kind: dict[Kind, list[str]] = {kind: [] for kind in Kind}
    for node_id, entry in first.items():
        by_kind[entry.node.kind].append(node_id)

    contributors: dict[str, set[str]] = {node_id: set() for node_id in first}
    edges: dict[str, list[str]] = {node_id: [] for node_id in first}
    for entry in entries:
        node = entry.node
        if isinstance(node, Goal) or first[node.id] is not entry:
            continue
        allowed = ALLOWED_TARGETS[node.kind]
        seen: set[str] = set()
        for index, link in enumerate(node.contributes_to):
            path = (*entry.path, "contributes_to", index)
            target = first.get(link.to)
            if target is None and unchecked and link.to in unchecked:
                continue
            if target is None:
                candidates = [i for k in allowed for i in by_kind[k]]
                label = phrase("dh.kinds." + "_".join(k.value for k in sorted(allowed, key=_level)))
                add(
                    "TOC202",
                    path,
                    phrase("d.TOC202", to=link.to, node=node.id),
                    parts(suggestion(link.to, candidates), known_phrase(label, candidates)),
                    node.id,
                )
                continue
            if target.node.kind not in allowed:
                add(
                    "TOC203",
                    path,
                    phrase(
                        "d.TOC203",
                        kind=phrase(node.kind.value),
                        node=node.id,
                        target_kind=phrase(target.node.kind.value),
                        target=link.to,
                    ),
                    phrase(f"dh.TOC203.{node.kind.value}"),
                    node.id,
                )
                continue
            if link.to in seen:
                add(
                    "TOC207",
                    path,
                    phrase("d.TOC207", node=node.id, to=link.to),
                    phrase("dh.TOC207"),
                    node.id,
                )
                continue
            seen.add(link.to)
            contributors[link.to].add(node.id)
            edges[node.id].append(link.to)

    for cycle in find_cycles(edges):
        entry = first[cycle[0]]
        add(
            "TOC204",
            (*entry.path, "contributes_to"),
            phrase("d.TOC204", cycle=" -> ".join([*cycle, cycle[0]])),
            phrase("dh.TOC204"),
            cycle[0],
        )

    for node_id, entry in first.items():
        node = entry.node
        if unchecked or isinstance(node, Activity) or not isinstance(node.requires, int):
            continue
        count = len(contributors[node_id])
        if not 1 <= node.requires <= count:
            add(
                "TOC205",
                (*entry.path, "requires"),
                phrase("d.TOC205", node=node_id, requires=node.requires, count=count),
                phrase("dh.TOC205", count=count) if count else phrase("dh.TOC205.none"),
                node_id,
            )

    if partners is not None:
        declared = list(partners)
        for entry in entries:
            node = entry.node
            if isinstance(node, Activity) and node.partner and node.partner not in declared:
                add(
                    "TOC206",
                    (*entry.path, "partner"),
                    phrase("d.TOC206", node=node.id, partner=node.partner),
                    parts(
                        suggestion(node.partner, declared),
                        known_phrase(phrase("dh.label.partners"), declared, limit=20),
                    ),
                    node.id,
                )
        if lead is not None and lead not in declared:
            add(
                "TOC208",
                ("lead",),
                phrase("d.TOC208", lead=lead),
                parts(suggestion(lead, declared), phrase("dh.TOC208")),
                None,
            )
    problems.extend(
        indicator_diagnostics(
            ((entry.path, entry.node) for entry in entries), source=source, locate=locate
        )
    )
    return problems


_SECTION_ORDER = {"goals": 0, "outcomes": 1, "outputs": 2, "activities": 3}


def _file_order(path: DataPath) -> tuple[int, int]:
    if len(path) < 2:
        return (0, 0)
    return _SECTION_ORDER.get(str(path[0]), 4), int(path[1])


def article(kind: Kind) -> str:
    """'a' or 'an' for a kind's name."""
    return "an" if kind.value[0] in "aeiou" else "a"


def _level(kind: Kind) -> int:
    return list(Kind).index(kind)


def find_cycles(edges: dict[str, list[str]]) -> list[list[str]]:
    """Cycles in a directed graph, one per back edge found by depth-first search.

    Each cycle is listed from its smallest id; duplicates are dropped.

    Examples
    --------
    >>> find_cycles({"O1": ["O2"], "O2": ["O3"], "O3": ["O1"], "G1": []})
    [['O1', 'O2', 'O3']]
    >>> find_cycles({"O1": ["G1"], "G1": []})
    []
    """
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(edges, white)
    found: dict[tuple[str, ...], list[str]] = {}
    for root in sorted(edges):
        if colour[root] != white:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path: list[str] = [root]
        colour[root] = grey
        while stack:
            node, index = stack[-1]
            targets = edges.get(node, [])
            if index == len(targets):
                stack.pop()
                path.pop()
                colour[node] = black
                continue
            stack[-1] = (node, index + 1)
            target = targets[index]
            state = colour.get(target, black)
            if state == grey:
                cycle = path[path.index(target) :]
                start = cycle.index(min(cycle))
                rotated = cycle[start:] + cycle[:start]
                found.setdefault(tuple(sorted(rotated)), rotated)
            elif state == white:
                colour[target] = grey
                stack.append((target, 0))
                path.append(target)
    return [found[key] for key in sorted(found)]

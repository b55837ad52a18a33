"""Graph rules of the ToC format that span several nodes.

Unique ids, known references, allowed link directions, no duplicate links, an
acyclic graph, ``requires`` within range, and partners that are declared. The
checks run on whatever nodes passed their own validation, so one run reports
every problem in a file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from tocgraph.errors import MAX_ERRORS, Diagnostic, Phrase, phrase
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


class NodeEntry(NamedTuple):
    """A validated node and the data path it came from (``("activities", 3)``).

    A named pair, so a list of entries is also the ``(path, node)`` pairs the
    other rules take (budget years, assumptions, indicators).
    """

    path: DataPath
    node: Node


_TO = attrgetter("to")
_SECTION_KINDS = {
    "goals": Kind.GOAL,
    "outcomes": Kind.OUTCOME,
    "outputs": Kind.OUTPUT,
    "activities": Kind.ACTIVITY,
}


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
    targets: Sequence[list[str] | None] | None = None,
    suggest: bool = True,
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
    targets
        For each entry, when the caller has them at hand, the ids its links
        name, in order (``[link.to for link in node.contributes_to]``), else
        ``None``. The loader passes the lists it read: reading the target of
        every link object again is most of the time of these rules on a large
        ToC (the links are spread over memory; the lists are not).
    suggest
        Whether unknown ids and partners get a "did you mean" (their errors
        are the same either way).

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
    if unchecked or len(first) != len(entries):  # an id twice: sort, then report in file order
        _duplicate_ids(entries, unchecked or {}, add, locate)

    by_kind: dict[Kind, list[str]] = {kind: [] for kind in Kind}
    for node_id, known in first.items():
        by_kind[known.node.kind].append(node_id)
    offered = dict(by_kind)  # what a "did you mean" offers: nodes with errors of their own too
    for node_id, paths in (unchecked or {}).items():
        kind = _SECTION_KINDS.get(str(paths[0][0])) if paths and paths[0] else None
        if kind is not None and node_id not in first:
            offered[kind] = [*offered[kind], node_id]
    # the ids each kind may link to: one look-up per link that is right
    accepted = {
        kind: set().union(*(by_kind[k] for k in targets))
        for kind, targets in ALLOWED_TARGETS.items()
    }
    repeated = len(first) != len(entries)
    edges: dict[str, list[str]] = {}
    between: dict[str, list[str]] = {}  # the links between outcomes (only they can close a cycle)
    given: Sequence[list[str] | None] = [None] * len(entries) if targets is None else targets
    linkable: dict[frozenset[Kind], tuple[list[str], Phrase]] = {}  # by allowed target kinds
    unknown: list[tuple[int, str, list[str], Phrase]] = []  # problems to say "did you mean" in
    for entry, listed in zip(entries, given, strict=True):
        node = entry.node
        if isinstance(node, Goal) or (repeated and first[node.id] is not entry):
            continue
        right = accepted[node.kind]
        out: list[str] = list(map(_TO, node.contributes_to)) if listed is None else listed
        if right.issuperset(out) and len(set(out)) == len(out):  # all right: the common case
            edges[node.id] = out
            if node.kind is Kind.OUTCOME:
                between[node.id] = out
            continue
        allowed = ALLOWED_TARGETS[node.kind]
        links = node.contributes_to
        out = []
        seen: set[str] = set()
        for index, link in enumerate(links):
            to = link.to
            if to in right and to not in seen:
                out.append(to)
                seen.add(to)
                continue
            target = first.get(to)
            path = (*entry.path, "contributes_to", index)
            if target is None and unchecked and to in unchecked:
                continue
            if target is None:
                if allowed not in linkable:  # the ids a node of this kind may link to, once
                    candidates = [i for k in allowed for i in offered[k]]
                    kinds = "_".join(k.value for k in sorted(allowed, key=_level))
                    linkable[allowed] = (
                        candidates,
                        known_phrase(phrase("dh.kinds." + kinds), candidates),
                    )
                candidates, named = linkable[allowed]
                add("TOC202", path, phrase("d.TOC202", to=to, node=node.id), (named,), node.id)
                unknown.append((len(problems) - 1, to, candidates, named))
            elif target.node.kind not in allowed:
                add(
                    "TOC203",
                    path,
                    phrase(
                        "d.TOC203",
                        kind=phrase(node.kind.value),
                        node=node.id,
                        target_kind=phrase(target.node.kind.value),
                        target=to,
                    ),
                    phrase(f"dh.TOC203.{node.kind.value}"),
                    node.id,
                )
            else:
                add(
                    "TOC207",
                    path,
                    phrase("d.TOC207", node=node.id, to=to),
                    phrase("dh.TOC207"),
                    node.id,
                )
        edges[node.id] = out
        if node.kind is Kind.OUTCOME:
            between[node.id] = out  # a goal among them is no key: no cycle passes it
    contributors = Counter(chain.from_iterable(edges.values()))  # a source links to a target once

    for cycle in _cycles(first, edges, between):
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
        count = contributors[node_id]
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
        known_partners = set(declared)
        named_partners = known_phrase(phrase("dh.label.partners"), declared, limit=20)
        for entry in entries:
            node = entry.node
            if isinstance(node, Activity) and node.partner and node.partner not in known_partners:
                add(
                    "TOC206",
                    (*entry.path, "partner"),
                    phrase("d.TOC206", node=node.id, partner=node.partner),
                    (named_partners,),
                    node.id,
                )
                unknown.append((len(problems) - 1, node.partner, declared, named_partners))
        if lead is not None and lead not in declared:
            add(
                "TOC208",
                ("lead",),
                phrase("d.TOC208", lead=lead),
                parts(suggestion(lead, declared), phrase("dh.TOC208")),
                None,
            )
    if suggest:
        _did_you_mean(problems, unknown)
    problems.extend(indicator_diagnostics(entries, source=source, locate=locate))
    return problems


def _did_you_mean(
    problems: list[Diagnostic], unknown: list[tuple[int, str, list[str], Phrase]]
) -> None:
    """Add "did you mean" to the ``TOC202`` and ``TOC206`` problems at the indexes given
    (with the unknown id or partner, the names it may be, and their list), in place.

    A pass over every name each, so only for the first :data:`MAX_ERRORS` in the
    order of :func:`~tocgraph.errors.sort_diagnostics`: a file shows no more
    (:func:`~tocgraph.errors.cap_diagnostics`), and thousands of them, each
    looking through thousands of ids, took minutes.
    """
    if len(unknown) > MAX_ERRORS:
        at = [problems[item[0]] for item in unknown]
        order = sorted(
            range(len(at)), key=lambda i: (at[i].line or 0, at[i].column or 0, at[i].message)
        )
        unknown = [unknown[i] for i in order[:MAX_ERRORS]]
    for index, to, candidates, named in unknown:
        found = problems[index]
        close = suggestion(to, candidates)
        if close is not None and found.phrase is not None:
            hint = parts(close, named)
            where = found.path, found.line, found.column, found.node
            problems[index] = diagnostic(found.code, found.phrase, hint, *where)


def _duplicate_ids(
    entries: Sequence[NodeEntry],
    unchecked: dict[str, list[DataPath]],
    add: Callable[[str, DataPath, Phrase, Phrase, str], None],
    locate: Locate,
) -> None:
    """``TOC201`` for every id met again, in file order (valid nodes and failed ones)."""
    occurrences = [(entry.path, entry.node.id) for entry in entries]
    occurrences += [(path, node_id) for node_id, paths in unchecked.items() for path in paths]
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


def _cycles(
    first: dict[str, NodeEntry], edges: dict[str, list[str]], between: dict[str, list[str]]
) -> list[list[str]]:
    """:func:`find_cycles` over the accepted links, looked for only when there is one.

    Only outcomes can be on a cycle (activities are no link's target, goals link
    nowhere, outputs are fed by activities only), so the links ``between``
    outcomes tell whether there is one: almost always not, and then the search
    over every node (whose order decides which cycles are listed) is skipped.
    """
    if not find_cycles(between):
        return []
    every: dict[str, list[str]] = {node_id: [] for node_id in first}
    every.update(edges)
    return find_cycles(every)


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

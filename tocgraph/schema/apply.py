"""Apply a change request to its baseline ToC, with every error located.

:func:`apply_changes` applies the changes one by one and checks every
intermediate ToC, so each error points at the change that causes it. It speaks
in data paths; a :class:`~tocgraph.schema.base.Locator` (the change file's
positions, given by :mod:`tocgraph.loading.change`) turns them into lines.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from tocgraph.errors import Diagnostic, InvalidToCError, Phrase, phrase
from tocgraph.hints import known_phrase, parts, suggestion
from tocgraph.i18n import diagnostic
from tocgraph.schema.assumptions import Assumption, AssumptionEntry, assumption_diagnostics
from tocgraph.schema.base import NO_LOCATOR, DataPath, Locator, thaw
from tocgraph.schema.budget import budget_year_diagnostics
from tocgraph.schema.change import (
    AddChange,
    Change,
    ChangeRequest,
    ModifyChange,
    RemoveChange,
    StopChange,
    change_kind,
    change_target,
)
from tocgraph.schema.model import Activity, Goal, Kind, Outcome, Output, Status, ToC
from tocgraph.schema.nodes import Node
from tocgraph.schema.rules import NodeEntry, semantic_diagnostics
from tocgraph.schema.translate import Wording, translate_errors

__all__ = ["apply_changes"]

_SECTIONS: dict[Kind, tuple[str, type[Node]]] = {
    Kind.GOAL: ("goals", Goal),
    Kind.OUTCOME: ("outcomes", Outcome),
    Kind.OUTPUT: ("outputs", Output),
    Kind.ACTIVITY: ("activities", Activity),
}
_NODE_SECTIONS = {section for section, _ in _SECTIONS.values()}


class _State:
    """The nodes of a ToC while changes are applied: per level, by id, in file order."""

    def __init__(self, toc: ToC) -> None:
        self.header = {
            name: getattr(toc, name)
            for name in ToC.model_fields
            if name not in _NODE_SECTIONS and name != "assumptions"
        }
        self.assumptions: dict[str, Assumption] = {a.id: a for a in toc.assumptions}
        self.fields_set = set(toc.model_fields_set)
        self.levels: dict[Kind, dict[str, Node]] = {kind: {} for kind in _SECTIONS}
        self.kind_of: dict[str, Kind] = {}
        for node in toc.nodes():
            self.put(node)
        self.touched: dict[str, DataPath] = {}

    def copy(self) -> _State:
        clone = _State.__new__(_State)
        clone.header, clone.fields_set = self.header, self.fields_set
        clone.levels = {kind: dict(nodes) for kind, nodes in self.levels.items()}
        clone.kind_of, clone.touched = dict(self.kind_of), {}
        clone.assumptions = dict(self.assumptions)
        return clone

    def get(self, node_id: str) -> Node | None:
        kind = self.kind_of.get(node_id)
        return None if kind is None else self.levels[kind][node_id]

    def put(self, node: Node) -> None:
        self.levels[node.kind][node.id] = node
        self.kind_of[node.id] = node.kind

    def delete(self, node_id: str) -> None:
        del self.levels[self.kind_of.pop(node_id)][node_id]

    def nodes(self) -> list[Node]:
        """Goals, outcomes, outputs, activities, each in file order."""
        return [node for kind in _SECTIONS for node in self.levels[kind].values()]

    def toc(self) -> ToC:
        """The state as a ToC; its nodes and header were validated already."""
        fields = dict(self.header)
        present = set(self.fields_set)
        for kind, (section, _) in _SECTIONS.items():
            fields[section] = tuple(self.levels[kind].values())
            if fields[section]:
                present.add(section)
        fields["assumptions"] = tuple(self.assumptions.values())
        if self.assumptions:
            present.add("assumptions")
        return ToC.model_construct(present, **fields)


def apply_changes(
    baseline: ToC,
    request: ChangeRequest,
    *,
    source: str = "<string>",
    locator: Locator = NO_LOCATOR,
) -> tuple[ToC, ...]:
    """The ToC after each change of ``request``, applied in order to ``baseline``.

    Parameters
    ----------
    baseline
        The approved ToC.
    request
        The validated change request.
    source, locator
        The change file's name and where its data paths are, for diagnostics.

    Raises
    ------
    InvalidToCError
        With every change that cannot be applied or makes the ToC invalid.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> request = ChangeRequest.model_validate({"tocgraph-change": 1, "toc": "x",
    ...     "title": "t", "changes": [{"stop": "A1"}]})
    >>> apply_changes(toc, request)[-1].node("A1").status.value
    'stopped'
    """
    problems: list[Diagnostic] = []
    state = _State(baseline)
    states: list[ToC] = []
    named: set[str] = set()

    def add(
        code: str, path: DataPath, message: Phrase, hint: Phrase | tuple[Phrase, ...], node: str
    ) -> None:
        where = locator.key(path) if code == "TOC504" else locator.value(path)
        line, col = where or (None, None)
        problems.append(diagnostic(code, message, hint, source, line, col, node))

    for index, change in enumerate(request.changes):
        path: DataPath = ("changes", index)
        kind = change_kind(change) or "remove"
        target = change_target(change)
        step_problems = len(problems)
        candidate = state.copy()
        existing = candidate.get(target)
        if _on_assumption(change, candidate):
            _change_assumption(change, path, source, locator, candidate, problems, add)
        elif isinstance(change, AddChange):
            if existing is not None or target in candidate.assumptions:
                add(
                    "TOC503",
                    (*path, "add", "id"),
                    phrase("d.TOC503", id=target),
                    phrase("dh.TOC503"),
                    target,
                )
            elif change.level == "assumption":  # pragma: no cover - _on_assumption took it
                raise AssertionError(change)
            else:
                node = _validated(change.level, thaw(change.add), (*path, "add"), source, locator)
                if isinstance(node, list):
                    problems.extend(node)
                else:
                    candidate.put(node)
                    candidate.touched[target] = (*path, "add")
        elif isinstance(change, StopChange) and target in candidate.assumptions:
            add(
                "TOC505",
                (*path, "stop"),
                phrase("d.TOC505.assumption", id=target),
                phrase("dh.TOC505.assumption", id=target),
                target,
            )
        elif existing is None:
            ids = [*candidate.kind_of, *candidate.assumptions]
            add(
                "TOC502",
                (*path, kind),
                phrase(
                    "d.TOC502.gone" if target in named else "d.TOC502",
                    change=index + 1,
                    id=target,
                ),
                parts(suggestion(target, ids), known_phrase(phrase("dh.label.ids"), ids)),
                target,
            )
        elif isinstance(change, StopChange):
            if not isinstance(existing, Activity):
                add(
                    "TOC505",
                    (*path, "stop"),
                    phrase(f"d.TOC505.{existing.kind.value}", id=target),
                    phrase("dh.TOC505"),
                    target,
                )
            else:
                candidate.put(existing.model_copy(update={"status": Status.STOPPED}))
        elif isinstance(change, ModifyChange):
            _modify(change, existing, path, source, locator, candidate, problems, add)
        elif isinstance(existing, Goal) and len(candidate.levels[Kind.GOAL]) == 1:
            add(
                "TOC507",
                (*path, "remove"),
                phrase("d.TOC507", change=index + 1, id=target),
                phrase("dh.TOC507"),
                target,
            )
        else:
            candidate.delete(target)
            for node in candidate.nodes():
                trimmed = _without_link(node, target)
                if trimmed is not node:
                    candidate.put(trimmed)
        named.add(target)
        if len(problems) == step_problems and _may_break_rules(change):
            entries = [
                NodeEntry(candidate.touched.get(node.id, path), node) for node in candidate.nodes()
            ]
            problems.extend(
                semantic_diagnostics(
                    entries,
                    partners=candidate.header.get("partners"),
                    lead=candidate.header.get("lead"),
                    source=source,
                    locate=locator.value,
                )
            )
            problems.extend(
                assumption_diagnostics(
                    [AssumptionEntry(path, name) for name in candidate.assumptions],
                    [(entry.path, entry.node) for entry in entries],
                    source=source,
                    locate=locator.value,
                )
            )
        if len(problems) == step_problems and _sets_budget(change):
            problems.extend(_budget_years(baseline, candidate, target, source, locator))
        if len(problems) == step_problems:
            state = candidate
            states.append(state.toc())
    if problems:
        raise InvalidToCError(problems)
    return tuple(states)


def _sets_budget(change: Change) -> bool:
    if isinstance(change, ModifyChange):
        return "budget_eur" in change.set
    return isinstance(change, AddChange)


def _budget_years(
    baseline: ToC, candidate: _State, target: str, source: str, locator: Locator
) -> list[Diagnostic]:
    """``TOC122`` for the years of an added or modified budget outside the ToC's period."""
    node, period = candidate.get(target), baseline.period
    if node is None or period is None:
        return []
    return budget_year_diagnostics(
        [(candidate.touched[target], node)],
        (period.start.year, period.end.year),
        source=source,
        locate_key=locator.key,
    )


_GRAPH_FIELDS = frozenset({"contributes_to", "requires", "partner", "indicators", "start", "end"})
"""Fields that rules spanning fields or nodes check (indicators and dates included)."""


def _on_assumption(change: Change, state: _State) -> bool:
    """Whether ``change`` adds, modifies or removes a named assumption."""
    if isinstance(change, AddChange):
        return change.level == "assumption"
    if isinstance(change, StopChange):
        return False
    return change_target(change) in state.assumptions


def _change_assumption(
    change: Change,
    path: DataPath,
    source: str,
    locator: Locator,
    candidate: _State,
    problems: list[Diagnostic],
    add: Any,
) -> None:
    """Add, modify or remove a named assumption (removing it takes its name off every link)."""
    target = change_target(change)
    if isinstance(change, RemoveChange):
        del candidate.assumptions[target]
        for node in candidate.nodes():
            trimmed = _without_assumption(node, target)
            if trimmed is not node:
                candidate.put(trimmed)
        return
    if isinstance(change, AddChange):
        if target in candidate.assumptions or candidate.get(target) is not None:
            add(
                "TOC503",
                (*path, "add", "id"),
                phrase("d.TOC503", id=target),
                phrase("dh.TOC503.assumption"),
                target,
            )
            return
        data, where = thaw(change.add), (*path, "add")
    else:
        if not isinstance(change, ModifyChange):  # pragma: no cover - stop is not routed here
            raise AssertionError(change)
        allowed = sorted(set(Assumption.model_fields) - {"id"})
        wrong = [key for key in change.set if key not in allowed]
        for key in wrong:
            hint = parts(suggestion(key, allowed), phrase("dh.TOC504", fields=", ".join(allowed)))
            message = (
                phrase("d.TOC504.assumption_id")
                if key == "id"
                else phrase("d.TOC504.assumption", key=key)
            )
            add("TOC504", (*path, "set", key), message, hint, target)
        if wrong:
            return
        current = candidate.assumptions[target].model_dump(mode="json")
        data, where = {**current, **thaw(change.set)}, (*path, "set")
    try:
        assumption = Assumption.model_validate(data)
    except ValidationError as exc:

        def model_at(_: DataPath) -> type[BaseModel]:
            return Assumption

        problems.extend(
            translate_errors(
                exc, where, Wording(model_at), source=source, locator=locator, node_id=target
            )
        )
        return
    candidate.assumptions[assumption.id] = assumption


def _may_break_rules(change: Change) -> bool:
    """Whether the graph rules must be checked again after ``change``.

    Stopping an activity, or setting a title, description, status or strategy,
    cannot break a rule that spans nodes; skipping the check keeps a long
    request linear in its number of such changes.
    """
    if isinstance(change, StopChange):
        return False
    if isinstance(change, ModifyChange):
        return not _GRAPH_FIELDS.isdisjoint(change.set)
    return True


def _modify(
    change: ModifyChange,
    existing: Node,
    path: DataPath,
    source: str,
    locator: Locator,
    candidate: _State,
    problems: list[Diagnostic],
    add: Any,
) -> None:
    target = change.modify
    allowed = sorted(set(type(existing).model_fields) - {"id"})
    before = len(problems)
    for key in change.set:
        if key == "id":
            add(
                "TOC504",
                (*path, "set", key),
                phrase("d.TOC504.id"),
                phrase("dh.TOC504.id"),
                target,
            )
        elif key not in allowed:
            hint = parts(suggestion(key, allowed), phrase("dh.TOC504", fields=", ".join(allowed)))
            message = phrase(f"d.TOC504.{existing.kind.value}", key=key)
            add("TOC504", (*path, "set", key), message, hint, target)
    if len(problems) > before:
        return
    data = {**existing.model_dump(mode="json"), **thaw(change.set)}
    node = _validated(existing.kind, data, (*path, "set"), source, locator)
    if isinstance(node, list):
        problems.extend(node)
    else:
        candidate.put(node)
        candidate.touched[target] = (*path, "set")


def _validated(
    kind: Kind, data: dict[str, Any], path: DataPath, source: str, locator: Locator
) -> Node | list[Diagnostic]:
    """The node, or the diagnostics of why ``data`` is not one."""
    model = _SECTIONS[kind][1]
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        node_id = data.get("id")

        def model_at(_: DataPath) -> type[BaseModel]:
            return model

        return translate_errors(
            exc,
            path,
            Wording(model_at),
            source=source,
            locator=locator,
            node_id=str(node_id) if node_id else None,
        )


def _without_assumption(node: Node, name: str) -> Node:
    if isinstance(node, Goal) or all(name not in link.assumptions for link in node.contributes_to):
        return node
    links = tuple(
        link.model_copy(update={"assumptions": tuple(a for a in link.assumptions if a != name)})
        for link in node.contributes_to
    )
    return node.model_copy(update={"contributes_to": links})


def _without_link(node: Node, target: str) -> Node:
    if isinstance(node, Goal) or all(link.to != target for link in node.contributes_to):
        return node
    links = tuple(link for link in node.contributes_to if link.to != target)
    return node.model_copy(update={"contributes_to": links})

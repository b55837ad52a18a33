"""Apply a change request to its baseline ToC.

:func:`apply_changes` applies the changes one by one and validates every
intermediate ToC, so each error points at the change that causes it.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from tocgraph.errors import Diagnostic, InvalidToCError
from tocgraph.hints import did_you_mean, join_hint, known_list
from tocgraph.loading.load import translate_errors
from tocgraph.loading.yamlsource import Positions
from tocgraph.schema.change import AddChange, Change, ChangeRequest, ModifyChange, StopChange
from tocgraph.schema.model import Activity, Goal, Kind, Outcome, Output, Status, ToC
from tocgraph.schema.rules import NodeEntry, article, semantic_diagnostics

__all__ = ["apply_changes", "change_target"]

DataPath = tuple[str | int, ...]
Node = Goal | Outcome | Output | Activity
_SECTIONS: dict[Kind, tuple[str, type[Node]]] = {
    Kind.GOAL: ("goals", Goal),
    Kind.OUTCOME: ("outcomes", Outcome),
    Kind.OUTPUT: ("outputs", Output),
    Kind.ACTIVITY: ("activities", Activity),
}


def change_target(change: Change) -> str:
    """The id a change is about."""
    if isinstance(change, StopChange):
        return change.stop
    if isinstance(change, AddChange):
        return str(change.add.get("id", "?"))
    if isinstance(change, ModifyChange):
        return change.modify
    return change.remove


class _State:
    """The nodes of a ToC while changes are applied, in file order."""

    def __init__(self, toc: ToC) -> None:
        self.header = toc.model_dump(exclude={"goals", "outcomes", "outputs", "activities"})
        self.nodes: list[Node] = list(toc.nodes())
        self.touched: dict[str, DataPath] = {}

    def copy(self) -> _State:
        clone = _State.__new__(_State)
        clone.header, clone.nodes, clone.touched = self.header, list(self.nodes), {}
        return clone

    def find(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def replace(self, node: Node) -> None:
        self.nodes = [node if n.id == node.id else n for n in self.nodes]

    def toc(self) -> ToC:
        data = dict(self.header)
        for kind, (section, _) in _SECTIONS.items():
            data[section] = [n for n in self.nodes if n.kind is kind]
        return ToC.model_validate(data, context={"semantics": False})


def apply_changes(
    baseline: ToC,
    request: ChangeRequest,
    *,
    source: str = "<string>",
    positions: Positions | None = None,
) -> tuple[ToC, ...]:
    """The ToC after each change of ``request``, applied in order to ``baseline``.

    Raises
    ------
    InvalidToCError
        With every change that cannot be applied or makes the ToC invalid,
        located in the change file through ``positions``.

    Examples
    --------
    >>> import tocgraph
    >>> from tocgraph.loading.change import load_change_request
    >>> doc = load_change_request("models/change-requests/worden-wie-je-bent-2025-1.yaml")
    >>> states = apply_changes(doc.baseline.toc, doc.request)
    >>> len(states), states[-1].node("A9").title
    (4, 'Individuele interviews met leerlingen en docenten')
    """
    positions = positions or Positions()
    locate = positions.value
    problems: list[Diagnostic] = []
    state = _State(baseline)
    states: list[ToC] = []

    def add(code: str, path: DataPath, message: str, hint: str | None, node: str | None) -> None:
        where = positions.key(path) if code == "TOC504" else locate(path)
        line, col = where or (None, None)
        problems.append(Diagnostic(code, message, hint, source, line, col, node))

    for index, change in enumerate(request.changes):
        path: DataPath = ("changes", index)
        target = change_target(change)
        step_problems = len(problems)
        candidate = state.copy()
        existing = candidate.find(target)
        ids = [n.id for n in candidate.nodes]
        if isinstance(change, AddChange):
            if existing is not None:
                add(
                    "TOC503",
                    (*path, "add", "id"),
                    f"{target!r} already exists in the ToC",
                    "choose a new id, or use 'modify' to change the existing node",
                    target,
                )
            else:
                node = _validated(
                    change.level, change.add, (*path, "add"), source, positions, problems
                )
                if node is not None:
                    candidate.nodes.append(node)
                    candidate.touched[target] = (*path, "add")
        elif existing is None:
            add(
                "TOC502",
                (*path, next(k for k in ("stop", "modify", "remove") if hasattr(change, k))),
                f"change {index + 1} names {target!r}, which is not in the ToC"
                + (
                    " (any more)"
                    if any(target == change_target(c) for c in request.changes[:index])
                    else ""
                ),
                join_hint(did_you_mean(target, ids), known_list("ids", ids)),
                target,
            )
        elif isinstance(change, StopChange):
            if not isinstance(existing, Activity):
                add(
                    "TOC505",
                    (*path, "stop"),
                    f"{target!r} is {article(existing.kind)} {existing.kind.value}; "
                    "only activities can be stopped",
                    "use 'remove' to take a goal, outcome or output out of the ToC",
                    target,
                )
            else:
                candidate.replace(existing.model_copy(update={"status": Status.STOPPED}))
        elif isinstance(change, ModifyChange):
            model = type(existing)
            allowed = sorted(set(model.model_fields) - {"id"})
            for key in change.set:
                if key == "id":
                    add(
                        "TOC504",
                        (*path, "set", key),
                        "the id of a node cannot be changed",
                        "remove the node and add a new one",
                        target,
                    )
                elif key not in allowed:
                    kind = f"{article(existing.kind)} {existing.kind.value}"
                    hint = join_hint(did_you_mean(key, allowed), "fields: " + ", ".join(allowed))
                    add(
                        "TOC504",
                        (*path, "set", key),
                        f"{kind} has no field {key!r} to set",
                        hint,
                        target,
                    )
            if len(problems) == step_problems:
                data = {**existing.model_dump(mode="json"), **change.set}
                node = _validated(existing.kind, data, (*path, "set"), source, positions, problems)
                if node is not None:
                    candidate.replace(node)
                    candidate.touched[target] = (*path, "set")
        else:
            candidate.nodes = [_without_link(n, target) for n in candidate.nodes if n.id != target]
        if len(problems) == step_problems:
            entries = [NodeEntry(candidate.touched.get(n.id, path), n) for n in candidate.nodes]
            header = candidate.header
            problems.extend(
                semantic_diagnostics(
                    entries,
                    partners=header.get("partners"),
                    lead=header.get("lead"),
                    source=source,
                    locate=locate,
                )
            )
        if len(problems) == step_problems:
            state = candidate
            states.append(state.toc())
    if problems:
        raise InvalidToCError(problems)
    return tuple(states)


def _validated(
    kind: Kind,
    data: dict[str, Any],
    path: DataPath,
    source: str,
    positions: Positions,
    problems: list[Diagnostic],
) -> Node | None:
    model = _SECTIONS[kind][1]
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        node_id = data.get("id")
        problems.extend(
            translate_errors(
                exc, path, positions, source, str(node_id) if node_id else None, lambda _: model
            )
        )
        return None


def _without_link(node: Node, target: str) -> Node:
    if isinstance(node, Goal) or all(link.to != target for link in node.contributes_to):
        return node
    links = tuple(link for link in node.contributes_to if link.to != target)
    return node.model_copy(update={"contributes_to": links})

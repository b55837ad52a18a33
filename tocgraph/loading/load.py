"""From YAML text to a validated :class:`~tocgraph.schema.ToC`, or every error in it.

Validation runs in three stages and collects all problems before giving up:
the YAML itself (:mod:`~tocgraph.loading.yamlsource`), each node and the header
against the pydantic models, then the graph rules
(:mod:`~tocgraph.schema.rules`). Pydantic's errors are translated into
located diagnostics with stable codes and hints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tocgraph.errors import Diagnostic, InvalidToCError
from tocgraph.hints import did_you_mean, join_hint
from tocgraph.loading.yamlsource import Positions, parse_yaml, read_text_or_raise, relocate
from tocgraph.schema.model import (
    ACTIVITY_STATUSES_NL,
    Activity,
    Goal,
    Link,
    Outcome,
    Output,
    Period,
    Status,
    Strategy,
    ToC,
)
from tocgraph.schema.rules import NodeEntry, semantic_diagnostics

__all__ = ["Document", "load", "load_document", "loads", "parse_document", "translate_errors"]

SECTIONS: dict[str, type[Goal | Outcome | Output | Activity]] = {
    "goals": Goal,
    "outcomes": Outcome,
    "outputs": Output,
    "activities": Activity,
}
DataPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Document:
    """A validated ToC together with where it came from.

    Attributes
    ----------
    toc
        The model.
    source
        The file name (or ``"<string>"``).
    locations
        1-based (line, column) of each node's mapping in the file, by id.
    """

    toc: ToC
    source: str
    locations: dict[str, tuple[int, int]]

    def locate(self, diagnostic: Diagnostic) -> Diagnostic:
        """The diagnostic with this document's file and its node's position.

        Examples
        --------
        >>> text = "tocgraph: 1\\nid: x\\ngoals:\\n  - {id: G1, title: T}\\n"
        >>> doc = parse_document(text, "t.yaml")
        >>> doc.locate(Diagnostic("TOC302", "no contributors", node="G1")).location()
        't.yaml:4:5'
        """
        return relocate(diagnostic, self.source, self.locations)


def load_document(path: str | Path) -> Document:
    """Like :func:`load`, but keep the file name and node positions.

    Raises
    ------
    InvalidToCError
        With every problem found.
    """
    return parse_document(read_text_or_raise(Path(path)), str(path))


def parse_document(text: str, source: str = "<string>") -> Document:
    """Like :func:`loads`, but keep the source name and node positions."""
    data, positions, problems = parse_yaml(text, source)
    if problems or data is None or not isinstance(data, dict):
        if not problems:
            problems.append(_not_a_mapping(data, source))
        raise InvalidToCError(problems)
    toc, entries = _validate(data, positions, source)
    locations = {}
    for entry in entries:
        where = positions.value(entry.path)
        if where is not None:
            locations[entry.node.id] = where
    return Document(toc, source, locations)


def load(path: str | Path) -> ToC:
    """Load and validate a ToC file.

    Parameters
    ----------
    path
        A YAML file in the ToC format (see ``docs/format.md``).

    Returns
    -------
    ToC
        The validated model.

    Raises
    ------
    InvalidToCError
        With every problem found, each located at ``file:line:column``.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> toc.id
    'worden-wie-je-bent'
    """
    return load_document(path).toc


def loads(text: str, source: str = "<string>") -> ToC:
    """Validate ToC text (YAML) and return the model.

    Parameters
    ----------
    text
        The YAML text.
    source
        The name used in diagnostics.

    Returns
    -------
    ToC

    Raises
    ------
    InvalidToCError
        With every problem found.

    Examples
    --------
    >>> import tocgraph
    >>> try:
    ...     tocgraph.loads("tocgraph: 1\\nid: x\\ngoals: [{id: G1, title: T, colour: red}]\\n")
    ... except tocgraph.InvalidToCError as exc:
    ...     print(exc)
    <string>:3:28: error[TOC101]: unknown key 'colour' in goals[0]
      hint: allowed keys: description, id, requires, serves, title
    """
    return parse_document(text, source).toc


def _not_a_mapping(data: Any, source: str) -> Diagnostic:
    if data is None:
        return Diagnostic(
            "TOC008",
            "the file is empty",
            "start with 'tocgraph: 1' and an id; see docs/format.md",
            source,
            1,
            1,
        )
    return Diagnostic(
        "TOC008",
        f"the file holds a {type(data).__name__}, not a mapping of keys to values",
        "a ToC file starts with 'tocgraph: 1', 'id: ...' and 'goals:' at the left margin",
        source,
        1,
        1,
    )


def _validate(
    data: dict[str, Any], positions: Positions, source: str
) -> tuple[ToC, list[NodeEntry]]:
    other = {"tocgraph-policy": "a policy file", "tocgraph-change": "a change request"}
    for key, what in other.items():
        if key in data and "tocgraph" not in data:
            where = positions.key((key,)) or (1, 1)
            command = "portfolio DIR --policy FILE" if "policy" in key else "change-request FILE"
            raise InvalidToCError(
                [
                    Diagnostic(
                        "TOC008",
                        f"this is {what} ({key}), not a ToC",
                        f"use 'tocgraph {command}' for it",
                        source,
                        *where,
                    )
                ]
            )
    version = data.get("tocgraph")
    if "tocgraph" in data and (type(version) is not int or version != 1):
        line, col = positions.value(("tocgraph",)) or (None, None)
        raise InvalidToCError(
            [
                Diagnostic(
                    "TOC104",
                    f"unknown format version {version!r}",
                    "this version of tocgraph reads 'tocgraph: 1'",
                    source,
                    line,
                    col,
                )
            ]
        )
    problems: list[Diagnostic] = []
    entries: list[NodeEntry] = []
    unchecked: dict[str, list[DataPath]] = {}
    header = dict(data)
    for section, model in SECTIONS.items():
        items = data.get(section)
        if not isinstance(items, list):
            continue
        valid = []
        for index, item in enumerate(items):
            path: DataPath = (section, index)
            try:
                node = model.model_validate(item)
            except ValidationError as exc:
                node_id = item.get("id") if isinstance(item, dict) else None
                if isinstance(node_id, str):
                    unchecked.setdefault(node_id, []).append(path)
                problems.extend(
                    translate_errors(
                        exc, path, positions, source, str(node_id) if node_id else None
                    )
                )
                continue
            entries.append(NodeEntry(path, node))
            valid.append(node)
        header[section] = valid
    try:
        ToC.model_validate(header, context={"semantics": False})
    except ValidationError as exc:
        for diagnostic in translate_errors(exc, (), positions, source, None):
            problems.append(diagnostic)
    problems = [p for p in problems if not _masked(p, data)]
    partners = data.get("partners")
    problems.extend(
        semantic_diagnostics(
            entries,
            partners=partners if _is_text_list(partners) else None,
            lead=data.get("lead") if isinstance(data.get("lead"), str) else None,
            source=source,
            locate=positions.value,
            unchecked=unchecked,
        )
    )
    if problems:
        raise InvalidToCError(problems)
    return ToC.model_validate(header, context={"semantics": False}), entries


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _masked(problem: Diagnostic, data: dict[str, Any]) -> bool:
    """Drop 'goals is too short' when goals has items that failed on their own."""
    return (
        problem.code == "TOC102"
        and problem.message.startswith("goals:")
        and isinstance(data.get("goals"), list)
        and len(data["goals"]) > 0
    )


def _field_names(model: type[BaseModel]) -> list[str]:
    """The keys a model accepts in a file (aliases where fields have them)."""
    return [info.alias or name for name, info in model.model_fields.items()]


def _model_at(path: DataPath) -> type[BaseModel]:
    """The model whose fields live at ``path`` (a mapping in the file)."""
    if not path:
        return ToC
    if path[0] == "period":
        return Period
    model: type[BaseModel] = SECTIONS.get(str(path[0]), ToC)
    if "contributes_to" in path:
        model = Link
    return model


def _where(path: DataPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "the top level"


def translate_errors(
    exc: ValidationError,
    prefix: DataPath,
    positions: Positions,
    source: str,
    node_id: str | None,
    model_at: Callable[[DataPath], type[BaseModel]] | None = None,
) -> list[Diagnostic]:
    """Pydantic's errors as located diagnostics with stable codes and hints.

    ``model_at`` names the model whose keys are allowed at a path (for
    did-you-mean hints on unknown keys); it defaults to the ToC's models.
    """
    model_at = model_at or _model_at
    result = []
    for error in exc.errors(include_url=False):
        loc: DataPath = (*prefix, *error["loc"])
        kind = error["type"]
        field = next((p for p in reversed(loc) if isinstance(p, str)), "")
        code, message, hint = "TOC102", "", None
        position = positions.value(loc)
        if kind == "extra_forbidden":
            code = "TOC101"
            position = positions.key(loc)
            parent = loc[:-1]
            allowed = sorted(_field_names(model_at(parent)))
            message = f"unknown key {field!r} in {_where(parent)}"
            hint = join_hint(did_you_mean(field, allowed), "allowed keys: " + ", ".join(allowed))
            if field == "contributes_to" and parent[:1] == ("goals",):
                code = "TOC203"
                message = f"goal {node_id!r} has contributes_to, but goals link to nothing"
                hint = "goals are the top of the ToC; link outcomes to the goal instead"
        elif kind == "missing":
            code = "TOC103"
            message = f"missing required field {field!r} in {_where(loc[:-1])}"
            hint = _missing_hint(field)
        elif field == "status" and kind == "enum":
            code = "TOC105"
            value = str(error.get("input"))
            choices = [s.value for s in Status] + list(ACTIVITY_STATUSES_NL)
            message = f"unknown status {value!r} for activity {node_id!r}"
            hint = join_hint(
                did_you_mean(value, choices), "use one of: " + ", ".join(s.value for s in Status)
            )
        elif field == "strategy" and kind == "enum":
            code = "TOC106"
            value = str(error.get("input"))
            choices = [s.value for s in Strategy]
            message = f"unknown intervention strategy {value!r} for activity {node_id!r}"
            hint = join_hint(did_you_mean(value, choices), "use one of: " + ", ".join(choices))
        else:
            message, hint = _value_message(loc, error)
        line, col = position or (None, None)
        result.append(Diagnostic(code, message, hint, source, line, col, node_id))
    return result


def _missing_hint(field: str) -> str | None:
    return {
        "tocgraph": "add 'tocgraph: 1' as the first line",
        "id": "every node needs an id, e.g. 'id: A1'",
        "title": "add a short title",
        "goals": "a ToC needs at least one goal",
        "to": "a long-form link needs 'to: <id>'",
    }.get(field)


def _value_message(loc: DataPath, error: Any) -> tuple[str, str | None]:
    msg = str(error["msg"]).removeprefix("Value error, ")
    kind = error["type"]
    where = _where(loc)
    value = error.get("input")
    shown = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    if "contributes_to" in loc and kind in ("model_type", "model_attributes_type", "dict_type"):
        return (
            f"{where}: expected a node id or a mapping with 'to' and 'assumption', got {shown}",
            "write '- O1' or '- {to: O1, assumption: ...}'",
        )
    if kind == "string_pattern_mismatch":
        if loc == ("id",):
            return (
                f"{where}: {shown} is not a valid ToC id",
                "use lower-case letters, digits and hyphens, e.g. 'worden-wie-je-bent'",
            )
        return (
            f"{where}: {shown} is not a valid id",
            "start with a letter or digit; then letters, digits, '_', '.', '-' (e.g. 'A1')",
        )
    if kind == "too_short" and loc == ("goals",):
        return "goals: a ToC needs at least one goal", "add a goal under 'goals:'"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{where}: expected a mapping of keys to values, got {shown}", None
    return f"{where}: {msg} (got {shown})", None

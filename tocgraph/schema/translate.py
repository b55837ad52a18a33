"""Pydantic's validation errors as located diagnostics with stable codes and hints.

The translation reads each error's *type* (``extra_forbidden``, ``missing``,
``int_type``, ...) and its context, never its English message, so a new pydantic
release cannot change what a user reads. A :class:`Wording` says what differs
between document kinds (what an id looks like, which lists may not be empty).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from tocgraph.errors import Diagnostic
from tocgraph.hints import did_you_mean, join_hint
from tocgraph.schema.assumptions import (
    ASSUMPTION_STATUSES_NL,
    EVIDENCE_STRENGTHS_NL,
    AssumptionStatus,
    Strength,
)
from tocgraph.schema.base import NO_LOCATOR, DataPath, Locator
from tocgraph.schema.nodes import ACTIVITY_STATUSES_NL, Status, Strategy

__all__ = ["Wording", "translate_errors", "where"]

ModelAt = Callable[[DataPath], type[BaseModel]]


@dataclass(frozen=True)
class Wording:
    """What a document kind says in its messages.

    Attributes
    ----------
    model_at
        The model whose keys are allowed at a data path (for unknown-key hints).
    slug
        What the top-level ``id`` names, and an example (``("ToC id", "worden-wie-je-bent")``).
    too_short
        For lists that may not be empty, by key: the message and the hint.
    """

    model_at: ModelAt
    slug: tuple[str, str] = ("ToC id", "worden-wie-je-bent")
    too_short: Mapping[str, tuple[str, str]] = field(default_factory=dict)


_MAPPING_TYPES = ("model_type", "model_attributes_type", "dict_type")
_MISSING_HINTS = {
    "tocgraph": "add 'tocgraph: 1' as the first line",
    "tocgraph-policy": "add 'tocgraph-policy: 1' as the first line",
    "tocgraph-change": "add 'tocgraph-change: 1' as the first line",
    "id": "every node needs an id, e.g. 'id: A1'",
    "title": "add a short title",
    "goals": "a ToC needs at least one goal",
    "to": "a long-form link needs 'to: <id>'",
}
_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "float_type": "a number",
    "date_type": "a date such as 2024-01-31",
    "date_parsing": "a date such as 2024-01-31",
    "date_from_datetime_parsing": "a date such as 2024-01-31",
    "date_from_datetime_inexact": "a date such as 2024-01-31, without a time",
    "tuple_type": "a list",
    "list_type": "a list",
}


def where(path: DataPath) -> str:
    """A data path as a reader writes it: ``activities[3].title``.

    Examples
    --------
    >>> where(("activities", 3, "title")), where(())
    ('activities[3].title', 'the top level')
    """
    text = ""
    for part in path:
        name = part if isinstance(part, int) or part.isprintable() else repr(part)
        text += f"[{name}]" if isinstance(part, int) else (f".{name}" if text else str(name))
    return text or "the top level"


def shown(value: Any) -> str:
    """A user's value as a message quotes it: one line, ``repr`` for scalars.

    Examples
    --------
    >>> shown("a\\nb"), shown([1]), shown(True)
    ("'a\\\\nb'", 'list', 'True')
    """
    if isinstance(value, dict | list | tuple):
        return type(value).__name__
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _field_names(model: type[BaseModel]) -> list[str]:
    """The keys a model accepts in a file (aliases where fields have them)."""
    return [info.alias or name for name, info in model.model_fields.items()]


def translate_errors(
    exc: ValidationError,
    prefix: DataPath,
    wording: Wording,
    *,
    source: str = "<string>",
    locator: Locator = NO_LOCATOR,
    node_id: str | None = None,
) -> list[Diagnostic]:
    """Pydantic's errors as located diagnostics with stable codes and hints.

    Parameters
    ----------
    exc
        The validation error of a model validated at ``prefix`` in the document.
    prefix
        The data path of the validated value.
    wording
        What the document kind says (see :class:`Wording`).
    source, locator
        The file name, and where data paths are in it.
    node_id
        The id of the node being validated, if any.
    """
    result = []
    for error in exc.errors(include_url=False):
        if _items_failed(error):
            continue  # each failing item has its own diagnostic
        loc: DataPath = (*prefix, *error["loc"])
        code, message, hint = _translate(loc, error, wording, node_id)
        place = locator.key(loc) if code == "TOC101" else locator.value(loc)
        line, col = place or (None, None)
        result.append(Diagnostic(code, message, hint, source, line, col, node_id))
    return result


def _items_failed(error: Any) -> bool:
    """A list 'too short' only because its items failed their own validation."""
    value = error.get("input")
    minimum = error.get("ctx", {}).get("min_length", 0)
    return (
        error["type"] == "too_short" and isinstance(value, list | tuple) and len(value) >= minimum
    )


def _translate(
    loc: DataPath, error: Any, wording: Wording, node_id: str | None
) -> tuple[str, str, str | None]:
    kind = error["type"]
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    value = error.get("input")
    if kind == "extra_forbidden":
        parent = loc[:-1]
        if field == "contributes_to" and parent[:1] == ("goals",):
            return (
                "TOC203",
                f"goal {node_id!r} has contributes_to, but goals link to nothing",
                "goals are the top of the ToC; link outcomes to the goal instead",
            )
        allowed = sorted(_field_names(wording.model_at(parent)))
        return (
            "TOC101",
            f"unknown key {field!r} in {where(parent)}",
            join_hint(did_you_mean(field, allowed), "allowed keys: " + ", ".join(allowed)),
        )
    if kind == "missing":
        return (
            "TOC103",
            f"missing required field {field!r} in {where(loc[:-1])}",
            _MISSING_HINTS.get(field),
        )
    if kind == "enum" and (
        field == "strength" or "'untested'" in str(error.get("ctx", {}).get("expected", ""))
    ):
        return _assumption_enum(loc, field, str(value))
    if kind == "enum" and field == "status":
        text = str(value)
        choices = [s.value for s in Status] + list(ACTIVITY_STATUSES_NL)
        return (
            "TOC105",
            f"unknown status {shown(text)} for activity {node_id!r}",
            join_hint(
                did_you_mean(text, choices), "use one of: " + ", ".join(s.value for s in Status)
            ),
        )
    if kind == "enum" and field == "strategy":
        text = str(value)
        choices = [s.value for s in Strategy]
        return (
            "TOC106",
            f"unknown intervention strategy {shown(text)} for activity {node_id!r}",
            join_hint(did_you_mean(text, choices), "use one of: " + ", ".join(choices)),
        )
    message, hint = _value_message(loc, kind, error, wording)
    return "TOC102", message, hint


def _assumption_enum(loc: DataPath, field: str, text: str) -> tuple[str, str, str | None]:
    """An unknown assumption status or evidence strength (English or Dutch words)."""
    values = [s.value for s in (Strength if field == "strength" else AssumptionStatus)]
    dutch = EVIDENCE_STRENGTHS_NL if field == "strength" else ASSUMPTION_STATUSES_NL
    return (
        "TOC102",
        f"{where(loc)}: unknown {field} {shown(text)}",
        join_hint(
            did_you_mean(text, [*values, *dutch]),
            "use one of: " + ", ".join(values) + " (or in Dutch: " + ", ".join(dutch) + ")",
        ),
    )


def _value_message(
    loc: DataPath, kind: str, error: Any, wording: Wording
) -> tuple[str, str | None]:
    at = where(loc)
    value = error.get("input")
    got = shown(value)
    if "contributes_to" in loc and kind in _MAPPING_TYPES:
        return (
            f"{at}: expected a node id or a mapping with 'to' and 'assumption', got {got}",
            "write '- O1' or '- {to: O1, assumption: ...}'",
        )
    if kind == "string_pattern_mismatch":
        if loc == ("id",):
            name, example = wording.slug
            return (
                f"{at}: {got} is not a valid {name}",
                f"use lower-case letters, digits and hyphens, e.g. {example!r}",
            )
        return (
            f"{at}: {got} is not a valid id",
            "start with a letter or digit; then letters, digits, '_', '.', '-' (e.g. 'A1')",
        )
    if kind == "too_short" and len(loc) == 1 and str(loc[0]) in wording.too_short:
        return wording.too_short[str(loc[0])]
    if kind in _MAPPING_TYPES:
        return f"{at}: expected a mapping of keys to values, got {got}", None
    if kind == "too_short":
        return f"{at}: may not be empty", "give at least one item, or leave the key out"
    if kind == "period_order":
        return f"{at}: {error['msg']}", "check the dates; 'end' comes after 'start'"
    expected = _EXPECTED.get(kind)
    if expected is not None:
        field = next((p for p in reversed(loc) if isinstance(p, str)), "title")
        return f"{at}: expected {expected}, got {got}", _type_hint(kind, value, field)
    if kind == "value_error":
        reason = str(error["ctx"]["error"]) if "ctx" in error else str(error["msg"])
        return f"{at}: {reason} (got {got})", None
    if kind == "string_too_short":
        return f"{at}: may not be empty", "write some text, or leave the key out"
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return f"{at}: longer than {limit} characters", "shorten it; details go in 'description'"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{at}: must not be negative (got {got})", None
    if kind == "literal_error":
        expected_values = error.get("ctx", {}).get("expected", "")
        return f"{at}: expected {expected_values}, got {got}", None
    return f"{at}: invalid value (got {got})", None


def _type_hint(kind: str, value: Any, field: str) -> str | None:
    """How to write the value the model expects, from what the file gave."""
    if kind == "string_type" and isinstance(value, bool):
        word = "yes" if value else "no"
        return f"got a yes/no value; put the text in quotes, e.g. {field}: '{word}'"
    if kind == "string_type" and isinstance(value, int | float):
        return f"got a number; put the text in quotes, e.g. {field}: '2024'"
    if kind == "string_type" and value is None:
        return "the value is empty; write some text, or leave the key out"
    if kind.startswith("int") and isinstance(value, str):
        return "write the number without quotes, e.g. 100000"
    if kind.startswith("int") and isinstance(value, bool):
        return "write a number, not true or false"
    if kind.startswith("bool") and isinstance(value, str):
        return "write true or false, without quotes"
    if kind.startswith("date"):
        return "write the date as YYYY-MM-DD, without quotes"
    return None

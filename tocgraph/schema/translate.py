"""Pydantic's validation errors as located diagnostics with stable codes and hints.

The translation reads each error's *type* (``extra_forbidden``, ``missing``,
``int_type``, ...) and its context, never its English message, so a new pydantic
release cannot change what a user reads. A :class:`Wording` says what differs
between document kinds (what an id looks like, which lists may not be empty).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from pydantic import BaseModel, ValidationError

from tocgraph.errors import Diagnostic, Phrase, PhraseArg, phrase
from tocgraph.hints import parts, suggestion, value_phrase
from tocgraph.i18n import diagnostic
from tocgraph.schema.assumptions import (
    ASSUMPTION_STATUSES_NL,
    EVIDENCE_STRENGTHS_NL,
    AssumptionStatus,
    Strength,
)
from tocgraph.schema.base import NO_LOCATOR, DataPath, Locator
from tocgraph.schema.budget import BUDGET_ERROR
from tocgraph.schema.nodes import Strategy
from tocgraph.schema.status_words import status_hints
from tocgraph.schema.value_hints import date_hint, requires_hint

_SYNONYMS = {
    "title": "name",
    "titel": "title",
    "naam": "name",
    "name": "title",
    # the Dutch words of the reports and sheets, as a writer would type them as keys
    "onderbouwing": "rationale",
    "toelichting": "rationale",
    "omschrijving": "description",
    "beschrijving": "description",
    "draagt_bij_aan": "contributes_to",
    "bijdrage_aan": "contributes_to",
    "vereist": "requires",
    "vereiste": "requires",
    "penvoerder": "lead",
    "strategie": "strategy",
    "begroting": "budget_eur",
    "budget": "budget_eur",
    "doelen": "goals",
    "uitkomsten": "outcomes",
    "activiteiten": "activities",
    "aannames": "assumptions",
    "aanname": "assumption",
    "indicatoren": "indicators",
    "wijzigingen": "changes",
}
"""Keys meant for another, spelt nothing alike: a policy has a ``name``, a node a ``title``
(found by fuzzing: ``title`` in a policy got "did you mean 'triage'?"), and the Dutch words
the reports use (a newcomer wrote ``onderbouwing:`` for ``rationale:``)."""

_DAY_ZERO = date(1899, 12, 30)
"""The day before a spreadsheet's day number 1 (Excel's and LibreOffice's count)."""
_LAST_DAY_NUMBER = 2_958_466
"""One past the day number of 9999-12-31."""

_DATE_SHAPE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
"""A date as YAML writes one."""


def _no_such_day(value: str) -> bool:
    """Whether ``value`` is written as a date but names no day (2023-02-30, 2024-13-01).

    Examples
    --------
    >>> _no_such_day("2023-02-30"), _no_such_day("2024-02-29"), _no_such_day("soon")
    (True, False, False)
    """
    found = _DATE_SHAPE.fullmatch(value)
    if found is None:
        return False
    try:
        date(*map(int, found.groups()))
    except ValueError:
        return True
    return False


__all__ = ["Wording", "translate_errors", "where", "where_phrase"]


ModelAt = Callable[[DataPath], type[BaseModel]]


@dataclass(frozen=True)
class Wording:
    """What a document kind says in its messages.

    Attributes
    ----------
    model_at
        The model whose keys are allowed at a data path (for unknown-key hints).
    slug
        What the top-level ``id`` names, and an example
        (``(phrase("dh.slug.toc"), "worden-wie-je-bent")``).
    too_short
        For lists that may not be empty, by key: the message and the hint.
    """

    model_at: ModelAt
    slug: tuple[Phrase, str] = (phrase("dh.slug.toc"), "worden-wie-je-bent")
    too_short: Mapping[str, tuple[Phrase, Phrase]] = field(default_factory=dict)


_MAPPING_TYPES = ("model_type", "model_attributes_type", "dict_type")
_MISSING_HINTS = frozenset(
    f"dh.TOC103.{field}"
    for field in ("tocgraph", "tocgraph-policy", "tocgraph-change", "id", "title", "goals", "to")
)
_EXPECTED = {
    "string_type": "dh.expected.text",
    "int_type": "dh.expected.int",
    "int_parsing": "dh.expected.int",
    "int_from_float": "dh.expected.int",
    "bool_type": "dh.expected.bool",
    "bool_parsing": "dh.expected.bool",
    "float_type": "dh.expected.number",
    "date_type": "dh.expected.date",
    "date_parsing": "dh.expected.date",
    "date_from_datetime_parsing": "dh.expected.date",
    "date_from_datetime_inexact": "dh.expected.date_only",
    "tuple_type": "dh.expected.list",
    "list_type": "dh.expected.list",
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


def where_phrase(path: DataPath) -> PhraseArg:
    """:func:`where` for a message: the path, or a phrase for 'the top level'.

    Examples
    --------
    >>> where_phrase(("goals", 0)), where_phrase(())
    ('goals[0]', Phrase(key='dh.top_level', args=()))
    """
    return where(path) if path else phrase("dh.top_level")


def shown(value: Any) -> str:
    """A user's value as a message quotes it: one line, ``repr`` for scalars.

    Examples
    --------
    >>> shown("a\\nb"), shown([1]), shown(True), shown(time(12, 0))
    ("'a\\\\nb'", 'list', 'True', "'12:00:00'")
    """
    if isinstance(value, dict | list | tuple):
        return type(value).__name__
    if isinstance(value, date | time):  # a spreadsheet's cell: no Python repr
        value = value.isoformat(" ") if isinstance(value, datetime) else value.isoformat()
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
    data: Any = None,
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
    data
        The whole value validated, when ``node_id`` is not given: a message
        about a place inside a list item names the item's ``id`` from it.
    """
    result = []
    for error in exc.errors(include_url=False):
        if _items_failed(error):
            continue  # each failing item has its own diagnostic
        loc: DataPath = (*prefix, *error["loc"])
        if error["type"] == BUDGET_ERROR:
            named = node_id or _item_id(data, error["loc"])
            result.extend(_budget(loc, error, source, locator, named))
            continue
        code, message, hint = _translate(loc, error, wording, node_id)
        message = _named(message, loc, node_id or _item_id(data, error["loc"]))
        place = locator.key(loc) if code == "TOC101" else locator.value(loc)
        line, col = place or (None, None)
        result.append(diagnostic(code, message, hint, source, line, col, node_id))
    return result


def _budget(
    loc: DataPath, error: Any, source: str, locator: Locator, node_id: str | None
) -> list[Diagnostic]:
    """One diagnostic per problem of an invalid ``budget_eur`` (a bad year key at the key)."""
    found = []
    for problem in error["ctx"]["problems"]:
        at: DataPath = (*loc, *problem.at)
        place = locator.key(at) if problem.code == "TOC122" else locator.value(at)
        line, col = place or (None, None)
        place_text = where(loc) + "".join(f"[{key}]" for key in problem.at)
        message = phrase(problem.message.key, at=place_text, **problem.message.values)
        message = _named(message, loc, node_id)
        found.append(diagnostic(problem.code, message, problem.hint, source, line, col, node_id))
    return found


_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")
"""A node id as the schema allows it (anything else is not repeated in a message)."""


def _named(message: Phrase, loc: DataPath, node_id: str | None) -> Phrase:
    """The message with the node's id after a place inside it: ``activities[1] (A2)``.

    A reader counts items from 1, a data path from 0: the id says which is meant.

    Examples
    --------
    >>> m = phrase("d.TOC103", field="title", where="activities[1]")
    >>> _named(m, ("activities", 1, "title"), "A2").values["where"]
    'activities[1] (A2)'
    >>> _named(m, ("activities", 1, "title"), "not an id!").values["where"]
    'activities[1]'
    """
    if node_id is None or not _ID.fullmatch(node_id) or len(loc) < 2:
        return message
    if not isinstance(loc[1], int):
        return message
    item = where(loc[:2])

    def inside(name: str, value: PhraseArg) -> bool:
        return (
            name in ("at", "where")
            and isinstance(value, str)
            and (value == item or value.startswith((f"{item}.", f"{item}[")))
        )

    return Phrase(
        message.key,
        tuple((n, f"{v} ({node_id})" if inside(n, v) else v) for n, v in message.args),
    )


def _item_id(data: Any, loc: DataPath) -> str | None:
    """The ``id`` of the list item ``loc[:2]`` of ``data`` (a mapping or a model), if any."""
    if len(loc) < 2 or not isinstance(loc[0], str) or not isinstance(loc[1], int):
        return None
    items = data.get(loc[0]) if isinstance(data, Mapping) else getattr(data, loc[0], None)
    if not isinstance(items, list | tuple) or not 0 <= loc[1] < len(items):
        return None
    item = items[loc[1]]
    found = item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)
    return found if isinstance(found, str) else None


def _items_failed(error: Any) -> bool:
    """A list 'too short' only because its items failed their own validation."""
    value = error.get("input")
    minimum = error.get("ctx", {}).get("min_length", 0)
    return (
        error["type"] == "too_short" and isinstance(value, list | tuple) and len(value) >= minimum
    )


def _translate(
    loc: DataPath, error: Any, wording: Wording, node_id: str | None
) -> tuple[str, Phrase, tuple[Phrase, ...]]:
    kind = error["type"]
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    value = error.get("input")
    if kind == "extra_forbidden":
        parent = loc[:-1]
        if field == "contributes_to" and parent[:1] == ("goals",):
            return "TOC203", phrase("d.TOC203.goal", node=node_id), (phrase("dh.TOC203.goal"),)
        allowed = sorted(_field_names(wording.model_at(parent)))
        meant = _SYNONYMS.get(field.lower())
        close = (
            phrase("dh.did_you_mean", name=meant)
            if meant in allowed
            else suggestion(field, allowed)
        )
        return (
            "TOC101",
            phrase("d.TOC101", key=field, where=where_phrase(parent)),
            parts(close, phrase("dh.TOC101", keys=", ".join(allowed))),
        )
    if kind == "missing":
        hint = f"dh.TOC103.{field}"
        return (
            "TOC103",
            phrase("d.TOC103", field=field, where=where_phrase(loc[:-1])),
            (phrase(hint),) if hint in _MISSING_HINTS else (),
        )
    if kind == "enum" and (
        field == "strength" or "'untested'" in str(error.get("ctx", {}).get("expected", ""))
    ):
        return _assumption_enum(loc, field, str(value))
    if kind == "enum" and field == "status":
        text = str(value)
        return ("TOC105", phrase("d.TOC105", value=shown(text), node=node_id), status_hints(text))
    if kind == "enum" and field == "strategy":
        text = str(value)
        choices = [s.value for s in Strategy]
        return (
            "TOC106",
            phrase("d.TOC106", value=shown(text), node=node_id),
            parts(suggestion(text, choices), phrase("dh.use_one_of", choices=", ".join(choices))),
        )
    message, value_hint = _value_message(loc, kind, error, wording)
    return "TOC102", message, () if value_hint is None else (value_hint,)


def _assumption_enum(
    loc: DataPath, field: str, text: str
) -> tuple[str, Phrase, tuple[Phrase, ...]]:
    """An unknown assumption status or evidence strength (English or Dutch words)."""
    values = [s.value for s in (Strength if field == "strength" else AssumptionStatus)]
    dutch = EVIDENCE_STRENGTHS_NL if field == "strength" else ASSUMPTION_STATUSES_NL
    key = "d.TOC102.strength" if field == "strength" else "d.TOC102.assumption_status"
    return (
        "TOC102",
        phrase(key, at=where_phrase(loc), got=shown(text)),
        parts(
            suggestion(text, [*values, *dutch]),
            phrase("dh.TOC102.choices", choices=", ".join(values), dutch=", ".join(dutch)),
        ),
    )


def _value_message(
    loc: DataPath, kind: str, error: Any, wording: Wording
) -> tuple[Phrase, Phrase | None]:
    at = where_phrase(loc)
    value = error.get("input")
    got = shown(value)
    if "contributes_to" in loc and kind in _MAPPING_TYPES:  # a number: 02 typed for O2
        number = "_number" if type(value) in (int, float) else ""
        return phrase("d.TOC102.link", at=at, got=got), phrase("dh.TOC102.link" + number)
    if kind == "string_pattern_mismatch":
        if loc == ("id",):
            name, example = wording.slug
            return (
                phrase("d.TOC102.slug", at=at, got=got, name=name),
                phrase("dh.TOC102.slug", example=example),
            )
        return phrase("d.TOC102.id", at=at, got=got), phrase("dh.TOC102.id")
    if kind == "too_short" and len(loc) == 1 and str(loc[0]) in wording.too_short:
        return wording.too_short[str(loc[0])]
    if kind in _MAPPING_TYPES:
        return phrase("d.TOC102.mapping", at=at, got=got), None
    if kind == "too_short":
        return phrase("d.TOC102.empty", at=at), phrase("dh.TOC102.empty_list")
    if kind == "period_order":
        ctx = error.get("ctx", {})
        return (
            phrase("d.TOC102.period", at=at, start=str(ctx.get("start")), end=str(ctx.get("end"))),
            phrase("dh.TOC102.period"),
        )
    expected = _EXPECTED.get(kind)
    if expected is not None:
        field = next((p for p in reversed(loc) if isinstance(p, str)), "title")
        got_kind = value_phrase(value, got)
        message = phrase("d.TOC102.expected", at=at, expected=phrase(expected), got=got_kind)
        return message, _type_hint(kind, value, field)
    if kind == "value_error":
        reason = str(error["ctx"]["error"]) if "ctx" in error else str(error["msg"])
        if reason.startswith("requires must be"):
            if isinstance(value, bool):
                return phrase("d.TOC102.requires_bool", at=at, value=repr(value), got=got), None
            return phrase("d.TOC102.requires", at=at, value=repr(value), got=got), requires_hint(
                value
            )
        return phrase("d.TOC102.reason", at=at, reason=reason, got=got), None
    if kind == "string_too_short":
        return phrase("d.TOC102.empty", at=at), phrase("dh.TOC102.empty_text")
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return phrase("d.TOC102.too_long", at=at, limit=str(limit)), phrase("dh.TOC102.too_long")
    if kind in ("greater_than_equal", "greater_than"):
        return phrase("d.TOC102.negative", at=at, got=got), None
    if kind == "literal_error":
        expected_values = str(error.get("ctx", {}).get("expected", ""))
        close = suggestion(str(value), re.findall(r"'([^']*)'", expected_values))
        return phrase("d.TOC102.literal", at=at, expected=expected_values, got=got), close
    return phrase("d.TOC102.invalid", at=at, got=got), None


def _type_hint(kind: str, value: Any, field: str) -> Phrase | None:
    """How to write the value the model expects, from what the file gave."""
    if kind == "string_type" and isinstance(value, bool):
        return phrase("dh.TOC102.yes_no", field=field, word="yes" if value else "no")
    if kind == "string_type" and isinstance(value, int | float):
        return phrase("dh.TOC102.number_text", field=field)
    if kind == "string_type" and value is None:
        return phrase("dh.TOC102.empty_value")
    if kind.startswith("int") and isinstance(value, str):
        return phrase("dh.TOC102.int_quoted")
    if kind.startswith("int") and isinstance(value, bool):
        return phrase("dh.TOC102.int_bool")
    if kind.startswith("bool") and isinstance(value, str):
        return phrase("dh.TOC102.bool_quoted")
    if kind.startswith("date") and type(value) is int and 0 < value < _LAST_DAY_NUMBER:
        day = (_DAY_ZERO + timedelta(days=value)).isoformat()  # 44927 is 2023-01-01
        return phrase("dh.TOC102.day_number", value=value, date=day)
    if kind.startswith("date") and isinstance(value, str) and _no_such_day(value):
        return phrase("dh.TOC102.no_such_day")  # 2023-02-30: the YAML reader left it as text
    if kind.startswith("date") and isinstance(value, str) and (day_first := date_hint(value)):
        return day_first  # 1-1-2026: the day first
    if kind.startswith("date"):
        return phrase("dh.TOC102.date")
    return None

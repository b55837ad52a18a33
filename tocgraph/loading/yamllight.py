"""The light YAML walk: the plain, common part of a file below its placed levels.

Below the data paths whose positions are kept (a node's own keys and values,
see ``placed`` in :func:`tocgraph.loading.yamlsource.parse_yaml`), nothing is
placed, so the walk only has to build the data. These functions do that in
one tight loop per mapping or list, with one pass per event and no method
call per scalar already seen: a plain scalar's value is looked up by its
text. At anything that is not plain data - an anchor, an alias, a tag, a merge
key, a duplicate key, a key that is not text, a value the constructor refuses,
deep nesting - they give up (:class:`UnplacedError`) and the caller reads the
whole text again with every position, so every problem is reported and placed
exactly as the full walk reports it. Files that take this route read to the
same data as the full walk (``tests/loading/test_light_positions.py``).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

__all__ = [
    "MISSING",
    "UnplacedError",
    "light_mapping",
    "light_sequence",
    "plain_text",
    "plain_value",
]

MAX_NESTING = 60
"""Deeper than this the light walk gives up (the full walk stops at 64 levels)."""

_SHARED = 64  # texts up to this long (keys, ids, statuses) are read into one object each
_STR = "tag:yaml.org,2002:str"
_BUILT = {"tag:yaml.org,2002:" + name for name in ("int", "float", "bool", "null", "timestamp")}
NUMBERS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
YAML11_NUMBER = re.compile(r"[-+]?(?:0[0-9_bx]|[0-9][0-9_]*:)")
"""How a number starts that YAML 1.1 reads otherwise than it looks: 0400000 (octal),
1:30 (base 60), 0x10, 0b11. The placed walk reports it (TOC010); the light walk gives up."""
_Scalar = yaml.ScalarEvent
_MappingStart = yaml.MappingStartEvent
_MappingEnd = yaml.MappingEndEvent
_SequenceStart = yaml.SequenceStartEvent
_SequenceEnd = yaml.SequenceEndEvent

MISSING: Any = object()
"""Not in the cache of plain values."""


class UnplacedError(Exception):
    """A problem, or something unusual, needs positions that a light walk did not keep."""


def plain_value(walker: Any, event: Any) -> Any:
    """The value of a plain scalar event (no tag, no anchor), kept in ``walker.values``.

    Gives up (:class:`UnplacedError`) when the value is not a text, number,
    boolean, null or date, or when the constructor refuses it.
    """
    text: str = event.value
    long = len(text) > _SHARED
    return plain_text(walker, text, walker.resolve(event) if long else None)  # long: tag kept


def plain_text(walker: Any, text: str, tag: str | None = None) -> Any:
    """The value of the plain scalar ``text``, as :func:`plain_value` reads it.

    ``tag``: its tag when already known. Short texts are read into one object
    each (``walker.texts``, ``walker.keys``) and their values kept in
    ``walker.values``. Gives up (:class:`UnplacedError`) as :func:`plain_value` does.
    """
    short = len(text) <= _SHARED
    if tag is None:
        tag = walker.implicit(text)
    if tag == _STR:
        value: Any = text
        if short:
            value = walker.keys[text] = walker.texts.setdefault(text, text)
    elif tag in _BUILT:
        if tag in NUMBERS and YAML11_NUMBER.match(text):
            raise UnplacedError
        try:
            node = yaml.ScalarNode(tag, text)
            value = walker.constructor.yaml_constructors[tag](walker.constructor, node)
        except Exception:
            raise UnplacedError from None
    else:
        raise UnplacedError
    if short:
        walker.values[text] = value  # the same text always gives the same (immutable) value
    return value


def _node(walker: Any, event: Any, depth: int, years: bool) -> Any:
    """The value of one event at ``depth`` that is not a plain scalar seen before."""
    kind = type(event)
    if event.anchor is not None or (kind is not yaml.AliasEvent and event.tag is not None):
        raise UnplacedError
    if kind is _Scalar:
        if event.implicit[0]:
            return plain_value(walker, event)
        text: str = event.value
        return walker.texts.setdefault(text, text) if len(text) <= _SHARED else text
    if kind is _MappingStart:
        return light_mapping(walker, depth, years)
    if kind is _SequenceStart:
        return light_sequence(walker, depth)
    raise UnplacedError  # an alias


def light_mapping(walker: Any, depth: int, years: bool = False) -> dict[Any, Any]:
    """The mapping whose start event was just read, at ``depth``, without positions.

    ``years``: this is the value of a ``budget_eur`` key, whose integer keys
    are read as text (years).
    """
    if depth >= MAX_NESTING:
        raise UnplacedError
    result: dict[Any, Any] = {}
    next_event = walker.next
    values = walker.values
    keys = walker.keys  # a text read plain or quoted: the same key
    child = depth + 1
    while True:
        event = next_event()
        kind = type(event)
        if kind is _MappingEnd:
            return result
        if kind is not _Scalar or event.anchor is not None or event.tag is not None:
            raise UnplacedError  # a complex, tagged or anchored key, or an alias
        key = keys.get(event.value)
        if key is None:
            key = _key(walker, event, years)
        if key in result:
            raise UnplacedError  # a duplicate key
        event = next_event()
        if (
            type(event) is _Scalar
            and event.implicit[0]
            and event.tag is None
            and event.anchor is None
        ):
            value = values.get(event.value, MISSING)
            result[key] = plain_value(walker, event) if value is MISSING else value
        else:
            result[key] = _node(walker, event, child, key == "budget_eur")


def _key(walker: Any, event: Any, years: bool) -> str:
    """A key not seen before as a plain text: quoted, long, or a year of a budget."""
    text: str = event.value
    if not event.implicit[0]:
        return walker.texts.setdefault(text, text) if len(text) <= _SHARED else text
    key = plain_value(walker, event)
    if type(key) is not str:
        if not (years and isinstance(key, int)):
            raise UnplacedError  # not text: a problem for the full walk
        key = str(key)
    return key


def light_sequence(walker: Any, depth: int) -> list[Any]:
    """The list whose start event was just read, at ``depth``, without positions."""
    if depth >= MAX_NESTING:
        raise UnplacedError
    items: list[Any] = []
    append = items.append
    next_event = walker.next
    values = walker.values
    child = depth + 1
    while True:
        event = next_event()
        kind = type(event)
        if kind is _Scalar and event.implicit[0] and event.tag is None and event.anchor is None:
            value = values.get(event.value, MISSING)
            append(plain_value(walker, event) if value is MISSING else value)
        elif kind is _SequenceEnd:
            return items
        else:
            append(_node(walker, event, child, False))

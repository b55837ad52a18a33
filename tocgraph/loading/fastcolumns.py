"""The fast route for a whole section at once: one check per field, not per node and field.

A large ToC lists thousands of nodes per section, nearly always with their keys
in one order (``id``, ``title``, ``status``, ...). :func:`build_section` takes
such a section as columns, one per key, checks each column with the same
check :mod:`tocgraph.loading.fastpath` applies to one value (in C loops over the
column: ``map``, ``all``, ``max``, one regular expression per value), and builds
every model of the section the way :func:`~tocgraph.loading.fastpath.build_node`
builds one: the same ``__dict__`` (every field, in field order), the same shared
fields-set, no pydantic validator run. It answers ``None`` when the nodes do not
all share one order of keys, or when any value of any column is one the
per-node route would not take; the loader then goes node by node as before, so
every node is built, or sent to pydantic, exactly as it would be without this
module (``tests/loading/test_fastcolumns.py`` compares both on generated
sections, valid and not).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from itertools import chain, repeat
from operator import is_
from typing import Any

from pydantic import BaseModel

from tocgraph.loading import fastpath as fp
from tocgraph.schema.nodes import Activity, Link

__all__ = ["build_section"]

Column = Sequence[Any]
ColumnCheck = Callable[[Column], Any]
_SET = object.__setattr__


def _texts(column: Column) -> bool:
    """Every value is a ``str`` (not a subclass)."""
    return not column or set(map(type, column)) == {str}


def _no_none(column: Column) -> bool:
    return not any(map(is_, column, repeat(None)))


def _ids(column: Column) -> Any:
    """:func:`fastpath._node_id` of every value: all or nothing."""
    if (
        _texts(column)
        and max(map(len, column), default=0) <= 64
        and all(map(fp._NODE_ID.fullmatch, column))
    ):
        return column
    return fp._BAD


def _trimmed(limit: int) -> ColumnCheck:
    """:func:`fastpath._trimmed` of every value."""

    def trimmed(column: Column) -> Any:
        if (
            _texts(column)
            and min(map(len, column), default=1) > 0
            and max(map(len, column), default=0) <= limit
            and all(map(str.__eq__, column, map(str.strip, column)))
        ):
            joined = "".join(column)  # no surrogate forms across values: each is one code point
            if joined.isascii() or fp._SURROGATE.search(joined) is None:
                return column
        return fp._BAD

    return trimmed


def _optional(inner: ColumnCheck, check: fp.Check) -> ColumnCheck:
    """An optional field: the inner column check when no value is ``None``."""

    def optional(column: Column) -> Any:
        return inner(column) if _no_none(column) else _each(check, column)

    return optional


def _word(table: dict[str, Any]) -> ColumnCheck:
    """:func:`fastpath._word` of every value."""

    def word(column: Column) -> Any:
        if not _texts(column):
            return fp._BAD
        found = list(map(table.get, column))
        return fp._BAD if not _no_none(found) else found

    return word


def _each(check: fp.Check, column: Column) -> Any:
    """Any other field: its check value by value."""
    found = list(map(check, column))
    return fp._BAD if any(map(is_, found, repeat(fp._BAD))) else found


_ACTIVITY = fp._CHECKS[Activity]
_COLUMNS: dict[fp.Check, ColumnCheck] = {  # the checks of most values of a large ToC
    fp._node_id: _ids,
    fp._title: _trimmed(500),
    _ACTIVITY["partner"]: _optional(_trimmed(200), _ACTIVITY["partner"]),
    _ACTIVITY["status"]: _word(fp._STATUSES),
}


def _instances(cls: type[BaseModel], dicts: list[dict[str, Any]], given: set[str]) -> list[Any]:
    """One ``cls`` per ``__dict__``, set up as :func:`fastpath._build` sets up one."""
    built = list(map(cls.__new__, repeat(cls, len(dicts))))
    consume = deque[None](maxlen=0).extend
    consume(map(_SET, built, repeat("__dict__"), dicts))
    consume(map(_SET, built, repeat("__pydantic_fields_set__"), repeat(given)))
    consume(map(_SET, built, repeat("__pydantic_extra__"), repeat(None)))
    consume(map(_SET, built, repeat("__pydantic_private__"), repeat(None)))
    return built


def _models(
    cls: type[BaseModel], spec: fp._Spec, given: set[str], columns: dict[str, Column], size: int
) -> list[Any]:
    """The models whose given fields are ``columns`` (each ``size`` long), defaults elsewhere."""
    names = tuple(spec.defaults)
    full = [columns.get(name, repeat(value)) for name, value in spec.defaults.items()]
    rows = zip(*full, strict=False) if columns else repeat((), size)  # defaults: endless
    return _instances(cls, list(map(dict, map(zip, repeat(names), rows))), given)


def _links(column: Column, shared: dict[str, Link]) -> Any:
    """:func:`fastpath._links` of every value, when every link is written as its target alone."""
    if not column or set(map(type, column)) != {list}:
        return fp._BAD
    targets = list(chain.from_iterable(column))
    if not _texts(targets):
        return fp._BAD
    fresh = [target for target in dict.fromkeys(targets) if target not in shared]
    if fresh:
        spec = fp._spec(Link)
        shape = None if spec is None else fp._shape(spec, ("to",))
        if spec is None or shape is None or _ids(fresh) is fp._BAD:
            return fp._BAD
        links = _models(Link, spec, shape[1], {"to": fresh}, len(fresh))
        shared.update(zip(fresh, links, strict=True))
    return list(map(tuple, map(map, repeat(shared.__getitem__), column)))


def build_section(
    cls: type[fp.Node], items: Any, shared: dict[str, Link] | None
) -> tuple[list[fp.Node], Sequence[list[str] | None]] | None:
    """Every node of a section built at once, or ``None`` to build them one by one.

    Parameters
    ----------
    cls
        The section's model.
    items
        The section's list of plain items (any data).
    shared
        One (frozen) link per target named in the short form, kept over the document.

    Returns
    -------
    tuple or None
        The nodes, and for each the list of ids its links name (its
        ``contributes_to`` as read: texts alone) or ``None`` when it has no links;
        ``None`` when any node would take another way than these columns.

    Examples
    --------
    >>> from tocgraph.schema.nodes import Goal
    >>> nodes, listed = build_section(Goal, [{"id": "G1", "title": "T"}], {})
    >>> nodes == [Goal(id="G1", title="T")], listed
    (True, [None])
    """
    spec = fp._SPECS.get(cls) or fp._spec(cls)
    if spec is None or shared is None or type(items) is not list or not items:
        return None
    if set(map(type, items)) != {dict}:
        return None
    keys = tuple(items[0])
    if not keys or not all(map(keys.__eq__, map(tuple, items))):
        return None  # more than one order of keys: node by node
    shape = spec.shapes.get(keys, fp._BAD)
    if shape is fp._BAD:
        shape = fp._shape(spec, keys)
    if shape is None:
        return None
    checks, given = shape
    columns: dict[str, Column] = {}
    listed: Sequence[list[str] | None] = [None] * len(items)
    read = zip(*map(dict.values, items), strict=True)  # one column per key
    for name, check, column in zip(keys, checks, read, strict=True):
        if check is fp._links:
            checked = _links(column, shared)
            listed = column  # the lists as read: every item a text
        else:
            found = _COLUMNS.get(check)
            checked = _each(check, column) if found is None else found(column)
        if checked is fp._BAD:
            return None
        columns[name] = checked
    return _models(cls, spec, given, columns, len(items)), listed

"""A fast route for valid ToC data: prove it valid by hand, then build the models directly.

Pydantic defines the format and words every error; this module never reports
anything. For one node (or the header) it checks the plain data conservatively
against exactly what the pydantic model accepts, and either builds the model
instance without running pydantic's validators (the same field values pydantic
would produce, the same set of fields given), or answers ``None`` at the first
doubt: a key or a value shape it does not know, a string that needs trimming, a
value pydantic might coerce. The loader then validates that item with pydantic
as before, so an invalid document gets the very same diagnostics.

The route is taught field by field. Each model's fields, types, defaults,
validators and configuration are fingerprinted (:data:`TAUGHT`); when a model
changes (a field added, a constraint changed) its fingerprint no longer matches
and every item of it goes through pydantic until this module is taught the
change. ``tests/loading/test_fastpath.py`` checks both routes give identical
models on every bundled model, every fixture and generated documents.

Building without validation is what keeps pydantic's model classes from being
compiled at all when a valid file is checked (they are built lazily, see
``defer_build`` in :mod:`tocgraph.schema.base`): about half of the start-up of
``tocgraph check`` (``docs/performance.md``).
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections.abc import Callable, Mapping
from typing import Any, cast

from pydantic import BaseModel

from tocgraph.schema.assumptions import ASSUMPTION_STATUSES_NL, Assumption, AssumptionStatus
from tocgraph.schema.indicators import HORIZONS_NL, Horizon
from tocgraph.schema.model import Period, ToC
from tocgraph.schema.nodes import (
    ACTIVITY_STATUSES_NL,
    Activity,
    Goal,
    Link,
    Outcome,
    Output,
    Status,
    Strategy,
)

__all__ = ["TAUGHT", "SharedLinks", "build_node", "build_toc", "fingerprint", "taught"]

_BAD: Any = object()
"""What a field check returns when it is not sure."""

_NODE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SURROGATE = re.compile("[\ud800-\udfff]")
_STATUSES: dict[str, Status] = {status.value: status for status in Status}
_STATUSES.update(ACTIVITY_STATUSES_NL)
_STRATEGIES: dict[str, Strategy] = {strategy.value: strategy for strategy in Strategy}
_HORIZONS: dict[str, Horizon] = {horizon.value: horizon for horizon in Horizon}
_HORIZONS.update(HORIZONS_NL)  # the words exactly as listed; others are pydantic's to normalise
_ASSUMPTION_STATUSES: dict[str, AssumptionStatus] = {s.value: s for s in AssumptionStatus}
_ASSUMPTION_STATUSES.update(ASSUMPTION_STATUSES_NL)

Check = Callable[[Any], Any]
Node = Goal | Outcome | Output | Activity
_LIMIT = 2**63  # pydantic's own integers; larger ones go to pydantic


def _node_id(value: Any) -> Any:
    if type(value) is str and len(value) <= 64 and _NODE_ID.fullmatch(value):
        return value
    return _BAD


def _slug(value: Any) -> Any:
    if type(value) is str and len(value) <= 100 and _SLUG.fullmatch(value):
        return value
    return _BAD


def _trimmed(limit: int) -> Check:
    """Text that pydantic would strip and bound: accepted only when nothing needs stripping."""

    def check(value: Any) -> Any:
        if (
            type(value) is str
            and 0 < len(value) <= limit
            and value == value.strip()
            and _SURROGATE.search(value) is None
        ):
            return value
        return _BAD

    return check


_title = _trimmed(500)
_name = _trimmed(200)


def _optional(check: Check) -> Check:
    def optional(value: Any) -> Any:
        return None if value is None else check(value)

    return optional


def _text(value: Any) -> Any:
    if type(value) is str and _SURROGATE.search(value) is None:
        return value
    return _BAD


def _sequence(check: Check) -> Check:
    """A list (or tuple) of items, to a tuple."""

    def sequence(value: Any) -> Any:
        if type(value) is not list and type(value) is not tuple:
            return _BAD
        items = tuple(check(item) for item in value)
        return _BAD if any(item is _BAD for item in items) else items

    return sequence


def _requires(value: Any) -> Any:
    if type(value) is int:
        return value if -_LIMIT < value < _LIMIT else _BAD
    return value if type(value) is str and value in ("any", "all") else _BAD


def _word(table: Mapping[str, Any]) -> Check:
    """One of the words of ``table`` (an enum's values, Dutch words), read as its member."""

    def word(value: Any) -> Any:
        return table.get(value, _BAD) if type(value) is str else _BAD

    return word


def _none_yet(value: Any) -> Any:
    """An empty list (indicators, evidence); any item is left to pydantic."""
    return () if type(value) is list and not value else _BAD


def _budget(value: Any) -> Any:
    """Whole euros as one amount; amounts per year are left to pydantic."""
    return value if type(value) is int and 0 <= value < _LIMIT else _BAD


def _strict_bool(value: Any) -> Any:
    return value if type(value) is bool else _BAD


def _optional_count(value: Any) -> Any:
    if value is None or (type(value) is int and 0 <= value < _LIMIT):
        return value
    return _BAD


def _literal_one(value: Any) -> Any:
    return value if type(value) is int and value == 1 else _BAD


def _date(value: Any) -> Any:
    return value if type(value) is dt.date else _BAD


def _period(value: Any) -> Any:
    if value is None:
        return None
    built = _build(Period, value) if type(value) is dict else None
    return _BAD if built is None or built.end < built.start else built


def _link(value: Any) -> Any:
    if type(value) is str:
        value = {"to": value}
    elif type(value) is not dict:
        return _BAD
    built = _build(Link, value)
    return _BAD if built is None else built


class SharedLinks(dict[str, Link]):
    """One (frozen) link per target named in the short form, kept over one document.

    ``named`` turns true when the fast route builds a link (from a mapping) that
    names assumptions: short forms never do, so while it is false no link the
    route built names one, and the assumption rules need not look.
    """

    named = False


def _links(value: Any, shared: dict[str, Link] | None = None) -> Any:
    """The links of a node; ``shared``: one (frozen) link per target named as a short form."""
    if type(value) is not list:  # pydantic's short form is read from lists only
        return _BAD
    if shared:
        try:  # every target seen before, in the short form: one look-up each, in C
            return tuple(map(shared.__getitem__, value))
        except (KeyError, TypeError):  # a new target, or a link written as a mapping
            pass
    links = []
    for item in value:
        link = shared.get(item) if shared is not None and type(item) is str else None
        if link is None:
            link = _link(item)
            if link is _BAD:
                return _BAD
            if shared is not None and type(item) is str:
                shared[item] = link
            elif link.assumptions and type(shared) is SharedLinks:
                shared.named = True
        links.append(link)
    return tuple(links)


def _assumptions(value: Any) -> Any:
    if type(value) is not list:
        return _BAD
    built = []
    for item in value:
        if type(item) is not dict:
            return _BAD
        assumption = _build(Assumption, item)
        if assumption is None:
            return _BAD
        built.append(assumption)
    return tuple(built)


def _nodes(cls: type[BaseModel]) -> Check:
    """A section of the header: a list of nodes this module or pydantic has built."""

    def nodes(value: Any) -> Any:
        if type(value) is not list or not all(type(item) is cls for item in value):
            return _BAD
        return tuple(value)

    return nodes


_NODE: dict[str, Check] = {"id": _node_id, "title": _title, "description": _optional(_text)}
_LINKED: dict[str, Check] = {
    **_NODE,
    "requires": _requires,
    "contributes_to": _links,
    "indicators": _none_yet,
}

_CHECKS: dict[type[BaseModel], dict[str, Check]] = {
    Link: {
        "to": _node_id,
        "assumption": _optional(_title),
        "assumptions": _sequence(_node_id),
    },
    Period: {"start": _date, "end": _date},
    Goal: {**_NODE, "requires": _requires, "serves": _sequence(_node_id), "indicators": _none_yet},
    Outcome: {**_LINKED, "horizon": _optional(_word(_HORIZONS))},
    Output: _LINKED,
    Activity: {
        **_NODE,
        "partner": _optional(_name),
        "strategy": _optional(_word(_STRATEGIES)),
        "status": _word(_STATUSES),
        "budget_eur": _optional(_budget),
        "contributes_to": _links,
        "start": _optional(_date),
        "end": _optional(_date),
    },
    Assumption: {
        "id": _node_id,
        "text": _title,
        "status": _word(_ASSUMPTION_STATUSES),
        "evidence": _none_yet,
    },
    ToC: {
        "tocgraph": _literal_one,
        "id": _slug,
        "name": _optional(_name),
        "lead": _optional(_name),
        "partners": _optional(_sequence(_name)),
        "period": _period,
        "subsidy_ceiling_eur": _optional_count,
        "existed_2017_2022": _optional(_strict_bool),
        "illustrative": _strict_bool,
        "description": _optional(_text),
        "goals": _nodes(Goal),
        "outcomes": _nodes(Outcome),
        "outputs": _nodes(Output),
        "activities": _nodes(Activity),
        "assumptions": _assumptions,
    },
}

TAUGHT: dict[str, int] = {
    "Link": 2782562549,
    "Period": 1070434909,
    "Goal": 1075094524,
    "Outcome": 3078388805,
    "Output": 3176567951,
    "Activity": 4226212053,
    "Assumption": 2616008499,
    "ToC": 4167337429,
}
"""The fingerprint of each model as this module was taught it (see :func:`fingerprint`)."""

_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def fingerprint(cls: type[BaseModel]) -> int:
    """A checksum of what a model accepts: its fields, types, defaults, validators, config.

    Examples
    --------
    >>> fingerprint(Link) == TAUGHT["Link"]
    True
    """
    decorators = cls.__pydantic_decorators__
    parts = [repr(sorted(cls.model_config.items()))]
    for name, field in cls.model_fields.items():
        parts.append(f"{name}|{field.annotation!r}|{field.metadata!r}|{field.default!r}")
        parts.append(f"{field.alias}|{field.validation_alias}|{field.default_factory}")
    for kind in ("validators", "field_validators", "root_validators", "model_validators"):
        for name, found in getattr(decorators, kind).items():
            parts.append(f"{kind}|{name}|{found.info!r}")
    return zlib.crc32(_ADDRESS.sub("", "\n".join(parts)).encode())


class _Spec:
    """How to build one taught model: its checks, defaults and required fields."""

    __slots__ = ("checks", "defaults", "required", "shapes")

    def __init__(self, cls: type[BaseModel], checks: dict[str, Check]) -> None:
        fields = cls.model_fields
        self.checks = checks
        # in field order, as pydantic fills ``__dict__``; required ones are always given
        self.defaults = {name: field.default for name, field in fields.items()}
        self.required = frozenset(name for name, field in fields.items() if field.is_required())
        # an item's keys in its order -> their checks and fields-set (None: unknown or missing)
        self.shapes: dict[tuple[Any, ...], tuple[tuple[Check, ...], set[str]] | None] = {}


_SPECS: dict[type[BaseModel], _Spec | None] = {}


def _spec(cls: type[BaseModel]) -> _Spec | None:
    """How to build ``cls``, or ``None`` when this module was not taught its fingerprint."""
    if cls in _SPECS:
        return _SPECS[cls]
    checks = _CHECKS.get(cls)
    spec: _Spec | None = None
    if (
        checks is not None
        and fingerprint(cls) == TAUGHT.get(cls.__name__)
        and set(checks) == set(cls.model_fields)
        and not cls.__pydantic_post_init__
        and not cls.__private_attributes__
    ):
        spec = _Spec(cls, checks)
    _SPECS[cls] = spec
    return spec


_FIELDS_SET: dict[frozenset[str], set[str]] = {}
"""One ``model_fields_set`` object per combination of keys: models are frozen, so it is
never changed, and 100,000 activities do not need 100,000 copies of it."""


def taught(cls: type[BaseModel]) -> bool:
    """Whether items of ``cls`` can take the fast route (its fingerprint is the taught one)."""
    return _spec(cls) is not None


def _build(
    cls: type[BaseModel], item: Mapping[str, Any], shared: dict[str, Link] | None = None
) -> Any:
    """``cls`` built from ``item`` as pydantic would, or ``None`` when not sure."""
    spec = _SPECS.get(cls) or _spec(cls)
    if spec is None:
        return None
    keys = tuple(item)
    shape = spec.shapes.get(keys, _BAD)
    if shape is _BAD:
        shape = _shape(spec, keys)
    if shape is None:
        return None
    checks, given_set = shape
    values = spec.defaults.copy()
    for name, check, raw in zip(keys, checks, item.values(), strict=True):
        value = _links(raw, shared) if check is _links else check(raw)
        if value is _BAD:
            return None
        values[name] = value
    built = cls.__new__(cls)
    setattr_ = object.__setattr__
    setattr_(built, "__dict__", values)
    setattr_(built, "__pydantic_fields_set__", given_set)
    setattr_(built, "__pydantic_extra__", None)
    setattr_(built, "__pydantic_private__", None)
    return built


def _shape(spec: _Spec, keys: tuple[Any, ...]) -> tuple[tuple[Check, ...], set[str]] | None:
    """The checks of these keys and their shared fields-set; ``None``: one unknown or missing."""
    checks = tuple(map(spec.checks.get, keys))
    given = frozenset(keys)
    found = None
    if None not in checks and spec.required <= given:
        given_set = _FIELDS_SET.get(given)
        if given_set is None:
            given_set = _FIELDS_SET.setdefault(given, set(given))
        found = (cast(tuple[Check, ...], checks), given_set)
    if len(spec.shapes) < 1024:  # a few orders of keys per model, in any real file
        spec.shapes[keys] = found
    return found


def build_node(cls: type[Node], item: Any, shared: dict[str, Link] | None = None) -> Node | None:
    """The node ``item`` describes, built without pydantic, or ``None`` to let pydantic decide.

    ``shared``: kept over one document, one (frozen) link per target in the short form.

    Examples
    --------
    >>> goal = build_node(Goal, {"id": "G1", "title": "Gelijke kansen"})
    >>> goal == Goal(id="G1", title="Gelijke kansen"), goal.model_fields_set == {"id", "title"}
    (True, True)
    >>> build_node(Goal, {"id": "G1", "title": " needs trimming "}) is None
    True
    """
    built: Node | None = _build(cls, item, shared) if type(item) is dict else None
    return built


def build_toc(header: Mapping[str, Any]) -> ToC | None:
    """The ToC of a header whose sections hold built nodes, or ``None`` to let pydantic decide."""
    ready = isinstance(header, dict) and bool(header.get("goals"))
    built: ToC | None = _build(ToC, header) if ready else None
    return built

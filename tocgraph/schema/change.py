"""The change-request format (``tocgraph-change: 1``): changes to an approved ToC.

A change request names its baseline ToC (a path relative to the request file)
and lists changes, each with a rationale: ``stop`` an activity, ``add`` a node,
``modify`` fields of a node, ``remove`` a node. ``add`` (with ``level:
assumption``), ``modify`` and ``remove`` work on named assumptions too. See
``docs/change-requests.md``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StringConstraints,
    Tag,
    field_validator,
)
from pydantic_core import PydanticCustomError

from tocgraph.schema.base import FrozenData, Model, NonEmptyFrozenData, UnicodeText
from tocgraph.schema.nodes import Kind, NodeId

__all__ = [
    "CHANGE_KINDS",
    "TEXT_LIMIT",
    "AddChange",
    "Change",
    "ChangeRequest",
    "ModifyChange",
    "RemoveChange",
    "StopChange",
    "change_kind",
    "change_target",
]

CHANGE_KINDS = ("stop", "add", "modify", "remove")
TEXT_LIMIT = 5000
"""The most characters a change's rationale (or a request's description) may hold."""
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TEXT_LIMIT)]


class _Change(Model):
    rationale: Text | None = None


class StopChange(_Change):
    """Stop an activity (its status becomes ``stopped``)."""

    stop: NodeId


class RemoveChange(_Change):
    """Remove a node, and every link to it."""

    remove: NodeId


class ModifyChange(_Change):
    """Set fields of a node (any field but ``id``), e.g. ``status`` or ``contributes_to``."""

    modify: NodeId
    set: NonEmptyFrozenData


class AddChange(_Change):
    """Add a node; ``level`` says which (``activity`` unless given, or ``assumption``)."""

    add: FrozenData
    level: Kind | Literal["assumption"] = Kind.ACTIVITY

    @field_validator("level", mode="before")
    @classmethod
    def _one_of_the_levels(cls, value: Any) -> Any:
        """One error naming every level, not one per member of the union (found by fuzzing)."""
        if value not in _LEVELS:
            expected = ", ".join(repr(level) for level in _LEVELS)
            raise PydanticCustomError("literal_error", "unknown level", {"expected": expected})
        return value


_LEVELS = (*(kind.value for kind in Kind), "assumption")
"""What ``add`` may add: a node of any level, or a named assumption."""


def change_kind(value: Any) -> str | None:
    """Which kind of change a raw item is: the one of stop/add/modify/remove it names.

    Examples
    --------
    >>> change_kind({"stop": "A3", "rationale": "..."}), change_kind({"x": 1})
    ('stop', None)
    """
    if isinstance(value, BaseModel):
        for kind in CHANGE_KINDS:
            if kind in type(value).model_fields:
                return kind
        return None
    if not isinstance(value, dict):
        return None
    named = [kind for kind in CHANGE_KINDS if kind in value]
    return named[0] if len(named) == 1 else None


def change_target(change: StopChange | AddChange | ModifyChange | RemoveChange) -> str:
    """The id a change is about.

    Examples
    --------
    >>> change_target(StopChange(stop="A3"))
    'A3'
    """
    if isinstance(change, StopChange):
        return change.stop
    if isinstance(change, AddChange):
        return str(change.add.get("id", "?"))
    if isinstance(change, ModifyChange):
        return change.modify
    return change.remove


Change = Annotated[
    Annotated[StopChange, Tag("stop")]
    | Annotated[AddChange, Tag("add")]
    | Annotated[ModifyChange, Tag("modify")]
    | Annotated[RemoveChange, Tag("remove")],
    Discriminator(change_kind),
]


class ChangeRequest(Model):
    """A change request (wijzigingsverzoek) against a baseline ToC."""

    model_config = ConfigDict(populate_by_name=True)

    tocgraph_change: Literal[1] = Field(alias="tocgraph-change")
    toc: Annotated[str, StringConstraints(min_length=1)]
    title: Text
    date: dt.date | None = None
    effective_from: dt.date | None = None
    illustrative: StrictBool = False
    description: UnicodeText | None = None
    changes: Annotated[tuple[Change, ...], Field(min_length=1)]

"""The nodes of a ToC as pydantic models: goals, outcomes, outputs, activities.

These are the per-node parts of the v1 format (see ``docs/format.md``). They
live apart from :mod:`tocgraph.schema.model` so that the graph rules in
:mod:`tocgraph.schema.rules` can use them without importing the whole ToC model.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, StringConstraints, field_validator

from tocgraph.schema.base import Model, UnicodeText
from tocgraph.schema.budget import Budget
from tocgraph.schema.indicators import HorizonField, Indicator

__all__ = [
    "ACTIVITY_STATUSES_NL",
    "Activity",
    "Goal",
    "Kind",
    "Link",
    "Name",
    "Node",
    "NodeId",
    "Outcome",
    "Output",
    "Requires",
    "Slug",
    "Status",
    "Strategy",
    "Title",
]


class Kind(StrEnum):
    """The level of a node, from bottom to top."""

    ACTIVITY = "activity"
    OUTPUT = "output"
    OUTCOME = "outcome"
    GOAL = "goal"


class Status(StrEnum):
    """The status of an activity. A ToC file may say it in Dutch (the loader maps the words)."""

    PLANNED = "planned"
    ON_TRACK = "on_track"
    ACHIEVED = "achieved"
    DELAYED = "delayed"
    ADJUSTED = "adjusted"
    STOPPED = "stopped"
    UNCLEAR = "unclear"


ACTIVITY_STATUSES_NL: dict[str, Status] = {
    "gepland": Status.PLANNED,
    "op_schema": Status.ON_TRACK,
    "lopend": Status.ON_TRACK,
    "in_uitvoering": Status.ON_TRACK,
    "behaald": Status.ACHIEVED,
    "afgerond": Status.ACHIEVED,
    "klaar": Status.ACHIEVED,
    "voltooid": Status.ACHIEVED,
    "vertraagd": Status.DELAYED,
    "uitgesteld": Status.DELAYED,
    "aangepast": Status.ADJUSTED,
    "gewijzigd": Status.ADJUSTED,
    "stopgezet": Status.STOPPED,
    "gestopt": Status.STOPPED,
    "geannuleerd": Status.STOPPED,
    "onduidelijk": Status.UNCLEAR,
    "onbekend": Status.UNCLEAR,
}
"""Dutch words accepted for each status (lower case), normalised to the English value.

Besides one translation per status, the common words alliances use in their
reports. Words that could mean two statuses are left out (``beëindigd``:
stopped, or achieved as planned?). ``docs/format.md`` has the table.
"""


class Strategy(StrEnum):
    """The five intervention strategies of the subsidy scheme."""

    RESEARCH = "onderzoek-kennis-beleidsadvies"
    AGENDA_SETTING = "agenderen-vertegenwoordigen"
    PLATFORM = "platform-netwerk"
    INTERVENTION = "interventieontwikkeling"
    SUPPORT = "ondersteunen-begeleiden"


NodeId = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$", max_length=64),
]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=100)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


def _parse_requires(value: Any) -> Literal["any", "all"] | int:
    if isinstance(value, bool):
        raise ValueError("requires must be 'any', 'all' or a whole number, not a boolean")
    if isinstance(value, int):
        return value
    if value in ("any", "all"):
        return value  # type: ignore[no-any-return]
    raise ValueError(f"requires must be 'any', 'all' or a whole number, not {value!r}")


Requires = Annotated[Literal["any", "all"] | int, BeforeValidator(_parse_requires)]
"""``any`` (one contributor suffices), ``all``, or a number k of contributors."""


class Link(Model):
    """A ``contributes_to`` link: the target id and the assumptions behind it.

    ``assumption`` is a free text (an unnamed, untested assumption);
    ``assumptions`` names entries of the ToC's top-level ``assumptions:`` list,
    whose status bounds the link's support.
    """

    to: NodeId
    assumption: Title | None = None
    assumptions: tuple[NodeId, ...] = ()


def _links(value: Any) -> Any:
    """Accept the short form (a bare id) next to the long form."""
    if isinstance(value, list):
        return [{"to": item} if isinstance(item, str) else item for item in value]
    return value


Links = Annotated[tuple[Link, ...], BeforeValidator(_links)]


class _Node(Model):
    id: NodeId
    title: Title
    description: UnicodeText | None = None

    kind: ClassVar[Kind]


class Goal(_Node):
    """A strategic goal: the top of the ToC. Goals link to nothing."""

    kind: ClassVar[Kind] = Kind.GOAL
    requires: Requires = "any"
    serves: tuple[NodeId, ...] = ()
    indicators: tuple[Indicator, ...] = ()


class Outcome(_Node):
    """An outcome: a change that contributes to goals or other outcomes."""

    kind: ClassVar[Kind] = Kind.OUTCOME

    requires: Requires = "any"
    contributes_to: Links = ()
    horizon: HorizonField | None = None
    indicators: tuple[Indicator, ...] = ()


class Output(_Node):
    """An output: a direct product of activities, between activities and outcomes."""

    kind: ClassVar[Kind] = Kind.OUTPUT

    requires: Requires = "any"
    contributes_to: Links = ()
    indicators: tuple[Indicator, ...] = ()


class Activity(_Node):
    """An activity, run by a partner, with a status."""

    kind: ClassVar[Kind] = Kind.ACTIVITY

    partner: Name | None = None
    strategy: Strategy | None = None
    status: Status = Status.PLANNED
    budget_eur: Budget | None = None
    contributes_to: Links = ()
    start: dt.date | None = None
    end: dt.date | None = None

    @field_validator("status", mode="before")
    @classmethod
    def _dutch_status(cls, value: Any) -> Any:
        if isinstance(value, str):
            return ACTIVITY_STATUSES_NL.get(value, value)
        return value


Node = Goal | Outcome | Output | Activity
"""Any node of a ToC."""

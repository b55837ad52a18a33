"""The ToC format v1 as pydantic models: what a ToC file may say.

Field names and meanings are a contract (see ``docs/format.md``). Every model
forbids unknown keys and is frozen. Graph rules that span several nodes (unique
ids, known references, link directions, acyclicity, ``requires`` ranges) are
checked by :mod:`tocgraph.schema.rules` (run by :class:`ToC` itself, and by the
loader with locations), so that a file's errors can be
reported together with their locations.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

__all__ = [
    "ACTIVITY_STATUSES_NL",
    "Activity",
    "Goal",
    "Kind",
    "Link",
    "NodeId",
    "Outcome",
    "Output",
    "Period",
    "Requires",
    "Status",
    "Strategy",
    "ToC",
]


class Kind(StrEnum):
    """The level of a node, from bottom to top."""

    ACTIVITY = "activity"
    OUTPUT = "output"
    OUTCOME = "outcome"
    GOAL = "goal"


class Status(StrEnum):
    """The status of an activity. Dutch words are accepted on input."""

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
    "behaald": Status.ACHIEVED,
    "vertraagd": Status.DELAYED,
    "aangepast": Status.ADJUSTED,
    "stopgezet": Status.STOPPED,
    "onduidelijk": Status.UNCLEAR,
}


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


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Link(_Model):
    """A ``contributes_to`` link: the target id and the assumption behind it."""

    to: NodeId
    assumption: Title | None = None


def _links(value: Any) -> Any:
    """Accept the short form (a bare id) next to the long form."""
    if isinstance(value, list):
        return [{"to": item} if isinstance(item, str) else item for item in value]
    return value


Links = Annotated[tuple[Link, ...], BeforeValidator(_links)]


class _Node(_Model):
    id: NodeId
    title: Title
    description: str | None = None

    kind: ClassVar[Kind]


class Goal(_Node):
    """A strategic goal: the top of the ToC. Goals link to nothing."""

    kind: ClassVar[Kind] = Kind.GOAL
    requires: Requires = "any"
    serves: tuple[NodeId, ...] = ()


class Outcome(_Node):
    """An outcome: a change that contributes to goals or other outcomes."""

    kind: ClassVar[Kind] = Kind.OUTCOME

    requires: Requires = "any"
    contributes_to: Links = ()


class Output(_Node):
    """An output: a direct product of activities, between activities and outcomes."""

    kind: ClassVar[Kind] = Kind.OUTPUT

    requires: Requires = "any"
    contributes_to: Links = ()


class Activity(_Node):
    """An activity, run by a partner, with a status."""

    kind: ClassVar[Kind] = Kind.ACTIVITY

    partner: Name | None = None
    strategy: Strategy | None = None
    status: Status = Status.PLANNED
    contributes_to: Links = ()

    @field_validator("status", mode="before")
    @classmethod
    def _dutch_status(cls, value: Any) -> Any:
        if isinstance(value, str):
            return ACTIVITY_STATUSES_NL.get(value, value)
        return value


class Period(_Model):
    """The programme period."""

    start: dt.date
    end: dt.date


class ToC(_Model):
    """One alliance's Theory of Change.

    Build one with :func:`tocgraph.load` or :func:`tocgraph.loads`, which check
    the whole file and report every problem with its location.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.loads('''
    ... tocgraph: 1
    ... id: demo
    ... goals: [{id: G1, title: Gelijke kansen}]
    ... activities:
    ...   - {id: A1, title: Workshops, status: op_schema, contributes_to: [G1]}
    ... ''')
    >>> toc.activities[0].status.value
    'on_track'
    >>> [n.id for n in toc.nodes()]
    ['G1', 'A1']
    """

    tocgraph: Literal[1]
    id: Slug
    name: Name | None = None
    lead: Name | None = None
    partners: tuple[Name, ...] | None = None
    period: Period | None = None
    subsidy_ceiling_eur: Annotated[int, Field(ge=0)] | None = None
    existed_2017_2022: bool | None = None
    description: str | None = None
    goals: Annotated[tuple[Goal, ...], Field(min_length=1)]
    outcomes: tuple[Outcome, ...] = ()
    outputs: tuple[Output, ...] = ()
    activities: tuple[Activity, ...] = ()

    @model_validator(mode="after")
    def _graph_rules(self, info: ValidationInfo) -> ToC:
        if isinstance(info.context, dict) and info.context.get("semantics") is False:
            return self  # the loader has checked them, with locations
        from tocgraph.schema.rules import NodeEntry, semantic_diagnostics

        entries = [NodeEntry((), node) for node in self.nodes()]
        problems = semantic_diagnostics(entries, partners=self.partners, lead=self.lead)
        if problems:
            raise ValueError("; ".join(f"[{p.code}] {p.message}" for p in problems))
        return self

    def nodes(self) -> tuple[Goal | Outcome | Output | Activity, ...]:
        """All nodes, goals first, then outcomes, outputs and activities."""
        return (*self.goals, *self.outcomes, *self.outputs, *self.activities)

    def node(self, node_id: str) -> Goal | Outcome | Output | Activity:
        """The node with this id; raises ``KeyError`` if there is none."""
        for node in self.nodes():
            if node.id == node_id:
                return node
        raise KeyError(node_id)

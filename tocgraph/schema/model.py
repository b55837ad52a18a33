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
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    Field,
    ModelWrapValidatorHandler,
    StrictBool,
    StrictInt,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic_core import PydanticCustomError

from tocgraph.errors import InvalidToCError, phrase
from tocgraph.schema.assumptions import (
    Assumption,
    AssumptionEntry,
    AssumptionStatus,
    Evidence,
    assumption_diagnostics,
)
from tocgraph.schema.base import DataPath, Model, UnicodeText
from tocgraph.schema.budget import budget_year_diagnostics
from tocgraph.schema.indicators import Indicator, Measurement, Reference
from tocgraph.schema.nodes import (
    ACTIVITY_STATUSES_NL,
    Activity,
    Goal,
    Kind,
    Link,
    Name,
    NodeId,
    Outcome,
    Output,
    Requires,
    Slug,
    Status,
    Strategy,
)
from tocgraph.schema.translate import Wording

__all__ = [
    "ACTIVITY_STATUSES_NL",
    "TOC_WORDING",
    "Activity",
    "Assumption",
    "AssumptionStatus",
    "Evidence",
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


class Period(Model):
    """The programme period; it may not end before it starts."""

    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _in_order(self) -> Period:
        if self.end < self.start:
            raise PydanticCustomError(
                "period_order",
                "the period ends ({end}) before it starts ({start})",
                {"start": self.start.isoformat(), "end": self.end.isoformat()},
            )
        return self


class ToC(Model):
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
    subsidy_ceiling_eur: Annotated[StrictInt, Field(ge=0)] | None = None
    existed_2017_2022: StrictBool | None = None
    illustrative: StrictBool = False
    description: UnicodeText | None = None
    goals: Annotated[tuple[Goal, ...], Field(min_length=1)]
    outcomes: tuple[Outcome, ...] = ()
    outputs: tuple[Output, ...] = ()
    activities: tuple[Activity, ...] = ()
    assumptions: tuple[Assumption, ...] = ()

    @model_validator(mode="wrap")
    @classmethod
    def _diagnostics(
        cls, data: Any, handler: ModelWrapValidatorHandler[ToC], info: ValidationInfo
    ) -> ToC:
        """Outside the loader, fail with :class:`InvalidToCError` and its codes and hints."""
        if _from_loader(info):
            return handler(data)  # the loader translates pydantic's errors with locations
        try:
            return handler(data)
        except ValidationError as exc:
            from tocgraph.schema.translate import translate_errors

            problems = translate_errors(exc, (), TOC_WORDING, source="<dict>", data=data)
            raise InvalidToCError(problems) from None

    @model_validator(mode="after")
    def _graph_rules(self, info: ValidationInfo) -> ToC:
        if _from_loader(info):
            return self  # the loader has checked them, with locations
        from tocgraph.schema.rules import NodeEntry, semantic_diagnostics

        entries = [NodeEntry((), node) for node in self.nodes()]
        problems = semantic_diagnostics(
            entries, partners=self.partners, lead=self.lead, source="<dict>"
        )
        if self.period is not None:
            years = (self.period.start.year, self.period.end.year)
            problems += budget_year_diagnostics(
                [(e.path, e.node) for e in entries], years, source="<dict>"
            )
        problems += assumption_diagnostics(
            [AssumptionEntry(("assumptions", i), a.id) for i, a in enumerate(self.assumptions)],
            [(entry.path, entry.node) for entry in entries],
            source="<dict>",
        )
        if problems:
            raise InvalidToCError(problems)
        return self

    def nodes(self) -> tuple[Goal | Outcome | Output | Activity, ...]:
        """All nodes, goals first, then outcomes, outputs and activities."""
        return (*self.goals, *self.outcomes, *self.outputs, *self.activities)

    def non_activities(self) -> tuple[Goal | Outcome | Output, ...]:
        """Goals, outcomes and outputs: the nodes with a ``requires``, in that order."""
        return (*self.goals, *self.outcomes, *self.outputs)

    def node(self, node_id: str) -> Goal | Outcome | Output | Activity:
        """The node with this id; raises ``KeyError`` if there is none."""
        for node in self.nodes():
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def assumption(self, assumption_id: str) -> Assumption:
        """The assumption with this id; raises ``KeyError`` if there is none."""
        for assumption in self.assumptions:
            if assumption.id == assumption_id:
                return assumption
        raise KeyError(assumption_id)


def _from_loader(info: ValidationInfo) -> bool:
    """Whether the loader validates (it checks graph rules and places errors itself)."""
    return isinstance(info.context, dict) and info.context.get("semantics") is False


def _model_at(path: DataPath) -> type[BaseModel]:
    """The model whose keys are allowed at ``path`` of a ToC (for unknown-key hints)."""
    if not path:
        return ToC
    if path[0] == "period":
        return Period
    if path[0] == "assumptions":
        return Evidence if "evidence" in path else Assumption
    if "contributes_to" in path:
        return Link
    if "indicators" in path:
        return _indicator_model_at(path[path.index("indicators") :])
    sections: dict[str, type[BaseModel]] = {
        "goals": Goal,
        "outcomes": Outcome,
        "outputs": Output,
        "activities": Activity,
    }
    return sections.get(str(path[0]), ToC)


def _indicator_model_at(path: DataPath) -> type[BaseModel]:
    """The model at ``path`` below a node's ``indicators`` key."""
    if "measurements" in path:
        return Measurement
    if "baseline" in path or "target" in path:
        return Reference
    return Indicator


TOC_WORDING = Wording(
    _model_at,
    too_short={"goals": (phrase("d.too_short.goals"), phrase("dh.too_short.goals"))},
)
"""How diagnostics about a ToC speak (see :class:`~tocgraph.schema.translate.Wording`)."""

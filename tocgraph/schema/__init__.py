"""What a ToC file may say: the v1 format as pydantic models."""

from tocgraph.schema.model import (
    ACTIVITY_STATUSES_NL,
    Activity,
    Assumption,
    AssumptionStatus,
    Evidence,
    Goal,
    Kind,
    Link,
    NodeId,
    Outcome,
    Output,
    Period,
    Requires,
    Status,
    Strategy,
    ToC,
)
from tocgraph.schema.nodes import Node

__all__ = [
    "ACTIVITY_STATUSES_NL",
    "Activity",
    "Assumption",
    "AssumptionStatus",
    "Evidence",
    "Goal",
    "Kind",
    "Link",
    "Node",
    "NodeId",
    "Outcome",
    "Output",
    "Period",
    "Requires",
    "Status",
    "Strategy",
    "ToC",
]

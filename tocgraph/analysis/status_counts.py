"""Activity statuses counted in the categories of the midterm evaluation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from tocgraph.schema.base import FrozenDict
from tocgraph.schema.model import Status

__all__ = ["CATEGORY_OF", "Category", "StatusCounts"]


class Category(StrEnum):
    """The activity-status categories of the midterm evaluation (figure 2.1)."""

    ACHIEVED_OR_ON_TRACK = "achieved_or_on_track"
    DELAYED_OR_ADJUSTED = "delayed_or_adjusted"
    STOPPED = "stopped"
    UNCLEAR = "unclear"
    PLANNED = "planned"


CATEGORY_OF: Mapping[Status, Category] = FrozenDict(
    dict.fromkeys((Status.ACHIEVED, Status.ON_TRACK), Category.ACHIEVED_OR_ON_TRACK)
    | dict.fromkeys((Status.DELAYED, Status.ADJUSTED), Category.DELAYED_OR_ADJUSTED)
    | {s: Category(s.value) for s in (Status.STOPPED, Status.UNCLEAR, Status.PLANNED)}
)
"""The category of each activity status."""


@dataclass(frozen=True)
class StatusCounts:
    """Number of activities per status, and per evaluation category.

    Examples
    --------
    >>> counts = StatusCounts.of({Status.ACHIEVED: 2, Status.ON_TRACK: 5, Status.STOPPED: 1})
    >>> counts.total, counts.count(Category.ACHIEVED_OR_ON_TRACK)
    (8, 7)
    >>> counts.percent(Category.ACHIEVED_OR_ON_TRACK)
    87.5
    """

    by_status: Mapping[Status, int]

    @classmethod
    def of(cls, counts: Mapping[Status, int]) -> StatusCounts:
        """Counts for every status (zeros included, in :class:`Status` order)."""
        return cls(FrozenDict({s: counts.get(s, 0) for s in Status}))

    @property
    def total(self) -> int:
        """All activities."""
        return sum(self.by_status.values())

    def count(self, category: Category) -> int:
        """Activities in ``category``."""
        return sum(n for s, n in self.by_status.items() if CATEGORY_OF[s] is category)

    def percent(self, category: Category) -> float:
        """Share of ``category`` in percent, to one decimal; 0.0 when there are none."""
        return round(100 * self.count(category) / self.total, 1) if self.total else 0.0

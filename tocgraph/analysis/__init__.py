"""Analyses: pure functions over a ToC that return frozen results.

Names are imported on first use, so that a command imports only the analyses it runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tocgraph._lazy import lazy_exports

_EXPORTS: dict[str, str] = {
    "Assessment": "tocgraph.analysis.assessment",
    "ChangeReview": "tocgraph.analysis.review",
    "Criticality": "tocgraph.analysis.critical",
    "Diff": "tocgraph.analysis.diff",
    "Impact": "tocgraph.analysis.whatif",
    "NodeAssessment": "tocgraph.analysis.assessment",
    "NodeChange": "tocgraph.analysis.whatif",
    "Support": "tocgraph.analysis.support",
    "Verdict": "tocgraph.analysis.support",
    "assess": "tocgraph.analysis.assessment",
    "compare": "tocgraph.analysis.diff",
    "criticality": "tocgraph.analysis.critical",
    "goals_lost": "tocgraph.analysis.assessment",
    "impact": "tocgraph.analysis.whatif",
    "review_change_request": "tocgraph.analysis.review",
}

__all__ = [
    "Assessment",
    "ChangeReview",
    "Criticality",
    "Diff",
    "Impact",
    "NodeAssessment",
    "NodeChange",
    "Support",
    "Verdict",
    "assess",
    "compare",
    "criticality",
    "goals_lost",
    "impact",
    "review_change_request",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


if TYPE_CHECKING:
    from tocgraph.analysis.assessment import Assessment, NodeAssessment, assess, goals_lost
    from tocgraph.analysis.critical import Criticality, criticality
    from tocgraph.analysis.diff import Diff, compare
    from tocgraph.analysis.review import ChangeReview, review_change_request
    from tocgraph.analysis.support import Support, Verdict
    from tocgraph.analysis.whatif import Impact, NodeChange, impact

"""Analyses: pure functions over a ToC that return frozen results."""

from tocgraph.analysis.assessment import Assessment, NodeAssessment, assess, goals_lost
from tocgraph.analysis.critical import Criticality, criticality
from tocgraph.analysis.diff import Diff, compare
from tocgraph.analysis.review import ChangeReview, review_change_request
from tocgraph.analysis.support import Support, Verdict
from tocgraph.analysis.whatif import Impact, NodeChange, impact

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

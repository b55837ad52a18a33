"""Analyses: pure functions over a ToC that return frozen results."""

from tocgraph.analysis.assess import Assessment, NodeAssessment, assess
from tocgraph.analysis.support import Support, Verdict

__all__ = ["Assessment", "NodeAssessment", "Support", "Verdict", "assess"]

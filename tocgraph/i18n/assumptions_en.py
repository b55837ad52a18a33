"""The English texts about named assumptions, by key.

Their statuses (``assumption.``), columns, the ``TOC321`` warning and the
scenario words of ``impact --fail``; split from :mod:`tocgraph.i18n.en` so each
catalogue reads in one sitting. :mod:`tocgraph.i18n.assumptions_nl` has the
same keys.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "w.TOC321": "assumption '{node}' is named on no link",
    "h.TOC321": "name it under 'assumptions:' of the links it bears on, or remove it",
    "assumptions": "assumptions",
    "assumption.untested": "untested",
    "assumption.holds": "holds",
    "assumption.at_risk": "at risk",
    "assumption.fails": "fails",
    "col.critical_assumptions": "critical assumptions",
    "col.critical_for": "critical for",
    "col.links": "links",
    "scenario.fail": "failing assumptions: {ids}",
    "diff.assumptions_added": "assumptions added",
    "diff.assumptions_removed": "assumptions removed",
    "diff.assumptions_changed": "assumptions changed",
    "field.assumptions": "named assumptions",
    "field.text": "text",
    "field.evidence": "sources",
    "cr.f.assumption_changed.added": (
        "Assumption {node} is added (change {change}; status: {after}): check which links name it."
    ),
    "cr.f.assumption_changed.removed": (
        "Assumption {node} ({before}) is removed (change {change}): the links that named it "
        "no longer depend on it."
    ),
    "cr.f.assumption_changed.status": (
        "The status of assumption {node} changes from {before} to {after} (change {change}): "
        "verdicts may change without any activity changing."
    ),
    "render.legend.assumption_fails": (
        "link resting on a failing assumption (\u00d7): carries nothing"
    ),
    "render.legend.assumption_at_risk": "link resting on an assumption at risk",
    "html.section.assumptions": "Assumptions",
    "html.assumptions.help": (
        "A link resting on a failing assumption carries nothing; one at risk makes its "
        "contribution uncertain. 'Critical for' lists the nodes no longer potentially "
        "effective if that assumption alone fails (at-risk assumptions counted as failing), "
        "for the ToC as submitted."
    ),
}

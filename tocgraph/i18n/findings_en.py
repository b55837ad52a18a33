"""The English sentences of a change request's findings (``cr.f.``), per key.

Split off from :mod:`tocgraph.i18n.en`; :mod:`tocgraph.i18n.findings_nl` has the
same keys and placeholders in Dutch. Docs: ``docs/change-requests.md#findings``.
"""

from __future__ import annotations

__all__ = ["CATALOGUE"]

CATALOGUE: dict[str, str] = {
    "cr.f.no_rationale": "Change {change} ({action}) has no rationale.",
    "cr.f.no_effect": (
        "Change {change} ({action}) changes nothing in the ToC: check whether another change was "
        "meant."
    ),
    "cr.f.goal_not_effective": "Goal {node} becomes {verdict}.",
    "cr.f.undone": (
        "Change {change} ({action}) is undone by a later change: {node} ends as it was before "
        "the request."
    ),
    "cr.f.outcome_not_effective": "Outcome {node} becomes {verdict}.",
    "cr.f.stopped_achieved": (
        "Change {change} ({action}) stops an activity already achieved: work that is done "
        "cannot stop; if the activity is finished, keep its status \u201cachieved\u201d."
    ),
    "cr.f.stopped_achieved.remove": (
        "Change {change} ({action}) removes an activity already achieved: its contribution "
        "leaves the ToC although the work was done; if the activity is finished, keep it, with "
        "its status \u201cachieved\u201d."
    ),
    "cr.f.stopped_achieved.budget": (
        "Its budget of {budget} counts as freed, but has probably been spent."
    ),
    "cr.f.goal_single_point": (
        "Goal {node} now has a margin of 1: if {activities} stops, the goal is no longer "
        "potentially effective."
    ),
    "cr.f.added_reaches_no_goal": (
        "Added activity {node} (change {change}) does not lead to any goal."
    ),
    "cr.f.activity_reaches_no_goal": (
        "Activity {node} ({status}) no longer leads to any goal after the changes. Ask the "
        "alliance whether it stops, or what it contributes to now."
    ),
    "cr.f.activity_reaches_no_goal.budget": (
        "Activity {node} ({status}, planned budget {budget}) no longer leads to any goal after "
        "the changes. Ask the alliance whether it stops, or what it contributes to now."
    ),
    "cr.f.link_claimed": (
        "Change {change} ({action}) claims that {node} also contributes to {target}: that "
        "contribution counts in the margins at once, so ask the alliance what it rests on "
        "(evidence, or how the work is to lead to {target})."
    ),
    "cr.f.assumption_critical": (
        "Goal {node} now depends on assumption {assumption} ({status}): if that assumption alone "
        "fails, the goal is no longer potentially effective."
    ),
    "cr.f.one_partner": (
        "After change {change} ({action}), goal {node} can no longer do without {partner}: if "
        "that partner drops out, the goal is no longer potentially effective."
    ),
    "cr.f.toc_changed.added": "The ToC itself changes: {node} is added ({after}).",
    "cr.f.toc_changed.removed": "The ToC itself changes: {node} ({before}) is removed.",
    "cr.f.toc_changed.title": (
        "The ToC itself changes: the title of {node} goes from \u201c{before}\u201d to "
        "\u201c{after}\u201d."
    ),
    "cr.f.toc_changed.requires": (
        "The ToC itself changes: {node} needs {before} before the changes and {after} after."
    ),
    "cr.f.toc_changed.links": (
        "The ToC itself changes: {node} contributes to {before} before the changes and to "
        "{after} after."
    ),
    "cr.f.requires_lowered": (
        "The requirement of {node} is lowered from {before} to {after}. Check whether the "
        "verdict stays favourable only because of that."
    ),
    "cr.f.partner_without_activities": (
        "Partner {partner} has no running activity left after the changes; this matters for "
        "the cooperation agreement and the budget."
    ),
    "cr.f.adjusted_activity.status": (
        "Activity {node} is set to \u201cadjusted\u201d (change {change}): confirm that it still "
        "contributes to {targets}."
    ),
    "cr.f.adjusted_activity.title": (
        "Activity {node} gets a new title (change {change}) but keeps its links: confirm that "
        "\u201c{after}\u201d still contributes to {targets}."
    ),
    "cr.f.requires_not_scaled.one": (
        "{kind} {node} needs a fixed number of {k} contributors; with {added} as a new "
        "contributor that becomes {k} of {after} instead of {k} of {before}. The bar did not "
        "move with the new contributor: confirm that {k} is still the intended requirement."
    ),
    "cr.f.requires_not_scaled.many": (
        "{kind} {node} needs a fixed number of {k} contributors; with {added} as new "
        "contributors that becomes {k} of {after} instead of {k} of {before}. The bar did not "
        "move with the new contributors: confirm that {k} is still the intended requirement."
    ),
}

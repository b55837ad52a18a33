"""Findings on a change request that changes the ToC itself, its bars and its partners.

A change request is meant to change activities. When it also changes a goal,
outcome or output (its title, its ``requires``, the links between them), or
lowers a requirement, the verdict before and after no longer measure the same
thing, and a reviewer must see that first. The findings here are computed
from :func:`tocgraph.compare` of the baseline and the result, never re-derived
from the changes themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tocgraph.analysis.diff import Diff
from tocgraph.analysis.requires import goals_held_by_lowered_requires, lowered_requires
from tocgraph.hints import natural_key
from tocgraph.schema.change import Change, ModifyChange, change_target
from tocgraph.schema.model import Activity, Goal, Outcome, Output, Status, ToC

__all__ = [
    "TocFinding",
    "goals_held_by_lowered_requires",
    "lowered_requires",
    "requirement_text",
    "toc_findings",
]

_Upper = Goal | Outcome | Output


@dataclass(frozen=True)
class TocFinding:
    """A finding of this module: ``kind``, the change it comes from, the node, details.

    ``kind`` is ``toc_changed`` (``detail`` = what, before, after; what is one of
    ``added``, ``removed``, ``title``, ``requires``, ``links``),
    ``requires_lowered`` (``detail`` = before, after),
    ``requires_not_scaled`` (``detail`` = the number k, the contributors
    before and after, then the ids of the new contributors),
    ``partner_without_activities`` (``node`` is ``None``; ``detail`` = the
    partner), ``adjusted_activity`` (``detail`` = ``status`` or ``title``,
    then the title before and after) or ``link_claimed`` (an activity of the
    baseline gets a new link; ``detail`` = the node it now contributes to).
    """

    kind: str
    change: int | None
    node: str | None
    detail: tuple[str, ...]


def requirement_text(value: str | int) -> str:
    """``requires`` as written in a ToC file: ``any``, ``all`` or a number.

    Examples
    --------
    >>> requirement_text("all"), requirement_text(3)
    ('all', '3')
    """
    return str(value)


def _upper_links(node: _Upper, upper: set[str]) -> str:
    if isinstance(node, Goal):
        return ""
    return ", ".join(
        sorted((link.to for link in node.contributes_to if link.to in upper), key=natural_key)
    )


def _last_change(changes: Sequence[Change], node: str, field: str | None = None) -> int | None:
    """The number of the last change of ``node``; with ``field``, the last that sets it.

    Without a change that sets ``field`` by name (``modify: A1, set: {title: ...}``),
    the last change of the node.
    """
    found = setting = None
    for number, change in enumerate(changes, start=1):
        if change_target(change) == node:
            found = number
            if field is not None and isinstance(change, ModifyChange) and field in change.set:
                setting = number
    return setting if setting is not None else found


def toc_findings(
    baseline: ToC, result: ToC, diff: Diff, changes: Sequence[Change]
) -> tuple[TocFinding, ...]:
    """``toc_changed``, ``requires_lowered``, ``requires_not_scaled``,
    ``partner_without_activities``, ``adjusted_activity``, ``link_claimed``.

    Parameters
    ----------
    baseline, result
        The ToC as submitted and after all changes.
    diff
        ``compare(baseline, result)``.
    changes
        The changes of the request, to name the (last) change that touched a node.
    """
    found: list[TocFinding] = []
    old_upper = {n.id: n for n in baseline.non_activities()}
    new_upper = {n.id: n for n in result.non_activities()}
    old_ids, new_ids = set(old_upper), set(new_upper)
    for node_id in diff.removed:
        if node_id in old_upper:
            detail = ("removed", old_upper[node_id].title, "")
            found.append(TocFinding("toc_changed", _last_change(changes, node_id), node_id, detail))
    for node_id in diff.added:
        if node_id in new_upper:
            detail = ("added", "", new_upper[node_id].title)
            found.append(TocFinding("toc_changed", _last_change(changes, node_id), node_id, detail))
    both = old_ids & new_ids
    touched: dict[str, dict[str, tuple[str, str]]] = {}
    for field in diff.fields:
        if field.node in both and field.field in ("title", "requires"):
            values = (str(field.before), str(field.after))
            touched.setdefault(field.node, {})[field.field] = values
    for link in (*diff.links_added, *diff.links_removed):
        if link.source in both and link.target in old_ids | new_ids:
            old, new = old_upper[link.source], new_upper[link.source]
            values = (_upper_links(old, old_ids), _upper_links(new, new_ids))
            touched.setdefault(link.source, {})["links"] = values
    for node_id in sorted(touched, key=natural_key):
        for what in ("title", "requires", "links"):
            if what in touched[node_id]:
                detail = (what, *touched[node_id][what])
                number = _last_change(changes, node_id)
                found.append(TocFinding("toc_changed", number, node_id, detail))
    for node_id, (old_bar, new_bar) in lowered_requires(baseline, result).items():
        bars = (requirement_text(old_bar), requirement_text(new_bar))
        found.append(TocFinding("requires_lowered", _last_change(changes, node_id), node_id, bars))
    found += _not_scaled(baseline, result, changes)
    found += _partners(baseline, result)
    found += _adjusted(baseline, result, changes)
    found += _claimed(baseline, result, diff, changes)
    return tuple(found)


def _claimed(baseline: ToC, result: ToC, diff: Diff, changes: Sequence[Change]) -> list[TocFinding]:
    """Links added from an activity the baseline has: a new contribution is claimed.

    The margins count it at once (a goal's margin can rise by a link alone), so
    the reviewer should ask what the contribution rests on. ``detail`` is the
    node it now contributes to.
    """
    kept = {a.id for a in baseline.activities} & {a.id for a in result.activities}
    return [
        TocFinding(
            "link_claimed",
            _last_change(changes, link.source, "contributes_to"),
            link.source,
            (link.target,),
        )
        for link in diff.links_added
        if link.source in kept
    ]


def _contributors(toc: ToC) -> dict[str, set[str]]:
    """For each node, the ids of the nodes with a ``contributes_to`` link to it."""
    found: dict[str, set[str]] = {}
    linked: tuple[Outcome | Output | Activity, ...] = (*toc.outcomes, *toc.outputs, *toc.activities)
    for node in linked:
        for link in node.contributes_to:
            found.setdefault(link.to, set()).add(node.id)
    return found


def _not_scaled(baseline: ToC, result: ToC, changes: Sequence[Change]) -> list[TocFinding]:
    """Nodes with the same numeric ``requires: k`` (k >= 2) that gained contributors.

    ``requires: 3`` of 6 means half; after a seventh contributor is added it
    still says 3, now of 7: the bar did not move with the new contributor,
    which may or may not be what the alliance means.
    """
    old_upper = {n.id: n for n in baseline.non_activities()}
    before, after = _contributors(baseline), _contributors(result)
    found = []
    for node in result.non_activities():
        old = old_upper.get(node.id)
        k = node.requires
        if old is None or not isinstance(k, int) or k < 2 or old.requires != k:
            continue
        was, now = before.get(node.id, set()), after.get(node.id, set())
        added = sorted(now - was, key=natural_key)
        if added and len(now) > len(was):
            numbers = [n for n in (_last_change(changes, a) for a in added) if n is not None]
            detail = (str(k), str(len(was)), str(len(now)), *added)
            number = max(numbers) if numbers else None
            found.append(TocFinding("requires_not_scaled", number, node.id, detail))
    return found


_NOT_RUNNING = (Status.STOPPED, Status.ACHIEVED)


def _running(toc: ToC) -> set[str]:
    """Partners with an activity that is neither stopped nor achieved (unclear counts)."""
    return {a.partner for a in toc.activities if a.partner and a.status not in _NOT_RUNNING}


def _partners(baseline: ToC, result: ToC) -> list[TocFinding]:
    """Partners of the alliance with a running activity before and none after."""
    alliance = [*(result.partners or ()), *([result.lead] if result.lead else [])]
    before, after = _running(baseline), _running(result)
    lost = sorted({p for p in alliance if p in before and p not in after})
    return [TocFinding("partner_without_activities", None, None, (p,)) for p in lost]


def _adjusted(baseline: ToC, result: ToC, changes: Sequence[Change]) -> list[TocFinding]:
    """Activities newly set to ``adjusted``, or retitled while keeping their links."""
    old = {a.id: a for a in baseline.activities}
    found = []
    for activity in result.activities:
        before: Activity | None = old.get(activity.id)
        if before is None:
            continue
        titles = (before.title, activity.title)
        if activity.status is Status.ADJUSTED and before.status is not Status.ADJUSTED:
            number = _last_change(changes, activity.id, "status")
            found.append(TocFinding("adjusted_activity", number, activity.id, ("status", *titles)))
        elif before.title != activity.title and {x.to for x in before.contributes_to} == {
            x.to for x in activity.contributes_to
        }:
            number = _last_change(changes, activity.id, "title")
            found.append(TocFinding("adjusted_activity", number, activity.id, ("title", *titles)))
    return found

"""Requirements lowered between two versions of a ToC, and what the old bar would give.

A ``requires`` lowered from one version to the next (``all`` to a number, a
number to a smaller one, anything to ``any``) can keep a goal potentially
effective that the old bar would not: the verdict holds only because the bar
moved. Used by the review of a change request and by ``tocgraph diff``.
"""

from __future__ import annotations

from collections.abc import Sequence

from tocgraph.analysis.assessment import Assessment, assess
from tocgraph.analysis.support import Verdict
from tocgraph.schema.model import Goal, Outcome, Output, ToC

__all__ = [
    "assessed_at_old_requires",
    "goals_held_by_lowered_requires",
    "held_goals",
    "lowered_requires",
]

_Upper = Goal | Outcome | Output


def _is_lower(old: str | int, new: str | int) -> bool:
    """All -> k, k -> smaller k, anything -> any (1 -> any is the same bar)."""
    if old == new:
        return False
    if new == "any":
        return old != 1
    if old == "all":
        return isinstance(new, int)
    return isinstance(old, int) and isinstance(new, int) and new < old


def lowered_requires(baseline: ToC, result: ToC) -> dict[str, tuple[str | int, str | int]]:
    """Nodes in both versions whose ``requires`` is lower after: id -> (before, after).

    Examples
    --------
    >>> import tocgraph
    >>> old = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> goal = old.goals[0].model_copy(update={"requires": "any"})
    >>> lowered_requires(old, old.model_copy(update={"goals": (goal,)}))
    {'G1': ('all', 'any')}
    """
    new_nodes = {n.id: n for n in result.non_activities()}
    found: dict[str, tuple[str | int, str | int]] = {}
    for node in baseline.non_activities():
        new = new_nodes.get(node.id)
        if new is not None and _is_lower(node.requires, new.requires):
            found[node.id] = (node.requires, new.requires)
    return found


def goals_held_by_lowered_requires(baseline: ToC, result: ToC) -> tuple[str, ...]:
    """Goals potentially effective after the changes only because a ``requires`` was lowered.

    The result is assessed again with every lowered requirement put back to its
    value in the baseline; a number larger than the node's contributors now can
    never be met.
    """
    at_old_bar = assessed_at_old_requires(baseline, result)
    return () if at_old_bar is None else held_goals(assess(result), at_old_bar)


def held_goals(after: Assessment, at_old_bar: Assessment | None) -> tuple[str, ...]:
    """The goals potentially effective in ``after`` and not at the old requirements.

    ``at_old_bar`` is :func:`assessed_at_old_requires` of the same versions (``None``:
    nothing was lowered, so nothing is held by it); ``tocgraph.compare`` keeps it as
    ``Diff.at_old_requires``.
    """
    if at_old_bar is None:
        return ()
    effective = Verdict.POTENTIALLY_EFFECTIVE
    return tuple(
        g.id
        for g in after.goals()
        if g.verdict is effective and at_old_bar.nodes[g.id].verdict is not effective
    )


def assessed_at_old_requires(baseline: ToC, result: ToC) -> Assessment | None:
    """``result`` assessed with every lowered requirement put back to its value in ``baseline``.

    ``None`` when no requirement was lowered. A number larger than the node's
    contributors now can never be met.

    Examples
    --------
    >>> import tocgraph
    >>> old = tocgraph.load("models/politica.yaml")
    >>> goal = old.goals[0].model_copy(update={"requires": 2})
    >>> new = old.model_copy(update={"goals": (goal,)})
    >>> at_old_bar = assessed_at_old_requires(old, new)
    >>> at_old_bar.nodes["G1"].margin, tocgraph.assess(new).nodes["G1"].margin
    (3, 4)
    """
    lowered = lowered_requires(baseline, result)
    if not lowered:
        return None

    def restore(nodes: Sequence[_Upper]) -> tuple[_Upper, ...]:
        return tuple(
            n.model_copy(update={"requires": lowered[n.id][0]}) if n.id in lowered else n
            for n in nodes
        )

    return assess(
        result.model_copy(
            update={
                "goals": restore(result.goals),
                "outcomes": restore(result.outcomes),
                "outputs": restore(result.outputs),
            }
        )
    )

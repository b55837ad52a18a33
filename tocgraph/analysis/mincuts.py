"""Which activities lie in some smallest cut of a node: what stopping one activity costs.

Stopping one supported activity ``a`` lowers a node's margin ``m`` by exactly 0
or 1: a cut without ``a`` stays a cut, and a cut ``C`` after the stop gives the
cut ``C + {a}`` before it. The margin drops by 1 exactly when ``a`` lies in some
minimum cut. So :func:`~tocgraph.analysis.critical.criticality` does not need to
assess the ToC once per activity: it needs, per goal, the union of its minimum
cuts. That union is found from the cut the margin computation already found,
then

1. when the margin equals the number of activities below the node, all of
   them (the only cut);
2. when few sets are possible, by trying every set of ``m - 1`` other
   activities together with each activity not yet settled;
3. otherwise first by swaps (:mod:`~tocgraph.analysis.swaps`: one activity in
   and one out of a known minimum cut), then by hitting sets for small margins
   and by integer programs (:mod:`~tocgraph.analysis.cover_programs`) that
   each look for a minimum cut with as many unsettled activities as possible,
   until none is left or none is found.

Within the solver's budget the answer is exact; beyond it the activities left
are reported as undetermined.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from math import comb

from tocgraph.analysis.cover_programs import cover, cover_parts
from tocgraph.analysis.cut_programs import cut_rows, down
from tocgraph.analysis.hitting_sets import CutSearch
from tocgraph.analysis.margins import Margins, alive_ancestors, slacks
from tocgraph.analysis.solver import MIP_COLUMNS, Row
from tocgraph.analysis.swaps import cover_by_swaps
from tocgraph.graph.structure import Structure
from tocgraph.schema.model import Kind

__all__ = ["CutUnion", "min_cut_union"]

_SEARCH_BUDGET = 400_000
"""Node evaluations below which trying sets beats starting the solver."""


@dataclass(frozen=True)
class CutUnion:
    """Activities in some minimum cut of a node, and those the budget left open."""

    members: frozenset[int]
    undetermined: frozenset[int]


def min_cut_union(
    structure: Structure, alive: Sequence[bool], margins: Margins, n: int
) -> CutUnion:
    """The activities whose stopping alone lowers the margin of ``n`` (by exactly 1).

    Parameters
    ----------
    structure, alive
        The compiled graph and its pessimistic support.
    margins
        The margins of the same graph (:func:`~tocgraph.analysis.margins.margins_and_criticals`).
    n
        The node, supported and with an exact margin.
    """
    return _union(structure, alive, margins, slacks(structure, alive), n, {})


_DECOMPOSE = True
"""Whether a node's union is built from its contributors' where that is exact."""


def _union(
    structure: Structure,
    alive: Sequence[bool],
    margins: Margins,
    slack: Sequence[int],
    n: int,
    memo: dict[int, CutUnion],
) -> CutUnion:
    """:func:`min_cut_union`, by contributors where possible (see :func:`_by_contributors`)."""
    if n not in memo:
        found = None
        if _DECOMPOSE:
            found = _by_contributors(structure, alive, margins, slack, n, memo)
        memo[n] = found if found is not None else _directly(structure, alive, margins, slack, n)
    return memo[n]


def _by_contributors(
    structure: Structure,
    alive: Sequence[bool],
    margins: Margins,
    slack: Sequence[int],
    n: int,
    memo: dict[int, CutUnion],
) -> CutUnion | None:
    """The union of ``n`` from those of its contributors, when that is exact; else ``None``.

    ``n`` falls once ``slack[n] + 1`` of its supported contributors fall.

    - With no slack, a set of activities brings ``n`` down exactly when it
      brings one contributor down, shared activities or not: the minimum cuts
      of ``n`` are those of its contributors whose margin is the margin of
      ``n``, and so are their unions.
    - With slack, when no two contributors share an activity below them (they
      are independent, as in a fault tree's modules): a minimum cut brings down
      the ``slack + 1`` contributors of smallest margin, each by one of its
      own minimum cuts. Any contributor whose margin is at most the largest of
      those can be among them, so the union is that of all such contributors.
    """
    margin = margins.values[n]
    if not alive[n] or not margin or margin == 1 or margins.bounds[n] is not None:
        return None
    contributors = [c for c in structure.contributors[n] if alive[c]]
    if any(margins.bounds[c] is not None for c in contributors):
        return None
    own = {
        c: 1 if structure.statuses[c] is not None else margins.values[c] or 0 for c in contributors
    }
    ordered = sorted(own.values())
    groups = _components(structure, alive, contributors) if slack[n] > 0 else None
    every = slack[n] == len(contributors) - 1  # every contributor must fall
    if groups is not None and every and len(groups) > 1 and len(groups) < len(contributors):
        return _settle_lone(structure, alive, margins, slack, n, groups, memo)
    if sum(ordered[: slack[n] + 1]) != margin:  # not the sum the decomposition needs
        return None
    if groups is not None and len(groups) != len(contributors):  # contributors share activities
        return None
    largest = ordered[slack[n]]
    members: set[int] = set()
    undetermined: set[int] = set()
    for c in contributors:
        if own[c] <= largest:
            union = _union(structure, alive, margins, slack, c, memo)
            members |= union.members
            undetermined |= union.undetermined
    return CutUnion(frozenset(members), frozenset(undetermined - members))


def _components(
    structure: Structure, alive: Sequence[bool], contributors: list[int]
) -> list[tuple[list[int], set[int]]]:
    """``contributors`` grouped so that no two groups share a supported activity below them.

    Each group comes with the supported activities below it.
    """
    groups: list[tuple[list[int], set[int]]] = []
    for c in contributors:
        below = {
            m for m in alive_ancestors(structure, alive, c) if structure.statuses[m] is not None
        }
        merged: tuple[list[int], set[int]] = ([c], below)
        for group in [g for g in groups if g[1] & below]:
            merged[0].extend(group[0])
            merged[1].update(group[1])
            groups.remove(group)
        groups.append(merged)
    return [(sorted(members), below) for members, below in groups]


def _settle_lone(
    structure: Structure,
    alive: Sequence[bool],
    margins: Margins,
    slack: Sequence[int],
    n: int,
    groups: list[tuple[list[int], set[int]]],
    memo: dict[int, CutUnion],
) -> CutUnion:
    """The union of a node that needs every contributor to fall, some of them independent.

    The node's minimum cuts bring down each group of contributors (groups
    share no activity) by a cut of that group that is minimum for it. For a
    group of one contributor those are the contributor's own minimum cuts, so
    its activities are settled by the contributor's union; the direct search
    only asks about the activities of the other groups.
    """
    inside: set[int] = set()
    outside: set[int] = set()
    for members, below in groups:
        if len(members) == 1:
            union = _union(structure, alive, margins, slack, members[0], memo)
            inside |= union.members
            outside |= below - union.members - union.undetermined
    return _directly(structure, alive, margins, slack, n, (inside, outside))


def _directly(
    structure: Structure,
    alive: Sequence[bool],
    margins: Margins,
    slack: Sequence[int],
    n: int,
    settled: tuple[set[int], set[int]] = (set(), set()),
) -> CutUnion:
    """:func:`min_cut_union` for ``n`` itself, from its cut, by trying sets or searching.

    ``settled`` holds activities already known to lie in some minimum cut and
    in none; they are not asked about again.
    """
    if structure.statuses[n] is not None:  # a supported activity: its own only cut
        return CutUnion(frozenset({n}), frozenset())
    margin = margins.values[n]
    if not alive[n] or margin is None or margin == 0:
        return CutUnion(frozenset(), frozenset())
    if margin == 1:
        return CutUnion(frozenset(margins.criticals[n]), frozenset())
    members = alive_ancestors(structure, alive, n)
    is_activity = [kind is Kind.ACTIVITY for kind in structure.kinds]
    candidates = [m for m in members if is_activity[m]]
    if margin == len(candidates):
        return CutUnion(frozenset(candidates), frozenset())
    covered = set(margins.cuts[n] or ()) | settled[0]
    left = [a for a in candidates if a not in covered and a not in settled[1]]
    tries = len(left) * comb(len(candidates) - 1, margin - 1)
    if tries * len(members) <= _SEARCH_BUDGET:
        inner = [m for m in members if not is_activity[m]]
        for a in left:
            if a in covered:
                continue
            others = [c for c in candidates if c != a]
            for rest in combinations(others, margin - 1):
                if n in down(structure, alive, slack, inner, (a, *rest)):
                    covered.update((a, *rest))
                    break
        return CutUnion(frozenset(covered), frozenset())
    excluded = set(settled[1])
    twins = _twins(structure, alive, candidates)
    known = margins.cuts[n]
    if _SWAPS and known is not None:  # cheap first: minimum cuts next to the known one
        covered |= cover_by_swaps(structure, alive, slack, members, known, left, twins.__getitem__)
    if margin <= _HITTING_MARGIN:
        _cover_by_hitting_sets(
            structure, alive, slack, members, candidates, twins, margin, covered, excluded
        )
        if covered.union(excluded).issuperset(candidates):
            return CutUnion(frozenset(covered), frozenset())
    return _cover_by_solver(
        structure, alive, slack, is_activity, margins, members, n, twins, covered, excluded
    )


_SWAPS = True
"""Whether minimum cuts next to known ones are tried before (and between) searches."""

_HITTING_MARGIN = 24
"""Margins up to this size are first covered by hitting sets, without a solver."""

_HITTING_BUDGET = 50_000
"""Branch-and-bound steps of the hitting-set search per activity tried."""


def _cover_by_hitting_sets(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    members: list[int],
    candidates: list[int],
    twins: dict[int, tuple[int, ...]],
    margin: int,
    covered: set[int],
    excluded: set[int],
) -> None:
    """Settle activities by hitting sets: is there a cut of ``margin - 1`` once one stops?

    ``twins`` is :func:`_twins` of the ``candidates``.

    After activity ``a`` stops, the margin is ``margin - 1`` or ``margin``; a
    cut of ``margin - 1`` then, with ``a``, is a minimum cut holding ``a``, and
    every activity of it is added to ``covered``. Activities proven to lie in
    no minimum cut are added to ``excluded``; those whose search ran out of
    budget are in neither set.
    """
    search = CutSearch(structure, alive, slack, members, candidates)
    for a in candidates:
        if a in covered or a in excluded:
            continue
        found = search.smallest_cut(margin - 1, margin, _HITTING_BUDGET, without=a)
        if found.cut is not None:
            for b in (a, *found.cut):
                covered.update(twins[b])
        elif found.lower >= margin:
            excluded.update(twins[a])


def _twins(
    structure: Structure, alive: Sequence[bool], activities: list[int]
) -> dict[int, tuple[int, ...]]:
    """Each activity with the activities that feed exactly the same supported nodes.

    Swapping two such twins maps the graph onto itself (a node counts its
    fallen contributors, not which), so one lies in a minimum cut exactly when
    the other does: a cut holding one and not the other stays a cut of the
    same size with them swapped.
    """
    groups: dict[tuple[int, ...], list[int]] = {}
    for a in activities:
        groups.setdefault(tuple(t for t in structure.targets[a] if alive[t]), []).append(a)
    return {a: tuple(group) for group in groups.values() for a in group}


def _cover_by_solver(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    is_activity: Sequence[bool],
    margins: Margins,
    members: list[int],
    n: int,
    twins: dict[int, tuple[int, ...]],
    covered: set[int],
    excluded: set[int],
) -> CutUnion:
    """Minimum cuts that hold as many unsettled activities as possible, until none does.

    By :mod:`~tocgraph.analysis.cover_programs`, split by surviving
    contributors where that helps; each cut found is widened by swaps
    (:func:`~tocgraph.analysis.swaps.cover_by_swaps`) before the next program.
    Activities in ``excluded`` are known to lie in no minimum cut.
    """
    margin = margins.values[n] or 0
    candidates = [m for m in members if is_activity[m]]
    if len(members) > MIP_COLUMNS:
        return CutUnion(frozenset(covered), frozenset(candidates) - covered - excluded)
    # the threshold rows and |cut| <= margin only: the margin programs' dense margin rows
    # (cut_programs.margin_rows) made these programs a quarter slower, not faster
    rows = cut_rows(structure, alive, slack, is_activity, members)
    parts = cover_parts(structure, alive, slack, members, rows, n, margin)
    activity_columns = [i for i, m in enumerate(members) if is_activity[m]]
    rows.append(Row(activity_columns, [1.0] * len(activity_columns), 0.0, float(margin)))

    def widen(cut: list[int], rest: list[int]) -> set[int]:
        if not _SWAPS:
            return set()
        return cover_by_swaps(structure, alive, slack, members, cut, rest, twins.__getitem__)

    fixed = [members.index(n)]
    still_open = False
    for part in parts:
        if cover(members, is_activity, rows, [*fixed, *part], margin, covered, excluded, widen):
            still_open = True
    if not still_open:
        return CutUnion(frozenset(covered), frozenset())
    return CutUnion(frozenset(covered), frozenset(candidates) - covered - excluded)

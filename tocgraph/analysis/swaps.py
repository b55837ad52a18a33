"""Minimum cuts next to a known one: one activity in, one out.

:mod:`~tocgraph.analysis.mincuts` needs the activities that lie in some minimum
cut of a node. From one minimum cut ``C`` of size ``m``, adding an activity
``a`` and dropping an activity ``b`` of ``C`` gives another set of ``m``
activities; when it still brings the node down, it is a minimum cut holding
``a``. Such swaps cost a few propagations each, no solver. On the goals of
the 1,000-activity stress graph they found a quarter to two thirds of the
activities that the integer programs would otherwise find, a few per program.

Only promising pairs are tried. Each ``b`` of the cut revives the node when it
alone is revived (the cut is minimal), along a set of nodes ``R(b)``. After
``a`` stops, the revival of ``b`` can fail to reach the node only where ``a``
raised the count of fallen contributors, so only the ``b`` whose ``R(b)``
holds such a node are tried.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tocgraph.graph.structure import Structure

__all__ = ["cover_by_swaps"]

_PASSES = 8
"""Rounds over the activities left; a round that finds nothing ends the search."""

_MOVES = 250
"""Swaps made at most in one search: each rebuilds the state, a pass over the members.

On the goals of the 1,000-activity stress graph a search makes at most 52;
the bound keeps a graph with thousands of interchangeable activities from
costing thousands of passes (what is left goes to the exact searches).
"""


def cover_by_swaps(
    structure: Structure,
    alive: Sequence[bool],
    slack: Sequence[int],
    members: Sequence[int],
    cut: Sequence[int],
    left: Sequence[int],
    twins: Callable[[int], Sequence[int]] = lambda a: (a,),
) -> set[int]:
    """Activities of ``left`` found in some minimum cut by swaps from ``cut``.

    Parameters
    ----------
    structure, alive, slack
        The compiled graph, its pessimistic support and the slack of each node.
    members
        The supported nodes below the node in question, topologically sorted,
        the node itself last.
    cut
        A minimum cut of the node.
    left
        The activities to look for.
    twins
        The activities that lie in a minimum cut exactly when the given one does.

    Returns
    -------
    set[int]
        Activities of ``left`` (with their twins) that lie in some minimum cut.
    """
    inside = set(members)
    targets = {m: [t for t in structure.targets[m] if alive[t] and t in inside] for m in members}
    state = _State(structure, slack, members, targets, cut)
    found: set[int] = set()
    wanted = list(left)
    moves = 0
    for _ in range(_PASSES):
        progress = False
        for a in wanted:
            if a in found or a in state.stopped:
                continue
            if moves == _MOVES:
                return found.intersection(left)
            b = state.swap_partner(a)
            if b is None:
                continue
            progress = True
            moves += 1
            state.move(a, b)
            for c in state.stopped:
                found.update(twins(c))
        wanted = [a for a in wanted if a not in found]
        if not progress or not wanted:
            break
    return found.intersection(left)


class _State:
    """Which members fall when the activities of a minimum cut stop, and how.

    A swap changes the state in place (:meth:`move`). Each stopped activity's
    revival is kept with the nodes it read; after a swap only the revivals
    that read a node whose state changed are walked again (on the
    1,000-activity stress graph a few of the 700 or more, where building the
    state afresh walked them all at every swap).
    """

    def __init__(
        self,
        structure: Structure,
        slack: Sequence[int],
        members: Sequence[int],
        targets: dict[int, list[int]],
        cut: Sequence[int],
    ) -> None:
        """``targets``: each member's supported targets among the members (the same every state)."""
        self.node = members[-1]
        self.members = members
        self.slack = slack
        self.targets = targets
        self.free = [structure.statuses[m] is not None for m in members]
        self.stopped = set(cut)
        self.fallen, self.lost = self._spread()
        self.users: dict[int, set[int]] = {}  # node -> the stopped whose revival revives it
        self._revived: dict[int, set[int]] = {}
        self._read: dict[int, set[int]] = {}
        self._readers: dict[int, set[int]] = {}  # node -> the stopped whose revival read it
        for b in sorted(self.stopped):
            self._revive(b)

    def _spread(self) -> tuple[dict[int, bool], dict[int, int]]:
        """Which members fall and how many fallen contributors each counts."""
        fallen = dict.fromkeys(self.members, False)
        lost = dict.fromkeys(self.members, 0)
        stopped, slack, targets = self.stopped, self.slack, self.targets
        for m, free in zip(self.members, self.free, strict=True):  # contributors first
            if m in stopped or (lost[m] > slack[m] and not free):
                fallen[m] = True
                for t in targets[m]:
                    lost[t] += 1
        return fallen, lost

    def move(self, a: int, b: int) -> None:
        """Stop ``a`` and restart ``b``; walk again only the revivals that read a change."""
        self.stopped.discard(b)
        self.stopped.add(a)
        fallen, lost = self._spread()
        stale = {a, b}
        for m in self.members:
            if fallen[m] != self.fallen[m] or lost[m] != self.lost[m]:
                stale.update(self._readers.get(m, ()))
        self.fallen, self.lost = fallen, lost
        for c in stale:
            self._forget(c)
        for c in sorted(stale & self.stopped):
            self._revive(c)

    def _forget(self, b: int) -> None:
        """Drop the recorded revival of ``b`` (stale, or ``b`` restarted)."""
        for m in self._revived.pop(b, ()):
            self.users[m].discard(b)
        for m in self._read.pop(b, ()):
            self._readers[m].discard(b)

    def _revive(self, b: int) -> None:
        """Record the revival of ``b`` and the nodes it read."""
        revived, read = self._walk(b)
        self._revived[b] = revived
        self._read[b] = read
        for m in revived:
            self.users.setdefault(m, set()).add(b)
        for m in read:
            self._readers.setdefault(m, set()).add(b)

    def _walk(self, b: int) -> tuple[set[int], set[int]]:
        """The fallen nodes that revive when ``b`` alone revives, and the nodes read."""
        fallen, lost, slack, targets = self.fallen, self.lost, self.slack, self.targets
        revived = {b}
        read = {b}
        spared: dict[int, int] = {}
        stack = [b]
        while stack:
            for t in targets[stack.pop()]:
                read.add(t)
                if fallen[t] and t not in revived:
                    spared[t] = spared.get(t, 0) + 1
                    if lost[t] - spared[t] <= slack[t]:
                        revived.add(t)
                        stack.append(t)
        return revived, read

    def swap_partner(self, a: int) -> int | None:
        """An activity of the cut that ``a`` can replace, or ``None``."""
        fallen, lost, slack, targets = self.fallen, self.lost, self.slack, self.targets
        raised: list[int] = []
        newly = [a]
        fallen[a] = True
        stack = [a]
        while stack:
            for t in targets[stack.pop()]:
                lost[t] += 1
                raised.append(t)
                if not fallen[t] and lost[t] > slack[t]:
                    fallen[t] = True
                    newly.append(t)
                    stack.append(t)
        partner = None
        tried: set[int] = set()
        for t in raised:
            for b in sorted(self.users.get(t, ())):
                if b not in tried:
                    tried.add(b)
                    if self.node not in self._walk(b)[0]:
                        partner = b
                        break
            if partner is not None:
                break
        for t in raised:  # undo
            lost[t] -= 1
        for m in newly:
            fallen[m] = False
        return partner

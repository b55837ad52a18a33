"""The window the margins before a stop give on the margins after it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analysis.test_margins import _stopped
from tests.strategies import oracle, pessimistic, tocs
from tocgraph.analysis.margins import margins_and_criticals
from tocgraph.analysis.stop_bounds import changed_below, stop_window
from tocgraph.analysis.support import evaluate_pessimistic
from tocgraph.graph import compile_structure
from tocgraph.graph.structure import Structure
from tocgraph.schema import ToC


@settings(max_examples=200, deadline=None)
@given(tocs(max_activities=8, max_outcomes=5), st.data())
def test_the_window_holds_the_margin_after(toc: ToC, data: st.DataObject) -> None:
    ids = [a.id for a in toc.activities]
    stop = data.draw(st.lists(st.sampled_from(ids), unique=True, min_size=1))
    structure = compile_structure(toc)
    before = margins_and_criticals(structure, evaluate_pessimistic(structure))
    changed = [structure.index[a] for a in stop]
    below = changed_below(structure, changed)
    after = _stopped(toc, stop)
    for n, node_id in enumerate(structure.ids):
        if structure.statuses[n] is not None or not before.values[n]:
            continue
        assert below[n].bit_count() == len(
            {a for a in stop if n in _reached(structure, structure.index[a])}
        )
        lower, cut = stop_window(before, n, below[n], set(changed))
        margin = oracle(after, node_id)[0]
        assert lower <= margin, node_id
        if cut is not None and margin:
            assert margin <= len(cut), node_id
            fallen = {structure.ids[a] for a in cut}
            assert not pessimistic(after, fallen)[node_id], node_id


def _reached(structure: Structure, start: int) -> set[int]:
    """Nodes reached from ``start`` along links, ``start`` included."""
    targets = structure.targets
    seen, stack = {start}, [start]
    while stack:
        for t in targets[stack.pop()]:
            if t not in seen:
                seen.add(t)
                stack.append(t)
    return seen

"""The link targets a loader read for a ToC, kept for compiling its graph.

Loading a ToC file reads, for each node, the ids its links name (a list of
texts, in order). The graph rules take them from those lists
(``semantic_diagnostics(targets=...)``); :func:`tocgraph.graph.compile_structure`
can too, instead of reading the target of every link object again, which on
a large ToC (550,000 links spread over memory at 100,000 activities) takes a
noticeable part of compiling. The loader and the graph do not import each
other, so the lists are handed over here, keyed by the ToC object: kept while
that object lives (a weak reference drops them with it), and given back only
for that very object with the very node tuples it was loaded with. A copy of
the ToC (``model_copy``, pickling) is another object: its links are read as
usual.

Only lists that nothing else can change are kept: the loader's own, read
from a text (never a caller's data given to ``from_dict``).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tocgraph.schema.model import ToC

__all__ = ["read_targets", "remember_targets"]

Targets = Sequence[list[str] | None]

_READ: dict[int, tuple[weakref.ref[ToC], tuple[object, ...], Targets]] = {}


def _sections(toc: ToC) -> tuple[object, ...]:
    return (toc.goals, toc.outcomes, toc.outputs, toc.activities)


def remember_targets(toc: ToC, targets: Targets) -> None:
    """Keep, while ``toc`` lives, the ids each of its nodes' links name.

    Parameters
    ----------
    toc
        A ToC just loaded.
    targets
        For each node, in the order goals, outcomes, outputs, activities (each
        in file order), ``[link.to for link in node.contributes_to]`` as a list
        nothing else holds, or ``None`` (read from the links).
    """
    key = id(toc)
    forget = _READ.pop
    reference = weakref.ref(toc, lambda _: forget(key, None))
    _READ[key] = (reference, _sections(toc), targets)


def read_targets(toc: ToC) -> Targets | None:
    """The targets kept for ``toc`` by :func:`remember_targets`, or ``None``.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.loads("tocgraph: 1\\nid: x\\ngoals: [{id: G1, title: T}]\\n")
    >>> read_targets(toc.model_copy()) is None
    True
    """
    found = _READ.get(id(toc))
    if found is None or found[0]() is not toc:
        return None
    sections = _sections(toc)
    if any(a is not b for a, b in zip(found[1], sections, strict=True)):
        return None  # pragma: no cover - a frozen model's sections do not change
    return found[2]

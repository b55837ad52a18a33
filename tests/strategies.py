"""Hypothesis strategies for generated ToCs, and a brute-force oracle for small ones."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from hypothesis import strategies as st

from tocgraph.schema.model import Activity, Outcome, Output, Status, ToC

STATUSES = [s.value for s in Status]


@st.composite
def toc_data(
    draw: st.DrawFn,
    max_activities: int = 7,
    max_outcomes: int = 4,
    max_outputs: int = 2,
    max_goals: int = 2,
    statuses: list[str] | None = None,
) -> dict[str, Any]:
    """A valid ToC as plain data: random levels, links, requires and statuses."""
    n_goals = draw(st.integers(1, max_goals))
    n_outcomes = draw(st.integers(0, max_outcomes))
    n_outputs = draw(st.integers(0, max_outputs))
    n_activities = draw(st.integers(1, max_activities))
    goals = [f"G{i + 1}" for i in range(n_goals)]
    outcomes = [f"O{i + 1}" for i in range(n_outcomes)]
    outputs = [f"P{i + 1}" for i in range(n_outputs)]
    activities = [f"A{i + 1}" for i in range(n_activities)]
    links: dict[str, list[str]] = {}
    for i, o in enumerate(outcomes):
        # outcomes may feed later outcomes (keeps the graph acyclic) and goals
        targets = goals + outcomes[i + 1 :]
        links[o] = draw(st.lists(st.sampled_from(targets), min_size=1, max_size=3, unique=True))
    for p in outputs:
        targets = goals + outcomes
        links[p] = draw(st.lists(st.sampled_from(targets), min_size=1, max_size=3, unique=True))
    for a in activities:
        targets = goals + outcomes + outputs
        links[a] = draw(st.lists(st.sampled_from(targets), min_size=1, max_size=3, unique=True))
    incoming: dict[str, int] = dict.fromkeys(goals + outcomes + outputs, 0)
    for sources in links.values():
        for t in sources:
            incoming[t] += 1

    def requires(node: str) -> Any:
        count = incoming[node]
        options: list[Any] = ["any", "all"]
        if count:
            options.append(draw(st.integers(1, count)))
        return draw(st.sampled_from(options))

    status_pool = statuses or STATUSES
    return {
        "tocgraph": 1,
        "id": "generated",
        "goals": [{"id": g, "title": f"Goal {g}", "requires": requires(g)} for g in goals],
        "outcomes": [
            {"id": o, "title": o, "requires": requires(o), "contributes_to": links[o]}
            for o in outcomes
        ],
        "outputs": [
            {"id": p, "title": p, "requires": requires(p), "contributes_to": links[p]}
            for p in outputs
        ],
        "activities": [
            {
                "id": a,
                "title": a,
                "status": draw(st.sampled_from(status_pool)),
                "partner": draw(st.sampled_from(["X", "Y", "Z"])),
                "contributes_to": links[a],
            }
            for a in activities
        ],
    }


def tocs(**kwargs: Any) -> st.SearchStrategy[ToC]:
    """Valid ToC models."""
    return toc_data(**kwargs).map(ToC.model_validate)


def pessimistic(toc: ToC, stopped: set[str]) -> dict[str, bool]:
    """Reference evaluation (unclear counts as stopped), written independently and slowly."""
    value: dict[str, bool] = {}
    for a in toc.activities:
        value[a.id] = a.id not in stopped and a.status not in (Status.STOPPED, Status.UNCLEAR)
    contributors: dict[str, list[str]] = {n.id: [] for n in toc.nodes()}
    linked: list[Outcome | Output | Activity] = [*toc.outcomes, *toc.outputs, *toc.activities]
    for node in linked:
        for link in node.contributes_to:
            contributors[link.to].append(node.id)
    pending = [n for n in toc.nodes() if n.id not in value]
    while pending:
        for waiting in list(pending):
            cs = contributors[waiting.id]
            if all(c in value for c in cs):
                requires = getattr(waiting, "requires", "all")
                k = {"any": 1, "all": len(cs)}[requires] if isinstance(requires, str) else requires
                value[waiting.id] = bool(cs) and sum(value[c] for c in cs) >= k
                pending.remove(waiting)
    return value


def oracle(toc: ToC, node_id: str) -> tuple[int, tuple[str, ...]]:
    """Margin and critical activities of a node by trying every set of activities."""
    base = pessimistic(toc, set())
    if not base[node_id]:
        return 0, ()
    alive = [a.id for a in toc.activities if base[a.id]]
    critical = tuple(sorted(a for a in alive if not pessimistic(toc, {a})[node_id]))
    for size in range(1, len(alive) + 1):
        for subset in combinations(alive, size):
            if not pessimistic(toc, set(subset))[node_id]:
                return size, critical
    raise AssertionError("a supported node always falls when every activity stops")

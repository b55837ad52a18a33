"""Hypothesis strategies for generated ToCs, and a brute-force oracle for small ones."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from hypothesis import strategies as st

from tocgraph.schema.model import Activity, AssumptionStatus, Outcome, Output, Status, ToC

STATUSES = [s.value for s in Status]
ASSUMPTION_STATUSES = [s.value for s in AssumptionStatus]


@st.composite
def toc_data(
    draw: st.DrawFn,
    max_activities: int = 7,
    max_outcomes: int = 4,
    max_outputs: int = 2,
    max_goals: int = 2,
    statuses: list[str] | None = None,
    assumptions: bool = False,
) -> dict[str, Any]:
    """A valid ToC as plain data: random levels, links, requires and statuses.

    With ``assumptions``, also up to four named assumptions in random statuses,
    named on random links (in the long form ``{to: O1, assumptions: [S1]}``).
    """
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

    named = [f"S{i + 1}" for i in range(draw(st.integers(0, 4)))] if assumptions else []

    def link(target: str) -> Any:
        if not named:
            return target
        carried = draw(st.lists(st.sampled_from(named), max_size=2, unique=True))
        return {"to": target, "assumptions": carried} if carried else target

    for source, targets in links.items():
        links[source] = [link(t) for t in targets]
    status_pool = statuses or STATUSES
    extra: dict[str, Any] = {}
    if named:
        extra["assumptions"] = [
            {"id": s, "text": s, "status": draw(st.sampled_from(ASSUMPTION_STATUSES))}
            for s in named
        ]
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
        **extra,
    }


def tocs(**kwargs: Any) -> st.SearchStrategy[ToC]:
    """Valid ToC models."""
    return toc_data(**kwargs).map(ToC.model_validate)


def pessimistic(
    toc: ToC, stopped: set[str], failed: frozenset[str] = frozenset()
) -> dict[str, bool]:
    """Reference evaluation, written independently and slowly.

    Unclear counts as stopped; an at-risk assumption, like one in ``failed``,
    counts as failing, and a link naming a failing assumption carries nothing.
    """
    holds = {
        a.id: a.id not in failed and a.status in (AssumptionStatus.HOLDS, AssumptionStatus.UNTESTED)
        for a in toc.assumptions
    }
    value: dict[str, bool] = {}
    for a in toc.activities:
        value[a.id] = a.id not in stopped and a.status not in (Status.STOPPED, Status.UNCLEAR)
    contributors: dict[str, list[tuple[str, tuple[str, ...]]]] = {n.id: [] for n in toc.nodes()}
    linked: list[Outcome | Output | Activity] = [*toc.outcomes, *toc.outputs, *toc.activities]
    for node in linked:
        for link in node.contributes_to:
            contributors[link.to].append((node.id, link.assumptions))
    pending = [n for n in toc.nodes() if n.id not in value]
    while pending:
        for waiting in list(pending):
            cs = contributors[waiting.id]
            if all(c in value for c, _ in cs):
                requires = getattr(waiting, "requires", "all")
                k = {"any": 1, "all": len(cs)}[requires] if isinstance(requires, str) else requires
                carried = sum(value[c] and all(holds[s] for s in named) for c, named in cs)
                value[waiting.id] = bool(cs) and carried >= k
                pending.remove(waiting)
    return value


def three_valued(toc: ToC, failed: frozenset[str] = frozenset()) -> dict[str, str]:
    """Reference three-valued support ('T', 'U', 'F'), by trying every completion.

    A node is T (F) when it is supported (not supported) however each unknown
    (unclear activities, at-risk assumptions) turns out, else U: the exact
    semantics that the one-pass evaluation must reproduce on these graphs, where
    every rule is monotone.
    """
    unknown_activities = [a.id for a in toc.activities if a.status is Status.UNCLEAR]
    unknown_assumptions = [
        a.id for a in toc.assumptions if a.status is AssumptionStatus.AT_RISK and a.id not in failed
    ]
    base_failed = failed | {a.id for a in toc.assumptions if a.status is AssumptionStatus.FAILS}
    seen: dict[str, set[bool]] = {n.id: set() for n in toc.nodes()}
    unknowns = [*unknown_activities, *unknown_assumptions]
    for size in range(len(unknowns) + 1):
        for bad in combinations(unknowns, size):
            stopped = {u for u in bad if u in unknown_activities}
            good = [u for u in unknown_activities if u not in stopped]
            cut = base_failed | {u for u in bad if u in unknown_assumptions}
            kept = {u for u in unknown_assumptions if u not in cut}
            world = toc.model_copy(
                update={
                    "activities": tuple(
                        a.model_copy(update={"status": Status.ON_TRACK}) if a.id in good else a
                        for a in toc.activities
                    ),
                    "assumptions": tuple(
                        a.model_copy(update={"status": AssumptionStatus.HOLDS})
                        if a.id in kept
                        else a
                        for a in toc.assumptions
                    ),
                }
            )
            for node_id, alive in pessimistic(world, stopped, frozenset(cut)).items():
                seen[node_id].add(alive)
    return {n: "T" if v == {True} else "F" if v == {False} else "U" for n, v in seen.items()}


def critical_assumptions_oracle(toc: ToC, node_id: str) -> tuple[str, ...]:
    """The assumptions whose failing alone takes a node's (pessimistic) support away."""
    if not pessimistic(toc, set())[node_id]:
        return ()
    return tuple(
        sorted(
            a.id for a in toc.assumptions if not pessimistic(toc, set(), frozenset({a.id}))[node_id]
        )
    )


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

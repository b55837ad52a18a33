"""Seeded generators of large, heavily shared ToCs for the benchmarks."""

from __future__ import annotations

import random
from typing import Any

from tocgraph.schema.model import ToC


def shared_toc_data(activities: int, seed: int = 1) -> dict[str, Any]:
    """A ToC with ``activities`` activities and heavy sharing between paths.

    Levels: activities -> outputs -> two layers of outcomes -> goals. Each node
    feeds three or four nodes of the levels above, so most nodes are reached by
    many paths; ``requires`` mixes any, all-but-few thresholds and small k, so
    margins of 7 and more occur next to single points of failure.
    """
    rng = random.Random(seed)
    n_outputs = max(4, activities // 3)
    n_outcomes_low = max(3, activities // 8)
    n_outcomes_high = max(2, activities // 20)
    n_goals = max(1, activities // 100)
    goals = [f"G{i}" for i in range(n_goals)]
    high = [f"OH{i}" for i in range(n_outcomes_high)]
    low = [f"OL{i}" for i in range(n_outcomes_low)]
    outputs = [f"P{i}" for i in range(n_outputs)]
    acts = [f"A{i}" for i in range(activities)]
    links: dict[str, list[str]] = {}
    for name in acts:
        links[name] = rng.sample(outputs, 3) + rng.sample(low, 1)
    for name in outputs:
        links[name] = rng.sample(low, min(3, len(low)))
    for name in low:
        links[name] = rng.sample(high, min(2, len(high))) + rng.sample(goals, 1)
    for name in high:
        links[name] = rng.sample(goals, min(2, len(goals)))
    incoming: dict[str, int] = dict.fromkeys(goals + high + low + outputs, 0)
    for targets in links.values():
        for target in targets:
            incoming[target] += 1

    def requires(node: str) -> Any:
        count = incoming[node]
        if count == 0:
            return "any"
        choice = rng.random()
        if choice < 0.45:
            return "any"
        if choice < 0.55:
            return "all" if count <= 3 else max(1, count // 2)
        return max(1, min(count, rng.randint(1, 3)))

    statuses = ["on_track"] * 14 + ["achieved"] * 4 + ["delayed", "adjusted", "stopped", "unclear"]

    def node(node_id: str, **extra: Any) -> dict[str, Any]:
        return {"id": node_id, "title": f"Node {node_id}", **extra}

    return {
        "tocgraph": 1,
        "id": f"generated-{activities}",
        "goals": [node(g, requires=requires(g)) for g in goals],
        "outcomes": [node(o, requires=requires(o), contributes_to=links[o]) for o in high + low],
        "outputs": [node(p, requires=requires(p), contributes_to=links[p]) for p in outputs],
        "activities": [
            node(
                a,
                status=rng.choice(statuses),
                partner=f"Org{rng.randint(1, 12)}",
                contributes_to=links[a],
            )
            for a in acts
        ],
    }


def shared_toc(activities: int, seed: int = 1) -> ToC:
    """:func:`shared_toc_data` as a validated model."""
    return ToC.model_validate(shared_toc_data(activities, seed))

"""A large, hard ToC of the shape that once made ``check`` run for minutes (issue 15, item 13)."""

from __future__ import annotations

import random
from typing import Any


def hard_toc_data(activities: int = 1_600, seed: int = 13) -> dict[str, Any]:
    """Activities feed two outputs each (``all``), outputs two outcomes (``requires: 2``).

    The outcomes feed one goal that needs 20 of them. Every node is shared by
    several paths and every threshold is tight, so margins are in the hundreds
    and the integer programs behind them are hard.
    """
    rng = random.Random(seed)
    n_outputs = max(2, activities // 4)
    n_outcomes = max(20, n_outputs // 4)
    outputs = [f"P{i}" for i in range(n_outputs)]
    outcomes = [f"O{i}" for i in range(n_outcomes)]
    return {
        "tocgraph": 1,
        "id": "hard",
        "goals": [{"id": "G1", "title": "Goal", "requires": 20}],
        "outcomes": [
            {"id": o, "title": o, "requires": 2, "contributes_to": ["G1"]} for o in outcomes
        ],
        "outputs": [
            {"id": p, "title": p, "requires": "all", "contributes_to": _two(rng, outcomes, i)}
            for i, p in enumerate(outputs)
        ],
        "activities": [
            {
                "id": f"A{i}",
                "title": f"A{i}",
                "status": "on_track",
                "contributes_to": _two(rng, outputs, i),
            }
            for i in range(activities)
        ],
    }


def _two(rng: random.Random, targets: list[str], i: int) -> list[str]:
    """Target ``i`` modulo their number (so every target gets two) and one other at random."""
    first = targets[i % len(targets)]
    return [first, rng.choice([t for t in targets if t != first])]

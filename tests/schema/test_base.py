"""Shared schema pieces: tests/schema/test_base.py for tocgraph/schema/base.py."""

from __future__ import annotations

from typing import Any

import pytest

import tocgraph

GOOD: dict[str, Any] = {
    "tocgraph": 1,
    "id": "x",
    "goals": [{"id": "G1", "title": "Goal"}],
    "activities": [{"id": "A1", "title": "Act", "status": "on_track", "contributes_to": ["G1"]}],
    "assumptions": [
        {"id": "K1", "text": "It holds", "evidence": [{"source": "Study", "strength": "strong"}]}
    ],
}


@pytest.mark.parametrize(
    ("path", "where"),
    [
        (("description",), "description"),
        (("goals", 0, "description"), "goals[0].description"),
        (("assumptions", 0, "evidence", 0, "note"), "assumptions[0].evidence[0].note"),
    ],
)
def test_free_text_with_a_lone_surrogate_is_refused(path: tuple[Any, ...], where: str) -> None:
    """A text no report could write out is a located error, not a later crash."""
    data: Any = tocgraph.from_dict(GOOD).model_dump(exclude_none=True)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "half \ud800 a character"
    with pytest.raises(
        tocgraph.InvalidToCError, match=rf"TOC102\]: {where.replace('[', '.').replace(']', '.')}"
    ):
        tocgraph.from_dict(data)
    target[path[-1]] = "whole text"
    assert tocgraph.from_dict(data).model_dump_json()

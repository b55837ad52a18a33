"""Did-you-mean suggestions: the same answers as difflib, found sooner."""

from __future__ import annotations

import difflib

from hypothesis import given
from hypothesis import strategies as st

from tocgraph.hints import _close_match

NAMES = st.text(alphabet="abcAB 12", max_size=8)


@given(NAMES, st.lists(NAMES, max_size=12))
def test_close_match_is_difflibs(word: str, pool: list[str]) -> None:
    """The bound stops early, never at another answer (ties included)."""
    expected = difflib.get_close_matches(word, pool, n=1, cutoff=0.5)
    assert _close_match(word, pool) == (expected[0] if expected else None)


def test_many_similar_names() -> None:
    pool = [f"Organisation number {i}" for i in range(300)]
    for word in ("Organisatie nummer 12", "organisation number 299", "Org 7"):
        expected = difflib.get_close_matches(word, pool, n=1, cutoff=0.5)
        assert _close_match(word, pool) == (expected[0] if expected else None)

"""User text in pictures: tests/rendering/test_text.py for tocgraph/rendering/text.py."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from tocgraph.rendering.text import plain

ODD = st.sampled_from(
    [
        "\x00",
        "\x1b",
        "\x7f",
        "\x85",
        "\x9f",
        "\u202e",
        "\u2066",
        "\ud800",
        "\ufffe",
        "\u200f",
        "\u061c",
    ]
)


def _reference(text: str) -> str:
    """:func:`plain` character by character, as its docstring states it."""
    chars = [
        ""
        if c in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        else " "
        if unicodedata.category(c) == "Cc"
        else "\ufffd"
        if c in "\ufffe\uffff" or unicodedata.category(c) == "Cs"
        else c
        for c in text
    ]
    return " ".join("".join(chars).split())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.characters() | ODD | st.sampled_from([" ", "\n", "\u00a0"]), max_size=30))
def test_plain_is_the_character_by_character_rule(chars: list[str]) -> None:
    """The shortcut for text without a character to replace changes no result."""
    text = "".join(chars)
    assert plain(text) == _reference(text)


def test_every_writer_treats_the_same_characters_as_bidi_controls() -> None:
    """The sets differed: U+200F passed into pictures, U+061C onto the terminal (review)."""
    from tocgraph.cli.common import json_text
    from tocgraph.rendering.text import _BIDI_CONTROLS
    from tocgraph.report.escape import html_text, terminal

    for c in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert c in _BIDI_CONTROLS
        assert c not in plain(f"a{c}b")
        assert c not in terminal(f"a{c}b")
        assert c not in html_text(f"a{c}b")
        assert c not in json_text(f"a{c}b")

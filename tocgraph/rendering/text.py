"""User text as every picture shows it, before a writer escapes it for its syntax.

:func:`plain` is applied by :mod:`tocgraph.rendering.scene` to every title,
partner, assumption and name; the writers then escape only what their own format
reads (:func:`tocgraph.rendering.dot.html_text` for DOT's HTML-like labels,
:func:`tocgraph.rendering.mermaid.escape` for Mermaid).
"""

from __future__ import annotations

import re
import unicodedata

from tocgraph.charsets import BIDI_CONTROLS

__all__ = ["NODE_ID", "plain"]

NODE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")
"""The ids a ToC may have (see :mod:`tocgraph.schema.model`); the writers rely on it:
no ``:`` (a port in DOT), nothing DOT could take for HTML, nothing Mermaid reads."""

_XML_INVALID = frozenset("\ufffe\uffff")


_BIDI_CONTROLS = frozenset(BIDI_CONTROLS)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f" + BIDI_CONTROLS + "\ud800-\udfff\ufffe\uffff]")
"""Any character :func:`plain` replaces or drops: control characters (category Cc),
bidirectional controls, surrogates (Cs) and U+FFFE, U+FFFF; text without one is only
put on one line."""


def plain(text: str) -> str:
    r"""User text as a picture shows it: one line, no control characters.

    Every run of whitespace (newlines too) becomes one space, a control
    character becomes a space as well, bidirectional embeddings, overrides,
    isolates and marks (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F,
    U+061C), which could reorder what a label
    seems to say, are dropped, and what XML cannot hold (a lone surrogate,
    U+FFFE, U+FFFF) becomes U+FFFD. Both writers then only have to escape what
    their own syntax reads, and an SVG stays well-formed.

    Examples
    --------
    >>> plain("  Zorg\n& welzijn\x1b[2J  ")
    'Zorg & welzijn [2J'
    """
    if _UNSAFE.search(text):
        text = "".join(
            ""
            if c in _BIDI_CONTROLS
            else " "
            if unicodedata.category(c) == "Cc"
            else "\ufffd"
            if c in _XML_INVALID or unicodedata.category(c) == "Cs"
            else c
            for c in text
        )
    return " ".join(text.split())

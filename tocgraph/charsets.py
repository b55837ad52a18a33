"""Characters that no output shows as they are: bidirectional controls and marks.

A title holding one could reorder what a report, a picture or a terminal line
seems to say. Every writer drops or escapes exactly these: the pictures
(:mod:`tocgraph.rendering.text`), the reports and the terminal
(:mod:`tocgraph.report.escape`) and the command line's JSON.
"""

from __future__ import annotations

__all__ = ["BIDI_CONTROLS"]

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""The Arabic letter mark, the left-to-right and right-to-left marks, the embeddings and
overrides (U+202A-U+202E) and the isolates (U+2066-U+2069); none is special in a regular
expression's character class."""

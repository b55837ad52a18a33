"""PyYAML's syntax errors in the reader's words, placed on the line to change.

The parser's own messages are terse and sometimes point one line late (a key
without its ``: ``); :func:`syntax_error` turns the commonest ones into
catalogue phrases (English and Dutch) with a hint, and keeps the parser's
English text for the rare rest.
"""

from __future__ import annotations

import re
from typing import Any

from tocgraph.errors import Diagnostic, Phrase, phrase
from tocgraph.i18n import diagnostic

__all__ = ["syntax_error"]

_NO_SPACE = re.compile(r"^\s*(?:- )?[\w.-]+:[^\s:/]")


def _line(text: str, mark: Any) -> str:
    """The text of the line a YAML mark is on."""
    lines = text.splitlines()
    return lines[mark.line] if mark is not None and mark.line < len(lines) else ""


_DETAILS = (
    ("quoted scalar", "unexpected end of stream", "yaml.unclosed_quote"),
    ("", "mapping values are not allowed", "yaml.mapping_values"),
    ("", "did not find expected key", "yaml.expected_key"),
    ("", "found character '\\t'", "yaml.tab"),
)
"""PyYAML's commonest problems, as (context, problem, catalogue key): said in the reader's words."""


def _detail(exc: Any) -> str | Phrase:
    """The parser's problem in words, or its own (English) text when it is a rare one."""
    context, problem = exc.context or "", exc.problem or ""
    for in_context, in_problem, key in _DETAILS:
        if in_context in context and in_problem in problem:
            return phrase(key)
    return " ".join(part for part in (context, problem) if part)


def syntax_error(exc: Any, text: str, source: str) -> Diagnostic:
    """A YAML syntax error placed on the line the writer has to change, with a hint."""
    mark = exc.problem_mark or exc.context_mark
    message = phrase("d.TOC004", detail=_detail(exc))
    hint = phrase("dh.TOC004")
    if exc.problem == "could not find expected ':'" and exc.context_mark is not None:
        # the scanner notices one line late; the writer's line is where the key began
        mark = exc.context_mark
        if _NO_SPACE.match(_line(text, mark)):
            message, hint = phrase("d.TOC004.no_space"), phrase("dh.TOC004.no_space")
        else:
            message, hint = phrase("d.TOC004.neither"), phrase("dh.TOC004.neither")
    elif "expected '-' indicator" in (exc.problem or ""):
        message, hint = phrase("d.TOC004.not_item"), phrase("dh.TOC004.not_item")
    elif "expected key" in (exc.problem or "") and _line(text, mark).lstrip().startswith("- "):
        message, hint = phrase("d.TOC004.item_after_keys"), phrase("dh.TOC004.item_after_keys")
    elif "mapping values are not allowed" in (exc.problem or ""):
        hint = phrase("dh.TOC004.quote")
    line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
    return diagnostic("TOC004", message, hint, source, line, col)

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


_INDENTED = ("mapping values are not allowed", "expected <block end>", "did not find expected key")
"""The parser's words when a line may start further in than it should."""

_KEY = re.compile(r"^\s*(?:- )?[\w.-]+:(?: |$)")
"""A line that starts with a key (``title: ...``)."""

_CURLY = re.compile("[\u201c\u201d\u2018\u2019\u201e]")
"""Word's curly quotes, which YAML reads as text."""


def _expects_dash(exc: Any) -> bool:
    """Whether the parser expected a list item's ``-`` (libyaml's words, or the pure-Python
    parser's: the list should have ended)."""
    problem, context = exc.problem or "", exc.context or ""
    ended = "block collection" in context and problem.startswith("expected <block end>, but")
    return "expected '-' indicator" in problem or ended


class _Start:
    """A place: 0-based line and column, as PyYAML's marks have them."""

    def __init__(self, line: int, column: int) -> None:
        self.line, self.column = line, column


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _above(text: str, row: int) -> str | None:
    """The nearest line above ``row`` that holds more than a comment."""
    lines = text.splitlines()
    for line in reversed(lines[:row]):
        if line.strip() and not line.lstrip().startswith("#"):
            return line
    return None


def _further(text: str, row: int) -> tuple[int, int] | None:
    """(this line's indent, the key's above) when ``row`` starts further in than the key above.

    The parser then reads the line as more words of the value above, and
    stumbles on its ``: ``. Only a line that starts with a key counts: one
    that starts with words goes on with the value above, on purpose.
    """
    line, above = _line(text, _Start(row, 0)), _above(text, row)
    if above is None or not _KEY.match(line):
        return None
    key_column = _indent(above) + (2 if above.lstrip().startswith("- ") else 0)
    return (_indent(line), key_column) if _indent(line) > key_column else None


def _short_key(text: str, row: int) -> tuple[int, int, int] | None:
    """(this key's indent, its item's keys', the item's line) when a key of the list item
    above starts left of that item's keys (``contributes_to:`` at the dash's column).

    libyaml then says it expected a ``-``: the line seems to end the item. The
    fix is the key's indentation, not a ``- `` (which made a new, broken item).
    """
    lines = text.splitlines()
    line = lines[row] if row < len(lines) else ""
    if not _KEY.match(line) or line.lstrip().startswith("- "):
        return None
    this, key = _indent(line), line.strip().split(":", 1)[0]
    for number in range(row - 1, -1, -1):
        above = lines[number]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        indent = _indent(above)
        body = above[indent:]
        if body.startswith("- "):
            keys = indent + 2 + _indent(body[2:])
            if body[2:].strip().split(":", 1)[0] == key:  # the item's first key again:
                return None  # a new item without its '- ', most likely
            if indent <= this < keys:
                return this, keys, number + 1
        if indent < this or (indent == this and not body.startswith("- ")):
            return None
    return None


def _item_indents(exc: Any, text: str, mark: Any) -> tuple[int, int] | None:
    """(this item's indent, the items' above) when a list item is indented unlike them.

    libyaml says it expected a ``-``; the pure-Python parser that it found a
    list where the one above should have ended.
    """
    problem = exc.problem or ""
    expected = (
        "expected '-' indicator" in problem or "but found '<block sequence start>'" in problem
    )
    if mark is None or not expected:
        return None
    line = _line(text, mark)
    if not line.lstrip().startswith("- "):
        return None
    lines = text.splitlines()[: mark.line]
    for earlier in reversed(lines):
        if earlier.lstrip().startswith("- ") and _indent(earlier) < _indent(line):
            return _indent(line), _indent(earlier)
    return None


def _line(text: str, mark: Any) -> str:
    """The text of the line a YAML mark is on."""
    lines = text.splitlines()
    return lines[mark.line] if mark is not None and mark.line < len(lines) else ""


_DETAILS: tuple[tuple[str, str, str, str | None, bool], ...] = (
    ("quoted scalar", "unexpected end of stream", "yaml.unclosed_quote", None, False),
    ("quoted scalar", "unknown escape character", "yaml.escape", "escape", False),
    ("flow sequence", "expected ',' or ']'", "yaml.unclosed_list", "unclosed_list", True),
    ("flow mapping", "expected ',' or '}'", "yaml.unclosed_mapping", "unclosed_mapping", True),
    ("", "mapping values are not allowed", "yaml.mapping_values", "quote", False),
    ("", "did not find expected key", "yaml.expected_key", None, False),
    ("", "tab character", "yaml.tab_indent", "tab", False),
    ("", "sequence entries are not allowed", "yaml.item_here", "item_here", False),
    ("", "node content", "yaml.no_value", "no_value", False),
    ("", "alphabetic or numeric character", "yaml.anchor_name", "quote_value", True),
    ("", "incompatible YAML document", "yaml.version", "directive", False),
    ("directive", "", "yaml.directive", "directive", True),
    ("", "directive", "yaml.directive", "directive", False),
    ("", "expected <document start>", "yaml.after_end", "after_end", False),
    ("block scalar", "", "yaml.block_scalar", "block_scalar", True),
    ("tag", "", "yaml.tag", "quote_value", True),
    ("", "undefined tag handle", "yaml.tag", "quote_value", False),
    ("", "mapping keys are not allowed", "yaml.question_key", "quote_value", False),
    ("plain scalar", "unexpected ':'", "yaml.colon_in_flow", "quote_value", False),
)
"""PyYAML's (and libyaml's) commoner problems, in the reader's words.

Each is (context, problem, catalogue key of the message, hint key after
``dh.TOC004.`` or ``None`` for the general hint, whether the error is placed
where the construct began rather than where the parser gave up: an unclosed
``[`` is noticed lines later, but the writer has to close it where it opens).
"""


def _detail(exc: Any, text: str) -> tuple[str | Phrase, Phrase, Any]:
    """The parser's problem in words, its hint, and where to place it.

    A rare problem keeps the parser's own (English) text and the general hint.
    """
    context, problem = exc.context or "", exc.problem or ""
    mark = exc.problem_mark or exc.context_mark
    if "cannot start any token" in problem and mark is not None:
        # libyaml does not say which character; the writer sees it at the mark
        line = _line(text, mark)
        char = line[mark.column] if mark.column < len(line) else ""
        if char == "\t":
            return phrase("yaml.tab"), phrase("dh.TOC004.tab"), mark
        if char:
            return phrase("yaml.bad_start", char=char), phrase("dh.TOC004.quote_value"), mark
    for in_context, in_problem, key, hint, at_start in _DETAILS:
        if in_context in context and in_problem in problem:
            where = exc.context_mark if at_start and exc.context_mark is not None else mark
            return phrase(key), phrase(f"dh.TOC004.{hint}" if hint else "dh.TOC004"), where
    detail = " ".join(part for part in (context, problem) if part)
    return detail, phrase("dh.TOC004"), mark


def syntax_error(exc: Any, text: str, source: str) -> Diagnostic:
    """A YAML syntax error placed on the line the writer has to change, with a hint."""
    detail, hint, mark = _detail(exc, text)
    message = phrase("d.TOC004", detail=detail)
    if exc.problem == "could not find expected ':'" and exc.context_mark is not None:
        # the scanner notices one line late; the writer's line is where the key began
        mark = exc.context_mark
        if _NO_SPACE.match(_line(text, mark)):
            message, hint = phrase("d.TOC004.no_space"), phrase("dh.TOC004.no_space")
        else:
            message, hint = phrase("d.TOC004.neither"), phrase("dh.TOC004.neither")
    elif (short := _short_key(text, mark.line) if _expects_dash(exc) else None) is not None:
        this, keys, item = short
        message = phrase("d.TOC004.short_key", this=this, above=keys, line=item)
        hint = phrase("dh.TOC004.short_key", above=keys)
    elif (items := _item_indents(exc, text, mark)) is not None:
        message = phrase("d.TOC004.item_indent", this=items[0], above=items[1])
        hint = phrase("dh.TOC004.item_indent")
    elif _expects_dash(exc):
        message, hint = phrase("d.TOC004.not_item"), phrase("dh.TOC004.not_item")
    elif "expected key" in (exc.problem or "") and _line(text, mark).lstrip().startswith("- "):
        message, hint = phrase("d.TOC004.item_after_keys"), phrase("dh.TOC004.item_after_keys")
    elif any(p in (exc.problem or "") for p in _INDENTED) and mark is not None:
        further = _further(text, mark.line)
        if further is not None:
            message = phrase("d.TOC004.further", this=further[0], above=further[1])
            hint = phrase("dh.TOC004.further")
            mark = _Start(mark.line, further[0])
        elif _CURLY.search(_line(text, mark)[: mark.column]):
            message, hint = phrase("d.TOC004.curly"), phrase("dh.TOC004.curly")
    line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
    return diagnostic("TOC004", message, hint, source, line, col)

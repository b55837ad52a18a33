"""Where a command's input comes from: a file, or standard input named ``-``.

Every command that reads a file also reads standard input when the file is
named ``-``; its diagnostics are then located as ``<stdin>:line:column``. The
bytes go through the same checks as a file's (size, NUL bytes, UTF-8).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from tocgraph.errors import InvalidToCError, phrase
from tocgraph.i18n import diagnostic
from tocgraph.loading.document import display_name, read_file
from tocgraph.loading.load import Document, parse_document
from tocgraph.loading.text import decode, read_limited

__all__ = ["STDIN", "STDIN_SOURCE", "is_stdin", "load_input", "read_input"]

STDIN = "-"
"""The file name that stands for standard input."""

STDIN_SOURCE = "<stdin>"
"""The name of standard input in diagnostics."""


def is_stdin(path: str | Path) -> bool:
    """True when ``path`` names standard input (``-``).

    Examples
    --------
    >>> is_stdin("-"), is_stdin("./-"), is_stdin("toc.yaml")
    (True, False, False)
    """
    return isinstance(path, str) and path == STDIN


def read_input(path: str | Path, stdin: BinaryIO | None = None) -> tuple[str, str]:
    """The text of a file, or of standard input when ``path`` is ``-``, and its source name.

    Parameters
    ----------
    path
        A file, or ``"-"`` for standard input (a ``Path('-')`` is a file named ``-``).
    stdin
        The stream read for ``-`` (default ``sys.stdin.buffer``).

    Returns
    -------
    tuple of str
        The text, and the name diagnostics give it (the path, or ``<stdin>``).

    Raises
    ------
    InvalidToCError
        When the input cannot be read, is too large, binary or not UTF-8.

    Examples
    --------
    >>> import io
    >>> read_input("-", io.BytesIO(b"tocgraph: 1\\n"))
    ('tocgraph: 1\\n', '<stdin>')
    """
    if not is_stdin(path):
        return read_file(path), display_name(path)
    if stdin is None:
        if sys.stdin is None:  # pragma: no cover - a process started without stdin
            raise InvalidToCError(
                [diagnostic("TOC001", phrase("d.TOC001.no_stdin"), None, STDIN_SOURCE)]
            )
        stdin = sys.stdin.buffer
    located = decode(read_limited(stdin), STDIN_SOURCE)
    if located.text is None:
        raise InvalidToCError(located.problems)
    return located.text, STDIN_SOURCE


def load_input(path: str | Path, stdin: BinaryIO | None = None) -> Document:
    """Load a ToC from a file, or from standard input when ``path`` is ``-``.

    Raises
    ------
    InvalidToCError
        With every problem found, located in the file or in ``<stdin>``.

    Examples
    --------
    >>> import io
    >>> load_input("-", io.BytesIO(b"tocgraph: 1\\nid: x\\ngoals: [{id: G1, title: T}]\\n")).source
    '<stdin>'
    """
    text, source = read_input(path, stdin)
    return parse_document(text, source)

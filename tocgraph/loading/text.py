"""From bytes to text: the size limit on documents and UTF-8 decoding, with places.

Every reader takes ``max_bytes``; when it is not given, the limit in force is
the one :func:`size_limit` set (the command line's ``--max-bytes``), else
:data:`MAX_BYTES` (5 MB).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import BinaryIO

from tocgraph.errors import Diagnostic, phrase
from tocgraph.i18n import diagnostic
from tocgraph.schema.base import Place

__all__ = ["MAX_BYTES", "Located", "byte_limit", "decode", "line_col", "size_limit", "too_large"]

MAX_BYTES = 5 * 1024 * 1024
"""The largest document read when no other limit is given (5 MB)."""

_LIMIT: ContextVar[int] = ContextVar("tocgraph_max_bytes", default=MAX_BYTES)


def byte_limit(max_bytes: int | None = None) -> int:
    """The size limit in force: ``max_bytes`` when given, else :func:`size_limit`'s, else 5 MB.

    Examples
    --------
    >>> byte_limit(), byte_limit(10)
    (5242880, 10)
    >>> with size_limit(100):
    ...     byte_limit()
    100
    """
    if max_bytes is None:
        return _LIMIT.get()
    if type(max_bytes) is not int or max_bytes < 1:
        raise TypeError(f"max_bytes must be a whole number of at least 1, not {max_bytes!r}")
    return max_bytes


@contextmanager
def size_limit(max_bytes: int) -> Iterator[None]:
    """Read documents of up to ``max_bytes`` bytes (instead of 5 MB) within the block.

    Every reader's ``max_bytes`` parameter, when given, still wins. The command
    line's ``--max-bytes`` sets the limit this way for everything a command reads.
    """
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be at least 1, not {max_bytes}")
    token = _LIMIT.set(max_bytes)
    try:
        yield
    finally:
        _LIMIT.reset(token)


@dataclass(frozen=True)
class Located:
    """Text decoded from bytes, or the diagnostics that stopped the decoding."""

    text: str | None
    problems: list[Diagnostic]


def line_col(data: bytes | str, index: int) -> Place:
    """1-based (line, column) of ``index`` in ``data``."""
    head = data[:index]
    newline = b"\n" if isinstance(head, bytes) else "\n"
    line = head.count(newline) + 1  # type: ignore[arg-type]
    col = index - (head.rfind(newline) + 1) + 1  # type: ignore[arg-type]
    return line, col


def decode(raw: bytes, source: str, max_bytes: int | None = None) -> Located:
    """Check size and encoding of raw bytes and decode them as UTF-8."""
    max_bytes = byte_limit(max_bytes)
    if len(raw) > max_bytes:  # read up to one byte over the limit: the whole size is unknown
        size = None if len(raw) == max_bytes + 1 else len(raw)
        return Located(None, [too_large(source, size, max_bytes)])
    if raw.startswith(b"PK\x03\x04"):  # a zip file: a workbook, most likely, not a ToC file
        return Located(
            None,
            [
                diagnostic(
                    "TOC003", phrase("d.TOC003.workbook"), phrase("dh.TOC003.workbook"), source
                )
            ],
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16's byte-order mark: no binary file
        message, hint = phrase("d.TOC003.utf16"), phrase("dh.TOC003.utf8")
        return Located(None, [diagnostic("TOC003", message, hint, source, 1, 1)])
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, col = line_col(raw, nul)
        return Located(
            None,
            [
                diagnostic(
                    "TOC003",
                    phrase("d.TOC003.binary"),
                    phrase("dh.TOC003.binary"),
                    source,
                    line,
                    col,
                )
            ],
        )
    try:
        return Located(raw.decode("utf-8-sig"), [])
    except UnicodeDecodeError as exc:
        line, col = line_col(raw, exc.start)
        return Located(
            None,
            [
                diagnostic(
                    "TOC003",
                    phrase("d.TOC003.utf8", byte=f"0x{raw[exc.start]:02x}"),
                    phrase("dh.TOC003.utf8"),
                    source,
                    line,
                    col,
                )
            ],
        )


def too_large(source: str, size: int | None, max_bytes: int | None = None) -> Diagnostic:
    """TOC002 for a text of ``size`` bytes (``None``: only read up to the limit, size unknown)."""
    max_bytes = byte_limit(max_bytes)
    message = (
        phrase("d.TOC002.more", limit=f"{max_bytes:,}")
        if size is None
        else phrase("d.TOC002", size=f"{size:,}", limit=f"{max_bytes:,}")
    )
    return diagnostic("TOC002", message, phrase("dh.TOC002"), source)


def read_limited(stream: BinaryIO, max_bytes: int | None = None) -> bytes:
    """At most one byte more than the limit from ``stream``, read in pieces.

    Reading ``limit + 1`` bytes at once would ask for that much memory first,
    whatever the stream holds: ``--max-bytes`` of a hundred gigabytes was a
    MemoryError (found by fuzzing).
    """
    left = byte_limit(max_bytes) + 1
    pieces = []
    while left > 0:
        piece = stream.read(min(left, 1 << 20))
        if not piece:
            break
        pieces.append(piece)
        left -= len(piece)
    return b"".join(pieces)

"""One reader for every document kind: ToC files, policy files, change requests.

Every document goes the same way: read bytes (regular files only, at most
``max_bytes``) -> decode UTF-8 -> parse YAML keeping positions -> check that it
is a mapping -> check its kind (the version key: ``tocgraph``,
``tocgraph-policy``, ``tocgraph-change``) -> check the version. Each kind then
only adds its model and its rules (:mod:`tocgraph.loading.load`,
:mod:`tocgraph.loading.policy`, :mod:`tocgraph.loading.change`).
"""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tocgraph.errors import Diagnostic, InvalidToCError, Phrase, phrase
from tocgraph.hints import type_phrase
from tocgraph.i18n import diagnostic
from tocgraph.loading.text import read_limited
from tocgraph.loading.yamlsource import (
    MAX_BYTES,
    Positions,
    byte_limit,
    decode,
    parse_yaml,
    too_large,
)
from tocgraph.schema.base import Place

__all__ = [
    "CHANGE",
    "KINDS",
    "MAX_BYTES",
    "POLICY",
    "TOC",
    "DocumentKind",
    "Parsed",
    "Placed",
    "check_mapping",
    "display_name",
    "kind_of",
    "parse",
    "read_file",
    "relocate",
]


@dataclass(frozen=True)
class DocumentKind:
    """A kind of document, named by its version key.

    Attributes
    ----------
    key
        The version key at the top (``tocgraph-policy``).
    name
        How messages name it (``a policy file``).
    start
        How a file of this kind starts, for hints.
    command
        The command that reads it.
    """

    key: str
    name: str
    start: str
    command: str

    @property
    def label(self) -> Phrase:
        """:attr:`name` as a phrase, for messages in any language."""
        return phrase(f"dh.doc.{self.key}")


TOC = DocumentKind(
    "tocgraph", "a ToC", "'tocgraph: 1', 'id: ...' and 'goals:'", "tocgraph check FILE"
)
POLICY = DocumentKind(
    "tocgraph-policy",
    "a policy file",
    "'tocgraph-policy: 1', 'id: ...' and 'aims:'",
    "tocgraph portfolio DIR --policy FILE",
)
CHANGE = DocumentKind(
    "tocgraph-change",
    "a change request",
    "'tocgraph-change: 1' and 'toc: <the baseline file>'",
    "tocgraph change-request FILE",
)
KINDS = (TOC, POLICY, CHANGE)


def kind_of(data: Any) -> DocumentKind | None:
    """The kind a parsed document declares with its version key, if exactly one.

    Examples
    --------
    >>> kind_of({"tocgraph-policy": 1, "id": "x"}).name
    'a policy file'
    >>> kind_of(["a list"]) is None
    True
    """
    if not isinstance(data, dict):
        return None
    found = [kind for kind in KINDS if kind.key in data]
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class Parsed:
    """A document's data, checked to be a mapping of its kind and version.

    Attributes
    ----------
    data
        The plain data (a dict); models validate it.
    positions
        Where every data path is in the text.
    source
        The file name (or ``"<string>"``).
    """

    data: dict[str, Any]
    positions: Positions
    source: str


def _fail(
    code: str, message: Phrase, hint: Phrase | None, source: str, place: Place | None = None
) -> InvalidToCError:
    line, col = place or (None, None)
    return InvalidToCError([diagnostic(code, message, hint, source, line, col)])


def display_name(path: str | Path) -> str:
    """A path as diagnostics name it: on one line, control characters escaped.

    Examples
    --------
    >>> print(display_name("models/a.yaml"), display_name("a\\nb.yaml"))
    models/a.yaml a\\nb.yaml
    """
    text = str(path)
    return text if text.isprintable() else repr(text)[1:-1]


def read_file(path: str | Path, max_bytes: int | None = None) -> str:
    """The text of a regular file, read as UTF-8 without ever blocking.

    A directory, FIFO, socket or device is refused before it is opened (and
    the file is opened non-blocking and checked again, in case it was swapped).

    Raises
    ------
    InvalidToCError
        ``TOC001`` (cannot read), ``TOC002`` (too large), ``TOC003`` (not UTF-8 text).
    TypeError
        When ``path`` is not a file name (a number would read that file descriptor).
    """
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"path must be a file name (str or Path), not {type(path).__name__}")
    source = display_name(path)
    max_bytes = byte_limit(max_bytes)
    if "\x00" in str(path):
        raise _fail(
            "TOC001",
            phrase("d.TOC001.nul"),
            phrase("dh.TOC001.yaml"),
            source,
        )
    if str(path) == "":
        raise _fail("TOC001", phrase("d.TOC001.empty"), phrase("dh.TOC001.yaml"), "''")
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise _fail("TOC001", phrase("d.TOC001.directory"), None, source)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(source)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _not_regular(source)
            raw = read_limited(handle, max_bytes)
            if len(raw) > max_bytes:  # name the whole size, not what was read of it
                size = max(len(raw), os.fstat(handle.fileno()).st_size)
                raise InvalidToCError([too_large(source, size, max_bytes)])
    except FileNotFoundError:
        raise _fail("TOC001", phrase("d.TOC001.missing"), None, source) from None
    except OSError as exc:
        message = phrase("d.TOC001.unreadable", reason=str(exc.strerror or exc))
        raise _fail("TOC001", message, None, source) from None
    except (UnicodeError, ValueError):
        message = phrase("d.TOC001.name")
        raise _fail("TOC001", message, phrase("dh.TOC001.rename"), source) from None
    located = decode(raw, source, max_bytes)
    if located.text is None:
        raise InvalidToCError(located.problems)
    return located.text


def _not_regular(source: str) -> InvalidToCError:
    return _fail(
        "TOC001",
        phrase("d.TOC001.irregular"),
        phrase("dh.TOC001.yaml"),
        source,
    )


def parse(
    text: str,
    source: str,
    kind: DocumentKind,
    max_bytes: int | None = None,
    *,
    placed: int | None = None,
) -> Parsed:
    """Parse text as a document of ``kind``: YAML, a mapping, the right kind and version.

    Raises
    ------
    InvalidToCError
        With the YAML problems, or ``TOC008`` (not a mapping, or another kind of
        document), or ``TOC104`` (an unknown version).

    Examples
    --------
    >>> try:
    ...     parse("tocgraph-policy: 1\\nid: p\\n", "p.yaml", TOC)
    ... except InvalidToCError as exc:
    ...     print(exc)
    p.yaml:1:1: error[TOC008]: this is a policy file (first line 'tocgraph-policy: 1'), not a ToC
      hint: use 'tocgraph portfolio DIR --policy FILE' for it
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    data, positions, problems = parse_yaml(text, source, max_bytes, placed=placed)
    if problems:
        raise InvalidToCError(problems)
    return check_mapping(data, positions, source, kind)


def check_mapping(data: Any, positions: Positions, source: str, kind: DocumentKind) -> Parsed:
    """The checks after parsing: a mapping, of ``kind``, in version 1."""
    if not isinstance(data, dict):
        message = (
            phrase("d.TOC008.empty")
            if data is None
            else phrase("d.TOC008.type", type=type_phrase(data))
        )
        raise _fail(
            "TOC008",
            message,
            phrase("dh.TOC008.start", kind=kind.label, start=phrase(f"doc.start.{kind.key}")),
            source,
            (1, 1),
        )
    declared = kind_of(data)
    if declared is not None and declared is not kind:
        raise _fail(
            "TOC008",
            phrase("d.TOC008.kind", declared=declared.label, key=declared.key, kind=kind.label),
            phrase("dh.TOC008.command", command=phrase(f"doc.command.{declared.key}")),
            source,
            positions.key((declared.key,)) or (1, 1),
        )
    if kind.key in data:
        version = data[kind.key]
        if type(version) is not int or version != 1:
            raise _fail(
                "TOC104",
                phrase("d.TOC104.kind", version=repr(version), kind=kind.label)
                if kind is not TOC
                else phrase("d.TOC104", version=repr(version)),
                phrase("dh.TOC104", key=kind.key),
                source,
                positions.value((kind.key,)),
            )
    return Parsed(data, positions, source)


def relocate(diagnostic: Diagnostic, source: str, locations: Mapping[str, Place]) -> Diagnostic:
    """The diagnostic placed in ``source`` at the position of its node."""
    line, column = locations.get(diagnostic.node or "", (None, None))
    return dataclasses.replace(diagnostic, path=source, line=line, column=column)


class Placed:
    """A loaded document that knows where its items are: ``source`` and ``locations``.

    Subclasses are frozen dataclasses holding the model, ``source`` (the file
    name, or ``"<string>"``) and ``locations`` (1-based line and column of each
    item's mapping, by id, read-only).
    """

    source: str
    locations: Mapping[str, Place]

    def locate(self, diagnostic: Diagnostic) -> Diagnostic:
        """The diagnostic with this document's file and the position of its item."""
        return relocate(diagnostic, self.source, self.locations)

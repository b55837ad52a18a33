"""Errors and diagnostics: one family, stable codes.

Every problem tocgraph finds in a user's input is a :class:`Diagnostic` with a
stable code (``TOC204``), a location (``file:line:column``), a message and, where
it helps, a hint. Problems are collected, never raised one at a time; a file with
errors raises :class:`InvalidToCError` holding all of them.

``message`` and ``hint`` are English. A diagnostic made by ``tocgraph.i18n.diagnostic``
also keeps them as :class:`Phrase` objects (a catalogue key and its values), and
``tocgraph.i18n.localize`` gives it in Dutch, with its labels too (``fout[TOC204]``,
``tip:``; see :class:`DiagnosticLabels`). It sits below the catalogue: it renders no phrase.

Exception tree::

    TocGraphError                 base of everything tocgraph raises
     +-- InvalidToCError          a ToC file (or text) is not valid; .diagnostics
     +-- ScenarioError            a what-if names an unknown activity or partner
     +-- OutputError              an output cannot be written, or would overwrite an input
     +-- OptionError              an option value a function does not know (also a ValueError)
     |    +-- UnknownLanguageError    a language other than en and nl (tocgraph.i18n)
     +-- RenderError              a picture could not be made (tocgraph.rendering)
          +-- RendererNotFoundError   no dot and no graphviz-pure to lay it out
          +-- LayoutError             the layout program failed

Codes are grouped: ``TOC0xx`` reading the file and YAML, ``TOC1xx`` structure (keys
and types), ``TOC2xx`` the graph (ids, links, cycles), ``TOC3xx`` warnings found by the
analysis, ``TOC4xx`` policy files and portfolios, ``TOC5xx`` change requests.
``docs/errors.md`` has an entry with an example for each code; a test keeps them in step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeAlias

from tocgraph.codes import CODES, CodeInfo, Severity

__all__ = [
    "CODES",
    "FLOOD_CODE",
    "FLOOD_TEXTS",
    "MAX_ERRORS",
    "CodeInfo",
    "Diagnostic",
    "DiagnosticLabels",
    "InvalidToCError",
    "LayoutError",
    "OutputError",
    "Phrase",
    "PhraseArg",
    "RenderError",
    "RendererNotFoundError",
    "ScenarioError",
    "Severity",
    "TocGraphError",
    "cap_diagnostics",
    "flood_summary",
    "phrase",
    "sort_diagnostics",
]

PhraseArg: TypeAlias = "str | int | Phrase | None"


@dataclass(frozen=True)
class Phrase:
    """A sentence to show a reader in any language: a catalogue key and its values.

    ``tocgraph.i18n.render`` turns it into text; a value that is itself a
    :class:`Phrase` (a kind's name, a list label) is rendered in the same language.
    Values quoted from the user's file (ids, keys, statuses) are plain strings and
    stay as they are.

    Examples
    --------
    >>> phrase("d.TOC201", id="A1")
    Phrase(key='d.TOC201', args=(('id', 'A1'),))
    >>> phrase("d.TOC201", id="A1").values
    {'id': 'A1'}
    """

    key: str
    args: tuple[tuple[str, PhraseArg], ...] = ()

    @property
    def values(self) -> dict[str, PhraseArg]:
        """The values by placeholder name."""
        return dict(self.args)


def phrase(key: str, /, **args: PhraseArg) -> Phrase:
    """A :class:`Phrase` with the values given as keywords (stored sorted by name)."""
    return Phrase(key, tuple(sorted(args.items())))


@dataclass(frozen=True)
class DiagnosticLabels:
    """The words :meth:`Diagnostic.format` labels a line with: English unless localized.

    Only the text form uses them; ``severity`` in :meth:`Diagnostic.to_dict`
    stays the machine value ``error`` or ``warning``.
    """

    error: str = "error"
    warning: str = "warning"
    hint: str = "hint"


_ENGLISH_LABELS = DiagnosticLabels()


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a ToC, with where it is and how to fix it.

    Parameters
    ----------
    code
        A key of :data:`CODES`, e.g. ``"TOC202"``.
    message
        What is wrong, in one line.
    hint
        How to fix it, or ``None``.
    path
        The file (or ``"<string>"``) the problem is in.
    line, column
        1-based position in the file, or ``None`` when unknown.
    node
        The id of the node the problem is about, if any.
    phrase
        The message as a catalogue key and values, so it can be shown in another
        language (``tocgraph.i18n.localize``); ``message`` is its English text.
        ``None`` for a diagnostic built from plain text.
    hint_phrases
        The hint the same way: its parts, joined with ``'; '``.
    labels
        The words :meth:`format` uses for the severity and the hint
        (``tocgraph.i18n.localize`` sets them for its language).

    Examples
    --------
    >>> d = Diagnostic("TOC202", "unknown node 'O7' in contributes_to", "did you mean 'O1'?",
    ...                "toc.yaml", 42, 7, node="A3")
    >>> print(d.format())
    toc.yaml:42:7: error[TOC202]: unknown node 'O7' in contributes_to
      hint: did you mean 'O1'?
    """

    code: str
    message: str
    hint: str | None = None
    path: str = "<string>"
    line: int | None = None
    column: int | None = None
    node: str | None = None
    phrase: Phrase | None = field(default=None, compare=False, repr=False, kw_only=True)
    hint_phrases: tuple[Phrase, ...] = field(default=(), compare=False, repr=False, kw_only=True)
    labels: DiagnosticLabels = field(
        default=_ENGLISH_LABELS, compare=False, repr=False, kw_only=True
    )

    @property
    def severity(self) -> Severity:
        """``"error"`` or ``"warning"``, fixed by the code."""
        return CODES[self.code].severity

    def location(self) -> str:
        """``path:line:column``, leaving out what is unknown."""
        parts = [_one_line(self.path)]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self) -> str:
        """The diagnostic as compilers print it, with the hint on a second line.

        The labels (``error``, ``warning``, ``hint``) are :attr:`labels`.

        Line breaks inside the file name, message or hint are shown as ``\\x0a``
        (``\\x0d``), so no input can make up a diagnostic line of its own.

        Examples
        --------
        >>> print(Diagnostic("TOC001", "no such file", path="a\\nb.yaml").format())
        a\\x0ab.yaml: error[TOC001]: no such file
        """
        severity = getattr(self.labels, self.severity)
        text = f"{self.location()}: {severity}[{self.code}]: {_one_line(self.message)}"
        if self.hint:
            text += f"\n  {self.labels.hint}: {_one_line(self.hint)}"
        return text

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready mapping with stable keys."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
            "line": self.line,
            "column": self.column,
            "node": self.node,
        }


def _one_line(text: str) -> str:
    return text.replace("\r", "\\x0d").replace("\n", "\\x0a")


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Diagnostics in file order (line, column; a workbook's cell A2 before A10), then by
    code and message; a file's :data:`FLOOD_CODE` summary after all of that file's others."""
    return tuple(sorted(diagnostics, key=_order))


def _order(d: Diagnostic) -> tuple[object, ...]:
    path = [int(p) if i % 2 else p for i, p in enumerate(re.split(r"(\d+)", d.path))]
    return path, d.code == FLOOD_CODE, d.line or 0, d.column or 0, d.code, d.message


MAX_ERRORS = 100
"""The most errors kept for one file; one more sums up the rest (:func:`cap_diagnostics`)."""

FLOOD_CODE = "TOC009"
FLOOD_TEXTS: dict[str, str] = {  # the English catalogue's own: this module cannot render
    "d.TOC009": "{count:,} more errors not shown: only the first {shown} of a file are",
    "d.TOC009.stopped": "more than {shown} errors: reading stopped here, more may follow",
    "dh.TOC009": "fix the errors shown (often one mistake repeated) and check again",
}


def flood_summary(
    path: str, omitted: int | None = None, line: int | None = None, column: int | None = None
) -> Diagnostic:
    """The :data:`FLOOD_CODE` diagnostic after the first :data:`MAX_ERRORS` errors of ``path``:
    ``omitted`` more, or (``None``) reading stopped at ``line``, ``column`` and more may follow.

    Examples
    --------
    >>> print(flood_summary("toc.yaml", 1234).format())
    toc.yaml: error[TOC009]: 1,234 more errors not shown: only the first 100 of a file are
      hint: fix the errors shown (often one mistake repeated) and check again
    """
    counted = omitted is not None
    message = phrase("d.TOC009" if counted else "d.TOC009.stopped", count=omitted, shown=MAX_ERRORS)
    hint = phrase("dh.TOC009")
    text, hint_text = FLOOD_TEXTS[message.key].format(**message.values), FLOOD_TEXTS[hint.key]
    found = Diagnostic(FLOOD_CODE, text, hint_text, path, line, column, phrase=message)
    return replace(found, hint_phrases=(hint,))


def cap_diagnostics(diagnostics: Sequence[Diagnostic]) -> tuple[Diagnostic, ...]:
    """The first :data:`MAX_ERRORS` diagnostics of each file, then a :func:`flood_summary`;
    a summary already there (a reader stopped early) is kept and not counted."""
    counts: dict[str, int] = {}
    for d in diagnostics:
        if d.code != FLOOD_CODE:
            counts[d.path] = counts.get(d.path, 0) + 1
    if all(count <= MAX_ERRORS for count in counts.values()):
        return tuple(diagnostics)
    summed = {d.path for d in diagnostics if d.code == FLOOD_CODE}
    kept: list[Diagnostic] = []
    seen: dict[str, int] = {}
    for d in diagnostics:
        number = seen[d.path] = seen.get(d.path, 0) + (d.code != FLOOD_CODE)
        if number <= MAX_ERRORS or d.code == FLOOD_CODE:
            kept.append(d)
        if number == counts.get(d.path, 0) > MAX_ERRORS and d.path not in summed:
            kept.append(flood_summary(d.path, number - MAX_ERRORS))
            summed.add(d.path)
    return tuple(kept)


class TocGraphError(Exception):
    """Base class of every exception tocgraph raises on purpose."""


class InvalidToCError(TocGraphError):
    """A ToC is not valid; :attr:`diagnostics` holds every error found.

    At most :data:`MAX_ERRORS` of them for each file, followed by one
    :data:`FLOOD_CODE` diagnostic that says how many more there were
    (:func:`cap_diagnostics`).

    Examples
    --------
    >>> import tocgraph
    >>> try:
    ...     tocgraph.loads("tocgraph: 2\\nid: x\\n")
    ... except tocgraph.InvalidToCError as exc:
    ...     print(exc.diagnostics[0].code)
    TOC104
    """

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = cap_diagnostics(sort_diagnostics(diagnostics))
        super().__init__("\n".join(d.format() for d in self.diagnostics))

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled (a process pool, ``copy.deepcopy``) with its diagnostics, as they are."""
        return (_rebuilt, (type(self), self.diagnostics))


def _rebuilt(cls: type[InvalidToCError], diagnostics: tuple[Diagnostic, ...]) -> InvalidToCError:
    """An :class:`InvalidToCError` of ``diagnostics`` already sorted and capped."""
    error = cls.__new__(cls)
    error.diagnostics = diagnostics
    TocGraphError.__init__(error, "\n".join(d.format() for d in diagnostics))
    return error


class ScenarioError(TocGraphError):
    """A scenario names an activity or partner that the ToC does not have.

    Attributes
    ----------
    phrases
        The message as phrases (joined with ``'; '``), so that
        ``tocgraph.i18n.error_text`` can give it in Dutch; empty when it was
        made from plain text.
    """

    def __init__(self, message: str, phrases: tuple[Phrase, ...] = ()) -> None:
        self.phrases = phrases
        super().__init__(message)


class OptionError(TocGraphError, ValueError):
    """An option value a function does not know (a format, language, ...); also a ``ValueError``.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/politica.yaml")
    >>> try:
    ...     tocgraph.render(toc, "gif")
    ... except tocgraph.OptionError as exc:
    ...     print(exc)
    unknown format 'gif'; choose one of svg, png, dot, mmd
    """


class OutputError(TocGraphError):
    """An output file cannot be written: its path is empty, a folder, an input, or the write failed.

    Attributes
    ----------
    path
        The output path as it was given.
    phrases
        The message as phrases, for ``tocgraph.i18n.error_text`` (see :class:`ScenarioError`).

    Examples
    --------
    >>> import tocgraph
    >>> try:
    ...     tocgraph.write_output("", "text")
    ... except tocgraph.OutputError as exc:
    ...     print(exc)
    the output path is empty; name a file, or '-' for stdout
    """

    def __init__(self, message: str, path: str = "", phrases: tuple[Phrase, ...] = ()) -> None:
        self.path = path
        self.phrases = phrases
        super().__init__(message)


class RenderError(TocGraphError):
    """A picture could not be made; ``phrases`` as for :class:`ScenarioError`."""

    def __init__(self, message: str, phrases: tuple[Phrase, ...] = ()) -> None:
        self.phrases = phrases
        super().__init__(message)


class RendererNotFoundError(RenderError):
    """Neither ``dot`` nor ``graphviz-pure`` is installed to lay out a picture."""


class LayoutError(RenderError):
    """The layout program ran and failed."""

"""Reading change requests (``tocgraph-change: 1``), their baseline, and applying them.

A change request comes from outside (an alliance) and is run by the ministry,
so its ``toc:`` path is treated as untrusted: it must be relative, and must
resolve (through symlinks) to a regular file inside ``root`` (the current
folder unless given). A baseline that is not a ToC is reported without
quoting its content.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tocgraph.errors import Diagnostic, InvalidToCError, Phrase, PhraseArg, phrase
from tocgraph.i18n import diagnostic
from tocgraph.loading.document import (
    CHANGE,
    TOC,
    Parsed,
    check_mapping,
    display_name,
    kind_of,
    parse,
    read_file,
)
from tocgraph.loading.load import Document, validate_toc
from tocgraph.loading.yamlsource import Positions, nearest, parse_yaml
from tocgraph.schema.apply import apply_changes
from tocgraph.schema.base import DataPath, Place, freeze
from tocgraph.schema.change import (
    CHANGE_KINDS,
    AddChange,
    ChangeRequest,
    ModifyChange,
    RemoveChange,
    StopChange,
    change_kind,
)
from tocgraph.schema.model import ToC
from tocgraph.schema.translate import Wording, shown, translate_errors

__all__ = ["ChangeDocument", "load_change_request", "loads_change_request"]

_MODELS: dict[str, type[BaseModel]] = {
    "stop": StopChange,
    "add": AddChange,
    "modify": ModifyChange,
    "remove": RemoveChange,
}


def _header_model(_: DataPath) -> type[BaseModel]:
    return ChangeRequest


_HEADER = Wording(
    _header_model,
    too_short={"changes": (phrase("d.too_short.changes"), phrase("dh.too_short.changes"))},
)


@dataclass(frozen=True)
class ChangeDocument:
    """A validated change request, its baseline, and the ToC after each change.

    Attributes
    ----------
    request
        The change request.
    source
        The change file's name (or ``"<string>"``).
    baseline
        The baseline ToC it names, loaded with its positions.
    states
        The ToC after each change, in order (the last is the result).
    """

    request: ChangeRequest
    source: str
    baseline: Document
    states: tuple[ToC, ...]
    _places: Mapping[DataPath, Place] = field(default_factory=dict, repr=False)

    @property
    def result(self) -> ToC:
        """The ToC after every change."""
        return self.states[-1]

    def locate(self, path: DataPath) -> Place | None:
        """1-based (line, column) of a data path in the change file."""
        return nearest(self._places, path)


def load_change_request(
    path: str | Path,
    *,
    root: str | Path | None = None,
    max_bytes: int | None = None,
    text: str | None = None,
) -> ChangeDocument:
    """Load a change request, the baseline ToC it names, and apply its changes.

    Parameters
    ----------
    path
        The change-request file.
    root
        The folder the baseline must be inside (default: the current folder).
        ``toc:`` is relative to the change file; absolute paths, ``..`` out of
        ``root`` and symlinks pointing out of it are refused (``TOC508``).
    max_bytes
        The largest file accepted, for the request and its baseline.
    text
        The change file's content, when it was read elsewhere (standard
        input): ``path`` then only names it, and its folder is where ``toc:``
        is resolved.

    Raises
    ------
    InvalidToCError
        With every problem in the change file, its baseline, or its changes.

    ``text``, when given, is the change file's content (``path`` then only names it,
    and its folder is where ``toc:`` is resolved).

    Examples
    --------
    >>> doc = load_change_request("models/change-requests/worden-wie-je-bent-2025-1.yaml")
    >>> doc.baseline.toc.id, len(doc.request.changes), len(doc.states)
    ('worden-wie-je-bent', 4, 4)
    """
    source = display_name(path)
    parsed = parse(read_file(path, max_bytes) if text is None else text, source, CHANGE, max_bytes)
    request = _request(parsed)
    baseline_path = _baseline_path(request.toc, Path(path), root, parsed)
    baseline = _baseline(baseline_path, request.toc, parsed, max_bytes)
    return _applied(request, parsed, baseline)


def loads_change_request(
    text: str,
    *,
    baseline: ToC | Document,
    source: str = "<string>",
    max_bytes: int | None = None,
) -> ChangeDocument:
    """Read a change request from text and apply it to ``baseline``.

    The request's ``toc:`` is kept as written but not read: the caller gives the
    baseline.

    Raises
    ------
    InvalidToCError
        With every problem in the text or its changes.

    Examples
    --------
    >>> import tocgraph
    >>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
    >>> text = '''tocgraph-change: 1
    ... toc: worden-wie-je-bent.yaml
    ... title: Capaciteit
    ... changes:
    ...   - stop: A1
    ...     rationale: geen trainers
    ... '''
    >>> doc = tocgraph.loads_change_request(text, baseline=toc)
    >>> doc.result.node("A1").status.value
    'stopped'
    """
    if isinstance(baseline, ToC):
        baseline = Document(baseline, "<baseline>", freeze({}))
    elif not isinstance(baseline, Document):
        raise TypeError(f"baseline must be a ToC or a Document, not {type(baseline).__name__}")
    parsed = parse(text, source, CHANGE, max_bytes)
    return _applied(_request(parsed), parsed, baseline)


def _applied(request: ChangeRequest, parsed: Parsed, baseline: Document) -> ChangeDocument:
    states = apply_changes(baseline.toc, request, source=parsed.source, locator=parsed.positions)
    places = freeze(parsed.positions.values)
    return ChangeDocument(request, parsed.source, baseline, states, places)


def _request(parsed: Parsed) -> ChangeRequest:
    """The change request, with the errors of every change at once."""
    data, positions, source = parsed.data, parsed.positions, parsed.source
    problems: list[Diagnostic] = []
    items = data.get("changes")
    if isinstance(items, list):
        for index, item in enumerate(items):
            problems.extend(_check_item(item, index, positions, source))
    header = dict(data)
    if isinstance(items, list) and problems:
        header["changes"] = [{"stop": "X"}]  # placeholder: the items' own errors are reported
    try:
        request = ChangeRequest.model_validate(header)
    except ValidationError as exc:
        problems.extend(translate_errors(exc, (), _HEADER, source=source, locator=positions))
        raise InvalidToCError(problems) from None
    if problems:
        raise InvalidToCError(problems)
    if "\x00" in request.toc:
        raise _toc_error(parsed, "nul", phrase("dh.TOC508.nul"))
    return request


def _check_item(item: Any, index: int, positions: Positions, source: str) -> list[Diagnostic]:
    path: DataPath = ("changes", index)
    kind = change_kind(item)
    if kind is None:
        line, col = positions.value(path) or (None, None)
        named = [k for k in CHANGE_KINDS if isinstance(item, dict) and k in item]
        message = (
            phrase("d.TOC501.several", change=index + 1, kinds=_joined(named))
            if named
            else phrase("d.TOC501.none", change=index + 1)
        )
        return [diagnostic("TOC501", message, phrase("dh.TOC501"), source, line, col)]
    model = _MODELS[kind]
    try:
        model.model_validate(item)
    except ValidationError as exc:

        def model_at(_: DataPath) -> type[BaseModel]:
            return model

        return translate_errors(exc, path, Wording(model_at), source=source, locator=positions)
    return []


def _joined(words: list[str]) -> PhraseArg:
    """``stop and add`` (``stop en add``), as a phrase."""
    joined: PhraseArg = words[0]
    for word in words[1:]:
        joined = phrase("dh.and", first=joined, second=word)
    return joined


def _toc_error(parsed: Parsed, problem: str, hint: Phrase, **args: PhraseArg) -> InvalidToCError:
    line, col = parsed.positions.value(("toc",)) or (None, None)
    message = phrase(f"d.TOC508.{problem}", path=shown(parsed.data.get("toc")), **args)
    return InvalidToCError([diagnostic("TOC508", message, hint, parsed.source, line, col)])


def _baseline_path(toc: str, path: Path, root: str | Path | None, parsed: Parsed) -> Path:
    """Where ``toc:`` points, if that is inside ``root``; else a located TOC508."""
    folder = Path(root) if root is not None else Path.cwd()
    named: PhraseArg = repr(str(root)) if root is not None else phrase("dh.TOC508.cwd")
    hint = phrase("dh.TOC508", folder=named)
    if os.path.isabs(toc) or toc.startswith(("~", "\\")) or Path(toc).drive:
        raise _toc_error(parsed, "absolute", hint)
    target = path.parent / toc
    try:
        resolved = target.resolve(strict=False)
        inside = resolved.is_relative_to(folder.resolve(strict=False))
    except RuntimeError:  # Python's "symlink loop" (3.11, 3.12)
        raise _toc_error(parsed, "loop", phrase("dh.TOC508.loop")) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # the same, from Python 3.13
            raise _toc_error(parsed, "loop", phrase("dh.TOC508.loop")) from None
        inside = False
    except ValueError:
        inside = False
    if not inside:
        raise _toc_error(parsed, "outside", _wider(resolved, folder) or hint, folder=named)
    return target


def _wider(resolved: Path, folder: Path) -> Phrase | None:
    """When the baseline exists outside ``folder``: the ``--root`` that would hold both.

    Run from ``my-alliance/change-requests/``, ``toc: ../toc.yaml`` is outside
    the current folder; ``--root ..`` (or running from ``my-alliance/``) is
    what the writer needs, not another path in the file. Only for a YAML file
    in the folder just above: a request never talks anyone into reading
    ``/etc``.
    """
    try:
        if resolved.suffix.lower() not in (".yaml", ".yml") or not resolved.is_file():
            return None
        common = os.path.commonpath([folder.resolve(), resolved.parent])
        root = os.path.relpath(common, Path.cwd())
    except (OSError, ValueError):  # another drive on Windows, an unreadable folder
        return None
    if root != "..":
        return None
    return phrase("dh.TOC508.wider", root=root)


def _baseline(target: Path, toc: str, parsed: Parsed, max_bytes: int | None) -> Document:
    """The baseline ToC, or TOC506 without quoting a line of a file that is no ToC."""
    line, col = parsed.positions.value(("toc",)) or (None, None)

    def failed(
        reason: str, hint: tuple[Phrase, ...], found: tuple[Diagnostic, ...] = ()
    ) -> InvalidToCError:
        message = phrase(f"d.TOC506.{reason}", path=shown(toc))
        note = diagnostic("TOC506", message, hint, parsed.source, line, col)
        return InvalidToCError([note, *found])

    where = (phrase("dh.TOC506", target=display_name(target)),)
    try:
        text = read_file(target, max_bytes)
    except InvalidToCError as exc:
        first = exc.diagnostics[0]
        if first.code == "TOC003":
            raise failed("not_toc", where) from None
        missing = first.phrase is not None and first.phrase.key == "d.TOC001.missing"
        reason = "missing" if missing else "unreadable"
        raise failed(reason, where, exc.diagnostics) from None
    data, positions, problems = parse_yaml(text, display_name(target), max_bytes)
    if problems or not isinstance(data, dict) or kind_of(data) is not TOC:
        # say nothing of its content: 'toc:' may point at a file of secrets
        raise failed("not_toc", (*where, phrase("dh.TOC506.start")))
    try:
        return validate_toc(check_mapping(data, positions, display_name(target), TOC))
    except InvalidToCError as exc:
        raise failed("invalid", where, exc.diagnostics) from None

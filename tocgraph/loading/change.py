"""Reading change-request files, with located errors, and their baseline ToC."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tocgraph.errors import Diagnostic, InvalidToCError
from tocgraph.loading.load import Document, load_document, translate_errors
from tocgraph.loading.yamlsource import Positions, parse_yaml, read_text_or_raise
from tocgraph.schema.change import (
    CHANGE_KINDS,
    AddChange,
    ChangeRequest,
    ModifyChange,
    RemoveChange,
    StopChange,
    change_kind,
)

__all__ = ["ChangeDocument", "load_change_request"]

DataPath = tuple[str | int, ...]
_MODELS: dict[str, type[BaseModel]] = {
    "stop": StopChange,
    "add": AddChange,
    "modify": ModifyChange,
    "remove": RemoveChange,
}


@dataclass(frozen=True)
class ChangeDocument:
    """A validated change request, its file positions, and its loaded baseline."""

    request: ChangeRequest
    source: str
    positions: Positions
    baseline: Document

    def locate(self, path: DataPath) -> tuple[int, int] | None:
        """1-based (line, column) of a data path in the change file."""
        return self.positions.value(path)


def load_change_request(path: str | Path, *, text: str | None = None) -> ChangeDocument:
    """Load a change request and the baseline ToC it names.

    Raises
    ------
    InvalidToCError
        With every problem in the change file, or in its baseline.

    ``text``, when given, is the change file's content (``path`` then only names it,
    and its folder is where ``toc:`` is resolved).

    Examples
    --------
    >>> doc = load_change_request("models/change-requests/worden-wie-je-bent-2025-1.yaml")
    >>> doc.baseline.toc.id, len(doc.request.changes)
    ('worden-wie-je-bent', 4)
    """
    path = Path(path)
    source = str(path)
    data, positions, problems = parse_yaml(
        read_text_or_raise(path) if text is None else text, source
    )
    if problems:
        raise InvalidToCError(problems)
    if not isinstance(data, dict):
        raise InvalidToCError(
            [
                Diagnostic(
                    "TOC008",
                    "a change request is a mapping of keys to values",
                    "start with 'tocgraph-change: 1'",
                    source,
                    1,
                    1,
                )
            ]
        )
    if "tocgraph" in data and "tocgraph-change" not in data:
        raise InvalidToCError(
            [
                Diagnostic(
                    "TOC008",
                    "this is a ToC file (tocgraph: 1), not a change request",
                    "a change request starts with 'tocgraph-change: 1' and names its ToC "
                    "with 'toc:'",
                    source,
                    1,
                    1,
                )
            ]
        )
    version = data.get("tocgraph-change")
    if "tocgraph-change" in data and (type(version) is not int or version != 1):
        line, col = positions.value(("tocgraph-change",)) or (None, None)
        raise InvalidToCError(
            [
                Diagnostic(
                    "TOC104",
                    f"unknown change-request version {version!r}",
                    "this version of tocgraph reads 'tocgraph-change: 1'",
                    source,
                    line,
                    col,
                )
            ]
        )
    problems = []
    changes: list[Any] = []
    items = data.get("changes")
    if isinstance(items, list):
        for index, item in enumerate(items):
            problems.extend(_check_item(item, index, positions, source))
            changes.append(item)
    header = dict(data)
    if isinstance(items, list) and problems:
        header["changes"] = [{"stop": "X"}]  # placeholder: the items' own errors are reported
    try:
        request = ChangeRequest.model_validate(header)
    except ValidationError as exc:
        problems.extend(translate_errors(exc, (), positions, source, None, _header_model))
        raise InvalidToCError(problems) from None
    if problems:
        raise InvalidToCError(problems)
    baseline_path = path.parent / request.toc
    try:
        baseline = load_document(baseline_path)
    except InvalidToCError as exc:
        line, col = positions.value(("toc",)) or (None, None)
        reason = "does not exist" if exc.diagnostics[0].code == "TOC001" else "is not valid"
        note = Diagnostic(
            "TOC506",
            f"the baseline ToC {request.toc!r} {reason}",
            f"'toc' is a path relative to this file; it points to {baseline_path}",
            source,
            line,
            col,
        )
        raise InvalidToCError([note, *exc.diagnostics]) from None
    return ChangeDocument(request, source, positions, baseline)


def _check_item(item: Any, index: int, positions: Positions, source: str) -> list[Diagnostic]:
    path: DataPath = ("changes", index)
    kind = change_kind(item)
    if kind is None:
        line, col = positions.value(path) or (None, None)
        named = [k for k in CHANGE_KINDS if isinstance(item, dict) and k in item]
        message = (
            f"change {index + 1} names {' and '.join(named)}; one change does one thing"
            if named
            else f"change {index + 1} names none of stop, add, modify, remove"
        )
        hint = "write e.g. '- stop: A3' with a 'rationale:' line; split combined changes"
        return [Diagnostic("TOC501", message, hint, source, line, col)]
    try:
        _MODELS[kind].model_validate(item)
    except ValidationError as exc:
        model = _MODELS[kind]
        return translate_errors(exc, path, positions, source, None, lambda _: model)
    return []


def _header_model(_: DataPath) -> type[BaseModel]:
    return ChangeRequest

"""Check ToC files: load each one, assess it, and place its warnings in the file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tocgraph.analysis.assessment import Assessment, assess, display_order
from tocgraph.errors import Diagnostic, InvalidToCError, sort_diagnostics
from tocgraph.loading.discover import toc_files
from tocgraph.loading.load import Document, load_document

__all__ = ["CheckedFile", "check_document", "check_file", "check_paths", "invalid_file"]


@dataclass(frozen=True)
class CheckedFile:
    """The outcome of checking one file: errors, or an assessment with located warnings.

    Attributes
    ----------
    path
        The file as it was named.
    document
        The loaded file (``None`` when it has errors).
    assessment
        Its assessment (``None`` when it has errors).
    errors, warnings
        Located diagnostics, sorted by position.
    """

    path: str
    document: Document | None
    assessment: Assessment | None
    errors: tuple[Diagnostic, ...]
    warnings: tuple[Diagnostic, ...]

    @property
    def valid(self) -> bool:
        """True when the file has no errors."""
        return not self.errors

    def to_dict(self) -> dict[str, object]:
        """The JSON document of ``tocgraph check FILE --json`` (see ``docs/cli.md``)."""
        nodes: dict[str, object] = {}
        by_status: dict[str, int] = {}
        if self.assessment is not None:
            for node in sorted(self.assessment.non_activities(), key=display_order):
                nodes[node.id] = {
                    "kind": node.kind.value,
                    "support": node.support.value,
                    "verdict": node.verdict.value,
                    "margin": node.margin,
                    "margin_exact": node.margin_exact,
                    "margin_bounds": (
                        None if node.margin_bounds is None else list(node.margin_bounds)
                    ),
                    "critical_activities": list(node.critical_activities),
                }
            by_status = {s.value: n for s, n in self.assessment.activity_status.items()}
        return {
            "path": self.path,
            "id": self.document.toc.id if self.document else None,
            "valid": self.valid,
            "errors": [d.to_dict() for d in self.errors],
            "warnings": [d.to_dict() for d in self.warnings],
            "nodes": nodes,
            "activities": {"total": sum(by_status.values()), "by_status": by_status},
        }


def check_document(document: Document) -> CheckedFile:
    """Assess a loaded document and locate its warnings in the file."""
    assessment = assess(document.toc)
    warnings = sort_diagnostics(document.locate(w) for w in assessment.warnings)
    return CheckedFile(document.source, document, assessment, (), warnings)


def invalid_file(path: str, errors: tuple[Diagnostic, ...]) -> CheckedFile:
    """A :class:`CheckedFile` for a file that did not load."""
    return CheckedFile(path, None, None, errors, ())


def check_file(path: str | Path) -> CheckedFile:
    """Load and assess one ToC file; its errors are part of the result, never raised.

    Examples
    --------
    >>> checked = check_file("tests/fixtures/warnings.yaml")
    >>> checked.valid, [w.location() for w in checked.warnings][:2]
    (True, ['tests/fixtures/warnings.yaml:8:5', 'tests/fixtures/warnings.yaml:10:5'])
    """
    try:
        document = load_document(path)
    except InvalidToCError as exc:
        return invalid_file(str(path), exc.diagnostics)
    return check_document(document)


def check_paths(paths: Sequence[str | Path]) -> tuple[CheckedFile, ...]:
    """Check every ToC file named, and every ``.yaml`` file in the folders named.

    Returns an empty tuple when no file is found.
    """
    if isinstance(paths, str | Path):
        raise TypeError("paths must be a list of files or folders, not a single str or Path")
    return tuple(check_file(path) for path in toc_files([str(p) for p in paths]))

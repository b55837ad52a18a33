"""Reports for ``tocgraph check``: a JSON object per file, and readable tables."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from tocgraph.analysis.assessment import Assessment, display_order
from tocgraph.errors import Diagnostic, sort_diagnostics
from tocgraph.i18n import Lang, keys, text
from tocgraph.loading.load import Document
from tocgraph.schema.model import Status

__all__ = [
    "CheckedFile",
    "check_document",
    "check_json",
    "check_text",
    "format_table",
    "invalid_file",
    "translate_warning",
]


@dataclass(frozen=True)
class CheckedFile:
    """The outcome of checking one file: errors, or an assessment with located warnings."""

    path: str
    document: Document | None
    assessment: Assessment | None
    errors: tuple[Diagnostic, ...]
    warnings: tuple[Diagnostic, ...]

    @property
    def valid(self) -> bool:
        """True when the file has no errors."""
        return not self.errors


def check_json(checked: CheckedFile) -> dict[str, object]:
    """The JSON object for one checked file (see ``docs/cli.md``)."""
    nodes: dict[str, object] = {}
    by_status: dict[str, int] = {}
    total = 0
    if checked.assessment is not None:
        for node in sorted(checked.assessment.non_activities(), key=display_order):
            nodes[node.id] = {
                "kind": node.kind.value,
                "support": node.support.value,
                "verdict": node.verdict.value,
                "margin": node.margin,
                "critical_activities": list(node.critical_activities),
            }
        by_status = {s.value: n for s, n in checked.assessment.activity_status.items()}
        total = sum(by_status.values())
    return {
        "path": checked.path,
        "id": checked.document.toc.id if checked.document else None,
        "valid": checked.valid,
        "errors": [d.to_dict() for d in checked.errors],
        "warnings": [d.to_dict() for d in checked.warnings],
        "nodes": nodes,
        "activities": {"total": total, "by_status": by_status},
    }


def format_table(rows: list[list[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """Rows as aligned text columns; columns in ``right`` are right-aligned.

    Examples
    --------
    >>> print("\\n".join(format_table([["id", "n"], ["G1", "10"]], right=frozenset({1}))))
    id   n
    G1  10
    """
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def check_text(checked: CheckedFile, lang: Lang = "en") -> str:
    """A readable report for one checked file."""
    if checked.document is None or checked.assessment is None:
        head = f"{checked.path}: {text('invalid', lang)}"
        return "\n".join([head, *(d.format() for d in checked.errors)]) + "\n"
    toc = checked.document.toc
    title = f" {toc.name}" if toc.name else ""
    lines = [f"{checked.path}:{title} ({toc.id})"]
    rows = [
        [
            text("col.node", lang),
            text("col.kind", lang),
            text("col.verdict", lang),
            text("col.margin", lang),
            text("col.critical", lang),
        ]
    ]
    for node in sorted(checked.assessment.non_activities(), key=display_order):
        rows.append(
            [
                node.id,
                text(node.kind.value, lang),
                text(node.verdict.value, lang),
                str(node.margin),
                ", ".join(node.critical_activities) or "-",
            ]
        )
    lines.extend("  " + line for line in format_table(rows, right=frozenset({3})))
    status = checked.assessment.activity_status
    total = sum(status.values())
    counts = ", ".join(f"{text(s.value, lang)} {status[s]}" for s in Status if s in status)
    lines.append(f"  {text('activities', lang)}: {total}" + (f" ({counts})" if counts else ""))
    if checked.warnings:
        lines.append(f"  {text('warnings', lang)}: {len(checked.warnings)}")
        lines.extend(
            translate_warning(d, checked.assessment, lang).format() for d in checked.warnings
        )
    else:
        lines.append(f"  {text('warnings', lang)}: {text('none', lang)}")
    return "\n".join(lines) + "\n"


def translate_warning(warning: Diagnostic, assessment: Assessment, lang: Lang) -> Diagnostic:
    """The warning with its message and hint in ``lang``, from the assessment's facts.

    Examples
    --------
    >>> import tocgraph
    >>> result = tocgraph.assess(tocgraph.load("tests/fixtures/warnings.yaml"))
    >>> spof = next(w for w in result.warnings if w.code == "TOC304")
    >>> translate_warning(spof, result, "nl").message
    'doel G1 hangt af van één activiteit: A1'
    """
    node = assessment.nodes.get(warning.node or "")
    if node is None or f"w.{warning.code}" not in keys(lang):
        return warning
    values = {
        "node": node.id,
        "kind": text(node.kind.value, lang),
        "verdict": text(node.verdict.value, lang),
        "activities": ", ".join(node.critical_activities),
    }
    message = text(f"w.{warning.code}", lang, **values)
    hint = text(f"h.{warning.code}", lang)
    return dataclasses.replace(warning, message=message, hint=hint)


def check_document(document: Document) -> CheckedFile:
    """Assess a loaded document and locate its warnings in the file."""
    from tocgraph.analysis.assessment import assess

    assessment = assess(document.toc)
    warnings = sort_diagnostics(document.locate(w) for w in assessment.warnings)
    return CheckedFile(document.source, document, assessment, (), warnings)


def invalid_file(path: str, errors: tuple[Diagnostic, ...]) -> CheckedFile:
    """A :class:`CheckedFile` for a file that did not load."""
    return CheckedFile(path, None, None, errors, ())

"""Check files of every kind: a ToC is assessed, a change request reviewed, a policy validated.

The kind comes from the file's header (``tocgraph:``, ``tocgraph-change:``,
``tocgraph-policy:``), so one ``tocgraph check`` (and one pre-commit hook) serves
every tocgraph file in a repository.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from tocgraph.analysis.assessment import Assessment, assess, display_order
from tocgraph.analysis.budget import BudgetTotals, budget_totals, budget_warnings
from tocgraph.analysis.monitoring import Monitoring, monitor
from tocgraph.analysis.partners import partner_warnings
from tocgraph.errors import Diagnostic, InvalidToCError, sort_diagnostics
from tocgraph.i18n import Lang, localize
from tocgraph.loading.discover import folder_entries
from tocgraph.loading.load import Document, parse_document
from tocgraph.loading.yamlsource import parse_yaml
from tocgraph.use_cases.inputs import STDIN_SOURCE, is_stdin, read_input

if TYPE_CHECKING:  # policies and change requests are imported when one is checked
    from tocgraph.analysis.review import ChangeReview
    from tocgraph.schema.policy import Policy

__all__ = [
    "KINDS",
    "CheckedFile",
    "DocumentKind",
    "check_document",
    "check_file",
    "check_paths",
    "check_source",
    "document_files",
    "document_kind",
    "invalid_file",
]

DocumentKind = Literal["toc", "change-request", "policy"]
KINDS: tuple[DocumentKind, ...] = ("toc", "change-request", "policy")
_HEADERS: dict[str, DocumentKind] = {
    "tocgraph-change": "change-request",
    "tocgraph-policy": "policy",
}
_HEADER_LINE = re.compile(r"""^["']?(tocgraph-change|tocgraph-policy)["']?\s*:""", re.MULTILINE)
_REVIEW_KEYS = (
    "title",
    "date",
    "effective_from",
    "toc",
    "toc_id",
    "changes",
    "goals_lost",
    "toc_changed",
    "goals_held_by_lowered_requires",
    "goals",
    "findings",
    "money",
)


@dataclass(frozen=True)
class CheckedFile:
    """The outcome of checking one file: its errors, or what its kind of check found.

    Attributes
    ----------
    path
        The file as it was named (``<stdin>`` for standard input).
    document
        The loaded ToC (``None`` for other kinds, or when it has errors).
    assessment
        Its assessment (``None`` for other kinds, or when it has errors).
    errors, warnings
        Located diagnostics, sorted by position.
    kind
        ``"toc"``, ``"change-request"`` or ``"policy"``, from the file's header.
    review
        For a valid change request: its review against its baseline ToC.
    policy
        For a valid policy file: the policy.
    monitoring
        For a valid ToC: its indicators and monitoring warnings (as of a date,
        if one was given).
    budget
        For a valid ToC whose activities state budgets: the totals per partner and year.
    """

    path: str
    document: Document | None
    assessment: Assessment | None
    errors: tuple[Diagnostic, ...]
    warnings: tuple[Diagnostic, ...]
    kind: DocumentKind = "toc"
    review: ChangeReview | None = None
    policy: Policy | None = None
    monitoring: Monitoring | None = None
    budget: BudgetTotals | None = None

    @property
    def valid(self) -> bool:
        """True when the file has no errors."""
        return not self.errors

    @property
    def goals_lost(self) -> tuple[str, ...]:
        """For a change request: the goals it costs their support (else empty)."""
        return tuple(self.review.goals_lost()) if self.review is not None else ()

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        """The JSON document of ``tocgraph check FILE --json`` (see ``docs/cli.md``).

        The messages and hints of errors and warnings are in ``lang``.
        """
        common: dict[str, object] = {
            "path": self.path,
            "kind": self.kind,
            "id": self._id(),
            "valid": self.valid,
            "illustrative": self._illustrative(),
            "errors": [localize(d, lang).to_dict() for d in self.errors],
            "warnings": [localize(d, lang).to_dict() for d in self.warnings],
        }
        if self.kind == "change-request":
            return {**common, "review": self._review_dict()}
        if self.kind == "policy":
            return {**common, "policy": self._policy_dict()}
        return {**common, **self._toc_dict()}

    def _illustrative(self) -> bool:
        """Whether the file (or, for a change request, it or its ToC) is illustrative."""
        if self.review is not None:
            return self.review.request.illustrative or self.review.baseline.illustrative
        return self.document is not None and self.document.toc.illustrative

    def _id(self) -> str | None:
        if self.document is not None:
            return self.document.toc.id
        if self.policy is not None:
            return self.policy.id
        return None

    def _toc_dict(self) -> dict[str, object]:
        nodes: dict[str, object] = {}
        by_status: dict[str, int] = {}
        monitoring = self.monitoring
        if self.assessment is not None:
            for node in sorted(self.assessment.non_activities(), key=display_order):
                indicators = monitoring.of(node.id) if monitoring is not None else ()
                horizon = monitoring.horizons.get(node.id) if monitoring is not None else None
                nodes[node.id] = {
                    "kind": node.kind.value,
                    "requires": node.requires,
                    "requires_stated": node.requires_stated,
                    "rule": node.rule("en") or None,
                    "support": node.support.value,
                    "verdict": node.verdict.value,
                    "margin": node.margin,
                    "margin_exact": node.margin_exact,
                    "margin_bounds": (
                        None if node.margin_bounds is None else list(node.margin_bounds)
                    ),
                    "critical_activities": list(node.critical_activities),
                    "horizon": None if horizon is None else horizon.value,
                    "indicators": [report.to_dict() for report in indicators],
                    "critical_assumptions": list(node.critical_assumptions),
                }
            by_status = {s.value: n for s, n in self.assessment.activity_status.items()}
        as_of = monitoring.as_of if monitoring is not None else None
        return {
            "as_of": None if as_of is None else as_of.isoformat(),
            "nodes": nodes,
            "activities": {"total": sum(by_status.values()), "by_status": by_status},
            "budget": self.budget.to_dict() if self.budget is not None else None,
            "assumptions": self._assumptions_list(),
        }

    def _assumptions_list(self) -> list[dict[str, object]]:
        """Each named assumption: its status, the links naming it, the nodes it is critical for."""
        if self.document is None or self.assessment is None:
            return []
        toc = self.document.toc
        nodes = sorted(self.assessment.non_activities(), key=display_order)
        return [
            {
                "id": a.id,
                "status": a.status.value,
                "text": a.text,
                "links": [
                    {"from": node.id, "to": link.to}
                    for node in toc.nodes()
                    for link in getattr(node, "contributes_to", ())
                    if a.id in link.assumptions
                ],
                "critical_for": [n.id for n in nodes if a.id in n.critical_assumptions],
                "evidence": [e.model_dump(mode="json") for e in a.evidence],
            }
            for a in toc.assumptions
        ]

    def _review_dict(self) -> dict[str, Any] | None:
        if self.review is None:
            return None
        full = {**self.review.to_dict(source=self.path), "changes": len(self.review.steps)}
        return {key: full[key] for key in _REVIEW_KEYS}

    def _policy_dict(self) -> dict[str, object] | None:
        if self.policy is None:
            return None
        return {
            "name": self.policy.name,
            "aims": [aim.id for aim in self.policy.aims],
            "domains": [domain.id for domain in self.policy.domains],
        }


def document_kind(text: str, source: str = "<string>") -> DocumentKind:
    """The kind of tocgraph document ``text`` is, from its header.

    A file that names neither ``tocgraph-change`` nor ``tocgraph-policy`` is taken
    for a ToC (whose loader then says what is wrong with it).

    Examples
    --------
    >>> document_kind("tocgraph-change: 1\\ntoc: toc.yaml\\n")
    'change-request'
    >>> document_kind('{"tocgraph-policy": 1, "id": "p"}')
    'policy'
    >>> document_kind("tocgraph: 1\\nid: x\\n")
    'toc'
    """
    if "tocgraph-change" not in text and "tocgraph-policy" not in text:
        return "toc"  # the common case: no second parse
    data, _, _ = parse_yaml(text, source)
    if isinstance(data, dict):
        for header, kind in _HEADERS.items():
            if header in data:
                return kind
        return "toc"
    found = _HEADER_LINE.search(text)  # YAML with errors: the header line decides
    return _HEADERS[found.group(1)] if found else "toc"


def check_document(document: Document, *, as_of: dt.date | None = None) -> CheckedFile:
    """Assess a loaded ToC and its monitoring (as of a date), and locate the warnings."""
    assessment = assess(document.toc)
    monitoring = monitor(document.toc, as_of)
    budget = budget_totals(document.toc)
    located = [document.locate(w) for w in (*assessment.warnings, *monitoring.warnings)]
    located += [document.place(w, "subsidy_ceiling_eur") for w in budget_warnings(budget)]
    located += [document.place(w, "partners", "lead") for w in partner_warnings(document.toc)]
    warnings = sort_diagnostics(located)
    return CheckedFile(
        document.source,
        document,
        assessment,
        (),
        warnings,
        monitoring=monitoring,
        budget=budget,
    )


def invalid_file(
    path: str, errors: tuple[Diagnostic, ...], kind: DocumentKind = "toc"
) -> CheckedFile:
    """A :class:`CheckedFile` for a file that did not load."""
    return CheckedFile(path, None, None, errors, (), kind)


def check_source(
    text: str,
    source: str = "<string>",
    *,
    root: str | Path | None = None,
    as_of: dt.date | None = None,
) -> CheckedFile:
    """Check the text of a tocgraph file of any kind; its errors are part of the result.

    A ToC is assessed; a change request is applied to its baseline (``toc:``,
    resolved from the folder of ``source``, inside ``root``: the current folder
    by default) and reviewed; a policy is validated. ``as_of`` is the date a
    ToC's monitoring is looked at from (see :func:`~tocgraph.analysis.monitoring.monitor`).

    Examples
    --------
    >>> checked = check_source("tocgraph-policy: 1\\nid: p\\naims: [{id: a, title: A}]\\n")
    >>> checked.kind, checked.valid, checked.to_dict()["policy"]["aims"]
    ('policy', True, ['a'])
    """
    kind = document_kind(text, source)
    try:
        if kind == "change-request":
            from tocgraph.use_cases.change import review_change_text

            reviewed = review_change_text(text, source, root=root)
            return CheckedFile(
                reviewed.source, None, None, (), reviewed.warnings, kind, review=reviewed.review
            )
        if kind == "policy":
            from tocgraph.loading.policy import parse_policy

            policy = parse_policy(text, source)
            return CheckedFile(policy.source, None, None, (), (), kind, policy=policy.policy)
        return check_document(parse_document(text, source), as_of=as_of)
    except InvalidToCError as exc:
        return invalid_file(source, exc.diagnostics, kind)


def check_file(
    path: str | Path,
    stdin: BinaryIO | None = None,
    *,
    root: str | Path | None = None,
    as_of: dt.date | None = None,
) -> CheckedFile:
    """Check one file of any kind (``"-"``: standard input); errors are in the result.

    Examples
    --------
    >>> checked = check_file("tests/fixtures/warnings.yaml")
    >>> checked.valid, [w.location() for w in checked.warnings][1:3]
    (True, ['tests/fixtures/warnings.yaml:8:5', 'tests/fixtures/warnings.yaml:10:5'])
    >>> check_file("models/policy.yaml").kind
    'policy'
    """
    try:
        text, source = read_input(path, stdin)
    except InvalidToCError as exc:
        return invalid_file(STDIN_SOURCE if is_stdin(path) else str(path), exc.diagnostics)
    return check_source(text, source, root=root, as_of=as_of)


def document_files(paths: Sequence[str | Path]) -> list[str | Path]:
    """Expand folders into their ``.yaml``/``.yml`` files, sorted by name.

    Files named explicitly (and ``-``) are kept as they are, so a wrong file gets
    a clear error; subfolders are not entered.

    Examples
    --------
    >>> [Path(p).name for p in document_files(["models"])][5:7]
    ['policy.yaml', 'politica.yaml']
    """
    return [path for path, _ in _document_entries(paths)]


def _document_entries(
    paths: Sequence[str | Path],
) -> Iterator[tuple[str | Path, Diagnostic | None]]:
    """:func:`document_files`, each with why it is not read (a link out of its folder, say)."""
    for raw in paths:
        if is_stdin(raw) or raw == "" or not _is_dir(raw):  # "" is no name, not the current folder
            yield raw, None
        else:
            yield from folder_entries(Path(raw))


def _is_dir(path: str | Path) -> bool:
    """True for a folder; False for anything else, even a name the system refuses."""
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


def check_paths(
    paths: Sequence[str | Path],
    stdin: BinaryIO | None = None,
    *,
    root: str | Path | None = None,
    as_of: dt.date | None = None,
) -> tuple[CheckedFile, ...]:
    """Check every file named, and every ``.yaml`` and ``.yml`` file in the folders named.

    ``"-"`` reads standard input (once). ``root`` is the folder a change
    request's baseline must be inside (default: the current folder). Returns
    an empty tuple when no file is found. ``as_of``: see :func:`check_source`.
    """
    if isinstance(paths, str | Path):
        raise TypeError("paths must be a list of files or folders, not a single str or Path")
    return tuple(
        check_file(path, stdin, root=root, as_of=as_of)
        if refused is None
        else invalid_file(str(path), (refused,))
        for path, refused in _document_entries(paths)
    )

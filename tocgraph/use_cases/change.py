"""Review a change-request file: load it and its baseline, apply and review, report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from tocgraph.analysis.review import ChangeReview, review_change_request
from tocgraph.errors import Diagnostic, phrase
from tocgraph.i18n import Lang, check_lang, diagnostic
from tocgraph.loading.change import ChangeDocument, load_change_request
from tocgraph.loading.policy import parse_policy
from tocgraph.schema.change import change_target
from tocgraph.schema.policy import Policy
from tocgraph.use_cases.inputs import read_input

__all__ = [
    "ReviewedChangeRequest",
    "change_request_html",
    "change_request_markdown",
    "review_change_file",
    "review_change_text",
]


@dataclass(frozen=True)
class ReviewedChangeRequest:
    """A change-request file and its review.

    Attributes
    ----------
    source
        The change file, as it was named.
    review
        The review of its changes against its baseline ToC.
    baseline
        The baseline ToC file the change request names (empty if unknown).
    warnings
        Located warnings about the change file (``check --strict`` fails on them).
    """

    source: str
    review: ChangeReview
    baseline: str = ""
    warnings: tuple[Diagnostic, ...] = ()
    """Located warnings about the file itself (``TOC509``: a change without rationale)."""

    def goals_lost(self) -> list[str]:
        """Goals potentially effective before the changes and not after them."""
        return self.review.goals_lost()

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of ``tocgraph change-request --format json``."""
        request, baseline = self.review.request, self.review.baseline
        illustrative = request.illustrative or baseline.illustrative
        return {"illustrative": illustrative, **self.review.to_dict(source=self.source)}


def review_change_file(
    path: str | Path,
    stdin: BinaryIO | None = None,
    *,
    root: str | Path | None = None,
    policy: str | Path | Policy | None = None,
) -> ReviewedChangeRequest:
    """Load a change request and the baseline it names, apply its changes, review them.

    Parameters
    ----------
    path
        The change-request file, or ``"-"`` for standard input (its ``toc:`` is
        then resolved from the current folder).
    stdin
        The stream read for ``-`` (default ``sys.stdin.buffer``).
    root
        The folder the baseline must be inside (default: the current folder;
        see :func:`tocgraph.load_change_request`).
    policy
        A policy file (``"-"``: standard input), or a loaded policy, whose
        ``triage`` rules decide whether the request needs a formal request to
        the subsidy office; see
        ``docs/change-requests.md``.

    Raises
    ------
    InvalidToCError
        With every located problem in the change file, its baseline, or a change
        that cannot be applied.

    Examples
    --------
    >>> reviewed = review_change_file("models/change-requests/worden-wie-je-bent-2025-1.yaml")
    >>> reviewed.goals_lost(), reviewed.to_dict()["toc_id"]
    ([], 'worden-wie-je-bent')
    """
    text, source = read_input(path, stdin)
    return review_change_text(text, source, root=root, policy=policy)


def review_change_text(
    text: str,
    source: str = "<string>",
    *,
    root: str | Path | None = None,
    policy: str | Path | Policy | None = None,
) -> ReviewedChangeRequest:
    """Like :func:`review_change_file`, for the text of a change request.

    ``source`` names it in diagnostics; its ``toc:`` is resolved from the folder
    of ``source`` (the current folder for a name such as ``<stdin>``), inside
    ``root``.

    Raises
    ------
    InvalidToCError
        As :func:`review_change_file`.
    """
    document = load_change_request(Path(source), text=text, root=root)
    if isinstance(policy, str | Path):
        policy_text, policy_source = read_input(policy)
        policy = parse_policy(policy_text, policy_source).policy
    review = review_change_request(
        document.baseline.toc,
        document.request,
        states=document.states,
        triage_rules=policy.triage if policy is not None else None,
    )
    return ReviewedChangeRequest(
        document.source, review, document.baseline.source, _unjustified(document)
    )


def _unjustified(document: ChangeDocument) -> tuple[Diagnostic, ...]:
    """A located ``TOC509`` for each change without a rationale.

    The evaluation asks alliances to justify every change in terms of the ToC;
    the report lists it as a finding too (``no_rationale``).
    """
    found = []
    for index, change in enumerate(document.request.changes):
        if not change.rationale:
            line, column = document.locate(("changes", index)) or (None, None)
            message = phrase("w.TOC509", change=index + 1, node=change_target(change))
            hint = phrase("h.TOC509")
            found.append(diagnostic("TOC509", message, hint, document.source, line, column))
    return tuple(found)


def change_request_markdown(
    reviewed: ReviewedChangeRequest | ChangeReview, lang: Lang = "en", *, diagram: bool = True
) -> str:
    """The justification document for the ministry, in Markdown.

    Parameters
    ----------
    reviewed
        From :func:`review_change_file`, or a review from
        :func:`tocgraph.review_change_request` (the footer then names the
        baseline instead of the change file).
    lang
        ``"en"`` or ``"nl"``.
    diagram
        Embed a Mermaid diagram of the ToC after the changes.

    Examples
    --------
    >>> reviewed = review_change_file("models/change-requests/worden-wie-je-bent-2025-1.yaml")
    >>> change_request_markdown(reviewed, "nl", diagram=False).splitlines()[0]
    '# Wijzigingsverzoek 2025-1'
    """
    from tocgraph.report.change_request import change_request_report

    lang = check_lang(lang)
    reviewed = _reviewed(reviewed)
    review = reviewed.review
    block = None
    if diagram:
        from tocgraph.rendering import mermaid_block

        block = mermaid_block(
            review.result, review.after, review.before, lang=lang, changed_by="change_request"
        )
    return change_request_report(review, lang, source=reviewed.source, diagram=block)


def change_request_html(
    reviewed: ReviewedChangeRequest | ChangeReview, lang: Lang = "en", *, diagram: bool = True
) -> str:
    """The justification document as one self-contained HTML page (see ``docs/html.md``).

    Parameters are as for :func:`change_request_markdown`; the diagram is the
    SVG of the ToC after the changes, with what changed marked, and is left
    out when no layout program is installed.

    Examples
    --------
    >>> reviewed = review_change_file("models/change-requests/politica-2025-1.yaml")
    >>> page = change_request_html(reviewed, "nl", diagram=False)
    >>> "<h1>Wijzigingsverzoek 2025-1</h1>" in page
    True
    """
    from tocgraph.report.change_request_html import change_request_page
    from tocgraph.version import __version__

    lang = check_lang(lang)
    reviewed = _reviewed(reviewed)
    review = reviewed.review
    svg = None
    if diagram:
        from tocgraph.rendering import RendererNotFoundError, draw

        try:
            svg = draw(
                review.result,
                review.after,
                review.before,
                lang=lang,
                changed_by="change_request",
            ).decode("utf-8")
        except RendererNotFoundError:
            svg = None
    return change_request_page(review, lang, source=reviewed.source, svg=svg, version=__version__)


def _reviewed(reviewed: object) -> ReviewedChangeRequest:
    """A report's input as a :class:`ReviewedChangeRequest`; misuse is a ``TypeError``."""
    if isinstance(reviewed, ChangeReview):
        return ReviewedChangeRequest("", reviewed)
    if not isinstance(reviewed, ReviewedChangeRequest):
        raise TypeError(
            "reviewed must come from tocgraph.review_change_file or "
            f"tocgraph.review_change_request, not {type(reviewed).__name__}"
        )
    return reviewed

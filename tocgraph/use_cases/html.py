"""The HTML report of a ToC: load, assess, lay out the diagram, enumerate cut sets, write a page."""

from __future__ import annotations

from pathlib import Path

from tocgraph.analysis.assessment import Assessment, assess, toc_argument
from tocgraph.analysis.cutsets import CUT_SET_LIMIT, minimal_cut_sets
from tocgraph.errors import Diagnostic
from tocgraph.i18n import Lang, check_lang
from tocgraph.schema.model import ToC
from tocgraph.use_cases.check import check_document
from tocgraph.use_cases.inputs import load_input
from tocgraph.use_cases.portfolio import CheckedPortfolio

__all__ = ["html_report", "html_report_file", "portfolio_html"]


def html_report(
    toc: ToC,
    lang: Lang = "en",
    *,
    diagram: bool = True,
    toc_file: str | None = None,
    warnings: tuple[Diagnostic, ...] | None = None,
    cut_set_limit: int = CUT_SET_LIMIT,
) -> str:
    """One self-contained HTML page for a ToC, with a live what-if (see ``docs/html.md``).

    Parameters
    ----------
    toc
        A valid ToC.
    lang
        ``"en"`` or ``"nl"``.
    diagram
        Embed the SVG diagram (as ``tocgraph render`` draws it). Without a
        layout program the page says there is none.
    toc_file
        The ToC's file name, which the change-request draft names as its
        baseline; by default ``<id>.yaml``.
    warnings
        Located warnings (from :func:`tocgraph.check_file`); by default the
        assessment's own.
    cut_set_limit
        Nodes with more minimal cut sets than this get no live margin.

    Returns
    -------
    str
        The page; the same text every time for the same input.

    Examples
    --------
    >>> import tocgraph
    >>> page = tocgraph.html_report(tocgraph.load("models/politica.yaml"), "nl", diagram=False)
    >>> '<html lang="nl">' in page, 'data-node-id="G1"' in page
    (True, True)
    """
    toc = toc_argument(toc)
    assessment = assess(toc)
    return _page(
        toc,
        assessment,
        assessment.warnings if warnings is None else warnings,
        check_lang(lang),
        diagram=diagram,
        toc_file=toc_file,
        cut_set_limit=cut_set_limit,
    )


def _page(
    toc: ToC,
    assessment: Assessment,
    warnings: tuple[Diagnostic, ...],
    lang: Lang,
    *,
    diagram: bool,
    toc_file: str | None,
    cut_set_limit: int = CUT_SET_LIMIT,
) -> str:
    """The page of an assessed ToC: the diagram, if asked and possible, and the cut sets."""
    from tocgraph.report.html import toc_page
    from tocgraph.version import __version__

    svg = None
    if diagram:
        from tocgraph.rendering import RendererNotFoundError, draw

        try:
            svg = draw(toc, assessment, format="svg", lang=lang).decode("utf-8")
        except RendererNotFoundError:
            svg = None
    return toc_page(
        toc,
        assessment,
        minimal_cut_sets(toc, cut_set_limit),
        warnings,
        lang,
        svg=svg,
        toc_file=toc_file,
        version=__version__,
    )


def html_report_file(path: str | Path, lang: Lang = "en", *, diagram: bool = True) -> str:
    """:func:`html_report` of a ToC file, with its warnings located in the file.

    ``path`` may be ``"-"`` (standard input). The file is read and assessed once.

    Raises
    ------
    InvalidToCError
        With every located problem when the file is not a valid ToC (``TOC008``
        when it is a change request or a policy file).
    """
    document = load_input(path)  # a file of another kind: TOC008
    checked = check_document(document)
    assert checked.assessment is not None  # check_document always assesses
    return _page(
        document.toc,
        checked.assessment,
        checked.warnings,
        check_lang(lang),
        diagram=diagram,
        toc_file=Path(checked.path).name,
    )


def portfolio_html(checked: CheckedPortfolio, lang: Lang = "en") -> str:
    """The portfolio report as one self-contained HTML page (see ``docs/html.md``).

    Examples
    --------
    >>> import tocgraph
    >>> page = tocgraph.portfolio_html(tocgraph.portfolio_folder("models"), "nl")
    >>> page.startswith('<!DOCTYPE html>\\n<html lang="nl">')
    True
    """
    from tocgraph.report.portfolio_html import portfolio_page
    from tocgraph.version import __version__

    if not isinstance(checked, CheckedPortfolio):
        raise TypeError(
            f"checked must come from tocgraph.portfolio_folder, not {type(checked).__name__}"
        )
    return portfolio_page(
        checked.portfolio, check_lang(lang), checked.findings, version=__version__
    )

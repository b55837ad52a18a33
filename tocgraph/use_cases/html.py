"""The HTML report of a ToC: load, assess, lay out the diagram, enumerate cut sets, write a page."""

from __future__ import annotations

from pathlib import Path

from tocgraph.analysis.assessment import assess, toc_argument
from tocgraph.analysis.cutsets import CUT_SET_LIMIT, minimal_cut_sets
from tocgraph.errors import Diagnostic, InvalidToCError
from tocgraph.i18n import Lang, check_lang
from tocgraph.schema.model import ToC
from tocgraph.use_cases.check import check_file
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
    from tocgraph.report.html import toc_page
    from tocgraph.version import __version__

    toc = toc_argument(toc)
    lang = check_lang(lang)
    assessment = assess(toc)
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
        assessment.warnings if warnings is None else warnings,
        lang,
        svg=svg,
        toc_file=toc_file,
        version=__version__,
    )


def html_report_file(path: str | Path, lang: Lang = "en", *, diagram: bool = True) -> str:
    """:func:`html_report` of a ToC file, with its warnings located in the file.

    Raises
    ------
    InvalidToCError
        With every located problem when the file is not a valid ToC.
    """
    checked = check_file(path)
    if checked.errors:
        raise InvalidToCError(checked.errors)
    if checked.document is None:
        found = "a change request" if checked.kind == "change-request" else "a policy file"
        raise InvalidToCError(
            [
                Diagnostic(
                    "TOC008",
                    f"this is {found}, not a ToC",
                    "give a ToC file (it starts with 'tocgraph: 1'); "
                    "a change request has its own report: tocgraph change-request --format html",
                    checked.path,
                    1,
                    1,
                )
            ]
        )
    return html_report(
        checked.document.toc,
        lang,
        diagram=diagram,
        toc_file=Path(checked.path).name,
        warnings=checked.warnings,
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

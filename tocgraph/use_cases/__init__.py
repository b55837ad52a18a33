"""Use cases: the one place where files (text, positions, diagnostics) meet analyses.

Below this layer, analyses take ToC states and never see a line number; above
it, :mod:`tocgraph.report` and :mod:`tocgraph.cli` only format what they are
given. The command line and library callers both use these functions.

Names are imported on first use, so that a command imports only the use case it runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tocgraph._lazy import lazy_exports

_EXPORTS: dict[str, str] = {
    "CheckedFile": "tocgraph.use_cases.check",
    "CheckedPortfolio": "tocgraph.use_cases.portfolio",
    "DocumentKind": "tocgraph.use_cases.check",
    "ReviewedChangeRequest": "tocgraph.use_cases.change",
    "STDIN": "tocgraph.use_cases.inputs",
    "change_request_html": "tocgraph.use_cases.change",
    "change_request_markdown": "tocgraph.use_cases.change",
    "check_document": "tocgraph.use_cases.check",
    "check_file": "tocgraph.use_cases.check",
    "check_paths": "tocgraph.use_cases.check",
    "check_source": "tocgraph.use_cases.check",
    "document_kind": "tocgraph.use_cases.check",
    "html_report": "tocgraph.use_cases.html",
    "html_report_file": "tocgraph.use_cases.html",
    "load_input": "tocgraph.use_cases.inputs",
    "portfolio_folder": "tocgraph.use_cases.portfolio",
    "portfolio_html": "tocgraph.use_cases.html",
    "read_input": "tocgraph.use_cases.inputs",
    "review_change_file": "tocgraph.use_cases.change",
    "review_change_text": "tocgraph.use_cases.change",
}

__all__ = [
    "STDIN",
    "CheckedFile",
    "CheckedPortfolio",
    "DocumentKind",
    "ReviewedChangeRequest",
    "change_request_html",
    "change_request_markdown",
    "check_document",
    "check_file",
    "check_paths",
    "check_source",
    "document_kind",
    "html_report",
    "html_report_file",
    "load_input",
    "portfolio_folder",
    "portfolio_html",
    "read_input",
    "review_change_file",
    "review_change_text",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


if TYPE_CHECKING:
    from tocgraph.use_cases.change import (
        ReviewedChangeRequest,
        change_request_html,
        change_request_markdown,
        review_change_file,
        review_change_text,
    )
    from tocgraph.use_cases.check import (
        CheckedFile,
        DocumentKind,
        check_document,
        check_file,
        check_paths,
        check_source,
        document_kind,
    )
    from tocgraph.use_cases.html import html_report, html_report_file, portfolio_html
    from tocgraph.use_cases.inputs import STDIN, load_input, read_input
    from tocgraph.use_cases.portfolio import CheckedPortfolio, portfolio_folder

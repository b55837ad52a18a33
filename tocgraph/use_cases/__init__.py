"""Use cases: the one place where files (text, positions, diagnostics) meet analyses.

Below this layer, analyses take ToC states and never see a line number; above
it, :mod:`tocgraph.report` and :mod:`tocgraph.cli` only format what they are
given. The command line and library callers both use these functions.
"""

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

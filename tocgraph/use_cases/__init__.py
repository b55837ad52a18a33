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
)
from tocgraph.use_cases.check import CheckedFile, check_document, check_file, check_paths
from tocgraph.use_cases.html import html_report, html_report_file, portfolio_html
from tocgraph.use_cases.portfolio import CheckedPortfolio, portfolio_folder

__all__ = [
    "CheckedFile",
    "CheckedPortfolio",
    "ReviewedChangeRequest",
    "change_request_html",
    "change_request_markdown",
    "check_document",
    "check_file",
    "check_paths",
    "html_report",
    "html_report_file",
    "portfolio_folder",
    "portfolio_html",
    "review_change_file",
]

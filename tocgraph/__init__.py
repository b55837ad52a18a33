"""tocgraph: Theory-of-Change graphs that answer "what if this activity stops?".

Load a ToC written in YAML, assess the support of every goal, and see what a
change does before anyone approves it.

Examples
--------
>>> import tocgraph
>>> toc = tocgraph.load("models/worden-wie-je-bent.yaml")
>>> result = tocgraph.assess(toc)
>>> result.nodes["G1"].verdict.value
'potentially_effective'

Names are imported on first use, so ``import tocgraph`` (and the command line)
starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tocgraph._lazy import lazy_exports

_EXPORTS: dict[str, str] = {
    "Activity": "tocgraph.schema",
    "Assessment": "tocgraph.analysis",
    "BudgetTotals": "tocgraph.analysis.budget",
    "Assumption": "tocgraph.schema",
    "AssumptionStatus": "tocgraph.schema",
    "CODES": "tocgraph.errors",
    "ChangeDocument": "tocgraph.loading",
    "ChangeMoney": "tocgraph.analysis.money",
    "ChangeReview": "tocgraph.analysis",
    "CheckedFile": "tocgraph.use_cases",
    "CheckedPortfolio": "tocgraph.use_cases",
    "Criticality": "tocgraph.analysis",
    "Diagnostic": "tocgraph.errors",
    "Diff": "tocgraph.analysis",
    "Document": "tocgraph.loading",
    "Goal": "tocgraph.schema",
    "Impact": "tocgraph.analysis",
    "Indicator": "tocgraph.schema.indicators",
    "InvalidToCError": "tocgraph.errors",
    "Kind": "tocgraph.schema",
    "LayoutError": "tocgraph.rendering",
    "Link": "tocgraph.schema",
    "Monitoring": "tocgraph.analysis.monitoring",
    "NodeAssessment": "tocgraph.analysis",
    "OptionError": "tocgraph.errors",
    "Outcome": "tocgraph.schema",
    "Output": "tocgraph.schema",
    "OutputError": "tocgraph.errors",
    "Policy": "tocgraph.schema.policy",
    "Portfolio": "tocgraph.analysis.portfolio",
    "RenderError": "tocgraph.rendering",
    "RendererNotFoundError": "tocgraph.rendering",
    "ReviewedChangeRequest": "tocgraph.use_cases",
    "ScenarioError": "tocgraph.errors",
    "Status": "tocgraph.schema",
    "Strategy": "tocgraph.schema",
    "Support": "tocgraph.analysis",
    "ToC": "tocgraph.schema",
    "TocGraphError": "tocgraph.errors",
    "Triage": "tocgraph.analysis.triage",
    "TriageRules": "tocgraph.schema.budget",
    "UnknownLanguageError": "tocgraph.i18n",
    "Verdict": "tocgraph.analysis",
    "__version__": "tocgraph.version",
    "assess": "tocgraph.analysis",
    "budget_totals": "tocgraph.analysis.budget",
    "change_request_html": "tocgraph.use_cases",
    "change_request_markdown": "tocgraph.use_cases",
    "check_file": "tocgraph.use_cases",
    "check_paths": "tocgraph.use_cases",
    "compare": "tocgraph.analysis",
    "criticality": "tocgraph.analysis",
    "csv_files": "tocgraph.report.workbook",
    "export_graph": "tocgraph.report.graph_export",
    "from_dict": "tocgraph.loading",
    "html_report": "tocgraph.use_cases",
    "html_report_file": "tocgraph.use_cases",
    "impact": "tocgraph.analysis",
    "load": "tocgraph.loading",
    "load_change_request": "tocgraph.loading",
    "load_document": "tocgraph.loading",
    "load_policy": "tocgraph.loading.policy",
    "load_workbook_toc": "tocgraph.loading.workbook",
    "loads": "tocgraph.loading",
    "loads_change_request": "tocgraph.loading",
    "mermaid_block": "tocgraph.rendering",
    "monitor": "tocgraph.analysis.monitoring",
    "portfolio": "tocgraph.analysis.portfolio",
    "portfolio_folder": "tocgraph.use_cases",
    "portfolio_html": "tocgraph.use_cases",
    "render": "tocgraph.rendering",
    "review_change_file": "tocgraph.use_cases",
    "review_change_request": "tocgraph.analysis",
    "to_dot": "tocgraph.rendering",
    "to_mermaid": "tocgraph.rendering",
    "to_networkx": "tocgraph.graph",
    "write_output": "tocgraph.output",
    "xlsx_bytes": "tocgraph.report.workbook",
}

__all__ = [
    "Activity",
    "Assessment",
    "Assumption",
    "AssumptionStatus",
    "BudgetTotals",
    "CODES",
    "ChangeDocument",
    "ChangeMoney",
    "ChangeReview",
    "CheckedFile",
    "CheckedPortfolio",
    "Criticality",
    "Diagnostic",
    "Diff",
    "Document",
    "Goal",
    "Impact",
    "Indicator",
    "InvalidToCError",
    "Kind",
    "LayoutError",
    "Link",
    "Monitoring",
    "NodeAssessment",
    "OptionError",
    "Outcome",
    "Output",
    "OutputError",
    "Policy",
    "Portfolio",
    "RenderError",
    "RendererNotFoundError",
    "ReviewedChangeRequest",
    "ScenarioError",
    "Status",
    "Strategy",
    "Support",
    "ToC",
    "TocGraphError",
    "Triage",
    "TriageRules",
    "UnknownLanguageError",
    "Verdict",
    "__version__",
    "assess",
    "budget_totals",
    "change_request_html",
    "change_request_markdown",
    "check_file",
    "check_paths",
    "compare",
    "criticality",
    "csv_files",
    "export_graph",
    "from_dict",
    "html_report",
    "html_report_file",
    "impact",
    "load",
    "load_change_request",
    "load_document",
    "load_policy",
    "load_workbook_toc",
    "loads",
    "loads_change_request",
    "mermaid_block",
    "monitor",
    "portfolio",
    "portfolio_folder",
    "portfolio_html",
    "render",
    "review_change_file",
    "review_change_request",
    "to_dot",
    "to_mermaid",
    "to_networkx",
    "write_output",
    "xlsx_bytes",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


if TYPE_CHECKING:
    from tocgraph.analysis import (
        Assessment,
        ChangeReview,
        Criticality,
        Diff,
        Impact,
        NodeAssessment,
        Support,
        Verdict,
        assess,
        compare,
        criticality,
        impact,
        review_change_request,
    )
    from tocgraph.analysis.budget import BudgetTotals, budget_totals
    from tocgraph.analysis.money import ChangeMoney
    from tocgraph.analysis.monitoring import Monitoring, monitor
    from tocgraph.analysis.portfolio import Portfolio, portfolio
    from tocgraph.analysis.triage import Triage
    from tocgraph.errors import (
        CODES,
        Diagnostic,
        InvalidToCError,
        OptionError,
        OutputError,
        ScenarioError,
        TocGraphError,
    )
    from tocgraph.graph import to_networkx
    from tocgraph.i18n import UnknownLanguageError
    from tocgraph.loading import (
        ChangeDocument,
        Document,
        from_dict,
        load,
        load_change_request,
        load_document,
        loads,
        loads_change_request,
    )
    from tocgraph.loading.policy import load_policy
    from tocgraph.loading.workbook import load_workbook_toc
    from tocgraph.output import write_output
    from tocgraph.rendering import (
        LayoutError,
        RendererNotFoundError,
        RenderError,
        mermaid_block,
        render,
        to_dot,
        to_mermaid,
    )
    from tocgraph.report.graph_export import export_graph
    from tocgraph.report.workbook import csv_files, xlsx_bytes
    from tocgraph.schema import (
        Activity,
        Assumption,
        AssumptionStatus,
        Goal,
        Kind,
        Link,
        Outcome,
        Output,
        Status,
        Strategy,
        ToC,
    )
    from tocgraph.schema.budget import TriageRules
    from tocgraph.schema.indicators import Indicator
    from tocgraph.schema.policy import Policy
    from tocgraph.use_cases import (
        CheckedFile,
        CheckedPortfolio,
        ReviewedChangeRequest,
        change_request_html,
        change_request_markdown,
        check_file,
        check_paths,
        html_report,
        html_report_file,
        portfolio_folder,
        portfolio_html,
        review_change_file,
    )
    from tocgraph.version import __version__

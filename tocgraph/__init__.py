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

import importlib
from typing import TYPE_CHECKING, Any


def _installed_version() -> str:
    """The version from the package metadata (pyproject.toml is the one source)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tocgraph")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


_EXPORTS: dict[str, str] = {
    "CODES": "tocgraph.errors",
    "ChangeReview": "tocgraph.analysis",
    "Criticality": "tocgraph.analysis",
    "Diff": "tocgraph.analysis",
    "Activity": "tocgraph.schema",
    "Assessment": "tocgraph.analysis",
    "Diagnostic": "tocgraph.errors",
    "Document": "tocgraph.loading",
    "Goal": "tocgraph.schema",
    "Impact": "tocgraph.analysis",
    "InvalidToCError": "tocgraph.errors",
    "Kind": "tocgraph.schema",
    "LayoutError": "tocgraph.rendering",
    "Link": "tocgraph.schema",
    "NodeAssessment": "tocgraph.analysis",
    "Outcome": "tocgraph.schema",
    "Policy": "tocgraph.schema.policy",
    "Portfolio": "tocgraph.analysis.portfolio",
    "RenderError": "tocgraph.rendering",
    "RendererNotFoundError": "tocgraph.rendering",
    "Output": "tocgraph.schema",
    "ScenarioError": "tocgraph.errors",
    "Status": "tocgraph.schema",
    "Strategy": "tocgraph.schema",
    "Support": "tocgraph.analysis",
    "ToC": "tocgraph.schema",
    "TocGraphError": "tocgraph.errors",
    "Verdict": "tocgraph.analysis",
    "assess": "tocgraph.analysis",
    "compare": "tocgraph.analysis",
    "criticality": "tocgraph.analysis",
    "load_change_request": "tocgraph.loading",
    "impact": "tocgraph.analysis",
    "load": "tocgraph.loading",
    "load_document": "tocgraph.loading",
    "load_policy": "tocgraph.loading.policy",
    "loads": "tocgraph.loading",
    "mermaid_block": "tocgraph.rendering",
    "portfolio": "tocgraph.analysis.portfolio",
    "render": "tocgraph.rendering",
    "review_change_request": "tocgraph.analysis",
    "to_dot": "tocgraph.rendering",
    "to_mermaid": "tocgraph.rendering",
    "to_networkx": "tocgraph.graph",
}

__all__ = [
    "Activity",
    "Assessment",
    "CODES",
    "ChangeReview",
    "Criticality",
    "Diagnostic",
    "Diff",
    "Document",
    "Goal",
    "Impact",
    "InvalidToCError",
    "Kind",
    "LayoutError",
    "Link",
    "NodeAssessment",
    "Outcome",
    "Output",
    "Policy",
    "Portfolio",
    "RenderError",
    "RendererNotFoundError",
    "ScenarioError",
    "Status",
    "Strategy",
    "Support",
    "ToC",
    "TocGraphError",
    "Verdict",
    "__version__",
    "assess",
    "compare",
    "criticality",
    "impact",
    "load",
    "load_change_request",
    "load_document",
    "load_policy",
    "loads",
    "mermaid_block",
    "portfolio",
    "render",
    "review_change_request",
    "to_dot",
    "to_mermaid",
    "to_networkx",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read on first use: importlib.metadata is slow to import
        globals()[name] = _installed_version()
        return globals()[name]
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tocgraph' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    __version__: str
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
    from tocgraph.analysis.portfolio import Portfolio, portfolio
    from tocgraph.errors import (
        CODES,
        Diagnostic,
        InvalidToCError,
        ScenarioError,
        TocGraphError,
    )
    from tocgraph.graph import to_networkx
    from tocgraph.loading import Document, load, load_change_request, load_document, loads
    from tocgraph.loading.policy import load_policy
    from tocgraph.rendering import (
        LayoutError,
        RendererNotFoundError,
        RenderError,
        mermaid_block,
        render,
        to_dot,
        to_mermaid,
    )
    from tocgraph.schema import (
        Activity,
        Goal,
        Kind,
        Link,
        Outcome,
        Output,
        Status,
        Strategy,
        ToC,
    )
    from tocgraph.schema.policy import Policy

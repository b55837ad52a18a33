"""Start-up: ``tocgraph check`` on one file imports only what checking needs.

Times are measured in ``benchmarks/startup.py``, never here; this test guards
the cheap part that can regress silently: a module-level import of a heavy
library on the path of ``check``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOT_FOR_CHECK = (
    "networkx",
    "scipy",
    "numpy",
    "graphviz",
    "openpyxl",
    "tocgraph.loading.yamlblock",  # the table reader, for large files: its patterns cost 70 ms
    "tocgraph.loading.fastcolumns",  # whole sections at once, for large files
    # this model's margins need no search or program: their modules' classes cost start-up
    "tocgraph.analysis.cut_programs",
    "tocgraph.analysis.hitting_sets",
    "tocgraph.analysis.presolve",
    "tocgraph.analysis.solver",
    "tocgraph.report.portfolio",
    "difflib",  # suggestions, for invalid files only
    "html",  # report.escape writes the five entities itself
)
NOT_FOR_TEXT = ("json",)
"""Also not imported by ``check`` without ``--json``."""


@pytest.mark.parametrize("options", [["--json"], []])
def test_check_does_not_import_graph_or_solver_libraries(options: list[str]) -> None:
    unwanted = NOT_FOR_CHECK if options else NOT_FOR_CHECK + NOT_FOR_TEXT
    code = (
        "import sys, contextlib, io\n"
        "from tocgraph.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['check', 'models/worden-wie-je-bent.yaml', *{options!r}])\n"
        f"print(code, sorted(set({unwanted!r}) & set(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.split()[0] == "0"
    assert out.strip().endswith("[]")

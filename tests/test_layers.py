"""Data flows one way: each layer imports only the layers below it.

    errors, hints, i18n, version -> schema -> loading -> graph -> analysis
    -> report, rendering -> use_cases -> cli

Imports under ``if TYPE_CHECKING:`` are for annotations only and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

LAYERS = {
    "errors": 0,
    "hints": 0,
    "version": 0,
    "i18n": 1,
    "schema": 2,
    "loading": 3,
    "graph": 4,
    "analysis": 5,
    "report": 6,
    "rendering": 6,
    "output": 6,
    "use_cases": 7,
    "cli": 8,
}
ALLOWED = {
    ("schema", "output"),  # jsonschema.py also writes the schema files (a maintainer's tool)
}
PACKAGE = ROOT / "tocgraph"
MODULES = sorted(
    p
    for p in PACKAGE.rglob("*.py")
    if p.relative_to(PACKAGE).parts[0] not in ("__init__.py", "__main__.py")
)


def _layer(module: str) -> str:
    return module.split(".")[1] if module.count(".") else module


def _imports(tree: ast.Module) -> list[str]:
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.append(child.module)
            elif isinstance(child, ast.Import):
                found.extend(alias.name for alias in child.names)
            visit(child)

    visit(tree)
    return [m for m in found if m == "tocgraph" or m.startswith("tocgraph.")]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_import_only_lower_layers(path: Path) -> None:
    relative = path.relative_to(PACKAGE)
    own = relative.parts[0].removesuffix(".py")
    for imported in _imports(ast.parse(path.read_text(encoding="utf-8"))):
        assert imported != "tocgraph", f"{relative} imports the package face"
        target = _layer(imported)
        rest = imported.removeprefix("tocgraph.")
        if target == own or (own, rest) in ALLOWED:
            continue
        assert LAYERS[target] < LAYERS[own], f"{relative} imports {imported}"

"""The import-layer contract: data flows one way through the package.

schema -> loading | graph -> analysis -> report | rendering -> workflows -> cli, with the
shared bottom (errors, hints, i18n, output) importable from everywhere and importing nothing
above it. The contract lives in ``pyproject.toml`` (``[tool.importlinter]``) and is checked by
import-linter; this test runs it, so a stray import fails the suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_layers_are_kept() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

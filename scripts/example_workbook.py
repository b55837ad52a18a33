"""Regenerate models/worden-wie-je-bent.xlsx, the example workbook, from its YAML model.

Run from anywhere::

    uv run python scripts/example_workbook.py   # rewrite the workbook

``tests/report/test_example_workbook.py`` checks that the file's cells are those
this script writes and that importing it gives the YAML model back.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tocgraph  # noqa: E402
from tocgraph.output import write_output  # noqa: E402
from tocgraph.report.workbook import xlsx_bytes  # noqa: E402

MODEL = ROOT / "models" / "worden-wie-je-bent.yaml"
WORKBOOK = MODEL.with_suffix(".xlsx")


def main() -> int:
    """Write the example workbook."""
    write_output(WORKBOOK, xlsx_bytes(tocgraph.load(MODEL)), inputs=[MODEL])
    print(f"wrote {WORKBOOK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

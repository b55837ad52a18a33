"""Regenerate docs/img/<model-id>.svg for every bundled model (and one scenario picture).

Run from anywhere::

    uv run python scripts/render_models.py           # rewrite the pictures
    uv run python scripts/render_models.py --check   # exit 1 if any picture is stale

graphviz-pure is preferred over a system ``dot`` here, because it writes the
same bytes on every platform: the pictures in the repository then do not depend
on who ran the script. Without it, the first layout program found is used.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tocgraph  # noqa: E402
from tocgraph.output import write_atomic  # noqa: E402
from tocgraph.rendering import render  # noqa: E402
from tocgraph.rendering.layout import find_renderer, graphviz_pure  # noqa: E402
from tocgraph.schema import ToC  # noqa: E402

IMAGES = ROOT / "docs" / "img"
SCENARIO = ("politica", "WO=MEN Dutch Gender Platform")
"""The model and partner of the scenario picture in docs/render.md."""


def pictures() -> list[tuple[Path, ToC, dict[str, Any]]]:
    """(target, ToC, render options) for every picture."""
    jobs: list[tuple[Path, ToC, dict[str, Any]]] = []
    for path in sorted((ROOT / "models").glob("*.yaml")):
        if path.name == "policy.yaml":  # another format
            continue
        toc = tocgraph.load(path)
        jobs.append((IMAGES / f"{toc.id}.svg", toc, {"group": "partner"}))
        if toc.id == SCENARIO[0]:
            options: dict[str, Any] = {"group": "partner", "partners": [SCENARIO[1]]}
            jobs.append((IMAGES / f"{toc.id}-scenario.svg", toc, options))
    return jobs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the pictures are current")
    args = parser.parse_args(argv)
    renderer = graphviz_pure() or find_renderer()
    if renderer is None:
        print("no layout program found: pip install graphviz-pure", file=sys.stderr)
        return 2
    stale = []
    for target, toc, options in pictures():
        started = time.perf_counter()
        svg = render(toc, "svg", renderer=renderer, **options)
        seconds = time.perf_counter() - started
        if args.check:
            if not target.exists() or target.read_bytes() != svg:
                stale.append(target)
            continue
        write_atomic(target, svg)
        name = target.relative_to(ROOT)
        print(f"{name}: {len(svg) / 1024:.0f} KiB in {seconds:.2f} s ({renderer.name})")
    for target in stale:
        print(f"stale: {target.relative_to(ROOT)}; run scripts/render_models.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the HTML report in headless Chromium: run by hand, not by the tests.

    uv run python benchmarks/html_page.py [--activities 300] [--no-diagram]

Builds the page of a heavily shared generated ToC (``benchmarks/generate.py``),
opens it from ``file://`` in Debian's Chromium through Playwright, and prints:
the time to build the page in Python; the time to open it (navigation until the
script has read the URL fragment, best of 5); and the time one toggle takes to
update every node, including the style and layout it forces (median and worst
of 40 clicks). The numbers in docs/performance.md come from this script.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import shared_toc  # noqa: E402

TOGGLE = """(id) => {
    const start = performance.now();
    document.querySelector(`[data-node-id="${id}"]`).click();
    document.body.offsetHeight;  // force style and layout, as a real update needs
    return performance.now() - start;
}"""


def main() -> None:
    from playwright.sync_api import sync_playwright

    import tocgraph

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=300)
    parser.add_argument("--no-diagram", action="store_true")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("no chromium on the PATH: apt-get install -y chromium")
    toc = shared_toc(args.activities)
    start = time.perf_counter()
    page_text = tocgraph.html_report(toc, diagram=not args.no_diagram)
    build = time.perf_counter() - start
    live = page_text.count('"cuts":') and _live_nodes(toc)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.html"
        path.write_text(page_text, encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium)
            opens = []
            for _ in range(5):
                page = browser.new_page()
                start = time.perf_counter()
                page.goto(path.as_uri())
                page.wait_for_selector("html[data-ready]")
                opens.append(time.perf_counter() - start)
                page.close()
            page = browser.new_page()
            page.goto(path.as_uri())
            page.wait_for_selector("html[data-ready]")
            movable = [a.id for a in toc.activities if a.status.value != "stopped"]
            toggles = [page.evaluate(TOGGLE, movable[i % len(movable)]) for i in range(40)]
            browser.close()
    nodes = len(toc.nodes())
    print(f"| ToC | {args.activities} activities, {nodes} nodes |")
    print("|---|---|")
    print(f"| page size | {len(page_text.encode()) / 1024:.0f} KiB |")
    print(f"| live margins | {live} |")
    print(
        f"| build the page (Python{', with diagram' if not args.no_diagram else ''}) | "
        f"{build * 1000:.0f} ms |"
    )
    print(f"| open the page (best of 5) | {min(opens) * 1000:.0f} ms |")
    print(
        f"| one toggle (median / worst of 40) | {statistics.median(toggles):.1f} ms / "
        f"{max(toggles):.1f} ms |"
    )


def _live_nodes(toc: object) -> str:
    from tocgraph.analysis.cutsets import minimal_cut_sets

    cuts = minimal_cut_sets(toc)  # type: ignore[arg-type]
    known = sum(c is not None for c in cuts.cut_sets.values())
    return f"{known} of {len(cuts.cut_sets)} goals, outcomes and outputs"


if __name__ == "__main__":
    main()

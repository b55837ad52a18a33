"""Benchmarks: run by hand (``uv run python benchmarks/run.py``), not by the tests.

Prints a Markdown table of timings (best of several runs) for start-up, check,
margins on heavily shared generated ToCs, and verdicts alone on very large ones.
The numbers recorded in docs/performance.md come from this script.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import shared_toc  # noqa: E402


def best_of(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def best_of_cpu(func: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU time (this process, all threads) of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        func()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - start_cpu)
    return min(walls), min(cpus)


def process_time(argv: list[str], repeat: int) -> float:
    def run() -> None:
        subprocess.run(argv, cwd=ROOT, check=False, capture_output=True)

    return best_of(run, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats, skip 100k")
    parser.add_argument("--margins", action="store_true", help="only the margins rows")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    exe = str(Path(sys.executable).parent / "tocgraph")
    rows: list[tuple[str, str]] = []

    if not args.margins:
        help_ms = process_time([exe, "--help"], repeat) * 1000
        rows.append(("`tocgraph --help` (process)", f"{help_ms:.0f} ms"))
        model = "models/worden-wie-je-bent.yaml"
        rows.append(
            (
                f"`tocgraph check {model}` (process)",
                f"{process_time([exe, 'check', model], repeat) * 1000:.0f} ms",
            )
        )
        rows.append(
            (
                "`tocgraph check models/` (process, 8 files)",
                f"{process_time([exe, 'check', 'models/'], repeat) * 1000:.0f} ms",
            )
        )

    import tocgraph
    from tocgraph.analysis.support import evaluate
    from tocgraph.graph import compile_structure

    for size in (100, 300, 1000):
        toc = shared_toc(size)
        result = tocgraph.assess(toc)
        margins = [n.margin for n in result.non_activities() if n.margin is not None]
        unproven = sum(1 for n in result.non_activities() if n.margin_bounds is not None)
        seconds, cpu = best_of_cpu(partial(tocgraph.assess, toc), 3 if size < 1000 else 2)
        rows.append(
            (
                f"assess (all margins), {size} activities, {len(toc.nodes())} nodes, "
                f"max margin {max(margins)}, median {statistics.median(margins):.0f}, "
                f"{unproven} not proven",
                f"{seconds * 1000:.0f} ms ({cpu * 1000:.0f} ms CPU)",
            )
        )

    big = () if args.margins else (10_000,) if args.quick else (10_000, 100_000)
    for size in big:
        toc = shared_toc(size)
        structure = compile_structure(toc)
        seconds = best_of(partial(evaluate, structure), 3)
        compile_s = best_of(partial(compile_structure, toc), 1)
        rows.append(
            (
                f"verdicts alone, {size:,} activities ({len(toc.nodes()):,} nodes)",
                f"{seconds * 1000:.0f} ms (+ {compile_s * 1000:.0f} ms to compile the graph)",
            )
        )

    print(
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{platform.system()}; best of {repeat} for processes.\n"
    )
    print("| benchmark | time |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()

"""Loading a very large ToC: time and peak memory, with and without the garbage collector.

Run by hand, never by the tests::

    uv run python benchmarks/load_big.py                   # 100,000 activities
    uv run python benchmarks/load_big.py --activities 20000 --repeat 1

Writes one seeded ToC (:func:`benchmarks.generate.shared_toc_data`: activities
feed outputs, two layers of outcomes and goals, about 150,000 nodes at 100,000
activities) to a temporary YAML file, then loads it in a fresh process per
variant and prints, for each variant:

- the time of ``tocgraph.load(path)`` (YAML, validation, graph rules) and of
  compiling the analysis structure (``compile_structure``), and the CPU time of
  both, from the run with the least CPU time of N (CPU time, and the speed-up
  computed from it, is what a busy machine disturbs least);
- the peak resident memory of that process (``ru_maxrss``), and with
  ``--tracemalloc`` the peak of Python allocations (slow; a separate run).

Variants: the default collector; ``gc.disable()`` during the load;
``gc.freeze()`` then ``gc.disable()`` during the load (collection re-enabled
afterwards, as a loader would); and a higher first-generation threshold.

Such a file is over the 5 MB file limit, so the benchmark passes a higher
limit (``tocgraph.load(path, max_bytes=...)``).
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import shared_toc_data  # noqa: E402

VARIANTS = {
    "default collector": "",
    "gc.disable() during load": "gc.disable()",
    "gc.freeze() + gc.disable() during load": "gc.freeze(); gc.disable()",
    "gc.set_threshold(100_000, 50, 100)": "gc.set_threshold(100_000, 50, 100)",
}

_CHILD = """
import gc, resource, sys, time
sys.path.insert(0, ROOT)
import tocgraph
from tocgraph.graph import compile_structure
TRACE = TRACE_FLAG
if TRACE:
    import tracemalloc
    tracemalloc.start()
SETUP
start, cpu = time.perf_counter(), time.process_time()
toc = tocgraph.load(PATH, max_bytes=LIMIT)
loaded = time.perf_counter()
structure = compile_structure(toc)
compiled, cpu = time.perf_counter(), time.process_time() - cpu
gc.enable(); gc.unfreeze(); gc.set_threshold(700, 10, 10)
peak = tracemalloc.get_traced_memory()[1] if TRACE else 0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(loaded - start, compiled - loaded, cpu, rss, peak)
"""


def run_variant(path: Path, setup: str, trace: bool) -> tuple[float, float, float, int, int]:
    """(load s, compile s, CPU s, peak RSS, tracemalloc peak) in a fresh process."""
    code = (
        _CHILD.replace("ROOT", repr(str(ROOT)))
        .replace("PATH", repr(str(path)))
        .replace("LIMIT", str(2 * path.stat().st_size))
        .replace("TRACE_FLAG", repr(trace))
        .replace("SETUP", setup)
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    load_s, compile_s, cpu_s, rss, peak = done.stdout.split()
    return float(load_s), float(compile_s), float(cpu_s), int(rss), int(peak)


def write(path: Path, activities: int) -> None:
    """Write the ToC of ``activities`` activities to ``path``; print its number of nodes."""
    data = shared_toc_data(activities)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False), encoding="utf-8")
    print(sum(len(data[key]) for key in ("goals", "outcomes", "outputs", "activities")))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per variant (best counts)")
    parser.add_argument("--tracemalloc", action="store_true", help="also the Python peak")
    parser.add_argument(
        "--default-only", action="store_true", help="only the default collector (the loader's)"
    )
    parser.add_argument("--write", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write:
        write(Path(args.write), args.activities)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.yaml"
        # written by another process: a child's peak RSS counts the memory of the
        # process that started it (Linux carries it over exec), so this one stays small
        done = subprocess.run(
            [sys.executable, __file__, "--write", str(path), "--activities", str(args.activities)],
            capture_output=True,
            text=True,
            check=True,
        )
        nodes = int(done.stdout)
        size = path.stat().st_size
        print(
            f"Python {platform.python_version()} on {platform.machine()}; "
            f"{args.activities:,} activities, {nodes:,} nodes, {size / 1e6:.1f} MB of YAML; "
            f"best of {args.repeat}.\n"
        )
        header = "| variant | load | compile | total (CPU) | speed-up | peak RSS |"
        if args.tracemalloc:
            header += " Python peak (tracemalloc) |"
        print(header)
        print("|---" * (header.count("|") - 1) + "|")
        baseline = None
        variants = list(VARIANTS.items())[: 1 if args.default_only else None]
        for name, setup in variants:
            runs = [run_variant(path, setup, False) for _ in range(args.repeat)]
            load_s, compile_s, cpu_s, rss, _ = min(runs, key=lambda r: r[2])
            baseline = baseline or cpu_s
            row = (
                f"| {name} | {load_s:.2f} s | {compile_s:.2f} s | {load_s + compile_s:.2f} s "
                f"({cpu_s:.2f} s) | {baseline / cpu_s:.2f}x | {rss / 2**20:.0f} MiB |"
            )
            if args.tracemalloc:
                peak = run_variant(path, setup, True)[4]
                row += f" {peak / 2**20:.0f} MiB |"
            print(row, flush=True)


if __name__ == "__main__":
    main()

"""Target 3 of issue 13: `critical`, `impact` and `render` against `check`, whole process.

Run by hand, never by the tests::

    uv run python benchmarks/commands.py                      # 100, 300, 1,000 activities
    uv run python benchmarks/commands.py --sizes 100 --repeat 5
    uv run python benchmarks/commands.py --files a.yaml b.yaml --core 1
    uv run python benchmarks/commands.py --sizes 500 1000 --seeds 1 2   # harder graphs

For each ToC (the seeded stress graphs of :mod:`benchmarks.generate`, one per
size and seed, written to a temporary folder, and any ``--files``) it runs, one process each and in
turn so that the machine's drift reaches all of them alike,

- ``tocgraph check TOC --json``,
- ``tocgraph critical TOC --json``,
- ``tocgraph impact TOC --stop A0 A1 A2 [--partner Org1] --json`` (the
  partner when the ToC has it; the activities that exist),
- ``tocgraph render TOC --format dot``,

and prints a Markdown table of the best CPU time of each (with the wall time
of that run) and its ratio to ``check --json``, marked against the targets:
``critical`` and ``impact`` within 2x, ``render`` within 1.2x. CPU time is
what a busy machine disturbs least; ``--core N`` pins every process to one
core with ``taskset``.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.generate import shared_toc_data  # noqa: E402

COMMANDS = ("check", "critical", "impact", "render")
TARGETS = {"critical": 2.0, "impact": 2.0, "render": 1.2}


@dataclass(frozen=True)
class Timing:
    """The best CPU seconds of a command on one ToC, and the wall seconds of that run."""

    cpu: float
    wall: float


def stress_name(size: int, seed: int) -> str:
    """The row name of a stress graph: its size, and its seed when it is not 1.

    >>> stress_name(1000, 1), stress_name(500, 2)
    ('1,000 activities', '500 activities, seed 2')
    """
    return f"{size:,} activities" + ("" if seed == 1 else f", seed {seed}")


def stress_files(folder: Path, sizes: Sequence[int], seeds: Sequence[int]) -> dict[str, Path]:
    """One stress graph per size and seed written to ``folder``, by row name."""
    files = {}
    for size in sizes:
        for seed in seeds:
            path = folder / f"stress-{size}-{seed}.yaml"
            data = shared_toc_data(size, seed)
            path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
            files[stress_name(size, seed)] = path
    return files


def arguments(command: str, toc: Path) -> list[str]:
    """The command line (after ``tocgraph``) of one command on ``toc``.

    Examples
    --------
    >>> arguments("render", Path("t.yaml"))
    ['render', 't.yaml', '--format', 'dot']
    """
    if command == "impact":
        data = yaml.safe_load(toc.read_text(encoding="utf-8"))
        activities = {a["id"]: a.get("partner") for a in data.get("activities", [])}
        stop = [a for a in ("A0", "A1", "A2") if a in activities] or list(activities)[:3]
        partner = ["--partner", "Org1"] if "Org1" in activities.values() else []
        return ["impact", str(toc), "--stop", *stop, *partner, "--json"]
    if command == "render":
        return ["render", str(toc), "--format", "dot"]
    return [command, str(toc), "--json"]


def run(argv: Sequence[str]) -> Timing:
    """CPU and wall seconds of one process (its output is thrown away)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: with the bytecode cache
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # 1: a goal is not potentially effective, still a result
        raise RuntimeError(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(cpu, wall)


def measure(toc: Path, repeat: int, prefix: Sequence[str]) -> dict[str, Timing]:
    """The best of ``repeat`` rounds of every command on ``toc``, in turn."""
    exe = str(Path(sys.executable).parent / "tocgraph")
    lines = {c: [*prefix, exe, *arguments(c, toc)] for c in COMMANDS}
    run(lines["check"])  # writes the bytecode cache, if needed
    best: dict[str, Timing] = {}
    for _ in range(repeat):
        for command, argv in lines.items():
            timing = run(argv)
            if command not in best or timing.cpu < best[command].cpu:
                best[command] = timing
    return best


def table(rows: dict[str, dict[str, Timing]]) -> str:
    """The Markdown table: best CPU (wall) per command, ratio to ``check``, target mark.

    Examples
    --------
    >>> t = {"check": Timing(1.0, 1.1), "critical": Timing(2.5, 2.5),
    ...      "impact": Timing(1.5, 1.6), "render": Timing(1.1, 1.2)}
    >>> for cell in table({"x": t}).splitlines()[2].split(" | ")[1:]:
    ...     print(cell)
    1.00 s (1.10)
    2.50 s (2.50), 2.50x (over)
    1.50 s (1.60), 1.50x
    1.10 s (1.20), 1.10x |
    """
    head = "| ToC | check --json | critical --json | impact | render --format dot |"
    lines = [head, "|---|---|---|---|---|"]
    for name, best in rows.items():
        base = best["check"].cpu
        cells = [f"{best['check'].cpu:.2f} s ({best['check'].wall:.2f})"]
        for command in COMMANDS[1:]:
            timing, ratio = best[command], best[command].cpu / base
            over = " (over)" if ratio > TARGETS[command] else ""
            cells.append(f"{timing.cpu:.2f} s ({timing.wall:.2f}), {ratio:.2f}x{over}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 300, 1000])
    parser.add_argument("--seeds", type=int, nargs="*", default=[1], help="generator seeds")
    parser.add_argument("--files", type=Path, nargs="*", default=[], help="more ToCs")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (the best counts)")
    parser.add_argument("--core", type=int, help="pin every process to this core (taskset)")
    args = parser.parse_args(argv)
    prefix = ["taskset", "-c", str(args.core)] if args.core is not None else []
    if prefix and shutil.which("taskset") is None:
        parser.error("--core needs taskset")
    folder = Path(tempfile.mkdtemp(prefix="tocgraph-commands-"))
    try:
        tocs = stress_files(folder, args.sizes, args.seeds)
        tocs.update({p.name: p.resolve() for p in args.files})
        rows = {}
        for name, path in tocs.items():
            rows[name] = measure(path, args.repeat, prefix)
            print(f"{name}: done", file=sys.stderr, flush=True)
        load = os.getloadavg()[0]
        print(f"CPU seconds, best of {args.repeat} (wall of that run); load average {load:.1f}\n")
        print(table(rows))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

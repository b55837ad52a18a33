"""Start-up of the command line: whole-process times and where the imports go.

Run by hand, never by the tests::

    uv run python benchmarks/startup.py              # best of 15
    uv run python benchmarks/startup.py --repeat 5

Prints four tables:

1. whole-process wall-clock time (best of N) and the CPU time of that run, for
   a bare interpreter, ``tocgraph --help`` and ``tocgraph check`` on one
   bundled model (the target of issue 13 is 200 ms for the latter), with
   Python's bytecode cache (as after any install) and without it (every module
   compiled from source on each start, which is what ``PYTHONDONTWRITEBYTECODE=1``
   gives in a checkout whose ``__pycache__`` folders were never written);
2. the CPU time of each phase of that ``check`` (interpreter, each import,
   load and assess, format) in one fresh process;
3. ``python -X importtime`` of that ``check``, summed by top-level package
   (self time, so nothing is counted twice; best of N per package);
4. which heavy libraries the ``check`` process imports at all.

CPU time is printed beside wall time because a busy machine stretches wall
time; on a quiet machine the two are close.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = "models/worden-wie-je-bent.yaml"
HEAVY = ("networkx", "scipy", "numpy", "highspy", "graphviz", "pydantic", "yaml", "openpyxl")
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")


_NO_CACHE = tempfile.mkdtemp(prefix="tocgraph-no-pycache-")


def environment(cache: bool) -> dict[str, str]:
    """The environment of a run with Python's bytecode cache, or with none at all."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if not cache:  # look for bytecode in an empty folder, and write none
        env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=_NO_CACHE)
    return env


def timed(argv: Sequence[str], cache: bool = True) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, check=True, capture_output=True, env=environment(cache))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best(argv: Sequence[str], repeat: int, cache: bool = True) -> tuple[float, float]:
    """The run with the least CPU time of ``repeat`` (wall, CPU of that run)."""
    timed(argv, cache)  # writes the bytecode cache, if it is used
    return min((timed(argv, cache) for _ in range(repeat)), key=lambda t: t[1])


def import_profile(argv: Sequence[str], repeat: int) -> dict[str, float]:
    """Self import time in seconds by top-level package, best of ``repeat`` runs."""
    found: dict[str, float] = {}
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", *argv],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
            env=environment(True),
        )
        totals: dict[str, float] = defaultdict(float)
        for line in done.stderr.splitlines():
            match = _LINE.match(line)
            if match:
                name = match.group(4)
                parts = name.split(".")
                key = ".".join(parts[:2]) if parts[0] == "tocgraph" else parts[0]
                totals[key] += int(match.group(1)) / 1e6
        for name, seconds in totals.items():
            found[name] = min(found.get(name, seconds), seconds)
    return found


_PHASES = """
import time
marks = [("interpreter start-up", time.process_time())]
def mark(name):
    marks.append((name, time.process_time()))
from pydantic import BaseModel
import yaml
mark("import pydantic (BaseModel) and PyYAML")
import tocgraph.schema
mark("import tocgraph.schema (model classes, built lazily)")
import tocgraph.loading
mark("import tocgraph.loading")
import tocgraph.analysis
mark("import tocgraph.analysis")
import tocgraph.use_cases, tocgraph.report.check, tocgraph.cli
mark("import use_cases, report, cli")
from tocgraph.use_cases import check_paths
results = check_paths([MODEL])
mark("load and assess the model")
from tocgraph.report.check import check_text
text = check_text(results[0], "en")
mark("format the report")
from tocgraph.schema.model import ToC
print(f"model classes built\t{ToC.__pydantic_complete__}")
previous = 0.0
for name, at in marks:
    print(f"{name}\t{(at - previous) * 1000:.1f}")
    previous = at
"""


def phases(model: str, repeat: int) -> tuple[dict[str, float], str]:
    """CPU milliseconds of each phase of a ``check``, in one fresh process (best of ``repeat``).

    Also whether the check compiled pydantic's validators of the ToC model.
    """
    found: dict[str, float] = {}
    built = "?"
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", _PHASES.replace("MODEL", repr(model))],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
            env=environment(True),
        )
        for line in done.stdout.splitlines():
            name, ms = line.split("\t")
            if name == "model classes built":
                built = ms
                continue
            found[name] = min(found.get(name, float(ms)), float(ms))
    return found, built


def loaded_heavy(argv: Sequence[str]) -> list[str]:
    """The heavy libraries that ``python -m tocgraph ARGV`` imports."""
    # main(), not the program: the program ends with os._exit, before this could print
    code = (
        "import sys, contextlib, io\nfrom tocgraph.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    main(sys.argv[1:])\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=environment(True),
    )
    return done.stderr.strip().splitlines()[-1].split() if done.stderr.strip() else []


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="runs per command (best counts)")
    parser.add_argument("--model", default=MODEL, help=f"the ToC to check (default {MODEL})")
    args = parser.parse_args(argv)
    exe = str(Path(sys.executable).parent / "tocgraph")
    commands = [
        ("`python -c pass`", [sys.executable, "-c", "pass"]),
        (
            "`python -c 'from pydantic import BaseModel; import yaml'`",
            [sys.executable, "-c", "from pydantic import BaseModel; import yaml"],
        ),
        ("`tocgraph --help`", [exe, "--help"]),
        (f"`tocgraph check {args.model}`", [exe, "check", args.model]),
        (f"`tocgraph check {args.model} --json`", [exe, "check", args.model, "--json"]),
    ]
    print(
        f"Python {platform.python_version()} on {platform.machine()}; "
        f"best of {args.repeat} by CPU time; ms, wall (CPU); load average "
        f"{os.getloadavg()[0]:.1f}.\n"
    )
    print("| command | with bytecode cache | without |\n|---|---|---|")
    for name, command in commands:
        wall, cpu = best(command, args.repeat)
        bare_wall, bare_cpu = best(command, max(3, args.repeat // 3), cache=False)
        print(
            f"| {name} | {wall * 1000:.0f} ({cpu * 1000:.0f}) "
            f"| {bare_wall * 1000:.0f} ({bare_cpu * 1000:.0f}) |"
        )

    print(f"\nCPU time of each phase of `check {args.model}` in one process (ms):\n")
    print("| phase | ms |\n|---|---|")
    steps, built = phases(args.model, args.repeat)
    for name, ms in steps.items():
        print(f"| {name} | {ms:.1f} |")
    print(f"| (sum of the best of each) | {sum(steps.values()):.1f} |")
    print(f"\npydantic's validators of the ToC model compiled during the check: {built}")

    profile = import_profile(["-m", "tocgraph", "check", args.model], max(3, args.repeat // 3))
    print(f"\n`-X importtime` of `check {args.model}`, self time by package (ms):\n")
    print("| package | ms |\n|---|---|")
    ranked = sorted(profile.items(), key=lambda item: -item[1])
    for name, seconds in ranked[:15]:
        print(f"| {name} | {seconds * 1000:.1f} |")
    print(f"| (all {len(profile)} packages) | {sum(profile.values()) * 1000:.1f} |")
    print(
        f"\nHeavy libraries imported by `check`: {', '.join(loaded_heavy(['check', args.model]))}"
    )
    print(f"Heavy libraries imported by `--help`: {', '.join(loaded_heavy(['--help'])) or 'none'}")


if __name__ == "__main__":
    main()

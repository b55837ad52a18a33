"""Time ``tocgraph check --json`` against SCRAM on the same fault trees; check they agree.

Run by hand, never by the tests::

    uv run python -m benchmarks.scram.run            # 24 generated trees, best of 3
    uv run python -m benchmarks.scram.run --quick    # 12 smaller trees, one run each
    uv run python -m benchmarks.scram.run --real     # also SCRAM's own coherent examples

For each tree both tools answer the same question from the command line, one
process per run: the order of the smallest minimal cut set of the top event,
and the cut sets of order one.

- SCRAM (``scram --bdd``, or ``--zbdd``/``--mocus``) is asked with
  ``--limit-order L`` for L = 1, 2, ... until it finds a product; that L is the
  minimum order, and the L = 1 run lists the order-one sets. Its time includes
  writing its XML report, which at the last L can hold many products (a
  gigabyte for one of the generated trees): that is how SCRAM answers. Asking for every
  cut set up to the default order 20 at once is not an option: it runs out of
  time on most trees of a few hundred gates (too many cut sets).
- tocgraph runs ``tocgraph check TREE.yaml --json`` on the converted ToC and
  reads the goal's ``margin`` and ``critical_activities``.

The two answers must agree on every tree (margin == minimum order, critical
activities == order-one sets); the script exits 1 if one does not.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.scram.convert import to_yaml
from benchmarks.scram.mef import SPECS, FaultTree, UnsupportedTreeError, generate, read_mef, to_mef

ROOT = Path(__file__).resolve().parents[2]
SCRAM_EXAMPLES = Path("/usr/share/scram/input")
REAL = (
    ("baobab1", ("Baobab/baobab1.xml", "Baobab/baobab1-basic-events.xml")),
    ("baobab2", ("Baobab/baobab2.xml", "Baobab/baobab2-basic-events.xml")),
    ("chinese", ("Chinese/chinese.xml", "Chinese/chinese-basic-events.xml")),
    ("bscu", ("BSCU/BSCU.xml",)),
    ("hipps", ("HIPPS/HIPPS.xml",)),
    ("lift", ("Lift/lift.xml",)),
    ("ne574", ("ne574/ne574.xml",)),
    ("smalltree", ("SmallTree/SmallTree.xml",)),
    ("theatre", ("Theatre/theatre.xml",)),
)


@dataclass(frozen=True)
class Answer:
    """Minimum cut set order and the order-one sets (as ToC ids)."""

    order: int | None
    singles: frozenset[str]


@dataclass(frozen=True)
class Timed:
    """An answer with its best wall-clock time and the CPU time of that run."""

    answer: Answer
    wall: float
    cpu: float


@dataclass(frozen=True)
class Case:
    name: str
    tree: FaultTree
    mef: tuple[Path, ...]
    toc: Path
    ids: dict[str, str]


# Time tocgraph as it runs when installed: with Python's bytecode cache. A
# development shell may set PYTHONDONTWRITEBYTECODE, and a checkout whose
# __pycache__ folders were never written then compiles every module on each
# start (about 0.45 s a process); pip and uv write the cache when they install.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(
    argv: Sequence[str], timeout: float
) -> tuple[subprocess.CompletedProcess[str], float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=_ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return done, wall, cpu


def scram_answer(case: Case, method: str, timeout: float, workdir: Path) -> Timed:
    """SCRAM's minimum order by raising ``--limit-order`` until a product appears."""
    wall = cpu = 0.0
    singles: frozenset[str] = frozenset()
    report = workdir / f"{case.name}.report.xml"
    for limit in range(1, 31):
        argv = ["scram", f"--{method}", "--limit-order", str(limit), *map(str, case.mef)]
        done, w, c = _run([*argv, "-o", str(report)], timeout)
        wall, cpu = wall + w, cpu + c
        if done.returncode != 0:
            raise RuntimeError(f"scram failed on {case.name}: {done.stderr.strip()[:300]}")
        count, products = _products(report, case.tree.top, read=limit == 1)
        report.unlink()
        if limit == 1:
            singles = frozenset(case.ids[p[0]] for p in products)
        if count:  # none of order limit - 1 or less, so the minimum order is limit
            return Timed(Answer(limit, singles), wall, cpu)
    return Timed(Answer(None, singles), wall, cpu)


def _products(report: Path, top: str, read: bool) -> tuple[int, list[tuple[str, ...]]]:
    """The number of products of ``top`` in a SCRAM report, and (if ``read``) the products.

    Streams the report: with a high order limit it can be gigabytes of XML.
    """
    found: list[tuple[str, ...]] = []
    count = None
    for event, element in ET.iterparse(report, events=("start", "end")):
        if element.tag == "sum-of-products" and element.attrib.get("name") == top:
            if event == "start":
                count = int(element.attrib.get("products", "0"))
                if not read or count == 0:
                    return count, found
            else:
                return count or 0, found
        elif event == "end" and element.tag == "product" and count is not None:
            found.append(tuple(e.attrib["name"] for e in element.iter("basic-event")))
            element.clear()
    raise RuntimeError(f"no result for {top} in {report}")


def tocgraph_answer(case: Case, timeout: float) -> Timed:
    """``tocgraph check TREE.yaml --json``: the goal's margin and critical activities."""
    done, wall, cpu = _run([_tocgraph(), "check", str(case.toc), "--json"], timeout)
    if done.returncode != 0:
        raise RuntimeError(f"tocgraph failed on {case.name}: {done.stderr.strip()[:300]}")
    goal = json.loads(done.stdout)["nodes"][case.ids[case.tree.top]]
    return Timed(Answer(goal["margin"], frozenset(goal["critical_activities"])), wall, cpu)


def _tocgraph() -> str:
    return str(Path(sys.executable).parent / "tocgraph")


def best(runs: list[Timed]) -> Timed:
    """The fastest run; every run must have given the same answer."""
    if len({r.answer for r in runs}) != 1:
        raise RuntimeError("answers differ between repeated runs")
    return min(runs, key=lambda r: r.wall)


def cases(workdir: Path, quick: bool, real: bool) -> list[Case]:
    """Write every tree as MEF and as a ToC under ``workdir``."""
    found: list[Case] = []
    specs = SPECS[:12] if quick else SPECS
    for spec in specs:
        tree = generate(spec)
        mef = workdir / f"{spec.name}.xml"
        mef.write_text(to_mef(tree), encoding="utf-8")
        found.append(_with_toc(spec.name, tree, (mef,), workdir))
    if real and SCRAM_EXAMPLES.is_dir():
        for name, files in REAL:
            paths = tuple(SCRAM_EXAMPLES / f for f in files)
            try:
                trees = read_mef(paths, name)
                if len(trees) != 1:
                    raise UnsupportedTreeError(f"{len(trees)} top events")
                found.append(_with_toc(name, trees[0], paths, workdir))
            except (UnsupportedTreeError, OSError, KeyError) as exc:
                print(f"skipped {name}: {exc}", file=sys.stderr)
    return found


def _with_toc(name: str, tree: FaultTree, mef: tuple[Path, ...], workdir: Path) -> Case:
    text, ids = to_yaml(tree)
    toc = workdir / "tocs" / f"{name}.yaml"
    toc.parent.mkdir(exist_ok=True)
    toc.write_text(text, encoding="utf-8")
    return Case(name, tree, mef, toc, ids)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="12 smaller trees, one run each")
    parser.add_argument("--repeat", type=int, help="runs per tool and tree (best counts)")
    parser.add_argument("--method", choices=("bdd", "zbdd", "mocus"), default="bdd")
    parser.add_argument("--real", action="store_true", help="also SCRAM's coherent examples")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per process")
    parser.add_argument("--keep", type=Path, help="write the trees and ToCs here and keep them")
    args = parser.parse_args(argv)
    if shutil.which("scram") is None:
        print("scram is not installed (Debian: apt-get install scram)", file=sys.stderr)
        return 2
    repeat = args.repeat or (1 if args.quick else 3)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="tocgraph-scram-"))
    workdir.mkdir(parents=True, exist_ok=True)
    rows, disagreements = [], 0
    totals = {"scram": [0.0, 0.0], "tocgraph": [0.0, 0.0]}
    generated = {"scram": [0.0, 0.0], "tocgraph": [0.0, 0.0]}  # the 24 (or 12) generated trees
    faster = {"scram": 0, "tocgraph": 0}  # trees on which each tool took less CPU
    trees = cases(workdir, args.quick, args.real)
    _run([_tocgraph(), "check", str(trees[0].toc), "--json"], args.timeout)  # write the cache
    for case in trees:
        scram = best(
            [scram_answer(case, args.method, args.timeout, workdir) for _ in range(repeat)]
        )
        toc = best([tocgraph_answer(case, args.timeout) for _ in range(repeat)])
        agree = scram.answer == toc.answer
        disagreements += not agree
        for tool, timed in (("scram", scram), ("tocgraph", toc)):
            totals[tool][0] += timed.wall
            totals[tool][1] += timed.cpu
            if case.name.startswith("ft"):
                generated[tool][0] += timed.wall
                generated[tool][1] += timed.cpu
        faster["scram" if scram.cpu < toc.cpu else "tocgraph"] += 1
        rows.append(
            f"| {case.name} | {len(case.tree.gates)} | {len(case.tree.events)} "
            f"| {scram.answer.order} | {len(scram.answer.singles)} "
            f"| {scram.wall * 1000:.0f} ({scram.cpu * 1000:.0f}) "
            f"| {toc.wall * 1000:.0f} ({toc.cpu * 1000:.0f}) | {'yes' if agree else 'NO'} |"
        )
        if not agree:
            print(f"{case.name}: scram {scram.answer} != tocgraph {toc.answer}", file=sys.stderr)
    folder = _run([_tocgraph(), "check", str(workdir / "tocs"), "--json"], args.timeout)
    print(
        f"Python {platform.python_version()} on {platform.machine()}; scram --{args.method}; "
        f"best of {repeat}; times in ms, wall (CPU).\n"
    )
    print("| tree | gates | basic events | min order | order-1 sets | scram | tocgraph | agree |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(
        f"| **total** | | | | | {totals['scram'][0] * 1000:.0f} ({totals['scram'][1] * 1000:.0f}) "
        f"| {totals['tocgraph'][0] * 1000:.0f} ({totals['tocgraph'][1] * 1000:.0f}) "
        f"| {len(rows) - disagreements}/{len(rows)} |"
    )
    print(
        f"| **generated trees** | | | | | {generated['scram'][0] * 1000:.0f} "
        f"({generated['scram'][1] * 1000:.0f}) | {generated['tocgraph'][0] * 1000:.0f} "
        f"({generated['tocgraph'][1] * 1000:.0f}) | |"
    )
    print(f"\nLess CPU on a tree: SCRAM on {faster['scram']}, tocgraph on {faster['tocgraph']}.")
    print(
        f"\n`tocgraph check` on all {len(rows)} ToCs in one process: "
        f"{folder[1] * 1000:.0f} ms ({folder[2] * 1000:.0f} ms CPU)."
    )
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())

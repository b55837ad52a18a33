"""HiGHS, the one integer-program solver: run silently and within a fixed amount of work.

Margins that the cheap methods of :mod:`tocgraph.analysis.margins` cannot settle
are 0/1 integer programs. This module and :mod:`~tocgraph.analysis.part_relaxations`
(linear relaxations re-solved from a basis) are the only ones that talk to HiGHS
(through ``highspy``, imported when a program is first solved, so that commands
which need no solver never pay for the import).

Two guarantees:

- **Silence.** HiGHS is told not to log, and file descriptor 1 is pointed at
  the null device while it runs, because parts of its C++ code write to the
  process's standard output directly (``critical --json`` once printed a
  ``HighsMipSolverData::...`` line before the JSON).
- **Bounded, deterministic work.** Every program gets at most
  :data:`NODE_LIMIT` branch-and-bound nodes and :data:`CHECK_LIMIT` interrupt
  checks, counts and not a clock, and HiGHS runs on one thread, so the same
  input gives the same answer on any machine. When a limit is hit the result
  says so and carries the proven bounds, never a guess.

Each program is first made smaller by :func:`~tocgraph.analysis.presolve.reduce_program`
(columns its forced columns fix, rows that can no longer bind), which keeps
its optimum; HiGHS then solves what is left.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from math import ceil, floor, isfinite
from typing import Any

from tocgraph.analysis.presolve import (
    as_matrix,
    original_ones,
    reduce_program,
    spread,
)

__all__ = [
    "CHECK_LIMIT",
    "MIP_COLUMNS",
    "NODE_LIMIT",
    "Row",
    "Solution",
    "highs_model",
    "quiet_stdout",
    "run_model",
    "solve_binary",
]

NODE_LIMIT = 2_000
"""Branch-and-bound nodes allowed to one integer program."""

CHECK_LIMIT = 800
"""Times HiGHS may ask "go on?" (it asks at fixed points of its search) before it is stopped.

HiGHS's own node limit does not bound the work at the root of the search tree,
where cutting planes can be added for minutes on a large program; counting its
interrupt checks bounds it, deterministically, but loosely: at the root HiGHS
asks about once per round of cutting planes, and one round of a large program
can take seconds. Past the root it asks at every node, and a node is cheap:
on the generated graphs, 800 checks rather than 400 proved 3 of the 8 margins
that 400 left as bounds and narrowed 4 of the other 5, in about the same time
on every graph but one, where `critical` took a sixth longer (see
docs/performance.md).
"""

MIP_COLUMNS = 1_500
"""Programs with more columns get only their linear relaxation (its optimum is a proven bound)."""

_OPTIONS: tuple[tuple[str, bool | float | str], ...] = (
    ("threads", 1),
    ("mip_allow_restart", False),
    ("mip_heuristic_run_rins", False),
    ("mip_heuristic_run_rens", False),
    ("mip_heuristic_run_root_reduced_cost", False),
)
"""Further HiGHS options, measured on the stress graphs (see docs/performance.md).

One thread: by default HiGHS starts a thread per core, and a program stopped
by the budget then ends with bounds that depend on the machine (on the stress
generator's 500-activity graph, seed 1, a goal's margin was proven to lie
between 211 and 367 on one core, between 244 and 338 on two). On one thread
the same input gives the same bytes everywhere; it is also how every number
in docs/performance.md was measured (pinned to one core).

Without restarts (HiGHS starts the root again after fixing columns) the goals
of the 1,000-activity stress graph take 24 s instead of 28 s of CPU, and one
more of them is proven within the budget. Without the sub-MIP heuristics
RINS and RENS and the root reduced-cost one, the integer programs of the
100-, 300- and 1,000-activity graphs take a sixth to a quarter less (HiGHS's
feasibility jump finds their optimum at once; what costs is the proof, which
those heuristics do not help), with the same answers.
"""

_TOLERANCE = 1e-6
_QUIET = threading.Lock()


@dataclass(frozen=True)
class Row:
    """One constraint ``low <= sum(values[i] * x[columns[i]]) <= high``."""

    columns: Sequence[int]
    values: Sequence[float]
    low: float
    high: float


@dataclass(frozen=True)
class Solution:
    """What HiGHS proved about an integer program with an integral objective.

    Attributes
    ----------
    feasible
        False when the program has no solution at all (then the other fields
        are meaningless).
    best
        The objective of the best solution found (``None`` if none was found).
    bound
        The proven bound on the optimum: a lower bound when minimising, an
        upper bound when maximising, already rounded to an integer.
    ones
        Columns equal to 1 in the best solution found.
    relaxed
        The optimal values of the linear relaxation, when only it was solved.
    """

    feasible: bool
    best: int | None
    bound: int
    ones: tuple[int, ...]
    relaxed: tuple[float, ...] = ()

    @property
    def optimal(self) -> bool:
        """True when the best solution found is proven optimal."""
        return self.best is not None and self.best == self.bound


@contextmanager
def quiet_stdout() -> Iterator[None]:
    """Send whatever C code writes to file descriptor 1 to the null device meanwhile.

    Python's own ``sys.stdout`` is flushed first so that nothing already
    printed is lost, and the C library's buffer is flushed before the
    descriptor is restored so that nothing the solver printed leaks out later.
    A lock keeps two threads from swapping the descriptor at the same time.
    """
    with _QUIET:
        try:
            sys.stdout.flush()
            saved = os.dup(1)
        except (OSError, ValueError, AttributeError):  # no usable descriptor 1
            yield
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 1)
            yield
        finally:
            _flush_c_stdout()
            os.dup2(saved, 1)
            os.close(saved)
            os.close(devnull)


def _flush_c_stdout() -> None:
    try:
        import ctypes

        ctypes.CDLL(None).fflush(None)
    except (OSError, AttributeError, TypeError):  # pragma: no cover - no C library to flush
        pass


def solve_binary(
    objective: Sequence[float],
    rows: Sequence[Row],
    fixed_one: Sequence[int] = (),
    *,
    maximise: bool = False,
    relaxation_only: bool = False,
    node_limit: int = NODE_LIMIT,
    check_limit: int = CHECK_LIMIT,
    cutoff: float | None = None,
) -> Solution:
    """Optimise an integral linear objective over 0/1 variables.

    Parameters
    ----------
    objective
        One integral coefficient per column.
    rows
        The constraints.
    fixed_one
        Columns forced to 1.
    maximise
        Maximise instead of minimise.
    relaxation_only
        Solve the linear relaxation only: ``bound`` is then its optimum
        rounded towards the integer side, and ``best`` is ``None``.
    node_limit
        Branch-and-bound nodes allowed.
    check_limit
        Interrupt checks allowed (see :data:`CHECK_LIMIT`).
    cutoff
        Look only for solutions better than this objective (HiGHS prunes
        against it from the start); when there is none the program is reported
        as having no solution.

    Returns
    -------
    Solution
    """
    import highspy
    import numpy as np

    reduced = reduce_program(
        np, objective, as_matrix(np, rows), fixed_one, integral=not relaxation_only
    )
    if not reduced.feasible:
        return Solution(False, None, 0, ())
    offset = round(reduced.offset)
    if not len(reduced.kept):  # propagation settled every column
        if cutoff is not None and (offset <= cutoff if maximise else offset >= cutoff):
            return Solution(False, None, 0, ())
        return Solution(
            True,
            None if relaxation_only else offset,
            offset,
            () if relaxation_only else original_ones(reduced, ()),
            spread(np, len(objective), reduced, ()) if relaxation_only else (),
        )
    with quiet_stdout():
        model = highs_model(
            highspy,
            np,
            reduced.objective,
            (reduced.starts, reduced.indices, reduced.values, reduced.low, reduced.high),
            np.zeros(len(reduced.kept)),
            maximise,
            relaxation_only,
        )
        model.setOptionValue("mip_max_nodes", node_limit)
        if cutoff is not None:
            model.setOptionValue("objective_bound", cutoff - offset)
        if not relaxation_only:
            calls = [0]

            def interrupt(kind: object, message: str, out: Any, into: Any, data: object) -> None:
                calls[0] += 1
                if calls[0] > check_limit:
                    into.user_interrupt = True

            model.setCallback(interrupt, None)
            model.startCallback(highspy.cb.HighsCallbackType.kCallbackMipInterrupt)
        run_model(highspy, model)
    status = model.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        return Solution(False, None, 0, ())
    info = model.getInfo()
    if relaxation_only:
        if status != highspy.HighsModelStatus.kOptimal:  # pragma: no cover - LPs solve
            raise RuntimeError(f"HiGHS failed on a linear program: {status}")
        value = info.objective_function_value + offset
        bound = floor(value + _TOLERANCE) if maximise else ceil(value - _TOLERANCE)
        relaxed = spread(np, len(objective), reduced, model.getSolution().col_value)
        return Solution(True, None, bound, (), relaxed)
    if status == highspy.HighsModelStatus.kOptimal:
        value = round(info.objective_function_value) + offset
        return Solution(True, value, value, original_ones(reduced, model.getSolution().col_value))
    if info.primal_solution_status == highspy.kSolutionStatusFeasible:
        best: int | None = round(info.objective_function_value) + offset
        found = original_ones(reduced, model.getSolution().col_value)
    else:
        best, found = None, ()
    dual = info.mip_dual_bound
    if not isfinite(dual):  # stopped before any bound was proven: the trivial one
        dual = float(reduced.objective.clip(min=0.0).sum()) if maximise else 0.0
    dual += offset
    bound = floor(dual + _TOLERANCE) if maximise else ceil(dual - _TOLERANCE)
    if best is not None:
        bound = max(bound, best) if maximise else min(bound, best)
    return Solution(True, best, bound, found)


def run_model(highspy: Any, model: Any) -> None:
    """Run a model made by :func:`highs_model` (call within :func:`quiet_stdout`).

    HiGHS keeps a pool of threads, started by the first run. If another user of
    HiGHS in this process started it with more than one thread, HiGHS refuses a
    model that asks for one; the pool is then started again with one thread
    (later runs of that other user share it; docs/library.md says so).

    Raises
    ------
    RuntimeError
        When HiGHS still refuses to run the model.
    """
    if model.run() != highspy.HighsStatus.kError:
        return
    if model.getModelStatus() == highspy.HighsModelStatus.kNotset:  # refused before starting
        # the name HiGHS 1.16's own error message gives; the older name where it is missing
        reset = getattr(highspy.Highs, "resetThreadScheduler", None)
        (reset or highspy.Highs.resetGlobalScheduler)(True)
        if model.run() != highspy.HighsStatus.kError:
            return
    raise RuntimeError(f"HiGHS failed to run a program: {model.getModelStatus()}")


def highs_model(
    highspy: Any,
    np: Any,
    objective: Any,
    rows: tuple[Any, Any, Any, Any, Any],
    lower: Any,
    maximise: bool,
    relaxation_only: bool,
) -> Any:
    """A silent HiGHS model of the program (call within :func:`quiet_stdout`).

    ``rows`` are compressed: starts, column indices, values, lower and upper
    row bounds; ``lower`` holds the columns' lower bounds (their upper ones are 1).
    """
    starts, indices, values, row_low, row_high = rows
    columns = len(objective)
    kind = highspy.HighsVarType.kContinuous if relaxation_only else highspy.HighsVarType.kInteger
    model = highspy.Highs()  # prints a banner first
    for option, value in (
        ("output_flag", False),
        ("log_to_console", False),
        ("mip_rel_gap", 0.0),
        ("mip_abs_gap", 1.0 - 1e-3),
        ("random_seed", 0),
        *_OPTIONS,
    ):
        model.setOptionValue(option, value)
    model.passModel(
        columns,
        len(row_low),
        len(indices),
        int(highspy.MatrixFormat.kRowwise),
        int(highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize),
        0.0,
        np.asarray(objective, dtype=np.float64),
        lower,
        np.ones(columns),
        row_low,
        row_high,
        starts,
        indices,
        values,
        np.full(columns, int(kind), dtype=np.int32),
    )
    return model

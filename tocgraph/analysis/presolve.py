"""Smaller 0/1 programs before HiGHS sees them: columns fixed by propagation, idle rows dropped.

A margin's program forces its node to fail, and that forces much more: a node
that needs every contributor to fall forces them all, and so on down. HiGHS
finds the same fixings in its presolve, but it spends time on every program
doing so (about a fifth of a goal's integer program on the stress graphs).
:func:`reduce_program` fixes those columns first, by propagating bounds
through the rows, and drops the rows that can no longer be violated, so HiGHS
gets only what is left.

The reduced program has the same optimum as the original (its fixed columns
add a constant ``offset`` to the objective): propagation only removes points
that violate a row. For an integer program it uses integrality (a column whose
0 leaves a row unsatisfiable must be 1); for a linear relaxation it fixes only
what holds for fractional values too (every column of a row that is satisfied
only at its extreme), so the relaxation's optimum is unchanged as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tocgraph.analysis.solver import Row

__all__ = [
    "Matrix",
    "Reduced",
    "as_matrix",
    "compressed",
    "original_ones",
    "reduce_program",
    "spread",
]

_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Matrix:
    """Rows ``low <= A x <= high`` as NumPy arrays, one entry per nonzero, sorted by row."""

    entry_row: Any
    entry_column: Any
    entry_value: Any
    low: Any
    high: Any


@dataclass(frozen=True)
class Reduced:
    """A program with its fixed columns and idle rows removed.

    Attributes
    ----------
    feasible
        False when propagation proved that no 0/1 point satisfies the rows.
    kept
        The original index of each column left (the reduced program's columns).
    ones
        Original columns fixed to 1.
    offset
        The objective of the fixed columns, to add to the reduced optimum.
    objective, starts, indices, values, low, high
        The reduced program, rows in compressed form (``starts`` has one
        entry more than there are rows).
    """

    feasible: bool
    kept: Any
    ones: Any
    offset: float
    objective: Any
    starts: Any
    indices: Any
    values: Any
    low: Any
    high: Any


def reduce_program(
    np: Any,
    objective: Sequence[float],
    matrix: Matrix,
    fixed_one: Sequence[int],
    *,
    integral: bool,
) -> Reduced:
    """Fix what the rows force once ``fixed_one`` are 1, and drop rows that cannot bind.

    Parameters
    ----------
    np
        The NumPy module (imported by the caller with HiGHS).
    objective
        One coefficient per column.
    matrix
        The rows.
    fixed_one
        Columns forced to 1.
    integral
        Whether the columns are integer (then integrality is used to fix
        columns); else only fixings valid for fractional values are made.

    Returns
    -------
    Reduced
    """
    columns = len(objective)
    rows, cols, vals = matrix.entry_row, matrix.entry_column, matrix.entry_value
    count = len(matrix.low)
    lower = np.zeros(columns)
    upper = np.ones(columns)
    lower[list(fixed_one)] = 1.0
    positive = vals > 0
    span = np.abs(vals)
    while True:
        low_part = np.where(positive, vals * lower[cols], vals * upper[cols])
        high_part = np.where(positive, vals * upper[cols], vals * lower[cols])
        row_min = np.bincount(rows, weights=low_part, minlength=count)
        row_max = np.bincount(rows, weights=high_part, minlength=count)
        if (row_min > matrix.high + _TOLERANCE).any() or (row_max < matrix.low - _TOLERANCE).any():
            return _infeasible(np)
        free = (lower < upper)[cols]
        if integral:  # leaving the entry at its other end would break the row
            at_max = free & (row_max[rows] - span < matrix.low[rows] - _TOLERANCE)
            at_min = free & (row_min[rows] + span > matrix.high[rows] + _TOLERANCE)
        else:  # the row holds only with every entry at that end
            at_max = free & (row_max[rows] < matrix.low[rows] + _TOLERANCE)
            at_min = free & (row_min[rows] > matrix.high[rows] - _TOLERANCE)
        if not (at_max.any() or at_min.any()):
            break
        one = np.concatenate((cols[at_max & positive], cols[at_min & ~positive]))
        zero = np.concatenate((cols[at_max & ~positive], cols[at_min & positive]))
        if np.intersect1d(one, zero).size or (upper[one] < 1).any() or (lower[zero] > 0).any():
            return _infeasible(np)
        lower[one] = 1.0
        upper[zero] = 0.0
    fixed = lower == upper
    keep_entry = ~fixed[cols]
    shift = np.bincount(
        rows[~keep_entry], weights=(vals * lower[cols])[~keep_entry], minlength=count
    )
    low, high = matrix.low - shift, matrix.high - shift
    # the rows' reach over the free columns alone
    reach_min = row_min - shift
    reach_max = row_max - shift
    keep_row = (reach_min < low - _TOLERANCE) | (reach_max > high + _TOLERANCE)
    keep_row &= np.bincount(rows[keep_entry], minlength=count) > 0
    entries = keep_entry & keep_row[rows]
    kept = np.flatnonzero(~fixed)
    new_column = np.cumsum(~fixed) - 1
    new_row = np.cumsum(keep_row) - 1
    entry_rows = new_row[rows[entries]]
    cost = np.asarray(objective, dtype=np.float64)
    return Reduced(
        True,
        kept,
        np.flatnonzero(fixed & (lower == 1.0)),
        float(cost[fixed].dot(lower[fixed])),
        cost[kept],
        np.searchsorted(entry_rows, np.arange(int(keep_row.sum()) + 1)).astype(np.int32),
        new_column[cols[entries]].astype(np.int32),
        vals[entries].astype(np.float64),
        low[keep_row],
        high[keep_row],
    )


def _infeasible(np: Any) -> Reduced:
    empty = np.zeros(0)
    return Reduced(
        False, empty, empty, 0.0, empty, np.zeros(1, dtype=np.int32), empty, empty, empty, empty
    )


def as_matrix(np: Any, rows: Sequence[Row]) -> Matrix:
    """The rows as NumPy arrays (see :class:`Matrix`)."""
    lengths = np.fromiter((len(row.columns) for row in rows), dtype=np.int64, count=len(rows))
    return Matrix(
        np.repeat(np.arange(len(rows), dtype=np.int64), lengths),
        np.fromiter(chain.from_iterable(row.columns for row in rows), dtype=np.int64),
        np.fromiter(chain.from_iterable(row.values for row in rows), dtype=np.float64),
        np.fromiter((row.low for row in rows), dtype=np.float64, count=len(rows)),
        np.fromiter((row.high for row in rows), dtype=np.float64, count=len(rows)),
    )


def compressed(np: Any, matrix: Matrix) -> tuple[Any, Any, Any, Any, Any]:
    """The rows of ``matrix`` as HiGHS's ``passModel`` takes them (rows in compressed form)."""
    starts = np.searchsorted(matrix.entry_row, np.arange(len(matrix.low) + 1)).astype(np.int32)
    return (
        starts,
        matrix.entry_column.astype(np.int32),
        matrix.entry_value,
        matrix.low,
        matrix.high,
    )


def spread(np: Any, columns: int, reduced: Reduced, values: Sequence[float]) -> tuple[float, ...]:
    """A reduced program's column values spread back over all columns (fixed ones are 1)."""
    full = np.zeros(columns)
    full[reduced.ones] = 1.0
    full[reduced.kept] = values
    return tuple(full.tolist())


def original_ones(reduced: Reduced, values: Sequence[float]) -> tuple[int, ...]:
    """Original columns equal to 1 at the reduced program's point ``values``, sorted."""
    found = (int(reduced.kept[i]) for i, v in enumerate(values) if v > 0.5)
    return tuple(sorted((*(int(c) for c in reduced.ones), *found)))

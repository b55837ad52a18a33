"""Lazy re-exports for packages: a name is imported from its module when first used.

Keeps ``import tocgraph`` and the CLI's start-up fast (PEP 562).
"""

from __future__ import annotations

import _thread  # threading's own lock, without importing threading at start-up
import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]

_IMPORTING = _thread.RLock()
"""One lazy import at a time: two threads that each import one side of a circular
import deadlock (Python raises ``_DeadlockError`` in one of them)."""


def lazy_exports(
    package: str, exports: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose names live in ``exports``.

    Examples
    --------
    >>> space = {"__all__": ["sqrt"]}
    >>> get, listing = lazy_exports("demo", {"sqrt": "math"}, space)
    >>> get("sqrt")(4.0), "sqrt" in space, listing()
    (2.0, True, ['__all__', 'sqrt'])
    """

    def get(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        with _IMPORTING:
            value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def listing() -> list[str]:
        return sorted({*namespace, *namespace["__all__"]})

    return get, listing

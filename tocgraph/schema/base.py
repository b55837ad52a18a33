"""What every model of the formats shares: a frozen, closed base and data paths.

A :data:`DataPath` names a place in a document's data (``("activities", 3,
"title")``); a :class:`Locator` turns one into a 1-based (line, column) in the
file it came from. Models and rules speak in data paths only, so they never
depend on how a document was read.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Protocol, TypeVar

from pydantic import BaseModel, ConfigDict

__all__ = ["NO_LOCATOR", "DataPath", "Locator", "Model", "Place", "freeze"]

DataPath = tuple[str | int, ...]
"""Keys and list indexes from the top of a document to a value."""

Place = tuple[int, int]
"""A 1-based (line, column)."""

K = TypeVar("K")
V = TypeVar("V")


class Locator(Protocol):
    """Where data paths are in a file (a :class:`~tocgraph.loading.yamlsource.Positions`)."""

    def value(self, path: DataPath) -> Place | None:
        """Where the value at ``path`` (or its nearest parent) starts."""

    def key(self, path: DataPath) -> Place | None:
        """Where the key naming ``path`` starts, else where its value is."""


class _Nowhere:
    """A locator for data that came from no file: every place is unknown."""

    def value(self, path: DataPath) -> Place | None:
        return None

    def key(self, path: DataPath) -> Place | None:
        return None


NO_LOCATOR: Locator = _Nowhere()


class Model(BaseModel):
    """Base of every format model: unknown keys are errors, instances are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def freeze(mapping: Mapping[K, V]) -> Mapping[K, V]:
    """A read-only view of a copy of ``mapping``.

    Examples
    --------
    >>> frozen = freeze({"G1": (3, 5)})
    >>> frozen["G1"]
    (3, 5)
    >>> frozen["G2"] = (1, 1)
    Traceback (most recent call last):
    TypeError: 'mappingproxy' object does not support item assignment
    """
    return MappingProxyType(dict(mapping))

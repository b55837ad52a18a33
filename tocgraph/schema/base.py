"""What every model of the formats shares: a frozen, closed base and data paths.

A :data:`DataPath` names a place in a document's data (``("activities", 3,
"title")``); a :class:`Locator` turns one into a 1-based (line, column) in the
file it came from. Models and rules speak in data paths only, so they never
depend on how a document was read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Annotated, Any, Protocol, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer
from pydantic_core import PydanticCustomError

__all__ = [
    "NO_LOCATOR",
    "DataPath",
    "FrozenData",
    "FrozenDict",
    "Locator",
    "Model",
    "NonEmptyFrozenData",
    "Place",
    "UnicodeText",
    "deep_freeze",
    "freeze",
    "thaw",
]

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

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class FrozenDict(Mapping[K, V]):
    """A read-only mapping that pickles, deep-copies and, with hashable values, hashes.

    Results hold their mappings in these, so that a ToC or an assessment can go
    to another process, into a cache or into a set.

    Examples
    --------
    >>> import pickle
    >>> frozen = FrozenDict({"G1": (3, 5)})
    >>> frozen["G1"], pickle.loads(pickle.dumps(frozen)) == frozen, hash(frozen) == hash(
    ...     FrozenDict({"G1": (3, 5)}))
    ((3, 5), True, True)
    >>> frozen["G2"] = (1, 1)
    Traceback (most recent call last):
    TypeError: 'FrozenDict' object does not support item assignment
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[K, V] | None = None) -> None:
        self._data: dict[K, V] = dict(data or {})

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __eq__(self, other: object) -> bool:
        return dict(self._data) == dict(other) if isinstance(other, Mapping) else NotImplemented

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __reduce__(self) -> tuple[type[FrozenDict[K, V]], tuple[dict[K, V]]]:
        return (FrozenDict, (self._data,))


def freeze(mapping: Mapping[K, V]) -> Mapping[K, V]:
    """A read-only copy of ``mapping`` (a :class:`FrozenDict`).

    Examples
    --------
    >>> frozen = freeze({"G1": (3, 5)})
    >>> frozen["G1"]
    (3, 5)
    >>> frozen["G2"] = (1, 1)
    Traceback (most recent call last):
    TypeError: 'FrozenDict' object does not support item assignment
    """
    return FrozenDict(mapping)


def deep_freeze(value: Any) -> Any:
    """Plain data made read-only all the way down: mappings as views, lists as tuples.

    Examples
    --------
    >>> deep_freeze({"contributes_to": ["O1", {"to": "O2"}]})["contributes_to"][1]["to"]
    'O2'
    """
    if isinstance(value, Mapping):
        return FrozenDict({key: deep_freeze(item) for key, item in value.items()})
    if isinstance(value, list | tuple):
        return tuple(deep_freeze(item) for item in value)
    return value


def thaw(value: Any) -> Any:
    """The plain data (dicts and lists) that :func:`deep_freeze` froze.

    Examples
    --------
    >>> thaw(deep_freeze({"a": [1, {"b": 2}]}))
    {'a': [1, {'b': 2}]}
    """
    if isinstance(value, Mapping):
        return {key: thaw(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [thaw(item) for item in value]
    return value


FrozenData = Annotated[
    Mapping[str, Any],
    AfterValidator(deep_freeze),
    PlainSerializer(thaw, return_type=dict[str, Any]),
]
NonEmptyFrozenData = Annotated[
    Mapping[str, Any],
    Field(min_length=1),
    AfterValidator(deep_freeze),
    PlainSerializer(thaw, return_type=dict[str, Any]),
]
"""A mapping of plain data in a frozen model: read-only inside, a dict when dumped."""


def _unicode(text: str) -> str:
    """``text`` if it can be written as UTF-8 (no lone surrogate), else a validation error."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise PydanticCustomError(
            "string_unicode", "Input should be a valid string, not one with a lone surrogate"
        ) from None
    return text


UnicodeText = Annotated[str, AfterValidator(_unicode)]
"""Free text kept as written, refused when it could not be written out (a lone surrogate).

pydantic already refuses one in a constrained string (titles and names, which
it must read to strip and measure); a plain ``str`` field (``description``,
``note``) is passed through as it is, and would accept what no report could print.
"""

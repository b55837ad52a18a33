"""Safe YAML reading that keeps line and column for every key and value.

PyYAML quietly keeps the last of two duplicate keys and expands aliases, which
lets a few lines grow into gigabytes. This module walks the parser's event
stream itself, so it can refuse duplicate keys, anchors, aliases, merge keys and
unknown tags with a location, and build plain Python data (dicts, lists,
scalars) together with a :class:`Positions` map from data paths to places in the
file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from tocgraph.errors import MAX_ERRORS, Diagnostic, Phrase, flood_summary, phrase
from tocgraph.hints import type_phrase
from tocgraph.i18n import diagnostic
from tocgraph.loading.text import (
    MAX_BYTES,
    Located,
    byte_limit,
    decode,
    line_col,
    size_limit,
    too_large,
)
from tocgraph.loading.yamlerrors import syntax_error
from tocgraph.loading.yamllight import (
    NUMBERS,
    YAML11_NUMBER,
    UnplacedError,
    light_mapping,
    light_sequence,
)
from tocgraph.schema.base import DataPath, Place

__all__ = [
    "MAX_BYTES",
    "Located",
    "Positions",
    "byte_limit",
    "decode",
    "line_col",
    "nearest",
    "parse_yaml",
    "size_limit",
    "too_large",
]

MAX_DEPTH = 64

TABLE_FROM = 256 * 1024
"""Texts this long or longer (in characters) are first given to the table reader."""

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_SHARED = 64  # texts up to this long (keys, ids, statuses) are read into one object each
_ALLOWED_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


@dataclass
class Positions:
    """1-based (line, column) of every value and mapping key, by data path.

    Examples
    --------
    >>> data, pos, problems = parse_yaml("a:\\n  b: [1, 2]\\n", "f.yaml")
    >>> pos.value(("a", "b", 1)), pos.key(("a", "b"))
    ((2, 10), (2, 3))
    """

    values: dict[DataPath, Place] = field(default_factory=dict)
    keys: dict[DataPath, Place] = field(default_factory=dict)

    def value(self, path: DataPath) -> Place | None:
        """Where the value at ``path`` starts, or where its nearest parent starts."""
        return nearest(self.values, path)

    def key(self, path: DataPath) -> Place | None:
        """Where the key naming ``path`` starts, else where the value is."""
        return self.keys.get(path) or self.value(path)


def nearest(places: Mapping[DataPath, Place], path: DataPath) -> Place | None:
    """The place of ``path``, or of its nearest parent that has one."""
    for end in range(len(path), -1, -1):
        found = places.get(path[:end])
        if found is not None:
            return found
    return None


class _Walker:
    """Builds plain data from YAML events, recording positions and problems."""

    def __init__(self, loader: Any, source: str, depth: int) -> None:
        self.peek = loader.peek_event  # the parser's own methods: no Python in between
        self.next = loader.get_event
        self.source = source
        self.loader = loader
        self.constructor = yaml.constructor.SafeConstructor()
        self.positions = Positions()
        self.problems: list[Diagnostic] = []
        self.placed = depth  # positions are kept for data paths up to this long
        # the path of everything deeper than that: nothing is placed there, so no
        # path needs building (duplicate keys there make the caller read it all again)
        self.deep: DataPath = ("?",) * (depth + 1) if depth < MAX_DEPTH else ()
        resolvers = loader.yaml_implicit_resolvers
        wildcard = resolvers.get(None, [])
        # PyYAML's implicit resolvers by first character, as its resolve() reads them
        self.wildcard: list[Any] = wildcard
        self.table: dict[str, list[Any]] | None = {
            first: [*found, *wildcard] for first, found in resolvers.items() if first is not None
        }
        if loader.yaml_path_resolvers:  # pragma: no cover - a safe loader has none
            self.table = None
        self.plain: dict[str, str] = {}  # the tag of each plain scalar seen
        self.texts: dict[str, str] = {}  # one object for each short text (ids, keys) seen
        self.values: dict[str, Any] = {}  # the value of each short plain scalar seen (light walk)
        self.keys: dict[str, str] = {}  # short plain texts that are texts (light walk)
        self.years = -1  # the depth of the budget_eur mapping being read, whose keys are years

    def problem(self, code: str, mark: Any, message: Phrase, hint: Phrase | None = None) -> None:
        if len(self.problems) >= MAX_ERRORS:  # a flood: stop here and say so (only the
            # rest of the text's syntax errors are still looked for, by the parser alone)
            where = (mark.line + 1, mark.column + 1)
            self.problems.append(flood_summary(self.source, None, *where))
            raise _AbortError
        self.problems.append(
            diagnostic(code, message, hint, self.source, mark.line + 1, mark.column + 1)
        )

    def _check_node_event(self, event: Any) -> None:
        if event.anchor is not None:
            self.problem(
                "TOC006",
                event.start_mark,
                phrase("d.TOC006.anchor", anchor=event.anchor),
                phrase("dh.TOC006.anchor"),
            )
        tag = event.tag
        if tag is not None and tag != "!" and tag not in _ALLOWED_TAGS:
            self.problem(
                "TOC007",
                event.start_mark,
                phrase("d.TOC007", tag=tag),
                phrase("dh.TOC007"),
            )

    def value(self, path: DataPath, depth: int) -> Any:
        event = self.next()
        mark = event.start_mark
        if len(path) <= self.placed:
            self.positions.values[path] = (mark.line + 1, mark.column + 1)
        if isinstance(event, yaml.AliasEvent):
            self.problem(
                "TOC006",
                mark,
                phrase("d.TOC006.alias", anchor=event.anchor),
                phrase("dh.TOC006.alias"),
            )
            return None
        if depth > MAX_DEPTH:
            self.problem("TOC004", mark, phrase("d.TOC004.depth", depth=MAX_DEPTH))
            raise _AbortError
        if event.anchor is not None or (event.tag is not None and event.tag != "!"):
            self._check_node_event(event)
        kind = type(event)
        if kind is yaml.ScalarEvent:
            return self.scalar(event)
        placed = len(path) < self.placed
        if not placed:  # nothing below is placed: the light walk (gives up at any doubt)
            if kind is yaml.MappingStartEvent:
                return light_mapping(self, depth, depth == self.years)
            if kind is yaml.SequenceStartEvent:
                return light_sequence(self, depth)
        if kind is yaml.SequenceStartEvent:
            items: list[Any] = []
            while type(self.peek()) is not yaml.SequenceEndEvent:
                item_path = (*path, len(items)) if placed else self.deep
                items.append(self.value(item_path, depth + 1))
            self.next()
            return items
        if kind is yaml.MappingStartEvent:
            return self.mapping(path, depth)
        raise _AbortError  # pragma: no cover - the parser guarantees a node event here

    def duplicate(self, key: str, mark: Any, first: Place, first_key: str | None) -> bool:
        """Report a duplicate key; True when it looks like a list item missing its ``- ``.

        A mapping whose first key comes back (``id`` again, at the same indentation)
        is almost always a new list item written without its dash: one error with
        that hint, instead of one "remove one of the two" per repeated key.
        """
        if key == first_key:
            self.problem(
                "TOC005",
                mark,
                phrase("d.TOC005.item", key=key),
                phrase("dh.TOC005.item", key=key, line=first[0]),
            )
            return True
        self.problem(
            "TOC005",
            mark,
            phrase("d.TOC005", key=key),
            phrase("dh.TOC005", line=first[0]),
        )
        return False

    def mapping(self, path: DataPath, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_key: str | None = None
        restarted = False
        placed = len(path) < self.placed
        plain_keys = depth < MAX_DEPTH  # keys deeper than that stop the walk in value()
        while True:
            key_event = self.peek()
            kind = type(key_event)
            if kind is yaml.MappingEndEvent:
                break
            key_mark = key_event.start_mark
            if (
                plain_keys
                and kind is yaml.ScalarEvent
                and key_event.tag is None
                and key_event.anchor is None
                and key_event.value != "<<"
            ):  # the common case, as value() would read it
                self.next()
                if placed:
                    place = (key_mark.line + 1, key_mark.column + 1)
                    self.positions.values[(*path, "?key")] = place
                key = self.scalar(key_event)
            else:
                key = self._key(key_event, path, depth)
                if key is _MERGED:
                    continue
            if isinstance(key, int) and depth == self.years:
                key = str(key)  # a budget's years: {2023: 60000}
            if not isinstance(key, str):
                self.problem(
                    "TOC102",
                    key_mark,
                    phrase("d.TOC102.key", type=type_phrase(key), key=repr(key)),
                    phrase("dh.TOC102.key"),
                )
                key = str(key)
            child = (*path, key) if placed else self.deep
            if key in result:
                if not placed:  # a problem: the caller reads the text again, placing everything
                    raise UnplacedError
                if key == first_key or not restarted:
                    restarted = self.duplicate(key, key_mark, self.positions.keys[child], first_key)
                self.value((*path, "?dup"), depth + 1)
                continue
            first_key = first_key if result else key
            if placed:
                self.positions.keys[child] = (key_mark.line + 1, key_mark.column + 1)
            if key == "budget_eur":  # its keys may be years (placed or not, the path is lost)
                outer, self.years = self.years, depth + 1
                result[key] = self.value(child, depth + 1)
                self.years = outer
            else:
                result[key] = self.value(child, depth + 1)
        if placed:
            self.positions.values.pop((*path, "?key"), None)
            self.positions.values.pop((*path, "?dup"), None)
        self.next()
        return result

    def _key(self, key_event: Any, path: DataPath, depth: int) -> Any:
        """A key that is not a plain text: a merge key (refused), a tagged or complex key."""
        if type(key_event) is yaml.ScalarEvent:
            resolved = self.resolve(key_event)
            if resolved == "tag:yaml.org,2002:merge":
                self.next()
                self.problem(
                    "TOC006",
                    key_event.start_mark,
                    phrase("d.TOC006.merge"),
                    phrase("dh.TOC006.merge"),
                )
                self.value((*path, "<<"), depth + 1)
                return _MERGED
        return self.value((*path, "?key"), depth + 1)

    def resolve(self, event: Any) -> str:
        if event.tag is not None and event.tag != "!":
            return str(event.tag)
        if not event.implicit[0]:  # quoted or a block: text (PyYAML's resolver says the same)
            return _STR
        value = event.value
        tag = self.plain.get(value)
        if tag is None:
            tag = self.plain[value] = self.implicit(value)
        return tag

    def implicit(self, value: str) -> str:
        """The tag of a plain scalar by the loader's implicit resolvers (resolve(), inlined)."""
        if self.table is None:  # pragma: no cover - a safe loader has no path resolvers
            return str(self.loader.resolve(yaml.ScalarNode, value, (True, False)))
        for tag, regexp in self.table.get(value[:1], self.wildcard):
            if regexp.match(value):
                return str(tag)
        return _STR

    def scalar(self, event: Any) -> Any:
        tag = self.resolve(event)
        if tag == _STR:  # what SafeConstructor makes of a str: the text itself
            text: str = event.value
            return self.texts.setdefault(text, text) if len(text) <= _SHARED else text
        if tag not in _ALLOWED_TAGS or tag.endswith(("map", "seq")):
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        if tag in NUMBERS and event.tag is None and YAML11_NUMBER.match(event.value):
            # YAML 1.1: 0400000 is octal (131072), 1:30 is 90; an editor's YAML 1.2 reads 400000
            number = self.constructor.yaml_constructors[tag](self.constructor, node)
            found = phrase("d.TOC010", value=event.value, number=str(number))
            self.problem("TOC010", event.start_mark, found, phrase("dh.TOC010"))
            return None
        try:
            return self.constructor.yaml_constructors[tag](self.constructor, node)
        except Exception:
            if event.tag is None or event.tag == "!":  # no tag written: the schema words it
                return event.value  # (2023-02-30, a number of 5,000 digits: "expected a date")
            name = tag.rsplit(":", 1)[-1]
            value = event.value if len(event.value) <= _QUOTED else event.value[:_QUOTED] + "..."
            self.problem(
                "TOC007",
                event.start_mark,
                phrase("d.TOC007.value", value=value, name=name),
                phrase("dh.TOC007.value"),
            )
            return None


_QUOTED = 60
"""The characters of a value a TOC007 message quotes; longer ones end in ``...``."""


class _AbortError(Exception):
    pass


_MERGED: Any = object()
"""What :meth:`_Walker._key` gives for a merge key, reported and skipped."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_yaml(
    text: str,
    source: str,
    max_bytes: int | None = None,
    *,
    placed: int | None = None,
    table: bool | None = None,
) -> tuple[Any, Positions, list[Diagnostic]]:
    """Parse YAML text into plain data, positions and problems.

    Parameters
    ----------
    text
        The YAML text.
    source
        The name used in diagnostics (a path, or ``"<string>"``).
    max_bytes
        The largest text accepted, in bytes of UTF-8 (default: :func:`byte_limit`).
    placed
        Keep positions only for data paths up to this long (``2``: the sections
        and their items), which saves most of the memory of a large file; the
        places of any problem found are the same. ``None``: every position.
    table
        Whether to try the table reader first (:func:`tocgraph.loading.yamlblock.read_block`),
        which reads a large ToC written in plain block YAML without the parser
        and leaves anything else to it; only with ``placed=2``. ``None``: for
        texts of :data:`TABLE_FROM` characters or more. The data, positions
        and problems are the same either way.

    Returns
    -------
    data, positions, problems
        ``data`` is ``None`` when a problem stopped the parse.
    """
    max_bytes = byte_limit(max_bytes)
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        line, col = line_col(text, surrogate.start())
        message = phrase("d.TOC003.surrogate", char=f"U+{ord(surrogate.group()):04X}")
        hint = phrase("dh.TOC003.surrogate")
        return None, Positions(), [diagnostic("TOC003", message, hint, source, line, col)]
    if len(text) > max_bytes and len(text.encode("utf-8")) > max_bytes:
        return None, Positions(), [too_large(source, len(text.encode("utf-8")), max_bytes)]
    loader = _Loader(text)
    walker = _Walker(loader, source, placed or 1 << 30)
    if placed == 2 and (table or (table is None and len(text) >= TABLE_FROM)):
        from tocgraph.loading.yamlblock import read_block  # large texts only: start-up stays light

        block = read_block(text, walker, placed)
        if block is not None:
            return block[0], Positions(block[1], block[2]), []
    events = iter(loader.get_event, None)
    documents: list[Any] = []
    try:
        try:
            for event in events:
                if type(event) is not yaml.DocumentStartEvent:
                    continue
                if documents:
                    walker.problem(
                        "TOC008",
                        event.start_mark,
                        phrase("d.TOC008.documents"),
                        phrase("dh.TOC008.documents"),
                    )
                    break
                documents.append(walker.value((), 0))
        except _AbortError:
            documents = []
        for _ in events:  # the rest of the text, for its syntax errors
            pass
    except UnplacedError:
        return parse_yaml(text, source, max_bytes, table=False)
    except yaml.MarkedYAMLError as exc:
        return None, Positions(), [syntax_error(exc, text, source)]
    except yaml.reader.ReaderError as exc:
        line, col = line_col(text, exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        message = phrase("d.TOC003.control", char=f"U+{char:04X}")
        hint = phrase("dh.TOC003.control")
        return None, Positions(), [diagnostic("TOC003", message, hint, source, line, col)]
    except yaml.YAMLError as exc:  # pragma: no cover - defensive
        message = phrase("d.TOC004", detail=str(exc))
        return None, Positions(), [diagnostic("TOC004", message, None, source)]
    if not documents:
        return None, walker.positions, walker.problems
    return documents[0], walker.positions, walker.problems

"""The table reader: a ToC written as plain block YAML, read without the parser.

A large ToC is mostly lists of nodes, each a mapping of plain values and of
lists of ids, which is how PyYAML writes one (and so how ``tocgraph import``
writes one from a workbook)::

    activities:
    - id: A1
      title: Train teachers
      contributes_to:
      - P1
      - P2

For such a text PyYAML's parser makes an event object, with two position
marks, for every scalar, and that alone took longer than everything else of
loading (``docs/performance.md``). :func:`read_block` reads this one shape
instead, checking each list of nodes against a regular expression of the shape
and then cutting it with string methods, and gives up (returns ``None``) at
anything else, so that the caller reads the text with the parser, which
reports every problem in its place. What it reads:

- a mapping at the top, with plain keys (``[A-Za-z_][A-Za-z0-9_]*``), each once;
  ``---`` alone on the first line; blank and comment lines between its keys;
- top-level values on the key's line: a plain scalar (typed by PyYAML's own
  resolvers and constructors: numbers, booleans, dates), a quoted text without
  escapes, or a flow list of plain words;
- top-level block lists of plain scalars, one per line;
- top-level block lists of mappings (the nodes), indented or not, whose
  values are plain texts starting with a letter (not ``yes``, ``null``, ...)
  and holding none of ``"\\#:{}[]``, decimal integers of up to 18 digits, or
  block lists of those, written at the key's indentation or two spaces
  deeper; every key once.

It gives up at anything else, for instance: tabs, carriage returns and
characters the parser treats specially or refuses; comments or blank lines
inside a list of nodes; quoted, empty, continued, block (``|``, ``>``) or flow
values in a node; anchors, aliases, tags; a second document. Within what it
reads, the data and positions are those of the walk over the parser's events
(``tests/loading/test_yamlblock.py`` checks this on generated texts, valid and
broken).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from itertools import accumulate, islice, repeat
from operator import add
from typing import Any, cast

from tocgraph.loading.yamllight import UnplacedError, plain_text
from tocgraph.schema.base import DataPath, Place

__all__ = ["read_block"]

_SHARED = 64  # texts up to this long (keys, ids, statuses) are read into one object each

# anything the parser could read otherwise than this reader: tabs, other line
# breaks (\r, U+0085, U+2028, U+2029), a byte order mark, and what it refuses
_UNUSUAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_ASCII = bytes(range(0x20, 0x7F)) + b"\n"  # what an ASCII text may hold
_TOP = re.compile(r"\n[^ #\n-]")  # the line break before a top-level key
_HEAD = re.compile(r"(?:---[ ]*+\n)?(?:[ ]*+(?:#[^\n]*+)?\n)*+")  # before the first key
_EMPTY = re.compile(r"(?:[ ]*+(?:#[^\n]*+)?\n)*+[ ]*+(?:#[^\n]*+)?")  # blank and comment lines
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: +|(?=\n)|$)")
_SPACES = re.compile(" *")
_FLOW_WORD = re.compile(r"[A-Za-z0-9_][^,\[\]{}#:\"'!&*|>%@`]*")
_INDICATORS = frozenset(" -?:,[]{}#&*!|>'\"%@`")

# the words PyYAML reads as booleans or null (its implicit resolvers; a test
# checks that every plain text starting with a letter is text but for these)
_WORDS = "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL"
_NODE_KEY = rf"(?!(?=[yYnNtTfFoO])(?:{_WORDS}):)[A-Za-z_][A-Za-z0-9_]*+"
# a letter, ``_`` or a character from U+00C0 first (written as what it is not: a class of
# large ranges costs 10 ms to compile), no space last
_TEXT = r"[^\x00-\x40\x5b-\x5e\x60\x7b-\xbf][^\n\"\\#:{}\[\]]*+(?<! )"
_NODE_VALUE = rf"(?:0|[1-9][0-9]{{0,17}}|(?!(?=[yYnNtTfFoO])(?:{_WORDS})(?:\n|\Z)){_TEXT})(?=\n|\Z)"
_LISTED_NUMBER = re.compile(r"\n *- [0-9]")
_IDS = re.compile(r"\n *- id: ([A-Za-z][A-Za-z0-9_.\-]{0,63})(?=\n)")  # a node's id, first key
_SECTIONS: dict[int, re.Pattern[str]] = {}

_GIVE_UP: Any = object()
"""What a value reader returns for a value this reader does not read."""


def _section(indent: int) -> re.Pattern[str]:
    """The shape of a list of nodes whose ``- `` is at ``indent`` (its keys two deeper)."""
    found = _SECTIONS.get(indent)
    if found is None:
        item, lead = "\n" + " " * indent, "\n" + " " * (indent + 2)
        listed = rf"{lead}- {_NODE_VALUE}(?:{lead}- {_NODE_VALUE})*+"
        deeper = rf"{lead}  - {_NODE_VALUE}(?:{lead}  - {_NODE_VALUE})*+"
        field = rf"{_NODE_KEY}:(?: {_NODE_VALUE}|{listed}|{deeper})"
        node = rf"- {field}(?:{lead}{field})*+"
        found = _SECTIONS[indent] = re.compile(rf" {{{indent}}}{node}(?:{item}{node})*+")
    return found


def _nodes(body: str, indent: int, line: int, key: str, reader: _Reader) -> Any:
    """The list of nodes written in ``body`` from ``line``, placing each node.

    Checked against :func:`_section` first, so every line is a key and a value,
    a key and nothing (a list follows), or an item of such a list; then each
    list is joined onto its key's line and each node cut into its fields. Keys
    and short texts are read into one object each, as the walk does: the
    graph rules and compile then compare ids by identity, not by their text.
    Values with a space (titles, nearly all different) are not: looking each
    up in a table of 150,000 titles cost more than it saved.
    """
    if _section(indent).fullmatch(body) is None:
        return _GIVE_UP
    numbers = _LISTED_NUMBER.search(body) is not None
    lead = "\n" + " " * (indent + 2)
    for dash in ("  - ", "- "):  # a list's first item, then the others, onto the key's line
        body = body.replace(":" + lead + dash, ": \x00").replace(lead + dash, "\x00")
    columns = _columns(body, indent, line, key, reader, numbers)
    if columns is not None:
        return columns
    split = str.split
    separator, once = repeat(": "), repeat(1)
    names = reader.keys
    shared = reader.texts.setdefault
    places = reader.places
    nodes = []
    col = indent + 3
    for index, item in enumerate(body[indent + 2 :].split("\n" + " " * indent + "- ")):
        fields = item.split(lead)
        node: dict[str, Any] = {}
        for name, text in map(split, fields, separator, once):
            first = text[0]
            value: Any
            if first > "9":  # a text
                # one object per id, status, ...: not per title (with a space, nearly all differ)
                value = shared(text, text) if len(text) <= _SHARED and " " not in text else text
            elif first != "\x00":
                value = int(text)
            else:  # a list, joined onto its key's line
                parts = text.split("\x00")[1:]
                if numbers:
                    value = [shared(v, v) if v[0] > "9" else int(v) for v in parts]
                else:
                    value = list(map(shared, parts, parts))
            field = names.get(name) or reader.key(name)
            if field is None:  # pragma: no cover - the pattern holds text keys only
                return _GIVE_UP
            node[field] = value
        if len(node) != len(fields):
            return _GIVE_UP  # a repeated key: the walk reports it
        places[(key, index)] = (line, col)
        line += item.count("\n") + item.count("\x00") + 1
        nodes.append(node)
    return nodes


def _columns(
    body: str, indent: int, line: int, key: str, reader: _Reader, numbers: bool
) -> list[dict[str, Any]] | None:
    """:func:`_nodes` for nodes that all have the same keys in the same order, else ``None``.

    ``body`` is checked and its lists joined. Every field of every node is cut
    out at once (a mark before each node's first field, then one ``split``);
    when they fall into columns, one per key of the first node, every node's
    first field and only those starting with the mark, each column is read at
    once by the rules :func:`_nodes` applies field by field.
    """
    lead, start = "\n" + " " * (indent + 2), "\n" + " " * indent + "- "
    count = body.count(start) + 1
    flat = ("\x01" + body[indent + 2 :].replace(start, lead + "\x01")).split(lead)
    width, rest = divmod(len(flat), count)
    raw = [field.partition(": ")[0] for field in flat[:width]]
    if rest or not width or len(set(raw)) != width:
        return None  # fields of different nodes, or a repeated key: node by node
    raw[0] = raw[0][1:]
    names = [reader.keys.get(name) or reader.key(name) for name in raw]
    if None in names or len(set(names)) != width:  # pragma: no cover - text keys only
        return None
    shared = reader.texts.setdefault
    columns: list[list[Any]] = []
    spent = [""] * count
    lines: Iterator[int] = repeat(width, count)  # each node's lines: a field or listed item each
    for index, name in enumerate(raw):
        prefix = ("\x01" if index == 0 else "") + name + ": "
        column = flat[index::width]
        if not all(map(str.startswith, column, repeat(prefix))):
            return None
        values: list[Any] = list(map(str.removeprefix, column, repeat(prefix)))
        flat[index::width] = spent  # the fields, freed as soon as read: a lower peak
        del column
        low, high = min(values)[0], max(values)[0]
        if low > "9":  # texts: one object each, but for those with a space (titles)
            spaced = list(map(str.__contains__, values, repeat(" ")))
            if not any(spaced) and max(map(len, values)) <= _SHARED:
                values = list(map(shared, values, values))
            elif not all(spaced):
                values = [
                    v if space or len(v) > _SHARED else shared(v, v)
                    for v, space in zip(values, spaced, strict=True)
                ]
        elif low == high == "\x00":  # lists, joined onto their key's line
            counts = list(map(str.count, values, repeat("\x00")))
            texts = "".join(values).split("\x00")[1:]
            parts: list[Any] = (
                [shared(v, v) if v[0] > "9" else int(v) for v in texts]
                if numbers
                else list(map(shared, texts, texts))
            )
            items = iter(parts)
            values = list(map(list, map(islice, repeat(items), counts)))
            lines = map(add, lines, counts)
        elif low != "\x00" and high <= "9":  # numbers
            values = list(map(int, values))
        elif low != "\x00":  # texts and numbers (``requires: 2``, ``requires: any``)
            values = [
                int(v) if v[0] <= "9" else v if " " in v or len(v) > _SHARED else shared(v, v)
                for v in values
            ]
        else:
            return None  # lists and single values: node by node
        columns.append(values)
    places = reader.places
    starts = accumulate(lines, initial=line)
    at = zip(starts, repeat(indent + 3))  # one more start than nodes: the line after the list
    places.update(zip(zip(repeat(key), range(count)), at, strict=False))
    fields = cast(list[str], names)
    return list(map(dict, map(zip, repeat(fields), zip(*columns, strict=True))))


class _Reader:
    """Reads top-level values and keys as the walk over the parser's events would."""

    def __init__(self, walker: Any) -> None:
        self.walker = walker
        self.values: dict[str, Any] = walker.values  # plain short texts -> value
        self.texts: dict[str, str] = walker.texts  # one object per short text
        self.keys: dict[str, str] = walker.keys  # plain short texts that are texts
        self.places: dict[DataPath, Place] = {}

    def plain(self, text: str) -> Any:
        """The value of a plain scalar (without comment and trailing spaces)."""
        value = self.values.get(text, _GIVE_UP)
        if value is not _GIVE_UP:
            return value
        if ": " in text or text.endswith(":"):
            return _GIVE_UP  # a key inside a value: a parser error
        try:
            return plain_text(self.walker, text)
        except UnplacedError:
            return _GIVE_UP  # a merge key or ``=`` as a value, or one the constructor refuses

    def text(self, text: str) -> str:
        return self.texts.setdefault(text, text) if len(text) <= _SHARED else text

    def key(self, name: str) -> str | None:
        """The key written as the plain word ``name``, or ``None`` when it is not text."""
        key = self.keys.get(name)
        if key is None:
            value = self.plain(name)
            if type(value) is not str:
                return None  # ``on:``, ``null:``: the walk reports it
            key = self.keys[name] = value
        return key

    def value(self, text: str, line: int, col: int, key: str) -> Any:
        """The value of ``key`` written at ``col`` (0-based) of ``line``: scalar, quoted or flow."""
        if not text:
            return _GIVE_UP  # an empty value: null, placed by the walk
        first = text[0]
        if first == "[":
            return self.flow(text, line, col, key)
        if first == '"':
            end = text.find('"', 1)
            if end < 0 or "\\" in text[1:end] or not _ends(text, end + 1):
                return _GIVE_UP
            return self.text(text[1:end])
        if first == "'":
            end = 1
            while True:
                end = text.find("'", end)
                if end < 0:
                    return _GIVE_UP
                if text[end + 1 : end + 2] != "'":
                    break
                end += 2
            if not _ends(text, end + 1):
                return _GIVE_UP
            return self.text(text[1:end].replace("''", "'"))
        if first in _INDICATORS:
            return _GIVE_UP
        comment = text.find(" #")
        if comment >= 0:
            text = text[:comment]
        return self.plain(text.rstrip(" "))

    def flow(self, text: str, line: int, col: int, key: str) -> Any:
        """A flow list of plain words on one line: ``[O1, O2]``."""
        text = text.rstrip(" ")
        if not text.endswith("]") or "#" in text:
            return _GIVE_UP
        inner = text[1:-1]
        if not inner.strip(" "):
            return []
        items: list[Any] = []
        start = col + 1
        for part in inner.split(","):
            word = part.strip(" ")
            if _FLOW_WORD.fullmatch(word) is None:
                return _GIVE_UP  # quoted, nested, empty (``[a,,b]``) or unusual
            value = self.plain(word)
            if value is _GIVE_UP:
                return value
            where = start + len(part) - len(part.lstrip(" "))
            self.places[(key, len(items))] = (line, where + 1)
            items.append(value)
            start += len(part) + 1
        return items

    def block(self, body: str, line: int, key: str) -> Any:
        """The list under the top-level ``key:``, whose lines (``body``) start at ``line``."""
        indent = _SPACES.match(body).end()  # type: ignore[union-attr]
        if body[indent : indent + 2] != "- ":
            return _GIVE_UP  # empty (null), a mapping, or not a list
        self.places[(key,)] = (line, indent + 1)
        items = body[indent + 2 :].split("\n" + " " * indent + "- ")
        if _KEY.match(items[0]) is not None:
            return _nodes(body, indent, line, key, self)
        result = []
        for index, item in enumerate(items):
            value = self.value(item, line + index, indent + 2, key) if "\n" not in item else None
            if value is None or value is _GIVE_UP or type(value) is list:
                return _GIVE_UP  # continued, null, or a list in a list
            self.places[(key, index)] = (line + index, indent + 3)
            result.append(value)
        return result


def _unusual(text: str) -> bool:
    """Whether ``text`` holds a character this reader leaves to the parser (see ``_UNUSUAL``)."""
    if text.isascii():  # deleting the usual bytes leaves nothing: ten times faster
        return bool(text.encode("ascii").translate(None, _ASCII))
    return _UNUSUAL.search(text) is not None


def _ends(text: str, end: int) -> bool:
    """Nothing but spaces, or a comment after a space, follows a quoted text."""
    rest = text[end:]
    stripped = rest.lstrip(" ")
    return not stripped or (stripped[0] == "#" and len(stripped) < len(rest))


def read_block(
    text: str, walker: Any, placed: int
) -> tuple[dict[str, Any], dict[DataPath, Place], dict[DataPath, Place]] | None:
    """Data, value positions and key positions of ``text``, or ``None`` to read it with the parser.

    Parameters
    ----------
    text
        The YAML text (already checked for surrogates and size).
    walker
        The walk over the parser's events that reads ``text`` if this gives up:
        its resolvers, constructor and caches are shared.
    placed
        Keep positions for data paths up to this long: only ``2`` (the sections
        and their items) is read here.

    Examples
    --------
    >>> from tocgraph.loading.yamlsource import parse_yaml
    >>> text = "a: 1\\nb:\\n- id: x\\n  to:\\n  - y\\n"
    >>> data, positions, problems = parse_yaml(text, "f.yaml", placed=2)
    >>> data, positions.value(("b", 0)), problems
    ({'a': 1, 'b': [{'id': 'x', 'to': ['y']}]}, (3, 3), [])
    """
    if placed != 2 or _unusual(text):
        return None
    head = _HEAD.match(text)
    if head is None or text[head.end() : head.end() + 1] in ("", " ", "-"):
        return None
    starts = [head.end(), *(found.start() + 1 for found in _TOP.finditer(text, head.end()))]
    reader = _Reader(walker)
    # every node's id first, each into one object, made one after the other: each
    # later pass over the links looks ids up, and finds them close together
    ids = _IDS.findall(text)
    deque(map(reader.texts.setdefault, ids, ids), maxlen=0)
    del ids
    line = text.count("\n", 0, starts[0]) + 1
    places = reader.places
    places[()] = (line, 1)
    keys: dict[DataPath, Place] = {}
    root: dict[str, Any] = {}
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        newline = text.find("\n", start, end)
        first = text[start:end] if newline < 0 else text[start:newline]
        match = _KEY.match(first)
        key = None if match is None else reader.key(match.group(1))
        if match is None or key is None or key in root:
            return None
        keys[(key,)] = (line, 1)
        after = first[match.end() :]
        if after and after[0] != "#":  # a value on the key's line, then nothing
            value = reader.value(after, line, match.end(), key)
            if newline >= 0 and _EMPTY.fullmatch(text, newline + 1, end) is None:
                return None
            places[(key,)] = (line, match.end() + 1)
        elif newline < 0:
            return None  # an empty value
        else:
            value = reader.block(text[newline + 1 : end].rstrip("\n"), line + 1, key)
        if value is _GIVE_UP:
            return None
        root[key] = value
        line += text.count("\n", start, end)
    return root, places, keys

r"""DOT statements and quoting, written exactly as the ``graphviz`` package writes them.

:mod:`tocgraph.rendering.dot` builds its text here instead of with
:class:`graphviz.Digraph`: the package costs about 30 ms to import and about
50 microseconds a statement (its statement methods check their arguments on
every call), which made ``render --format dot`` on a 1,000-node fault tree 1.5
times as slow as ``check``. The quoting rules are the package's own
(``graphviz/quoting.py``), and ``tests/rendering/test_dot_syntax.py`` checks
that this module and the package write the same bytes, statement by statement
and for whole pictures, for any text hypothesis finds.

A string is written as it is only when it is a DOT ID (``A1``, ``-4.2``) and
not a keyword, or when it is :class:`Html` markup; anything else is put in
double quotes, a ``"`` becoming ``\"``. There is one deliberate difference: the
package leaves an ID followed by a line break unquoted (its pattern ends with
``$``), which drops the line break; this module quotes it.

Examples
--------
>>> graph = DotGraph("toc", {"rankdir": "LR"}, {"shape": "box"}, {})
>>> graph.node("A1", Html("<<B>A1</B>>"), {"tooltip": 'say "hi"'})
>>> graph.edge("A1", "O-1", {})
>>> print(graph.source(), end="")  # doctest: +NORMALIZE_WHITESPACE
digraph toc {
    graph [rankdir=LR]
    node [shape=box]
    A1 [label=<<B>A1</B>> tooltip="say \"hi\""]
    A1 -> "O-1"
}
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

__all__ = ["DotGraph", "Html", "Subgraph", "attribute_list", "quote"]

_ID = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*|-?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)")
_KEYWORDS = frozenset({"node", "edge", "graph", "digraph", "subgraph", "strict"})
# A quote, with an optional backslash before it (\" is read as "), after any
# number of escaped backslashes: the quote gets one backslash.
_QUOTE = re.compile(r'(?P<backslashes>(?:\\{2})*)\\?(?P<quote>")')


class Html(str):
    """Markup of an HTML-like label (``<...>``), written without quotes.

    Only :mod:`tocgraph.rendering.dot` makes these, from fixed markup and
    escaped text; every other string is quoted as text.
    """

    __slots__ = ()


def quote(text: str) -> str:
    r"""``text`` as a DOT ID: as it is when it is one, else in double quotes.

    Examples
    --------
    >>> quote("A1"), quote("O-1.b"), quote("node"), quote("-4.2")
    ('A1', '"O-1.b"', '"node"', '-4.2')
    >>> print(quote('a "b" \\" c'))
    "a \"b\" \" c"
    """
    if isinstance(text, Html):
        return text
    return _quote_text(str(text))


@functools.lru_cache(maxsize=4096)  # names, keys, colours and styles repeat on every node
def _quote_text(text: str) -> str:
    if _ID.fullmatch(text) and text.lower() not in _KEYWORDS:
        return text
    if '"' not in text:
        return f'"{text}"'
    return '"' + _QUOTE.sub(r"\g<backslashes>\\\g<quote>", text) + '"'


def attribute_list(attributes: Mapping[str, str], label: str | None = None) -> str:
    """``k=v`` pairs, sorted by key after an optional label, as the package joins them.

    Examples
    --------
    >>> attribute_list({"shape": "box", "color": "#000000"}, label="A 1")
    'label="A 1" color="#000000" shape=box'
    """
    pairs = [f"label={quote(label)}"] if label is not None else []
    pairs += [f"{quote(key)}={quote(attributes[key])}" for key in sorted(attributes)]
    return " ".join(pairs)


class _Statements:
    """Node and edge statements, in the order they are added."""

    def __init__(self) -> None:
        self._body: list[str] = []

    def node(
        self, name: str, label: str | None = None, attributes: Mapping[str, str] | None = None
    ) -> None:
        """Add ``name [label=... k=v]``, or ``name`` alone without label and attributes."""
        self._body.append(_statement(quote(name), attribute_list(attributes or {}, label)))

    def edge(self, tail: str, head: str, attributes: Mapping[str, str]) -> None:
        """Add ``tail -> head [k=v]``."""
        self._body.append(_statement(f"{quote(tail)} -> {quote(head)}", attribute_list(attributes)))


class Subgraph(_Statements):
    """A ``subgraph name { ... }`` block, or ``{ ... }`` without a name.

    Parameters
    ----------
    name : str, optional
        The block's name (``cluster_1``).
    graph_attr : Mapping[str, str], optional
        Written as a ``graph [...]`` statement first.
    attr : Mapping[str, str], optional
        Written as bare ``k=v`` statement first (``rank=same``).
    """

    def __init__(
        self,
        name: str | None = None,
        *,
        graph_attr: Mapping[str, str] | None = None,
        attr: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._head = f"subgraph {quote(name)} {{\n" if name is not None else "{\n"
        if graph_attr:
            self._body.append(f"\tgraph [{attribute_list(graph_attr)}]\n")
        if attr:
            self._body.append(f"\t{attribute_list(attr)}\n")

    def lines(self) -> list[str]:
        """The block's lines, without the indent its graph adds."""
        return [self._head, *self._body, "}\n"]


class DotGraph(_Statements):
    """The statements of one ``digraph``.

    Parameters
    ----------
    name : str
        The graph's name (quoted as needed).
    graph_attr, node_attr, edge_attr : Mapping[str, str]
        Attributes of the graph and defaults of its nodes and edges; empty
        ones are left out.
    """

    def __init__(
        self,
        name: str,
        graph_attr: Mapping[str, str],
        node_attr: Mapping[str, str],
        edge_attr: Mapping[str, str],
    ) -> None:
        super().__init__()
        self._head = f"digraph {quote(name)} {{\n"
        self._defaults = [
            f"\t{kind} [{attribute_list(attrs)}]\n"
            for kind, attrs in (("graph", graph_attr), ("node", node_attr), ("edge", edge_attr))
            if attrs
        ]

    def add(self, subgraph: Subgraph) -> None:
        """Add a finished :class:`Subgraph`, one tab further in."""
        self._body += [f"\t{line}" for line in subgraph.lines()]

    def source(self) -> str:
        """The DOT text."""
        return "".join((self._head, *self._defaults, *self._body, "}\n"))


def _statement(left: str, attributes: str) -> str:
    return f"\t{left} [{attributes}]\n" if attributes else f"\t{left}\n"

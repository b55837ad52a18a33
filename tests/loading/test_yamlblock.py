"""The table reader reads what the walk over the parser's events reads, or gives up.

The oracle is :func:`parse_yaml` with ``table=False`` (the parser only): for
every text, generated in the table shape and then broken at random, the data
(with its types), the positions and the problems must be the same whichever
way the text is read.
"""

from __future__ import annotations

import re
import string
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from benchmarks.generate import shared_toc_data
from tocgraph.errors import InvalidToCError
from tocgraph.loading.yamlblock import _WORDS, read_block
from tocgraph.loading.yamlsource import _Loader, _Walker, parse_yaml

LIMIT = 50 * 1024 * 1024


def both(text: str) -> tuple[Any, Any]:
    """(table reader first, parser only), each as (data repr, values, keys, problems)."""
    results = []
    for table in (True, False):
        data, positions, problems = parse_yaml(text, "f.yaml", LIMIT, placed=2, table=table)
        results.append((repr(data), positions.values, positions.keys, [str(p) for p in problems]))
    return results[0], results[1]


def accepted(text: str) -> bool:
    """Whether the table reader reads ``text`` itself."""
    walker = _Walker(_Loader(text), "f.yaml", 2)
    return read_block(text, walker, 2) is not None


def check(text: str) -> None:
    fast, slow = both(text)
    assert fast == slow


# --- texts in the table shape, then broken ---------------------------------------------

WORDS = ["Node A1", "on_track", "any", "all", "G1", "P12", "_x", "Éen", "a'b", "x, y", "Ünï & b"]
TRICKY = [
    "yes", "No", "null", "NULL", "~", "true", "off", "On", "Y", "n", "0", "007", "12", "-3",
    "1.5", "1e3", ".inf", ".nan", "2024-06-30", "2024-13-45", "0x1F", "1_000", "1:30", "<<",
    "=", "a: b", "a:b", "C#", "a #b", "a#b", "'q'", '"q"', "'it''s'", '"a\\"b"', "[a, b]", "[]",
    "{a: 1}", "[a, [b]]", "[on, 2]", "[a b, c]", "|", ">", "&x a", "*x", "!!str 1", "%x", "@x",
    "`x", "a ", " a", "a\xa0", "\xa0a", "x  y", "-", "- a", "?", "? a", ":", "a:", "a,b", "{", "}",
]  # fmt: skip
KEYS = ["id", "title", "requires", "status", "partner", "x_1", "_k"]
BAD_KEYS = ["on", "No", "null", "2023", "a b", "id ", "'id'", "? id"]
PLAIN = st.one_of(
    st.sampled_from(WORDS),
    st.integers(0, 10**6).map(str),
    st.text(alphabet=string.ascii_letters + " _-.,/()éß!&*|>%@`'?", min_size=1, max_size=8).map(
        lambda t: ("N" + t).rstrip()
    ),
)


NEAR = ["{} ", "{}  ", " {}", "{} #c", "{}#c", "{}:", "'{}'", '"{}"', "{}\xa0", "[{}]"]
"""Ways to write a plain value that change what it is, or that the table reader leaves alone."""


def _value(draw: st.DrawFn) -> str:
    """Mostly a value the table reader reads, sometimes one it must leave to the parser."""
    choice = draw(st.integers(0, 39))
    if choice == 0:
        return draw(st.sampled_from(TRICKY))
    if choice == 1:
        return draw(st.sampled_from(NEAR)).format(draw(PLAIN))
    return draw(PLAIN)


def _key(draw: st.DrawFn) -> str:
    bad = draw(st.integers(0, 15)) == 0
    return draw(st.sampled_from(BAD_KEYS if bad else KEYS))


@st.composite
def table_texts(draw: st.DrawFn) -> str:
    """A text in (or near) the table shape: a header, lists of scalars, lists of nodes."""
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["---", "# a comment", "", "--- # x"])))
    used: set[str] = set()
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from(["tocgraph", "id", "name", "lead", "partners", "x"]))
        key = _key(draw) if draw(st.integers(0, 5)) == 0 else key
        if key in used and draw(st.integers(0, 9)):
            continue
        used.add(key)
        kind = draw(st.integers(0, 3))
        if kind == 0:
            lines.append(f"{key}: {_value(draw)}")
        elif kind == 1:
            lines.append(f"{key}:")
            lines.extend(f"- {_value(draw)}" for _ in range(draw(st.integers(1, 3))))
        else:
            lines.append(f"{key}:")
            lines.extend(_nodes(draw))
        if draw(st.integers(0, 9)) == 0:
            lines.append(draw(st.sampled_from(["", "# note", "  # note", "   "])))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


def _nodes(draw: st.DrawFn) -> list[str]:
    indent = " " * draw(st.sampled_from([0, 2, 4]))
    deeper = "  " * draw(st.integers(0, 1))
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        names = draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=4, unique=True))
        if draw(st.integers(0, 9)) == 0:
            names.append(_key(draw) if draw(st.booleans()) else names[0])
        for position, name in enumerate(names):
            start = f"{indent}- " if position == 0 else f"{indent}  "
            if draw(st.integers(0, 3)) == 0:
                lines.append(f"{start}{name}:")
                lines.extend(
                    f"{indent}  {deeper}- {_value(draw)}" for _ in range(draw(st.integers(1, 3)))
                )
            else:
                lines.append(f"{start}{name}: {_value(draw)}")
    return lines


BREAKS = [" ", "-", ":", "\n", "#", '"', "'", "[", "]", ",", "\t", "\r", "&", "*", "!", "|",
          "a", "1", "\x85", "\u2028", "\ufeff", "\x00", "\n- ", ": ", "\n  "]  # fmt: skip


@st.composite
def broken_texts(draw: st.DrawFn) -> str:
    """A table-shaped text with a few characters inserted, removed or replaced."""
    text = draw(table_texts())
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 2))
        text = text[:at] + draw(st.sampled_from([*BREAKS, ""])) + text[at + cut :]
    return text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table_texts())
def test_table_texts_read_the_same(text: str) -> None:
    check(text)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_texts())
def test_broken_texts_read_the_same(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "Node B"]), min_size=1, max_size=5))
def test_plain_nodes_are_read_by_the_table_reader(titles: list[str]) -> None:
    """The reader must not give up on the shape it is for (else the tests above prove little)."""
    assume(all(":" not in t and "#" not in t and "'" not in t for t in titles))
    nodes = "".join(
        f"- id: N{i}\n  title: {t}\n  requires: {i}\n  contributes_to:\n  - G1\n  - G{i}\n"
        for i, t in enumerate(titles)
    )
    text = f"tocgraph: 1\nid: x\noutputs:\n{nodes}goals:\n  - id: G1\n    title: T\n"
    assert accepted(text)
    check(text)


# --- fixed cases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\n",
        "---\na: x\n",
        "# c\n\na: 'it''s'  # c\nb: \"q\"\nc: [x, 2, on]\nd: 2024-01-02\n",
        "a:\n- x\n- 1\n",
        "a:\n  - id: x\n    to:\n      - y\n      - 3\n  - id: z\n",
        "a:\n- id: x\n  to:\n  - y\n- id: z\n  n: 0\nb: c\n",
        "partners: [WO=MEN Dutch Gender Platform, Stem op een Vrouw]\n",
    ],
)
def test_read_by_the_table_reader(text: str) -> None:
    assert accepted(text)
    check(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # a repeated key
        "a:\n- id: x\n  id: y\n",
        "on: 1\n",  # not a text key
        "a:\n- id: x\n  on: 1\n",
        "a:\n- id: x\n  t: yes\n",  # a boolean in a node
        "a:\n- id: x\n  t: 1.5\n",
        "a:\n- id: x\n  t: " + "9" * 5000 + "\n",  # more digits than int() takes
        "a:\n- id: x\n  t:\n  - " + "9" * 19 + "\n",
        "a:\n- id: x\n  t: a \n",  # spaces after a value
        "a:\n- id: x\n  t: a #c\n",
        "a:\n- id: x\n  t:  a\n",
        "a:\n- id: x\n  t:\n  - a \n",
        "a:\n- id: x\n\n- id: y\n",  # a blank line in a list of nodes
        "a:\n- id: x\n  # c\n",
        "a:\n- id: x\n  to:\n  - y\n    - z\n",
        "a:\n- id: x\n  t: two\n    lines\n",
        "a: x\n  continued\n",
        'a: "open\n',
        "a: |\n  block\n",
        "a: &x 1\nb: *x\n",
        'a:\n- id: x\n  t: "q"\n',
        "a: 1\n---\nb: 2\n",
        "a:\tb\n",
        "a: b\r\n",
        "- a\n",
        "a:\n",
        "a:\n- id: x\n  to:\n",
        "a: b: c\n",
    ],
)
def test_given_up_to_the_parser(text: str) -> None:
    assert not accepted(text)
    check(text)


def test_letters_resolve_to_text_but_for_the_words() -> None:
    """The shape's plain texts (a letter first, not one of ``_WORDS``) are texts to PyYAML."""
    resolvers = _Loader.yaml_implicit_resolvers
    letters = {c for c in resolvers if c is not None and c.isalpha()}
    assert letters == set("yYnNtTfFoO")
    words = set(_WORDS.split("|"))
    walker = _Walker(_Loader(""), "f", 2)
    for word in words:
        assert walker.implicit(word) != "tag:yaml.org,2002:str"
    for first in string.ascii_letters + "_":
        for rest in ["", "es", "o", "ull", "rue", "alse", "n", "ff", "ES", "x y", "_1"]:
            if first + rest not in words:
                assert walker.implicit(first + rest) == "tag:yaml.org,2002:str", first + rest


def _document_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """``parse_document`` as it is, and with the parser only."""
    from tocgraph.loading import document, yamlsource
    from tocgraph.loading.load import parse_document

    def outcome() -> Any:
        try:
            doc = parse_document(text, "t.yaml", max_bytes=LIMIT)
        except InvalidToCError as exc:
            return str(exc)
        return doc.toc, dict(doc.locations), dict(doc.keys)

    with monkeypatch.context() as patch:
        patch.setattr(yamlsource, "TABLE_FROM", 0)
        fast = outcome()
    with monkeypatch.context() as patch:
        patch.setattr(
            document, "parse_yaml", lambda *a, **k: parse_yaml(*a, **{**k, "table": False})
        )
        slow = outcome()
    return fast, slow


def test_a_generated_toc_loads_the_same_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    text = yaml.safe_dump(shared_toc_data(300), sort_keys=False, allow_unicode=True)
    assert accepted(text)
    check(text)
    fast, slow = _document_both_ways(text, monkeypatch)
    assert not isinstance(fast, str)
    assert fast == slow


def test_a_broken_generated_toc_fails_the_same_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    text = yaml.safe_dump(shared_toc_data(100), sort_keys=False, allow_unicode=True)
    text = text.replace("\n  - P1\n", "\n  - P99999\n", 1).replace("requires: 2", "requires: 99", 1)
    assert accepted(text)
    fast, slow = _document_both_ways(text, monkeypatch)
    assert isinstance(fast, str)
    assert "TOC202" in fast
    assert "TOC205" in fast
    assert fast == slow


def test_the_table_reader_is_tried_from_table_from(monkeypatch: pytest.MonkeyPatch) -> None:
    """By default only texts of ``TABLE_FROM`` characters or more go to the table reader."""
    from tocgraph.loading import yamlblock, yamlsource

    calls: list[int] = []

    def spy(text: str, walker: Any, placed: int) -> Any:
        calls.append(len(text))
        return read_block(text, walker, placed)

    monkeypatch.setattr(yamlblock, "read_block", spy)
    monkeypatch.setattr(yamlsource, "TABLE_FROM", 100)
    small, large = "a: 1\n", "a:\n" + "".join(f"- id: x{i}\n" for i in range(30))
    parse_yaml(small, "f.yaml", placed=2)
    parse_yaml(large, "f.yaml")  # every position: the parser
    assert calls == []
    data, _, _ = parse_yaml(large, "f.yaml", placed=2)
    assert calls == [len(large)]
    assert data == {"a": [{"id": f"x{i}"} for i in range(30)]}


def test_what_import_writes_is_read_by_the_table_reader() -> None:
    """``tocgraph import`` writes short-form links: a large import loads without the parser."""
    import tocgraph
    from tocgraph.report.workbook import toc_yaml

    data = shared_toc_data(200)
    data["activities"][0]["title"] = " ".join(f"woord{i}" for i in range(40))  # 280 characters
    toc = tocgraph.loads(yaml.safe_dump(data, sort_keys=False))
    text = toc_yaml(toc)
    assert "- to: " not in text
    assert accepted(text)
    check(text)
    assert tocgraph.loads(text) == toc


def test_unusual_characters_are_those_outside_the_printable_set() -> None:
    """``_UNUSUAL`` and the first character of ``_TEXT``, written as small classes, are right."""
    from tocgraph.loading import yamlblock

    every = "".join(map(chr, range(0x110000)))
    allowed = "[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
    assert re.sub(allowed, "", every) == "".join(yamlblock._UNUSUAL.findall(every))
    first = re.compile(yamlblock._TEXT[: yamlblock._TEXT.index("]") + 1])
    assert "".join(first.findall(every)) == "".join(re.findall("[A-Za-z_\u00c0-\U0010ffff]", every))
    text = "a: x\u2028y\n"
    assert yamlblock._unusual(text)
    assert yamlblock._unusual("a: \tb\n")
    assert not yamlblock._unusual("a: é\n")


def test_each_id_is_read_into_one_object() -> None:
    """A node's id and every link naming it are one object (later stages compare by identity)."""
    text = yaml.safe_dump(shared_toc_data(50), sort_keys=False, allow_unicode=True)
    assert accepted(text)
    data, _, _ = parse_yaml(text, "f.yaml", LIMIT, placed=2, table=True)
    sections = [data[key] for key in ("goals", "outcomes", "outputs", "activities")]
    ids = {node["id"]: node["id"] for nodes in sections for node in nodes}
    for nodes in sections:
        for node in nodes:
            assert all(target is ids[target] for target in node.get("contributes_to", []))


# --- lists of nodes with one order of keys: read by columns -------------------------------


@st.composite
def uniform_texts(draw: st.DrawFn) -> str:
    """A list of nodes that all have the same keys in the same order (most large files)."""
    indent = " " * draw(st.sampled_from([0, 2]))
    deeper = "  " * draw(st.integers(0, 1))
    names = draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=4, unique=True))
    listed = draw(st.lists(st.booleans(), min_size=len(names), max_size=len(names)))
    lines = ["tocgraph: 1", "nodes:"]
    for _ in range(draw(st.integers(1, 5))):
        for position, (name, as_list) in enumerate(zip(names, listed, strict=True)):
            start = f"{indent}- " if position == 0 else f"{indent}  "
            if as_list:
                lines.append(f"{start}{name}:")
                for _ in range(draw(st.integers(1, 3))):
                    lines.append(f"{indent}  {deeper}- {_value(draw)}")
            else:
                lines.append(f"{start}{name}: {_value(draw)}")
    lines.append(draw(st.sampled_from(["after: 1", "other:\n- x"])))
    return "\n".join(lines) + "\n"


def by_rows(text: str) -> tuple[Any, Any]:
    """The table reader's data and places with every list of nodes read node by node."""
    from tocgraph.loading import yamlblock

    saved = yamlblock._columns
    yamlblock._columns = lambda *args: None
    try:
        walker = _Walker(_Loader(text), "f.yaml", 2)
        found = read_block(text, walker, 2)
    finally:
        yamlblock._columns = saved
    return repr(found and found[0]), found and found[1:]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(uniform_texts(), table_texts()))
def test_columns_read_as_node_by_node(text: str) -> None:
    walker = _Walker(_Loader(text), "f.yaml", 2)
    found = read_block(text, walker, 2)
    assert (repr(found and found[0]), found and found[1:]) == by_rows(text)
    check(text)  # and as the parser reads it


def test_uniform_lists_are_read_by_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not vacuous: a generated ToC's lists of nodes are each read by columns."""
    from tocgraph.loading import yamlblock

    read: list[bool] = []
    real = yamlblock._columns

    def spy(*args: Any) -> Any:
        found = real(*args)
        read.append(found is not None)
        return found

    monkeypatch.setattr(yamlblock, "_columns", spy)
    text = yaml.safe_dump(shared_toc_data(40), sort_keys=False, allow_unicode=True)
    assert accepted(text)
    assert read == [True] * 4

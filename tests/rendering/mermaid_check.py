"""A small structural checker for the Mermaid flowcharts tocgraph writes.

It is stricter than Mermaid: every line must be one of the forms below, ids must
be plain identifiers that are not Mermaid keywords, every label must be quoted,
and inside a label the only raw markup allowed is ``<br>``, ``<small>`` and
``<b>``; everything Mermaid could read as syntax must be an entity code.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

KEYWORDS = frozenset(
    {"end", "graph", "flowchart", "subgraph", "class", "classDef", "style", "linkStyle"}
    | {"click", "call", "default", "direction", "href"}
)
ID = r"[A-Za-z_][A-Za-z0-9_]*"
LABEL = r'"(?P<label>[^"]*)"'
INIT = re.compile(r"%%\{init: \{.*\}\}%%")
HEADER = re.compile(r"flowchart (TB|BT|LR|RL)")
COMMENT = re.compile(r"%%.*")
SUBGRAPH = re.compile(rf"subgraph (?P<id>{ID}) \[{LABEL}\]")
NODE = re.compile(rf'(?P<id>{ID})(?P<shape>\[\[|\(|\[)"(?P<label>[^"]*)"(?P<close>\]\]|\)|\])')
ENDPOINT = rf'(?P<{{name}}>{ID})(?:\["(?P<{{name}}label>[^"]*)"\])?'
EDGE = re.compile(
    ENDPOINT.format(name="a")
    + r" (?P<arrow>-->|-\.->|~~~)(?:\|"
    + r'"(?P<label>[^"]*)"\|)? '
    + ENDPOINT.format(name="b")
)
CLASSDEF = re.compile(rf"classDef (?P<name>{ID}) (?P<style>[a-z-]+:[^,\s]+(,[a-z-]+:[^,]+)*)")
CLASS = re.compile(rf"class (?P<ids>{ID}(,{ID})*) (?P<name>{ID})")
LINKSTYLE = re.compile(
    r"linkStyle (?P<numbers>\d+(,\d+)*) (?P<style>[a-z-]+:[^,]+(,[a-z-]+:[^,]+)*)"
)
TAGS = re.compile(r"<br>|</?small>|</?b>")
ENTITY = re.compile(r"#(?:quot|amp|lt|gt|\d+);")
CLOSERS = {"[[": "]]", "(": ")", "[": "]"}


@dataclass
class Chart:
    """What the checker found: declared nodes, edges (in order), labels by node."""

    nodes: dict[str, str] = field(default_factory=dict)
    edges: list[tuple[str, str]] = field(default_factory=list)
    subgraphs: dict[str, str] = field(default_factory=dict)
    classes: dict[str, list[str]] = field(default_factory=dict)


def check_label(text: str) -> str:
    """Fail unless ``text`` is a safe label body; return it decoded to plain text."""
    bare = TAGS.sub("\n", text)
    without_entities = ENTITY.sub("", bare)
    for char in '"<>[](){}|&#`':
        assert char not in without_entities, f"raw {char!r} in label {text!r}"
    # one pass, as Mermaid decodes: '#35;quot;' is the text '#quot;', not '"'
    return ENTITY.sub(_decode, bare)


def _decode(match: re.Match[str]) -> str:
    name = match.group(0)[1:-1]
    return chr(int(name)) if name.isdigit() else html.unescape(f"&{name};")


def _check_id(ident: str) -> None:
    assert re.fullmatch(ID, ident), f"unsafe id {ident!r}"
    assert ident not in KEYWORDS, f"id {ident!r} is a Mermaid keyword"


def _declare(chart: Chart, ident: str, label: str) -> None:
    _check_id(ident)
    assert ident not in chart.nodes, f"node {ident!r} declared twice"
    chart.nodes[ident] = check_label(label)


def check(text: str) -> Chart:
    """Parse a flowchart line by line; fail on anything unexpected."""
    lines = text.splitlines()
    assert text.endswith("\n"), "text must end with a newline"
    if INIT.fullmatch(lines[0]):
        lines = lines[1:]
    assert HEADER.fullmatch(lines[0]), f"bad header {lines[0]!r}"
    chart = Chart()
    depth = 0
    link_styles: list[int] = []
    invisible: list[int] = []
    for raw in lines[1:]:
        line = raw.strip()
        assert raw == raw.rstrip(), f"trailing space in {raw!r}"
        if COMMENT.fullmatch(line):
            continue
        if match := SUBGRAPH.fullmatch(line):
            _check_id(match["id"])
            chart.subgraphs[match["id"]] = check_label(match["label"])
            depth += 1
        elif line == "end":
            depth -= 1
            assert depth >= 0, "'end' without 'subgraph'"
        elif match := NODE.fullmatch(line):
            assert CLOSERS[match["shape"]] == match["close"], f"unbalanced shape in {line!r}"
            _declare(chart, match["id"], match["label"])
        elif match := EDGE.fullmatch(line):
            for end in ("a", "b"):
                if match[f"{end}label"] is not None:
                    _declare(chart, match[end], match[f"{end}label"])
            if match["label"] is not None:
                check_label(match["label"])
            chart.edges.append((match["a"], match["b"]))
            if match["arrow"] == "~~~":
                invisible.append(len(chart.edges) - 1)
        elif match := CLASSDEF.fullmatch(line):
            chart.classes.setdefault(match["name"], [])
        elif match := CLASS.fullmatch(line):
            assert match["name"] in chart.classes, f"class {match['name']!r} used before classDef"
            chart.classes[match["name"]] += match["ids"].split(",")
        elif match := LINKSTYLE.fullmatch(line):
            link_styles += [int(n) for n in match["numbers"].split(",")]
        else:
            raise AssertionError(f"unexpected line {raw!r}")
    assert depth == 0, "a subgraph is not closed"
    for source, target in chart.edges:
        assert source in chart.nodes, f"edge from undeclared node {source!r}"
        assert target in chart.nodes, f"edge to undeclared node {target!r}"
    for name, members in chart.classes.items():
        for member in members:
            assert member in chart.nodes, f"class {name!r} names undeclared node {member!r}"
    visible = [n for n in range(len(chart.edges)) if n not in invisible]
    assert sorted(link_styles) == visible, "linkStyle must name every visible link once"
    return chart

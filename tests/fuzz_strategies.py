"""Hypothesis strategies for the fuzz campaign: hostile text, broken YAML, mutated documents.

Every strategy produces *files* (bytes) or plain data, so the same inputs feed the command
line and the library. See ``tests/test_fuzz_cli.py`` and ``tests/test_fuzz_library.py``.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from tests.conftest import MODELS
from tests.strategies import toc_data

BUNDLED = sorted(p for p in MODELS.glob("*.yaml") if p.name != "policy.yaml")
BUNDLED_TEXT = {p.name: p.read_text(encoding="utf-8") for p in BUNDLED}
POLICY_TEXT = (MODELS / "policy.yaml").read_text(encoding="utf-8")
REQUESTS = sorted((MODELS / "change-requests").glob("*.yaml"))

#: Strings that have broken renderers, reports and terminals before (issue 15).
HOSTILE = [
    "<",
    ">",
    "&",
    "&amp;",
    '"',
    "'",
    "<10% uitval",
    '<<B>forged</B>> ]; "x" -> "y"',
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "\n## Goals before and after\n| G1 | potentially effective |\n",
    "line one\nline two\r\nline three\rend",
    "\x1b[2J\x1b[H",
    "\x1b]0;title\x07",
    "\x1b[31mred\x1b[0m",
    "\u202eevil\u202c",
    "\u200f\u200e\u2066\u2069",
    "nul\x00byte",
    "\x7f\x08\x0b\x0c",
    "\ud800",
    "lone \udfff surrogate",
    "x" * 5000,
    "ééé" * 700,
    "|`*_[]()#~\\",
    "{}",
    "%s %d {0}",
    "$(echo pwned)",
    "-- --strict",
    " ",
    "",
    "\t",
    "🏳️‍🌈",
    "ㅤ",
    "--- !!python/object:os.system",
]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.lists(st.sampled_from(HOSTILE), min_size=2, max_size=4).map("".join),
    st.text(max_size=40),
)


def _plausible(text: str) -> bool:
    """Could pass validation as a title: not blank, not too long, no lone surrogate."""
    return (
        bool(text.strip()) and len(text) <= 200 and not any(0xD800 <= ord(c) < 0xE000 for c in text)
    )


#: Hostile text that a valid ToC may hold, so the analyses and renderers see it.
plausible_hostile_text = st.one_of(
    st.sampled_from([h for h in HOSTILE if _plausible(h)]),
    st.lists(st.sampled_from([h for h in HOSTILE if _plausible(h)]), min_size=2, max_size=3)
    .map("".join)
    .filter(_plausible),
    st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40).filter(_plausible),
)

TEXT_FIELDS = ("title", "partner", "name", "lead", "description")
IDS = ["G1", "G2", "O1", "O2", "P1", "A1", "A2", "A3", "A9", "X1", ""]
KEYS = [
    "tocgraph",
    "id",
    "name",
    "goals",
    "outcomes",
    "outputs",
    "activities",
    "title",
    "requires",
    "contributes_to",
    "status",
    "partner",
    "partners",
    "lead",
    "to",
    "period",
    "serves",
    "strategy",
    "subsidy_ceiling_eur",
    "existed_2017_2022",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 5),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([*IDS, "any", "all", "stopped", "2025-01-01"]),
    hostile_text,
)
yaml_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=3), inner, max_size=5)
    ),
    max_leaves=20,
)


def to_bytes(text: str) -> bytes:
    """UTF-8, keeping lone surrogates as the invalid bytes a hostile file would hold."""
    return text.encode("utf-8", "surrogatepass")


def dump(value: Any) -> bytes:
    """``value`` as YAML (or, when it cannot be, JSON, which is YAML too)."""
    try:
        text = yaml.safe_dump(value, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        text = json.dumps(value, default=str)
    return to_bytes(text)


@st.composite
def hostile_toc_data(draw: st.DrawFn, valid: bool = False) -> dict[str, Any]:
    """A ToC as data with hostile strings in some of its text fields.

    With ``valid``, only text a valid ToC may hold and no changed ids, so that most
    examples load and reach the analyses and renderers.
    """
    text = plausible_hostile_text if valid else hostile_text
    toc: dict[str, Any] = draw(toc_data(max_activities=5, max_outcomes=3))
    if draw(st.booleans()):
        toc["name"] = draw(text)
    for section in ("goals", "outcomes", "outputs", "activities"):
        for node in toc[section]:
            for field in TEXT_FIELDS[:2]:
                if field in node and draw(st.integers(0, 2)) == 0:
                    node[field] = draw(text)
            if not valid and draw(st.integers(0, 5)) == 0:
                node["id"] = draw(text)
    return toc


def _enlarged(name: str, activities: int) -> str:
    """A bundled model with its activities repeated, under new ids, to ``activities`` or more.

    Every link is written as its target alone (a link with an assumption is
    read node by node, and so would be its whole section).
    """
    data = yaml.safe_load(BUNDLED_TEXT[name])
    original = [
        {**activity, "contributes_to": [_target(link) for link in activity["contributes_to"]]}
        for activity in data["activities"]
    ]
    data["activities"] = [
        {**copy.deepcopy(activity), "id": f"{activity['id']}x{k}" if k else activity["id"]}
        for k in range(-(-activities // len(original)))
        for activity in original
    ]
    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def _target(link: object) -> object:
    return link["to"] if isinstance(link, dict) else link


#: A bundled model with 72 activities: a section that large is built at once
#: (:mod:`tocgraph.loading.fastcolumns`), which the bundled models are not.
LARGE_TEXT = {"worden-wie-je-bent-72.yaml": _enlarged("worden-wie-je-bent.yaml", 72)}


@st.composite
def mutated_bundled(draw: st.DrawFn, texts: dict[str, str] | None = None) -> bytes:
    """A bundled model (or one of ``texts``) with lines dropped, doubled or cut, or hostile
    text spliced in."""
    texts = BUNDLED_TEXT if texts is None else texts
    name = draw(st.sampled_from(sorted(texts)))
    lines = texts[name].splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "double", "cut", "splice", "indent", "value"]))
        line = lines[where]
        if action == "drop":
            del lines[where]
        elif action == "double":
            lines.insert(where, line)
        elif action == "cut":
            lines[where] = line[: draw(st.integers(0, len(line)))]
        elif action == "splice":
            at = draw(st.integers(0, len(line)))
            lines[where] = line[:at] + draw(hostile_text) + line[at:]
        elif action == "indent":
            lines[where] = " " + line
        elif ":" in line:
            key = line.split(":", 1)[0]
            lines[where] = f"{key}: {json.dumps(draw(hostile_text))}\n"
        if not lines:
            lines = ["\n"]
    return to_bytes("".join(lines))


toc_files = st.one_of(
    st.binary(max_size=300),
    yaml_values.map(dump),
    hostile_toc_data().map(dump),
    mutated_bundled(),
)


@st.composite
def change_request_data(draw: st.DrawFn, toc: str = "toc.yaml") -> dict[str, Any]:
    """A change request (often invalid) naming ``toc``, with hostile rationales."""
    kind = st.sampled_from(["stop", "add", "modify", "remove", "junk"])
    changes: list[Any] = []
    for _ in range(draw(st.integers(0, 4))):
        which = draw(kind)
        target = draw(st.sampled_from(IDS))
        rationale = draw(hostile_text)
        if which == "stop":
            change: Any = {"stop": target, "rationale": rationale}
        elif which == "remove":
            # Not a goal: removing the last goal is a known failure (test_fuzz_library.py).
            target = draw(st.sampled_from([i for i in IDS if not i.startswith("G")]))
            change = {"remove": target, "rationale": rationale}
        elif which == "modify":
            field = draw(st.sampled_from(["title", "status", "contributes_to", "partner", "id"]))
            change = {"modify": target, "set": {field: draw(scalars)}, "rationale": rationale}
        elif which == "add":
            node = {
                "id": draw(st.sampled_from(["A9", "O9", "G9", "P9", "A1"])),
                "title": draw(hostile_text),
                "partner": draw(st.sampled_from(["X", "Y", "Nobody"])),
                "status": "planned",
                "contributes_to": draw(st.lists(st.sampled_from(IDS), max_size=2)),
            }
            change = {"add": node, "rationale": rationale}
        else:
            change = draw(yaml_values)
        changes.append(change)
    request: dict[str, Any] = {
        "tocgraph-change": 1,
        # No path outside the folder: reading one is a known failure (test_fuzz_cli.py).
        "toc": draw(st.sampled_from([toc, toc, toc, "", "missing.yaml", "."])),
        "title": draw(hostile_text),
        "date": "2025-03-01",
        "changes": changes,
    }
    if draw(st.integers(0, 5)) == 0:
        del request[draw(st.sampled_from(sorted(request)))]
    return request


@st.composite
def policy_data(draw: st.DrawFn) -> dict[str, Any]:
    """A policy file (often invalid) with hostile titles."""

    def entries(prefix: str) -> list[Any]:
        count = draw(st.integers(0, 3))
        return [
            {
                "id": draw(st.sampled_from([f"{prefix}{i}", "youth", ""])),
                "title": draw(hostile_text),
            }
            for i in range(count)
        ]

    policy: dict[str, Any] = {
        "tocgraph-policy": 1,
        "id": draw(st.sampled_from(["p", "", "policy"])),
        "name": draw(hostile_text),
        "aims": entries("aim"),
        "domains": entries("domain"),
    }
    if draw(st.integers(0, 4)) == 0:
        policy[draw(st.sampled_from(["aims", "domains", "extra"]))] = draw(yaml_values)
    return policy


def write(folder: Path, name: str, content: bytes) -> Path:
    """Write one input file; return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path

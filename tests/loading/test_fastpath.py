"""The fast route for valid data builds exactly what pydantic builds, and never decides an error.

Every test compares the loader with and without the fast route
(:mod:`tocgraph.loading.fastpath`): the same models (``model_dump``, equality,
the set of fields given, the types) for valid data, the same diagnostics for
invalid data. The route may decline anything; it may never accept what pydantic
would refuse or build something pydantic would build differently.
"""

from __future__ import annotations

import datetime as dt
import importlib
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError

import tocgraph
from tests.conftest import MODELS
from tests.fuzz_strategies import (
    HOSTILE,
    LARGE_TEXT,
    hostile_toc_data,
    mutated_bundled,
    yaml_values,
)
from tests.strategies import toc_data
from tocgraph.errors import InvalidToCError
from tocgraph.loading import fastpath
from tocgraph.schema.assumptions import Assumption
from tocgraph.schema.model import Period, ToC
from tocgraph.schema.nodes import Activity, Goal, Link, Outcome, Output, Title

# the module, not the function ``tocgraph.loading.load`` that shadows it
load_module: Any = importlib.import_module("tocgraph.loading.load")
ROOT = Path(__file__).resolve().parents[2]
NODE_MODELS: list[type[Goal | Outcome | Output | Activity]] = [Goal, Outcome, Output, Activity]
TOC_FILES = sorted(
    p
    for p in [*MODELS.glob("*.yaml"), *(ROOT / "tests").rglob("*.yaml")]
    if "golden" not in p.parts
)


@contextmanager
def pydantic_only() -> Iterator[None]:
    """The loader with the fast route switched off."""
    saved = load_module.build_node, load_module.build_toc, load_module.build_section
    load_module.build_node = lambda cls, item, shared=None: None
    load_module.build_toc = lambda header: None
    load_module.build_section = lambda cls, items, shared: None
    try:
        yield
    finally:
        load_module.build_node, load_module.build_toc, load_module.build_section = saved


def same_model(fast: BaseModel, slow: BaseModel) -> None:
    """Two models are the same value, built the same way, all the way down."""
    assert type(fast) is type(slow)
    assert fast == slow
    assert fast.model_dump() == slow.model_dump()
    assert fast.model_dump_json() == slow.model_dump_json()
    assert repr(fast) == repr(slow)
    assert fast.model_fields_set == slow.model_fields_set
    for name in type(fast).model_fields:
        a, b = getattr(fast, name), getattr(slow, name)
        assert type(a) is type(b), name
        if isinstance(a, BaseModel):
            same_model(a, b)
        elif isinstance(a, tuple):
            assert len(a) == len(b)
            for x, y in zip(a, b, strict=True):
                assert type(x) is type(y), name
                if isinstance(x, BaseModel):
                    same_model(x, y)


def outcome(call: Any) -> tuple[str, Any]:
    """("ok", document) or ("error", diagnostics) of ``call()``."""
    try:
        return "ok", call()
    except InvalidToCError as exc:
        return "error", exc.diagnostics


def both_ways(call: Any) -> tuple[str, Any]:
    """Run ``call`` with and without the fast route; assert they agree; return the fast one."""
    fast = outcome(call)
    with pydantic_only():
        slow = outcome(call)
    assert fast[0] == slow[0], (fast, slow)
    if fast[0] == "error":
        assert fast[1] == slow[1]
    else:
        toc_fast = fast[1] if isinstance(fast[1], ToC) else fast[1].toc
        toc_slow = slow[1] if isinstance(slow[1], ToC) else slow[1].toc
        same_model(toc_fast, toc_slow)
        if not isinstance(fast[1], ToC):
            assert dict(fast[1].locations) == dict(slow[1].locations)
    return fast


def test_every_model_is_taught() -> None:
    """Teach fastpath.py a changed model (checks and ``TAUGHT``), else it always takes pydantic."""
    for cls in (Link, Period, Goal, Outcome, Output, Activity, Assumption, ToC):
        assert fastpath.taught(cls), (cls.__name__, fastpath.fingerprint(cls))


def test_the_bundled_models_take_the_fast_route() -> None:
    text = (MODELS / "worden-wie-je-bent.yaml").read_text(encoding="utf-8")
    calls: list[bool] = []
    real = fastpath.build_toc

    def spy(header: Any) -> ToC | None:
        built = real(header)
        calls.append(built is not None)
        return built

    load_module.build_toc = spy
    try:
        tocgraph.loads(text)
    finally:
        load_module.build_toc = real
    assert calls == [True]


@pytest.mark.parametrize("path", TOC_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_file_loads_the_same_both_ways(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    both_ways(lambda: load_module.parse_document(text, path.name))


def test_a_changed_model_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(fastpath.TAUGHT, "Goal", 0)
    monkeypatch.setattr(fastpath, "_SPECS", {})
    assert fastpath.build_node(Goal, {"id": "G1", "title": "T"}) is None
    monkeypatch.undo()
    assert fastpath.build_node(Goal, {"id": "G1", "title": "T"}) is not None


def test_pydantic_strips_only_what_python_strips() -> None:
    """A title the route keeps untouched (``t == t.strip()``) is one pydantic keeps untouched."""
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    stripped = TypeAdapter(list[Title]).validate_python([f"a{c}" for c in chars])
    for char, result in zip(chars, stripped, strict=True):
        if result != f"a{char}":
            assert char.isspace(), hex(ord(char))


NEAR_VALUES = st.one_of(
    yaml_values,
    st.sampled_from(
        [
            *HOSTILE,
            " G1",
            "G1\n",
            "G1 ",
            "A" * 64,
            "A" * 65,
            "T" * 500,
            "T" * 501,
            "any",
            "all",
            "ANY",
            "op_schema",
            "gepland",
            "planned",
            "Planned",
            "platform-netwerk",
            "onderzoek-kennis-beleidsadvies",
            2**63,
            -(2**63),
            2**63 - 1,
            True,
            False,
            0,
            1,
            -1,
            1.0,
            3.5,
            dt.date(2024, 1, 1),
            dt.datetime(2024, 1, 1),
            "2024-01-01",
            ["G1"],
            ("G1",),
            [{"to": "G1"}],
            [{"to": "G1", "assumption": "because"}],
            [{"to": "G1", "assumption": " because "}],
            [{"to": "G1", "extra": 1}],
            [{"assumption": "x"}],
            ["G1", {"to": "O1"}],
            {"start": dt.date(2024, 1, 1), "end": dt.date(2025, 1, 1)},
            {"start": dt.date(2025, 1, 1), "end": dt.date(2024, 1, 1)},
            {"start": dt.date(2024, 1, 1)},
            {"start": "2024-01-01", "end": "2025-01-01"},
            [],
            [{"id": "I1", "title": "Bereik", "kind": "quantitative"}],
            "short",
            "kort",
            "Korte termijn",
            "long ",
            120000,
            {2023: 60000},
            {"2023": 60000},
            [{"to": "G1", "assumptions": ["S1"]}],
            [{"to": "G1", "assumptions": "S1"}],
            [{"to": "G1", "assumptions": [" S1"]}],
            [{"id": "S1", "text": "Het kabinet blijft"}],
            [{"id": "S1", "text": "Het kabinet blijft", "status": "onder_druk"}],
            [{"id": "S1", "text": "Het kabinet blijft", "status": "Holds"}],
            [{"id": "S1", "text": "Het kabinet blijft", "evidence": []}],
            [{"id": "S1", "text": "t", "evidence": [{"source": "s", "strength": "sterk"}]}],
            [{"id": "S1"}],
        ]
    ),
)
FIELDS = sorted({name for cls in [*NODE_MODELS, ToC] for name in cls.model_fields} | {"to", "x"})


@st.composite
def near_valid_node(draw: st.DrawFn) -> dict[str, Any]:
    """A valid-looking node with a few fields replaced, added or removed."""
    node: dict[str, Any] = {"id": "A1", "title": "Workshops"}
    for _ in range(draw(st.integers(0, 4))):
        key = draw(st.sampled_from(FIELDS))
        if draw(st.integers(0, 5)) == 0:
            node.pop(key, None)
        else:
            node[key] = draw(NEAR_VALUES)
    return node


@given(item=st.one_of(near_valid_node(), yaml_values))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_node_is_built_only_as_pydantic_builds_it(item: Any) -> None:
    shared: dict[str, Link] = {}  # links kept over a document: built, then taken again
    for cls, links in ((cls, links) for cls in NODE_MODELS for links in (None, shared, shared)):
        fast = fastpath.build_node(cls, item, links)
        if fast is None:
            continue
        try:
            slow = cls.model_validate(item)
        except ValidationError as exc:  # pragma: no cover - the property under test
            pytest.fail(f"the fast route accepted what pydantic refuses: {item!r}\n{exc}")
        same_model(fast, slow)


@st.composite
def mutated_toc_data(draw: st.DrawFn) -> dict[str, Any]:
    """A generated valid ToC, with a few header fields or node fields changed."""
    data: dict[str, Any] = draw(toc_data(max_activities=5, max_outcomes=3))
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.sampled_from(["header", "goals", "outcomes", "outputs", "activities"]))
        key = draw(st.sampled_from(FIELDS))
        value = draw(NEAR_VALUES)
        if where == "header":
            data[key] = value
        elif isinstance(data.get(where), list) and data[where]:
            node = data[where][draw(st.integers(0, len(data[where]) - 1))]
            if isinstance(node, dict):
                node[key] = value
    return data


@given(data=st.one_of(mutated_toc_data(), hostile_toc_data(), hostile_toc_data(valid=True)))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_documents_load_the_same_both_ways(data: dict[str, Any]) -> None:
    both_ways(lambda: tocgraph.from_dict(data))


@given(text=mutated_bundled())
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_bundled_files_load_the_same_both_ways(text: bytes) -> None:
    decoded = text.decode("utf-8", "replace")
    both_ways(lambda: load_module.parse_document(decoded, "m.yaml"))


def test_the_large_file_builds_its_activities_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a vacuous comparison: the mutated large files start from a section built at once."""
    built: list[bool] = []
    original = load_module.build_section

    def spy(cls: Any, items: Any, shared: Any) -> Any:
        result = original(cls, items, shared)
        built.append(result is not None)
        return result

    monkeypatch.setattr(load_module, "build_section", spy)
    (text,) = LARGE_TEXT.values()
    assert len(tocgraph.loads(text).activities) == 72
    assert True in built


@given(text=mutated_bundled(LARGE_TEXT))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_large_files_load_the_same_both_ways(text: bytes) -> None:
    decoded = text.decode("utf-8", "replace")
    both_ways(lambda: load_module.parse_document(decoded, "m.yaml"))


def test_valid_generated_documents_take_the_fast_route() -> None:
    """Not a vacuous comparison: generated valid ToCs are built by the fast route."""

    @given(data=toc_data())
    @settings(max_examples=50, deadline=None)
    def check(data: dict[str, Any]) -> None:
        header = dict(data)
        for section, cls in load_module.SECTIONS.items():
            nodes = [fastpath.build_node(cls, item) for item in data.get(section, [])]
            assert all(node is not None for node in nodes), data
            header[section] = nodes
        assert fastpath.build_toc(header) is not None

    check()


def test_the_route_needs_no_model_class_built() -> None:
    """Checking a valid file compiles no pydantic validator (``defer_build``)."""
    code = (
        "import tocgraph\n"
        "tocgraph.load('models/worden-wie-je-bent.yaml')\n"
        "from tocgraph.schema.model import ToC, Activity\n"
        "print(ToC.__pydantic_complete__, Activity.__pydantic_complete__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "False"]


MAIN_FIELDS = """
tocgraph: 1
id: velden
period: {start: 2023-01-01, end: 2027-12-31}
subsidy_ceiling_eur: 500000
illustrative: true
assumptions:
  - {id: S1, text: Het kabinet blijft zitten, status: onder_druk}
  - {id: S2, text: Scholen doen mee, evidence: []}
goals: [{id: G1, title: Gelijke kansen, indicators: []}]
outcomes:
  - {id: O1, title: Bewustwording, horizon: kort, contributes_to: [{to: G1, assumptions: [S1]}]}
outputs: [{id: P1, title: Lessen, contributes_to: [O1]}]
activities:
  - id: A1
    title: Workshops
    budget_eur: 120000
    start: 2024-01-01
    end: 2024-12-31
    contributes_to: [{to: P1, assumptions: [S1, S2]}]
"""


def test_main_s_plain_fields_take_the_fast_route() -> None:
    """Link assumptions, horizon, dates, whole-euro budgets, assumptions without evidence."""
    calls: list[bool] = []
    real_node, real_toc = fastpath.build_node, fastpath.build_toc

    def node_spy(cls: Any, item: Any, shared: Any = None) -> Any:
        built = real_node(cls, item, shared)
        calls.append(built is not None)
        return built

    def toc_spy(header: Any) -> ToC | None:
        built = real_toc(header)
        calls.append(built is not None)
        return built

    def section_spy(cls: Any, items: Any, shared: Any) -> Any:
        return None  # node by node, so that every node is spied on

    real_section = load_module.build_section
    load_module.build_node, load_module.build_toc = node_spy, toc_spy
    load_module.build_section = section_spy
    try:
        done = both_ways(lambda: load_module.parse_document(MAIN_FIELDS, "velden.yaml"))
    finally:
        load_module.build_node, load_module.build_toc = real_node, real_toc
        load_module.build_section = real_section
    assert done[0] == "ok", done
    assert calls == [True] * 5  # four nodes and the header (the pydantic run is not spied on)


@pytest.mark.parametrize(
    "item",
    [
        {"id": "A1", "title": "T", "budget_eur": {2023: 1}},
        {"id": "A1", "title": "T", "budget_eur": {"2023": 1}},
        {"id": "A1", "title": "T", "budget_eur": True},
        {"id": "A1", "title": "T", "budget_eur": -1},
        {"id": "A1", "title": "T", "start": "2024-01-01"},
    ],
)
def test_complex_or_doubtful_activity_fields_go_to_pydantic(item: dict[str, Any]) -> None:
    assert fastpath.build_node(Activity, item) is None


@given(data=toc_data(assumptions=True), declared=st.integers(0, 4), short=st.booleans())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_links_naming_assumptions_are_known_to_the_route(
    data: dict[str, Any], declared: int, short: bool
) -> None:
    """``SharedLinks.named`` says whether a built link names an assumption; loads agree."""
    if short:  # every link in the short form: none names an assumption
        for section in ("outcomes", "outputs", "activities"):
            for node in data.get(section, []):
                node["contributes_to"] = [
                    link if isinstance(link, str) else link["to"] for link in node["contributes_to"]
                ]
    data["assumptions"] = data.get("assumptions", [])[:declared]  # some names now unknown
    shared = fastpath.SharedLinks()
    built = [
        fastpath.build_node(cls, item, shared)
        for section, cls in load_module.SECTIONS.items()
        for item in data.get(section, [])
    ]
    assert all(node is not None for node in built)
    links = [link for node in built for link in getattr(node, "contributes_to", ())]
    assert shared.named == any(link.assumptions for link in links)
    both_ways(lambda: tocgraph.from_dict(data))

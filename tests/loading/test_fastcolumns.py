"""A whole section built at once is built exactly as node by node, or not at all."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from benchmarks.generate import shared_toc_data
from tests.loading.test_fastpath import (
    NEAR_VALUES,
    NODE_MODELS,
    ROOT,
    TOC_FILES,
    load_module,
    same_model,
)
from tocgraph.loading import fastpath
from tocgraph.loading.document import TOC, parse
from tocgraph.loading.fastcolumns import build_section
from tocgraph.schema.nodes import Activity, Goal, Strategy

# values that are mostly valid, so that whole sections often take the route
GOOD: dict[str, st.SearchStrategy[Any]] = {
    "id": st.sampled_from(["A1", "P2", "O3", "G4", "x.y-z_9", "9"]),
    "title": st.sampled_from(["Workshops", "Node A0", "Éen titel", "t", "a" * 500]),
    "description": st.sampled_from([None, "Meer tekst", ""]),
    "status": st.sampled_from(["on_track", "achieved", "loopt", "stopped"]),
    "partner": st.sampled_from([None, "Org1", "Stem op een Vrouw"]),
    "requires": st.sampled_from([1, 2, "any", "all"]),
    "contributes_to": st.lists(st.sampled_from(["G1", "O1", "P1", "P2", "OL7"]), max_size=4),
    "indicators": st.just([]),
    "serves": st.lists(st.sampled_from(["G1", "G2"]), max_size=2),
    "horizon": st.sampled_from([None, "short", "kort"]),
    "budget_eur": st.sampled_from([None, 0, 120000]),
    "strategy": st.sampled_from([None, *(strategy.value for strategy in Strategy)]),
    "start": st.sampled_from([None, dt.date(2024, 1, 1)]),
    "end": st.sampled_from([None, dt.date(2025, 1, 1)]),
}
FIELDS = sorted({name for cls in NODE_MODELS for name in cls.model_fields})


class Text(str):
    """A subclass of ``str``: equal to its text, but not a plain text."""


@st.composite
def sections(draw: st.DrawFn, cls: type[Any]) -> list[Any]:
    """Nodes of ``cls`` with (nearly always) one order of keys and mostly valid values."""
    fields = sorted(cls.model_fields)
    if draw(st.integers(0, 9)) == 0:
        fields = FIELDS  # a key the model does not know, or a required one missing
    keys = draw(st.permutations(fields).map(lambda names: list(names[: len(names) // 2 + 1])))
    if draw(st.integers(0, 9)):
        required = [name for name, field in cls.model_fields.items() if field.is_required()]
        keys = draw(st.permutations([key for key in keys if key not in required] + required))
    items: list[Any] = []
    for _ in range(draw(st.integers(1, 6))):
        item = {key: draw(GOOD.get(key, NEAR_VALUES)) for key in keys}
        for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):
            key = draw(st.sampled_from(keys))
            item[key] = draw(st.one_of(NEAR_VALUES, st.just(Text("G1")), st.just([Text("G1")])))
        if draw(st.integers(0, 19)) == 0:
            item.pop(draw(st.sampled_from(keys)))
            item.setdefault("id", "A9")  # another order of keys
        items.append(item if draw(st.integers(0, 29)) else "not a node")
    return items


def listed(item: Any) -> list[str] | None:
    """What the loader keeps of a node built node by node: its links' ids when read as texts."""
    found = item.get("contributes_to")
    return found if type(found) is list and all(type(x) is str for x in found) else None


@given(data=st.data(), seen=st.lists(st.sampled_from(["G1", "P1", "OL7"]), max_size=3))
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_section_is_built_as_node_by_node(data: st.DataObject, seen: list[str]) -> None:
    for cls in NODE_MODELS:
        items = data.draw(sections(cls))
        at_once, one_by_one = fastpath.SharedLinks(), fastpath.SharedLinks()
        for target in seen:  # links kept from earlier sections
            at_once[target] = one_by_one[target] = fastpath._link(target)
        built = build_section(cls, items, at_once)
        nodes = [fastpath.build_node(cls, item, one_by_one) for item in items]
        if built is None:
            continue
        assert all(node is not None for node in nodes)
        assert len(built[0]) == len(nodes) == len(built[1])
        for fast, slow, item, ids in zip(built[0], nodes, items, built[1], strict=True):
            assert slow is not None
            same_model(fast, slow)
            assert list(fast.__dict__) == list(slow.__dict__)  # field order: model_dump's order
            assert fast.__pydantic_fields_set__ is slow.__pydantic_fields_set__
            assert fast.__pydantic_extra__ is None
            assert fast.__pydantic_private__ is None
            assert ids is listed(item) or (ids is None and listed(item) is None)
        assert at_once == one_by_one
        assert not at_once.named


def test_only_large_sections_are_tried_at_once() -> None:
    shared = fastpath.SharedLinks()
    goals = [{"id": f"G{i}", "title": "T"} for i in range(load_module._SECTION_FROM)]
    assert load_module.build_section(Goal, goals[1:], shared) is None
    assert load_module.build_section(Goal, goals, shared) is not None


def test_valid_uniform_sections_take_the_route() -> None:
    """Not vacuous: the sections of a generated ToC are each built at once."""
    data = shared_toc_data(60)
    shared = fastpath.SharedLinks()
    for section, cls in load_module.SECTIONS.items():
        built = build_section(cls, data[section], shared)
        assert built is not None, section
        assert [node.id for node in built[0]] == [item["id"] for item in data[section]]


def test_sections_it_leaves_to_the_nodes() -> None:
    shared = fastpath.SharedLinks()
    two_orders = [{"id": "G1", "title": "T"}, {"title": "T", "id": "G2"}]
    assert build_section(Goal, two_orders, shared) is None
    assert build_section(Goal, [{"id": "G1", "title": " T"}], shared) is None
    assert build_section(Goal, [], shared) is None
    assert build_section(Goal, ({"id": "G1", "title": "T"},), shared) is None
    assert build_section(Goal, [{"id": "G1", "title": "T"}], None) is None
    mapped = [{"id": "A1", "title": "T", "status": "on_track", "contributes_to": [{"to": "G1"}]}]
    assert build_section(Activity, mapped, shared) is None
    bad_target = [{"id": "A1", "title": "T", "status": "on_track", "contributes_to": ["G 1"]}]
    assert build_section(Activity, bad_target, shared) is None


def test_models_built_at_once_behave_as_pydantic_s() -> None:
    """Dumps, equality, copies, pickling, hashing and frozen-ness, against pydantic's models."""
    items = shared_toc_data(30)["activities"]
    built = build_section(Activity, items, fastpath.SharedLinks())
    assert built is not None
    for fast, item in zip(built[0], items, strict=True):
        slow = Activity.model_validate(item)
        same_model(fast, slow)
        assert hash(fast) == hash(slow)
        same_model(pickle.loads(pickle.dumps(fast)), slow)
        same_model(copy.deepcopy(fast), slow)
        same_model(fast.model_copy(), slow.model_copy())
        changed = {"title": "Anders"}
        same_model(fast.model_copy(update=changed), slow.model_copy(update=changed))
        with pytest.raises(ValidationError):
            fast.title = "Anders"  # type: ignore[misc]
        assert fast.model_dump_json() == slow.model_dump_json()


@contextmanager
def node_by_node() -> Iterator[None]:
    """The loader without whole sections."""
    saved = load_module.build_section
    load_module.build_section = lambda cls, items, shared: None
    try:
        yield
    finally:
        load_module.build_section = saved


def validated(text: str, name: str) -> Any:
    """What ``_validate`` gives for ``text``: the document and the ids read per node."""
    try:
        document, targets = load_module._validate(parse(text, name, TOC, 10**8, placed=2))
    except load_module.InvalidToCError as exc:
        return "error", exc.diagnostics
    return document, targets


def same_both_ways(text: str, name: str) -> None:
    """``_validate`` with every section tried at once, however small, and node by node."""
    saved = load_module._SECTION_FROM
    load_module._SECTION_FROM = 1
    try:
        fast = validated(text, name)
    finally:
        load_module._SECTION_FROM = saved
    with node_by_node():
        slow = validated(text, name)
    assert type(fast[0]) is type(slow[0])
    if fast[0] == "error":
        assert fast == slow
        return
    same_model(fast[0].toc, slow[0].toc)
    assert dict(fast[0].locations) == dict(slow[0].locations)
    assert dict(fast[0].keys) == dict(slow[0].keys)
    assert fast[1] == slow[1]


@pytest.mark.parametrize("path", TOC_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_file_validates_the_same_both_ways(path: Path) -> None:
    same_both_ways(path.read_text(encoding="utf-8"), path.name)


def test_a_large_generated_toc_validates_the_same_both_ways() -> None:
    text = yaml.safe_dump(shared_toc_data(400), sort_keys=False, allow_unicode=True)
    same_both_ways(text, "big.yaml")
    broken = text.replace("status: on_track", "status: kapot", 1)
    same_both_ways(broken, "broken.yaml")

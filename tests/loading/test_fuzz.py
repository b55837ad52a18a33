"""Any input gives a ToC or diagnostics, never another exception."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tocgraph
from tests.fuzz_strategies import KEYS
from tests.strategies import toc_data
from tocgraph.i18n import localize

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 5),
    st.sampled_from(["G1", "O1", "A1", "any", "all", "stopped", "x", ""]),
    st.text(max_size=5),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=3), inner, max_size=5)
    ),
    max_leaves=25,
)


def _must_not_crash(text: str) -> None:
    try:
        tocgraph.loads(text)
    except tocgraph.InvalidToCError as exc:
        assert exc.diagnostics  # noqa: PT017 - either outcome is fine, a crash is not
        assert all(d.code in tocgraph.CODES for d in exc.diagnostics)  # noqa: PT017
        for d in exc.diagnostics:  # every one can be shown in Dutch
            assert d.phrase is not None
            assert localize(d, "nl").format()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text: str) -> None:
    _must_not_crash(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values)
def test_arbitrary_yaml_structures(value: object) -> None:
    _must_not_crash(yaml.safe_dump(value))


@settings(max_examples=200, deadline=None)
@given(toc_data(), st.data())
def test_mutated_valid_tocs(data: dict[str, object], draw: st.DataObject) -> None:
    section = draw.draw(st.sampled_from(["goals", "outcomes", "activities"]))
    items = data[section]
    assert isinstance(items, list)
    if items:
        item = draw.draw(st.sampled_from(items))
        key = draw.draw(st.sampled_from(KEYS))
        item[key] = draw.draw(values)
    _must_not_crash(yaml.safe_dump(data))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes(raw: bytes) -> None:
    from tocgraph.loading.yamlsource import decode

    located = decode(raw, "fuzz.yaml")
    if located.text is not None:
        _must_not_crash(located.text)


_BASELINE = tocgraph.load("models/worden-wie-je-bent.yaml")
CHANGE_KEYS = ["stop", "add", "modify", "remove", "set", "level", "rationale", "id", "title"]
changes = st.lists(
    st.dictionaries(st.sampled_from(CHANGE_KEYS + KEYS), values, max_size=4), max_size=4
)


def _only_diagnostics(call: object, *args: object, **kwargs: object) -> None:
    try:
        call(*args, **kwargs)  # type: ignore[operator]
    except tocgraph.InvalidToCError as exc:
        for d in exc.diagnostics:
            assert d.code in tocgraph.CODES
            assert "\n" not in d.message + (d.hint or ""), d


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=3), values, max_size=6))
def test_arbitrary_dicts(data: dict[str, object]) -> None:
    _only_diagnostics(tocgraph.from_dict, {"tocgraph": 1, **data})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes)
def test_arbitrary_change_requests(items: list[dict[str, object]]) -> None:
    text = yaml.safe_dump({"tocgraph-change": 1, "toc": "x.yaml", "title": "T", "changes": items})
    _only_diagnostics(tocgraph.loads_change_request, text, baseline=_BASELINE)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["int", "float", "bool", "timestamp", "str", "null"]),
    st.text(max_size=8).map(lambda s: s.replace("\\", "").replace('"', "")),
)
def test_explicit_tags_with_any_value(tag: str, value: str) -> None:
    _must_not_crash(f'tocgraph: 1\nid: t\nname: !!{tag} "{value}"\ngoals: [{{id: G1, title: g}}]\n')

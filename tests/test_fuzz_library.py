"""Fuzz the library's entry points: a TocGraphError (or a TypeError naming the parameter), never
another exception from deep inside; inputs untouched; every result serialises to JSON.

Bounded by the ``tocgraph-fuzz`` hypothesis profile (``tests/conftest.py``).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any, Literal

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import tocgraph
from tests.fuzz_strategies import (
    BUNDLED,
    HOSTILE,
    change_request_data,
    dump,
    hostile_text,
    hostile_toc_data,
    policy_data,
    toc_files,
    write,
)

fuzz = settings(settings.get_profile("tocgraph-fuzz"))
MISUSE = (tocgraph.TocGraphError, TypeError)

#: Known failures in other areas (issue 15, items 9-11), to be fixed there; see the report.
XFAIL_LOADING = "loading/schema is being rewritten: a stray exception escapes from loading"


def _text(content: bytes) -> str:
    # Not "surrogateescape": loads() of a lone surrogate is a known failure (see below).
    return content.decode("utf-8", "replace")


def _loads_or_none(text: str) -> tocgraph.ToC | None:
    try:
        return tocgraph.loads(text)
    except tocgraph.InvalidToCError as exc:
        assert exc.diagnostics  # noqa: PT017
        assert all(d.code in tocgraph.CODES for d in exc.diagnostics)  # noqa: PT017
        return None


def _misuse_ok(call: Any, *args: Any, **kwargs: Any) -> Any:
    """Call; a TocGraphError is fine, a TypeError must name what was wrong."""
    try:
        return call(*args, **kwargs)
    except tocgraph.TocGraphError:
        return None
    except TypeError as exc:
        assert str(exc), f"{call.__name__}: a TypeError without a message"  # noqa: PT017
        return None


@fuzz
@given(content=toc_files)
def test_loads_any_text(content: bytes) -> None:
    _loads_or_none(_text(content))


@fuzz
@given(content=toc_files)
def test_load_any_file(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as name:
        path = write(Path(name), "toc.yaml", content)
        try:
            tocgraph.load(path)
        except tocgraph.InvalidToCError as exc:
            assert all(d.path == str(path) for d in exc.diagnostics)  # noqa: PT017
            assert all(d.line is not None for d in exc.diagnostics if d.code >= "TOC004"), [  # noqa: PT017 - either outcome is fine, a crash is not
                d.format() for d in exc.diagnostics
            ]
        assert path.read_bytes() == content


@fuzz
@given(
    data=hostile_toc_data(valid=True),
    stop=st.lists(st.sampled_from(["A1", "A2", "A3", "Z9"]) | hostile_text, max_size=3),
    partners=st.lists(st.sampled_from(["X", "Y"]) | hostile_text, max_size=2),
    fmt=st.sampled_from(["dot", "mmd"]),
    lang=st.sampled_from(["en", "nl"]),
)
def test_analyses_and_renderers_on_hostile_tocs(
    data: dict[str, Any], stop: list[str], partners: list[str], fmt: str, lang: str
) -> None:
    toc = _loads_or_none(_text(dump(data)))
    assume(toc is not None)
    assert toc is not None
    assessment = tocgraph.assess(toc)
    assert set(assessment.nodes) == {node.id for node in toc.nodes()}
    json.dumps(tocgraph.criticality(toc).to_dict())
    json.dumps(tocgraph.compare(toc, toc).to_dict())
    result = _misuse_ok(tocgraph.impact, toc, stop=stop, partners=partners)
    if result is not None:
        json.dumps(result.to_dict())
    picture = _misuse_ok(tocgraph.render, toc, fmt, stop=stop, partners=partners, lang=lang)
    if picture is not None:
        text = picture.decode("utf-8")
        assert "\x00" not in text
        assert "\x1b" not in text


@fuzz
@given(
    value=st.sampled_from(HOSTILE)
    | st.none()
    | st.integers()
    | st.lists(st.sampled_from(["A1", "G1"]), max_size=2)
    | st.sampled_from(["A1", "X", "Z9"]),
    parameter=st.sampled_from(["stop", "partners"]),
)
def test_misuse_of_scenario_parameters(value: Any, parameter: str) -> None:
    toc = tocgraph.load(BUNDLED[0])
    _misuse_ok(tocgraph.impact, toc, **{parameter: value})
    _misuse_ok(tocgraph.render, toc, "dot", **{parameter: value})


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("lang", None), ("lang", "xx"), ("direction", "up"), ("group", "x"), ("group", 3)],
)
def test_render_option_misuse_is_a_tocgraph_error(parameter: str, value: Any) -> None:
    toc = tocgraph.load(BUNDLED[0])
    with pytest.raises(MISUSE):
        tocgraph.render(toc, "dot", **{parameter: value})


@pytest.mark.parametrize("value", ["xx", "", None, 3])
def test_render_format_misuse(value: Any) -> None:
    toc = tocgraph.load(BUNDLED[0])
    with pytest.raises(MISUSE):
        tocgraph.render(toc, value)


@pytest.mark.parametrize("text", ["\udc80", "id: \ud800\n", "tocgraph: 1\nid: x\udfff\n"])
def test_loads_lone_surrogates(text: str) -> None:
    with pytest.raises(tocgraph.InvalidToCError):
        tocgraph.loads(text)


@fuzz
@given(
    toc=toc_files | st.sampled_from(BUNDLED).map(Path.read_bytes),
    request=change_request_data(toc="toc.yaml"),
    lang=st.sampled_from(["en", "nl"]),
)
def test_change_requests(toc: bytes, request: dict[str, Any], lang: Literal["en", "nl"]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write(folder, "toc.yaml", toc)
        path = write(folder, "cr.yaml", dump(request))
        try:
            reviewed = tocgraph.review_change_file(path, root=folder)
        except tocgraph.InvalidToCError as exc:
            assert exc.diagnostics  # noqa: PT017
            return
        json.dumps(reviewed.to_dict())
        report = tocgraph.change_request_markdown(reviewed, lang)
        assert "\x1b" not in report
        assert "<script" not in report.lower()
        assert (folder / "toc.yaml").read_bytes() == toc


@fuzz
@given(
    tocs=st.lists(hostile_toc_data() | st.sampled_from(BUNDLED).map(Path.read_bytes), max_size=3),
    policy=policy_data(),
    partners=st.lists(hostile_text, max_size=2),
)
def test_portfolios(tocs: list[Any], policy: dict[str, Any], partners: list[str]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for index, toc in enumerate(tocs):
            content = toc if isinstance(toc, bytes) else dump(toc)
            write(folder, f"alliance-{index}.yaml", content)
        write(folder, "policy.yaml", dump(policy))
        try:
            checked = tocgraph.portfolio_folder(folder, partners=partners)
        except tocgraph.TocGraphError:
            return
        json.dumps(checked.to_dict())


@fuzz
@given(text=hostile_text)
def test_load_policy_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        body = yaml.safe_dump({"tocgraph-policy": 1, "id": "p", "name": text, "aims": []})
        path = write(Path(name), "policy.yaml", body.encode("utf-8", "surrogatepass"))
        _misuse_ok(tocgraph.load_policy, path)


@fuzz
@given(name=hostile_text, data=st.text(max_size=20) | st.binary(max_size=20))
def test_write_output_any_name(name: str, data: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        toc = Path(folder) / "toc.yaml"
        toc.write_bytes(b"tocgraph: 1\n")
        target = Path(folder) / name if name else name
        try:
            tocgraph.write_output(target, data, inputs=[toc])
        except tocgraph.OutputError as exc:
            assert str(exc)  # noqa: PT017
        assert toc.read_bytes() == b"tocgraph: 1\n"


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["a.yaml"]])
def test_write_output_type_errors_name_the_parameter(bad: Any) -> None:
    with pytest.raises(TypeError, match="path"):
        tocgraph.write_output(bad, "x")


def test_load_of_an_unencodable_name() -> None:
    with pytest.raises(tocgraph.InvalidToCError):
        tocgraph.load("\ud800.yaml")


@pytest.mark.parametrize(
    "changes",
    [
        [{"remove": "G1", "rationale": "r"}],
        [{"stop": "G1", "rationale": "r"}, {"remove": "G1", "rationale": "r"}],
    ],
)
def test_removing_the_last_goal(changes: list[dict[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write(folder, "toc.yaml", (BUNDLED[0]).read_bytes())
        request = {"tocgraph-change": 1, "toc": "toc.yaml", "title": "t", "changes": changes}
        path = write(folder, "cr.yaml", dump(request))
        with pytest.raises(tocgraph.InvalidToCError):
            tocgraph.review_change_file(path, root=folder)


@pytest.mark.parametrize("fmt", ["dot", "mmd"])
def test_pictures_carry_no_bidi_controls(fmt: Literal["dot", "mmd"]) -> None:
    toc = tocgraph.loads(
        'tocgraph: 1\nid: a\ngoals:\n- id: G1\n  title: "x\u202ey"\nactivities:\n'
        '- id: A1\n  title: "t\u2066"\n  status: planned\n  partner: "p\u202a"\n'
        "  contributes_to: [G1]\n"
    )
    text = tocgraph.render(toc, fmt).decode("utf-8")
    assert not set(text) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

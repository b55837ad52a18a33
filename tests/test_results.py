"""Results are data: every JSON document the CLI prints is a result's ``to_dict()``."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import networkx as nx
import pytest
from pydantic import BaseModel

import tocgraph
from tocgraph.cli import main
from tocgraph.loading import Document

WWJB = "models/worden-wie-je-bent.yaml"
V2 = "tests/fixtures/worden-wie-je-bent-v2.yaml"
CR = "models/change-requests/worden-wie-je-bent-2025-1.yaml"

CASES: dict[str, tuple[list[str], Callable[[], Any]]] = {
    "check": (["check", WWJB, "--json"], lambda: tocgraph.check_file(WWJB)),
    "check-warnings": (
        ["check", "tests/fixtures/warnings.yaml", "--json"],
        lambda: tocgraph.check_file("tests/fixtures/warnings.yaml"),
    ),
    "impact": (
        ["impact", "models/politica.yaml", "--partner", "Stem op een Vrouw", "--stop", "A3"],
        lambda: tocgraph.impact(
            tocgraph.load("models/politica.yaml"), stop=["A3"], partners=["Stem op een Vrouw"]
        ),
    ),
    "critical": (["critical", WWJB], lambda: tocgraph.criticality(tocgraph.load(WWJB))),
    "diff": (["diff", WWJB, V2], lambda: tocgraph.compare(tocgraph.load(WWJB), tocgraph.load(V2))),
    "change-request": (
        ["change-request", CR, "--format", "json"],
        lambda: tocgraph.review_change_file(CR),
    ),
    "portfolio": (["portfolio", "models"], lambda: tocgraph.portfolio_folder("models")),
    "portfolio-partner": (
        ["portfolio", "models", "--partner", "Rutgers"],
        lambda: tocgraph.portfolio_folder("models", partners=["Rutgers"]),
    ),
}


def _cli_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    if "--json" not in argv and "--format" not in argv:
        argv = [*argv, "--json"]
    main(argv)
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", CASES)
def test_to_dict_is_exactly_the_cli_json(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv, build = CASES[name]
    result = build()
    assert result.to_dict() == _cli_json(argv, capsys)
    json.dumps(result.to_dict())  # plain data, ready for any JSON tool


def _mutable_parts(value: Any, where: str, seen: set[int]) -> list[str]:
    if id(value) in seen or isinstance(value, BaseModel | Document | str | int | float | None):
        return []  # pydantic models and loaded documents: see the loading test below
    seen.add(id(value))
    if isinstance(value, list | dict | set | bytearray):
        return [where]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        assert value.__dataclass_params__.frozen, where  # type: ignore[attr-defined]
        found = []
        for field in dataclasses.fields(value):
            found += _mutable_parts(getattr(value, field.name), f"{where}.{field.name}", seen)
        return found
    if isinstance(value, MappingProxyType):
        return [p for k, v in value.items() for p in _mutable_parts(v, f"{where}[{k!r}]", seen)]
    if isinstance(value, tuple | frozenset):
        return [p for i, v in enumerate(value) for p in _mutable_parts(v, f"{where}[{i}]", seen)]
    return []


@pytest.mark.parametrize("name", CASES)
def test_results_are_deeply_immutable(name: str) -> None:
    assert _mutable_parts(CASES[name][1](), name, set()) == []


def test_loaded_documents_are_deeply_immutable() -> None:
    document = tocgraph.load_document(WWJB)
    fields = dataclasses.fields(document)
    assert not any(isinstance(getattr(document, f.name), dict) for f in fields)


def test_diff_values_are_frozen_and_thawed_for_json() -> None:
    old = tocgraph.load(WWJB)
    new = old.model_copy(update={"partners": (*(old.partners or ()), "Nieuw")})
    change = next(f for f in tocgraph.compare(old, new).fields if f.field == "partners")
    assert isinstance(change.after, tuple)
    assert tocgraph.compare(old, new).to_dict()["fields"][0]["after"] == list(change.after)


def test_networkx_view_carries_verdicts_and_writes_graphml(tmp_path: Any) -> None:
    toc = tocgraph.load("tests/fixtures/warnings.yaml")
    graph = tocgraph.to_networkx(toc, tocgraph.assess(toc))
    for _, attrs in graph.nodes(data=True):
        assert None not in attrs.values()
    path = tmp_path / "toc.graphml"
    nx.write_graphml(graph, path)
    back = nx.read_graphml(path)
    assert back.nodes["G1"]["verdict"] == "potentially_effective"
    assert back.nodes["G1"]["margin"] == 1
    assert back.nodes["A1"]["kind"] == "activity"
    assert set(back.edges) == set(graph.edges)
    assert "verdict" not in tocgraph.to_networkx(toc).nodes["G1"]


def _wrong(value: object) -> Any:
    """A value of the wrong type, past the type checker."""
    return value


@pytest.mark.parametrize(
    ("call", "parameter"),
    [
        (lambda toc: tocgraph.impact(toc, stop="A1"), "stop"),
        (lambda toc: tocgraph.impact(toc, partners="VHTO"), "partners"),
        (lambda toc: tocgraph.assess(toc, "A1"), "stopped"),
        (lambda toc: tocgraph.impact(toc, stop=_wrong([1])), "stop"),
        (lambda toc: tocgraph.assess(_wrong(WWJB)), "toc"),
        (lambda toc: tocgraph.criticality(_wrong({"id": "x"})), "toc"),
        (lambda toc: tocgraph.portfolio([toc], partners="VHTO"), "partners"),
        (lambda toc: tocgraph.check_paths(WWJB), "paths"),
    ],
)
def test_library_misuse_is_a_type_error_naming_the_parameter(
    call: Callable[[Any], object], parameter: str
) -> None:
    with pytest.raises(TypeError, match=rf"^{parameter} must"):
        call(tocgraph.load(WWJB))


def test_assess_with_an_unknown_stopped_id_is_a_scenario_error() -> None:
    with pytest.raises(tocgraph.ScenarioError, match="'A99' is not in this ToC"):
        tocgraph.assess(tocgraph.load(WWJB), stopped=["A99"])


def test_unknown_language_is_a_tocgraph_error() -> None:
    reviewed = tocgraph.review_change_file(CR)
    with pytest.raises(tocgraph.TocGraphError, match="unknown language 'xx'"):
        tocgraph.change_request_markdown(reviewed, "xx")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="lang must be a str"):
        tocgraph.change_request_markdown(reviewed, None)  # type: ignore[arg-type]


def test_the_markdown_report_takes_a_review_from_the_analysis_too() -> None:
    document = tocgraph.load_change_request(CR)
    review = tocgraph.review_change_request(document.baseline.toc, document.request)
    from_file = tocgraph.change_request_markdown(tocgraph.review_change_file(CR), diagram=False)
    from_review = tocgraph.change_request_markdown(review, diagram=False)
    assert from_review.splitlines()[:-1] == from_file.splitlines()[:-1]  # all but the footer
    with pytest.raises(TypeError, match=r"^reviewed must come from"):
        tocgraph.change_request_markdown(_wrong(CR))


def test_check_of_several_files_prints_each_files_to_dict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["check", "models", "tests/fixtures/invalid.yaml", "--json"])
    printed = json.loads(capsys.readouterr().out)
    expected = tocgraph.check_paths(["models", "tests/fixtures/invalid.yaml"])
    assert printed == [r.to_dict() for r in expected]
    assert not expected[-1].valid

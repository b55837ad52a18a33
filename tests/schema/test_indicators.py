"""The indicator and time fields: Dutch words, numbers, and what the format refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

import tocgraph
from tocgraph.schema.indicators import Horizon, IndicatorKind

HEAD = "tocgraph: 1\nid: t\n"


def _outcome(extra: str) -> str:
    return (
        HEAD
        + "goals: [{id: G1, title: g}]\noutcomes:\n  - {id: O1, title: o, "
        + extra
        + (", contributes_to: [G1]}\n")
    )


@pytest.mark.parametrize(
    ("word", "horizon"),
    [
        ("short", Horizon.SHORT),
        ("korte termijn", Horizon.SHORT),
        ("Korte-Termijn", Horizon.SHORT),
        ("middellange_termijn", Horizon.MEDIUM),
        ("lang", Horizon.LONG),
        ("long", Horizon.LONG),
    ],
)
def test_horizon_words(word: str, horizon: Horizon) -> None:
    toc = tocgraph.loads(_outcome(f"horizon: {word}"))
    assert toc.outcomes[0].horizon is horizon


def test_an_unknown_horizon_lists_the_choices() -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(_outcome("horizon: soon"), source="t.yaml")
    (problem,) = info.value.diagnostics
    assert problem.code == "TOC102"
    assert (problem.line, problem.column) == (5, 33)
    assert "short, medium, long" in problem.message
    assert "korte_termijn" in problem.message


@pytest.mark.parametrize(
    ("word", "kind"), [("kwantitatief", "quantitative"), ("Kwalitatief", "qualitative")]
)
def test_indicator_kind_dutch_words(word: str, kind: str) -> None:
    toc = tocgraph.loads(
        HEAD + f"goals: [{{id: G1, title: g, indicators: [{{id: I1, title: i, kind: {word}}}]}}]\n"
    )
    assert toc.goals[0].indicators[0].kind is IndicatorKind(kind)


@pytest.mark.parametrize(
    ("value", "words"),
    [("'12'", "without quotes"), ("true", "a number"), (".nan", "finite")],
)
def test_values_are_numbers(value: str, words: str) -> None:
    text = (
        HEAD + "goals: [{id: G1, title: g, indicators: [{id: I1, title: i, kind: quantitative,"
        f" baseline: {{value: {value}}}}}]}}]\n"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text)
    codes = [d.code for d in info.value.diagnostics]
    if value == "'12'":  # text is a valid qualitative reference: the kind rule refuses it
        assert codes == ["TOC231"]
    else:
        assert codes == ["TOC102"]
        assert words in info.value.diagnostics[0].message


def test_an_unknown_key_in_a_measurement_lists_measurement_keys() -> None:
    text = (
        HEAD + "goals: [{id: G1, title: g, indicators: [{id: I1, title: i, kind: qualitative,"
        " measurements: [{date: 2024-01-01, finding: x, when: 2}]}]}]\n"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text)
    (problem,) = info.value.diagnostics
    assert problem.code == "TOC101"
    assert problem.hint == "allowed keys: date, finding, source, value"


def test_a_measurement_needs_a_date() -> None:
    text = (
        HEAD + "goals: [{id: G1, title: g, indicators: [{id: I1, title: i, kind: qualitative,"
        " measurements: [{finding: x}]}]}]\n"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text)
    assert [d.code for d in info.value.diagnostics] == ["TOC103"]


def test_indicator_ids_are_unique_across_nodes_but_may_equal_a_node_id() -> None:
    toc = tocgraph.loads(
        HEAD + "goals: [{id: G1, title: g, indicators: [{id: G1, title: i, kind: qualitative}]}]\n"
    )
    assert toc.goals[0].indicators[0].id == "G1"


def test_activity_dates_may_be_equal_or_one_sided() -> None:
    toc = tocgraph.loads(
        HEAD + "goals: [{id: G1, title: g}]\nactivities:\n"
        "  - {id: A1, title: a, start: 2024-01-01, end: 2024-01-01, contributes_to: [G1]}\n"
        "  - {id: A2, title: b, end: 2024-01-01, contributes_to: [G1]}\n"
    )
    assert [a.end for a in toc.activities] == [toc.activities[0].start] * 2


def test_the_library_checks_indicators_outside_the_loader_too() -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.ToC.model_validate(
            {
                "tocgraph": 1,
                "id": "t",
                "goals": [{"id": "G1", "title": "g"}],
                "activities": [
                    {"id": "A1", "title": "a", "start": "2025-01-01", "end": "2024-01-01"}
                ],
            }
        )
    assert [d.code for d in info.value.diagnostics] == ["TOC234"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ("{modify: A8, set: {start: 2028-01-01}}", "TOC234"),
        (
            "{modify: O1, set: {indicators: [{id: O1.1, title: x, kind: qualitative,"
            " measurements: [{date: 2025-01-01, value: 3}]}]}}",
            "TOC232",
        ),
        (
            "{add: {id: A10, title: a, start: 2025-01-01, end: 2024-01-01, contributes_to: [O1]}}",
            "TOC234",
        ),
    ],
)
def test_change_requests_are_held_to_the_same_rules(change: str, code: str) -> None:
    toc = tocgraph.load("models/politica.yaml")
    text = f"tocgraph-change: 1\ntoc: politica.yaml\ntitle: t\nchanges:\n  - {change}\n"
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads_change_request(text, baseline=toc)
    assert [d.code for d in info.value.diagnostics] == [code]
    assert info.value.diagnostics[0].line == 5


def test_a_change_request_may_take_effect_on_a_date() -> None:
    toc = tocgraph.load("models/politica.yaml")
    text = (
        "tocgraph-change: 1\ntoc: politica.yaml\ntitle: t\neffective_from: 2025-04-01\n"
        "changes:\n  - {modify: A8, set: {end: 2026-12-31}, rationale: r}\n"
    )
    document = tocgraph.loads_change_request(text, baseline=toc)
    assert str(document.request.effective_from) == "2025-04-01"
    assert str(document.result.node("A8").end) == "2026-12-31"  # type: ignore[union-attr]


@pytest.mark.parametrize("value", ["{2023: 60000}", "[short]", "3"])
def test_a_horizon_of_the_wrong_type_is_a_located_error(tmp_path: Path, value: str) -> None:
    """Found by the fast-route property test: a mapping here raised TypeError."""
    path = tmp_path / "toc.yaml"
    path.write_text(
        "tocgraph: 1\nid: t\ngoals: [{id: G1, title: g}]\n"
        f"outcomes: [{{id: O1, title: o, contributes_to: [G1], horizon: {value}}}]\n",
        encoding="utf-8",
    )
    with pytest.raises(tocgraph.InvalidToCError) as caught:
        tocgraph.load(path)
    (problem,) = caught.value.diagnostics
    assert problem.line == 4
    assert "horizon" in problem.format()

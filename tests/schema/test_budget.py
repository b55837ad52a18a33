"""``budget_eur``: whole euros or euros per year, located errors, and the period check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tocgraph
from tocgraph.schema import ToC
from tocgraph.schema.budget import budget_years

BASE: dict[str, Any] = {
    "tocgraph": 1,
    "id": "t",
    "period": {"start": "2023-01-01", "end": "2027-12-31"},
    "goals": [{"id": "G1", "title": "g"}],
}


def _toc(budget: object, **header: object) -> ToC:
    activity = {"id": "A1", "title": "a", "budget_eur": budget, "contributes_to": ["G1"]}
    return tocgraph.from_dict({**BASE, **header, "activities": [activity]})


def _codes(budget: object, **header: object) -> list[str]:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        _toc(budget, **header)
    return [d.code for d in info.value.diagnostics]


def test_one_amount_and_amounts_per_year() -> None:
    assert _toc(120000).activities[0].budget_eur == 120000
    yearly = _toc({2024: 5, "2023": 7}).activities[0].budget_eur
    assert not isinstance(yearly, int)
    assert yearly is not None
    assert list(yearly.items()) == [(2023, 7), (2024, 5)]
    assert _toc(0).activities[0].budget_eur == 0


def test_a_budget_per_year_is_read_only() -> None:
    yearly = _toc({2023: 7}).activities[0].budget_eur
    with pytest.raises(TypeError):
        yearly[2024] = 1  # type: ignore[index]


@pytest.mark.parametrize(
    ("budget", "codes"),
    [
        ("120000", ["TOC120"]),
        (True, ["TOC120"]),
        (120.5, ["TOC120"]),
        (120.0, ["TOC120"]),
        ([1, 2], ["TOC120"]),
        ({}, ["TOC120"]),
        (-1, ["TOC121"]),
        ({2023: -1, 2024: "x"}, ["TOC120", "TOC121"]),
        ({"23": 5}, ["TOC122"]),
        ({True: 5}, ["TOC122"]),
        ({2022: 5}, ["TOC122"]),
        ({2028: 5, 2029: 5}, ["TOC122", "TOC122"]),
    ],
)
def test_bad_budgets_get_their_codes(budget: object, codes: list[str]) -> None:
    assert sorted(_codes(budget)) == codes


def test_without_a_period_years_are_not_checked_against_one() -> None:
    header = {k: v for k, v in BASE.items() if k != "period"}
    toc = tocgraph.from_dict(
        {**header, "activities": [{"id": "A1", "title": "a", "budget_eur": {1999: 5}}]}
    )
    assert dict(budget_years(toc.activities[0].budget_eur)) == {1999: 5}


def test_model_validate_checks_the_period_too() -> None:
    data = {**BASE, "activities": [{"id": "A1", "title": "a", "budget_eur": {2030: 1}}]}
    with pytest.raises(tocgraph.InvalidToCError) as info:
        ToC.model_validate(data)
    assert [d.code for d in info.value.diagnostics] == ["TOC122"]


def test_a_dump_loads_again() -> None:
    toc = _toc({2023: 7, 2025: 9})
    assert ToC.model_validate(toc.model_dump(mode="json")) == toc
    assert ToC.model_validate(toc.model_dump()) == toc


def test_all_budget_errors_of_a_file_come_together() -> None:
    text = (
        "tocgraph: 1\nid: t\nperiod: {start: 2023-01-01, end: 2027-12-31}\n"
        "goals: [{id: G1, title: g}]\nactivities:\n"
        "  - {id: A1, title: a, budget_eur: {2023: 1.5, 2030: 1, x: -1}}\n"
        "  - {id: A2, title: a, budget_eur: {2031: 2}}\n"
    )
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.loads(text, "toc.yaml")
    found = [(d.code, d.line, d.column) for d in info.value.diagnostics]
    # A1's 2030 is reported once A1 itself is valid (its period check needs a valid node)
    assert found == [("TOC120", 6, 43), ("TOC122", 6, 57), ("TOC121", 6, 60), ("TOC122", 7, 37)]


def _request(tmp_path: Path, change: str) -> Path:
    # the model states no period (its source gives none); the request's checks need one
    model = Path("models/worden-wie-je-bent.yaml").read_text(encoding="utf-8")
    model = model.replace("\nid: ", "\nperiod: {start: 2022-01-01, end: 2027-12-31}\nid: ", 1)
    (tmp_path / "worden-wie-je-bent.yaml").write_text(model, encoding="utf-8")
    path = tmp_path / "cr.yaml"
    path.write_text(
        "tocgraph-change: 1\ntoc: worden-wie-je-bent.yaml\ntitle: t\nchanges:\n" + change,
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("change", "code", "line"),
    [
        ("  - {modify: A1, set: {budget_eur: {2030: 5}}}\n", "TOC122", 5),
        ("  - {modify: A1, set: {budget_eur: -5}}\n", "TOC121", 5),
        (
            "  - add: {id: A99, title: t, budget_eur: {2021: 1}, contributes_to: [G1]}\n",
            "TOC122",
            5,
        ),
    ],
)
def test_a_change_request_is_checked_against_the_baseline_period(
    tmp_path: Path, change: str, code: str, line: int
) -> None:
    with pytest.raises(tocgraph.InvalidToCError) as info:
        tocgraph.load_change_request(_request(tmp_path, change), root=tmp_path)
    assert [(d.code, d.line) for d in info.value.diagnostics] == [(code, line)]


def test_a_change_request_may_set_a_budget(tmp_path: Path) -> None:
    path = _request(tmp_path, "  - {modify: A1, set: {budget_eur: {2024: 5000}}}\n")
    document = tocgraph.load_change_request(path, root=tmp_path)
    budget = document.states[-1].node("A1")
    assert dict(budget_years(getattr(budget, "budget_eur", None))) == {2024: 5000}
